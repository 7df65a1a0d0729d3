// Prints what the catalog costs on a file and on a team server: the first open (schema and built-in
// data), a reopen with a full load (what every start and every reload does), an import of 2,000
// price rows in one transaction, and issuing a quote number. Targets: a reopen with load under
// 100 ms, the import under 2 s, on both. The server is HWPLANNER_TEST_PG_URL's (default: the one
// .ci/postgres-up starts); a fresh database is made there and dropped afterwards.

#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "db/quotes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool admin(const QString &url, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        QString error;
        ok = hwdb::configureServerConnection(&db, url, &error) && db.open() && QSqlQuery(db).exec(statement);
        if (!ok)
            std::fprintf(stderr, "bench_catalog: %s: %s\n", qPrintable(statement), qPrintable(error + db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

bool fail(const QString &error)
{
    std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(error));
    return false;
}

bool run(const char *label, const QString &location)
{
    QElapsedTimer t;
    t.start();
    {
        hwdb::CatalogDatabase db(location);
        if (!db.open())
            return fail(db.errorString());
    }
    const double first = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> reload;
    hw::Catalog catalog;
    for (int i = 0; i < 15; ++i) {
        t.restart();
        hwdb::CatalogDatabase db(location);
        if (!db.open() || !db.load(&catalog))
            return fail(db.errorString());
        reload.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    hwdb::CatalogDatabase db(location);
    if (!db.open())
        return fail(db.errorString());
    std::vector<hw::PriceRecord> rows;
    for (int i = 0; i < 2000; ++i)
        rows.push_back({hw::PartKind::Gpu, catalog.gpus[std::size_t(i) % catalog.gpus.size()].id, "bench vendor", 10000.0 + i, "CNY", "new",
                        "2026-11-22", "bench quote " + std::to_string(i), ""});
    t.restart();
    int added = 0, unchanged = 0;
    if (!db.addPrices(rows, false, &added, &unchanged) || added != 2000)
        return fail(db.errorString() + QStringLiteral(" (%1 added)").arg(added));
    const double import = double(t.nsecsElapsed()) / 1e6;
    hwdb::QuoteStore store(db);
    t.restart();
    constexpr int quotes = 50;
    for (int i = 0; i < quotes; ++i) {
        const QJsonObject build{{QStringLiteral("total"), 1000.0}, {QStringLiteral("build"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")}}}};
        QJsonObject data{{QStringLiteral("date"), QStringLiteral("2026-11-22")}, {QStringLiteral("language"), QStringLiteral("en")},
                         {QStringLiteral("currency"), QStringLiteral("CNY")}, {QStringLiteral("builds"), QJsonArray{build}}};
        QString error;
        if (!store.issue(&data, &error))
            return fail(error);
    }
    const double issue = double(t.nsecsElapsed()) / 1e6 / quotes;
    std::printf("catalog on %-6s first open %7.1f ms; reopen + load %6.1f ms (median of 15; %zu models, %zu GPUs, %zu prices); "
                "2,000 prices imported in %6.1f ms (%.0f rows/s); a quote number in %5.2f ms\n",
                label, first, median(reload), catalog.models.size(), catalog.gpus.size(), catalog.prices.size(), import, 2000 / (import / 1e3), issue);
    return true;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // KiB on Linux
}

// A 50 MB vendor price list (issue: 14 s and 1 GB to import, then 3.9 s and 736 MB for every estimate):
// the import streams it, and a command afterwards reads only the latest price per part and condition.
bool bigPriceList(const QString &location)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    hw::Catalog catalog;
    {
        hwdb::CatalogDatabase db(location);
        if (!db.open() || !db.load(&catalog))
            return fail(db.errorString());
    }
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return fail(csv);
        f.write("kind,part,vendor,price,currency,condition,date,source,note\n");
        const QByteArray padding(40, 'n');
        for (int i = 0; f.size() < 50'000'000; ++i) {
            const int day = 1 + i % 28;
            f.write(QStringLiteral("gpu,%1,vendor %2,%3,CNY,new,2026-%4-%5,bench list row %2,")
                        .arg(QString::fromStdString(catalog.gpus[std::size_t(i) % catalog.gpus.size()].id)).arg(i).arg(10000 + i % 5000)
                        .arg(1 + (i / 28) % 11, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'))
                        .toUtf8()
                    + padding + '\n');
        }
    }
    const double mb = double(QFileInfo(csv).size()) / 1e6;
    const long rssBefore = peakRssMb();
    QElapsedTimer t;
    t.start();
    hwdb::PriceImportResult result;
    QString error;
    {
        hwdb::CatalogDatabase db(location);
        if (!db.open() || !hwdb::importPriceCsv(db, csv, catalog, false, &result, &error))
            return fail(error.isEmpty() ? db.errorString() : error);
    }
    const double import = double(t.nsecsElapsed()) / 1e9;
    const long rssImport = peakRssMb();
    std::vector<double> latest, all;
    std::size_t latestRows = 0, allRows = 0;
    for (int i = 0; i < 3; ++i) {
        hw::Catalog c;
        t.restart();
        hwdb::CatalogDatabase db(location);
        if (!db.open() || !db.load(&c))
            return fail(db.errorString());
        latest.push_back(double(t.nsecsElapsed()) / 1e6);
        latestRows = c.prices.size();
    }
    {
        hw::Catalog c;
        t.restart();
        hwdb::CatalogDatabase db(location);
        if (!db.open() || !db.load(&c, hwdb::CatalogDatabase::PriceHistory::All))
            return fail(db.errorString());
        all.push_back(double(t.nsecsElapsed()) / 1e6);
        allRows = c.prices.size();
    }
    std::printf("a %.0f MB price list: %d rows imported in %.1f s, peak memory %ld -> %ld MB; afterwards a command's open + load reads %zu "
                "latest prices in %.0f ms (the whole history, %zu rows, %.0f ms, is read only by exports)\n",
                mb, result.rows, import, rssBefore, rssImport, latestRows, median(latest), allRows, all.front());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!run("a file", dir.filePath(QStringLiteral("catalog.sqlite"))))
        return 1;
    QTemporaryDir big;
    if (!bigPriceList(big.filePath(QStringLiteral("catalog.sqlite"))))
        return 1;
    const QString server = qEnvironmentVariable("HWPLANNER_TEST_PG_URL", QStringLiteral("postgresql://hwplanner_test:hwplanner_test@127.0.0.1:5432/postgres"));
    const QString name = QStringLiteral("hwplanner_bench_%1").arg(QCoreApplication::applicationPid());
    if (!admin(server, QStringLiteral("CREATE DATABASE %1").arg(name))) {
        std::printf("catalog on server: no PostgreSQL server at %s (bash .ci/postgres-up starts one)\n",
                    qPrintable(hwdb::CatalogDatabase::displayLocation(server)));
        return 0;
    }
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    const bool ok = run("server", url.toString());
    admin(server, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    return ok ? 0 : 1;
}
