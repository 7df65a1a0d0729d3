// The claim checker on the source documents' own claims (domain.md section 9), and the text extractor.

#include "testcatalog.h"

#include "db/claimfile.h"
#include "model/claims.h"

#include <cmath>

using namespace Qt::StringLiterals;

class TestClaims final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;

    hw::ClaimReport check(const hw::Claim &claim)
    {
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        return hw::checkClaim(claim, m_cat.catalog, *book, s);
    }
    static const hw::Finding *finding(const hw::ClaimReport &r, const std::string &id)
    {
        for (const hw::Finding &f : r.findings)
            if (f.id == id)
                return &f;
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY2(m_cat.ok, qPrintable(m_cat.error)); }

    void seedClaims_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("findingId");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("verdict");
        const auto doc = [](const char *body) -> QByteArray { return QByteArray("{\"format\": \"hwplanner.claim/1\", ") + body + "}"; };
        QTest::newRow("seed 001: R1-0528 has 12.8B parameters")
            << doc(R"("build": {"model": "deepseek-r1-0528"}, "claims": {"params_b": 12.8, "context_window": 2048})") << u"parameter-count-mismatch"_s
            << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 001: ... and a 2048-token window")
            << doc(R"("build": {"model": "deepseek-r1-0528"}, "claims": {"params_b": 12.8, "context_window": 2048})") << u"context-window-mismatch"_s
            << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 001: R1-0528 at 8 bit in 32 GB on a 5,000 CNY Ryzen box")
            << doc(R"("build": {"model": "deepseek-r1-0528", "quant": "q8_0", "cpu": {"id": "ryzen-9-7950x"}, "ram": {"gb": 64}},
                       "claims": {"model_memory_gb": 32, "price": 5000})")
            << u"model-memory-understated"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 001: ... which can only page from the SSD")
            << doc(R"("build": {"model": "deepseek-r1-0528", "quant": "q8_0", "cpu": {"id": "ryzen-9-7950x"}, "ram": {"gb": 64}},
                       "claims": {"model_memory_gb": 32, "price": 5000})")
            << u"needs-ssd-paging"_s << u"warning"_s << u"impossible"_s;
        QTest::newRow("seed 001: 8 x A100 for 60,000 CNY")
            << doc(R"("build": {"gpu": {"id": "a100-80g", "count": 8}, "model": "deepseek-r1", "quant": "q4_k_m"}, "claims": {"price": 60000})")
            << u"price-below-market"_s << u"warning"_s << u"plausible"_s;
        QTest::newRow("seed 001: cost per TPS 'improvement' with the wrong sign")
            << doc(R"("arithmetic": [{"label": "cost per TPS", "before": 133.33, "after": 187.50, "claimed_change_pct": -40.6, "lower_is_better": true, "claimed_improvement": true}])")
            << u"improvement-wrong-sign"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 004: 4-bit R1 is 167 GB ...")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "awq-int4", "gpu": {"id": "a100-80g", "count": 1}}, "claims": {"model_memory_gb": 167})")
            << u"model-memory-understated"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 004: ... and runs on one A100 80 GB")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "awq-int4", "gpu": {"id": "a100-80g", "count": 1}}, "claims": {"model_memory_gb": 167})")
            << u"memory-does-not-fit"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 004: 8 x H100 (640 GB) covers FP16 R1")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "fp16", "gpu": {"id": "h100-sxm", "count": 8}}, "claims": {"memory_gb": 640})")
            << u"memory-does-not-fit"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 004: H100 TF32 1979 TFLOPS")
            << doc(R"("facts": [{"gpu": "h100-sxm", "attribute": "tflops", "precision": "tf32", "value": 1979, "text": "H100 TF32 1979 TFLOPS"}])")
            << u"hardware-fact-mismatch"_s << u"impossible"_s << u"impossible"_s;
        // Below the datasheet (offers4: "M4 Pro ... 内存带宽 200GB/s" for 273): less than the part gives,
        // a question to the vendor, not an accusation.
        QTest::newRow("understated bandwidth: Mac mini M4 Pro at 200 GB/s")
            << doc(R"("facts": [{"gpu": "mac-mini-m4-pro-64g", "attribute": "bandwidth_gbs", "value": 200, "text": "M4 Pro 内存带宽 200GB/s"}])")
            << u"hardware-fact-understated"_s << u"warning"_s << u"plausible"_s;
        QTest::newRow("seed 004: 400 Gbps HDR")
            << doc(R"("facts": [{"attribute": "network_gbps", "label": "HDR", "value": 400, "text": "400Gbps HDR InfiniBand"}])")
            << u"network-label-mismatch"_s << u"impossible"_s << u"impossible"_s;
        // The document counts the 16 cards as 1,280 GB against ~1,340 GB of weights; but an "80 GB" card
        // holds 80 GiB, so 16 of them hold 1,374 GB: the weights fit with ~2 GB per card to spare, too
        // little for any runtime to serve 100 users, yet not a physical impossibility: a finding with its
        // question, not an accusation.
        QTest::newRow("seed 000: BF16 R1 on two nodes of 8 x A100 80 GB")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "bf16", "gpu": {"id": "a100-80g", "count": 8}, "nodes": 2}, "claims": {"users": 100})")
            << u"memory-tight"_s << u"unverifiable"_s << u"plausible"_s;
        QTest::newRow("seed 000: BF16 R1 on one node of 8 x A100 80 GB")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "bf16", "gpu": {"id": "a100-80g", "count": 8}}, "claims": {"users": 100})")
            << u"memory-does-not-fit"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 000: BF8")
            << doc(R"("claims": {"mentions_bf8": true})") << u"bf8-does-not-exist"_s << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 000: Q2_K only needs 2 x A100")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "q2_k", "gpu": {"id": "a100-80g", "count": 2}})") << u"memory-does-not-fit"_s
            << u"impossible"_s << u"impossible"_s;
        QTest::newRow("seed 000: 140 tok/s and 100 users at 14 tok/s")
            << doc(R"("claims": {"users": 100, "per_user_tps": 14, "aggregate_tps": 140})") << u"aggregate-inconsistent"_s << u"impossible"_s
            << u"impossible"_s;
        QTest::newRow("seed 000: a 500 CNY Q4_K_M CPU build")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "q4_k_m"}, "claims": {"price": 500})") << u"price-below-memory-cost"_s
            << u"impossible"_s << u"impossible"_s;
        QTest::newRow("correct: 8 x A100 80 GB runs Q4_K_M")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "q4_k_m", "gpu": {"id": "a100-80g", "count": 8}}, "claims": {"users": 1})")
            << u"memory-fits"_s << u"ok"_s << u"plausible"_s;
        QTest::newRow("correct: the 1.5B distill runs on a GTX 1660")
            << doc(R"("build": {"model": "r1-distill-qwen-1.5b", "quant": "q4_k_m", "gpu": {"id": "gtx-1660", "count": 1}}, "claims": {"users": 1, "per_user_tps": 20})")
            << u"memory-fits"_s << u"ok"_s << u"plausible"_s;
        QTest::newRow("correct: H100 BF16 989 dense TFLOPS")
            << doc(R"("facts": [{"gpu": "h100-sxm", "attribute": "tflops", "precision": "bf16", "value": 989, "text": "H100 989 TFLOPS BF16"}])")
            << u"hardware-fact-ok"_s << u"ok"_s << u"plausible"_s;
        QTest::newRow("speed above the roofline: 4 x 4090 full R1 at 50 tok/s with KTransformers")
            << doc(R"("build": {"model": "deepseek-r1", "quant": "q4_k_m", "runtime": "ktransformers", "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s"}, "ram": {"gb": 512}}, "claims": {"users": 1, "per_user_tps": 50})")
            << u"speed-above-roofline"_s << u"impossible"_s << u"impossible"_s;
    }
    void seedClaims()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, findingId);
        QFETCH(QString, severity);
        QFETCH(QString, verdict);
        hw::Claim claim;
        hwdb::BuildError error;
        QVERIFY2(hwdb::parseClaim(json, u"claim.json"_s, m_cat.catalog, &claim, &error), qPrintable(error.toString()));
        const hw::ClaimReport r = check(claim);
        const hw::Finding *f = finding(r, findingId.toStdString());
        QStringList got;
        for (const hw::Finding &x : r.findings)
            got << QString::fromStdString(x.id) + u'=' + QString::fromLatin1(hw::severityName(x.severity));
        QVERIFY2(f, qPrintable(u"no %1 among %2"_s.arg(findingId, got.join(u", "_s))));
        QCOMPARE(QString::fromLatin1(hw::severityName(f->severity)), severity);
        QCOMPARE(QString::fromStdString(r.verdict), verdict);
        if (f->severity != hw::Severity::Ok) {
            QVERIFY(!f->computed.empty());
            QVERIFY(!f->rule.empty());
            QVERIFY(!f->ask.empty());
        }
    }

    void claimFileRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        const QByteArray head = "{\"format\": \"hwplanner.claim/1\",\n";
        QTest::newRow("negative users") << QByteArray(head + "\"claims\": {\"users\": -3}}") << u"claims.users"_s << 2;
        QTest::newRow("negative price") << QByteArray(head + "\"claims\": {\n\"price\": -1}}") << u"claims.price"_s << 3;
        QTest::newRow("EUR") << QByteArray(head + "\"claims\": {\"price\": 1, \"currency\": \"EUR\"}}") << u"claims.currency"_s << 2;
        QTest::newRow("negative sockets") << QByteArray(head + "\"build\": {\"cpu\": {\"id\": \"epyc-9654\", \"sockets\": -2}}}") << u"build.cpu.sockets"_s << 2;
        QTest::newRow("zero nodes") << QByteArray(head + "\"build\": {\"nodes\": 0}}") << u"build.nodes"_s << 2;
        QTest::newRow("users as a string") << QByteArray(head + "\"claims\": {\"users\": \"100\"}}") << u"claims.users"_s << 2;
        QTest::newRow("build as an array") << QByteArray(head + "\"build\": []}") << u"build"_s << 2;
        QTest::newRow("full as a number") << QByteArray(head + "\"claims\": {\"full\": 1}}") << u"claims.full"_s << 2;
    }
    void claimFileRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, line);
        hw::Claim claim;
        hwdb::BuildError error;
        QVERIFY(!hwdb::parseClaim(json, u"offer.json"_s, m_cat.catalog, &claim, &error));
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY(error.toString().startsWith(u"offer.json:"_s));
    }

    void extractor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("gpuCount");
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("perUser");
        QTest::addColumn<double>("price");
        QTest::addColumn<bool>("full");
        QTest::newRow("Chinese all-in-one, 万元") << u"满血版 DeepSeek R1 一体机，4卡4090，支持100人并发，每人 14 tokens/s，售价 19.8万元，全新，质保3年。"_s
                                                << u"deepseek-r1"_s << u"rtx-4090"_s << 4 << 100.0 << 14.0 << 198000.0 << true;
        QTest::newRow("full-width digits and letters") << u"满血ＤｅｅｐＳｅｅｋ Ｒ１，八卡Ｈ２００，并发 ３２，每用户 ２０ token/秒，价格 ¥１,５００,０００"_s
                                                       << u"deepseek-r1"_s << u"h200"_s << 8 << 32.0 << 20.0 << 1500000.0 << true;
        QTest::newRow("English, x count, USD") << u"DeepSeek R1 70B on 2 x RTX 4090, 25 tokens/s per user, 10 concurrent users, $4,500 new"_s
                                               << u"r1-distill-llama-70b"_s << u"rtx-4090"_s << 2 << 10.0 << 25.0 << 4500.0 << false;
        QTest::newRow("H100 x 8 after the name") << u"671B FP8 on H100 x 8 with 2 x Xeon 8480, 50 tok/s"_s << u"deepseek-r1"_s << u"h100-sxm"_s << 8
                                                 << 0.0 << 50.0 << 0.0 << false;
    }
    void extractor()
    {
        QFETCH(QString, text);
        QFETCH(QString, model);
        QFETCH(QString, gpu);
        QFETCH(int, gpuCount);
        QFETCH(double, users);
        QFETCH(double, perUser);
        QFETCH(double, price);
        QFETCH(bool, full);
        const hw::Claim c = hwdb::claimFromText(text, m_cat.catalog);
        QCOMPARE(QString::fromStdString(c.modelId), model);
        QCOMPARE(QString::fromStdString(c.gpuId), gpu);
        QCOMPARE(c.gpuCount, gpuCount);
        double readUsers = 0, readPerUser = 0;
        for (const hw::PerformancePoint &p : c.points) {
            readUsers = std::max(readUsers, p.users.value_or(0));
            readPerUser = std::max(readPerUser, p.perUserTps.value_or(0));
        }
        QCOMPARE(readUsers, users);
        QCOMPARE(readPerUser, perUser);
        QCOMPARE(c.price.value_or(0), price);
        QCOMPARE(c.fullModel, full);
    }

    void extractorReadsMemoryQuantsAndConditions()
    {
        const hw::Claim c = hwdb::claimFromText(u"双路至强8358，512GB 内存，Q4_K_M 量化，翻新，BF8 精度，训练和微调都支持"_s, m_cat.catalog);
        QCOMPARE(c.cpuId, std::string("xeon-8358"));
        QCOMPARE(c.sockets, 2);
        QCOMPARE(c.ramGB, 512.0);
        QCOMPARE(c.quantId, std::string("q4_k_m"));
        QCOMPARE(c.condition, std::string("refurbished"));
        QVERIFY(c.mentionsBf8);
        QVERIFY(c.trainingClaimed);
        const hw::Claim t = hwdb::claimFromText(u"1.58-bit Unsloth R1 on one 3090 with 1 TB DDR5 RAM, 6 tok/s"_s, m_cat.catalog);
        QCOMPARE(t.quantId, std::string("ud-iq1_s"));
        QCOMPARE(t.ramGB, 1000.0);
        QCOMPARE(t.gpuId, std::string("rtx-3090"));
    }

    // A runtime that does not load the offer's format stops the plan before sizing the weights; the
    // memory finding still sizes them (673 GB of FP8 R1 in 24 GB is not "fits but for overhead": the 685 GB
    // file less its MTP layer, which is loaded only for speculative decoding).
    void memoryFloorWhenTheRuntimeRefusesTheFormat()
    {
        hw::Claim c;
        c.modelId = "deepseek-r1", c.quantId = "fp8", c.runtimeId = "ktransformers", c.gpuId = "rtx-4090", c.gpuCount = 1;
        c.read("model", "R1"), c.read("quant", "FP8"), c.read("runtime", "KTransformers"), c.read("gpu", "4090");
        const hw::ClaimReport r = check(c);
        QVERIFY(!finding(r, "memory-tight"));
        const hw::Finding *f = finding(r, "memory-does-not-fit");
        QVERIFY(f);
        QCOMPARE(f->severity, hw::Severity::Impossible);
        QCOMPARE(f->computed.front().args.front(), std::string("673"));
    }

    void extractorReadsNewPartsAndFiguresAfterTheirNumbers()
    {
        // Parts added to the catalog are read through their aliases; a figure before "bandwidth" is a fact.
        const hw::Claim spark = hwdb::claimFromText(u"DGX Spark: 128 GB unified LPDDR5X at over 900 GB/s internal bandwidth, full precision"_s, m_cat.catalog);
        QCOMPARE(spark.gpuId, std::string("dgx-spark"));
        QVERIFY(!spark.fullModel); // "full precision" is not "the full model"
        QCOMPARE(spark.facts.size(), size_t(1));
        QCOMPARE(spark.facts.front().value, 900.0);
        QCOMPARE(check(spark).verdict, std::string("impossible"));
        // Two accelerators: a figure is not pinned on the first one named.
        const hw::Claim two = hwdb::claimFromText(u"RTX 5090 (1792 GB/s memory bandwidth) vs RTX 4090 at 1008 GB/s bandwidth"_s, m_cat.catalog);
        QCOMPARE(two.gpuId, std::string("rtx-5090"));
        for (const hw::QuotedFact &f : two.facts)
            QVERIFY2(f.value != 1008.0, f.text.c_str());
        // The memory per card a text quotes, against every configuration the part ships in.
        const hw::Claim h20 = hwdb::claimFromText(u"8卡H20 服务器 · NVIDIA H20：128GB HBM3e"_s, m_cat.catalog);
        QCOMPARE(h20.facts.size(), size_t(1));
        QCOMPARE(check(h20).verdict, std::string("impossible"));
        QVERIFY(check(hwdb::claimFromText(u"8卡H20 服务器 · NVIDIA H20：141GB HBM3e"_s, m_cat.catalog)).verdict != "impossible");
        // "two NVIDIA H100s" and "2 nodes × 8 cards" are counts; a speed without users is not one user's for sure.
        QCOMPARE(hwdb::claimFromText(u"runs on two NVIDIA H100s"_s, m_cat.catalog).gpuCount, 2);
        const hw::Claim nodes = hwdb::claimFromText(u"DeepSeek R1 on 16× Ascend 910B (2 nodes × 8 cards)"_s, m_cat.catalog);
        QCOMPARE(nodes.nodes, 2);
        QCOMPARE(nodes.gpuCount, 8);
        const hw::Claim server = hwdb::claimFromText(u"a single server with eight H200 GPUs runs the full DeepSeek-R1 at up to 3,872 tokens per second"_s, m_cat.catalog);
        QCOMPARE(server.gpuCount, 8);
        QVERIFY(server.isAssumed("users"));
        QCOMPARE(check(server).verdict, std::string("plausible"));
        // R1 on one 24 GB card with no RAM stated: the RAM decides, so the offer is unverifiable, not impossible.
        QCOMPARE(check(hwdb::claimFromText(u"KTransformers: RTX 4090 单卡 24G 跑 DeepSeek-R1 671B 满血版，14 tokens/s"_s, m_cat.catalog)).verdict,
                 std::string("unverifiable"));
        // Expert offload stated, the CPU named, only the RAM's size left out: the RAM is unknown, not
        // none. The shortfall on the card asks the RAM size and does not make the offer unverifiable;
        // without the offload stated, no RAM is none and the offer is.
        const hw::Claim moe = hwdb::claimFromText(u"Qwen3-30B-A3B Q4_K_M on an RTX 2080 (8 GB) + i9-10900X, llama.cpp -ngl 99 --n-cpu-moe 36: 36.7 tok/s"_s, m_cat.catalog);
        QVERIFY(moe.offloadStated);
        QVERIFY(moe.isAssumed("ram_gb"));
        const hw::ClaimReport moeReport = check(moe);
        QCOMPARE(moeReport.verdict, std::string("plausible"));
        QVERIFY(finding(moeReport, "memory-does-not-fit-needs-confirmation"));
        QCOMPARE(check(hwdb::claimFromText(u"Qwen3-30B-A3B Q4_K_M on an RTX 2080 (8 GB) + i9-10900X, llama.cpp: 36.7 tok/s"_s, m_cat.catalog)).verdict,
                 std::string("unverifiable"));
        for (const char16_t *words : {u"-ot exps=CPU", u"with MoE offload", u"expert offload", u"offloading the experts to the CPU"})
            QVERIFY2(hwdb::claimFromText(u"Qwen3-30B-A3B on an RTX 4090 + i9-13900K, "_s + QString::fromUtf16(words), m_cat.catalog).offloadStated,
                     qPrintable(QString::fromUtf16(words)));
        QVERIFY(!hwdb::claimFromText(u"Qwen3-30B-A3B on an RTX 4090 + i9-13900K, llama.cpp"_s, m_cat.catalog).offloadStated);
        // Weights held in RAM ("RAM used 18.5 GB") beside a card are read from it every token by a
        // dense model: 14.8 tok/s needs 274 GB/s. Against a CPU named (dual-channel DDR5) for one user,
        // impossible; with no CPU named, which CPU is the question: unverifiable; a speed any platform
        // in the catalog gives is no question.
        const hw::ClaimReport named = check(hwdb::claimFromText(
            u"Llama 3.3 70B Instruct on 1x NVIDIA GeForce RTX 4090 with a Core i9-13900K, single user\ntok/s 14.8 · VRAM used 23.4 GB · RAM used 18.5 GB · Quant Q4_K_M"_s, m_cat.catalog));
        QVERIFY(finding(named, "ram-bandwidth-exceeded"));
        QCOMPARE(named.verdict, std::string("impossible"));
        const hw::ClaimReport unnamed = check(hwdb::claimFromText(
            u"Llama 3.3 70B Instruct on NVIDIA GeForce RTX 4090\ntok/s 14.8 · VRAM used 23.4 GB · RAM used 18.5 GB · Quant Q4_K_M"_s, m_cat.catalog));
        QVERIFY(finding(unnamed, "ram-bandwidth-unknown"));
        QCOMPARE(unnamed.verdict, std::string("unverifiable"));
        const hw::ClaimReport slow = check(hwdb::claimFromText(
            u"Llama 3.3 70B Instruct on 1x NVIDIA GeForce RTX 4090 with a Core i9-13900K, single user\ntok/s 3.5 · VRAM used 23.4 GB · RAM used 18.5 GB · Quant Q4_K_M"_s, m_cat.catalog));
        QVERIFY(finding(slow, "ram-bandwidth-within"));
        QVERIFY(slow.verdict != "impossible");
        // "RAM used" on a model the card holds whole is the OS's and other programs': nothing is weighed.
        QVERIFY(!finding(check(hwdb::claimFromText(
            u"Llama 3.1 8B Instruct on 1x NVIDIA GeForce RTX 4090 with a Core i9-13900K, single user\ntok/s 120 · RAM used 18.5 GB · Quant Q4_K_M"_s, m_cat.catalog)), "ram-bandwidth-exceeded"));
        // Nothing a check can reach: a model on no hardware; speeds on a part the catalog cannot look up.
        QCOMPARE(check(hwdb::claimFromText(u"DeepSeek 满血 671B 一体机，家用电源插上就能跑"_s, m_cat.catalog)).verdict, std::string("unverifiable"));
        QCOMPARE(check(hwdb::claimFromText(u"4 × Mac Studio M4 Ultra (256 GB): Kimi K2 at 28 tokens/s"_s, m_cat.catalog)).verdict, std::string("unverifiable"));
        // The GPUs counted right after a cluster word are the cluster's: one machine holds as much.
        const hw::Claim pod = hwdb::claimFromText(u"满血版 671B，显存占用 1.2TB (FP16)；测试环境：NVIDIA DGX SuperPOD（8×A100 80GB）"_s, m_cat.catalog);
        QVERIFY(!pod.isAssumed("nodes"));
        QCOMPARE(pod.gpuCount, 8);
        QCOMPARE(check(pod).verdict, std::string("impossible"));
        QVERIFY(hwdb::claimFromText(u"8×A100 80GB per node, a SuperPOD of several nodes"_s, m_cat.catalog).isAssumed("nodes"));
        QCOMPARE(check(hwdb::claimFromText(u"超节点服务：单芯片最高 2400 TPS、50ms TPOT"_s, m_cat.catalog)).verdict, std::string("unverifiable"));
        // Models the catalog now holds are no longer stand-ins.
        QCOMPARE(hwdb::claimFromText(u"Kimi K2 on 4 Mac Studios"_s, m_cat.catalog).modelId, std::string("kimi-k2-instruct"));
        QCOMPARE(hwdb::claimFromText(u"Qwen3-32B on one RTX 5090"_s, m_cat.catalog).modelId, std::string("qwen3-32b"));
    }

    void requirementsAndApproximateFiguresAreNoAccusation()
    {
        // "you need at least 42 GB" is a requirement, "~42 GB" an approximate figure: 43 GB of weights
        // against them is within their precision, never impossible.
        const hw::Claim need = hwdb::claimFromText(
            u"Llama 3.1 70B: you need at least 42 GB of VRAM at Q4_K_M, dual RTX 3090s.\nQ4_K_M is the sweet spot: ~42 GB VRAM, 14-18 tok/s."_s,
            m_cat.catalog);
        QVERIFY(need.claimedMemoryApproximate);
        QVERIFY(check(need).verdict != "impossible");
        // The same figure stated exactly, well short, still is.
        QCOMPARE(check(hwdb::claimFromText(u"Llama 3.1 70B Q4_K_M on dual RTX 3090, 30 GB VRAM total"_s, m_cat.catalog)).verdict,
                 std::string("impossible"));
        // "full FP16 precision" is how an 8B model runs, not a claim of the full DeepSeek.
        QVERIFY(!hwdb::claimFromText(u"Model: LLaMA 3 8B at full FP16 precision on one RTX 5090"_s, m_cat.catalog).fullModel);
    }

    // A Chinese clause comma after a count is no thousands separator ("*2，128GB" is 2 cards and 128 GB),
    // while an ASCII one between digit groups still is.
    void fullWidthCommaSeparatesClauses()
    {
        const hw::Claim c = hwdb::claimFromText(u"A100 80GB*2，128GB 内存"_s, m_cat.catalog);
        QCOMPARE(c.gpuCount, 2);
        QCOMPARE(c.ramGB, 128.0);
        QCOMPARE(hwdb::claimFromText(u"双路 EPYC，1,024GB 内存"_s, m_cat.catalog).ramGB, 1024.0);
    }

    // A unified-memory machine's own processor is no unknown CPU, and it has no RAM beside its pool:
    // a single stream far above its bandwidth rests on nothing assumed. A CPU its name lacks is still unknown.
    // A speed on hardware the text does not name, at a precision it does not state, is weighed against
    // nothing: not plausible. With the precision stated the speed has what it was measured on.
    void speedOnNoHardwareAtNoPrecisionIsUnverifiable()
    {
        QCOMPARE(check(hwdb::claimFromText(u"DeepSeek-V3 now runs at 20 tokens per second on Mac Studio."_s, m_cat.catalog)).verdict,
                 std::string("unverifiable"));
        QCOMPARE(check(hwdb::claimFromText(u"DeepSeek R1 671B, FP8, SGLang: single-user decode 33 tokens/s"_s, m_cat.catalog)).verdict,
                 std::string("plausible"));
    }

    // A table of several configurations checked as one guessed row: the memory finding asks which build
    // is meant, and the unstated RAM is not what makes the offer unverifiable.
    void guessedRowOfATableIsNotDecidedByRam()
    {
        const hw::ClaimReport r = check(hwdb::claimFromText(
            u"RTX PRO 6000 Blackwell (96 GB) rig configurations\n| Model | Quant | GPUs |\n| GLM-4.7 | FP8 | 8x |\n| MiniMax-M2 | FP8 | 4x |"_s, m_cat.catalog));
        QVERIFY(finding(r, "memory-does-not-fit-needs-confirmation"));
        QCOMPARE(r.verdict, std::string("plausible"));
    }

    // A speed above the ceiling at every reading of what was left unstated (any 4-bit quant; one user's
    // speed or a total at any concurrency) rests on none of it; one a batch could reach still asks.
    void speedAboveEveryReadingIsImpossible()
    {
        const hw::ClaimReport mac = check(hwdb::claimFromText(u"Mac Studio M3 Ultra with up to 256GB of unified memory. DeepSeek V3 4-bit: ~20 tok/s."_s, m_cat.catalog));
        QVERIFY(finding(mac, "speed-above-roofline"));
        QCOMPARE(mac.verdict, std::string("impossible"));
        const hw::ClaimReport batch = check(hwdb::claimFromText(u"8x H100 80GB server. DeepSeek V3 4-bit: up to 3,000 tok/s."_s, m_cat.catalog));
        QVERIFY(finding(batch, "speed-above-roofline-needs-confirmation"));
        QVERIFY(batch.verdict != "impossible");
    }

    // A model named without a quant is its release's precision (R1: FP8, per its model card): a speed
    // above the calibrated estimate there (ITL 35 ms = 28.6 tok/s per user at 128, about 2x the estimate;
    // AMD's measured 50 ms is now within the 50% band) is optimistic and says what it assumed; an impossibility on
    // that assumption only asks.
    void releasePrecisionMakesOptimisticNotImpossible()
    {
        const hw::ClaimReport fast = check(hwdb::claimFromText(
            u"DeepSeek R1 with SGLang on one server with 8x MI300X: 128 concurrent requests with ITL below 35 ms."_s, m_cat.catalog));
        const hw::Finding *f = finding(fast, "speed-optimistic");
        QVERIFY(f);
        QVERIFY(std::any_of(f->computed.begin(), f->computed.end(), [](const hw::Message &m) { return std::string(m.text) == "Assumed:"; }));
        QCOMPARE(fast.verdict, std::string("optimistic"));
        const hw::ClaimReport above = check(hwdb::claimFromText(u"DeepSeek R1 on one RTX 4090 24GB with 512GB RAM, KTransformers: 200 tok/s single user."_s, m_cat.catalog));
        QVERIFY(finding(above, "speed-above-roofline-needs-confirmation"));
        QVERIFY(above.verdict != "impossible");
    }

    // A machine sold in several memory configurations, its memory not stated: a shortfall on the one
    // assumed leaves the offer unverifiable (which machine is offered?), not plausible.
    void unstatedMemoryConfigurationIsUndecided()
    {
        QCOMPARE(check(hwdb::claimFromText(u"An 8x M4 Pro Mac Mini cluster runs DeepSeek V3 671B at 5.37 tokens per second."_s, m_cat.catalog)).verdict,
                 std::string("unverifiable"));
    }

    // Rows of several models, each naming its own model and quant, are each checked as that model: a
    // 70B at INT4 (~37 GB) does not fit the one 32 GB card of a spec sheet, whichever row is the guess.
    void rowsCheckedAsTheirOwnModels()
    {
        const hw::ClaimReport r = check(hwdb::claimFromText(
            u"RTX 5090. VRAM 32 GB GDDR7 · 1,792 GB/s\n| LLM Inference | Qwen 2.5 32B · 4-bit | 48 tok/s | single-stream · INT4 |\n"
            "| LLM Inference | Llama 3.1 70B · 4-bit | 38 tok/s | single-stream · INT4 |"_s,
            m_cat.catalog));
        const hw::Finding *f = finding(r, "point-does-not-fit");
        QVERIFY(f);
        QCOMPARE(r.verdict, std::string("impossible"));
    }

    // A memory said to hold a model of N parameters: ruled out below the fewest bits per weight, certain
    // at 16 bits, and a question of the precision in between.
    void capacityClaimWeighedAtEveryPrecision()
    {
        const hw::ClaimReport between = check(hwdb::claimFromText(u"显存容量决定模型参数上限（如 A100 80GB 可加载 175B 参数模型）。"_s, m_cat.catalog));
        QVERIFY(finding(between, "capacity-needs-precision"));
        QCOMPARE(between.verdict, std::string("unverifiable"));
        const hw::ClaimReport below = check(hwdb::claimFromText(u"RTX 4090 24GB 可加载 671B 参数模型"_s, m_cat.catalog));
        QVERIFY(finding(below, "capacity-impossible"));
        QCOMPARE(below.verdict, std::string("impossible"));
        QVERIFY(finding(check(hwdb::claimFromText(u"One A100: 80 GB can hold a 32B model at any precision."_s, m_cat.catalog)), "capacity-fits"));
        // The RAM beside the card holds weights too: 24 GB with 512 GB of RAM is no impossibility.
        QVERIFY(!finding(check(hwdb::claimFromText(u"KTransformers：RTX 4090 24GB 即可运行 671B，512GB 内存"_s, m_cat.catalog)), "capacity-impossible"));
        // At the precision stated, on the VRAM named: 70B at 8 bits is 70 GB, and RAM does not count.
        const hw::ClaimReport atQ8 = check(hwdb::claimFromText(u"GeForce RTX 5090: 32GB VRAM is enough for 70B-class models at Q8. System RAM 128 GB."_s, m_cat.catalog));
        QVERIFY(finding(atQ8, "capacity-impossible"));
        QCOMPARE(atQ8.verdict, std::string("impossible"));
        QVERIFY(finding(check(hwdb::claimFromText(u"96GB VRAM is enough for 70B-class models at Q8."_s, m_cat.catalog)), "capacity-fits"));
    }

    // An offer's words, each read as offers4 writes them: an honest measured run with the ollama tag and
    // a bandwidth below the datasheet is not an accusation; a wrong memory size still is.
    void offers4Readings()
    {
        const hw::ClaimReport mini = check(hwdb::claimFromText(
            u"Mac mini M4 Pro 64GB 统一内存，内存带宽 200GB/s\nDeepSeek-R1:32B（64GB）：内存占用 28-30GB，推理速度 4.8-5 tokens/s"_s, m_cat.catalog));
        QVERIFY(finding(mini, "hardware-fact-understated"));
        QVERIFY(!finding(mini, "hardware-fact-mismatch"));
        QVERIFY(mini.verdict != "impossible");
        const hw::ClaimReport h20 = check(hwdb::claimFromText(u"8卡H20服务器：8 块 H20 GPU（单卡显存 80GB），总显存 640GB"_s, m_cat.catalog));
        QVERIFY(finding(h20, "hardware-fact-mismatch"));
    }

    void unifiedMachinesOwnProcessorIsNoUnknownCpu()
    {
        const hw::Claim c = hwdb::claimFromText(
            u"GMKtec EVO-X2 mini-PC, AMD Ryzen AI Max+ 395, 128 GB unified LPDDR5X, llama.cpp. Qwen3-32B Q4_K_M: 90 tok/s single stream."_s,
            m_cat.catalog);
        QCOMPARE(c.gpuId, std::string("gmktec-evo-x2-395-128g"));
        QVERIFY(c.cpuText.empty());
        QVERIFY(!c.isAssumed("cpu"));
        QVERIFY(!c.isAssumed("ram_gb"));
        const hw::ClaimReport r = check(c);
        QVERIFY(finding(r, "speed-above-roofline"));
        QCOMPARE(r.verdict, std::string("impossible"));
        const hw::Claim other = hwdb::claimFromText(u"GMKtec EVO-X2 mini-PC, 128 GB unified LPDDR5X, with a Ryzen 9 5950X server beside it"_s, m_cat.catalog);
        QVERIFY(!other.cpuText.empty());
        QVERIFY(other.isAssumed("cpu"));
    }

    // An offer that states no context is checked at the longest one whose KV cache holds all its users:
    // 2 x 8 H100 hold V3 FP8 and 128 users at 2K tokens, and the default 4K is no reason for "offload".
    void unstatedContextHoldsEveryUser()
    {
        const hw::Claim c = hwdb::claimFromText(u"2 servers x 8x H100 80GB SXM, DeepSeek-V3 FP8 on SGLang: 3,976 tok/s total at 128 concurrent users"_s, m_cat.catalog);
        QCOMPARE(c.nodes, 2);
        QCOMPARE(c.gpuCount, 8);
        QVERIFY(!c.context);
        const hw::ClaimReport r = check(c);
        QVERIFY(r.estimate.fits);
        QVERIFY(r.build.workload.context < 4096);
        QVERIFY(finding(r, "memory-fits"));
        QVERIFY(!finding(r, "needs-offload"));
    }

    // A model the catalog lacks is weighed by the size its name gives: bytes against memory, speed against
    // bandwidth. Dense is read from the text or assumed (then a speed above the ceiling only asks).
    void namedModelWeighedBySize()
    {
        const hw::Claim ok = hwdb::claimFromText(
            u"Framework Desktop: AMD Ryzen AI Max+ 395, 128GB LPDDR5x. Qwen3.6 27B, a dense model, at Q6_K: 9.57 tokens per second."_s, m_cat.catalog);
        QVERIFY(ok.modelId.empty());
        QCOMPARE(ok.namedParamsB.value_or(0), 27.0);
        QVERIFY(!ok.isAssumed("named_active"));
        const hw::ClaimReport okr = check(ok);
        QVERIFY(finding(okr, "named-model-fits"));
        QVERIFY(finding(okr, "named-speed-within-ceiling"));
        QCOMPARE(okr.verdict, std::string("plausible"));
        // 27B dense at Q4_K_M is ~16 GB: one 4090 (1,008 GB/s) reads it at most ~62 times a second.
        const hw::ClaimReport fast = check(hwdb::claimFromText(u"Qwen3.6 27B dense, Q4_K_M, one RTX 4090 24GB: 120 tok/s single user"_s, m_cat.catalog));
        QVERIFY(finding(fast, "named-speed-above-ceiling"));
        QCOMPARE(fast.verdict, std::string("impossible"));
        // Not said to be dense: the same speed only asks.
        const hw::ClaimReport moe = check(hwdb::claimFromText(u"Qwen3.6 27B, Q4_K_M, one RTX 4090 24GB: 120 tok/s single user"_s, m_cat.catalog));
        QVERIFY(finding(moe, "named-speed-above-ceiling-needs-confirmation"));
        QVERIFY(moe.verdict != "impossible");
        // Active parameters in the name: the ceiling is theirs.
        const hw::Claim a = hwdb::claimFromText(u"Qwen3.5-397B-A17B NVFP4 on 8x RTX PRO 6000 Blackwell 96GB"_s, m_cat.catalog);
        QCOMPARE(a.namedParamsB.value_or(0), 397.0);
        QCOMPARE(a.namedActiveB.value_or(0), 17.0);
        // 27B at Q8_0 (~29 GB) does not fit one 24 GB card with no RAM named.
        QCOMPARE(check(hwdb::claimFromText(u"Qwen3.6 27B Q8_0 on one RTX 4090 24GB, 30 tok/s"_s, m_cat.catalog)).verdict, std::string("impossible"));
        // On a CPU alone: the RAM holds it and the sockets' DRAM bandwidth is the ceiling (12 x DDR5-4800 =
        // 460.8 GB/s), each row at its own quant (Q8_0 of 14B dense is ~14.9 GB: at most ~31 tok/s).
        const hw::ClaimReport cpu = check(hwdb::claimFromText(
            u"EPYC 9554, 192GB RAM, llama.cpp, dense\n| Phi-4 14B | Q4_K_M | 28.74 tok/s |\n| Phi-4 14B | Q8_0 | 19.19 tok/s |"_s, m_cat.catalog));
        QVERIFY(finding(cpu, "named-model-fits"));
        QCOMPARE(cpu.verdict, std::string("plausible"));
        const hw::ClaimReport cpuFast = check(hwdb::claimFromText(
            u"EPYC 9554, 192GB RAM, llama.cpp, dense\n| Phi-4 14B | Q4_K_M | 28.74 tok/s |\n| Phi-4 14B | Q8_0 | 45 tok/s |"_s, m_cat.catalog));
        QVERIFY(finding(cpuFast, "named-speed-above-ceiling"));
        QCOMPARE(cpuFast.verdict, std::string("impossible"));
    }

    // llama-bench's type column names the file's nominal type (Q8_0); its size column the bytes (307 GiB,
    // a mixed file): 16 x RTX 3090 hold 330 GB, not the 713 GB of a uniform Q8_0.
    void toolFileSizeIsTheWeights()
    {
        const QString table = u"| deepseek2 671B Q8_0 | 307.20 GiB | 672.05 B | CUDA | 63 | tg128 | 17.24 ± 0.01 |\n"
                              "| deepseek2 671B Q8_0 | 307.20 GiB | 672.05 B | CUDA | 63 | tg512 | 18.09 ± 0.01 |"_s;
        const hw::Claim c = hwdb::claimFromText(u"DeepSeek R1 on 16x RTX 3090 (ik_llama.cpp, llama-bench, all 63 layers on GPU)\n"_s + table, m_cat.catalog);
        QVERIFY(c.fileGB);
        const hw::ClaimReport r = check(c);
        QVERIFY(r.buildKnown);
        QVERIFY(std::abs(r.estimate.weightsGB - *c.fileGB) < 1.0);
        QVERIFY(!finding(r, "memory-does-not-fit-needs-confirmation") && !finding(r, "memory-does-not-fit"));
        QCOMPARE(r.verdict, std::string("plausible"));
        // The same rows on 8 cards (192 GB): the file does not fit, with no RAM named it only asks.
        const hw::ClaimReport eight = check(hwdb::claimFromText(u"DeepSeek R1 on 8x RTX 3090 (ik_llama.cpp, llama-bench, all 63 layers on GPU)\n"_s + table, m_cat.catalog));
        QVERIFY(eight.verdict != "plausible");
    }

    // A card's memory stated beside RAM ("1 x RTX 3090 (24GB VRAM)", 768 GB RAM) is not the build's
    // whole memory: the 131 GB IQ1_S file sits in RAM with 8 layers on the card.
    void statedVramWithRamBeside()
    {
        const hw::ClaimReport r = check(hwdb::claimFromText(
            u"AMD EPYC 9654 96-Core 768GB RAM, 1 * Nvidia RTX 3090 (24GB VRAM), llama.cpp, DeepSeek-R1 UD-IQ1_S: eval 3.28 tokens per second"_s, m_cat.catalog));
        QVERIFY(!finding(r, "memory-does-not-fit"));
        QVERIFY(r.verdict != "impossible");
    }

    // A first-token latency against the prefill it waits for: R1's 37B active parameters over a 10K-token
    // prompt are 0.74 PFLOP; 8 x H100 at twice their 1,979 FP8 TFLOPS need at least ~23 ms.
    void firstTokenLatencyAgainstPrefill()
    {
        const auto at = [&](const char *ttft) {
            return check(hwdb::claimFromText(u"DeepSeek-V3 FP8 on 8 x H100 80GB SXM, SGLang: TTFT %1 ms for a 10K-token prompt, 20 tok/s per user"_s.arg(QLatin1StringView(ttft)), m_cat.catalog));
        };
        QVERIFY(finding(at("200"), "ttft-consistent"));
        const hw::ClaimReport fast = at("10");
        QVERIFY(finding(fast, "ttft-below-prefill-compute"));
        QCOMPARE(fast.verdict, std::string("impossible"));
        // A prompt served from a prefix cache is not computed again.
        QVERIFY(!finding(check(hwdb::claimFromText(u"DeepSeek-V3 FP8 on 8 x H100 80GB SXM, prefix caching on: TTFT 10 ms for a 10K-token prompt"_s, m_cat.catalog)),
                         "ttft-below-prefill-compute"));
        // One card read with no count stated: more cards would lift it, so the count is the question.
        const hw::ClaimReport one = check(hwdb::claimFromText(u"DeepSeek-R1 满血版：在 A100 80G 显卡上处理 10K 长度文本时，首 token 延迟降低至 127ms。"_s, m_cat.catalog));
        QVERIFY(finding(one, "ttft-below-prefill-compute-needs-confirmation"));
        QCOMPARE(one.verdict, std::string("unverifiable"));
    }

    // A table comparing a reduced build with the full one: the full model's claim is read with its own
    // column's parts, not the first column's.
    void comparisonTableReadsTheFullColumn()
    {
        const hw::Claim c = hwdb::claimFromText(u"DeepSeek 部署配置对比\n| 项目 | 蒸馏版配置 | 满血版配置 |\n| 显卡 | RTX 4090*1 | H20 96GB*8 |\n| 内存 | 64GB DDR4 | 1TB DDR5 |\n"_s, m_cat.catalog);
        QVERIFY(c.fullModel);
        QCOMPARE(c.gpuId, std::string("h20"));
        QCOMPARE(c.gpuCount, 8);
        QCOMPARE(c.ramGB, 1000.0);
        // An ordinary two-column table is read as before.
        const hw::Claim plain = hwdb::claimFromText(u"| 项目 | 配置 | 备注 |\n| 显卡 | RTX 4090*2 | 新卡 |\n"_s, m_cat.catalog);
        QCOMPARE(plain.gpuId, std::string("rtx-4090"));
        QCOMPARE(plain.gpuCount, 2);
    }

    // MXFP4 is a catalog quant (the approximate alias to AWQ predates it), and it is gpt-oss's release
    // precision: an offer naming no precision runs the 65 GB release, not a 234 GB BF16 cast.
    void nativePrecisionIsTheCatalogsQuant()
    {
        const hw::Claim named = hwdb::claimFromText(u"DGX Spark 128GB: gpt-oss-120b MXFP4 in llama.cpp, 48 tok/s decode"_s, m_cat.catalog);
        QCOMPARE(named.quantId, std::string("mxfp4"));
        QVERIFY(!named.isAssumed("quant"));
        const hw::Claim unstated = hwdb::claimFromText(u"gpt-oss-120b on one RTX PRO 6000 Blackwell 96GB with vLLM"_s, m_cat.catalog);
        QVERIFY(unstated.quantId.empty());
        const hw::ClaimReport r = check(unstated);
        QCOMPARE(r.build.quant.id, std::string("mxfp4"));
        QVERIFY(finding(r, "memory-fits"));
    }

    // "满血版 DeepSeek" names the 671B model (R1 and V3 share its size): read, so a build that cannot
    // hold it at any precision is impossible. "满血版" with no DeepSeek named is still a guess.
    void fullDeepSeekIsReadNotAssumed()
    {
        const hw::Claim named = hwdb::claimFromText(u"满血版 DeepSeek 本地部署：A100 80GB*2，128GB DDR5 内存，BF16"_s, m_cat.catalog);
        QCOMPARE(named.modelId, std::string("deepseek-r1"));
        QVERIFY(!named.isAssumed("model"));
        QCOMPARE(check(named).verdict, std::string("impossible"));
        QVERIFY(!hwdb::claimFromText(u"DeepSeek 满血版一体机"_s, m_cat.catalog).isAssumed("model"));
        QVERIFY(!hwdb::claimFromText(u"Run the full DeepSeek on 8 x H20"_s, m_cat.catalog).isAssumed("model"));
        const hw::Claim guessed = hwdb::claimFromText(u"满血版本地部署：A100 80GB*2，128GB DDR5 内存，BF16"_s, m_cat.catalog);
        QCOMPARE(guessed.modelId, std::string("deepseek-r1"));
        QVERIFY(guessed.isAssumed("model"));
        const hw::ClaimReport g = check(guessed);
        QVERIFY(g.verdict != "impossible");
        QVERIFY(finding(g, "memory-does-not-fit-needs-confirmation"));
    }

    void checklistOnBuilds()
    {
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::Build b = m_cat.build(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "q4_k_m", "runtime": "ktransformers",
            "gpu": {"id": "rtx-4090"}, "cpu": {"id": "e5-2696v3"}, "ram": {"gb": 512}, "workload": {"users": 1}})");
        const hw::Estimate e = hw::estimate(b);
        const auto items = hw::buyerChecklist(b, e, hw::costOf(b, e, *book, s));
        QCOMPARE(items.size(), std::size_t(4));
        QCOMPARE(items[0].id, std::string("model-identity"));
        QCOMPARE(items[0].status, std::string("warn")); // a quant, not the full model
        QCOMPARE(items[1].status, std::string("warn")); // hybrid on a CPU without AMX, DDR4; a graphics card
        QVERIFY(QString::fromStdString(items[1].message).contains(u"AMX"_s));
        QCOMPARE(items[2].status, std::string("fail")); // below 6 tok/s on 4 channels of DDR4-2133
        // Two reasons for rule 2, each a translatable sentence; the English message is both, filled in.
        QCOMPARE(items[1].parts.size(), std::size_t(2));
        QCOMPARE(items[1].message, hw::english(items[1].parts));
        QVERIFY(QString::fromStdString(items[1].message).contains(u"is a graphics card"_s));
        QVERIFY(!QString::fromStdString(items[1].message).contains(u"%1"_s));
    }

    void messagesFillOnlyTheirMarkers()
    {
        QCOMPARE(hw::fill("%1 at %2 users keep ~75-80%", {"8.7", "4"}), std::string("8.7 at 4 users keep ~75-80%"));
        QCOMPARE(hw::fill("%2 before %1", {"a", "b"}), std::string("b before a"));
        QCOMPARE(hw::fill("%3 has no argument, 100%1", {"x"}), std::string("%3 has no argument, 100x"));
        QCOMPARE(hw::fill("an argument holding %2 stays as it is: %1", {"%2", "no"}), std::string("an argument holding no stays as it is: %2"));
        QCOMPARE(hw::english({{"first.", {}}, {"%1 second.", {"the"}}}), std::string("first. the second."));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
