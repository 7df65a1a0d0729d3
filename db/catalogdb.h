#pragma once

// The SQLite spec catalog: created from the versioned schema and the embedded seed on first use,
// migrated step by step, read into plain hw::Catalog values.

#include "model/catalog.h"

#include <QString>

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
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Everything in the catalog as plain values.
    bool load(hw::Catalog *catalog);

    static int latestSchemaVersion();

private:
    bool migrate();
    bool importSeed();
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace hwdb
