// hwplanner accuracy [--json] [--points] [--factors] [--catalog FILE|URL] | --write-report FILE
// Its own parser: an option another subcommand takes is an error here, not ignored.

#include "app/cli_accuracy.h"

#include "db/calibrationcorpus.h"
#include "model/calibration.h"
#include "db/catalogdb.h"
#include "db/safeio.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hwapp {

namespace {

QJsonArray runtimes(const hw::FitFactor &f)
{
    QJsonArray ids;
    for (const std::string &id : f.runtimes)
        ids.append(QString::fromStdString(id));
    return ids;
}

} // namespace

int runAccuracy(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file, or a postgresql:// URL."_s, u"FILE|URL"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption perPoint(u"points"_s, u"Also list every point: measured, predicted, held out or not."_s);
    const QCommandLineOption factors(u"factors"_s, u"Also fit the runtime factors on every point and print them beside the catalog's values."_s);
    const QCommandLineOption writeReport(u"write-report"_s,
                                         u"Compute the held-out report of the embedded seed catalog and write it to FILE (resources/catalog/accuracy.json is "
                                         "what the speed ranges of estimate, the GUI and quotes are drawn from)."_s,
                                         u"FILE"_s);
    parser.addOptions({catalogPath, json, perPoint, factors, writeReport});
    if (!parser.parse(QStringList{u"hwplanner accuracy"_s} + args)) {
        err << "hwplanner accuracy: " << parser.errorText() << "\n";
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "hwplanner accuracy: takes no arguments, got " << parser.positionalArguments().join(u' ') << "\n";
        return 2;
    }
    if (parser.isSet(writeReport)) {
        if (parser.isSet(catalogPath) || parser.isSet(json) || parser.isSet(perPoint) || parser.isSet(factors)) {
            err << "hwplanner accuracy: --write-report takes no other option (it always evaluates the embedded seed catalog)\n";
            return 2;
        }
        QString error;
        const hw::AccuracyReport report = hwdb::seedAccuracy(&error);
        if (report.points == 0) {
            err << "hwplanner accuracy: " << (error.isEmpty() ? u"no corpus point could be evaluated"_s : error) << "\n";
            return 1;
        }
        if (!hwdb::writeFileAtomically(parser.value(writeReport), QJsonDocument(hwdb::accuracyToReportFile(report)).toJson(QJsonDocument::Indented), &error)) {
            err << "hwplanner accuracy: " << error << "\n";
            return 1;
        }
        out << "held-out report of " << report.points << " points from " << report.sources << " sources written to " << parser.value(writeReport) << "\n";
        return 0;
    }
    hwdb::CatalogDatabase db(parser.value(catalogPath).isEmpty() ? hwdb::CatalogDatabase::defaultPath() : parser.value(catalogPath));
    hwdb::Recovery recovery;
    hw::Catalog catalog;
    if (!hwdb::openOrRecover(db, &recovery) || !db.load(&catalog)) {
        err << "hwplanner: catalog " << db.errorString() << "\n";
        return 1;
    }
    const hwdb::CorpusEvaluation evaluation = hwdb::evaluateCorpus(catalog);
    for (const QString &e : evaluation.errors)
        err << "hwplanner accuracy: corpus point skipped: " << e << "\n";
    const hw::AccuracyReport report = hw::summariseAccuracy(evaluation.results);
    QJsonArray factorRows;
    if (parser.isSet(factors)) {
        hwdb::CorpusPoints corpus = hwdb::loadCorpus(catalog);
        std::vector<double> stored;
        for (const hw::FitFactor &f : hw::calibrationFactors()) {
            const hw::RuntimeSpec *r = catalog.runtime(f.runtimes.front());
            stored.push_back(r ? r->*f.field : 0.0);
        }
        const hw::FitResult fit = hw::fitFactors(corpus.points);
        for (std::size_t k = 0; k < fit.values.size(); ++k)
            factorRows.append(QJsonObject{{u"factor"_s, QString::fromUtf8(hw::calibrationFactors()[k].name)}, {u"stored"_s, stored[k]},
                                          {u"fitted"_s, fit.values[k]}, {u"points"_s, fit.points[k]},
                                          {u"key"_s, QString::fromUtf8(hw::calibrationFactors()[k].key)}, {u"runtimes"_s, runtimes(hw::calibrationFactors()[k])}});
    }
    if (parser.isSet(json)) {
        QJsonObject o = hwdb::accuracyToJson(report);
        o.insert(u"skipped"_s, int(evaluation.errors.size()));
        o.insert(u"prefill_not_estimated"_s, evaluation.notEstimated);
        if (parser.isSet(factors))
            o.insert(u"factors"_s, factorRows);
        if (parser.isSet(perPoint)) {
            QJsonArray rows;
            for (const hw::CorpusResult &r : evaluation.results)
                rows.append(QJsonObject{{u"id"_s, QString::fromStdString(r.id)}, {u"source_id"_s, QString::fromStdString(r.sourceId)},
                                        {u"class"_s, QString::fromStdString(r.cls)}, {u"metric"_s, QString::fromStdString(r.metric)},
                                        {u"measured"_s, r.measured}, {u"predicted"_s, r.predicted}, {u"held_out"_s, r.heldOut}});
            o.insert(u"results"_s, rows);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : hwdb::accuracyToText(report))
            out << line << "\n";
        if (parser.isSet(perPoint)) {
            out << "\n  id     source class                  metric             measured  predicted  held out\n";
            for (const hw::CorpusResult &r : evaluation.results)
                out << u"  %1 %2 %3 %4 %5 %6  %7\n"_s.arg(QString::fromStdString(r.id), -6).arg(QString::fromStdString(r.sourceId), -6)
                           .arg(QString::fromStdString(r.cls), -22).arg(QString::fromStdString(r.metric), -18).arg(r.measured, 9, 'f', 2)
                           .arg(r.predicted, 10, 'f', 2).arg(r.heldOut ? u"yes"_s : u"no"_s);
        }
        if (parser.isSet(factors)) {
            out << "\n  factor (fitted on every point)                                        stored   fitted  points\n";
            for (const QJsonValue &v : factorRows) {
                const QJsonObject f = v.toObject();
                out << u"  %1 %2 %3 %4\n"_s.arg(f.value(u"factor"_s).toString(), -68).arg(f.value(u"stored"_s).toDouble(), 8, 'f', 4)
                           .arg(f.value(u"fitted"_s).toDouble(), 8, 'f', 4).arg(f.value(u"points"_s).toInt(), 6);
            }
        }
        if (evaluation.notEstimated > 0)
            out << "\n" << evaluation.notEstimated << " prefill point(s) left out: the GPU has no published TFLOPS figure, so the engine does not estimate prefill.\n";
    }
    return evaluation.results.empty() ? 1 : 0;
}

} // namespace hwapp
