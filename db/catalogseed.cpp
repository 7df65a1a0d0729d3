// The embedded seed (resources/catalog/seed.json) into the catalog tables: built-in rows replaced,
// the user's rows kept, built-in prices added once.

#include "db/catalogdb.h"
#include "db/catalogresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

const QString kSeed = u":/catalog/seed.json"_s;

QVariant jsonToSql(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << item.toString();
        return parts.join(u',');
    }
    return v.toVariant();
}

} // namespace

bool CatalogDatabase::importSeed()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QByteArray bytes = readResource(kSeed).toUtf8();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull())
        return fail(u"embedded seed"_s, err.errorString());
    const QJsonObject root = doc.object();
    const QString seedVersion = QString::number(qHash(bytes));

    QSqlQuery version(db);
    version.prepare(u"SELECT value FROM meta WHERE key = 'seed_version'"_s);
    if (version.exec() && version.next() && version.value(0).toString() == seedVersion)
        return true;

    if (!beginWrite(u"seed"_s))
        return false;
    if (version.exec() && version.next() && version.value(0).toString() == seedVersion) {
        db.rollback(); // another instance imported it while this one waited
        return true;
    }
    // key: the table's primary key, where a built-in row is replaced; empty: rows are only ever added.
    const auto insertRows = [&](const QString &table, const QJsonArray &rows, const QString &key) {
        for (const QJsonValue &rowValue : rows) {
            QJsonObject row = rowValue.toObject();
            row.remove(u"aliases"_s);
            if (table == u"model_files") {
                row.insert(u"model_id"_s, row.take(u"model"_s));
                row.insert(u"quant_id"_s, row.take(u"quant"_s));
            }
            const QStringList columns = row.keys();
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << u"?"_s;
            QSqlQuery q(db);
            // An upsert, not INSERT OR REPLACE: a replace deletes the row first and cascades to the user's rows.
            QStringList updates;
            for (const QString &col : columns)
                updates << u"%1 = excluded.%1"_s.arg(col);
            q.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT %4"_s.arg(
                table, columns.join(u", "_s), marks.join(u", "_s),
                key.isEmpty() ? u"DO NOTHING"_s : u"(%1) DO UPDATE SET %2"_s.arg(key, updates.join(u", "_s))));
            for (const QString &c : columns)
                q.addBindValue(jsonToSql(row.value(c)));
            if (!q.exec())
                return fail(u"seed"_s, u"%1 row '%2': %3"_s.arg(table, row.value(u"id"_s).toString(), q.lastError().text()));
        }
        return true;
    };
    bool ok = true;
    for (const char *table : {"models", "quants", "gpus", "cpus", "runtimes", "platforms"})
        ok = ok && insertRows(QLatin1StringView(table), root.value(QLatin1StringView(table)).toArray(), u"id"_s);
    ok = ok && insertRows(u"model_files"_s, root.value(u"model_files"_s).toArray(), u"model_id, quant_id"_s);
    ok = ok && insertRows(u"part_aliases"_s, root.value(u"part_aliases"_s).toArray(), u"kind, alias"_s);
    ok = ok && insertRows(u"exchange_rates"_s, root.value(u"exchange_rates"_s).toArray(), u"currency, rate_date"_s);
    if (ok) { // price history: built-in quotes are added once, never replaced
        QJsonArray prices;
        for (const QJsonValue &v : root.value(u"prices"_s).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(u"builtin"_s, 1);
            prices.append(o);
        }
        ok = insertRows(u"prices"_s, prices, {});
    }
    for (const QJsonValue &m : root.value(u"models"_s).toArray()) {
        for (const QJsonValue &alias : m.toObject().value(u"aliases"_s).toArray()) {
            if (!ok)
                break;
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO model_aliases (alias, model_id) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET model_id = excluded.model_id"_s);
            q.addBindValue(QString::fromStdString(hw::normaliseId(alias.toString().toStdString())));
            q.addBindValue(m.toObject().value(u"id"_s).toString());
            ok = q.exec() || fail(u"seed"_s, q.lastError().text());
        }
    }
    if (ok) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO meta (key, value) VALUES ('seed_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(seedVersion);
        ok = q.exec() || fail(u"seed"_s, q.lastError().text());
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"seed"_s, db.lastError().text());
}

} // namespace hwdb
