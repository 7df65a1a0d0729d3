// Every item model of the interface on its own, under QAbstractItemModelTester: filled, refilled with
// other data and emptied, without a main window around it (the window tests cover them wired up).

#include "testcatalog.h"

#include "model/claims.h"
#include "model/cost.h"
#include "model/estimator.h"
#include "model/sweep.h"
#include "ui/claimmodels.h"
#include "ui/comparemodel.h"
#include "ui/resultmodels.h"
#include "ui/sweepmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Two builds that differ in every table: an 8-GPU serving node and a one-card hybrid box.
const QByteArray kServer = R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "fp8", "runtime": "sglang",
    "gpu": {"id": "h200", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 16}})";
const QByteArray kHybrid = R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "q4_k_m", "runtime": "ktransformers",
    "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1},
    "ram": {"gb": 512, "mts": 4800, "channels": 8}, "workload": {"users": 1}})";

} // namespace

class TestItemModels final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;
    hw::CostSettings m_settings;
    std::unique_ptr<hw::InMemoryPriceBook> m_prices;

    struct Evaluated
    {
        hw::Build build;
        hw::Estimate estimate;
        hw::CostResult cost;
    };
    Evaluated evaluate(const QByteArray &json) const
    {
        Evaluated e;
        e.build = m_cat.build(json);
        e.estimate = hw::estimate(e.build, hw::Detail::Explained);
        e.cost = hw::costOf(e.build, e.estimate, *m_prices, m_settings);
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cat.ok, qPrintable(m_cat.error));
        m_prices = hwdb::makePriceBook(m_cat.catalog, m_settings);
    }

    void memoryAndConcurrencyModels()
    {
        hwui::MemoryModel memory;
        hwui::ConcurrencyModel concurrency;
        QAbstractItemModelTester t1(&memory, kMode);
        QAbstractItemModelTester t2(&concurrency, kMode);
        QCOMPARE(memory.rowCount(), 0);
        for (const QByteArray &json : {kServer, kHybrid, kServer}) {
            const Evaluated e = evaluate(json);
            QVERIFY(e.estimate.runs);
            memory.setEstimate(e.estimate);
            concurrency.setBuild(e.build, e.estimate.runs);
            QVERIFY(memory.rowCount() > 0);
            QVERIFY(concurrency.rowCount() > 0);
        }
        concurrency.setBuild(evaluate(kHybrid).build, false); // a build that cannot run has no speeds to list
    }

    void bomModel()
    {
        hwui::BomModel bom;
        QAbstractItemModelTester tester(&bom, kMode);
        const Evaluated server = evaluate(kServer);
        bom.setCost(server.cost);
        const int serverRows = bom.rowCount();
        QVERIFY2(serverRows > 0, qPrintable(QString::number(serverRows)));
        bom.setCost(evaluate(kHybrid).cost); // unpriced platform: still a row, never dropped
        QVERIFY2(bom.rowCount() > 2, qPrintable(QString::number(bom.rowCount()))); // GPU, CPU, memory, platform at least
        bom.setCost({});
    }

    void compareModel()
    {
        hwui::CompareModel compare;
        QAbstractItemModelTester tester(&compare, kMode);
        QCOMPARE(compare.columnCount(), 0);
        for (const QByteArray &json : {kServer, kHybrid}) {
            const Evaluated e = evaluate(json);
            compare.pin({u"build"_s, e.build, e.estimate, e.cost});
        }
        QCOMPARE(compare.columnCount(), 2);
        QCOMPARE(compare.rowCount(), int(hwui::CompareModel::RowCount));
        compare.unpin(0);
        QCOMPARE(compare.columnCount(), 1);
        compare.clear();
        QCOMPARE(compare.columnCount(), 0);
    }

    void sweepModel()
    {
        hwui::SweepModel model;
        QAbstractItemModelTester tester(&model, kMode);
        hw::SweepTarget target;
        target.modelIds = {"r1-distill-qwen-32b"};
        target.users = 4;
        target.minTpsPerUser = 6;
        model.setResult(m_cat.catalog, target, hw::sweep(m_cat.catalog, target, *m_prices, m_settings), m_prices.get(), m_settings);
        const int rows = model.rowCount();
        QVERIFY(rows > 10);
        target.users = 50; // a narrower result replaces the first one whole
        model.setResult(m_cat.catalog, target, hw::sweep(m_cat.catalog, target, *m_prices, m_settings), m_prices.get(), m_settings, 20);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() != rows);
        model.setResult(m_cat.catalog, target, {}, m_prices.get(), m_settings);
        QCOMPARE(model.rowCount(), 0);
    }

    void checklistAndFindingsModels()
    {
        hwui::ChecklistModel checklist;
        hwui::FindingsModel findings;
        QAbstractItemModelTester t1(&checklist, kMode);
        QAbstractItemModelTester t2(&findings, kMode);
        for (const QByteArray &json : {kServer, kHybrid}) {
            const Evaluated e = evaluate(json);
            checklist.setItems(hw::buyerChecklist(e.build, e.estimate, e.cost));
            QCOMPARE(checklist.rowCount(), 4);
        }
        const std::string offer = "满血版 DeepSeek R1 一体机，4卡4090，双路至强8480，1TB 内存，支持100人并发，每人 14 tokens/s，19.8万元";
        const hw::ClaimReport report = hw::checkClaim(hw::extractClaim(offer, m_cat.catalog), m_cat.catalog, *m_prices, m_settings);
        findings.setFindings(report.findings);
        QVERIFY(findings.rowCount() > 0);
        findings.setFindings({});
        QCOMPARE(findings.rowCount(), 0);
        checklist.setItems({});
        QCOMPARE(checklist.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
