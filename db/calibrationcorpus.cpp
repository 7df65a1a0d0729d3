#include "db/calibrationcorpus.h"

#include "db/buildfile.h"
#include "db/catalogdb.h"
#include "model/calibration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

QJsonObject ratiosToJson(const hw::Ratios &r)
{
    return QJsonObject{{u"points"_s, r.points}, {u"low"_s, r.low}, {u"high"_s, r.high}};
}

hw::Ratios ratiosFromJson(const QJsonObject &o)
{
    return {o.value(u"points"_s).toInt(), o.value(u"low"_s).toDouble(), o.value(u"high"_s).toDouble()};
}

QJsonObject classToReportFile(const hw::ClassAccuracy &c)
{
    return QJsonObject{{u"class"_s, QString::fromStdString(c.cls)}, {u"points"_s, c.points}, {u"held_out"_s, c.heldOut},
                       {u"median"_s, c.heldOutMedianError}, {u"within_2x"_s, c.within2x}, {u"decode"_s, ratiosToJson(c.decode)},
                       {u"prefill"_s, ratiosToJson(c.prefill)}};
}

hw::ClassAccuracy classFromReportFile(const QJsonObject &o)
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

QJsonObject groupToReportFile(const hw::RangeGroup &g)
{
    return QJsonObject{{u"class"_s, QString::fromStdString(g.cls)}, {u"kind"_s, QString::fromStdString(g.kind)}, {u"users"_s, g.users},
                       {u"points"_s, g.points}, {u"sources"_s, g.sources}, {u"low"_s, g.low}, {u"high"_s, g.high}};
}

hw::RangeGroup groupFromReportFile(const QJsonObject &o)
{
    hw::RangeGroup g;
    g.cls = o.value(u"class"_s).toString().toStdString();
    g.kind = o.value(u"kind"_s).toString().toStdString();
    g.users = o.value(u"users"_s).toInt();
    g.points = o.value(u"points"_s).toInt();
    g.sources = o.value(u"sources"_s).toInt(-1);
    g.low = o.value(u"low"_s).toDouble();
    g.high = o.value(u"high"_s).toDouble();
    return g;
}

// A version-1 file has no groups: each class's decode and prefill ratios (and all classes') are the
// groups of that class and kind, their sources not known, as version 1 drew its ranges.
void groupsFromClasses(hw::AccuracyReport *report)
{
    std::vector<const hw::ClassAccuracy *> classes;
    for (const hw::ClassAccuracy &c : report->classes)
        classes.push_back(&c);
    classes.push_back(&report->overall);
    for (const hw::ClassAccuracy *c : classes)
        for (const auto &[kind, ratios] : {std::pair{"decode", &c->decode}, std::pair{"prefill", &c->prefill}})
            if (ratios->points > 0)
                report->groups.push_back({c->cls, kind, 0, ratios->points, -1, ratios->low, ratios->high});
}

} // namespace

bool accuracyFromReportFile(const QJsonObject &o, hw::AccuracyReport *report)
{
    *report = {};
    if (!o.value(u"overall"_s).isObject())
        return false;
    report->points = o.value(u"points"_s).toInt();
    report->sources = o.value(u"sources"_s).toInt();
    for (const QJsonValue &v : o.value(u"classes"_s).toArray())
        report->classes.push_back(classFromReportFile(v.toObject()));
    report->overall = classFromReportFile(o.value(u"overall"_s).toObject());
    if (o.value(u"version"_s).toInt(1) >= 2)
        for (const QJsonValue &v : o.value(u"range_groups"_s).toArray())
            report->groups.push_back(groupFromReportFile(v.toObject()));
    else
        groupsFromClasses(report);
    return report->points > 0;
}

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

hw::AccuracyReport seedAccuracy(QString *error)
{
    QTemporaryDir dir; // the seed, as a fresh catalog holds it
    CatalogDatabase db(dir.filePath(u"seed.sqlite"_s));
    hw::Catalog seed;
    if (!dir.isValid() || !db.open() || !db.load(&seed)) {
        if (error)
            *error = db.errorString();
        return {};
    }
    return hw::summariseAccuracy(evaluateCorpus(seed).results);
}

QJsonObject accuracyToReportFile(const hw::AccuracyReport &report)
{
    QJsonArray classes;
    for (const hw::ClassAccuracy &c : report.classes)
        classes.append(classToReportFile(c));
    QJsonArray groups;
    for (const hw::RangeGroup &g : report.groups)
        groups.append(groupToReportFile(g));
    return QJsonObject{{u"version"_s, 2}, {u"range_groups"_s, groups}, {u"about"_s, u"Held-out accuracy of the shipped engine on the calibration corpus (leave one source out). "
                                    "Generated by `hwplanner accuracy --write-report resources/catalog/accuracy.json`; "
                                    "tst_calibration fails when it differs from a fresh computation. Version 2: range_groups are what the likely ranges of a "
                                    "build are drawn from (users 0 = any, 1 = one user, 2 = several; low/high = measured/predicted)."_s},
                       {u"points"_s, report.points}, {u"sources"_s, report.sources}, {u"classes"_s, classes},
                       {u"overall"_s, classToReportFile(report.overall)}};
}

