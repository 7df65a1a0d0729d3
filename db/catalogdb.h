#pragma once

// The SQLite spec catalog: created from the versioned schema and the embedded seed on first use,
// migrated step by step, read into plain hw::Catalog values.

#include "model/catalog.h"
#include "model/pricebook.h"

#include <memory>

#include <QString>
#include <QStringList>

namespace hwdb {

class CatalogDatabase final
{
public:
    // The catalog in the user's data directory (QStandardPaths::AppDataLocation), unless
    // HWPLANNER_CATALOG names another file.
    static QString defaultPath();

    explicit CatalogDatabase(const QString &path);
    ~CatalogDatabase();
    Q_DISABLE_COPY_MOVE(CatalogDatabase)

    // Opens (creating the file if needed), migrates and seeds. False with errorString() on failure;
    // a failed step is rolled back and leaves the file as it was.
    bool open();
    // After a failed open(): true when the file is damaged or not a database (as opposed to, say, a
    // newer schema or an unwritable folder, which must never be "repaired").
    bool isDamaged() const { return m_damaged; }
    void close();
    QString errorString() const { return m_error; }
    // The copy made before the last schema migration, if open() migrated.
    QString backupPath() const { return m_backup; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Everything in the catalog as plain values.
    bool load(hw::Catalog *catalog);

    static int latestSchemaVersion();
    // The open connection, for table views over the catalog (ui/).
    QString connectionName() const { return m_connection; }

    // Adds price records in one transaction (all or nothing); records already stored are counted as
    // unchanged. With dryRun the transaction is rolled back: the counts say what would change.
    bool addPrices(const std::vector<hw::PriceRecord> &records, bool dryRun, int *added, int *unchanged);

private:
    bool migrate();
    bool importSeed();
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connection;
    QString m_error;
    QString m_backup;
    bool m_damaged = false;
};

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
