#include "model/pricebook.h"

#include "model/textformat.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

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

std::vector<std::string> priceCurrencies(const std::vector<ExchangeRate> &rates)
{
    std::vector<std::string> rated;
    for (const ExchangeRate &x : rates)
        if (x.currency != "CNY" && x.currency != "USD")
            rated.push_back(x.currency);
    std::sort(rated.begin(), rated.end());
    rated.erase(std::unique(rated.begin(), rated.end()), rated.end());
    rated.insert(rated.begin(), {"CNY", "USD"});
    return rated;
}

InMemoryPriceBook::InMemoryPriceBook(std::vector<PriceRecord> records, std::vector<PlatformSpec> platforms, const CostSettings &settings,
                                     int todayDays, std::vector<ExchangeRate> rates)
    : m_records(std::move(records))
    , m_platforms(std::move(platforms))
    , m_settings(settings)
    , m_today(todayDays)
    , m_rates(std::move(rates))
{
    // New parts first; among the same condition class, the latest date; ties by the lower price in CNY
    // (quotes of one day in two currencies compare converted, not by their face values).
    auto cny = [this](const PriceRecord &r) {
        const ExchangeRate *used = nullptr;
        return r.amount * cnyPerUnit(r, &used).value_or(0);
    };
    auto better = [&cny](const PriceRecord &a, const PriceRecord &b) {
        const bool aNew = a.condition == "new", bNew = b.condition == "new";
        if (aNew != bNew)
            return aNew;
        if (a.date != b.date)
            return a.date > b.date;
        return cny(a) < cny(b);
    };
    for (const PriceRecord &r : m_records) {
        const ExchangeRate *used = nullptr;
        if (!cnyPerUnit(r, &used))
            continue; // a currency without a rate: this record cannot price the part
        const auto key = std::make_pair(int(r.kind), r.partId);
        auto it = m_best.find(key);
        if (it == m_best.end() || better(r, *it->second))
            m_best[key] = &r;
    }
}

const ExchangeRate *InMemoryPriceBook::rateFor(const std::string &currency, const std::string &date) const
{
    if (currency == "CNY" || currency == "USD")
        return nullptr;
    int day = 0;
    const bool dated = parseIsoDate(date, &day);
    const ExchangeRate *best = nullptr;
    int bestGap = 0;
    for (const ExchangeRate &x : m_rates) {
        int rateDay = 0;
        if (x.currency != currency || !(x.cnyPerUnit > 0) || !parseIsoDate(x.date, &rateDay))
            continue;
        // Nearest date; an undated price takes the latest rate; on a tie, the earlier rate (known when quoted).
        const int gap = dated ? std::abs(rateDay - day) : -rateDay;
        if (!best || gap < bestGap || (gap == bestGap && x.date < best->date)) {
            best = &x;
            bestGap = gap;
        }
    }
    return best;
}

std::optional<double> InMemoryPriceBook::cnyPerUnit(const PriceRecord &r, const ExchangeRate **used) const
{
    *used = nullptr;
    if (r.currency == "CNY")
        return 1.0;
    if (r.currency == "USD")
        return m_settings.usdToCny;
    if (const ExchangeRate *x = rateFor(r.currency, r.date)) {
        *used = x;
        return x->cnyPerUnit;
    }
    return std::nullopt;
}

std::optional<PriceQuote> InMemoryPriceBook::quoteOf(const PriceRecord &r) const
{
    const ExchangeRate *used = nullptr;
    const std::optional<double> rate = cnyPerUnit(r, &used);
    if (!rate)
        return std::nullopt;
    PriceQuote q;
    q.originalAmount = r.amount;
    q.currency = r.currency;
    const double cny = r.amount * *rate;
    q.amount = m_settings.currency == "USD" ? cny / m_settings.usdToCny : cny;
    q.cnyPerUnit = *rate;
    q.condition = r.condition;
    q.date = r.date;
    q.vendor = r.vendor;
    q.source = r.source;
    if (used) {
        q.rateDate = used->date;
        q.rateSource = used->source;
        // The source says which rate turned the quote into CNY, wherever the source is shown (BOM, quote PDF, CSV).
        q.source += " [" + num(r.amount, 2) + " " + r.currency + " at " + num(*rate, 4) + " CNY/" + r.currency + ", rate of " + used->date + ": " +
                    used->source + "]";
    } else if (r.currency == "USD") {
        q.rateSource = "settings";
    }
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
    return quoteOf(*it->second);
}

std::optional<PriceQuote> InMemoryPriceBook::lowest(PartKind kind, const std::string &partId) const
{
    // Compared in CNY, the way quoteOf converts; only the winner is turned into a quote.
    const PriceRecord *best = nullptr;
    double bestCny = 0;
    for (const PriceRecord &r : m_records) {
        if (r.kind != kind || r.partId != partId)
            continue;
        const ExchangeRate *used = nullptr;
        if (const auto rate = cnyPerUnit(r, &used); rate && (!best || r.amount * *rate < bestCny)) {
            best = &r;
            bestCny = r.amount * *rate;
        }
    }
    return best ? quoteOf(*best) : std::nullopt;
}

std::vector<const PriceRecord *> InMemoryPriceBook::latestRecords() const
{
    // Every record of the latest date per part and condition: quotes of one day (in two currencies, from two
    // vendors) are all listed, with what each converts to.
    std::map<std::tuple<int, std::string, std::string>, std::vector<const PriceRecord *>> latest;
    for (const PriceRecord &r : m_records) {
        auto &slot = latest[std::make_tuple(int(r.kind), r.partId, r.condition)];
        if (!slot.empty() && r.date < slot.front()->date)
            continue;
        if (!slot.empty() && r.date > slot.front()->date)
            slot.clear();
        slot.push_back(&r);
    }
    std::vector<const PriceRecord *> out;
    for (const auto &kv : latest)
        out.insert(out.end(), kv.second.begin(), kv.second.end());
    return out;
}

} // namespace hw
