#include "model/pricebook.h"

#include <chrono>
#include <cstdio>

namespace hw {

bool parseIsoDate(const std::string &text, int *days)
{
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok())
        return false;
    *days = int(std::chrono::sys_days{ymd}.time_since_epoch().count());
    return true;
}

InMemoryPriceBook::InMemoryPriceBook(std::vector<PriceRecord> records, std::vector<PlatformSpec> platforms, const CostSettings &settings,
                                     int todayDays)
    : m_records(std::move(records))
    , m_platforms(std::move(platforms))
    , m_settings(settings)
    , m_today(todayDays)
{
    // New parts first; among the same condition class, the latest date; ties by the lower price.
    auto better = [](const PriceRecord &a, const PriceRecord &b) {
        const bool aNew = a.condition == "new", bNew = b.condition == "new";
        if (aNew != bNew)
            return aNew;
        if (a.date != b.date)
            return a.date > b.date;
        return a.amount < b.amount;
    };
    for (const PriceRecord &r : m_records) {
        const auto key = std::make_pair(int(r.kind), r.partId);
        auto it = m_best.find(key);
        if (it == m_best.end() || better(r, *it->second))
            m_best[key] = &r;
    }
}

PriceQuote InMemoryPriceBook::quote(const PriceRecord &r) const
{
    PriceQuote q;
    q.originalAmount = r.amount;
    q.currency = r.currency;
    double cny = r.currency == "USD" ? r.amount * m_settings.usdToCny : r.amount;
    q.amount = m_settings.currency == "USD" ? cny / m_settings.usdToCny : cny;
    q.condition = r.condition;
    q.date = r.date;
    q.vendor = r.vendor;
    q.source = r.source;
    q.note = r.note;
    int days = 0;
    if (parseIsoDate(r.date, &days))
        q.ageDays = m_today - days;
    q.stale = q.ageDays > m_settings.staleDays;
    return q;
}

std::optional<PriceQuote> InMemoryPriceBook::latest(PartKind kind, const std::string &partId) const
{
    const auto it = m_best.find(std::make_pair(int(kind), partId));
    if (it == m_best.end())
        return std::nullopt;
    return quote(*it->second);
}

std::vector<const PriceRecord *> InMemoryPriceBook::latestRecords() const
{
    std::map<std::tuple<int, std::string, std::string>, const PriceRecord *> latest;
    for (const PriceRecord &r : m_records) {
        auto &slot = latest[std::make_tuple(int(r.kind), r.partId, r.condition)];
        if (!slot || r.date > slot->date)
            slot = &r;
    }
    std::vector<const PriceRecord *> out;
    for (const auto &kv : latest)
        out.push_back(kv.second);
    return out;
}

} // namespace hw
