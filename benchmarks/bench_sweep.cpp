// Times full default sweeps (every quant, runtime, GPU, count, node count, CPU) and prints candidates/s.

#include "db/catalogdb.h"
#include "model/sweep.h"

#include <QCoreApplication>
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
    const hw::CostSettings settings;
    const auto prices = hwdb::makePriceBook(c, settings);
    const auto run = [&](const char *label, hw::SweepTarget t) {
        hw::sweep(c, t, *prices, settings); // warm up
        const auto start = std::chrono::steady_clock::now();
        const hw::SweepResult r = hw::sweep(c, t, *prices, settings);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("sweep %-44s %8zu candidates in %.3f s = %.0f candidates/s; %zu meet the target, %zu on the frontier\n", label, r.evaluated, s,
                    r.evaluated / s, r.feasible, r.frontierAggregate.size());
    };
    hw::SweepTarget r1;
    r1.modelIds = {"deepseek-r1"};
    r1.users = 100;
    r1.minTpsPerUser = 14;
    run("deepseek-r1, 100 users at 14 tok/s", r1);
    r1.pricedOnly = true;
    run("the same, priced GPUs only (quotes' frontier)", r1);
    hw::SweepTarget all;
    all.users = 5;
    all.minTpsPerUser = 6;
    all.budget = 50000;
    run("every model, 5 users at 6 tok/s, < 50,000 CNY", all);
    return 0;
}
