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

    // Seed 000's build: 2 nodes of 8 x A100 80GB, 2 x Xeon 8358 and 512 GB each, for 100 users. Priced with the seed's
    // whole-node quote (1.85M CNY each) it is complete and within the documents' 3.5-3.7M for two nodes (2.5-5M allowed).
    void sourceDocumentsTwoA100Nodes()
    {
        const hw::Catalog &catalog = m_cat.catalog;
        const hw::Build b = m_cat.build(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "awq-int4", "runtime": "vllm",
            "gpu": {"id": "a100-80g", "count": 8}, "nodes": 2, "cpu": {"id": "xeon-8358", "sockets": 2}, "ram": {"gb": 512},
            "workload": {"users": 100}})");
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(catalog, s);
        const hw::Estimate e = hw::estimate(b);
        const hw::CostResult cost = hw::costOf(b, e, *book, s);
        QVERIFY2(cost.complete(), cost.missingPrices.empty() ? "" : cost.missingPrices.front().c_str());
        QVERIFY2(cost.capex >= 2.5e6 && cost.capex <= 5e6, qPrintable(QString::number(cost.capex, 'f', 0)));
        const std::optional<hw::PriceQuote> nic = book->latest(hw::PartKind::Nic, "ib-400g"); // the seed's NDR adapter price
        QVERIFY(nic);
        QCOMPARE(cost.capex, 2 * 1850000.0 + 2 * nic->amount);
        QCOMPARE(cost.lines.front().kind, hw::PartKind::System);
        QCOMPARE(cost.lines.front().qty, 2.0);
        QCOMPARE(cost.lines.size(), std::size_t(2)); // the two nodes and their adapters
        QCOMPARE(cost.perUser.has_value(), e.maxUsers > 0);
        QVERIFY(cost.perMillionTokens.has_value());
        // Without the adapter's price the same build is incomplete: no ratio, and the sweep leaves it out of the ranking.
        hw::Catalog noNic = catalog;
        std::erase_if(noNic.prices, [](const hw::PriceRecord &r) { return r.kind == hw::PartKind::Nic && r.partId == "ib-400g"; });
        const auto seedBook = hwdb::makePriceBook(noNic, s);
        const hw::CostResult without = hw::costOf(b, e, *seedBook, s);
        QVERIFY(!without.complete());
        QCOMPARE(without.capex, 2 * 1850000.0);
        QVERIFY(!without.perUser && !without.perMillionTokens);

        // The sweep prices the same point the same way.
        hw::SweepTarget t = hw::sweepTargetFor(b);
        t.quantIds = {"awq-int4"};
        t.runtimeIds = {"vllm"};
        for (const auto *prices : {book.get(), seedBook.get()}) {
            const hw::SweepResult r = hw::sweep(catalog, t, *prices, s);
            int found = 0;
            for (const hw::SweepPoint &p : r.points) {
                if (p.gpu < 0 || catalog.gpus[size_t(p.gpu)].id != "a100-80g" || p.gpusPerNode != 8 || p.nodes != 2)
                    continue;
                ++found;
                QCOMPARE(p.priced, prices == book.get());
                if (p.priced)
                    QCOMPARE(p.capex, cost.capex);
            }
            QCOMPARE(found, 1);
        }
    }

    // Removing a price from the cheapest recommended build's part must push that build out of the ranking, never to
    // the top as if the part cost 0; the chart's frontier holds priced points only.
    void rankingNeverPutsIncompleteFirst_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("its GPU unpriced") << u"gpu"_s;
        QTest::newRow("platforms unpriced (its CPU comes in the kit)") << u"platform"_s;
        QTest::newRow("NVMe unpriced") << u"nvme"_s;
        QTest::newRow("memory unpriced") << u"memory"_s;
    }

    void rankingNeverPutsIncompleteFirst()
    {
        QFETCH(QString, kind);
        hw::SweepTarget t;
        t.modelIds = {"r1-distill-qwen-32b"};
        t.users = 5;
        t.minTpsPerUser = 10;
        t.top = 5;
        const hw::CostSettings s;
        const auto full = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::SweepResult before = hw::sweep(m_cat.catalog, t, *full, s);
        QVERIFY(!before.recommended.empty());
        const hw::SweepPoint cheapest = before.points[before.recommended.front()];
        const hw::Build cheapestBuild = hw::sweepBuild(m_cat.catalog, t, cheapest);
        hw::PartKind removed = hw::PartKind::Gpu;
        QVERIFY(hw::partKindFromName(kind.toStdString(), &removed));
        std::string part;
        if (removed == hw::PartKind::Gpu)
            part = cheapestBuild.gpu ? cheapestBuild.gpu->id : std::string();
        hw::Catalog catalog = m_cat.catalog;
        const auto before_size = catalog.prices.size();
        std::erase_if(catalog.prices, [&](const hw::PriceRecord &r) {
            const bool system = removed == hw::PartKind::Gpu && r.kind == hw::PartKind::System && r.partId.rfind(part + ":", 0) == 0;
            return system || (r.kind == removed && (part.empty() || r.partId == part));
        });
        QVERIFY(catalog.prices.size() < before_size);
        const auto book = hwdb::makePriceBook(catalog, s);
        const hw::SweepResult r = hw::sweep(catalog, t, *book, s);
        // The build that was cheapest is now incomplete (unless the removed part was not on its bill) and is not ranked.
        const hw::CostResult cost = hw::costOf(cheapestBuild, hw::estimate(cheapestBuild, hw::Detail::Figures), *book, s);
        double last = 0;
        for (std::size_t i : r.recommended) {
            const hw::SweepPoint &p = r.points[i];
            QVERIFY(p.priced);
            const hw::Build b = hw::sweepBuild(catalog, t, p);
            const hw::CostResult c = hw::costOf(b, hw::estimate(b, hw::Detail::Figures), *book, s);
            QVERIFY2(c.complete(), qPrintable(QString::fromStdString(b.name)));
            QVERIFY(p.capex >= last);
            last = p.capex;
            if (!cost.complete())
                QVERIFY2(b.name != cheapestBuild.name, qPrintable(QString::fromStdString(b.name)));
        }
        for (std::size_t i : r.frontierAggregate)
            QVERIFY(r.points[i].priced);
        for (std::size_t i : r.frontierPerUser)
            QVERIFY(r.points[i].priced);
        for (std::size_t i : r.unpricedFeasible)
            QVERIFY(!r.points[i].priced && r.points[i].meets);
        if (!cost.complete()) {
            bool listed = false; // it still meets the target: listed with the unpriced builds, after the ranking
            for (const hw::SweepPoint &p : r.points)
                listed = listed || (hw::sweepBuild(catalog, t, p).name == cheapestBuild.name && !p.priced && p.meets);
            QVERIFY(listed);
        }
    }

    // Two builds with the same throughput: only the cheaper is on the frontier (the dearer one is dominated).
    void frontierKeepsTheCheaperOfATie()
    {
        const std::vector<double> cost{100, 200, 150, 120, 300}, value{50, 50, 60, 40, 60};
        const std::vector<std::size_t> frontier = hw::paretoFrontier(cost, value);
        QCOMPARE(frontier, (std::vector<std::size_t>{0, 2}));
        // The same in a real sweep: along the frontier both capex and throughput rise strictly.
        hw::SweepTarget t;
        t.modelIds = {"r1-distill-qwen-32b"};
        t.users = 4;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::SweepResult r = hw::sweep(m_cat.catalog, t, *book, s);
        QVERIFY(r.frontierAggregate.size() > 2);
        for (std::size_t k = 1; k < r.frontierAggregate.size(); ++k) {
            const hw::SweepPoint &a = r.points[r.frontierAggregate[k - 1]], &b = r.points[r.frontierAggregate[k]];
            QVERIFY2(b.aggregate > a.aggregate && b.capex > a.capex, qPrintable(u"%1 CNY %2 tok/s then %3 CNY %4 tok/s"_s.arg(a.capex).arg(a.aggregate).arg(b.capex).arg(b.aggregate)));
        }
    }

    // Skipping builds that cannot be priced (the quotes' sweep) leaves the frontier exactly as it was.
    void pricedOnlyKeepsTheFrontier()
    {
        for (const char *model : {"deepseek-r1", "r1-distill-qwen-32b"}) {
            hw::SweepTarget t;
            t.modelIds = {model};
            t.users = 64;
            t.minTpsPerUser = 14;
            const hw::CostSettings s;
            const auto book = hwdb::makePriceBook(m_cat.catalog, s);
            const hw::SweepResult all = hw::sweep(m_cat.catalog, t, *book, s);
            t.pricedOnly = true;
            const hw::SweepResult priced = hw::sweep(m_cat.catalog, t, *book, s);
            QVERIFY(all.frontierAggregate.size() > 2);
            QCOMPARE(priced.frontierAggregate.size(), all.frontierAggregate.size());
            for (std::size_t k = 0; k < all.frontierAggregate.size(); ++k) {
                QCOMPARE(priced.points[priced.frontierAggregate[k]].capex, all.points[all.frontierAggregate[k]].capex);
                QCOMPARE(priced.points[priced.frontierAggregate[k]].aggregate, all.points[all.frontierAggregate[k]].aggregate);
            }
            QCOMPARE(priced.recommended.size(), all.recommended.size());
            for (std::size_t k = 0; k < all.recommended.size(); ++k)
                QCOMPARE(priced.points[priced.recommended[k]].capex, all.points[all.recommended[k]].capex);
        }
    }

    void qualityClasses()
    {
        const hw::Catalog &c = m_cat.catalog;
        QCOMPARE(hw::qualityClass(*c.model("deepseek-r1"), *c.quant("fp8")), hw::QualityClass::Full);
        QCOMPARE(hw::qualityClass(*c.model("deepseek-r1"), *c.quant("awq-int4")), hw::QualityClass::Quant);
        QCOMPARE(hw::qualityClass(*c.model("qwen3-32b"), *c.quant("fp8")), hw::QualityClass::Quant); // published in BF16
        QCOMPARE(hw::qualityClass(*c.model("qwen3-32b"), *c.quant("bf16")), hw::QualityClass::Full);
        QCOMPARE(hw::qualityClass(*c.model("r1-distill-qwen-32b"), *c.quant("bf16")), hw::QualityClass::Distill);
        // The Distill bit lets distilled models in; Full and Quant select the precision of any model.
        QVERIFY(!hw::passesQuality(unsigned(hw::QualityClass::Full), *c.model("r1-distill-qwen-32b"), *c.quant("bf16")));
        QVERIFY(hw::passesQuality(unsigned(hw::QualityClass::Full) | unsigned(hw::QualityClass::Distill), *c.model("r1-distill-qwen-32b"), *c.quant("bf16")));
        QVERIFY(!hw::passesQuality(unsigned(hw::QualityClass::Full) | unsigned(hw::QualityClass::Distill), *c.model("r1-distill-qwen-32b"), *c.quant("q4_k_m")));
        QVERIFY(hw::passesQuality(0, *c.model("r1-distill-qwen-32b"), *c.quant("q4_k_m")));
        const std::vector<std::string> distills = hw::distillsOf(c, "deepseek-r1");
        QVERIFY(distills.size() >= 6);
        for (const std::string &id : distills)
            QCOMPARE(c.model(id)->kind, std::string("distill"));
        QVERIFY(hw::distillsOf(c, "qwen3-32b").empty());
        QVERIFY(hw::inVendorGroup("Huawei", "domestic"));
        QVERIFY(hw::inVendorGroup("Moore Threads", "domestic"));
        QVERIFY(!hw::inVendorGroup("NVIDIA", "domestic"));
        QVERIFY(hw::inVendorGroup("NVIDIA", ""));
        QVERIFY(hw::isAftermarket(*c.gpu("rtx-2080ti-22g")));
        QVERIFY(!hw::isAftermarket(*c.gpu("rtx-2080ti")));
    }

    // The one table of quality ids round-trips; the filters go into a target the same way for the page and the CLI.
    void filtersGoIntoTheTarget()
    {
        for (hw::QualityClass q : {hw::QualityClass::Full, hw::QualityClass::Quant, hw::QualityClass::Distill}) {
            hw::QualityClass parsed = hw::QualityClass::Full;
            QVERIFY(hw::parseQualityClass(hw::qualityClassId(q), &parsed));
            QCOMPARE(parsed, q);
        }
        hw::QualityClass parsed;
        QVERIFY(hw::parseQualityClass("QUANT", &parsed) && parsed == hw::QualityClass::Quant);
        QVERIFY(!hw::parseQualityClass("fp8", &parsed));
        for (const std::string &group : hw::vendorGroups())
            QVERIFY(group == "domestic" || hw::inVendorGroup(group, group));

        const hw::Catalog &c = m_cat.catalog;
        hw::SweepTarget t;
        t.modelIds = {"deepseek-r1"};
        hw::SweepFilters f;
        f.qualities = unsigned(hw::QualityClass::Full);
        f.newOnly = true;
        f.vendorGroup = "domestic";
        f.runtimeIds = {"vllm"};
        f.budget = 500000;
        hw::applySweepFilters(c, f, &t);
        QCOMPARE(t.qualities, unsigned(hw::QualityClass::Full));
        QVERIFY(t.newOnly);
        QCOMPARE(t.vendorGroup, std::string("domestic"));
        QCOMPARE(t.runtimeIds, std::vector<std::string>{"vllm"});
        QCOMPARE(t.budget, 500000.0);
        QCOMPARE(t.modelIds, std::vector<std::string>{"deepseek-r1"}); // no Distill bit: no distilled model joins
        // The Distill bit brings the distilled models of the named model, each once.
        f.qualities |= unsigned(hw::QualityClass::Distill);
        hw::applySweepFilters(c, f, &t);
        QCOMPARE(t.modelIds.size(), 1 + hw::distillsOf(c, "deepseek-r1").size());
        // A distilled model named is swept whatever the classes chosen.
        hw::SweepTarget d;
        d.modelIds = {"r1-distill-qwen-32b"};
        hw::applySweepFilters(c, hw::SweepFilters{unsigned(hw::QualityClass::Full), false, {}, {}, 0}, &d);
        QVERIFY(hw::passesQuality(d.qualities, *c.model("r1-distill-qwen-32b"), *c.quant("bf16")));
        QVERIFY(d.runtimeIds.empty()); // no runtime chosen: every runtime
    }

    // Each filter leaves only builds that pass it, and still leaves some.
    void filtersLeaveOnlyWhatTheyAllow_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("full model") << u"full"_s;
        QTest::newRow("quantised") << u"quant"_s;
        QTest::newRow("new only") << u"new"_s;
        QTest::newRow("domestic") << u"domestic"_s;
        QTest::newRow("AMD") << u"AMD"_s;
        QTest::newRow("llama.cpp") << u"llama.cpp"_s;
    }

    void filtersLeaveOnlyWhatTheyAllow()
    {
        QFETCH(QString, filter);
        const hw::Catalog &c = m_cat.catalog;
        hw::SweepTarget t;
        t.modelIds = {"qwen3-32b"};
        t.users = 2;
        t.minTpsPerUser = 5;
        if (filter == u"full")
            t.qualities = unsigned(hw::QualityClass::Full);
        else if (filter == u"quant")
            t.qualities = unsigned(hw::QualityClass::Quant);
        else if (filter == u"new")
            t.newOnly = true;
        else if (filter == u"llama.cpp")
            t.runtimeIds = {"llama.cpp"};
        else
            t.vendorGroup = filter.toStdString();
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(c, s);
        const hw::SweepResult r = hw::sweep(c, t, *book, s);
        QVERIFY(!r.points.empty());
        int aftermarketBefore = 0;
        for (const hw::SweepPoint &p : r.points) {
            const hw::QuantSpec &q = c.quants[size_t(p.quant)];
            const hw::GpuSpec *g = p.gpu >= 0 ? &c.gpus[size_t(p.gpu)] : nullptr;
            if (filter == u"full")
                QVERIFY2(q.bitsPerWeight >= 16, q.id.c_str());
            if (filter == u"quant")
                QVERIFY2(q.bitsPerWeight < 16, q.id.c_str());
            if (filter == u"domestic" || filter == u"AMD") {
                QVERIFY(g); // no CPU-only build under a vendor group
                QVERIFY2(hw::inVendorGroup(g->vendor, t.vendorGroup), g->vendor.c_str());
            }
            if (filter == u"llama.cpp")
                QCOMPARE(c.runtimes[size_t(p.runtime)].id, std::string("llama.cpp"));
            if (filter == u"new") {
                QVERIFY(!g || !hw::isAftermarket(*g));
                if (p.priced) { // every part it was priced with is new
                    const hw::Build b = hw::sweepBuild(c, t, p);
                    for (const hw::BomLine &line : hw::costOf(b, hw::estimate(b, hw::Detail::Figures), *book, s).lines)
                        if (line.price && line.qty > 0 && line.price->condition != "new")
                            ++aftermarketBefore;
                }
            }
        }
        QCOMPARE(aftermarketBefore, 0);
        if (filter == u"new") { // without the filter, the used 2080 Ti 22 GB is among the builds
            hw::SweepTarget any = t;
            any.newOnly = false;
            bool used = false;
            for (const hw::SweepPoint &p : hw::sweep(c, any, *book, s).points)
                used = used || (p.gpu >= 0 && c.gpus[size_t(p.gpu)].id == "rtx-2080ti-22g");
            QVERIFY(used);
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
            // A CPU only in a board it fits: a desktop part (or one whose product page the catalog lacks) on one socket.
            if (p.cpu >= 0)
                QVERIFY(p.sockets <= std::max(1, m_cat.catalog.cpus[size_t(p.cpu)].maxSockets));
            // A module GPU in a node of a size its baseboards come in.
            if (p.gpu >= 0) {
                const std::vector<int> &boards = m_cat.catalog.gpus[size_t(p.gpu)].boardGpus;
                QVERIFY(boards.empty() || std::find(boards.begin(), boards.end(), int(p.gpusPerNode)) != boards.end());
            }
            // Tensor parallel over a GPU count that divides the attention heads.
            const int heads = m_cat.catalog.models[size_t(p.model)].attentionHeads;
            if (rt.tensorParallel && p.gpu >= 0 && !m_cat.catalog.gpus[size_t(p.gpu)].unified && heads > 0)
                QVERIFY(heads % (p.gpusPerNode * p.nodes) == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
