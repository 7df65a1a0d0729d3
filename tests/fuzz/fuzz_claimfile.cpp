// Claim files (any bytes as a hwplanner.claim/1 document) through parseClaim, then the checks on
// whatever parsed. Wrong types, negative numbers and unknown currencies must be refused, not crash.

#include "db/claimfile.h"
#include "fuzzcatalog.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const hw::Catalog &catalog = fuzzCatalog();
    static const hw::CostSettings settings;
    static const auto prices = hwdb::makePriceBook(catalog, settings);
    hw::Claim claim;
    hwdb::BuildError error;
    if (hwdb::parseClaim(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"), catalog, &claim, &error))
        (void)hw::checkClaim(claim, catalog, *prices, settings);
    return 0;
}
