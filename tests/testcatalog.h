#pragma once

// Opens a fresh catalog (schema + embedded seed) in a temporary folder, for tests.

#include "db/buildfile.h"
#include "db/catalogdb.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct TestCatalog
{
    QTemporaryDir dir;
    hw::Catalog catalog;
    bool ok = false;
    QString error;

    TestCatalog()
    {
        hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
        ok = db.open() && db.load(&catalog);
        error = db.errorString();
    }

    // A build from JSON text, resolved against the catalog; fails the test on a parse error.
    hw::Build build(const QByteArray &json) const
    {
        hw::Build b;
        hwdb::BuildError e;
        if (!hwdb::parseBuild(json, QStringLiteral("inline"), catalog, &b, &e))
            qWarning("%s", qPrintable(e.toString()));
        return b;
    }
};
