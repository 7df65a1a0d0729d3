#pragma once

// Files the planner reads from users and writes for them: bounded reads of regular files only,
// output only to regular files (never a device, a folder or a FIFO), private files for what only the
// user should read (the catalog, its backups, recovery exports), and spreadsheet cells that cannot run.

#include <QByteArray>
#include <QString>

namespace hwdb {

// Size limits of the inputs, each documented in the README ("Limits").
namespace limits {
inline constexpr qint64 buildFileBytes = 1 << 20;        // a build or claim file: 1 MiB
inline constexpr qint64 offerTextBytes = 1 << 20;        // an offer's free text: 1 MiB
inline constexpr qint64 priceCsvBytes = 64ll << 20;      // a price list: 64 MiB
inline constexpr qint64 logoBytes = 2 << 20;             // a quote logo: 2 MiB
inline constexpr int nameChars = 200;                    // a build's name, a company, an author
inline constexpr int textFieldChars = 2000;              // a price's source or note, a vendor
} // namespace limits

// A number a user typed (a CLI option, a settings value): finite, inside [min, max], and whole when
// `whole`. False with why ("\"1e308\" is not a whole number from 1 to 100000").
bool parseBoundedNumber(const QString &text, double min, double max, bool whole, double *value, QString *why);

// Reads a whole regular file of at most maxBytes. Devices (/dev/zero), FIFOs and folders are refused
// before anything is read; a larger file is refused without being read. False with "PATH: reason".
bool readInputFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

// Whether path may be written: it does not exist yet, or it is a regular file (a link is followed);
// its folder exists. False with "PATH: reason" for a device, a folder, a FIFO or a socket.
bool checkOutputPath(const QString &path, QString *error);

// Owner-only access: files 0600, folders 0700. makePrivateFolder creates the folder (and its parents)
// when missing and restricts only the folders it created.
bool makePrivateFile(const QString &path);
bool makePrivateFolder(const QString &path, QString *error);

// Writes bytes through QSaveFile after checkOutputPath: a failed write leaves the old file as it was.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// One CSV cell (RFC 4180 quoting) whose text a spreadsheet shows as text: after NFKC, a cell
// starting with =, +, -, @, tab or CR gets a leading apostrophe (OWASP CSV injection rule), so
// Excel, WPS and LibreOffice never evaluate it. A cell that is only a decimal number ("-12.50") is a
// number, not a formula, and stays as it is.
QString csvCell(const QString &text);

} // namespace hwdb