const hw::AccuracyReport &shippedAccuracy()
{
    static std::once_flag once;
    static hw::AccuracyReport report;
    std::call_once(once, [] {
        QFile f(u":/catalog/accuracy.json"_s);
        if (!f.open(QIODevice::ReadOnly) || !accuracyFromReportFile(QJsonDocument::fromJson(f.readAll()).object(), &report))
            qWarning("calibration: the embedded held-out report (:/catalog/accuracy.json) is missing or unreadable: speed ranges are not shown");
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
    QJsonArray metrics;
    for (const hw::MetricAccuracy &m : report.metrics)
        metrics.append(QJsonObject{{u"kind"_s, QString::fromStdString(m.kind)}, {u"held_out_points"_s, m.heldOut},
                                   {u"held_out_median_error"_s, rounded(m.heldOutMedianError, 4)}, {u"within_2x"_s, rounded(m.within2x, 4)}});
    const QJsonObject ranges{{u"points"_s, report.ranges.points}, {u"inside"_s, rounded(report.ranges.inside, 4)},
                             {u"median_high_over_low"_s, rounded(report.ranges.medianWidth, 3)}};
    QJsonArray groups;
    for (const hw::RangeGroup &g : report.groups)
        groups.append(QJsonObject{{u"class"_s, QString::fromStdString(g.cls)}, {u"kind"_s, QString::fromStdString(g.kind)},
                                  {u"users"_s, g.users == 0 ? u"any"_s : (g.users == 1 ? u"one"_s : u"several"_s)}, {u"points"_s, g.points},
                                  {u"sources"_s, g.sources}, {u"p10"_s, rounded(g.low, 3)}, {u"p90"_s, rounded(g.high, 3)}, {u"used"_s, g.enough()}});
    return QJsonObject{{u"points"_s, report.points}, {u"sources"_s, report.sources}, {u"classes"_s, classes}, {u"overall"_s, classToJson(report.overall)},
                       {u"metrics"_s, metrics}, {u"range_check"_s, ranges}, {u"range_groups"_s, groups},
                       {u"note"_s, u"Held out: leave one source out - every point is predicted with the runtime factors fitted on the other sources' points. Error = "
                                   "|predicted - measured| / measured; a build the engine refuses counts as 100%. Ratios are measured / predicted. "
                                   "range_groups: what likely ranges are drawn from, narrowest first (class, decode or prefill, one user or several; then class "
                                   "and kind; then all classes), the first with at least %1 points from %2 sources used; p10/p90 at rank p(n+1). "
                                   "range_check: each speed point against the range drawn the same way from groups computed without its own source; "
                                   "inside = share of points within it."_s.arg(hw::kMinRangePoints).arg(hw::kMinRangeSources)}};
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
    out << QString() << u"  by figure: "_s;
    for (const hw::MetricAccuracy &m : report.metrics)
        out.back() += u"%1 %2 median error, %3 within 2x (%4 points); "_s.arg(QString::fromStdString(m.kind), pct(m.heldOutMedianError), pct(m.within2x)).arg(m.heldOut);
    out.back().chop(2);
    if (report.ranges.points > 0)
        out << u"  likely ranges, each drawn without the point's own source: %1 of %2 speed measurements inside; median high/low %3"_s
                   .arg(pct(report.ranges.inside)).arg(report.ranges.points).arg(report.ranges.medianWidth, 0, 'f', 2)
            << u"  likely-range groups (narrowest with >= %1 points from >= %2 sources used; users: 1 = one user, n = several, - = any):"_s
                   .arg(hw::kMinRangePoints).arg(hw::kMinRangeSources);
    for (const hw::RangeGroup &g : report.groups)
        if (g.enough())
            out << u"    %1 %2 users %3  %4 points, %5 sources  x%6-%7"_s.arg(QString::fromStdString(g.cls), -22).arg(QString::fromStdString(g.kind), -8)
                       .arg(g.users == 0 ? u"-"_s : (g.users == 1 ? u"1"_s : u"n"_s)).arg(g.points, 4).arg(g.sources, 3)
                       .arg(g.low, 0, 'f', 2).arg(g.high, 0, 'f', 2);
    return out;
}

} // namespace hwdb
