// Vendor price lists: any bytes either parse into records or give an error naming file and line.

#include "db/pricecsv.h"
#include "fuzzcatalog.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const hw::Catalog &catalog = fuzzCatalog();
    std::vector<hw::PriceRecord> records;
    QStringList descriptions;
    QString error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!hwdb::parsePriceCsv(bytes, QStringLiteral("fuzz.csv"), catalog, &records, &descriptions, &error)) {
        if (!error.startsWith(QStringLiteral("fuzz.csv")))
            std::abort();
        return 0;
    }
    for (const hw::PriceRecord &r : records)
        if (!(r.amount > 0) || r.source.empty()) // the importer's own promises
            std::abort();
    return 0;
}
