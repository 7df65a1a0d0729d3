// Prints the time to export a three-build comparison quote: assembling its data (three estimates, costs,
// checklists and the three sweeps behind the frontier charts), numbering and storing it, and writing
// the A4 PDF. Target: under 1 second. Run offscreen: QT_QPA_PLATFORM=offscreen ./bench_quote

#include "db/appsettings.h"
#include "db/buildfile.h"
#include "db/quotes.h"
#include "ui/quotewriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
    hw::Catalog catalog;
    if (!db.open() || !db.load(&catalog)) {
        std::fprintf(stderr, "bench_quote: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    const char *files[] = {
        R"({"format": "hwplanner.build/1", "name": "SGLang 8 x H200", "model": "deepseek-r1", "quant": "fp8", "runtime": "sglang",
            "gpu": {"id": "h200", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 64, "min_tps_per_user": 14}})",
        R"({"format": "hwplanner.build/1", "name": "KTransformers", "model": "deepseek-r1", "quant": "q4_k_m", "runtime": "ktransformers",
            "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1}, "ram": {"gb": 512}, "workload": {"users": 1}})",
        R"({"format": "hwplanner.build/1", "name": "vLLM 8 x A100 AWQ", "model": "deepseek-r1", "quant": "awq-int4", "runtime": "vllm",
            "gpu": {"id": "a100-80g", "count": 8}, "cpu": {"id": "xeon-8592", "sockets": 2}, "workload": {"users": 64, "min_tps_per_user": 14}})",
    };
    QList<hw::Build> builds;
    for (const char *json : files) {
        hw::Build b;
        hwdb::BuildError e;
        if (!hwdb::parseBuild(json, QStringLiteral("bench"), catalog, &b, &e)) {
            std::fprintf(stderr, "bench_quote: %s\n", qPrintable(e.toString()));
            return 1;
        }
        builds << b;
    }
    const hw::CostSettings settings = hwdb::costSettings();
    const auto prices = hwdb::makePriceBook(catalog, settings);
    hwdb::QuoteStore store(db);
    std::vector<double> data, pdf;
    for (const char *language : {"en", "zh_CN", "en", "zh_CN", "en", "zh_CN"}) {
        hwdb::QuoteOptions options;
        options.language = QString::fromLatin1(language);
        QElapsedTimer t;
        t.start();
        QJsonObject quote = hwdb::makeQuoteData(builds, catalog, *prices, settings, options);
        QString error;
        if (!store.issue(&quote, &error)) {
            std::fprintf(stderr, "bench_quote: %s\n", qPrintable(error));
            return 1;
        }
        data.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QString path = dir.filePath(quote.value(QStringLiteral("number")).toString() + QStringLiteral(".pdf"));
        if (!hwui::writeQuotePdf(quote, path, &error)) {
            std::fprintf(stderr, "bench_quote: %s\n", qPrintable(error));
            return 1;
        }
        pdf.push_back(double(t.nsecsElapsed()) / 1e6);
        if (data.size() == 1)
            std::printf("three-build quote: %lld bytes\n", QFileInfo(path).size());
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("three-build comparison quote, median of %zu (en and zh_CN): data + numbering %.0f ms, PDF %.0f ms, total %.0f ms (target < 1000 ms)\n",
                data.size(), median(data), median(pdf), median(data) + median(pdf));
    return 0;
}
