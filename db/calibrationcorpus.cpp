#include "db/calibrationcorpus.h"

#include "db/buildfile.h"
#include "db/catalogdb.h"
#include "model/calibration.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

// The leave-one-source-out report refits the factors once per source (~0.3 s): it is cached in the
// cache directory under a key of everything it depends on: the embedded seed and corpus, and this
// executable (its path, size and time), so a rebuilt engine never reads an old report.
QString cacheFile()
{
    if (!QCoreApplication::instance())
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &resource : {u":/catalog/seed.json"_s, u":/calibration/corpus.json"_s}) {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(f.readAll());
    }
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    hash.addData(QStringLiteral("%1|%2|%3").arg(exe.absoluteFilePath()).arg(exe.size()).arg(exe.lastModified().toMSecsSinceEpoch()).toUtf8());
    return dir + u"/accuracy-"_s + QString::fromLatin1(hash.result().toHex().left(24)) + u".json"_s;
}

QJsonObject ratiosToJson(const hw::Ratios &r)
{
    return QJsonObject{{u"points"_s, r.points}, {u"low"_s, r.low}, {u"high"_s, r.high}};
}

hw::Ratios ratiosFromJson(const QJsonObject &o)
{
    return {o.value(u"points"_s).toInt(), o.value(u"low"_s).toDouble(), o.value(u"high"_s).toDouble()};
}

QJsonObject classToCache(const hw::ClassAccuracy &c)
{
    return QJsonObject{{u"class"_s, QString::fromStdString(c.cls)}, {u"points"_s, c.points}, {u"held_out"_s, c.heldOut},
                       {u"median"_s, c.heldOutMedianError}, {u"within_2x"_s, c.within2x}, {u"decode"_s, ratiosToJson(c.decode)},
                       {u"prefill"_s, ratiosToJson(c.prefill)}};
}

hw::ClassAccuracy classFromCache(const QJsonObject &o)
{
    hw::ClassAccuracy c;
    c.cls = o.value(u"class"_s).toString().toStdString();
    c.points = o.value(u"points"_s).toInt();
    c.heldOut = o.value(u"held_out"_s).toInt();
    c.heldOutMedianError = o.value(u"median"_s).toDouble();
    c.within2x = o.value(u"within_2x"_s).toDouble();
    c.decode = ratiosFromJson(o.value(u"decode"_s).toObject());
    c.prefill = ratiosFromJson(o.value(u"prefill"_s).toObject());
    return c;
}

bool readCache(const QString &path, hw::AccuracyReport *report)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.value(u"overall"_s).isObject())
        return false;
    report->points = o.value(u"points"_s).toInt();
    report->sources = o.value(u"sources"_s).toInt();
    for (const QJsonValue &v : o.value(u"classes"_s).toArray())
        report->classes.push_back(classFromCache(v.toObject()));
    report->overall = classFromCache(o.value(u"overall"_s).toObject());
    return report->points > 0;
}

void writeCache(const QString &path, const hw::AccuracyReport &report)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QJsonArray classes;
    for (const hw::ClassAccuracy &c : report.classes)
        classes.append(classToCache(c));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(QJsonObject{{u"points"_s, report.points}, {u"sources"_s, report.sources}, {u"classes"_s, classes},
                                      {u"overall"_s, classToCache(report.overall)}})
                .toJson(QJsonDocument::Compact));
    f.commit(); // a cache: a failed write only costs the next run the refit
}

} // namespace

CorpusPoints loadCorpus(const hw::Catalog &catalog)
{
    CorpusPoints out;
    QFile file(u":/calibration/corpus.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors << u"cannot read the embedded corpus"_s;
        return out;
    }
    const QJsonArray points = QJsonDocument::fromJson(file.readAll()).object().value(u"points"_s).toArray();
    for (const QJsonValue &v : points) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"usable"_s).toBool())
            continue;
        const QString id = o.value(u"id"_s).toString();
        hw::CalibrationPoint p;
        BuildError error;
        if (!parseBuild(QJsonDocument(o.value(u"build"_s).toObject()).toJson(), id, catalog, &p.build, &error)) {
            out.errors << error.toString();
            continue;
        }
        p.metric = o.value(u"metric"_s).toString().toStdString();
        if (p.metric == "prefill") {
            const hw::Estimate e = hw::estimate(p.build, hw::Detail::Figures);
            if (e.runs && !e.prefillKnown) {
                ++out.notEstimated;
                continue;
            }
        }
        p.id = id.toStdString();
        p.sourceId = o.value(u"source_id"_s).toString().toStdString();
        p.measured = o.value(u"measured"_s).toDouble();
        out.points.push_back(std::move(p));
    }
    return out;
}

