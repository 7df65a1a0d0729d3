// Times the estimate over a large batch of builds drawn from the catalog and prints builds per second.
// Usage: bench_estimate [builds]  (default 200000)

#include "db/catalogdb.h"
#include "model/estimator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const long count = argc > 1 ? std::atol(argv[1]) : 200000;
    QTemporaryDir dir;
    hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
    hw::Catalog c;
    if (!db.open() || !db.load(&c)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }

    // Every model x quant x runtime x GPU x count combination, sampled evenly down to at most
    // kDistinct builds and cycled to `count`. All of them (1.5M with the 2026 catalog, ~4 KB each)
    // would make this a benchmark of streaming 6 GB of builds from RAM, not of the estimate: the
    // sweep estimates each candidate while it is in cache.
    constexpr std::size_t kDistinct = 1 << 16;
    const int users[] = {1, 8, 32, 100};
    const int counts[] = {1, 2, 4, 8};
    const std::size_t combinations = c.models.size() * c.quants.size() * c.runtimes.size() * (c.gpus.size() + 1) * std::size(counts);
    const std::size_t stride = std::max<std::size_t>(1, combinations / kDistinct);
    std::vector<hw::Build> builds;
    std::size_t combination = 0;
    for (const auto &m : c.models)
        for (const auto &q : c.quants)
            for (const auto &r : c.runtimes)
                for (size_t g = 0; g <= c.gpus.size(); ++g)
                    for (int n : counts) {
                        if (combination++ % stride != 0)
                            continue;
                        hw::Build b;
                        b.model = m;
                        b.quant = q;
                        b.fileGB = c.fileGB(m.id, q.id);
                        b.runtime = r;
                        if (g < c.gpus.size()) {
                            b.gpu = c.gpus[g];
                            b.gpusPerNode = n;
                        }
                        b.cpu = c.cpus[builds.size() % c.cpus.size()];
                        b.sockets = 1 + int(builds.size() % 2);
                        b.ramGB = 128.0 * n;
                        b.workload.users = users[builds.size() % 4];
                        builds.push_back(b);
                    }
    std::printf("distinct builds: %zu (every %zu-th of %zu combinations)\n", builds.size(), stride, combinations);

    double sink = 0;
    for (int pass = 0; pass < 2; ++pass) {
        const auto start = std::chrono::steady_clock::now();
        for (long i = 0; i < count * 4; ++i)
            sink += hw::estimate(builds[size_t(i) % builds.size()], hw::Detail::Throughput).decodeAggregate;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (pass == 1)
            std::printf("estimate (throughput at the target users, the sweep's inner loop): %ld builds in %.3f s = %.0f builds/s on one core\n",
                        count * 4, seconds, count * 4 / seconds);
    }
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms caches
        const auto start = std::chrono::steady_clock::now();
        for (long i = 0; i < count; ++i) {
            const hw::Estimate e = hw::estimate(builds[size_t(i) % builds.size()], hw::Detail::Figures);
            sink += e.decodeAggregate + e.maxUsers;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (pass == 1)
            std::printf("estimate (figures only, max users included): %ld builds in %.3f s = %.0f builds/s on one core\n", count, seconds,
                        count / seconds);
    }
    const auto start = std::chrono::steady_clock::now();
    const long explained = count / 10;
    for (long i = 0; i < explained; ++i)
        sink += hw::estimate(builds[size_t(i) % builds.size()], hw::Detail::Explained).explanation.size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("estimate with explanation lines: %ld builds in %.3f s = %.0f builds/s\n", explained, seconds, explained / seconds);
    std::printf("(checksum %.1f)\n", sink);
    return 0;
}
