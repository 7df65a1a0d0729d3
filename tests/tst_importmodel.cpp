// catalog import-model through the hwplanner binary: a config.json and a GGUF into a temporary catalog,
// read back by catalog models --json and used by estimate.

#include "ggufwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportModel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HWPLANNER_CATALOG"_s, m_dir.filePath(u"catalog.sqlite"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HWPLANNER_BINARY), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, {}};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    QJsonObject catalogModel(const QString &id)
    {
        const Run r = run({u"catalog"_s, u"models"_s, u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(u"models"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void configIntoCatalogAndEstimate()
    {
        const QString config = QStringLiteral(HWPLANNER_TEST_DATA) + u"/configs/qwen3-30b-a3b.json"_s;
        const Run r = run({u"catalog"_s, u"import-model"_s, config, u"--id"_s, u"my-qwen3-30b"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("my-qwen3-30b"), r.out.constData());
        const QJsonObject m = catalogModel(u"my-qwen3-30b"_s);
        QVERIFY2(!m.isEmpty(), "imported model not in catalog models --json");
        QVERIFY(std::abs(m.value(u"total_params_b"_s).toDouble() / 30.5 - 1) < 0.04);
        QVERIFY(std::abs(m.value(u"active_params_b"_s).toDouble() / 3.3 - 1) < 0.10);

        const QString build = write(u"b.json"_s, R"({"format": "hwplanner.build/1", "model": "my-qwen3-30b", "quant": "q4_k_m", "runtime": "llama.cpp",
            "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1, "context": 4096}})");
        const Run e = run({u"estimate"_s, build, u"--json"_s});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(e.out).object();
        // No file size known: params x Q4_K_M's bits per weight.
        QVERIFY(o.value(u"memory_gb"_s).toObject().value(u"weights"_s).toDouble() > 15);
        QVERIFY(o.value(u"decode_tps"_s).toObject().value(u"per_user"_s).toDouble() > 0);
    }

    void ggufGroupsGoWhereTheyBelong()
    {
        GgufWriter w;
        w.kvStr("general.architecture", "qwen3moe");
        w.kvStr("general.name", "Fake MoE");
        w.kvU32("general.file_type", 19); // IQ2_XXS
        w.kvU32("qwen3moe.block_count", 4);
        w.kvU32("qwen3moe.context_length", 32768);
        w.kvU32("qwen3moe.embedding_length", 4096);
        w.kvU32("qwen3moe.attention.head_count", 32);
        w.kvU32("qwen3moe.attention.head_count_kv", 4);
        w.kvU32("qwen3moe.attention.key_length", 128);
        w.kvU32("qwen3moe.expert_count", 64);
        w.kvU32("qwen3moe.expert_used_count", 4);
        w.kvU32("qwen3moe.expert_feed_forward_length", 1024);
        w.kvStrings("tokenizer.ggml.tokens", 32000);
        w.tensor("token_embd.weight", {4096, 32000}, 8); // Q8_0: 128 x 34 x 32000 = 139,264,000
        w.tensor("output.weight", {4096, 32000}, 14);    // Q6_K: 16 x 210 x 32000 = 107,520,000
        for (int i = 0; i < 4; ++i) {
            const QByteArray p = "blk." + QByteArray::number(i) + '.';
            w.tensor(p + "attn_q.weight", {4096, 4096}, 12);            // Q4_K 9,437,184
            w.tensor(p + "ffn_gate_exps.weight", {4096, 1024, 64}, 16); // IQ2_XXS 69,206,016
            w.tensor(p + "ffn_up_exps.weight", {4096, 1024, 64}, 16);
            w.tensor(p + "ffn_down_exps.weight", {1024, 4096, 64}, 16);
        }
        const QString gguf = write(u"fake-moe-IQ2_XXS.gguf"_s, w.bytes(0)); // the header alone: weights are never read
        const Run r = run({u"catalog"_s, u"import-model"_s, gguf, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(imported.value(u"model"_s).toString(), u"fake-moe"_s);
        QCOMPARE(imported.value(u"quant"_s).toString(), u"iq2_xxs"_s);
        const double routed = 4 * 3 * 69206016.0, embedding = 139264000, output = 107520000, attention = 4 * 9437184.0;
        QCOMPARE(imported.value(u"groups_bytes"_s).toObject().value(u"routed_experts"_s).toDouble(), routed);
        QCOMPARE(imported.value(u"file_bytes"_s).toDouble(), routed + embedding + output + attention);
        const QJsonObject m = catalogModel(u"fake-moe"_s);
        QCOMPARE(m.value(u"total_params_b"_s).toDouble() * 1e9, 2 * 4096 * 32000.0 + 4 * (4096.0 * 4096 + 3 * 4096.0 * 1024 * 64));

        // Expert offload: the routed experts' exact bytes in RAM, the rest but the embedding on the GPU.
        const QString build = write(u"k.json"_s, R"({"format": "hwplanner.build/1", "model": "fake-moe", "quant": "iq2_xxs", "runtime": "ktransformers",
            "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1}, "ram": {"gb": 64},
            "workload": {"users": 1, "context": 4096}})");
        const Run e = run({u"estimate"_s, build, u"--json"_s});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(e.out).object();
        const QJsonObject mem = o.value(u"memory_gb"_s).toObject();
        QVERIFY2(std::abs(mem.value(u"weights"_s).toDouble() - (routed + embedding + output + attention) / 1e9) < 0.01, e.out.constData());
        bool sawGpu = false;
        for (const QJsonValue &d : o.value(u"devices"_s).toArray()) {
            const QJsonObject dev = d.toObject();
            if (dev.value(u"gpu"_s).toBool()) {
                sawGpu = true;
                QVERIFY2(std::abs(dev.value(u"weights_gb"_s).toDouble() - (output + attention) / 1e9) < 0.01, e.out.constData());
            } else {
                QVERIFY2(std::abs(dev.value(u"weights_gb"_s).toDouble() - (routed + embedding) / 1e9) < 0.01, e.out.constData());
            }
        }
        QVERIFY2(sawGpu, e.out.constData());
    }

    void errorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"x.json"_s, u"--users"_s, u"3"_s} << 2 << u"Unknown option 'users'"_s;
        QTest::newRow("no file") << QStringList{} << 2 << u"expected one FILE"_s;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/config.json"_s} << 2 << u"/nonexistent/config.json"_s;
    }
    void errorsAreOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(QStringList{u"catalog"_s, u"import-model"_s} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportModel)
#include "tst_importmodel.moc"
