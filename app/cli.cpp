#include "app/cli.h"
#include "app/cli_accuracy.h"
#include "app/cli_importmodel.h"
#include "app/cli_sweep.h"

#include "db/resultjson.h"
#include "db/appsettings.h"
#include "db/buildfile.h"
#include "db/claimfile.h"
#include "db/quotes.h"
#include "ui/quotewriter.h"
#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "db/safeio.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <QCommandLineParser>
#include <QMap>
#include <QLocale>

#include <cmath>
#include <QFile>
#include <QFileInfo>
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
             "       hwplanner check CLAIM.json [--json] | check --text OFFER.txt [--json]\n"
             "       hwplanner quote BUILD.json [BUILD2.json ...] -o QUOTE.pdf [--lang zh_CN|en] [--company NAME] [--prepared-by NAME]\n"
             "                       [--validity DAYS] [--json]\n"
             "       hwplanner export BUILD.json [--results-json F] [--results-csv F] [--bom-csv F]\n"
          << "       " << sweepUsage()
          << "       hwplanner            (no arguments) opens the desktop application\n"
             "Every command takes --catalog FILE or --catalog postgresql://[user@]host[:port]/database (a team catalog);\n"
             "the default is $HWPLANNER_CATALOG, else the team catalog in the settings, else the user's data directory.\n";
    return 2;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int runPrices(const QString &catalogFile, const QStringList &positional, bool json, bool dryRun)
{
    hwdb::CatalogDatabase db(catalogFile.isEmpty() ? hwdb::CatalogDatabase::defaultPath() : catalogFile);
    hw::Catalog catalog;
    const QString action = positional.value(0, u"list"_s);
    if (!db.open() || !db.load(&catalog, action == u"export" ? hwdb::CatalogDatabase::PriceHistory::All : hwdb::CatalogDatabase::PriceHistory::Latest)) {
        err() << "hwplanner: catalog " << db.errorString() << "\n";
        return 1;
    }
    const qint64 historyRows = db.priceHistoryRows();
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
        QJsonObject row{{u"kind"_s, QString::fromLatin1(hw::partKindName(r->kind))}, {u"part"_s, QString::fromStdString(r->partId)},
                        {u"price"_s, r->amount}, {u"currency"_s, QString::fromStdString(r->currency)},
                        {u"condition"_s, QString::fromStdString(r->condition)}, {u"date"_s, QString::fromStdString(r->date)},
                        {u"age_days"_s, age}, {u"stale"_s, age > settings.staleDays}, {u"vendor"_s, QString::fromStdString(r->vendor)},
                        {u"source"_s, QString::fromStdString(r->source)}};
        // What the planner makes of it: the CNY amount and the rate used, or why the row cannot price its part.
        if (const std::optional<hw::PriceQuote> quote = book->quoteOf(*r)) {
            row.insert(u"usable"_s, true);
            row.insert(u"price_cny"_s, std::round(quote->amount * 100) / 100);
            row.insert(u"cny_per_unit"_s, quote->cnyPerUnit);
            if (!quote->rateSource.empty())
                row.insert(u"exchange_rate"_s, QJsonObject{{u"cny_per_unit"_s, quote->cnyPerUnit}, {u"date"_s, QString::fromStdString(quote->rateDate)},
                                                           {u"source"_s, QString::fromStdString(quote->rateSource)}});
        } else {
            row.insert(u"usable"_s, false);
            row.insert(u"price_cny"_s, QJsonValue::Null);
            row.insert(u"unusable_reason"_s, u"no exchange rate for %1 in the catalog"_s.arg(QString::fromStdString(r->currency)));
        }
        rows.append(row);
    }
    if (json) {
        printJson(QJsonObject{{u"latest"_s, rows}, {u"history_rows"_s, historyRows}});
        return 0;
    }
    out() << "Latest price per part and condition (" << historyRows << " records in the history):\n";
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        out() << "  " << o.value(u"kind"_s).toString().leftJustified(9) << o.value(u"part"_s).toString().leftJustified(22)
              << QString::number(o.value(u"price"_s).toDouble(), 'f', 2).rightJustified(12) << " " << o.value(u"currency"_s).toString() << "  "
              << o.value(u"condition"_s).toString().leftJustified(12) << o.value(u"date"_s).toString()
              << (o.value(u"usable"_s).toBool() && o.value(u"currency"_s).toString() != u"CNY"_s
                      ? u"  = %1 CNY at %2"_s.arg(o.value(u"price_cny"_s).toDouble(), 0, 'f', 2).arg(o.value(u"cny_per_unit"_s).toDouble())
                      : QString())
              << (o.value(u"stale"_s).toBool() ? u"  STALE: price %1 days old"_s.arg(o.value(u"age_days"_s).toInt()) : QString())
              << (o.value(u"usable"_s).toBool() ? QString() : u"  UNUSABLE: "_s + o.value(u"unusable_reason"_s).toString()) << "\n";
    }
    return 0;
}

