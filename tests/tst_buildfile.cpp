#include "testcatalog.h"

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
        QTest::newRow("string for a number") << QByteArray(head + "\"gpu\": {\"id\": \"rtx-4090\", \"count\": \"8\"},\n\"workload\": {\"users\": 1}\n}")
                                             << u"gpu.count"_s << 6 << u"must be a number"_s;
        QTest::newRow("context above the window") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"workload\": {\"users\": 1, \"context\": 1000000}\n}")
                                                  << u"workload.context"_s << 7 << u"163840"_s;
        QTest::newRow("unknown KV type") << QByteArray(head + "\"cpu\": {\"id\": \"epyc-9654\"},\n\"kv_cache\": {\"type\": \"q3\"},\n\"workload\": {\"users\": 1}\n}")
                                         << u"kv_cache.type"_s << 7 << u"q8_0"_s;
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

    void inlineHardware()
    {
        const QByteArray json = R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-32b", "quant": {"id": "custom", "file_gb": 19.9},
          "runtime": "llama.cpp", "gpu": {"name": "Future card", "memory_gb": 32, "bandwidth_gbs": 1792, "bf16_tflops": 209, "count": 2},
          "cpu": {"name": "Some CPU", "cores": 16, "memory_channels": 2, "memory_type": "ddr5", "memory_mts": 6000, "avx512": true},
          "ram": {"gb": 64}, "workload": {"users": 2}})";
        hw::Build b;
        hwdb::BuildError e;
        QVERIFY2(hwdb::parseBuild(json, u"x"_s, m_cat.catalog, &b, &e), qPrintable(e.toString()));
        QCOMPARE(b.gpu->memoryGB, 32.0);
        QCOMPARE(b.gpusPerNode, 2);
        QCOMPARE(b.cpu->cores, 16);
        QCOMPARE(*b.fileGB, 19.9);
        QCOMPARE(b.workload.context, 4096);
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
