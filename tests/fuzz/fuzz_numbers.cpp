// Numbers users type (CLI options, settings values): any text is either refused with a reason or a
// finite value inside its range, whole where asked.

#include "db/safeio.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    struct Range { double min, max; bool whole; };
    for (const Range r : {Range{1, 100000, true}, Range{0.01, 10000, false}, Range{0, 1e12, false}, Range{1, 3650, true}}) {
        double value = -1;
        QString why;
        if (hwdb::parseBoundedNumber(text, r.min, r.max, r.whole, &value, &why)) {
            if (!std::isfinite(value) || value < r.min || value > r.max || (r.whole && value != std::floor(value)))
                std::abort();
        } else if (why.isEmpty() || why.contains(QLatin1Char('\n')) || why.size() > 200) {
            std::abort();
        }
    }
    return 0;
}
