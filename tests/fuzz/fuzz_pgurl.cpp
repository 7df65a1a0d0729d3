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
            // The password as user information (":secret@"); the same letters elsewhere (a database
            // called "secret") are not the password shown.
            const QString shown = hwdb::CatalogDatabase::displayLocation(url);
            const qsizetype start = shown.indexOf(QStringLiteral("://")) + 3;
            const qsizetype slash = shown.indexOf(QLatin1Char('/'), start);
            const QString authority = shown.mid(start, slash < 0 ? -1 : slash - start);
            if (!password.isEmpty() && authority.contains(QLatin1Char(':') + password + QLatin1Char('@')))
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz"));
    return 0;
}
