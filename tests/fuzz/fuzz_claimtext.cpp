// A vendor offer's free text (any bytes, read as UTF-8) through the claim extractor, then the claim
// checks on whatever it extracted.

#include "fuzzcatalog.h"
#include "db/claimfile.h"
#include "model/claims.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const hw::Catalog &catalog = fuzzCatalog();
    static const hw::CostSettings settings;
    static const auto prices = hwdb::makePriceBook(catalog, settings);
    // The bytes as the CLI reads them (encoding detection, size cap), and raw through the extractor.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString decoded, problem;
    if (hwdb::decodeOfferText(bytes, &decoded, &problem))
        (void)hwdb::claimFromText(decoded, catalog);
    const std::string text(reinterpret_cast<const char *>(data), size);
    const hw::Claim claim = hw::extractClaim(text, catalog);
    (void)hw::checkClaim(claim, catalog, *prices, settings);
    return 0;
}
