#include "testcatalog.h"

#include "model/cost.h"
#include "model/estimator.h"

using namespace Qt::StringLiterals;

class TestBuildFile final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;

private slots:
    void initTestCase() { QVERIFY2(m_cat.ok, qPrintable(m_cat.error)); }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("contains");
        const QByteArray head = "{\n\"format\": \"hwplanner.build/1\",\n\"model\": \"deepseek-r1\",\n\"quant\": \"q4_k_m\",\n\"runtime\": \"llama.cpp\",\n";
        QTest::newRow("malformed JSON") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\",,}\n}") << QString() << 6 << u"malformed JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << 0 << u"one JSON object"_s;
        QTest::newRow("missing format") << QByteArray("{\"model\": \"deepseek-r1\"}") << u"format"_s << 0 << u"missing"_s;
        QTest::newRow("newer format version") << QByteArray("{\"format\": \"hwplanner.build/2\"}") << u"format"_s << 1 << u"unsupported version"_s;
        QTest::newRow("unknown GPU lists closest")
            << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090-ti\"},\n\"workload\": {\"users\": 1}\n}") << u"gpu.id"_s << 6 << u"rtx-4090"_s;
        QTest::newRow("unknown model") << QByteArray("{\"format\": \"hwplanner.build/1\", \"model\": \"deepseek-r2\", \"quant\": \"fp8\", \"runtime\": \"vllm\"}")
                                       << u"model"_s << 1 << u"deepseek-r1"_s;
        QTest::newRow("zero GPU count") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\", \"count\": 0},\n\"workload\": {\"users\": 1}\n}") << u"gpu.count"_s << 6
                                        << u"between 1 and"_s;
        QTest::newRow("negative users") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"workload\": {\"users\": -3}\n}") << u"workload.users"_s << 7
                                        << u"between 1 and"_s;
        QTest::newRow("fractional count") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\", \"count\": 1.5},\n\"workload\": {\"users\": 1}\n}") << u"gpu.count"_s
                                          << 6 << u"whole number"_s;
        QTest::newRow("missing users") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"workload\": {\"context\": 4096}\n}") << u"workload.users"_s << 0
                                       << u"missing"_s;
        QTest::newRow("missing workload") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"}\n}") << u"workload"_s << 0 << u"missing"_s;
        QTest::newRow("no device") << QByteArray(head + "\"workload\": {\"users\": 1}\n}") << u"cpu"_s << 0 << u"needs a CPU"_s;
        QTest::newRow("desktop CPU on two sockets") << QByteArray(head + "\"cpu\": {\"id\": \"i9-13900k\", \"sockets\": 2},\n\"workload\": {\"users\": 1}\n}")
                                                    << u"cpu.sockets"_s << 6 << u"scales to 1 socket"_s;
        QTest::newRow("string for a number") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\", \"count\": \"8\"},\n\"workload\": {\"users\": 1}\n}")
                                             << u"gpu.count"_s << 6 << u"must be a number"_s;
        QTest::newRow("context above the window") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"workload\": {\"users\": 1, \"context\": 1000000}\n}")
                                                  << u"workload.context"_s << 7 << u"163840"_s;
        QTest::newRow("unknown KV type") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"kv_cache\": {\"type\": \"q3\"},\n\"workload\": {\"users\": 1}\n}")
                                         << u"kv_cache.type"_s << 7 << u"q8_0"_s;
        QTest::newRow("unknown CPU kernels") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\", \"kernels\": \"sse\"},\n\"workload\": {\"users\": 1}\n}")
                                             << u"cpu.kernels"_s << 6 << u"amx, avx512 or avx2"_s;
        const QByteArray serving = "{\n\"format\": \"hwplanner.build/1\",\n\"model\": \"deepseek-v3\",\n\"quant\": \"fp8\",\n\"runtime\": \"vllm\",\n"
                                   "\"gpu\": {\"id\": \"h100-sxm\", \"count\": 8},\n\"nodes\": 2,\n";
        QTest::newRow("pipeline stages zero") << QByteArray(serving + "\"pipeline_parallel\": 0,\n\"workload\": {\"users\": 1}\n}") << u"pipeline_parallel"_s << 8
                                              << u"between 1 and 1024"_s;
        QTest::newRow("pipeline stages not dividing the GPUs") << QByteArray(serving + "\"pipeline_parallel\": 3,\n\"workload\": {\"users\": 1}\n}")
                                                               << u"pipeline_parallel"_s << 8 << u"divide the 16 GPUs"_s;
        QTest::newRow("pipeline stages on llama.cpp") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\", \"count\": 2},\n\"pipeline_parallel\": 2,\n\"workload\": {\"users\": 1}\n}")
                                                      << u"pipeline_parallel"_s << 7 << u"serving engines"_s;
        QTest::newRow("inline quant without size") << QByteArray("{\"format\": \"hwplanner.build/1\", \"model\": \"deepseek-r1\", \"quant\": {\"id\": \"custom\"}, \"runtime\": \"vllm\"}")
                                                   << u"quant"_s << 1 << u"file_gb or bits_per_weight"_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, contains);
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY(!hwdb::parseBuild(json, u"offer.json"_s, m_cat.catalog, &b, &e));
        const QString text = e.toString();
        QVERIFY2(text.startsWith(u"offer.json"_s), qPrintable(text));
        QCOMPARE(e.field, field);
        if (line > 0)
            QCOMPARE(e.line, line);
        QVERIFY2(text.contains(contains), qPrintable(text));
        QVERIFY(!text.contains(u'\n'));
    }

    void fullExampleParses()
    {
        const QByteArray json = R"({
          "format": "hwplanner.build/1", "name": "optional label", "model": "deepseek-r1", "quant": "q4_k_m",
          "runtime": "ktransformers", "nodes": 1, "gpu": {"id": "rtx-4090", "count": 1},
          "cpu": {"id": "xeon-6454s", "sockets": 1}, "ram": {"gb": 512, "mts": 4800, "channels": 8},
          "offload": {"gpu_layers": 7}, "kv_cache": {"type": "f16", "mla": true},
          "workload": {"users": 1, "context": 4096, "prompt_tokens": 512, "output_tokens": 512, "min_tps_per_user": 6}})";
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(hwdb::parseBuild(json, u"x"_s, m_cat.catalog, &b, &e), qPrintable(e.toString()));
        QCOMPARE(b.model.id, std::string("deepseek-r1"));
        QCOMPARE(b.fileGB.value_or(0), 404.4);
        QCOMPARE(b.gpusPerNode, 1);
        QCOMPARE(*b.gpuLayers, 7);
        QCOMPARE(b.ramChannels, 8);
        QCOMPARE(b.workload.minTpsPerUser, 6.0);
    }

    // vLLM --pipeline-parallel-size 2 --tensor-parallel-size 8 on two 8-GPU nodes: two stages of TP8.
    void pipelineParallelReadAndWritten()
    {
        const QByteArray json = R"({"format": "hwplanner.build/1", "model": "deepseek-v3", "quant": "fp8", "runtime": "vllm",
          "gpu": {"id": "h100-sxm", "count": 8}, "nodes": 2, "pipeline_parallel": 2, "workload": {"users": 64}})";
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(hwdb::parseBuild(json, u"x"_s, m_cat.catalog, &b, &e), qPrintable(e.toString()));
        QCOMPARE(b.pipelineParallel, 2);
        QCOMPARE(hwdb::buildToJson(b).value(u"pipeline_parallel"_s).toInt(), 2);
        hw::Build again;
        QVERIFY2(hwdb::parseBuild(QJsonDocument(hwdb::buildToJson(b)).toJson(), u"y"_s, m_cat.catalog, &again, &e), qPrintable(e.toString()));
        QCOMPARE(again.pipelineParallel, 2);
        // Absent means one stage (tensor parallel over all 16 GPUs), and is not written back.
        QVERIFY(hwdb::parseBuild(QByteArray(json).replace("\"pipeline_parallel\": 2, ", ""), u"z"_s, m_cat.catalog, &b, &e));
        QCOMPARE(b.pipelineParallel, 1);
        QVERIFY(!hwdb::buildToJson(b).contains(u"pipeline_parallel"_s));
    }

    void inlineHardware()
    {
        const QByteArray json = R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-32b", "quant": {"id": "custom", "file_gb": 19.9},
          "runtime": "llama.cpp", "gpu": {"name": "Future card", "vendor": "NVIDIA", "memory_gb": 32, "bandwidth_gbs": 1792, "bf16_tflops": 209, "count": 2},
          "cpu": {"name": "Some CPU", "cores": 16, "memory_channels": 2, "memory_type": "ddr5", "memory_mts": 6000, "avx512": true},
          "ram": {"gb": 64}, "workload": {"users": 2}})";
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(hwdb::parseBuild(json, u"x"_s, m_cat.catalog, &b, &e), qPrintable(e.toString()));
        QCOMPARE(b.gpu->capacityGB(), 32.0); // memory_gb: 10^9 bytes
        QCOMPARE(b.gpusPerNode, 2);
        QCOMPARE(b.cpu->cores, 16);
        QCOMPARE(*b.fileGB, 19.9);
        QCOMPARE(b.workload.context, 4096);
    }

    // Inline GPUs of every vendor run with the runtimes that support them: the vendor is stated or
    // read from the name, never left empty (which no runtime runs on).
    void inlineGpuOfEachKindRuns_data()
    {
        QTest::addColumn<QByteArray>("gpu");
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("placement");
        QTest::newRow("NVIDIA GeForce") << QByteArray(R"({"name": "GeForce RTX 5090", "memory_gb": 32, "bandwidth_gbs": 1792, "bf16_tflops": 209.5})")
                                        << u"llama.cpp"_s << u"NVIDIA"_s << u"gpu"_s;
        QTest::newRow("NVIDIA Tesla") << QByteArray(R"({"name": "Tesla V100 32GB", "memory_gb": 32, "bandwidth_gbs": 900, "bf16_tflops": 112})")
                                      << u"vllm"_s << u"NVIDIA"_s << u"gpu"_s;
        QTest::newRow("NVIDIA H100 by model number") << QByteArray(R"({"name": "H100 SXM", "memory_gb": 80, "bandwidth_gbs": 3350, "bf16_tflops": 989})")
                                                     << u"sglang"_s << u"NVIDIA"_s << u"gpu"_s;
        QTest::newRow("AMD Radeon") << QByteArray(R"({"name": "Radeon RX 7900 XTX", "memory_gb": 24, "bandwidth_gbs": 960, "bf16_tflops": 123})")
                                    << u"llama.cpp"_s << u"AMD"_s << u"gpu"_s;
        QTest::newRow("AMD Instinct MI") << QByteArray(R"({"name": "MI250X", "memory_gb": 128, "bandwidth_gbs": 3277, "bf16_tflops": 383})")
                                         << u"vllm"_s << u"AMD"_s << u"gpu"_s;
        QTest::newRow("Apple M4 Max, unified") << QByteArray(R"({"name": "M4 Max 128GB", "memory_gb": 128, "bandwidth_gbs": 546, "bf16_tflops": 34, "unified": true})")
                                               << u"mlx"_s << u"Apple"_s << u"unified"_s;
        QTest::newRow("Huawei Ascend") << QByteArray(R"({"name": "Ascend 910B", "memory_gb": 64, "bandwidth_gbs": 1600, "bf16_tflops": 320})")
                                       << u"vllm"_s << u"Huawei"_s << u"gpu"_s;
        QTest::newRow("Intel Arc") << QByteArray(R"({"name": "Arc B580", "memory_gb": 12, "bandwidth_gbs": 456, "bf16_tflops": 117})")
                                   << u"llama.cpp"_s << u"Intel"_s << u"gpu"_s;
        QTest::newRow("DGX Spark, unified, GiB") << QByteArray(R"({"name": "DGX Spark", "memory_gib": 128, "bandwidth_gbs": 273, "bf16_tflops": 100, "unified": true})")
                                                 << u"llama.cpp"_s << u"NVIDIA"_s << u"unified"_s;
        QTest::newRow("Ryzen AI Max, unified") << QByteArray("{\"name\": \"Radeon 8060S (Ryzen AI Max+ 395)\", \"memory_gb\": 128, \"bandwidth_gbs\": 256, \"bf16_tflops\": 59, \"unified\": true}")
                                               << u"llama.cpp"_s << u"AMD"_s << u"unified"_s;
        QTest::newRow("stated vendor") << QByteArray(R"({"name": "MTT S4000", "vendor": "moore threads", "memory_gb": 48, "bandwidth_gbs": 768, "bf16_tflops": 100})")
                                       << u"llama.cpp"_s << u"Moore Threads"_s << u"gpu"_s;
    }
    void inlineGpuOfEachKindRuns()
    {
        QFETCH(QByteArray, gpu);
        QFETCH(QString, runtime);
        QFETCH(QString, vendor);
        QFETCH(QString, placement);
        QJsonObject o = QJsonDocument::fromJson(R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": {"id": "custom", "file_gb": 4.7},
          "workload": {"users": 1}})").object();
        o.insert(u"runtime"_s, runtime);
        o.insert(u"gpu"_s, QJsonDocument::fromJson(gpu).object());
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(hwdb::parseBuild(QJsonDocument(o).toJson(), u"x"_s, m_cat.catalog, &b, &e), qPrintable(e.toString()));
        QCOMPARE(QString::fromStdString(b.gpu->vendor), vendor);
        const hw::Estimate est = hw::estimate(b);
        QString why;
        for (const hw::Message &m : est.explanation)
            why += QString::fromUtf8(m.text) + u" | "_s;
        QVERIFY2(est.runs, qPrintable(why));
        QCOMPARE(QString::fromLatin1(hw::placementName(est.placement)), placement);
        QVERIFY2(est.decodePerUser > 0, qPrintable(why));
        QVERIFY(est.prefillTps > 0);
        // Round trip: the vendor is written back.
        hw::Build again;
        QVERIFY2(hwdb::parseBuild(QJsonDocument(hwdb::buildToJson(b)).toJson(), u"y"_s, m_cat.catalog, &again, &e), qPrintable(e.toString()));
        QCOMPARE(again.gpu->vendor, b.gpu->vendor);
    }

    void gibIsExact()
    {
        const hw::Build b = m_cat.build(R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": {"id": "custom", "file_gb": 4.7},
          "runtime": "llama.cpp", "gpu": {"name": "GeForce RTX 4090", "memory_gib": 24, "bandwidth_gbs": 1008, "bf16_tflops": 165}, "workload": {"users": 1}})");
        QCOMPARE(b.gpu->capacityGB(), 24 * 1073741824.0 / 1e9);
    }

    void unknownVendorSaysWhich_data()
    {
        QTest::addColumn<QByteArray>("gpu");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        QTest::newRow("name gives no vendor") << QByteArray(R"({"name": "Mystery accelerator", "memory_gb": 32, "bandwidth_gbs": 800, "bf16_tflops": 100})")
                                              << u"gpu.name"_s << u"add \"vendor\""_s;
        QTest::newRow("vendor no runtime knows") << QByteArray(R"({"name": "X1", "vendor": "Acme", "memory_gb": 32, "bandwidth_gbs": 800, "bf16_tflops": 100})")
                                                 << u"gpu.vendor"_s << u"unknown vendor"_s;
        QTest::newRow("GB and GiB") << QByteArray(R"({"name": "RTX 4090", "memory_gb": 24, "memory_gib": 24, "bandwidth_gbs": 1008, "bf16_tflops": 165})")
                                    << u"gpu.memory_gib"_s << u"not both"_s;
    }
    void unknownVendorSaysWhich()
    {
        QFETCH(QByteArray, gpu);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        const QByteArray json = R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": {"id": "custom", "file_gb": 4.7},
          "runtime": "llama.cpp", "gpu": )" + gpu + R"(, "workload": {"users": 1}})";
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY(!hwdb::parseBuild(json, u"x"_s, m_cat.catalog, &b, &e));
        QCOMPARE(e.field, field);
        QVERIFY2(e.toString().contains(contains), qPrintable(e.toString()));
    }

    void cpuMemoryTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("busBits");
        QTest::addColumn<double>("peakGBs"); // one socket, all channels
        QTest::newRow("ddr4 8ch 3200") << u"ddr4"_s << 0 << 204.8;
        QTest::newRow("ddr5 8ch 3200") << u"ddr5"_s << 0 << 204.8;
        QTest::newRow("mrdimm 8ch 3200") << u"mrdimm"_s << 0 << 204.8;
        QTest::newRow("lpddr4x 8ch 3200") << u"lpddr4x"_s << 0 << 204.8;
        QTest::newRow("lpddr5 8ch 3200") << u"lpddr5"_s << 0 << 204.8;
        QTest::newRow("lpddr5x 256-bit 3200") << u"lpddr5x"_s << 256 << 102.4;
    }
    void cpuMemoryTypes()
    {
        QFETCH(QString, type);
        QFETCH(int, busBits);
        QFETCH(double, peakGBs);
        const QByteArray bus = busBits > 0 ? QByteArray(R"(, "memory_bus_bits": )") + QByteArray::number(busBits) : QByteArray();
        const hw::Build b = m_cat.build(R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": {"id": "custom", "file_gb": 4.7},
          "runtime": "llama.cpp", "cpu": {"name": "Test CPU", "cores": 64, "memory_channels": 8, "memory_type": ")" + type.toUtf8() + R"(", "memory_mts": 3200)"
                                        + bus + R"(}, "ram": {"gb": 64}, "workload": {"users": 1}})");
        QCOMPARE(QString::fromLatin1(hw::memoryTypeId(b.cpu->memoryType)), type);
        QCOMPARE(b.cpu->memoryBusBits, busBits);
        QVERIFY(qAbs(hw::cpuBandwidthGBs(b, true, true) - peakGBs) < 1e-6);
        const hw::Estimate e = hw::estimate(b);
        QVERIFY(e.runs && e.decodePerUser > 0);
        hw::Build again;
        hwdb::BuildError err;
        QVERIFY2(hwdb::parseBuild(QJsonDocument(hwdb::buildToJson(b)).toJson(), u"y"_s, m_cat.catalog, &again, &err), qPrintable(err.toString()));
        QCOMPARE(again.cpu->memoryType, b.cpu->memoryType);
        QCOMPARE(again.cpu->memoryBusBits, busBits);
    }

    void catalogCpuTakesItsMrdimms()
    {
        // cpus.mrdimm_mts (schema 13): the 6980P's channels run MRDIMM-8800 when the build says so, and it round-trips.
        const auto parse = [&](const char *cpu, hw::Build *b, hwdb::BuildError *e) {
            return hwdb::parseBuild(QByteArray(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "int8", "runtime": "sglang", "cpu": )")
                                        + cpu + R"(, "workload": {"users": 1}})",
                                    u"x"_s, m_cat.catalog, b, e);
        };
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(parse(R"({"id": "xeon-6980p", "sockets": 2, "memory_type": "mrdimm"})", &b, &e), qPrintable(e.toString()));
        QCOMPARE(b.cpu->memoryType, hw::MemoryType::Mrdimm);
        QCOMPARE(b.cpu->memoryMTs, 8800);
        hw::Build again;
        QVERIFY2(hwdb::parseBuild(QJsonDocument(hwdb::buildToJson(b)).toJson(), u"y"_s, m_cat.catalog, &again, &e), qPrintable(e.toString()));
        QCOMPARE(again.cpu->memoryType, hw::MemoryType::Mrdimm);
        QCOMPARE(again.cpu->memoryMTs, 8800);
        QVERIFY(parse(R"({"id": "xeon-6980p", "memory_type": "ddr5"})", &b, &e)); // its own RDIMMs
        QCOMPARE(b.cpu->memoryMTs, 6400);
        QVERIFY(!parse(R"({"id": "xeon-8480", "memory_type": "mrdimm"})", &b, &e)); // Sapphire Rapids takes no MRDIMMs
        QVERIFY2(e.toString().contains(u"takes ddr5"_s), qPrintable(e.toString()));
        QVERIFY(!parse(R"({"id": "xeon-6980p", "memory_type": "hbm"})", &b, &e));
        QVERIFY2(e.toString().contains(u"ddr4, ddr5, lpddr5, mrdimm"_s), qPrintable(e.toString()));
    }

    void unreadableFile()
    {
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY(!hwdb::readBuildFile(u"/nonexistent/build.json"_s, m_cat.catalog, &b, &e));
        QVERIFY(e.toString().startsWith(u"/nonexistent/build.json: cannot read"_s));
    }
};

QTEST_GUILESS_MAIN(TestBuildFile)
#include "tst_buildfile.moc"
