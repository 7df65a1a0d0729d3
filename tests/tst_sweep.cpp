#include "testcatalog.h"

#include "model/sweep.h"

#include <random>

using namespace Qt::StringLiterals;

class TestSweep final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;

private slots:
    void initTestCase() { QVERIFY2(m_cat.ok, qPrintable(m_cat.error)); }

    // On generated data: no frontier point is dominated, and every other point is dominated by one.
    void paretoOnGeneratedData()
    {
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> cost(1, 1000), value(0, 100);
        std::vector<double> c(3000), v(3000);
        for (size_t i = 0; i < c.size(); ++i) {
            c[i] = std::round(cost(rng)); // ties in cost happen
            v[i] = std::round(value(rng));
        }
        const std::vector<std::size_t> frontier = hw::paretoFrontier(c, v);
        QVERIFY(!frontier.empty());
        const auto dominates = [&](size_t a, size_t b) { return c[a] <= c[b] && v[a] >= v[b] && (c[a] < c[b] || v[a] > v[b]); };
        std::vector<bool> on(c.size(), false);
        for (size_t f : frontier) {
            on[f] = true;
            for (size_t j = 0; j < c.size(); ++j)
                QVERIFY2(!dominates(j, f), qPrintable(u"frontier point %1 dominated by %2"_s.arg(f).arg(j)));
        }
        for (size_t k = 1; k < frontier.size(); ++k) {
            QVERIFY(c[frontier[k]] > c[frontier[k - 1]]);
            QVERIFY(v[frontier[k]] > v[frontier[k - 1]]);
        }
        for (size_t j = 0; j < c.size(); ++j) {
            if (on[j])
                continue;
            bool dominated = false;
            for (size_t f : frontier)
                dominated = dominated || dominates(f, j) || (c[f] == c[j] && v[f] == v[j]);
            QVERIFY2(dominated, qPrintable(u"point %1 is neither on the frontier nor dominated"_s.arg(j)));
        }
    }

    // The sweep's fast capex must equal the bill of materials', and its picks must meet the target.
    void recommendationsMeetTheTargetAndPriceConsistently()
    {
        hw::SweepTarget t;
        t.modelIds = {"r1-distill-qwen-32b"};
        t.users = 5;
        t.minTpsPerUser = 10;
        t.budget = 200000;
        t.top = 5;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::SweepResult r = hw::sweep(m_cat.catalog, t, *book, s);
        QVERIFY(r.evaluated > 1000);
        QVERIFY(!r.recommended.empty());
        double last = 0;
        for (std::size_t i : r.recommended) {
            const hw::SweepPoint &p = r.points[i];
            QVERIFY(p.capex >= last);
            last = p.capex;
            QVERIFY(p.capex <= t.budget);
            const hw::Build b = hw::sweepBuild(m_cat.catalog, t, p);
            const hw::Estimate e = hw::estimate(b, hw::Detail::Figures);
            QVERIFY(e.fits);
            QVERIFY(e.decodePerUser >= t.minTpsPerUser);
            const hw::CostResult cost = hw::costOf(b, e, *book, s);
            QVERIFY(cost.complete());
            QVERIFY2(qAbs(cost.capex - p.capex) < 0.01, qPrintable(u"%1 vs %2 for %3"_s.arg(cost.capex).arg(p.capex).arg(QString::fromStdString(b.name))));
            // The build document is a valid build file that estimates the same.
            hw::Build back;
            hwdb::BuildError error;
            QVERIFY2(hwdb::parseBuild(QJsonDocument(hwdb::buildToJson(b)).toJson(), u"sweep"_s, m_cat.catalog, &back, &error), qPrintable(error.toString()));
            QCOMPARE(hw::estimate(back, hw::Detail::Figures).decodeAggregate, e.decodeAggregate);
        }
        for (std::size_t i : r.frontierAggregate) {
            const hw::Build b = hw::sweepBuild(m_cat.catalog, t, r.points[i]);
            const hw::Estimate e = hw::estimate(b, hw::Detail::Figures);
            QVERIFY(qAbs(hw::costOf(b, e, *book, s).capex - r.points[i].capex) < 0.01);
        }
    }

    void cancelStops()
    {
        hw::SweepTarget t;
        t.users = 1;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        int calls = 0;
        const hw::SweepResult r = hw::sweep(m_cat.catalog, t, *book, s, [&](double) { return ++calls < 3; });
        QVERIFY(r.cancelled);
        QCOMPARE(calls, 3);
    }

    void incompatibleCombinationsAreNotOffered()
    {
        hw::SweepTarget t;
        t.modelIds = {"r1-distill-llama-8b", "deepseek-r1"};
        t.users = 1;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::SweepResult r = hw::sweep(m_cat.catalog, t, *book, s);
        for (const hw::SweepPoint &p : r.points) {
            const hw::RuntimeSpec &rt = m_cat.catalog.runtimes[size_t(p.runtime)];
            if (p.gpu >= 0)
                QVERIFY(rt.runsOn(m_cat.catalog.gpus[size_t(p.gpu)].vendor));
            else
                QVERIFY(!rt.expertOffload); // KTransformers needs a GPU
            if (m_cat.catalog.quants[size_t(p.quant)].nonExpertBits > 0)
                QVERIFY(m_cat.catalog.models[size_t(p.model)].isMoe());
        }
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
