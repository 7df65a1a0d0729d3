// A damaged catalog file: whatever bytes sit where the catalog should be, opening either works, or
// says what is wrong in one line naming the file; recovery moves a damaged file aside and creates a
// fresh catalog that loads, and never moves a file it did not call damaged.

#include "db/catalogdb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_catalogfile";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QSqlDatabase's drivers need an application object
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    hwdb::CatalogDatabase db(path);
    hwdb::Recovery recovery;
    const bool opened = hwdb::openOrRecover(db, &recovery);
    if (!opened && (db.errorString().isEmpty() || db.errorString().contains(QLatin1Char('\n')) || !db.errorString().startsWith(path)))
        std::abort();
    if (!recovery.movedTo.isEmpty() && !QFile::exists(recovery.movedTo))
        std::abort(); // the damaged file must still exist, aside
    if (opened) {
        hw::Catalog catalog;
        if (!db.load(&catalog))
            std::abort();
    }
    return 0;
}