// The subcommands and the options each one takes: every subcommand gets a parser of its own, so an
// option it does not take is an error rather than ignored.
const QStringList &subcommands()
{
    static const QStringList names = {u"estimate"_s, u"accuracy"_s, u"catalog"_s, u"prices"_s, u"sweep"_s, u"check"_s, u"quote"_s, u"export"_s};
    return names;
}

} // namespace

bool openCatalog(const QString &path, hw::Catalog *catalog)
{
    hwdb::CatalogDatabase db(path.isEmpty() ? hwdb::CatalogDatabase::defaultPath() : path);
    hwdb::Recovery recovery;
    const bool opened = hwdb::openOrRecover(db, &recovery);
    if (!recovery.movedTo.isEmpty())
        err() << "hwplanner: warning: " << recovery.message() << "\n";
    if (!opened || !db.load(catalog)) {
        err() << "hwplanner: catalog " << db.errorString() << "\n";
        return false;
    }
    return true;
}

void readBoundedOption(const QCommandLineParser &parser, const QCommandLineOption &o, double min, double max, bool whole, double *value,
                       QString *problem)
{
    if (!problem->isEmpty() || (!parser.isSet(o) && o.defaultValues().isEmpty()))
        return;
    QString why;
    if (!hwdb::parseBoundedNumber(parser.value(o), min, max, whole, value, &why))
        *problem = u"--%1: %2"_s.arg(o.names().constLast(), why);
}

