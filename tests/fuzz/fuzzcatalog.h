#pragma once

// The catalog the fuzz targets parse against: the embedded seed, in a temporary database.

#include "db/catalogdb.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

inline const hw::Catalog &fuzzCatalog()
{
    static const hw::Catalog catalog = [] {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
        hw::Catalog c;
        if (!db.open() || !db.load(&c)) {
            std::fprintf(stderr, "fuzz: %s\n", qPrintable(db.errorString()));
            std::abort();
        }
        return c;
    }();
    return catalog;
}
