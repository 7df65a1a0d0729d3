// The shipped engine against the calibration corpus: prints what `hwplanner accuracy` prints (the
// seed catalog, the held-out error per placement class) and how long the evaluation takes.
// Usage: bench_accuracy [--json]

#include "db/calibrationcorpus.h"
#include "db/catalogdb.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
    hw::Catalog c;
    if (!db.open() || !db.load(&c)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    const hwdb::CorpusEvaluation evaluation = hwdb::evaluateCorpus(c);
    const hw::AccuracyReport report = hw::summariseAccuracy(evaluation.results);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (argc > 1 && QByteArray(argv[1]) == "--json")
        std::printf("%s", QJsonDocument(hwdb::accuracyToJson(report)).toJson().constData());
    else
        for (const QString &line : hwdb::accuracyToText(report))
            std::printf("%s\n", qPrintable(line));
    for (const QString &e : evaluation.errors)
        std::fprintf(stderr, "skipped: %s\n", qPrintable(e));
    std::printf("\n%d points evaluated in %.1f ms (%d prefill points not estimated, %lld skipped)\n", report.points, ms, evaluation.notEstimated,
                static_cast<long long>(evaluation.errors.size()));
    return 0;
}