bool isSubcommand(const QString &word)
{
    return subcommands().contains(word) || word == u"--help" || word == u"-h" || word == u"help" || word == u"--version";
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
    if (!subcommands().contains(command)) {
        err() << "hwplanner: unknown command '" << command << "'\n";
        return usage();
    }
    // catalog import-model has its own options (--id), which the shared parser below would reject.
    if (command == u"catalog" && arguments.value(2) == u"import-model")
        return runImportModel(arguments.mid(3));
    // accuracy has its own parser (app/cli_accuracy.cpp).
    if (command == u"accuracy")
        return runAccuracy(arguments.mid(2));
    if (command == u"sweep")
        return runSweepCommand(arguments.mid(2));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file, or a postgresql:// URL."_s, u"FILE|URL"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Show what an import would change; change nothing."_s);
    const QCommandLineOption currency(u"currency"_s, u"Report currency: CNY (default) or USD."_s, u"CODE"_s, u"CNY"_s);
    const QCommandLineOption usdRate(u"usd-rate"_s, u"CNY per USD."_s, u"RATE"_s);
    const QCommandLineOption text(u"text"_s, u"Read the offer's free text from FILE."_s, u"FILE"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The PDF to write."_s, u"FILE"_s);
    const QCommandLineOption lang(u"lang"_s, u"Quote language: zh_CN or en."_s, u"LANG"_s, u"en"_s);
    const QCommandLineOption company(u"company"_s, u"Company name on the quote."_s, u"NAME"_s);
    const QCommandLineOption preparedBy(u"prepared-by"_s, u"Who prepared the quote."_s, u"NAME"_s);
    const QCommandLineOption validity(u"validity"_s, u"Days the quote is valid."_s, u"DAYS"_s);
    const QCommandLineOption resultsJson(u"results-json"_s, u"Write the results as JSON."_s, u"FILE"_s);
    const QCommandLineOption resultsCsv(u"results-csv"_s, u"Write the results as CSV."_s, u"FILE"_s);
    const QCommandLineOption bomCsv(u"bom-csv"_s, u"Write the bill of materials as CSV."_s, u"FILE"_s);
    const QMap<QString, QList<QCommandLineOption>> accepted = {
        {u"estimate"_s, {json, catalogPath, currency, usdRate}},
        {u"catalog"_s, {json, catalogPath}},
        {u"prices"_s, {json, catalogPath, dryRun}},
        {u"check"_s, {json, catalogPath, text}},
        {u"quote"_s, {json, catalogPath, output, lang, company, preparedBy, validity}},
        {u"export"_s, {catalogPath, resultsJson, resultsCsv, bomCsv}},
    };
    parser.addOptions(accepted.value(command));
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest)) {
        err() << "hwplanner " << command << ": " << parser.errorText() << "\n";
        return usage();
    }
    // Numbers in their documented ranges (README, "Limits"): finite, inside [min, max], whole where they count.
    QString problem;
    const auto bounded = [&](const QCommandLineOption &o, double min, double max, bool whole, double *value) {
        readBoundedOption(parser, o, min, max, whole, value, &problem);
    };
    for (const QCommandLineOption &o : {company, preparedBy})
        if (command == u"quote" && parser.value(o).size() > hwdb::limits::nameChars)
            problem = u"--%1: %2 characters; at most %3"_s.arg(o.names().constLast()).arg(parser.value(o).size()).arg(hwdb::limits::nameChars);
    // Commands that use the settings refuse a settings file holding numbers outside their ranges.
    if (problem.isEmpty() && command != u"catalog" && command != u"prices")
        hwdb::checkSettings(&problem);
    if (!problem.isEmpty()) {
        err() << "hwplanner " << command << ": " << problem << "\n";
        return 2;
    }
    const QStringList positional = parser.positionalArguments();

    hw::Catalog catalog;
    if (command == u"catalog") {
        const QString kind = positional.value(0);
        if (!kind.isEmpty() && !hwdb::catalogKinds().contains(kind)) {
            err() << "hwplanner catalog: unknown list '" << kind << "' (" << hwdb::catalogKinds().join(u", "_s) << ")\n";
            return 2;
        }
        if (!openCatalog(parser.value(catalogPath), &catalog))
            return 1;
        if (parser.isSet(json))
            printJson(hwdb::catalogToJson(catalog, kind));
        else
            out() << hwdb::catalogToText(catalog, kind).join(u'\n') << "\n";
        return 0;
    }

    if (command == u"prices")
        return runPrices(parser.value(catalogPath), positional, parser.isSet(json), parser.isSet(dryRun));
    if (command == u"quote" || command == u"export") {
        if (positional.isEmpty())
            return usage();
        if (!openCatalog(parser.value(catalogPath), &catalog))
            return 1;
        QList<hw::Build> builds;
        for (const QString &path : positional) {
            hw::Build b;
            hwdb::BuildError error;
            if (!hwdb::readBuildFile(path, catalog, &b, &error)) {
                err() << "hwplanner " << command << ": " << error.toString() << "\n";
                return 2;
            }
            if (b.name.empty())
                b.name = QFileInfo(path).completeBaseName().toStdString();
            builds << b;
        }
        const hw::CostSettings settings = hwdb::costSettings();
        const auto prices = hwdb::makePriceBook(catalog, settings);
        QString error;
        if (command == u"export") {
            const hw::Build &b = builds.first();
            const hw::Estimate e = hw::estimate(b);
            const hw::CostResult cost = hw::costOf(b, e, *prices, settings);
            bool ok = true;
            if (parser.isSet(resultsJson))
                ok = ok && hwdb::writeJsonFile(parser.value(resultsJson), hwdb::estimateToJson(b, e, &cost), &error);
            if (ok && parser.isSet(resultsCsv))
                ok = hwdb::writeResultsCsv(parser.value(resultsCsv), b, e, cost, &error);
            if (ok && parser.isSet(bomCsv))
                ok = hwdb::writeBomCsv(parser.value(bomCsv), cost, &error);
            if (!ok) {
                err() << "hwplanner export: " << error << "\n";
                return 2;
            }
            return 0;
        }
        const QString pdf = parser.value(output);
        if (pdf.isEmpty()) {
            err() << "hwplanner quote: -o FILE.pdf is required\n";
            return 2;
        }
        const QFileInfo target(pdf);
        if (!hwdb::checkOutputPath(pdf, &error)) {
            err() << "hwplanner quote: " << error << "\n";
            return 2;
        }
        if (parser.value(lang) != u"en" && parser.value(lang) != u"zh_CN") {
            err() << "hwplanner quote: --lang must be zh_CN or en\n";
            return 2;
        }
        // Company, logo, VAT and validity come from the settings unless given here.
        hwdb::QuoteOptions options = hwdb::quoteOptionsFromSettings(&error);
        if (!error.isEmpty())
            err() << "hwplanner quote: warning: " << error << "\n";
        options.language = parser.value(lang);
        if (parser.isSet(company))
            options.company = parser.value(company);
        if (parser.isSet(preparedBy))
            options.preparedBy = parser.value(preparedBy);
        double days = options.validityDays;
        bounded(validity, 1, 3650, true, &days);
        if (!problem.isEmpty()) {
            err() << "hwplanner quote: " << problem << "\n";
            return 2;
        }
        options.validityDays = int(days);
        QJsonObject data = hwdb::makeQuoteData(builds, catalog, *prices, settings, options);
        hwdb::CatalogDatabase db(parser.value(catalogPath).isEmpty() ? hwdb::CatalogDatabase::defaultPath() : parser.value(catalogPath));
        hwdb::QuoteStore store(db);
        if (!db.open()) {
            err() << "hwplanner quote: cannot store the quote: " << db.errorString() << "\n";
            return 1;
        }
        if (!store.issue(&data, pdf, hwui::renderQuotePdf, &error)) { // nothing stored, no number spent
            err() << "hwplanner quote: " << error << "\n";
            return 2;
        }
        if (parser.isSet(json)) {
            QJsonArray items;
            double total = 0;
            for (const QJsonValue &v : data.value(u"builds"_s).toArray()) {
                const QJsonObject o = v.toObject();
                items.append(QJsonObject{{u"name"_s, o.value(u"build"_s).toObject().value(u"name"_s)}, {u"subtotal"_s, o.value(u"subtotal"_s)},
                                         {u"vat"_s, o.value(u"vat"_s)}, {u"total"_s, o.value(u"total"_s)}});
                total += o.value(u"total"_s).toDouble();
            }
            printJson(QJsonObject{{u"number"_s, data.value(u"number"_s)}, {u"file"_s, target.absoluteFilePath()}, {u"currency"_s, data.value(u"currency"_s)},
                                  {u"vat_rate"_s, data.value(u"vat_rate"_s)}, {u"builds"_s, items},
                                  {u"recommended"_s, data.value(u"recommended"_s)}});
        } else {
            out() << "Quote " << data.value(u"number"_s).toString() << " written to " << target.absoluteFilePath() << "\n";
        }
        return 0;
    }
    if (command == u"check") {
        if (!openCatalog(parser.value(catalogPath), &catalog))
            return 1;
        hw::Claim claim;
        const QString path = parser.isSet(text) ? parser.value(text) : positional.value(0);
        if (path.isEmpty())
            return usage();
        QByteArray bytes;
        QString readError;
        if (!hwdb::readInputFile(path, parser.isSet(text) ? hwdb::limits::offerTextBytes : hwdb::limits::buildFileBytes, &bytes, &readError)) {
            err() << "hwplanner check: " << readError << "\n";
            return 2;
        }
        if (parser.isSet(text)) {
            QString offer, problem;
            if (!hwdb::decodeOfferText(bytes, &offer, &problem)) {
                err() << "hwplanner check: " << path << ": " << problem << "\n";
                return 2;
            }
            claim = hwdb::claimFromText(offer, catalog);
        } else {
            hwdb::BuildError error;
            if (!hwdb::parseClaim(bytes, path, catalog, &claim, &error)) {
                err() << "hwplanner check: " << error.toString() << "\n";
                return 2;
            }
        }
        const hw::CostSettings settings = hwdb::costSettings();
        const auto prices = hwdb::makePriceBook(catalog, settings);
        const hw::ClaimReport report = hw::checkClaim(claim, catalog, *prices, settings);
        if (parser.isSet(json)) {
            printJson(hwdb::reportToJson(report, claim));
            return 0;
        }
        out() << "Verdict: " << QString::fromStdString(report.verdict) << "\n";
        out() << "Understood: " << QString::fromUtf8(QJsonDocument(hwdb::claimToJson(claim)).toJson(QJsonDocument::Compact)) << "\n";
        for (const hw::Finding &f : report.findings) {
            out() << "\n[" << hw::severityName(f.severity) << "] " << QString::fromStdString(f.id) << ": " << QString::fromStdString(hw::english({f.claim}))
                  << "\n"
                  << "  computed: " << QString::fromStdString(hw::english(f.computed)) << "\n";
            if (!f.rule.empty())
                out() << "  rule: " << QString::fromStdString(f.rule) << "\n";
            if (!f.ask.empty())
                out() << "  ask: " << QString::fromStdString(f.ask) << "\n";
        }
        return 0;
    }
    // estimate: the user's cost settings, flags override them
    hw::CostSettings settings = hwdb::costSettings();
    if (parser.isSet(currency) && parser.value(currency) != u"CNY" && parser.value(currency) != u"USD") {
        err() << "hwplanner estimate: --currency must be CNY or USD\n";
        return 2;
    }
    if (parser.isSet(currency))
        settings.currency = parser.value(currency).toStdString();
    bounded(usdRate, 0.01, 1000, false, &settings.usdToCny);
    if (!problem.isEmpty()) {
        err() << "hwplanner estimate: " << problem << "\n";
        return 2;
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
    if (parser.isSet(json)) {
        QJsonObject result = hwdb::estimateToJson(build, e, &cost);
        result.insert(u"checklist"_s, hwdb::checklistToJson(hw::buyerChecklist(build, e, cost)));
        printJson(result);
    }
    else
        out() << hwdb::estimateToText(build, e, &cost).join(u'\n') << "\n";
    return 0;
}

} // namespace hwapp
