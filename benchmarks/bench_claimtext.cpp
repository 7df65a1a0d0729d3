// Prints how long the offer reader (hw::extractClaim) takes on pathological text: digit runs, a table of
// empty rows and a line of bars, at a quarter, a half and the whole of the size the reader accepts. Target: linear growth (the 4x input takes
// about 4x, not 16x) and a 1 MiB offer, the size the checker accepts, in well under a second.

#include "db/catalogdb.h"
#include "model/claims.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

namespace {

double secondsFor(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    hwdb::CatalogDatabase db(dir.filePath(QStringLiteral("catalog.sqlite")));
    hw::Catalog catalog;
    if (!db.open() || !db.load(&catalog)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const std::function<std::string(size_t)> inputs[] = {
        [](size_t n) { return std::string(n / 2, '9') + " tok/s " + std::string(n / 2, '1') + " 元"; },
        [](size_t n) {
            std::string t = "| quant | users | tok/s |\n";
            while (t.size() < n)
                t += "| q4_k_m | x | ~ |\n";
            return t;
        },
        [](size_t n) { return std::string(n, '|'); },
    };
    const char *names[] = {"digit runs", "table of empty rows", "a line of bars"};
    for (int i = 0; i < 3; ++i) {
        double base = 0;
        for (size_t scale : {1, 2, 4}) {
            const std::string text = inputs[i](scale * (hw::kMaxOfferBytes / 4 - 64));
            const double s = secondsFor([&] { (void)hw::extractClaim(text, catalog); });
            if (scale == 1)
                base = s;
            std::printf("offer reader, %s: %zu bytes in %.3f s (%.1fx the quarter-size input's time)\n", names[i], text.size(), s,
                        base > 0 ? s / base : 0.0);
        }
    }
    return 0;
}
