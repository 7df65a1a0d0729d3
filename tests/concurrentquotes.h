#pragma once

// People issuing quotes at the same moment: each member on a connection of their own, in a thread of
// their own, against one catalog (a file or a server).

#include "db/catalogdb.h"
#include "db/quotes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <memory>
#include <vector>

struct ConcurrentQuotes
{
    QStringList numbers; // every number issued, sorted
    QString errors;      // empty when every issue succeeded
};

inline ConcurrentQuotes issueConcurrently(const QString &location, int members, int perMember)
{
    std::vector<QStringList> numbers(members);
    std::vector<QString> errors(members);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int m = 0; m < members; ++m) {
        threads.emplace_back(QThread::create([&, m] {
            hwdb::CatalogDatabase db(location);
            if (!db.open()) {
                errors[m] = db.errorString();
                return;
            }
            hwdb::QuoteStore store(db);
            for (int i = 0; i < perMember; ++i) {
                const QJsonObject build{{QStringLiteral("name"), QStringLiteral("member %1").arg(m)}};
                QJsonObject data{{QStringLiteral("date"), QStringLiteral("2026-11-22")}, {QStringLiteral("language"), QStringLiteral("en")},
                                 {QStringLiteral("currency"), QStringLiteral("CNY")},
                                 {QStringLiteral("builds"), QJsonArray{QJsonObject{{QStringLiteral("total"), 1000.0 * (i + 1)}, {QStringLiteral("build"), build}}}}};
                if (!store.issue(&data, &errors[m]))
                    return;
                numbers[m] << data.value(QStringLiteral("number")).toString();
            }
        }));
        threads.back()->start();
    }
    ConcurrentQuotes result;
    for (int m = 0; m < members; ++m) {
        threads[m]->wait();
        result.numbers += numbers[m];
        if (!errors[m].isEmpty())
            result.errors += QStringLiteral("member %1: %2\n").arg(m).arg(errors[m]);
    }
    result.numbers.sort();
    return result;
}
