// A damaged catalog: salvage what only the user has (their prices, their quotes), move the file
// aside, start again from the embedded seed. Specs and seed prices come back with the fresh catalog.

#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "db/safeio.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

// Reads the user's rows from the damaged file, read-only; whatever cannot be read is left.
void salvage(const QString &path, const QString &prefix, QStringList *files)
{
    const QString connection = u"salvage-%1"_s.arg(quintptr(files));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            exportUserData(connection, prefix, files);
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

void exportUserData(const QString &connectionName, const QString &prefix, QStringList *files)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    hw::Catalog prices;
    if (q.exec(u"SELECT part_kind, part_id, vendor, price, currency, condition, price_date, source, note FROM prices WHERE builtin = 0 ORDER BY id"_s)) {
        while (q.next()) {
            hw::PriceRecord r;
            if (!hw::partKindFromName(q.value(0).toString().toStdString(), &r.kind))
                continue;
            r.partId = q.value(1).toString().toStdString();
            r.vendor = q.value(2).toString().toStdString();
            r.amount = q.value(3).toDouble();
            r.currency = q.value(4).toString().toStdString();
            r.condition = q.value(5).toString().toStdString();
            r.date = q.value(6).toString().toStdString();
            r.source = q.value(7).toString().toStdString();
            r.note = q.value(8).toString().toStdString();
            prices.prices.push_back(r);
        }
    }
    QString error;
    if (!prices.prices.empty() && exportPriceCsv(prices, prefix + u"-user-prices.csv"_s, &error)) {
        makePrivateFile(prefix + u"-user-prices.csv"_s);
        *files << prefix + u"-user-prices.csv"_s;
    }
    QJsonArray quotes;
    if (q.exec(u"SELECT data FROM quotes ORDER BY id"_s))
        while (q.next())
            quotes.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!quotes.isEmpty() && writeFileAtomically(prefix + u"-quotes.json"_s, QJsonDocument(quotes).toJson(), &error)) {
        makePrivateFile(prefix + u"-quotes.json"_s);
        *files << prefix + u"-quotes.json"_s;
    }
}

QString Recovery::message() const
{
    if (movedTo.isEmpty())
        return {};
    QString m = u"The catalog was damaged (%1). It was moved to %2 and a fresh catalog was created from the built-in data."_s.arg(damaged, movedTo);
    if (!salvaged.isEmpty())
        m += u" What you had entered was saved first: %1 (import the prices with File > Import prices or `hwplanner prices import`)."_s.arg(
            salvaged.join(u", "_s));
    else
        m += u" No prices or quotes of your own could be read from it."_s;
    return m;
}

bool openOrRecover(CatalogDatabase &db, Recovery *recovery)
{
    *recovery = {};
    if (db.open())
        return true;
    if (!db.isDamaged()) // never true for a server: its data is not this machine's to move
        return false;
    recovery->damaged = db.errorString();
    db.close();
    const QString moved = u"%1.damaged-%2"_s.arg(db.path(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    salvage(db.path(), moved, &recovery->salvaged);
    if (!QFile::rename(db.path(), moved))
        return false; // open()'s error stands; nothing was changed
    for (const char *suffix : {"-wal", "-shm"}) // the damaged file's journal goes with it
        QFile::rename(db.path() + QLatin1StringView(suffix), moved + QLatin1StringView(suffix));
    recovery->movedTo = moved;
    if (db.open())
        return true;
    // The fresh catalog could not be made (a full disk): put the damaged file back, as it was.
    const QString error = db.errorString();
    db.close();
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(moved + QLatin1StringView(suffix), db.path() + QLatin1StringView(suffix));
    QFile::rename(moved, db.path());
    recovery->movedTo.clear();
    return false;
}

} // namespace hwdb
