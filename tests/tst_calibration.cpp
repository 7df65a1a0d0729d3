// The engine against public measurements: the stored runtime factors are the fit on the calibration
// corpus (corpus.json), held-out accuracy is leave one source out, and the older fit set
// (calibration.csv) prints its per-point table with the memory and decode targets.

#include "testcatalog.h"

#include "db/calibrationcorpus.h"
#include "model/calibration.h"
#include "model/estimator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Point
{
    QString id;
    QString metric;   // decode_per_user, decode_aggregate, prefill, gpu_per_device, ram, kv_cache, total_memory
    double measured = 0;
    hw::Build build;
};

bool isMemory(const QString &metric)
{
    return metric == u"gpu_per_device" || metric == u"ram" || metric == u"kv_cache" || metric == u"total_memory";
}

double predicted(const hw::Estimate &e, const QString &metric)
{
    if (metric == u"decode_per_user")
        return e.decodePerUser;
    if (metric == u"decode_aggregate")
        return e.decodeAggregate;
    if (metric == u"prefill")
        return e.prefillTps;
    if (metric == u"gpu_per_device")
        return e.gpuPerDeviceGB;
    if (metric == u"ram")
        return e.ramGB;
    if (metric == u"kv_cache")
        return e.kvCacheGB;
    double total = 0; // total_memory: every device's use
    for (const hw::DeviceMemory &d : e.devices)
        total += d.usedGB() * d.count;
    return total;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

class TestCalibration final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;
    std::vector<Point> m_points;
    QMap<QString, QMap<QString, QString>> m_csv; // id -> column -> value

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cat.ok, qPrintable(m_cat.error));
        QFile csv(QStringLiteral(HWPLANNER_TEST_DATA "/calibration.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QTextStream in(&csv);
        const auto splitCsv = [](const QString &line) {
            QStringList cells;
            QString cell;
            bool quoted = false;
            for (QChar ch : line) {
                if (ch == u'"')
                    quoted = !quoted;
                else if (ch == u',' && !quoted) {
                    cells << cell;
                    cell.clear();
                } else
                    cell += ch;
            }
            cells << cell;
            return cells;
        };
        const QStringList header = splitCsv(in.readLine());
        while (!in.atEnd()) {
            const QStringList cells = splitCsv(in.readLine());
            for (int i = 0; i < header.size() && i < cells.size(); ++i)
                m_csv[cells.first()][header[i]] = cells[i];
        }

        QFile pointsFile(QStringLiteral(HWPLANNER_TEST_DATA "/calibration/points.json"));
        QVERIFY(pointsFile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(pointsFile.readAll()).object();
        for (const QJsonValue &v : root.value(u"points"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(u"id"_s).toString();
            hw::Build b;
            hwdb::BuildError error;
            QVERIFY2(hwdb::parseBuild(QJsonDocument(o.value(u"build"_s).toObject()).toJson(), id, m_cat.catalog, &b, &error), qPrintable(error.toString()));
            const QJsonObject metrics = o.value(u"metrics"_s).toObject();
            for (auto it = metrics.begin(); it != metrics.end(); ++it) {
                bool ok = false;
                const double measured = m_csv.value(id).value(it.value().toString()).toDouble(&ok);
                QVERIFY2(ok, qPrintable(id + u" has no "_s + it.value().toString()));
                m_points.push_back({id, it.key(), measured, b});
            }
            const QJsonObject inline_ = o.value(u"measured"_s).toObject();
            for (auto it = inline_.begin(); it != inline_.end(); ++it)
                m_points.push_back({id, it.key(), it.value().toDouble(), b});
        }
        QVERIFY(m_points.size() >= 15);
    }

    // The shipped factors are the fit on every corpus point (hw::fitFactors, the same code that
    // `hwplanner accuracy` refits per source): a stored value that drifts from it fails here.
    // Refit: hwplanner accuracy --json --factors > f.json; tests/data/calibration/apply_factors.py f.json resources/catalog/seed.json
    void storedFactorsAreTheFit()
    {
        hwdb::CorpusPoints corpus = hwdb::loadCorpus(m_cat.catalog);
        QVERIFY2(corpus.errors.isEmpty(), qPrintable(corpus.errors.join(u"; "_s)));
        const hw::FitResult fit = hw::fitFactors(corpus.points);
        QTextStream out(stdout);
        out << "\nFitted runtime factors (stored in the seed catalog -> fitted on the corpus):\n";
        const std::vector<hw::FitFactor> &factors = hw::calibrationFactors();
        QCOMPARE(fit.values.size(), factors.size());
        for (std::size_t k = 0; k < factors.size(); ++k) {
            const hw::FitFactor &f = factors[k];
            QVERIFY2(fit.points[k] > 0, f.name);
            const double v = fit.values[k];
            QVERIFY2(v >= f.lo && v <= f.hi, f.name);
            for (const std::string &id : f.runtimes) {
                const hw::RuntimeSpec *r = m_cat.catalog.runtime(id);
                QVERIFY2(r, id.c_str());
                const double s = r->*f.field;
                out << QStringLiteral("  %1 %2  stored %3  fitted %4  (%5 points)\n").arg(QString::fromUtf8(f.name), -68).arg(QString::fromStdString(id), -13)
                           .arg(s, 8, 'f', 4).arg(v, 8, 'f', 4).arg(fit.points[k]);
                out.flush();
                QVERIFY2(std::abs(s - v) <= 0.02 * std::abs(v) + 0.002, qPrintable(QString::fromUtf8(f.name) + u" ("_s + QString::fromStdString(id)
                                                                                       + u"): refit and update resources/catalog/seed.json"_s));
            }
        }
    }

    // Held out means held out: the predictions for a source do not move when its own measurements do
    // (one refit without that source, one without another source whose predictions it informs).
    void heldOutIgnoresTheSourcesOwnPoints()
    {
        hwdb::CorpusPoints corpus = hwdb::loadCorpus(m_cat.catalog);
        QVERIFY(corpus.points.size() > 1);
        const std::string source = corpus.points.front().sourceId;
        const std::string runtime = corpus.points.front().build.runtime.id; // a source whose fit the first one informs
        const auto other = std::find_if(corpus.points.begin(), corpus.points.end(), [&](const hw::CalibrationPoint &p) {
            return p.sourceId != source && p.build.runtime.id == runtime && hw::isSpeedMetric(p.metric);
        });
        QVERIFY(other != corpus.points.end());
        const std::vector<std::string> two = {source, other->sourceId};
        const std::vector<hw::CorpusResult> before = hw::leaveOneSourceOut(corpus.points, two);
        int changed = 0;
        for (hw::CalibrationPoint &p : corpus.points)
            if (p.sourceId == source && hw::isSpeedMetric(p.metric)) {
                p.measured *= 3; // a wildly different measurement
                ++changed;
            }
        QVERIFY(changed > 0);
        const std::vector<hw::CorpusResult> after = hw::leaveOneSourceOut(corpus.points, two);
        QCOMPARE(after.size(), before.size());
        bool otherMoved = false;
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].heldOut, corpus.points[i].sourceId == source || corpus.points[i].sourceId == other->sourceId);
            if (after[i].sourceId == source)
                QCOMPARE(after[i].predicted, before[i].predicted);
            else if (after[i].predicted != before[i].predicted)
                otherMoved = true;
        }
        QVERIFY2(otherMoved, "the source's points inform the other sources' fits");
    }

    void residualTable()
    {
        QTextStream out(stdout);
        std::vector<double> memoryErrors, decodeErrors, fileErrors;
        out << "\nCalibration table (calibration.csv; GB = 10^9 bytes, tok/s):\n";
        out << QStringLiteral("  %1 %2 %3 %4 %5\n").arg(u"point"_s, -8).arg(u"metric"_s, -18).arg(u"measured"_s, 10).arg(u"predicted"_s, 10).arg(u"error"_s, 8);
        for (const Point &p : m_points) {
            const double v = predicted(hw::estimate(p.build, hw::Detail::Figures), p.metric);
            const double err = (v - p.measured) / p.measured;
            if (isMemory(p.metric))
                memoryErrors.push_back(std::abs(err));
            else if (p.metric == u"decode_per_user" || p.metric == u"decode_aggregate")
                decodeErrors.push_back(std::abs(err));
            out << QStringLiteral("  %1 %2 %3 %4 %5%\n").arg(p.id, -8).arg(p.metric, -18).arg(p.measured, 10, 'f', 2).arg(v, 10, 'f', 2).arg(err * 100, 7, 'f', 1);
        }
        // File sizes predicted from params x bits per weight alone (the catalog's stored sizes ignored).
        QFile pointsFile(QStringLiteral(HWPLANNER_TEST_DATA "/calibration/points.json"));
        QVERIFY(pointsFile.open(QIODevice::ReadOnly));
        const QJsonArray files = QJsonDocument::fromJson(pointsFile.readAll()).object().value(u"file_sizes"_s).toArray();
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(u"id"_s).toString();
            const hw::ModelSpec *m = m_cat.catalog.model(o.value(u"model"_s).toString().toStdString());
            const hw::QuantSpec *q = m_cat.catalog.quant(o.value(u"quant"_s).toString().toStdString());
            QVERIFY(m && q);
            const double measured = m_csv.value(id).value(u"weights_GB"_s).toDouble();
            const double v2 = m->totalParamsB * q->bitsPerWeight / 8.0;
            const double err = (v2 - measured) / measured;
            fileErrors.push_back(std::abs(err));
            out << QStringLiteral("  %1 %2 %3 %4 %5%\n").arg(id, -8).arg(u"file (params x bpw)"_s, -18).arg(measured, 10, 'f', 2).arg(v2, 10, 'f', 2).arg(err * 100, 7, 'f', 1);
        }
        const double memMedian = median(memoryErrors), decodeMedian = median(decodeErrors), fileMedian = median(fileErrors);
        std::vector<double> allMemory = memoryErrors;
        allMemory.insert(allMemory.end(), fileErrors.begin(), fileErrors.end());
        out << QStringLiteral("\n  median |error|: memory footprints %1% (%2 points), file sizes from bpw %3% (%4), all memory %5%; decode tok/s %6% (%7 points)\n")
                   .arg(memMedian * 100, 0, 'f', 1).arg(memoryErrors.size()).arg(fileMedian * 100, 0, 'f', 1).arg(fileErrors.size())
                   .arg(median(allMemory) * 100, 0, 'f', 1).arg(decodeMedian * 100, 0, 'f', 1).arg(decodeErrors.size());
        out.flush();
        QVERIFY2(memMedian <= 0.10, "memory median error above 10%");
        QVERIFY2(median(allMemory) <= 0.10, "memory median error above 10%");
        // Decode here is in-sample for no factor any more (they are fitted on the corpus): printed, and
        // judged held out in heldOutCorpus.
    }

    // The held-out corpus (corpus.json): every usable point still parses and is predicted held out
    // (leave one source out); the engine stays within a factor of 2 on at least as many points as
    // when leave-one-source-out was introduced (65.9%). The report embedded for the speed ranges
    // (resources/catalog/accuracy.json) is this computation, not an older one.
    void heldOutCorpus()
    {
        QString error;
        const hw::AccuracyReport a = hwdb::seedAccuracy(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTextStream out(stdout);
        out << "\nHeld-out accuracy on the calibration corpus (corpus.json):\n";
        for (const QString &line : hwdb::accuracyToText(a))
            out << line << "\n";
        out.flush();
        QVERIFY(a.points >= 90);
        QVERIFY(a.sources >= 20);
        QCOMPARE(a.overall.heldOut, a.points);
        QVERIFY2(a.overall.within2x >= 0.65, "held-out share within 2x fell below 65% (66% when leave-one-source-out came)");

        const hw::AccuracyReport &shipped = hwdb::shippedAccuracy();
        const QString regenerate = u"; regenerate: hwplanner accuracy --write-report resources/catalog/accuracy.json, then rebuild"_s;
        QVERIFY2(shipped.points == a.points && shipped.sources == a.sources && shipped.classes.size() == a.classes.size(),
                 qPrintable(u"the embedded held-out report is of another corpus"_s + regenerate));
        const auto same = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y)); };
        for (std::size_t i = 0; i <= a.classes.size(); ++i) {
            const hw::ClassAccuracy &fresh = i < a.classes.size() ? a.classes[i] : a.overall;
            const hw::ClassAccuracy &stored = i < a.classes.size() ? shipped.classes[i] : shipped.overall;
            const QString what = QString::fromStdString(fresh.cls) + regenerate;
            QVERIFY2(stored.cls == fresh.cls && stored.points == fresh.points && stored.heldOut == fresh.heldOut, qPrintable(what));
            QVERIFY2(same(stored.heldOutMedianError, fresh.heldOutMedianError) && same(stored.within2x, fresh.within2x), qPrintable(what));
            for (const auto &[s, f] : {std::pair{stored.decode, fresh.decode}, std::pair{stored.prefill, fresh.prefill}})
                QVERIFY2(s.points == f.points && same(s.low, f.low) && same(s.high, f.high), qPrintable(what));
        }
        QVERIFY2(shipped.groups.size() == a.groups.size(), qPrintable(u"the embedded report has other likely-range groups"_s + regenerate));
        for (std::size_t i = 0; i < a.groups.size(); ++i) {
            const hw::RangeGroup &s = shipped.groups[i], &f = a.groups[i];
            const QString what = QString::fromStdString(f.cls + " " + f.kind) + regenerate;
            QVERIFY2(s.cls == f.cls && s.kind == f.kind && s.users == f.users && s.points == f.points && s.sources == f.sources, qPrintable(what));
            QVERIFY2(same(s.low, f.low) && same(s.high, f.high), qPrintable(what));
        }
    }

    // Rank p(n+1): 9 values give their smallest and largest as the 10th and 90th percentile (a new
    // value falls between them with probability 8/10), 19 values the 2nd and 18th.
    void predictionPercentileWidensSmallSamples()
    {
        std::vector<double> nine, nineteen;
        for (int i = 1; i <= 19; ++i)
            (i <= 9 ? nine : nineteen).push_back(i);
        for (int i = 1; i <= 9; ++i)
            nineteen.push_back(i);
        QCOMPARE(hw::predictionPercentile(nine, 0.1), 1.0);
        QCOMPARE(hw::predictionPercentile(nine, 0.9), 9.0);
        QCOMPARE(hw::predictionPercentile(nineteen, 0.1), 2.0);
        QCOMPARE(hw::predictionPercentile(nineteen, 0.9), 18.0);
        QCOMPARE(hw::predictionPercentile({3.0, 1.0}, 0.1), 1.0); // clamped: no extrapolation beyond the data
        QCOMPARE(hw::predictionPercentile({}, 0.5), 0.0);
        QVERIFY(qAbs(hw::percentile(nine, 0.1) - 1.8) < 1e-12); // the class table keeps the plain percentile
    }

    // A group with too few points, or too few sources, gives way to the next coarser one.
    void rangeGroupFallsBack()
    {
        std::vector<hw::CorpusResult> r;
        const auto add = [&](const char *source, const char *cls, const char *metric, double ratio, int users) {
            hw::CorpusResult p{"p", source, cls, metric, 10.0 * ratio, 10.0, true};
            p.users = users;
            r.push_back(p);
        };
        for (const char *s : {"S1", "S2", "S3"})
            for (int i = 0; i < 2; ++i)
                add(s, "tp_in_node", "decode_per_user", 1.0 + 0.1 * i, 1); // one user: 6 points from 3 sources
        for (int i = 0; i < 8; ++i)
            add("S4", "tp_in_node", "decode_aggregate", 2.0 + 0.1 * i, 16); // several users: 8 points, 1 source
        add("S5", "tp_in_node", "decode_aggregate", 3.0, 16);
        add("S6", "single_gpu", "decode_per_user", 1.0, 1); // single_gpu: 1 point
        const hw::AccuracyReport a = hw::summariseAccuracy(r);

        const hw::RangeGroup *one = hw::rangeGroupFor(a, "tp_in_node", "decode", 1);
        QVERIFY(one);
        QCOMPARE(one->users, 1); // its own group: enough points and sources
        QCOMPARE(one->points, 6);
        QCOMPARE(one->sources, 3);
        const hw::RangeGroup *several = hw::rangeGroupFor(a, "tp_in_node", "decode", 16);
        QVERIFY(several);
        QCOMPARE(several->users, 0); // 9 points but 2 sources: the class's decode group instead
        QCOMPARE(several->cls, std::string("tp_in_node"));
        QCOMPARE(several->points, 15);
        QCOMPARE(several->sources, 5);
        const hw::RangeGroup *single = hw::rangeGroupFor(a, "single_gpu", "decode", 1);
        QVERIFY(single);
        QCOMPARE(single->cls, std::string("all")); // 1 point of its own: every class
        QCOMPARE(single->points, 16);
        QVERIFY(!hw::rangeGroupFor(a, "single_gpu", "prefill", 1)); // no prefill point anywhere: no range
        // The basis sentence names the group it came from.
        const std::string basis = hw::english(hw::rangeBasis(*one));
        QVERIFY2(basis.find("6 public measurements from 3 sources") != std::string::npos, basis.c_str());
        QVERIFY2(basis.find("over the GPUs of one node") != std::string::npos, basis.c_str());
        QVERIFY2(basis.find("one user at a time") != std::string::npos, basis.c_str());
    }

    // The range check judges each point on a range drawn without its own source: four sources whose
    // ratios are 1, 2, 4 and 8 leave the outer two outside the range of the others (50% inside);
    // drawing from every source would put all of them inside.
    void rangeCheckLeavesTheOwnSourceOut()
    {
        std::vector<hw::CorpusResult> r;
        for (const auto &[source, ratio] : {std::pair{"S1", 1.0}, std::pair{"S2", 2.0}, std::pair{"S3", 4.0}, std::pair{"S4", 8.0}})
            for (int i = 0; i < 5; ++i)
                r.push_back({"p", source, "cpu_only", "decode_per_user", 10.0 * ratio, 10.0, true});
        const hw::AccuracyReport a = hw::summariseAccuracy(r);
        QCOMPARE(a.ranges.points, 20);
        QCOMPARE(a.ranges.inside, 0.5);
        QCOMPARE(a.ranges.medianWidth, 6.0); // S1, S4: 2-8 and 1-4 (4x); S2, S3: 1-8 (8x)
        const hw::RangeGroup *all = hw::rangeGroupFor(a, "cpu_only", "decode", 1);
        QVERIFY(all); // the shipped group holds every source
        QCOMPARE(all->points, 20);
        QCOMPARE(all->low, 1.0);
        QCOMPARE(all->high, 8.0);
    }

    // The report file gives back the groups as computed; a version-1 file (no groups) gives each
    // class's ratios as the class's group, as version 1 drew its ranges.
    void reportFileRoundTrips()
    {
        std::vector<hw::CorpusResult> r;
        for (int s = 0; s < 4; ++s)
            for (int i = 0; i < 3; ++i) {
                hw::CorpusResult p{"p", "S" + std::to_string(s), "tp_in_node", i == 2 ? "prefill" : "decode_aggregate", 10.0 + s + i, 10.0, true};
                p.users = 1 + 7 * (s % 2);
                r.push_back(p);
            }
        const hw::AccuracyReport a = hw::summariseAccuracy(r);
        QVERIFY(!a.groups.empty());
        const QJsonObject file = QJsonDocument::fromJson(QJsonDocument(hwdb::accuracyToReportFile(a)).toJson()).object();
        QCOMPARE(file.value(u"version"_s).toInt(), 2);
        hw::AccuracyReport back;
        QVERIFY(hwdb::accuracyFromReportFile(file, &back));
        QCOMPARE(back.groups.size(), a.groups.size());
        for (std::size_t i = 0; i < a.groups.size(); ++i) {
            const hw::RangeGroup &x = a.groups[i], &y = back.groups[i];
            QVERIFY(x.cls == y.cls && x.kind == y.kind && x.users == y.users && x.points == y.points && x.sources == y.sources);
            QCOMPARE(y.low, x.low);
            QCOMPARE(y.high, x.high);
        }
        QCOMPARE(back.classes.size(), a.classes.size());
        QCOMPARE(back.overall.decode.high, a.overall.decode.high);

        QJsonObject v1 = file;
        v1.remove(u"version"_s);
        v1.remove(u"range_groups"_s);
        hw::AccuracyReport old;
        QVERIFY(hwdb::accuracyFromReportFile(v1, &old));
        const hw::RangeGroup *g = hw::rangeGroupFor(old, "tp_in_node", "decode", 8);
        QVERIFY(g);
        QCOMPARE(g->cls, std::string("tp_in_node"));
        QCOMPARE(g->users, 0);
        QCOMPARE(g->sources, -1); // not known: the sources minimum does not apply
        QCOMPARE(g->points, a.find("tp_in_node")->decode.points);
        QCOMPARE(g->low, a.find("tp_in_node")->decode.low);
        QVERIFY(!hwdb::accuracyFromReportFile(QJsonObject{}, &old));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
