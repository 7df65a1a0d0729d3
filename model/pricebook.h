#pragma once

// Price history in memory: every record kept, the latest per part and condition used, new preferred.

#include "model/cost.h"

#include <map>

namespace hw {

struct PriceRecord
{
    PartKind kind = PartKind::Gpu;
    std::string partId;
    std::string vendor;
    double amount = 0;
    std::string currency;  // ISO 4217: CNY, USD (the settings' rate), or one with an ExchangeRate
    std::string condition; // new, used, refurbished
    std::string date;      // YYYY-MM-DD
    std::string source;
    std::string note;
};

// What one unit of a currency was worth in CNY on a date, and who published it (a central bank's
// reference rate or central parity). A price in that currency converts at the rate nearest its date.
struct ExchangeRate
{
    std::string currency; // ISO 4217, upper case
    double cnyPerUnit = 0;
    std::string date;     // YYYY-MM-DD the rate was fixed for
    std::string source;
    std::string note;
};

// The currencies a price can be in: CNY, USD (the settings' rate), then those with a rate, sorted.
std::vector<std::string> priceCurrencies(const std::vector<ExchangeRate> &rates);

// Days since 1970-01-01 of a YYYY-MM-DD date; false if it is not a valid calendar date.
bool parseIsoDate(const std::string &text, int *days);

class InMemoryPriceBook final : public PriceBook
{
public:
    // `todayDays` is the date ages are measured against (days since 1970-01-01).
    // USD converts at the settings' rate (the user's override); CNY at 1; any other currency at the
    // `rates` row of that currency nearest the price's date. A record in a currency without a rate cannot
    // be used: the part is priced by its other records, or not at all (never as 0).
    InMemoryPriceBook(std::vector<PriceRecord> records, std::vector<PlatformSpec> platforms, const CostSettings &settings, int todayDays,
                      std::vector<ExchangeRate> rates = {});
    InMemoryPriceBook(const InMemoryPriceBook &) = delete; // m_best points into m_records
    InMemoryPriceBook &operator=(const InMemoryPriceBook &) = delete;

    std::optional<PriceQuote> latest(PartKind kind, const std::string &partId) const override;
    std::optional<PriceQuote> lowest(PartKind kind, const std::string &partId) const override;
    const std::vector<PlatformSpec> &platforms() const override { return m_platforms; }
    const std::vector<PriceRecord> &records() const { return m_records; }

    // The latest records per part and condition (all of that date), for listings.
    std::vector<const PriceRecord *> latestRecords() const;
    // One record as the planner would use it: converted to the report currency, with the rate it used;
    // none when its currency has no rate.
    std::optional<PriceQuote> quoteOf(const PriceRecord &r) const;
    // The table rate a record in `currency` dated `date` converts at (nearest date); null for CNY, USD
    // (the settings' rate) and a currency without a rate.
    const ExchangeRate *rateFor(const std::string &currency, const std::string &date) const;
    const std::vector<ExchangeRate> &exchangeRates() const { return m_rates; }

private:
    std::optional<double> cnyPerUnit(const PriceRecord &r, const ExchangeRate **used) const;

    std::vector<PriceRecord> m_records;
    std::vector<PlatformSpec> m_platforms;
    CostSettings m_settings;
    int m_today;
    std::vector<ExchangeRate> m_rates;
    std::map<std::pair<int, std::string>, const PriceRecord *> m_best; // (kind, part) -> chosen record
};

} // namespace hw
