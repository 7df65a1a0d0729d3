// A vendor offer's free text (any bytes, read as UTF-8) through the claim extractor, then the claim
// checks on whatever it extracted.

#include "fuzzcatalog.h"
#include "model/claims.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const hw::Catalog &catalog = fuzzCatalog();
    static const hw::CostSettings settings;
    static const auto prices = hwdb::makePriceBook(catalog, settings);
    const std::string text(reinterpret_cast<const char *>(data), size);
    const hw::Claim claim = hw::extractClaim(text, catalog);
    (void)hw::checkClaim(claim, catalog, *prices, settings);
    return 0;
}
