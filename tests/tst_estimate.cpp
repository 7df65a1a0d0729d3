// The engine against the source documents' own numbers and the physics' invariants, on the real catalog.

#include "testcatalog.h"

#include "db/calibrationcorpus.h"
#include "db/resultjson.h"
#include "model/accuracy.h"
#include "model/estimator.h"
#include "model/hardware.h"
#include "model/weights.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

class TestEstimate final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;

    hw::Build build(const QString &json) { return m_cat.build(json.toUtf8()); }
    static QString doc(const QString &body)
    {
        return QStringLiteral("{\"format\": \"hwplanner.build/1\", %1}").arg(body);
    }

private slots:
    void initTestCase() { QVERIFY2(m_cat.ok, qPrintable(m_cat.error)); }

    // Every model x quant x runtime of the catalog on a unified machine, one and eight datacenter GPUs
    // and a CPU: weights split into non-negative parts and speeds finite and non-negative (Kimi K2's
    // rounded "1T" total once left its experts larger than the weights: negative bytes, inf tok/s).
    void everyCatalogCombinationHasFiniteSpeeds()
    {
        const hw::Catalog &c = m_cat.catalog;
        int checked = 0;
        for (const auto &m : c.models)
            for (const auto &q : c.quants)
                for (const auto &r : c.runtimes)
                    for (const char *gpu : {"mac-studio-m3-ultra-256g", "h200", "h200", ""}) {
                        hw::Build b;
                        b.model = m;
                        b.quant = q;
                        b.fileGB = c.fileGB(m.id, q.id);
                        b.runtime = r;
                        if (*gpu) {
                            const hw::GpuSpec *g = c.gpu(gpu);
                            QVERIFY2(g, gpu);
                            b.gpu = *g;
                            b.gpusPerNode = checked % 2 ? 8 : 1;
                        }
                        b.cpu = c.cpus.front();
                        b.ramGB = 512;
                        const hw::WeightBytes w = hw::weightBytes(b, true);
                        QVERIFY2(w.other >= 0 && w.routedExperts >= 0, qPrintable(QString::fromStdString(m.id + " " + q.id)));
                        const hw::Estimate e = hw::estimate(b, hw::Detail::Figures);
                        for (double v : {e.decodePerUser, e.decodeAggregate, e.prefillTps})
                            QVERIFY2(std::isfinite(v) && v >= 0, qPrintable(QString::fromStdString(m.id + " " + q.id + " " + r.id + " " + gpu)));
                        ++checked;
                    }
        QVERIFY(checked > 1000);
    }

    // Seed 003: measured VRAM with ollama (context 2048).
    void seed003Footprints_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("measuredGB");
        QTest::newRow("32B Q4 on one RTX 4090D: 21.1 GB") << u"r1-distill-qwen-32b"_s << u"rtx-4090d"_s << 1 << 21.1;
        QTest::newRow("70B Q4 over 2 cards: 44.6 GB") << u"r1-distill-llama-70b"_s << u"rtx-4090d"_s << 2 << 44.6;
        QTest::newRow("70B Q4 over 3 cards: 45.3 GB") << u"r1-distill-llama-70b"_s << u"rtx-4090d"_s << 3 << 45.3;
    }
    void seed003Footprints()
    {
        QFETCH(QString, model);
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(double, measuredGB);
        const hw::Estimate e = hw::estimate(build(doc(QStringLiteral(
            "\"model\": \"%1\", \"quant\": \"q4_k_m\", \"runtime\": \"ollama\", \"gpu\": {\"id\": \"%2\", \"count\": %3},"
            "\"cpu\": {\"id\": \"i9-13900k\"}, \"ram\": {\"gb\": 128}, \"workload\": {\"users\": 1, \"context\": 2048}").arg(model, gpu).arg(count))));
        QVERIFY(e.fits);
        QCOMPARE(e.placement, hw::Placement::Gpu);
        const double error = (e.gpuTotalGB - measuredGB) / measuredGB;
        qInfo("predicted %.2f GB, measured %.1f GB, error %+.1f%%", e.gpuTotalGB, measuredGB, error * 100);
        QVERIFY2(qAbs(error) < 0.05, qPrintable(QString::number(e.gpuTotalGB)));
    }

    // Seed 000: the automatic llama.cpp layer count follows Unsloth's guide where the physics allows it.
    void seed000LayerCounts_data()
    {
        QTest::addColumn<QString>("quant");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("placement");
        QTest::newRow("1.58-bit on one 24 GB card: 7") << u"ud-iq1_s"_s << u"rtx-4090"_s << 1 << 7 << int(hw::Placement::Hybrid);
        QTest::newRow("2.22-bit on 2 x A100 80 GB: 49") << u"ud-iq2_xxs"_s << u"a100-80g"_s << 2 << 49 << int(hw::Placement::Hybrid);
        // 183 GB on 8 x 24 GB: Unsloth's floor(192 / 183 x 61) - 4 = 60 reads the cards as 24 GB, but each holds
        // 24 GiB (25.8 GB) and all 61 layers fit, so llama.cpp's -ngl auto offloads them all.
        QTest::newRow("2.22-bit on 8 x RTX 4090: all 61") << u"ud-iq2_xxs"_s << u"rtx-4090"_s << 8 << 61 << int(hw::Placement::Gpu);
    }
    void seed000LayerCounts()
    {
        QFETCH(QString, quant);
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(int, layers);
        QFETCH(int, placement);
        const hw::Estimate e = hw::estimate(build(doc(QStringLiteral(
            "\"model\": \"deepseek-r1\", \"quant\": \"%1\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"%2\", \"count\": %3},"
            "\"cpu\": {\"id\": \"epyc-9654\"}, \"ram\": {\"gb\": 384}, \"workload\": {\"users\": 1, \"context\": 4096}").arg(quant, gpu).arg(count))));
        QCOMPARE(e.gpuLayers, layers);
        QCOMPARE(int(e.placement), placement);
        QVERIFY(e.fits);
    }

    // Claims in the seeds that the physics must reject (domain.md section 9).
    void impossibleFits_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("seed 004: 4-bit R1 on one A100 80 GB")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"awq-int4\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"a100-80g\", \"count\": 1}, \"workload\": {\"users\": 1}"_s;
        QTest::newRow("seed 004: FP16 R1 on 8 x H100 (640 GB)")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"fp16\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h100-sxm\", \"count\": 8}, \"workload\": {\"users\": 1}"_s;
        QTest::newRow("seed 000: BF16 R1 on 2 nodes of 8 x A100 80 GB")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"bf16\", \"runtime\": \"vllm\", \"nodes\": 2, \"gpu\": {\"id\": \"a100-80g\", \"count\": 8}, \"workload\": {\"users\": 100}"_s;
        QTest::newRow("FP8 R1 on 8 x A100 is cast to BF16 (1.34 TB)")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"a100-80g\", \"count\": 8}, \"workload\": {\"users\": 1}"_s;
    }
    void impossibleFits()
    {
        QFETCH(QString, body);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY(!e.fits);
        QVERIFY(!e.runs);
        QCOMPARE(e.decodePerUser, 0.0);
        QVERIFY(e.gpuPerDeviceGB > e.gpuCapacityPerDeviceGB * 0.9);
    }

    void possibleFits_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("placement");
        QTest::newRow("seed 000: 8 x A100 80 GB runs Q4_K_M")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"a100-80g\", \"count\": 8}, \"cpu\": {\"id\": \"xeon-8358\", \"sockets\": 2}, \"ram\": {\"gb\": 512}, \"workload\": {\"users\": 1}"_s
            << int(hw::Placement::Gpu);
        QTest::newRow("seed 000: the 1.5B distill runs on a GTX 1660")
            << u"\"model\": \"r1-distill-qwen-1.5b\", \"quant\": \"q4_k_m\", \"runtime\": \"ollama\", \"gpu\": {\"id\": \"gtx-1660\", \"count\": 1}, \"cpu\": {\"id\": \"i9-13900k\"}, \"ram\": {\"gb\": 32}, \"workload\": {\"users\": 1, \"context\": 2048}"_s
            << int(hw::Placement::Gpu);
        QTest::newRow("seed 000: KTransformers, 14 GB VRAM + 382 GB RAM")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 1}, \"cpu\": {\"id\": \"xeon-6454s\"}, \"ram\": {\"gb\": 512}, \"workload\": {\"users\": 1}"_s
            << int(hw::Placement::Hybrid);
        QTest::newRow("FP8 R1 on 8 x H200")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 32}"_s
            << int(hw::Placement::Gpu);
        QTest::newRow("seed 000: 20 Mac minis 64 GB over exo")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"exo\", \"nodes\": 20, \"gpu\": {\"id\": \"mac-mini-m4-pro-64g\", \"count\": 1}, \"workload\": {\"users\": 1}"_s
            << int(hw::Placement::Unified);
    }
    void possibleFits()
    {
        QFETCH(QString, body);
        QFETCH(int, placement);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY2(e.fits, hw::english(e.explanation).c_str());
        QCOMPARE(int(e.placement), placement);
        QVERIFY(e.decodePerUser > 0);
        QVERIFY(e.prefillTps > 0);
        QVERIFY(e.gpuPerDeviceGB <= e.gpuCapacityPerDeviceGB);
    }

    // Seed 001: a 5,000 CNY Ryzen 7950X with 64 GB "runs" R1-0528 at 8 bit: only by paging from the SSD.
    void ssdPagingIsSlowAndSaysSo()
    {
        const hw::Estimate e = hw::estimate(build(doc(u"\"model\": \"deepseek-r1-0528\", \"quant\": \"q8_0\", \"runtime\": \"llama.cpp\","
                                                       "\"cpu\": {\"id\": \"ryzen-9-7950x\"}, \"ram\": {\"gb\": 64}, \"workload\": {\"users\": 1}"_s)));
        QVERIFY(!e.fits);
        QVERIFY(e.runs);
        QCOMPARE(e.placement, hw::Placement::Cpu);
        QCOMPARE(e.bound, hw::Bound::Ssd);
        QVERIFY2(e.decodePerUser < 1.0, qPrintable(QString::number(e.decodePerUser)));
        QVERIFY(e.decodePerUser > 0.0);
    }

    void unifiedWiredLimit()
    {
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"q2_k_l\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"mac-studio-m3-ultra-256g\", \"count\": 1%1}, \"workload\": {\"users\": 1}"_s;
        const hw::Estimate byDefault = hw::estimate(build(doc(body.arg(QString()))));
        QVERIFY(!byDefault.fits); // 244 GB > 75% of 256 GiB (206 GB)
        QCOMPARE(byDefault.gpuCapacityPerDeviceGB, 0.75 * 256 * hw::kGiBInGB);
        const hw::Estimate raised = hw::estimate(build(doc(body.arg(u", \"wired_limit_gb\": 260"_s))));
        QVERIFY(raised.fits);
        QCOMPARE(raised.placement, hw::Placement::Unified);
        QVERIFY(raised.decodePerUser > byDefault.decodePerUser);
    }

    // A figure the vendor does not publish is stored as 0 (unknown): the estimate names the part and the missing
    // figure instead of printing a prefill speed computed from 0; decode, which needs only bandwidth, stays.
    void unpublishedFiguresAreNamedNotUsed()
    {
        const hw::Estimate e = hw::estimate(build(doc(u"\"model\": \"qwen3-30b-a3b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"mac-mini-m4-pro-48g\"}, \"workload\": {\"users\": 1}"_s)));
        QVERIFY(e.runs);
        QVERIFY(!e.prefillKnown);
        QCOMPARE(e.prefillTps, 0.0);
        QVERIFY(e.decodePerUser > 0.0);
        QStringList lines;
        for (const hw::Message &m : e.explanation)
            lines << QString::fromStdString(hw::fill(m.text, m.args));
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"Prefill: not estimated: Apple Mac mini"_s) && all.contains(u"no published BF16 TFLOPS"_s), qPrintable(all));
        QVERIFY(!all.contains(u"Prefill: 0 tok/s"_s));
        // A GPU with its figure keeps the prefill estimate.
        const hw::Estimate known = hw::estimate(build(doc(u"\"model\": \"qwen3-30b-a3b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"rtx-4090\"}, \"workload\": {\"users\": 1}"_s)));
        QVERIFY(known.prefillKnown && known.prefillTps > 0);
    }

    // No published default GPU limit on a unified machine (DGX Spark): all but the OS reserve, said so.
    void unifiedWithoutPublishedLimit()
    {
        const hw::Estimate e = hw::estimate(build(doc(u"\"model\": \"gpt-oss-120b\", \"quant\": \"mxfp4\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"dgx-spark\"}, \"workload\": {\"users\": 1}"_s)));
        QCOMPARE(e.placement, hw::Placement::Unified);
        QCOMPARE(e.gpuCapacityPerDeviceGB, 128.0 * hw::kGiBInGB - hw::kUnifiedOsReserveGB); // 128 GiB
        QVERIFY(e.fits); // 65 GB published file
        QString all;
        for (const hw::Message &m : e.explanation)
            all += QString::fromStdString(hw::fill(m.text, m.args)) + u'\n';
        QVERIFY2(all.contains(u"no published GPU limit"_s), qPrintable(all));
    }

    // MoE: B users read the union of their experts, so aggregate throughput grows slower than for a dense model.
    void moeAggregateGrowsSlowerThanDense()
    {
        const QString moe = u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": %1, \"prompt_tokens\": 1, \"output_tokens\": 1000}"_s;
        const QString dense = u"\"model\": \"r1-distill-llama-70b\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": %1, \"prompt_tokens\": 1, \"output_tokens\": 1000}"_s;
        const double moeGain = hw::estimate(build(doc(moe.arg(16)))).decodeAggregate / hw::estimate(build(doc(moe.arg(1)))).decodeAggregate;
        const double denseGain = hw::estimate(build(doc(dense.arg(16)))).decodeAggregate / hw::estimate(build(doc(dense.arg(1)))).decodeAggregate;
        qInfo("aggregate gain from 1 to 16 users: MoE x%.1f, dense x%.1f", moeGain, denseGain);
        QVERIFY(moeGain > 1.5);
        QVERIFY(moeGain < denseGain);
    }

    // Tensor parallel gives every GPU heads / tp attention heads: 6 GPUs do not divide R1's 128 heads, 8 do.
    void tensorParallelNeedsAGpuCountThatDividesTheHeads()
    {
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"mi300x\", \"count\": %1}, "
                             u"\"workload\": {\"users\": 1}"_s;
        const hw::Estimate six = hw::estimate(build(doc(body.arg(6))), hw::Detail::Explained);
        QVERIFY(!six.runs);
        QVERIFY(std::any_of(six.explanation.begin(), six.explanation.end(),
                            [](const hw::Message &m) { return std::string_view(m.text).find("attention heads") != std::string_view::npos && m.args.at(3) == "6"; }));
        const hw::Estimate eight = hw::estimate(build(doc(body.arg(8))));
        QVERIFY(eight.runs && eight.decodePerUser > 0);
    }

    // A MoE layer's routing and expert kernels cost a latency per step on top of the bytes it reads;
    // a dense model's layers do not (llama.cpp family's fitted moe_layer_latency_gpu_us with the
    // experts on GPUs, moe_layer_latency_us with them in RAM).
    void moeLayersAddTheirLatency()
    {
        const QString body = u"\"model\": \"%1\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1}"_s;
        for (const char *model : {"qwen3-30b-a3b", "r1-distill-qwen-32b"}) {
            hw::Build b = build(doc(body.arg(QLatin1StringView(model))));
            b.runtime.moeLayerLatencyUs = 0;
            b.runtime.moeLayerLatencyGpuUs = 0;
            const hw::Plan plan = hw::planPlacement(b, false);
            const double without = hw::decodeStep(b, plan, 1).total();
            b.runtime.moeLayerLatencyUs = 100; // the experts are on the GPUs: the RAM latency does not apply
            QVERIFY2(qAbs(hw::decodeStep(b, plan, 1).total() - without) < 1e-12, model);
            b.runtime.moeLayerLatencyGpuUs = 100;
            const double with = hw::decodeStep(b, plan, 1).total();
            const int moeLayers = b.model.isMoe() ? b.model.layers - b.model.denseLayers : 0;
            QVERIFY2(qAbs(with - without - moeLayers * 100e-6) < 1e-9, model);
            QCOMPARE(moeLayers > 0, b.model.isMoe());
        }
    }

    // With the experts in RAM (expert offload) the MoE layers pay the RAM latency, not the GPU one.
    void moeLayersInRamPayTheRamLatency()
    {
        hw::Build b = build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"ud-q2_k_xl\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 1}, "
                                 "\"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 1}, \"ram\": {\"gb\": 512}, \"workload\": {\"users\": 1}"_s));
        b.runtime.moeLayerLatencyUs = 0;
        b.runtime.moeLayerLatencyGpuUs = 0;
        const hw::Plan plan = hw::planPlacement(b, false);
        QVERIFY(plan.runs);
        const double without = hw::decodeStep(b, plan, 1).total();
        b.runtime.moeLayerLatencyGpuUs = 100;
        QVERIFY(qAbs(hw::decodeStep(b, plan, 1).total() - without) < 1e-12);
        b.runtime.moeLayerLatencyUs = 100;
        QVERIFY(qAbs(hw::decodeStep(b, plan, 1).total() - without - b.model.moeLayers() * 100e-6) < 1e-9);
    }

    // Expert-offload prefill against public measurements: KTransformers' kt-kernel streams the RAM-resident
    // experts to the GPU once per prompt (layerwise prefill), so its rate grows with the prompt; llama.cpp
    // copies them once per micro-batch (-ub) of >= 32 tokens. Each within 2x, and the trend right.
    void expertOffloadPrefillStreamsExpertsToTheGpu_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<double>("measured");
        const QString kt = u"\"model\": \"minimax-m2\", \"quant\": \"fp8\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-5090\", \"count\": 1}, "
                           "\"cpu\": {\"name\": \"AMD EPYC 9355\", \"cores\": 32, \"base_ghz\": 3.55, \"memory_channels\": 12, \"memory_type\": \"ddr5\", "
                           "\"memory_mts\": 6400, \"amx\": false, \"avx512\": true, \"sockets\": 2}, \"ram\": {\"gb\": 1024, \"mts\": 5600}, "
                           "\"workload\": {\"users\": 1, \"prompt_tokens\": %1, \"output_tokens\": 1, \"context\": %2}, \"offload\": {\"experts_on_cpu\": true}"_s;
        // https://github.com/kvcache-ai/ktransformers/blob/main/doc/en/kt-kernel/MiniMax-M2.1-Tutorial.md (2025-12-24), 1 x RTX 5090 + 2 x EPYC 9355
        QTest::newRow("KT MiniMax-M2.1 8192-token prompt: 1196 tok/s") << kt.arg(8192).arg(8193) << 1196.0;
        QTest::newRow("KT MiniMax-M2.1 32768-token prompt: 2540 tok/s") << kt.arg(32768).arg(32769) << 2540.0;
        const QString ik = u"\"model\": \"qwen3-30b-a3b\", \"quant\": {\"id\": \"custom\", \"file_gb\": 18.87}, \"runtime\": \"ik_llama.cpp\", "
                           "\"gpu\": {\"id\": \"rtx-4080\", \"count\": 1}, \"cpu\": {\"id\": \"ryzen-9-7950x\", \"sockets\": 1, \"threads\": 16}, "
                           "\"workload\": {\"users\": 1, \"prompt_tokens\": 2048, \"output_tokens\": 1, \"context\": 2049}, \"offload\": {\"experts_on_cpu\": true}, \"ubatch\": %1"_s;
        // ik_llama.cpp discussion (corpus source U02): llama-bench -ngl 99 -ot exps=CPU -p 2048, -ub 512 606.31, -ub 2048 1554.57 tok/s
        QTest::newRow("ik_llama.cpp Qwen3-30B-A3B exps=CPU -ub 512: 606 tok/s") << ik.arg(512) << 606.31;
        QTest::newRow("ik_llama.cpp Qwen3-30B-A3B exps=CPU -ub 2048: 1555 tok/s") << ik.arg(2048) << 1554.57;
    }
    void expertOffloadPrefillStreamsExpertsToTheGpu()
    {
        QFETCH(QString, body);
        QFETCH(double, measured);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY(e.runs && e.prefillKnown);
        QVERIFY2(e.prefillTps > measured / 2 && e.prefillTps < measured * 2, qPrintable(QString::number(e.prefillTps)));
    }
    // Expert-offload decode against public measurements where the CPU's threads, not its DRAM, set the
    // stream (EPYC 9355, 32 threads on 12 channels of DDR5-6400) and where KTransformers copies the
    // experts to both sockets (USE_NUMA=1). Before the threads' cap bounded the reached bandwidth rather
    // than the peak the efficiency multiplies, these were x0.61 and x1.50; each now within 1.35x.
    void expertOffloadDecodeOnServerCpus_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<double>("measured");
        // https://github.com/ikawrakow/ik_llama.cpp/discussions/258 (2025-06-24), corpus point P038: tg128 13.79 tok/s
        QTest::newRow("ik_llama.cpp DeepSeek-V3 Q4_K_M exps=CPU, EPYC 9355 -t 32: 13.8 tok/s")
            << u"\"model\": \"deepseek-v3\", \"quant\": \"q4_k_m\", \"runtime\": \"ik_llama.cpp\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 1}, "
               "\"cpu\": {\"name\": \"AMD EPYC 9355\", \"cores\": 32, \"base_ghz\": 3.55, \"memory_channels\": 12, \"memory_type\": \"ddr5\", "
               "\"memory_mts\": 6400, \"amx\": false, \"avx512\": true, \"sockets\": 1, \"threads\": 32}, \"ram\": {\"gb\": 768, \"mts\": 6400, \"channels\": 12}, "
               "\"workload\": {\"users\": 1, \"prompt_tokens\": 1, \"output_tokens\": 128, \"context\": 129}, \"offload\": {\"experts_on_cpu\": true}"_s
            << 13.79;
        // https://github.com/kvcache-ai/ktransformers/blob/main/doc/en/DeepseekR1_V3_tutorial.md (V0.2.1), corpus point M008: 13.5 tok/s
        QTest::newRow("KTransformers V0.2.1 DeepSeek-V3 Q4_K_M, 2 x Xeon Gold 6454S: 13.5 tok/s")
            << u"\"model\": \"deepseek-v3\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 1}, "
               "\"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 2, \"kernels\": \"avx512\"}, \"ram\": {\"gb\": 1024, \"mts\": 4800, \"channels\": 16}, "
               "\"workload\": {\"users\": 1, \"prompt_tokens\": 969, \"output_tokens\": 300, \"context\": 1269}"_s
            << 13.5;
    }
    void expertOffloadDecodeOnServerCpus()
    {
        QFETCH(QString, body);
        QFETCH(double, measured);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY(e.runs);
        QVERIFY2(e.decodePerUser > measured / 1.35 && e.decodePerUser < measured * 1.35, qPrintable(QString::number(e.decodePerUser)));
    }
    void threadCapBoundsReachedBandwidth()
    {
        // 4 threads on 12 channels: the stage reaches 4 x kPerCoreBandwidthGBs whatever the runtime's efficiency.
        const QString body = u"\"model\": \"qwen3-30b-a3b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", "
                             "\"cpu\": {\"id\": \"epyc-9654\", \"sockets\": 1, \"threads\": 4}, \"ram\": {\"gb\": 256}, "
                             "\"workload\": {\"users\": 1, \"prompt_tokens\": 1, \"output_tokens\": 128, \"context\": 129}"_s;
        hw::Build b = build(doc(body));
        for (double eff : {0.3, 0.9}) {
            b.runtime.cpuBandwidthEfficiency = eff;
            const hw::Plan plan = hw::planPlacement(b, false);
            QVERIFY(plan.runs && !plan.stages.empty());
            const hw::Stage &s = plan.stages[plan.stages.size() - 1];
            QCOMPARE(s.kind, hw::Stage::Cpu);
            QVERIFY2(qAbs(s.bandwidthGBs * s.efficiency - 4 * hw::kPerCoreBandwidthGBs) < 1e-9, qPrintable(QString::number(s.bandwidthGBs * s.efficiency)));
        }
        // 96 threads: DRAM bound, the efficiency applies to the peak.
        b.cpuThreads = 96;
        b.runtime.cpuBandwidthEfficiency = 0.5;
        const hw::Plan plan = hw::planPlacement(b, false);
        QVERIFY(qAbs(plan.stages[plan.stages.size() - 1].efficiency - 0.5) < 1e-12);
    }
    void onlyKTransformersDuplicatesExpertsPerSocket()
    {
        const QString body = u"\"model\": \"deepseek-v3\", \"quant\": \"q4_k_m\", \"runtime\": \"%1\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 1}, "
                             "\"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 2}, \"ram\": {\"gb\": 1024}, \"offload\": {\"experts_on_cpu\": true}, "
                             "\"workload\": {\"users\": 1, \"prompt_tokens\": 1, \"output_tokens\": 128, \"context\": 129}"_s;
        const hw::Estimate kt = hw::estimate(build(doc(body.arg(u"ktransformers"_s))));
        const hw::Estimate ik = hw::estimate(build(doc(body.arg(u"ik_llama.cpp"_s))));
        QVERIFY(kt.runs && ik.runs);
        QVERIFY2(kt.ramGB > 1.8 * ik.ramGB, qPrintable(QString::number(kt.ramGB) + u" "_s + QString::number(ik.ramGB)));
    }
    void expertStreamingAmortisesOverTokens()
    {
        // The copy is paid per prompt (KTransformers) or per micro-batch (llama.cpp): more tokens per copy, faster.
        const QString kt = u"\"model\": \"minimax-m2\", \"quant\": \"fp8\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-5090\", \"count\": 1}, "
                           "\"cpu\": {\"id\": \"epyc-9654\", \"sockets\": 1}, \"ram\": {\"gb\": 512}, "
                           "\"workload\": {\"users\": 1, \"prompt_tokens\": %1, \"output_tokens\": 1, \"context\": 40000}"_s;
        QVERIFY(hw::estimate(build(doc(kt.arg(32768)))).prefillTps > 1.5 * hw::estimate(build(doc(kt.arg(8192)))).prefillTps);
        const QString ll = u"\"model\": \"qwen3-30b-a3b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"rtx-4080\", \"count\": 1}, "
                           "\"cpu\": {\"id\": \"ryzen-9-7950x\", \"sockets\": 1}, \"ram\": {\"gb\": 64}, \"offload\": {\"experts_on_cpu\": true}, "
                           "\"workload\": {\"users\": 1, \"prompt_tokens\": 4096, \"output_tokens\": 1, \"context\": 8192}, \"ubatch\": %1"_s;
        QVERIFY(hw::estimate(build(doc(ll.arg(2048)))).prefillTps > 1.5 * hw::estimate(build(doc(ll.arg(512)))).prefillTps);
        // Below ggml's 32-token offload threshold the experts stay on the CPU: the copy path does not apply.
        auto withoutCopy = [](hw::Plan plan) {
            for (hw::Stage &st : plan.stages)
                st.prefillCopyGBs = 0;
            return plan;
        };
        for (int ub : {16, 2048}) {
            const hw::Build b = build(doc(ll.arg(ub)));
            const hw::Plan plan = hw::planPlacement(b, false);
            const double with = hw::prefillTokensPerSecond(b, plan), without = hw::prefillTokensPerSecond(b, withoutCopy(plan));
            QVERIFY2(ub < hw::kGpuOffloadMinBatch ? with == without : with > 1.5 * without, qPrintable(QString::number(ub)));
        }
    }

    // DeepSeek's FP8 release (685 GB) carries one MTP layer of 11.5B parameters (README_WEIGHTS.md) that the
    // serving engines load only for speculative decoding: the resident weights are the file less that layer.
    void fp8FileLessItsMtpLayer()
    {
        const hw::Build b = build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1}"_s));
        QCOMPARE(b.model.mtpLayers, 1);
        const hw::WeightBytes w = hw::weightBytes(b, true);
        QVERIFY(w.fromFileSize);
        // 11.5B of 671 + 11.5B parameters: 1.68% of the 685 GB file, ~11.5 GB.
        QVERIFY2(w.mtpExcludedBytes > 10.5e9 && w.mtpExcludedBytes < 12.5e9, qPrintable(QString::number(w.mtpExcludedBytes / 1e9)));
        QVERIFY(qAbs(w.total + w.mtpExcludedBytes - 685e9) < 1e6);
        // A GGUF conversion has no MTP layer to drop.
        const hw::Build g = build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1}"_s));
        QCOMPARE(hw::weightBytes(g, true).mtpExcludedBytes, 0.0);
    }

    // Batch-1 decode of R1 on 8 x B200 with SGLang is latency, not bandwidth: 109.2 tok/s measured
    // (https://github.com/sgl-project/sgl-cookbook/blob/main/docs/autoregressive/DeepSeek/DeepSeek-R1.md,
    // SGLang 0.5.6, 2026-01-05; corpus point P131: R1-0528, TPOT 9.2 ms), where the GPUs' bandwidth alone
    // would allow several hundred. With the seed's fitted factors the estimate is within 2x of it and
    // the runtime's fixed work (step overhead, all-reduce latency), not the bytes, is the largest part.
    void sglangBatchOneOnEightB200IsLatencyBound()
    {
        const hw::Build b = build(doc(u"\"model\": \"deepseek-r1-0528\", \"quant\": \"fp8\", \"runtime\": \"sglang\", "
                                      "\"gpu\": {\"id\": \"b200\", \"count\": 8}, \"workload\": {\"users\": 1, \"prompt_tokens\": 610, "
                                      "\"output_tokens\": 421, \"context\": 1031}"_s));
        const hw::Estimate e = hw::estimate(b);
        QVERIFY(e.runs);
        const double measured = 109.2;
        QVERIFY2(e.decodePerUser > measured / 2 && e.decodePerUser < measured * 2, qPrintable(QString::number(e.decodePerUser)));
        const hw::Plan plan = hw::planPlacement(b, false);
        const hw::StepTime st = hw::decodeStep(b, plan, 1);
        QVERIFY2(st.overhead + st.interconnect > st.gpuMemory, qPrintable(u"fixed %1 ms, bytes %2 ms"_s.arg((st.overhead + st.interconnect) * 1e3).arg(st.gpuMemory * 1e3)));
    }

    // SGLang prefills a prompt in one forward pass up to its chunked_prefill_size (16384 tokens on a
    // B200, python/sglang/srt/server_args.py), not in llama.cpp's 512-token micro-batches, and a request's
    // time to first token holds a fixed latency beside the arithmetic (first_token_latency_ms, fitted).
    // Measured with SGLang 0.5.6.post1 on 8 x B200, R1-0528 FP8, TP8 (sgl-cookbook DeepSeek-R1.md,
    // 2026-01-05; corpus points P132, P144, P147): TTFT 153.0 ms for a 610-token prompt and 165.91 ms
    // for a 4194-token one (prompt/TTFT 3986.9 and 25278.8 tok/s), and 25.04 tok/s per user (1 / TPOT)
    // at 64 concurrent 3981-in/530-out requests, where other users' prompts stall the decode steps.
    // Each within 2x with the seed's fitted factors; the 512-token micro-batch is slower.
    void sglangPrefillChunkAndFirstTokenLatencyOnEightB200()
    {
        const QString r1 = u"\"model\": \"deepseek-r1-0528\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"b200\", \"count\": 8}, "_s;
        struct Point
        {
            QString workload;
            double measured;
            bool prefill;
        } points[] = {{u"\"users\": 1, \"prompt_tokens\": 610, \"output_tokens\": 1, \"context\": 611"_s, 3986.9, true},
                      {u"\"users\": 1, \"prompt_tokens\": 4194, \"output_tokens\": 1, \"context\": 4195"_s, 25278.8, true},
                      {u"\"users\": 64, \"prompt_tokens\": 3981, \"output_tokens\": 530, \"context\": 4511"_s, 25.04, false}};
        for (const Point &p : points) {
            const hw::Build b = build(doc(r1 + u"\"workload\": {"_s + p.workload + u"}"_s));
            const hw::Estimate e = hw::estimate(b);
            QVERIFY(e.runs);
            const double v = p.prefill ? e.prefillTps : e.decodePerUser;
            QVERIFY2(v > p.measured / 2 && v < p.measured * 2, qPrintable(u"%1: %2 vs %3 measured"_s.arg(p.workload).arg(v).arg(p.measured)));
        }
        const hw::RuntimeSpec *sglang = m_cat.catalog.runtime("sglang");
        QVERIFY(sglang && sglang->firstTokenLatencyMs > 0);
        hw::Build b = build(doc(r1 + u"\"workload\": {\"users\": 1, \"prompt_tokens\": 4194, \"output_tokens\": 1, \"context\": 4195}"_s));
        const double chunked = hw::prefillTokensPerSecond(b, hw::planPlacement(b, false));
        b.ubatch = hw::kUbatch;
        const double microBatches = hw::prefillTokensPerSecond(b, hw::planPlacement(b, false));
        QVERIFY2(chunked > 1.5 * microBatches, qPrintable(u"%1 vs %2 tok/s"_s.arg(chunked).arg(microBatches)));
    }

    // vLLM's V0 and V1 engines are separate runtime rows with their own fitted step overhead (V1, the
    // default from 0.8.0, moved host work off the critical path: blog "vLLM V1: A Major Upgrade to vLLM's
    // Core Architecture", 2025-01-27). V1: gpt-oss-120b on one A100 80GB at 90 tok/s, batch 1
    // (vllm/vllm-openai:gptoss image, VLLM_ATTENTION_BACKEND=TRITON_ATTN_VLLM_V1, TP=1;
    // https://github.com/vllm-project/vllm/issues/22331, 2025-08-28; corpus point M197). V0: vLLM 0.7.3,
    // DeepSeek-V3-AWQ on 8 x H100 SXM at about 33 tok/s with max concurrency 1
    // (https://github.com/dzhsurf/deepseek-v3-r1-deploy-and-benchmarks/blob/main/README.md, 2025-03-01;
    // corpus point N076). Each within 2x with its own engine's factors, and the fit gives V0 the larger
    // per-step overhead.
    void vllmV0AndV1EnginesHaveTheirOwnStepOverhead()
    {
        const hw::RuntimeSpec *v1 = m_cat.catalog.runtime("vllm");
        const hw::RuntimeSpec *v0 = m_cat.catalog.runtime("vllm-v0");
        QVERIFY(v1 && v0);
        QVERIFY2(v0->stepOverheadMs > v1->stepOverheadMs, qPrintable(u"V0 %1 ms, V1 %2 ms"_s.arg(v0->stepOverheadMs).arg(v1->stepOverheadMs)));
        const hw::Build a100 = build(doc(u"\"model\": \"gpt-oss-120b\", \"quant\": \"mxfp4\", \"runtime\": \"vllm\", "
                                         "\"gpu\": {\"id\": \"a100-80g\", \"count\": 1}, \"workload\": {\"users\": 1}"_s));
        const hw::Estimate e1 = hw::estimate(a100);
        QVERIFY(e1.runs);
        QVERIFY2(e1.decodePerUser > 90.0 / 2 && e1.decodePerUser < 90.0 * 2, qPrintable(QString::number(e1.decodePerUser)));
        const QString h100 = u"\"model\": \"deepseek-v3\", \"quant\": \"awq-int4\", \"runtime\": \"%1\", \"gpu\": {\"id\": \"h100-sxm\", \"count\": 8}, "
                             "\"max_batch\": 128, \"workload\": {\"users\": 1, \"prompt_tokens\": 1024, \"output_tokens\": 256, \"context\": 1280}"_s;
        const hw::Estimate e0 = hw::estimate(build(doc(h100.arg(u"vllm-v0"_s))));
        QVERIFY(e0.runs);
        QVERIFY2(e0.decodePerUser > 33.0 / 2 && e0.decodePerUser < 33.0 * 2, qPrintable(QString::number(e0.decodePerUser)));
        // The same build on the V1 engine: only the step overhead differs, so V1 is faster.
        const hw::Estimate e0as1 = hw::estimate(build(doc(h100.arg(u"vllm"_s))));
        QVERIFY(e0as1.decodePerUser > e0.decodePerUser);
    }

    // A decode step pays a latency floor per weight matrix a token passes through (the seed's fitted
    // vLLM matmul_latency_us), so the time beyond bytes scales with what the step does: DeepSeek-class
    // models (61 layers, MLA, 1 shared expert: 602 fused matmul kernels) pay ~3x gpt-oss-120b (36 GQA
    // layers: 181), as the public vLLM runs show, where one step constant was 3x off
    // on both. Rows (corpus builds): gpt-oss-120b on 8 x H100 SXM, 4 users, TPOT 3.72 ms = 268.8 tok/s
    // (InferenceX, https://github.com/SemiAnalysisAI/InferenceX/issues/828, 2026-03-01; N129);
    // DeepSeek-V3.2 on 8 x H20, 30 tok/s at one request (vLLM 0.13.0rc2,
    // https://github.com/vllm-project/vllm/issues/30832, 2025-12-17; M148); Kimi K2 FP8 on 2 nodes x 8
    // H800, TP8 PP2, Mean TPOT 30.78 ms = 32.49 tok/s (https://github.com/vllm-project/recipes/blob/main/moonshotai/Kimi-K2.md,
    // 2025-07; N001).
    void vllmMatmulFloorScalesWithTheModel_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<double>("measured");
        QTest::newRow("T16 gpt-oss-120b 8xH100 4 users")
            << u"\"model\": \"gpt-oss-120b\", \"quant\": \"mxfp4\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h100-sxm\", \"count\": 8}, "
               "\"workload\": {\"users\": 4, \"prompt_tokens\": 1024, \"output_tokens\": 1024, \"context\": 2048}"_s
            << 268.8;
        QTest::newRow("S40 DeepSeek-V3.2 8xH20 1 user")
            << u"\"model\": \"deepseek-v3.2-exp\", \"quant\": \"fp8\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h20\", \"count\": 8}, "
               "\"workload\": {\"users\": 1}"_s
            << 30.0;
        QTest::newRow("T01 Kimi K2 2x8 H800 PP2 1 user")
            << u"\"model\": \"kimi-k2-instruct\", \"quant\": \"fp8\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h800\", \"count\": 8}, "
               "\"nodes\": 2, \"pipeline_parallel\": 2, \"workload\": {\"users\": 1, \"prompt_tokens\": 1000, \"output_tokens\": 512, \"context\": 1512}"_s
            << 32.49;
    }
    void vllmMatmulFloorScalesWithTheModel()
    {
        QFETCH(QString, body);
        QFETCH(double, measured);
        const hw::Build b = build(doc(body));
        const hw::Estimate e = hw::estimate(b);
        QVERIFY(e.runs);
        QVERIFY2(e.decodePerUser > measured / 2 && e.decodePerUser < measured * 2, qPrintable(u"%1 vs %2 measured"_s.arg(e.decodePerUser).arg(measured)));
        QVERIFY(b.runtime.matmulLatencyUs > 0);
        // Without the floor the same build is more than 2x too fast: the floor, not the bytes, is most of the step.
        hw::Build bare = b;
        bare.runtime.matmulLatencyUs = 0;
        QVERIFY2(hw::estimate(bare).decodePerUser > 2 * measured, qPrintable(QString::number(hw::estimate(bare).decodePerUser)));
    }

    // Matmul kernels per token as vLLM fuses them: DeepSeek-V3 61 layers (3 dense FFNs of gate_up + down),
    // MLA (fused q_a+kv_a, q_b, W_UK, W_UV, o), each MoE layer the router, two grouped expert GEMMs
    // (fused_moe.py: w13 and w2, whatever the 8 routed experts) and the shared expert's gate_up + down;
    // gpt-oss-120b 36 MoE layers, GQA qkv_proj + o_proj, router + two grouped GEMMs. Each plus the
    // output head. The count does not grow with the experts a token picks.
    void matmulsPerTokenCountsTheFusedKernels()
    {
        const hw::ModelSpec *ds = m_cat.catalog.model("deepseek-v3");
        const hw::ModelSpec *oss = m_cat.catalog.model("gpt-oss-120b");
        QVERIFY(ds && oss);
        QCOMPARE(ds->matmulsPerToken(), 61 * 5 + 3 * 2 + 58 * (1 + 2 + 2 * 1) + 1);
        QCOMPARE(oss->matmulsPerToken(), 36 * 2 + 36 * (1 + 2) + 1);
        hw::ModelSpec more = *oss;
        more.expertsPerToken = 8;
        QCOMPARE(more.matmulsPerToken(), oss->matmulsPerToken());
    }

    // vLLM 0.6.6 with --pipeline-parallel-size 2 --tensor-parallel-size 8 on two nodes of 8 x H100 serves
    // DeepSeek-V3 at 2.05 tok/s per user with 512 concurrent requests (Mean TPOT 488.89 ms; ShareGPT,
    // https://github.com/AUGMXNT/llm-tracker.info-vault/blob/main/DeepSeek-V3%20Testing.md, 2025-01-05;
    // corpus point P220; vLLM 0.6.6 keeps MLA expanded to full heads; 0.6.6 is the V0 engine). Two stages of TP8: the all-reduces stay
    // inside a node, only the stage hand-off crosses the network, and 2 micro-batches are in flight.
    void vllmPipelineParallelTwoNodes()
    {
        const QString body = u"\"model\": \"deepseek-v3\", \"quant\": \"fp8\", \"runtime\": \"vllm-v0\", \"gpu\": {\"id\": \"h100-sxm\", \"count\": 8}, "
                             "\"nodes\": 2, %1\"kv_cache\": {\"mla\": false}, "
                             "\"workload\": {\"users\": %2, \"prompt_tokens\": 224, \"output_tokens\": 192, \"context\": 416}"_s;
        const hw::Build pp = build(doc(body.arg(u"\"pipeline_parallel\": 2, "_s).arg(512)));
        QCOMPARE(pp.pipelineParallel, 2);
        const hw::Estimate e = hw::estimate(pp);
        QVERIFY(e.runs);
        const double measured = 2.05;
        QVERIFY2(e.decodePerUser > measured / 2 && e.decodePerUser < measured * 2, qPrintable(QString::number(e.decodePerUser)));
        // The same GPUs as TP16: each GPU holds the same weights; a step's communication is far less.
        const hw::Build tp = build(doc(body.arg(QString()).arg(512)));
        const hw::Plan ppPlan = hw::planPlacement(pp, false), tpPlan = hw::planPlacement(tp, false);
        QCOMPARE(ppPlan.devices.front().weightsGB, tpPlan.devices.front().weightsGB);
        QVERIFY2(ppPlan.interconnectMs < tpPlan.interconnectMs / 4, qPrintable(u"%1 vs %2 ms"_s.arg(ppPlan.interconnectMs).arg(tpPlan.interconnectMs)));
        // At batch 1 a token passes both stages in turn: no faster than one stage's GPUs reading all the weights.
        const hw::Build one = build(doc(body.arg(u"\"pipeline_parallel\": 2, "_s).arg(1)));
        const hw::Plan onePlan = hw::planPlacement(one, false);
        QCOMPARE(onePlan.stages.front().devices, 8);
        QVERIFY(hw::decodeStep(one, onePlan, 2).total() == hw::decodeStep(one, onePlan, 1).total()); // 2 sequences: one per stage
        // A stage count that does not divide the GPUs does not run, and says so.
        hw::Build odd = pp;
        odd.pipelineParallel = 3;
        QVERIFY(!hw::estimate(odd).runs);
    }

    void perUserSpeedFallsWithUsers()
    {
        double last = 1e9;
        for (int users : {1, 2, 8, 32, 128, 256}) {
            const hw::Estimate e = hw::estimate(build(doc(QStringLiteral(
                "\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": %1}").arg(users))));
            QVERIFY2(e.decodePerUser <= last, qPrintable(QString::number(users)));
            last = e.decodePerUser;
        }
    }

    void halfPopulatedChannelsHalveCpuSpeed()
    {
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"cpu\": {\"id\": \"xeon-8480\"}, \"ram\": {\"gb\": 512, \"channels\": %1}, \"workload\": {\"users\": 1}"_s;
        const hw::Estimate full = hw::estimate(build(doc(body.arg(8))));
        const hw::Estimate half = hw::estimate(build(doc(body.arg(4))));
        QCOMPARE(full.bound, hw::Bound::CpuMemoryBandwidth);
        // Half the channels double the time spent reading RAM; the fixed per-MoE-layer latency stays,
        // so the whole step grows by less than 2x.
        auto ramSeconds = [&](int channels) {
            const hw::Build b = build(doc(body.arg(channels)));
            return hw::decodeStep(b, hw::planPlacement(b, false), 1).cpuMemory;
        };
        QVERIFY(qAbs(ramSeconds(4) / ramSeconds(8) - 2.0) < 0.04);
        QVERIFY(half.decodePerUser < full.decodePerUser * 0.75);
        QVERIFY(half.decodePerUser >= full.decodePerUser * 0.5 - 1e-9);
    }

    void numaDuplicationDoublesRamAndBandwidth()
    {
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\"}, \"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 2}, \"ram\": {\"gb\": 1024}, \"offload\": {\"numa_duplicate\": %1}, \"workload\": {\"users\": 1}"_s;
        const hw::Estimate single = hw::estimate(build(doc(body.arg(u"false"_s))));
        const hw::Estimate dup = hw::estimate(build(doc(body.arg(u"true"_s))));
        QVERIFY(dup.ramGB > 1.9 * single.ramGB - 5);
        QVERIFY(dup.decodePerUser > 1.2 * single.decodePerUser);
        QVERIFY(dup.fits);
    }

    void maxUsersRespectsSpeedAndKv()
    {
        const hw::Build b = build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1, \"context\": 32768, \"min_tps_per_user\": 14}"_s));
        const hw::Estimate e = hw::estimate(b);
        QVERIFY(e.maxUsers > 1);
        hw::Build at = b;
        at.workload.users = e.maxUsers;
        QVERIFY(hw::estimate(at, hw::Detail::Figures).decodePerUser >= 14.0);
        at.workload.users = e.maxUsers + 1;
        const hw::Estimate over = hw::estimate(at, hw::Detail::Figures);
        QVERIFY(over.decodePerUser < 14.0 || !over.fits);
    }

    void runtimeMustLoadTheFormat()
    {
        const hw::Estimate e = hw::estimate(build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1}"_s)));
        QVERIFY(!e.runs);
        QVERIFY(!e.explanation.empty());
        QVERIFY(QString::fromStdString(hw::english({e.explanation.front()})).contains(u"does not load"_s));
    }

    void explanationNamesItsNumbers()
    {
        const hw::Estimate e = hw::estimate(build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\"}, \"cpu\": {\"id\": \"xeon-6454s\"}, \"ram\": {\"gb\": 512}, \"workload\": {\"users\": 1}"_s)));
        QStringList lines;
        for (const hw::Message &m : e.explanation)
            lines << QString::fromStdString(hw::fill(m.text, m.args));
        const QString all = lines.join(u'\n');
        QVERIFY(all.contains(u"404.4 GB"_s));   // the file size it used
        QVERIFY(all.contains(u"307 GB/s"_s));    // 8 x 4800 x 8 bytes
        QVERIFY(all.contains(u"68.6 KiB per token"_s));
    }

    void percentiles_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("p0 = min") << 0.0 << 1.0;
        QTest::newRow("p10 interpolates") << 0.1 << 1.4;
        QTest::newRow("median") << 0.5 << 3.0;
        QTest::newRow("p90 interpolates") << 0.9 << 4.6;
        QTest::newRow("p100 = max") << 1.0 << 5.0;
    }
    void percentiles()
    {
        QFETCH(double, p);
        QFETCH(double, expected);
        QVERIFY(qAbs(hw::percentile({5, 1, 4, 2, 3}, p) - expected) < 1e-12);
        QCOMPARE(hw::percentile({}, p), 0.0);
    }

    // In-sample points never count; a refused build counts as 100% error; ratios are measured / predicted.
    void heldOutSummary()
    {
        std::vector<hw::CorpusResult> r;
        auto add = [&](const char *cls, const char *src, double measured, double predicted, bool heldOut) {
            r.push_back({"x", src, cls, "decode_per_user", measured, predicted, heldOut});
        };
        add("single_gpu", "S1", 10, 10, true);   // error 0
        add("single_gpu", "S1", 10, 15, true);   // 50%
        add("single_gpu", "S2", 10, 0, true);    // refused: 100%, outside 2x
        add("single_gpu", "S3", 10, 100, false); // in-sample: ignored
        const hw::AccuracyReport a = hw::summariseAccuracy(r);
        QCOMPARE(a.points, 4);
        QCOMPARE(a.sources, 3);
        const hw::ClassAccuracy *c = a.find("single_gpu");
        QVERIFY(c);
        QCOMPARE(c->heldOut, 3);
        QCOMPARE(c->heldOutMedianError, 0.5);
        QVERIFY(qAbs(c->within2x - 2.0 / 3) < 1e-12);
        QCOMPARE(c->decode.points, 2); // the refused one has no ratio
    }

    // The ranges are judged on sources they were not drawn from: a source unlike the others falls
    // outside the range the others give, however wide its own points would have made it.
    void rangesCheckedWithoutTheirSource()
    {
        std::vector<hw::CorpusResult> r;
        for (const auto &[src, ratio] : {std::pair{"S1", 1.0}, std::pair{"S2", 1.0}, std::pair{"S5", 1.0}, std::pair{"S3", 2.0}})
            for (int i = 0; i < 5; ++i)
                r.push_back({"x", src, "single_gpu", "decode_per_user", 10.0 * ratio, 10.0, true});
        r.push_back({"m", "S4", "single_gpu", "gpu_per_device", 100.0, 110.0, true});
        const hw::AccuracyReport a = hw::summariseAccuracy(r);
        // S1, S2 and S5 points: the other sources' ratios are ten 1.0 and five 2.0, range [1, 2], inside;
        // S3 points: fifteen 1.0, range [1, 1], and 2.0 is outside.
        QCOMPARE(a.ranges.points, 20);
        QVERIFY(qAbs(a.ranges.inside - 15.0 / 20) < 1e-12);
        QCOMPARE(a.ranges.medianWidth, 2.0);
        QCOMPARE(a.metrics.size(), std::size_t(2)); // decode and memory; no prefill point, no prefill row
        QCOMPARE(a.metrics[0].kind, std::string("decode"));
        QCOMPARE(a.metrics[0].heldOut, 20);
        QCOMPARE(a.metrics[1].kind, std::string("memory"));
        QVERIFY(qAbs(a.metrics[1].heldOutMedianError - 0.1) < 1e-12);
    }

    // A class with enough held-out points from enough sources gives its own range; one with too few
    // falls back to all classes. The 10th and 90th percentile are at rank p(n+1) (hw::predictionPercentile).
    void speedRangesFromResiduals()
    {
        std::vector<hw::CorpusResult> r;
        const char *sources[] = {"S1", "S3", "S4"};
        for (int i = 0; i < 10; ++i)
            r.push_back({"x", sources[i % 3], "single_gpu", "decode_per_user", 10.0 + i, 10.0, true}); // ratios 1.0 .. 1.9
        r.push_back({"y", "S2", "tp_in_node", "decode_per_user", 5.0, 10.0, true});
        const hw::AccuracyReport a = hw::summariseAccuracy(r);
        const hw::Build one = build(doc(u"\"model\": \"r1-distill-qwen-7b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", "
                                         "\"gpu\": {\"id\": \"rtx-4090\"}, \"workload\": {\"users\": 1}"_s));
        const hw::Estimate e = hw::estimate(one);
        QCOMPARE(hw::placementClass(one, e), std::string("single_gpu"));
        const hw::SpeedRanges own = hw::speedRanges(a, one, e);
        QVERIFY(own.perUser);
        QCOMPARE(own.perUser->cls, std::string("single_gpu"));
        QCOMPARE(own.perUser->group.users, 1); // one user at a time, like every point of the class
        QCOMPARE(own.perUser->group.sources, 3);
        QVERIFY(qAbs(own.perUser->low - e.decodePerUser * 1.01) < 1e-9);
        QVERIFY(qAbs(own.perUser->high - e.decodePerUser * 1.89) < 1e-9);
        hw::Build tp = one;
        tp.gpusPerNode = 2;
        tp.runtime = *m_cat.catalog.runtime("vllm");
        tp.quant = *m_cat.catalog.quant("awq-int4");
        const hw::Estimate te = hw::estimate(tp);
        QCOMPARE(hw::placementClass(tp, te), std::string("tp_in_node"));
        const hw::SpeedRanges all = hw::speedRanges(a, tp, te);
        QVERIFY(all.perUser);
        QCOMPARE(all.perUser->cls, std::string("all")); // 1 point of its own: too few
        QCOMPARE(all.perUser->points, 11);
        QVERIFY(!all.prefill); // no prefill points at all: no range, not a made-up one
    }

    // estimate --json carries [low, high] ranges drawn from the shipped corpus.
    void estimateJsonHasRanges()
    {
        const hw::Build b = build(doc(u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"sglang\", "
                                       "\"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 16}"_s));
        const hw::Estimate e = hw::estimate(b);
        const QJsonObject o = hwdb::estimateToJson(b, e);
        const QJsonObject decode = o.value(u"decode_tps"_s).toObject();
        for (const QJsonValue &v : {decode.value(u"per_user_range"_s), decode.value(u"aggregate_range"_s), o.value(u"prefill_tps_range"_s)}) {
            const QJsonArray range = v.toArray();
            QCOMPARE(range.size(), 2);
            QVERIFY(range[0].toDouble() > 0);
            QVERIFY(range[0].toDouble() <= range[1].toDouble());
        }
        QVERIFY(decode.value(u"range_basis"_s).toString().contains(u"public measurements"_s));
        // The group the range comes from, as numbers and as the sentence a quote translates.
        const QJsonObject group = decode.value(u"range_group"_s).toObject();
        QVERIFY(group.value(u"points"_s).toInt() >= hw::kMinRangePoints);
        QVERIFY(group.value(u"sources"_s).toInt() >= hw::kMinRangeSources);
        QVERIFY(!group.value(u"basis"_s).toArray().isEmpty());
        QVERIFY(decode.value(u"range_basis"_s).toString().contains(QString::number(group.value(u"points"_s).toInt()) + u" public measurements"_s));
        QVERIFY(hwdb::estimateToText(b, e).join(u'\n').contains(u"likely"_s));
    }

    // KTransformers V0.2 computed the CPU experts with AVX-512 kernels (AMX came with V0.3): its
    // prefill on a Xeon 6454S is CPU-compute bound, near the tutorial's 54 tok/s (D18), not ~3x that.
    void cpuKernelsBoundPrefill()
    {
        const QString body = u"\"model\": \"deepseek-v3\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090d\"}, "
                              "\"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 1, \"threads\": 33%1}, \"ram\": {\"gb\": 512, \"mts\": 4800, \"channels\": 8}, "
                              "\"workload\": {\"users\": 1, \"prompt_tokens\": 500, \"output_tokens\": 512, \"context\": 1012}"_s;
        const hw::Estimate amx = hw::estimate(build(doc(body.arg(QString()))));
        const hw::Estimate avx512 = hw::estimate(build(doc(body.arg(u", \"kernels\": \"avx512\""_s))));
        QVERIFY(amx.runs && avx512.runs);
        QVERIFY2(avx512.prefillTps < amx.prefillTps, qPrintable(QString::number(avx512.prefillTps)));
        // Both were known misses (QEXPECT_FAIL) until the KTransformers prefill points of kt-kernel runs were
        // modelled as layerwise GPU prefill (experts streamed over PCIe): the compute efficiency then fits on the
        // CPU-path points (0.86 -> 0.50) and AMX is again well over 2x AVX-512 here.
        QVERIFY2(avx512.prefillTps < amx.prefillTps / 2, qPrintable(QString::number(avx512.prefillTps)));
        QVERIFY2(qAbs(avx512.prefillTps - 54.21) / 54.21 < 0.25, qPrintable(QString::number(avx512.prefillTps)));
        QCOMPARE(avx512.decodePerUser, amx.decodePerUser); // decode reads memory: the kernels do not matter at one user
    }
    void mainlineCpuPrefillUses256BitKernels_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<double>("measured");
        // Mainline llama.cpp's quantized CPU dot products are 256-bit (ggml/src/ggml-cpu/arch/x86/quants.c), so
        // an AVX-512 or AMX CPU does not raise its prompt processing (runtime column cpu_kernels, schema 12).
        const QString zen4 = u"\"model\": \"qwen3-30b-a3b\", \"quant\": \"iq4_xs\", \"runtime\": \"%1\", \"cpu\": {\"id\": \"ryzen-9-7950x\", "
                             "\"sockets\": 1, \"threads\": 16}, \"kv_cache\": {\"type\": \"q8_0\"}, "
                             "\"workload\": {\"users\": 1, \"prompt_tokens\": 512, \"output_tokens\": 1, \"context\": 513}"_s;
        // https://github.com/ikawrakow/ik_llama.cpp/discussions/357 (2025-04-29), llama-sweep-bench -t 16, CPU only, N_KV 0
        QTest::newRow("llama.cpp Qwen3-30B-A3B IQ4_XS on a 7950X: 141.8 tok/s") << zen4.arg(u"llama.cpp"_s) << 141.84;
        QTest::newRow("ik_llama.cpp, same machine and file: 474.3 tok/s") << zen4.arg(u"ik_llama.cpp"_s) << 474.34;
        // https://lmsys.org/blog/2025-07-14-intel-xeon-optimization/ (2025-07-14), Table 1: llama.cpp baseline on one
        // Xeon 6980P socket (AMX, MRDIMM-8800), DeepSeek-R1 Q8_0, TTFT 24546.76 ms for 1024 tokens
        QTest::newRow("llama.cpp DeepSeek-R1 Q8_0 on a Xeon 6980P: 41.7 tok/s")
            << u"\"model\": \"deepseek-r1\", \"quant\": \"q8_0\", \"runtime\": \"llama.cpp\", \"cpu\": {\"name\": \"Intel Xeon 6980P (MRDIMM-8800)\", "
               "\"cores\": 128, \"base_ghz\": 2.0, \"memory_channels\": 12, \"memory_type\": \"mrdimm\", \"memory_mts\": 8800, \"amx\": true, "
               "\"avx512\": true, \"sockets\": 1}, \"workload\": {\"users\": 1, \"prompt_tokens\": 1024, \"output_tokens\": 1, \"context\": 1025}"_s
            << 41.7;
    }
    void mainlineCpuPrefillUses256BitKernels()
    {
        QFETCH(QString, body);
        QFETCH(double, measured);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY(e.runs && e.prefillKnown);
        QVERIFY2(e.prefillTps > measured / 2 && e.prefillTps < measured * 2, qPrintable(QString::number(e.prefillTps)));
    }
    void sglangCpuBackendRunsTensorParallelOverNumaNodes_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("measured");
        // https://lmsys.org/blog/2025-07-14-intel-xeon-optimization/ (2025-07-14), Table 1: SGLang --device cpu --tp 6 over
        // the 6 sub-NUMA nodes of 2 x Xeon 6980P, 24 x 64 GB MRDIMM at 8800 MT/s, Request=1, INPUT/OUTPUT=1024/1024
        // (runtime column cpu_backend and the CPU's mrdimm_mts, schema 13).
        const QString t06 = u"\"model\": \"%1\", \"quant\": \"%2\", \"runtime\": \"sglang\", \"cpu\": {\"id\": \"xeon-6980p\", "
                            "\"memory_type\": \"mrdimm\", \"sockets\": 2}, \"ram\": {\"gb\": 1536}, "
                            "\"workload\": {\"users\": 1, \"prompt_tokens\": 1024, \"output_tokens\": 1024, \"context\": 2048}"_s;
        QTest::newRow("DeepSeek-R1 INT8: TPOT 67.99 ms") << t06.arg(u"deepseek-r1"_s, u"int8"_s) << u"decode"_s << 1000 / 67.99;
        QTest::newRow("DeepSeek-R1 INT8: TTFT 1885.25 ms") << t06.arg(u"deepseek-r1"_s, u"int8"_s) << u"prefill"_s << 1024 / 1.88525;
        QTest::newRow("Qwen3-235B-A22B INT8: TPOT 51.84 ms") << t06.arg(u"qwen3-235b-a22b"_s, u"int8"_s) << u"decode"_s << 1000 / 51.84;
        QTest::newRow("R1-Distill-Llama-70B INT8: TPOT 76.53 ms") << t06.arg(u"r1-distill-llama-70b"_s, u"int8"_s) << u"decode"_s << 1000 / 76.53;
    }
    void sglangCpuBackendRunsTensorParallelOverNumaNodes()
    {
        QFETCH(QString, body);
        QFETCH(QString, metric);
        QFETCH(double, measured);
        const hw::Estimate e = hw::estimate(build(doc(body)));
        QVERIFY(e.runs && e.fits);
        QCOMPARE(e.placement, hw::Placement::Cpu);
        const double predicted = metric == u"decode"_s ? e.decodePerUser : e.prefillTps;
        QVERIFY2(predicted > measured / 2 && predicted < measured * 2, qPrintable(QString::number(predicted)));
    }
    void mrdimmIsTheCpusOwnOption()
    {
        // The 6980P takes MRDIMM-8800 (cpus.mrdimm_mts): 24 channels x 8800 MT/s x 8 B = 1689.6 GB/s over two sockets.
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"int8\", \"runtime\": \"sglang\", \"cpu\": {\"id\": \"%1\"%2, "
                             "\"sockets\": 2}, \"workload\": {\"users\": 1, \"prompt_tokens\": 1024, \"output_tokens\": 1, \"context\": 1025}"_s;
        const hw::Build mrdimm = build(doc(body.arg(u"xeon-6980p"_s, u", \"memory_type\": \"mrdimm\""_s)));
        const hw::Build rdimm = build(doc(body.arg(u"xeon-6980p"_s, QString())));
        QVERIFY(mrdimm.cpu && rdimm.cpu);
        QCOMPARE(mrdimm.cpu->memoryType, hw::MemoryType::Mrdimm);
        QCOMPARE(mrdimm.cpu->memoryMTs, 8800);
        QCOMPARE(rdimm.cpu->memoryMTs, 6400);
        QVERIFY(hw::estimate(mrdimm).decodePerUser > hw::estimate(rdimm).decodePerUser * 1.2);
    }
    void statedCpuKernelsReplaceTheRuntimes()
    {
        // A build that states AMX kernels (llama.cpp built with GGML_AMX_INT8) is not held to the runtime's 256-bit default.
        const QString body = u"\"model\": \"deepseek-r1\", \"quant\": \"q8_0\", \"runtime\": \"llama.cpp\", \"cpu\": {\"id\": \"xeon-6980p\"%1}, "
                             "\"workload\": {\"users\": 1, \"prompt_tokens\": 1024, \"output_tokens\": 1, \"context\": 1025}"_s;
        const hw::Estimate plain = hw::estimate(build(doc(body.arg(QString()))));
        const hw::Estimate amx = hw::estimate(build(doc(body.arg(u", \"kernels\": \"amx\""_s))));
        QVERIFY(plain.runs && amx.runs);
        QVERIFY2(amx.prefillTps > 2 * plain.prefillTps, qPrintable(QString::number(amx.prefillTps / plain.prefillTps)));
    }
};

QTEST_GUILESS_MAIN(TestEstimate)
#include "tst_estimate.moc"
