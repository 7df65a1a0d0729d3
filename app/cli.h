#pragma once

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace hw {
struct Catalog;
}

namespace hwapp {

// Headless subcommands. Returns the process exit code: 0 ok, 2 bad input, 1 internal failure.
bool isSubcommand(const QString &word);
int runCli(const QStringList &arguments);
// Opens the catalog at `path` (a file or a postgresql:// URL; empty = the default), recovering a damaged
// file; says on stderr what went wrong or was recovered.
bool openCatalog(const QString &path, hw::Catalog *catalog);
// An option's number in its documented range (README, "Limits"): finite, inside [min, max], whole where it
// counts. Unset without a default leaves `value` alone; a bad one sets `problem` naming the option, and
// nothing is read once `problem` is set.
void readBoundedOption(const QCommandLineParser &parser, const QCommandLineOption &o, double min, double max, bool whole, double *value,
                       QString *problem);

} // namespace hwapp
