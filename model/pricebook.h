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
    std::string currency;  // CNY or USD
    std::string condition; // new, used, refurbished
    std::string date;      // YYYY-MM-DD
    std::string source;
    std::string note;
};

// Days since 1970-01-01 of a YYYY-MM-DD date; false if it is not a valid calendar date.
bool parseIsoDate(const std::string &text, int *days);

class InMemoryPriceBook final : public PriceBook
{
public:
    // `todayDays` is the date ages are measured against (days since 1970-01-01).
    InMemoryPriceBook(std::vector<PriceRecord> records, std::vector<PlatformSpec> platforms, const CostSettings &settings, int todayDays);
    InMemoryPriceBook(const InMemoryPriceBook &) = delete; // m_best points into m_records
    InMemoryPriceBook &operator=(const InMemoryPriceBook &) = delete;

    std::optional<PriceQuote> latest(PartKind kind, const std::string &partId) const override;
    const std::vector<PlatformSpec> &platforms() const override { return m_platforms; }
    const std::vector<PriceRecord> &records() const { return m_records; }

    // The latest record per part and condition (what the planner uses), for listings.
    std::vector<const PriceRecord *> latestRecords() const;

private:
    PriceQuote quote(const PriceRecord &r) const;

    std::vector<PriceRecord> m_records;
    std::vector<PlatformSpec> m_platforms;
    CostSettings m_settings;
    int m_today;
    std::map<std::pair<int, std::string>, const PriceRecord *> m_best; // (kind, part) -> chosen record
};

} // namespace hw
