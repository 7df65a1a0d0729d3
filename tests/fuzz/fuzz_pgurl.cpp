// Team catalog URLs: any text is refused with a reason or configures a connection; the password never
// shows in the location displayed to the user.

#include "db/catalogdb.h"

#include <QSqlDatabase>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fuzz"));
        QString error;
        if (hwdb::configureServerConnection(&db, url, &error)) {
            if (!hwdb::CatalogDatabase::isServerLocation(url) || db.databaseName().isEmpty())
                std::abort();
            const QString password = db.password();
            if (password.size() >= 4 && hwdb::CatalogDatabase::displayLocation(url).contains(password))
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz"));
    return 0;
}
