#include "app/cli.h"

#include "app/estimatejson.h"
#include "db/buildfile.h"
#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hwapp {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << "usage: hwplanner estimate BUILD.json [--json] [--currency CNY|USD] [--usd-rate R]\n"
             "       hwplanner catalog [gpus|cpus|models|quants|runtimes] [--json]\n"
             "       hwplanner prices [--json] | prices import FILE.csv [--dry-run] | prices export FILE.csv\n"
             "       hwplanner            (no arguments) opens the desktop application\n"
             "Every command takes --catalog FILE (default: the user's data directory, or $HWPLANNER_CATALOG).\n";
    return 2;
}

bool openCatalog(const QString &path, hw::Catalog *catalog)
{
    hwdb::CatalogDatabase db(path.isEmpty() ? hwdb::CatalogDatabase::defaultPath() : path);
    if (!db.open() || !db.load(catalog)) {
        err() << "hwplanner: catalog " << db.errorString() << "\n";
        return false;
    }
    return true;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int runPrices(const QString &catalogFile, const QStringList &positional, bool json, bool dryRun)
{
    hwdb::CatalogDatabase db(catalogFile.isEmpty() ? hwdb::CatalogDatabase::defaultPath() : catalogFile);
    hw::Catalog catalog;
    if (!db.open() || !db.load(&catalog)) {
        err() << "hwplanner: catalog " << db.errorString() << "\n";
        return 1;
    }
    const QString action = positional.value(0, u"list"_s);
    if (action == u"import") {
        if (positional.size() != 2)
            return usage();
        hwdb::PriceImportResult result;
        QString error;
        if (!hwdb::importPriceCsv(db, positional.at(1), catalog, dryRun, &result, &error)) {
            err() << "hwplanner prices import: " << error << "\n";
            return 2;
        }
        out() << (dryRun ? "Dry run, nothing written: " : "Imported: ") << result.rows << " rows, " << result.added
              << (dryRun ? " would be added, " : " added, ") << result.unchanged << " already stored\n";
        for (const QString &line : result.lines)
            out() << "  " << line << "\n";
        return 0;
    }
    if (action == u"export") {
        if (positional.size() != 2)
            return usage();
        QString error;
        if (!hwdb::exportPriceCsv(catalog, positional.at(1), &error)) {
            err() << "hwplanner prices export: " << error << "\n";
            return 2;
        }
        out() << "Exported " << catalog.prices.size() << " prices to " << positional.at(1) << "\n";
        return 0;
    }
    if (action != u"list")
        return usage();
    hw::CostSettings settings;
    const auto book = hwdb::makePriceBook(catalog, settings);
    QJsonArray rows;
    for (const hw::PriceRecord *r : book->latestRecords()) {
        int days = 0;
        hw::parseIsoDate(r->date, &days);
        const int age = hwdb::todayDays() - days;
        rows.append(QJsonObject{{u"kind"_s, QString::fromLatin1(hw::partKindName(r->kind))}, {u"part"_s, QString::fromStdString(r->partId)},
                                {u"price"_s, r->amount}, {u"currency"_s, QString::fromStdString(r->currency)},
                                {u"condition"_s, QString::fromStdString(r->condition)}, {u"date"_s, QString::fromStdString(r->date)},
                                {u"age_days"_s, age}, {u"stale"_s, age > settings.staleDays}, {u"vendor"_s, QString::fromStdString(r->vendor)},
                                {u"source"_s, QString::fromStdString(r->source)}});
    }
    if (json) {
        printJson(QJsonObject{{u"latest"_s, rows}, {u"history_rows"_s, int(catalog.prices.size())}});
        return 0;
    }
    out() << "Latest price per part and condition (" << catalog.prices.size() << " records in the history):\n";
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        out() << "  " << o.value(u"kind"_s).toString().leftJustified(9) << o.value(u"part"_s).toString().leftJustified(22)
              << QString::number(o.value(u"price"_s).toDouble(), 'f', 2).rightJustified(12) << " " << o.value(u"currency"_s).toString() << "  "
              << o.value(u"condition"_s).toString().leftJustified(12) << o.value(u"date"_s).toString()
              << (o.value(u"stale"_s).toBool() ? "  STALE" : "") << "\n";
    }
    return 0;
}

} // namespace

bool isSubcommand(const QString &word)
{
    return word == u"estimate" || word == u"catalog" || word == u"prices" || word == u"--help" || word == u"-h" || word == u"help" || word == u"--version";
}

int runCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        usage();
        return 0;
    }
    if (command == u"--version") {
        out() << "hwplanner " << HWPLANNER_VERSION << "\n";
        return 0;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file."_s, u"FILE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Show what an import would change; change nothing."_s);
    const QCommandLineOption currency(u"currency"_s, u"Report currency: CNY (default) or USD."_s, u"CODE"_s, u"CNY"_s);
    const QCommandLineOption usdRate(u"usd-rate"_s, u"CNY per USD."_s, u"RATE"_s);
    parser.addOptions({json, catalogPath, dryRun, currency, usdRate});
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest)) {
        err() << "hwplanner " << command << ": " << parser.errorText() << "\n";
        return 2;
    }
    const QStringList positional = parser.positionalArguments();

    hw::Catalog catalog;
    if (command == u"catalog") {
        const QString kind = positional.value(0);
        if (!kind.isEmpty() && !catalogKinds().contains(kind)) {
            err() << "hwplanner catalog: unknown list '" << kind << "' (" << catalogKinds().join(u", "_s) << ")\n";
            return 2;
        }
        if (!openCatalog(parser.value(catalogPath), &catalog))
            return 1;
        if (parser.isSet(json))
            printJson(catalogToJson(catalog, kind));
        else
            out() << catalogToText(catalog, kind).join(u'\n') << "\n";
        return 0;
    }

    if (command == u"prices")
        return runPrices(parser.value(catalogPath), positional, parser.isSet(json), parser.isSet(dryRun));

    // estimate
    hw::CostSettings settings;
    if (parser.value(currency) != u"CNY" && parser.value(currency) != u"USD") {
        err() << "hwplanner estimate: --currency must be CNY or USD\n";
        return 2;
    }
    settings.currency = parser.value(currency).toStdString();
    if (parser.isSet(usdRate)) {
        bool ok = false;
        settings.usdToCny = parser.value(usdRate).toDouble(&ok);
        if (!ok || settings.usdToCny <= 0) {
            err() << "hwplanner estimate: --usd-rate must be a positive number\n";
            return 2;
        }
    }
    if (positional.size() != 1)
        return usage();
    if (!openCatalog(parser.value(catalogPath), &catalog))
        return 1;
    hw::Build build;
    hwdb::BuildError error;
    if (!hwdb::readBuildFile(positional.first(), catalog, &build, &error)) {
        err() << "hwplanner estimate: " << error.toString() << "\n";
        return 2;
    }
    const hw::Estimate e = hw::estimate(build);
    const auto prices = hwdb::makePriceBook(catalog, settings);
    const hw::CostResult cost = hw::costOf(build, e, *prices, settings);
    if (parser.isSet(json))
        printJson(estimateToJson(build, e, &cost));
    else
        out() << estimateToText(build, e, &cost).join(u'\n') << "\n";
    return 0;
}

} // namespace hwapp
