// hwplanner accuracy [--json] [--points] [--catalog FILE|URL]
// Its own parser: an option another subcommand takes is an error here, not ignored.

#include "app/cli_accuracy.h"

#include "db/calibrationcorpus.h"
#include "db/catalogdb.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hwapp {

int runAccuracy(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption catalogPath(u"catalog"_s, u"Catalog database file, or a postgresql:// URL."_s, u"FILE|URL"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption perPoint(u"points"_s, u"Also list every point: measured, predicted, held out or not."_s);
    parser.addOptions({catalogPath, json, perPoint});
    if (!parser.parse(QStringList{u"hwplanner accuracy"_s} + args)) {
        err << "hwplanner accuracy: " << parser.errorText() << "\n";
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "hwplanner accuracy: takes no arguments, got " << parser.positionalArguments().join(u' ') << "\n";
        return 2;
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
    if (parser.isSet(json)) {
        QJsonObject o = hwdb::accuracyToJson(report);
        o.insert(u"skipped"_s, int(evaluation.errors.size()));
        o.insert(u"prefill_not_estimated"_s, evaluation.notEstimated);
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
        if (evaluation.notEstimated > 0)
            out << "\n" << evaluation.notEstimated << " prefill point(s) left out: the GPU has no published TFLOPS figure, so the engine does not estimate prefill.\n";
    }
    return evaluation.results.empty() ? 1 : 0;
}

} // namespace hwapp
