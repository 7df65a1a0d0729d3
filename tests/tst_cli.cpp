// The hwplanner binary, as a user or a script calls it.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include "model/message.h"

using namespace Qt::StringLiterals;

class TestCli final : public QObject
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
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no user settings leak into the test
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HWPLANNER_BINARY), args);
        if (!p.waitForFinished(30000))
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

private slots:
    void estimateJsonHasTheDocumentedShape()
    {
        const QString path = write(u"b.json"_s, R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "q4_k_m", "runtime": "ktransformers",
            "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1}, "ram": {"gb": 512},
            "workload": {"users": 1, "context": 4096}})");
        const Run r = run({u"estimate"_s, path, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"fits", "placement", "gpu_layers", "memory_gb", "decode_tps", "prefill_tps", "max_users", "explanation"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        const QJsonObject mem = o.value(u"memory_gb"_s).toObject();
        for (const char *key : {"weights", "kv_cache", "overhead", "gpu_per_device", "gpu_capacity_per_device", "gpu_total", "ram", "ram_capacity"})
            QVERIFY2(mem.contains(QLatin1StringView(key)), key);
        const QJsonObject decode = o.value(u"decode_tps"_s).toObject();
        QVERIFY(decode.value(u"per_user"_s).toDouble() > 0);
        QCOMPARE(decode.value(u"bound"_s).toString(), u"cpu-memory-bandwidth"_s);
        QCOMPARE(o.value(u"placement"_s).toString(), u"hybrid"_s);
        QVERIFY(o.value(u"fits"_s).toBool());
        QCOMPARE(mem.value(u"weights"_s).toDouble(), 404.4);
        const QJsonArray explanation = o.value(u"explanation"_s).toArray();
        QVERIFY(explanation.size() > 5);
        // The same lines as messages a reader can translate: template + arguments fill to the English line.
        const QJsonArray messages = o.value(u"explanation_messages"_s).toArray();
        QCOMPARE(messages.size(), explanation.size());
        for (qsizetype i = 0; i < messages.size(); ++i) {
            std::vector<std::string> args;
            for (const QJsonValue &a : messages[i][u"args"_s].toArray())
                args.push_back(a.toString().toStdString());
            QCOMPARE(QString::fromStdString(hw::fill(messages[i][u"text"_s].toString().toStdString(), args)), explanation[i].toString());
        }
    }

    // A GPU-only build that names no RAM: the host's share is stated as needed, not as "of 0.0".
    void textSaysWhatRamABuildWithoutRamNeeds()
    {
        const QString path = write(u"gpuonly.json"_s, R"({"format": "hwplanner.build/1", "model": "deepseek-r1-distill-qwen-32b", "quant": "q4_k_m",
            "runtime": "ollama", "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        const Run r = run({u"estimate"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("needed (the build names no RAM)"), r.out.constData());
        QVERIFY(!r.out.contains(" of 0.0"));
    }

    void notFittingIsANormalResult()
    {
        const QString path = write(u"nofit.json"_s, R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "bf16", "runtime": "vllm",
            "nodes": 2, "gpu": {"id": "a100-80g", "count": 8}, "workload": {"users": 100}})");
        const Run r = run({u"estimate"_s, path, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"fits"_s).toBool(true), false);
        QCOMPARE(o.value(u"decode_tps"_s).toObject().value(u"per_user"_s).toDouble(-1), 0.0);
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"format\": ") << u"malformed JSON"_s;
        QTest::newRow("unknown gpu") << QByteArray(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "fp8", "runtime": "vllm", "gpu": {"id": "h300"}, "workload": {"users": 1}})")
                                     << u"field 'gpu.id': unknown GPU 'h300'; closest catalog ids:"_s;
        QTest::newRow("zero nodes") << QByteArray(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "fp8", "runtime": "vllm", "nodes": 0, "gpu": {"id": "h200"}, "workload": {"users": 1}})")
                                    << u"field 'nodes'"_s;
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(u"bad.json"_s, content);
        const Run r = run({u"estimate"_s, path, u"--json"_s});
        QCOMPARE(r.code, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
    }

    void missingFileExitsTwo()
    {
        const Run r = run({u"estimate"_s, m_dir.filePath(u"absent.json"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("cannot read"));
    }

    void estimateHasACostObject()
    {
        const QString path = write(u"c.json"_s, R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "fp8", "runtime": "sglang",
            "gpu": {"id": "h200", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 32}})");
        const Run r = run({u"estimate"_s, path, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject cost = QJsonDocument::fromJson(r.out).object().value(u"cost"_s).toObject();
        for (const char *key : {"currency", "capex", "power_w", "opex_per_year", "tco_per_year", "per_user", "per_million_tokens", "lines", "missing_prices"})
            QVERIFY2(cost.contains(QLatin1StringView(key)), key);
        QCOMPARE(cost.value(u"currency"_s).toString(), u"CNY"_s);
        double sum = 0;
        for (const QJsonValue &v : cost.value(u"lines"_s).toArray()) {
            const QJsonObject line = v.toObject();
            for (const char *key : {"part", "qty", "unit_price", "price_date", "source", "stale"})
                QVERIFY2(line.contains(QLatin1StringView(key)), key);
            sum += line.value(u"total"_s).toDouble();
        }
        QVERIFY(qAbs(sum - cost.value(u"capex"_s).toDouble()) < 1.0);
        // 8 x H200 per node matches the seed's whole-system price "h200:8": one line per node instead of GPUs, platform and CPUs.
        const QJsonObject first = cost.value(u"lines"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"part"_s).toString(), u"h200:8"_s);
        QCOMPARE(first.value(u"kind"_s).toString(), u"system"_s);
        QCOMPARE(first.value(u"unit_price"_s).toDouble(), 1500000.0);
        for (const QJsonValue &v : cost.value(u"lines"_s).toArray())
            QVERIFY2(v[u"kind"_s].toString() != u"gpu"_s && v[u"kind"_s].toString() != u"platform"_s && v[u"kind"_s].toString() != u"cpu"_s,
                     qPrintable(v[u"part"_s].toString()));
        QVERIFY(cost.value(u"complete"_s).toBool());
        QVERIFY(cost.value(u"per_user"_s).toDouble() > 0);
    }

    // The source documents' two-node build (2 x 8 x A100 80GB, 2 x Xeon 8358 and 512 GB per node) prices complete
    // from the seed's sourced prices, within 2.5-5M CNY (the documents themselves quote 3.5-3.7M).
    void documentsTwoNodeA100BuildPricesComplete()
    {
        const QString path = write(u"a100x16.json"_s, R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "fp8", "runtime": "vllm",
            "nodes": 2, "gpu": {"id": "a100-80g", "count": 8}, "cpu": {"id": "xeon-8358", "sockets": 2}, "ram": {"gb": 512},
            "workload": {"users": 100}})");
        const Run r = run({u"estimate"_s, path, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject cost = QJsonDocument::fromJson(r.out).object().value(u"cost"_s).toObject();
        QVERIFY2(cost.value(u"complete"_s).toBool(), qPrintable(QString::fromUtf8(QJsonDocument(cost).toJson())));
        QCOMPARE(cost.value(u"missing_prices"_s).toArray().size(), 0);
        const double capex = cost.value(u"capex"_s).toDouble();
        QVERIFY2(capex >= 2.5e6 && capex <= 5e6, qPrintable(QString::number(capex, 'f', 0)));
    }

    // An unpriced part is never 0: complete is false, the ratios are null (not 0, not computed from the partial sum),
    // and capex_text says "at least".
    void estimateJsonWithAnUnpricedPart_data()
    {
        QTest::addColumn<QByteArray>("build");
        QTest::addColumn<int>("unpriced");
        // The seed has no price for a one-socket platform with a GPU slot (the Xeon Gold 6454S has its list price).
        QTest::newRow("KTransformers, 4090 + Xeon 6454S") << QByteArray(R"({"format": "hwplanner.build/1", "model": "deepseek-r1", "quant": "q4_k_m",
            "runtime": "ktransformers", "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1},
            "ram": {"gb": 512, "mts": 4800, "channels": 8}, "workload": {"users": 1}})") << 1;
        // 3 x MI325X matches no whole system, and the catalog has no sourced price for an MI325X card.
        QTest::newRow("vLLM 3 x MI325X, card unpriced") << QByteArray(R"({"format": "hwplanner.build/1", "model": "r1-distill-llama-70b", "quant": "fp16",
            "runtime": "vllm", "gpu": {"id": "mi325x", "count": 3}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 4}})") << -1;
    }

    void estimateJsonWithAnUnpricedPart()
    {
        QFETCH(QByteArray, build);
        QFETCH(int, unpriced);
        const Run r = run({u"estimate"_s, write(u"unpriced.json"_s, build), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject cost = QJsonDocument::fromJson(r.out).object().value(u"cost"_s).toObject();
        QCOMPARE(cost.value(u"complete"_s), QJsonValue(false));
        QCOMPARE(cost.value(u"tco_complete"_s), QJsonValue(false));
        QVERIFY2(cost.value(u"per_user"_s).isNull(), qPrintable(QString::fromUtf8(QJsonDocument(cost).toJson())));
        QVERIFY(cost.value(u"per_million_tokens"_s).isNull());
        const int missing = int(cost.value(u"missing_prices"_s).toArray().size());
        QVERIFY(missing > 0);
        QCOMPARE(cost.value(u"unpriced_parts"_s).toInt(), missing);
        if (unpriced >= 0)
            QCOMPARE(missing, unpriced);
        double priced = 0;
        int nulls = 0;
        for (const QJsonValue &v : cost.value(u"lines"_s).toArray()) {
            nulls += v[u"unit_price"_s].isNull();
            priced += v[u"total"_s].toDouble();
        }
        QCOMPARE(nulls, missing);
        QVERIFY(qAbs(cost.value(u"capex"_s).toDouble() - priced) < 1.0); // the priced lines only: a lower bound
        QVERIFY2(cost.value(u"capex_text"_s).toString().startsWith(u"incomplete: at least "_s), qPrintable(cost.value(u"capex_text"_s).toString()));
        // The text form says the same.
        const Run text = run({u"estimate"_s, write(u"unpriced.json"_s, build)});
        QVERIFY2(text.out.contains("Capex incomplete: at least"), text.out.constData());
        QVERIFY(text.out.contains("per user none (capex incomplete)"));
    }

    void sweepJsonHasTheDocumentedShape()
    {
        const Run r = run({u"sweep"_s, u"--model"_s, u"r1-distill-qwen-32b"_s, u"--users"_s, u"5"_s, u"--min-tps"_s, u"10"_s,
                           u"--budget"_s, u"200000"_s, u"--top"_s, u"3"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"evaluated", "feasible", "frontier", "recommended"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value(u"evaluated"_s).toInt() > 1000);
        const QJsonArray rec = o.value(u"recommended"_s).toArray();
        QCOMPARE(rec.size(), 3);
        for (const QJsonValue &v : rec) {
            const QJsonObject item = v.toObject();
            QCOMPARE(item.value(u"build"_s).toObject().value(u"format"_s).toString(), u"hwplanner.build/1"_s);
            QVERIFY(item.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"capex"_s).toDouble() <= 200000);
            QVERIFY(!item.value(u"reason"_s).toString().isEmpty());
        }
        // A recommended build is a build file the estimate command takes.
        const QString path = write(u"rec.json"_s, QJsonDocument(rec.first().toObject().value(u"build"_s).toObject()).toJson());
        QCOMPARE(run({u"estimate"_s, path}).code, 0);
        QCOMPARE(run({u"sweep"_s, u"--model"_s, u"deepseek-r9"_s, u"--users"_s, u"5"_s}).code, 2);
        QCOMPARE(run({u"sweep"_s, u"--model"_s, u"all"_s}).code, 2); // --users missing
    }

    // The catalog list of one kind, by id (`catalog KIND --json`): what a reader checks a sweep's builds against.
    QHash<QString, QJsonObject> catalogById(const QString &kind)
    {
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(run({u"catalog"_s, kind, u"--json"_s}).out).object().value(kind).toArray())
            byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        return byId;
    }
    // Every build a sweep's JSON lists: recommended, unpriced and both frontiers.
    static QList<QJsonObject> sweepItems(const QJsonObject &o)
    {
        QList<QJsonObject> items;
        for (const char *list : {"recommended", "unpriced", "frontier", "frontier_per_user"})
            for (const QJsonValue &v : o.value(QLatin1StringView(list)).toArray())
                items << v.toObject();
        return items;
    }

    // The sweep page's filters, as options: each leaves out what it says, checked against the catalog.
    void sweepFiltersAsOnTheSweepPage()
    {
        const QStringList base = {u"sweep"_s, u"--model"_s, u"deepseek-r1"_s, u"--users"_s, u"10"_s, u"--min-tps"_s, u"6"_s, u"--top"_s, u"20"_s, u"--json"_s};
        const QHash<QString, QJsonObject> quants = catalogById(u"quants"_s), gpus = catalogById(u"gpus"_s);
        QVERIFY(!quants.isEmpty() && !gpus.isEmpty());
        const auto sweep = [&](const QStringList &more) {
            const Run r = run(base + more);
            [&] { QCOMPARE(r.code, 0); }();
            return sweepItems(QJsonDocument::fromJson(r.out).object());
        };
        const auto bits = [&](const QJsonObject &item) {
            return quants.value(item.value(u"build"_s).toObject().value(u"quant"_s).toString()).value(u"bits_per_weight"_s).toDouble(-1);
        };
        // Unfiltered, the sweep lists 4-bit (and narrower) quants, and labels them "quant", not "full".
        const QList<QJsonObject> all = sweep({});
        QVERIFY(!all.isEmpty());
        int narrow = 0;
        for (const QJsonObject &item : all) {
            QVERIFY(bits(item) > 0);
            const QString quality = item.value(u"quality"_s).toString();
            QVERIFY2(quality == (bits(item) >= 8 ? u"full"_s : u"quant"_s), qPrintable(item.value(u"build"_s).toObject().value(u"name"_s).toString() + u": "_s + quality));
            if (bits(item) <= 4.5) {
                ++narrow;
                QVERIFY2(!item.value(u"reason"_s).toString().contains(u"full:"_s), qPrintable(item.value(u"reason"_s).toString()));
            }
        }
        QVERIFY(narrow > 0);
        // --quality full: DeepSeek-R1 is published in FP8, so no build below 8 bits.
        const QList<QJsonObject> full = sweep({u"--quality"_s, u"full"_s});
        QVERIFY(!full.isEmpty());
        for (const QJsonObject &item : full)
            QVERIFY2(bits(item) >= 8, qPrintable(item.value(u"build"_s).toObject().value(u"quant"_s).toString()));
        // --quality quant: none at 8 bits or more.
        for (const QJsonObject &item : sweep({u"--quality"_s, u"quant"_s}))
            QVERIFY2(bits(item) < 8, qPrintable(item.value(u"build"_s).toObject().value(u"quant"_s).toString()));
        // --budget: the unfiltered sweep has builds dearer than it; with it, no build listed exceeds it.
        const double budget = 1000000;
        int dearer = 0;
        for (const QJsonObject &item : all)
            dearer += item.value(u"result"_s).toObject().value(u"cost"_s).toObject().value(u"capex"_s).toDouble() > budget;
        QVERIFY(dearer > 0);
        for (const QJsonObject &item : sweep({u"--budget"_s, QString::number(budget)})) {
            const QJsonObject cost = item.value(u"result"_s).toObject().value(u"cost"_s).toObject();
            if (cost.value(u"complete"_s).toBool())
                QVERIFY2(cost.value(u"capex"_s).toDouble() <= budget, qPrintable(QString::number(cost.value(u"capex"_s).toDouble())));
        }
        // --vendor and --new-only: only the group's accelerators (no CPU-only build), no memory-modified card.
        const QList<QJsonObject> nvidia = sweep({u"--vendor"_s, u"nvidia"_s, u"--new-only"_s});
        QVERIFY(!nvidia.isEmpty());
        for (const QJsonObject &item : nvidia) {
            const QJsonObject gpu = gpus.value(item.value(u"build"_s).toObject().value(u"gpu"_s).toObject().value(u"id"_s).toString());
            QCOMPARE(gpu.value(u"vendor"_s).toString(), u"NVIDIA"_s);
            QVERIFY2(!gpu.value(u"name"_s).toString().contains(u"modified"_s), qPrintable(gpu.value(u"name"_s).toString()));
        }
        int modified = 0;
        for (const QJsonObject &item : sweep({u"--vendor"_s, u"nvidia"_s}))
            modified += gpus.value(item.value(u"build"_s).toObject().value(u"gpu"_s).toObject().value(u"id"_s).toString()).value(u"name"_s).toString().contains(u"modified"_s);
        QVERIFY(modified > 0); // without --new-only the modified cards are there to leave out
        // --runtime narrows to that runtime.
        for (const QJsonObject &item : sweep({u"--runtime"_s, u"ktransformers"_s}))
            QCOMPARE(item.value(u"build"_s).toObject().value(u"runtime"_s).toString(), u"ktransformers"_s);
    }

    // The text names builds as the sweep page does, from the catalog's names, and labels the quality class.
    void sweepTextNamesBuildsForReaders()
    {
        const QHash<QString, QJsonObject> quants = catalogById(u"quants"_s), runtimes = catalogById(u"runtimes"_s), gpus = catalogById(u"gpus"_s);
        const QStringList args = {u"sweep"_s, u"--model"_s, u"deepseek-r1"_s, u"--quant"_s, u"q4_k_m"_s, u"--users"_s, u"1"_s, u"--min-tps"_s, u"3"_s,
                                  u"--top"_s, u"3"_s};
        const Run json = run(args + QStringList{u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray rec = QJsonDocument::fromJson(json.out).object().value(u"recommended"_s).toArray();
        QVERIFY(!rec.isEmpty());
        const Run text = run(args);
        QCOMPARE(text.code, 0);
        const QString shown = QString::fromUtf8(text.out);
        for (const QJsonValue &v : rec) {
            const QJsonObject build = v.toObject().value(u"build"_s).toObject();
            const QString name = build.value(u"name"_s).toString();
            QVERIFY2(name.contains(quants.value(build.value(u"quant"_s).toString()).value(u"name"_s).toString()), qPrintable(name));
            QVERIFY2(name.contains(runtimes.value(build.value(u"runtime"_s).toString()).value(u"name"_s).toString()), qPrintable(name));
            if (build.contains(u"gpu"_s))
                QVERIFY2(name.contains(gpus.value(build.value(u"gpu"_s).toObject().value(u"id"_s).toString()).value(u"name"_s).toString()), qPrintable(name));
            QVERIFY2(!name.contains(u"q4_k_m"_s), qPrintable(name));
            QVERIFY2(shown.contains(name), qPrintable(shown));
        }
        QVERIFY2(shown.contains(u"Filters: none."_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"full:"_s) && shown.contains(u"quant:"_s), qPrintable(shown));
        QVERIFY2(run(args + QStringList{u"--quality"_s, u"quant"_s, u"--budget"_s, u"90000"_s}).out.contains("Filters: quality quant; budget 90,000 CNY."), "");
    }

    // One parser for the subcommand: an option it does not take, or a value outside its words, exits 2 with the usage.
    void sweepRejectsUnknownOptions()
    {
        const QStringList base = {u"sweep"_s, u"--model"_s, u"r1-distill-qwen-7b"_s, u"--users"_s, u"1"_s};
        for (const QStringList &more : {QStringList{u"--colour"_s}, QStringList{u"--lang"_s, u"en"_s}, QStringList{u"extra.json"_s}}) {
            const Run r = run(base + more);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("usage: hwplanner sweep"), r.err.constData());
        }
        for (const QStringList &more : {QStringList{u"--quality"_s, u"perfect"_s}, QStringList{u"--quality"_s, u","_s},
                                        QStringList{u"--vendor"_s, u"acme"_s}}) {
            const Run r = run(base + more);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(more.first().toUtf8()), r.err.constData());
        }
    }

    void pricesImportErrorsExitTwo()
    {
        const QString path = write(u"bad.csv"_s, "kind,part,price,currency,condition,date,source\ngpu,h200,abc,CNY,new,2026-11-01,q\n");
        const Run r = run({u"prices"_s, u"import"_s, path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QString(path + u":2:3: price"_s).toUtf8()), r.err.constData());
        const QString good = write(u"good.csv"_s, "kind,part,price,currency,condition,date,source\ngpu,h200,185000,CNY,new,2026-11-01,q\n");
        const Run dry = run({u"prices"_s, u"import"_s, good, u"--dry-run"_s});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains("1 would be added"));
        QCOMPARE(run({u"prices"_s, u"import"_s, good}).code, 0);
        QVERIFY(run({u"prices"_s}).out.contains("185000.00"));
    }

    void twoProcessesImportIntoOneCatalog()
    {
        QCOMPARE(run({u"catalog"_s, u"gpus"_s}).code, 0); // the catalog exists before both start
        QList<QProcess *> procs;
        for (int i = 0; i < 2; ++i) {
            QByteArray csv = "kind,part,price,currency,condition,date,source\n";
            for (int k = 0; k < 50; ++k)
                csv += "gpu,h200," + QByteArray::number(170000 + i * 1000 + k) + ",CNY,new,2026-11-0" + QByteArray::number(i + 1) + ",parallel " +
                       QByteArray::number(i) + "\n";
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HWPLANNER_CATALOG"_s, m_dir.filePath(u"catalog.sqlite"_s));
            env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(HWPLANNER_BINARY), {u"prices"_s, u"import"_s, write(u"par%1.csv"_s.arg(i), csv)});
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(30000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(run({u"prices"_s, u"export"_s, m_dir.filePath(u"all.csv"_s)}).code, 0);
        QFile f(m_dir.filePath(u"all.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QCOMPARE(exported.count("parallel 0"), 50);
        QCOMPARE(exported.count("parallel 1"), 50);
        qDeleteAll(procs);
    }

    void catalogLists()
    {
        const Run all = run({u"catalog"_s, u"--json"_s});
        QCOMPARE(all.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(all.out).object();
        // Issue 14's targets for the embedded catalog, each row with its source and date.
        QVERIFY(o.value(u"gpus"_s).toArray().size() >= 60);
        QVERIFY(o.value(u"cpus"_s).toArray().size() >= 30);
        QVERIFY(o.value(u"models"_s).toArray().size() >= 25);
        for (const char *table : {"gpus", "cpus", "models"})
            for (const QJsonValue &row : o.value(QLatin1StringView(table)).toArray())
                QVERIFY2(!row[u"source"_s].toString().isEmpty() && row[u"source_date"_s].toString().size() == 10, table);
        QCOMPARE(o.value(u"runtimes"_s).toArray().size(), 10); // vLLM V0 and V1 are two rows
        const Run gpus = run({u"catalog"_s, u"gpus"_s});
        QCOMPARE(gpus.code, 0);
        QVERIFY(gpus.out.contains("h200"));
        QVERIFY(!gpus.out.contains("xeon"));
        QCOMPARE(run({u"catalog"_s, u"printers"_s}).code, 2);
    }

    void quoteIsNumberedAndUnwritablePathsExitTwo()
    {
        const QString a = write(u"qa.json"_s, R"({"format": "hwplanner.build/1", "name": "8 x H200", "model": "deepseek-r1", "quant": "fp8",
            "runtime": "sglang", "gpu": {"id": "h200", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 16}})");
        const QString b = write(u"qb.json"_s, R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-32b", "quant": "q4_k_m",
            "runtime": "llama.cpp", "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        const QString pdf = m_dir.filePath(u"q.pdf"_s);
        const Run r = run({u"quote"_s, a, b, u"-o"_s, pdf, u"--lang"_s, u"zh_CN"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"number"_s).toString().startsWith(u"Q-"_s));
        QCOMPARE(o.value(u"builds"_s).toArray().size(), 2);
        for (const QJsonValue &v : o.value(u"builds"_s).toArray()) {
            const QJsonObject item = v.toObject();
            QVERIFY(qAbs(item.value(u"subtotal"_s).toDouble() * 1.13 - item.value(u"total"_s).toDouble()) < 0.01);
        }
        QVERIFY(!o.contains(u"total"_s)); // the builds are alternatives: each has its total, nothing adds them
        QVERIFY(QFileInfo(pdf).size() > 10000);
        const Run next = run({u"quote"_s, a, u"-o"_s, m_dir.filePath(u"q2.pdf"_s), u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(next.out).object().value(u"number"_s).toString().right(4).toInt(),
                 o.value(u"number"_s).toString().right(4).toInt() + 1);

        const QString unwritable = m_dir.filePath(u"no-such-folder/q.pdf"_s);
        const Run bad = run({u"quote"_s, a, u"-o"_s, unwritable});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(unwritable.toUtf8()), bad.err.constData());
        QVERIFY(!QFile::exists(unwritable));
        QCOMPARE(run({u"quote"_s, a}).code, 2);                                           // -o missing
        QCOMPARE(run({u"quote"_s, a, u"-o"_s, pdf, u"--lang"_s, u"fr"_s}).code, 2);        // unknown language
        QCOMPARE(run({u"quote"_s, a, u"-o"_s, pdf, u"--validity"_s, u"-3"_s}).code, 2);    // impossible validity
    }

    // Every number a user gives has a documented range: outside it, exit 2 with one line naming the option.
    void absurdNumbersExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList sweep = {u"sweep"_s, u"--model"_s, u"r1-distill-qwen-7b"_s};
        for (const char *users : {"1e308", "nan", "inf", "2147483648", "1.5", "0", "-3"})
            QTest::addRow("sweep --users %s", users) << (sweep + QStringList{u"--users"_s, QString::fromLatin1(users)});
        QTest::newRow("sweep --context nan") << (sweep + QStringList{u"--users"_s, u"1"_s, u"--context"_s, u"nan"_s});
        QTest::newRow("sweep --min-tps nan") << (sweep + QStringList{u"--users"_s, u"1"_s, u"--min-tps"_s, u"nan"_s});
        QTest::newRow("sweep --budget nan") << (sweep + QStringList{u"--users"_s, u"1"_s, u"--budget"_s, u"nan"_s});
        QTest::newRow("sweep --top inf") << (sweep + QStringList{u"--users"_s, u"1"_s, u"--top"_s, u"inf"_s});
        QTest::newRow("estimate --usd-rate nan") << QStringList{u"estimate"_s, u"b.json"_s, u"--usd-rate"_s, u"nan"_s};
        QTest::newRow("estimate --usd-rate inf") << QStringList{u"estimate"_s, u"b.json"_s, u"--usd-rate"_s, u"inf"_s};
        QTest::newRow("quote --validity 1e9") << QStringList{u"quote"_s, u"b.json"_s, u"-o"_s, u"q.pdf"_s, u"--validity"_s, u"1e9"_s};
        QTest::newRow("an option the command does not take") << QStringList{u"estimate"_s, u"b.json"_s, u"--users"_s, u"3"_s};
        QTest::newRow("an unknown command") << QStringList{u"estimat"_s, u"b.json"_s};
        QTest::newRow("a device as input") << QStringList{u"estimate"_s, u"/dev/zero"_s};
        QTest::newRow("a device as output") << QStringList{u"quote"_s, u"b.json"_s, u"-o"_s, u"/dev/full"_s};
        QTest::newRow("a folder as output") << QStringList{u"quote"_s, u"b.json"_s, u"-o"_s, u"/tmp"_s};
        QTest::newRow("a 300-character company") << QStringList{u"quote"_s, u"b.json"_s, u"-o"_s, u"q.pdf"_s, u"--company"_s, QString(300, u'x')};
    }
    void absurdNumbersExitTwo()
    {
        QFETCH(QStringList, args);
        write(u"b.json"_s, R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": "q4_k_m", "runtime": "llama.cpp",
            "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        for (QString &a : args)
            if (a == u"b.json" || a == u"q.pdf")
                a = m_dir.filePath(a);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
        QVERIFY2(!r.err.contains("Q-20"), r.err.constData()); // no quote number was spent
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());
    }

    // Six processes starting at once on a catalog that does not exist yet: all succeed, one catalog.
    void sixProcessesCreateOneCatalogAtOnce()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(u"new/catalog.sqlite"_s);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 6; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HWPLANNER_CATALOG"_s, catalog);
            env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
            p->setProcessEnvironment(env);
            processes.push_back(std::move(p));
        }
        for (auto &p : processes)
            p->start(QStringLiteral(HWPLANNER_BINARY), {u"catalog"_s, u"models"_s});
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QStringList files = QDir(dir.filePath(u"new"_s)).entryList(QDir::Files);
        files.removeAll(u"catalog.sqlite-wal"_s);
        files.removeAll(u"catalog.sqlite-shm"_s);
        QCOMPARE(files, QStringList{u"catalog.sqlite"_s});
    }

    void oversizedBuildNameExitsTwo()
    {
        const QString b = write(u"n.json"_s, "{\"format\": \"hwplanner.build/1\", \"name\": \"" + QByteArray(1 << 19, 'x')
                                                  + "\", \"model\": \"r1-distill-qwen-7b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"workload\": {\"users\": 1}}");
        const Run r = run({u"quote"_s, b, u"-o"_s, m_dir.filePath(u"n.pdf"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("field 'name'"), r.err.constData());
        QVERIFY(r.err.size() < 400); // one line, not the name echoed back
    }

    void settingsOutsideTheirRangeExitTwo_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("VAT -50%") << u"quote/vatRate"_s << u"-0.5"_s;
        QTest::newRow("negative validity") << u"quote/validityDays"_s << u"-3"_s;
        QTest::newRow("PUE nan") << u"cost/pue"_s << u"nan"_s;
        QTest::newRow("USD rate inf") << u"cost/usdToCny"_s << u"inf"_s;
    }
    void settingsOutsideTheirRangeExitTwo()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString b = write(u"s.json"_s, R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": "q4_k_m", "runtime": "llama.cpp",
            "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        QDir().mkpath(m_dir.filePath(u"config/hwplanner"_s));
        const QString conf = m_dir.filePath(u"config/hwplanner/hwplanner.conf"_s);
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[%1]\n%2=%3\n").arg(key.section(u'/', 0, 0), key.section(u'/', 1), value).toUtf8());
        f.close();
        const Run r = run({u"estimate"_s, b});
        QFile::remove(conf);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(key.toUtf8()) && r.err.contains("hwplanner.conf"), r.err.constData());
    }

    // A logo setting that points at a file that is not an image is never read into a stored quote.
    void logoMustBeAnImage()
    {
        const QString b = write(u"l.json"_s, R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-7b", "quant": "q4_k_m", "runtime": "llama.cpp",
            "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        const QString secret = write(u"secret.txt"_s, "root:$6$not-an-image:19000:0:99999:7:::\n");
        QDir().mkpath(m_dir.filePath(u"config/hwplanner"_s));
        QFile f(m_dir.filePath(u"config/hwplanner/hwplanner.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[quote]\nlogo=" + secret.toUtf8() + "\n");
        f.close();
        const Run r = run({u"quote"_s, b, u"-o"_s, m_dir.filePath(u"logo.pdf"_s)});
        QFile::remove(f.fileName());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("not a PNG, JPEG or SVG"), r.err.constData());
        // The stored quote holds the logo as base64 of the whole file: its first 12 characters would be there.
        const QByteArray mark = QByteArray("root:$6$not-an-image:19000:0:99999:7:::\n").toBase64().left(12);
        for (const char *suffix : {"", "-wal"}) {
            QFile catalog(m_dir.filePath(u"catalog.sqlite"_s) + QLatin1StringView(suffix));
            if (catalog.open(QIODevice::ReadOnly))
                QVERIFY(!catalog.readAll().contains(mark));
        }
    }

    void exportWritesResultsAndBom()
    {
        const QString a = write(u"ea.json"_s, R"({"format": "hwplanner.build/1", "model": "r1-distill-qwen-32b", "quant": "q4_k_m",
            "runtime": "llama.cpp", "gpu": {"id": "rtx-4090", "count": 1}, "workload": {"users": 1}})");
        const QString json = m_dir.filePath(u"r.json"_s), csv = m_dir.filePath(u"r.csv"_s), bom = m_dir.filePath(u"bom.csv"_s);
        QCOMPARE(run({u"export"_s, a, u"--results-json"_s, json, u"--results-csv"_s, csv, u"--bom-csv"_s, bom}).code, 0);
        QFile j(json), c(csv), m(bom);
        QVERIFY(j.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly) && m.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(j.readAll()).object().value(u"fits"_s).toBool());
        QVERIFY(c.readAll().startsWith("\xEF\xBB\xBF"));
        QVERIFY(m.readAll().startsWith("\xEF\xBB\xBFpart,item,quantity"));
        QCOMPARE(run({u"export"_s, a, u"--bom-csv"_s, m_dir.filePath(u"nowhere/bom.csv"_s)}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
