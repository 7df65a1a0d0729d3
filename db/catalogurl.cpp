// Where the catalog is: the default location (environment, settings, data folder) and team catalog
// URLs (postgresql://...), shown without their password.

#include "db/catalogdb.h"
#include "db/appsettings.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hwdb {

QString CatalogDatabase::defaultPath()
{
    const QString env = qEnvironmentVariable("HWPLANNER_CATALOG");
    if (!env.isEmpty())
        return env;
    const QString team = settings::teamCatalogUrl.value();
    if (!team.isEmpty())
        return team;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalog.sqlite"_s;
}

bool configureServerConnection(QSqlDatabase *db, const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!CatalogDatabase::isServerLocation(location) || !url.isValid() || database.isEmpty() || database.contains(u'/')) {
        *error = u"expected postgresql://[user[:password]@]host[:port]/database"_s;
        return false;
    }
    db->setHostName(url.host());
    db->setPort(url.port(5432));
    db->setUserName(url.userName());
    db->setPassword(url.password());
    db->setDatabaseName(database);
    QStringList options = {u"connect_timeout=10"_s, u"application_name=hwplanner"_s};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (value.contains(u' ') || value.contains(u';') || key.contains(u' ') || key.contains(u';')) {
            *error = u"option '%1' cannot contain spaces or semicolons"_s.arg(key);
            return false;
        }
        options << key + u'=' + value;
    }
    db->setConnectOptions(options.join(u';'));
    return true;
}

bool CatalogDatabase::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString CatalogDatabase::displayLocation(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    // By hand, not through QUrl: a URL QUrl's tolerant parser reads differently from the strict one must
    // still never show its password. The user information ends at the last '@' before the path.
    const qsizetype start = location.indexOf(u"://"_s) + 3;
    qsizetype end = location.indexOf(u'/', start);
    if (end < 0)
        end = location.size();
    const qsizetype at = location.lastIndexOf(u'@', end - 1);
    if (at < start)
        return location;
    const qsizetype colon = location.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return location;
    return location.left(colon) + location.mid(at);
}

} // namespace hwdb