CorpusEvaluation evaluateCorpus(const hw::Catalog &catalog)
{
    CorpusPoints corpus = loadCorpus(catalog);
    CorpusEvaluation out;
    out.errors = corpus.errors;
    out.notEstimated = corpus.notEstimated;
    out.results = hw::leaveOneSourceOut(corpus.points);
    return out;
}

const hw::AccuracyReport &shippedAccuracy()
{
    static std::once_flag once;
    static hw::AccuracyReport report;
    std::call_once(once, [] {
        const QString cache = cacheFile();
        if (readCache(cache, &report))
            return;
        QTemporaryDir dir; // the seed, as a fresh catalog would hold it
        CatalogDatabase db(dir.filePath(u"seed.sqlite"_s));
        hw::Catalog seed;
        if (dir.isValid() && db.open() && db.load(&seed))
        {
            report = hw::summariseAccuracy(evaluateCorpus(seed).results);
            writeCache(cache, report);
        } else
            qWarning("calibration corpus: cannot open the seed catalog (%s): speed ranges are not shown", qUtf8Printable(db.errorString()));
    });
    return report;
}

hw::SpeedRanges shippedSpeedRanges(const hw::Build &build, const hw::Estimate &estimate)
{
    return hw::speedRanges(shippedAccuracy(), build, estimate);
}

namespace {

double rounded(double v, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

QJsonObject classToJson(const hw::ClassAccuracy &c)
{
    QJsonObject o{{u"points"_s, c.points}, {u"held_out_points"_s, c.heldOut},
                  {u"held_out_median_error"_s, c.heldOut > 0 ? QJsonValue(rounded(c.heldOutMedianError, 4)) : QJsonValue()},
                  {u"within_2x"_s, c.heldOut > 0 ? QJsonValue(rounded(c.within2x, 4)) : QJsonValue()}};
    const auto ratios = [](const hw::Ratios &r) {
        return r.points > 0 ? QJsonValue(QJsonObject{{u"points"_s, r.points}, {u"p10"_s, rounded(r.low, 3)}, {u"p90"_s, rounded(r.high, 3)}}) : QJsonValue();
    };
    o.insert(u"decode_ratio"_s, ratios(c.decode));   // measured / predicted
    o.insert(u"prefill_ratio"_s, ratios(c.prefill));
    return o;
}

} // namespace

QJsonObject accuracyToJson(const hw::AccuracyReport &report)
{
    QJsonArray classes;
    for (const hw::ClassAccuracy &c : report.classes) {
        QJsonObject o = classToJson(c);
        o.insert(u"class"_s, QString::fromStdString(c.cls));
        classes.append(o);
    }
    return QJsonObject{{u"points"_s, report.points}, {u"sources"_s, report.sources}, {u"classes"_s, classes}, {u"overall"_s, classToJson(report.overall)},
                       {u"note"_s, u"Held out: leave one source out - every point is predicted with the runtime factors fitted on the other sources' points. Error = "
                                   "|predicted - measured| / measured; a build the engine refuses counts as 100%. Ratios are measured / predicted."_s}};
}

QStringList accuracyToText(const hw::AccuracyReport &report)
{
    const auto pct = [](double v) -> QString { return QString::number(v * 100, 'f', 0) + u"%"_s; };
    const auto line = [&](const hw::ClassAccuracy &c) -> QString {
        QString s = u"  %1 %2 %3 %4 %5"_s.arg(QString::fromStdString(c.cls), -22).arg(c.points, 6).arg(c.heldOut, 8)
                        .arg(c.heldOut > 0 ? pct(c.heldOutMedianError) : u"-"_s, 13).arg(c.heldOut > 0 ? pct(c.within2x) : u"-"_s, 9);
        if (c.decode.points > 0)
            s += u"   decode x%1-%2 (%3)"_s.arg(c.decode.low, 0, 'f', 2).arg(c.decode.high, 0, 'f', 2).arg(c.decode.points);
        if (c.prefill.points > 0)
            s += u"   prefill x%1-%2 (%3)"_s.arg(c.prefill.low, 0, 'f', 2).arg(c.prefill.high, 0, 'f', 2).arg(c.prefill.points);
        return s;
    };
    QStringList out;
    out << u"Calibration corpus: %1 usable points from %2 sources."_s.arg(report.points).arg(report.sources)
        << u"Held out = leave one source out: each source predicted by factors fitted on the others. Error = |predicted - measured| / measured; ranges = measured/predicted, 10th-90th percentile."_s
        << QString()
        << u"  %1 %2 %3 %4 %5"_s.arg(u"class"_s, -22).arg(u"points"_s, 6).arg(u"held out"_s, 8).arg(u"median error"_s, 13).arg(u"within 2x"_s, 9);
    for (const hw::ClassAccuracy &c : report.classes)
        out << line(c);
    out << line(report.overall);
    return out;
}

} // namespace hwdb
