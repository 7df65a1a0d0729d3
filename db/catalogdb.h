#pragma once

// The spec and price catalog: created from the versioned schema and the embedded seed on first use,
// migrated step by step, read into plain hw::Catalog values. A file location is a SQLite database of
// the user's own; a postgresql:// URL is a team catalog on a PostgreSQL server, shared by everyone who
// points at it, through the same code (the few dialect differences are in catalogdb.cpp).

#include "model/catalog.h"
#include "model/pricebook.h"

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace hwdb {

// What the catalog's tables hold, column by column: the one table the reader fills the hw:: structs
// from (db/catalogread.cpp), and that the catalog dialog reads units from. `field` names the struct
// member ("GpuSpec::memoryGB"); `unit` is what a number counts in (GB, GB/s, W, B for bytes, tokens),
// empty for names, flags, counts, fractions and prices (whose currency is a column of its own).
enum class ColumnType { Text, Real, Integer, Flag, List, Enum };
struct ColumnDescription
{
    const char *table;
    const char *column;
    ColumnType type;
    const char *unit;
    const char *field;
};
const std::vector<ColumnDescription> &catalogColumns();
// The description of `column` in `table`, or of the first table that has a column of that name when
// `table` is empty; null when no table has it.
const ColumnDescription *findCatalogColumn(const QString &table, const QString &column);

class CatalogDatabase final
{
public:
    // $HWPLANNER_CATALOG (a file or a URL), else the team catalog URL in the settings, else the file in
    // the user's data directory (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // postgresql://[user[:password]@]host[:port]/database[?libpq options such as sslmode=require].
    // Leave the password out to use ~/.pgpass or $PGPASSWORD.
    static bool isServerLocation(const QString &location);
    // The location as shown to the user: a URL without its password.
    static QString displayLocation(const QString &location);

    explicit CatalogDatabase(const QString &path);
    ~CatalogDatabase();
    Q_DISABLE_COPY_MOVE(CatalogDatabase)

    // Opens (creating the file if needed), migrates and seeds. False with errorString() on failure;
    // a failed step is rolled back and leaves the file as it was.
    bool open();
    // After a failed open(): true when the file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB
    // or a failed integrity check), as opposed to a full disk, a lock held too long, a read-only folder,
    // a newer schema or an unreachable server, which must never be "repaired".
    bool isDamaged() const { return m_damaged; }
    void close();
    QString errorString() const { return m_error; }
    // The copy made before the last schema migration, if open() migrated: the whole file for SQLite;
    // for a server, a folder holding the user-entered prices (CSV) and the quotes (JSON).
    QString backupPath() const { return m_backup; }
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    int schemaVersion() const;

    // Everything in the catalog as plain values; of the price history only the latest record per part
    // and condition (all that the planner uses) unless the whole history is asked for (exports).
    enum class PriceHistory { Latest, All };
    bool load(hw::Catalog *catalog, PriceHistory history = PriceHistory::Latest);
    qint64 priceHistoryRows();

    static int latestSchemaVersion();
    // How long an instance waits for another one's lock before saying the catalog is busy.
    static int busyTimeoutMs();
    static void setBusyTimeoutMs(int ms);
    // The open connection, for table views over the catalog (ui/).
    QString connectionName() const { return m_connection; }

    // Adds price records in one transaction (all or nothing); records already stored are counted as
    // unchanged. With dryRun the transaction is rolled back: the counts say what would change.
    bool addPrices(const std::vector<hw::PriceRecord> &records, bool dryRun, int *added, int *unchanged);
    // Takes back one price a user added (the undo of an entry): the row with exactly these values that is not
    // built in. Prices are otherwise never deleted.
    bool removeUserPrice(const hw::PriceRecord &record);

private:
    bool openFile();
    bool connectFile(const QString &file);
    bool createFresh();
    bool openServer();
    bool beginWrite(const QString &what);
    bool lockSchema();
    bool backUp(int version);
    bool migrate();
    bool importSeed();
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connection;
    QString m_error;
    QString m_backup;
    bool m_damaged = false;
    bool m_server = false;
};

// Sets a QPSQL connection's host, port, user, password, database and libpq options from a
// postgresql:// URL; false with the reason when the URL is not one.
bool configureServerConnection(QSqlDatabase *db, const QString &location, QString *error);

// Writes what only the user has from an open catalog connection: their prices (PREFIX-user-prices.csv)
// and the stored quotes (PREFIX-quotes.json); the files written are appended to files.
void exportUserData(const QString &connectionName, const QString &prefix, QStringList *files);

// What openOrRecover did with a damaged catalog.
struct Recovery
{
    QString damaged;      // the error that showed the damage
    QString movedTo;      // where the damaged file now is
    QStringList salvaged; // files holding what the user had entered (their prices as CSV, quotes as JSON)
    QString message() const;
};

// Opens the catalog; when it is damaged or not a database, exports the prices the user entered and the
// stored quotes when they can still be read, moves the file aside with a timestamp and creates a fresh
// catalog. False (errorString()) only when even that fails or the failure is not damage.
bool openOrRecover(CatalogDatabase &db, Recovery *recovery);

// The catalog's price history as a price book, ages measured against today.
std::unique_ptr<hw::InMemoryPriceBook> makePriceBook(const hw::Catalog &catalog, const hw::CostSettings &settings);
int todayDays();

} // namespace hwdb
