// Figures other than speeds: prices with currency and magnitude, an itemised quote's lines and stated
// total, hardware facts quoted in the text (InfiniBand speeds, TFLOPS, bandwidth, memory per card),
// condition and warranty, training claims.

#include "model/claimre2.h"

#include <algorithm>

namespace hw::claimtext {

void readPrices(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    Match m;
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Prices: amounts with their currency and magnitude ("US$289K"; not the "M" of "$1,999 MSRP");
    // an itemised quote's lines and stated total.
    {
        static const RE2 money(
            R"((?:(us\$|\$|usd|¥|￥|cny|rmb)\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(k\b|m\b|万|亿)?)|(?:([0-9]+(?:\.[0-9]+)?)\s*(亿|万|千|百)?\s*(元|人民币|rmb|cny|usd|美元))|(?:([0-9]+(?:\.[0-9]+)?)\s*(亿|万)(?:元)?))",
            options());
        static const RE2 chineseWan(R"((十|百|二十|五十)\s*万\s*(?:元|预算|级|人民币))", options());
        static const RE2 totalWords(R"(total|总价|总成本|合计|小计|参考总价|总计|整机|subtotal|售价|报价|价格|price|cost|预算|投入|from\s*~?)", options());
        static const RE2 lineItem(R"(([0-9]+)\s*(?:x|×|\*)[^@\n]*@\s*[^0-9\n]{0,6}([0-9]+(?:\.[0-9]+)?)\s*(k)?)", options());
        static const RE2 tolerance(R"(±\s*([0-9]+(?:\.[0-9]+)?)\s*%)", options());
        struct Amount
        {
            size_t pos, end;
            double value;
            std::string currency;
        };
        std::vector<Amount> amounts;
        forEach(money, text, [&](const Match &x) {
            if (amounts.size() >= 4096)
                return;
            Amount a{x.pos, x.pos + x.len, 0, "CNY"};
            if (!x.g[1].empty()) {
                a.value = toNumber(x.g[1]) * magnitude(x.g[2]);
                a.currency = (x.g[0] == "us$" || x.g[0] == "$" || x.g[0] == "usd") ? "USD" : "CNY";
            } else if (!x.g[3].empty()) {
                a.value = toNumber(x.g[3]) * magnitude(x.g[4]);
                a.currency = (x.g[5] == "usd" || x.g[5] == "美元") ? "USD" : "CNY";
            } else {
                a.value = toNumber(x.g[6]) * magnitude(x.g[7]);
            }
            // "$0.33 per million", "$2.49/hour", "元/千token": running costs, not a price
            const sv tail = text.substr(a.end, std::min<size_t>(14, t.size() - a.end));
            if (contains(tail, {"/hour", "/h", "per hour", "per million", "/m ", "/千", "/百万", "/月", "/month", "/kwh"}) || a.value <= 0)
                return;
            amounts.push_back(a);
        });
        if (find(chineseWan, text, &m))
            amounts.push_back({m.pos, m.pos + m.len, (m.g[0] == "十" ? 10.0 : m.g[0] == "百" ? 100.0 : m.g[0] == "二十" ? 20.0 : 50.0) * 1e4, "CNY"});
        std::sort(amounts.begin(), amounts.end(), [](const Amount &a, const Amount &b) { return a.pos < b.pos; });
        // Line by line: a line naming a total holds the offer's price; lines before it are items.
        const Amount *stated = nullptr;
        std::vector<const Amount *> items;
        size_t lineStart = 0;
        for (const Amount &a : amounts) {
            const size_t ls = t.rfind('\n', a.pos == 0 ? 0 : a.pos - 1);
            const size_t b = ls == std::string::npos ? 0 : ls + 1;
            const size_t le = t.find('\n', a.pos);
            const sv line = text.substr(b, (le == std::string::npos ? t.size() : le) - b);
            const sv lead = text.substr(b, a.pos - b);
            Match tw;
            const bool isTotal = find(totalWords, lead, &tw);
            static const RE2 bound(R"(under|below|以内|以下|up to|起|budget)", options());
            if (!isTotal && find(bound, text.substr(b, a.pos - b)))
                continue; // "under US$10K": a bound, not a line
            if (isTotal && !stated)
                stated = &a;
            else if (!isTotal && !stated) {
                // the last amount on an item line ("@ $1,999 = $7,996") is the line's amount
                if (b == lineStart && !items.empty() && items.back()->pos >= b)
                    items.back() = &a;
                else
                    items.push_back(&a);
                lineStart = b;
                Match li;
                if (find(lineItem, line, &li)) {
                    QuoteLine q{std::string(line.substr(0, std::min<size_t>(60, line.size()))), toNumber(li.g[0]), toNumber(li.g[1]) * magnitude(li.g[2]), 0};
                    (void)q;
                }
            }
        }
        const Amount *price = stated ? stated : (amounts.empty() ? nullptr : &amounts.front());
        if (price && price->value >= 10) {
            c.price = price->value;
            c.priceCurrency = price->currency;
            c.read("price", words(price->pos, price->end));
            if (!stated && amounts.size() > 1)
                c.assume("price", {QT_TRANSLATE_NOOP("hw::Message", "several amounts, no total named: the first taken as the price"), {}});
        }
        // Items on separate lines before a stated total make an itemised quote.
        if (stated && items.size() >= 2) {
            std::vector<const Amount *> lines;
            size_t lastLine = std::string::npos;
            for (const Amount *a : items) {
                const size_t ls = t.rfind('\n', a->pos == 0 ? 0 : a->pos - 1);
                if (ls == lastLine && !lines.empty())
                    lines.back() = a;
                else
                    lines.push_back(a);
                lastLine = ls;
            }
            bool sameCurrency = true;
            for (const Amount *a : lines)
                sameCurrency = sameCurrency && a->currency == stated->currency;
            if (lines.size() >= 2 && sameCurrency) {
                for (const Amount *a : lines) {
                    const size_t ls = t.rfind('\n', a->pos == 0 ? 0 : a->pos - 1);
                    const size_t b = ls == std::string::npos ? 0 : ls + 1;
                    const sv line = text.substr(b, a->end - b);
                    QuoteLine q{excerpt(t, b, a->end), 0, 0, a->value};
                    Match li;
                    if (find(lineItem, line, &li))
                        q.quantity = toNumber(li.g[0]), q.unitPrice = toNumber(li.g[1]) * magnitude(li.g[2]);
                    c.quoteLines.push_back(q);
                }
                c.quoteTotal = stated->value;
                c.read("quote_total", words(stated->pos, stated->end));
                if (find(tolerance, text.substr(stated->pos, std::min<size_t>(80, t.size() - stated->pos)), &m))
                    c.quoteTolerance = std::max(0.02, toNumber(m.g[0]) / 100.0);
                static const RE2 unlisted(R"(未单列|not (?:itemi[sz]ed|included|listed)|不含|excl|supplied by|\(supplied|另计)", options());
                if (find(unlisted, text, &m))
                    c.assume("quote_total", {QT_TRANSLATE_NOOP("hw::Message", "some items are not priced (\"%1\")"), {wordsOf(m)}});
            }
        }
    }
}

void readFacts(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Squeezed &sq = s.sq;
    const Catalog &catalog = s.catalog;
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Hardware facts quoted in the text: InfiniBand speeds, GPU TFLOPS by precision, bandwidth.
    {
        static const RE2 ib(R"(([0-9]+)\s*g(?:b/?s|bps)?\s*(?:\(?\s*)?(edr|hdr|ndr|xdr)\b|\b(edr|hdr|ndr|xdr)\s*(?:infiniband|ib)?\s*\(?\s*([0-9]+)\s*g(?:b/?s|bps))", options());
        forEach(ib, text, [&](const Match &x) {
            const bool first = !x.g[0].empty();
            c.facts.push_back({"", "network_gbps", "", std::string(first ? x.g[1] : x.g[2]), toNumber(first ? x.g[0] : x.g[3]), wordsOf(x)});
        });
        if (!c.gpuId.empty()) {
            static const RE2 tflops(R"((fp8|fp16|bf16|tf32|int8)\s*(?:dense\s*)?(?:算力|compute)?\s*(?:达到|达|约|为|高达|of|is|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:-\s*[0-9]+\s*)?(t(?:flops|ops)|p(?:flops|ops)))", options());
            static const RE2 tflops2(R"(([0-9]+(?:\.[0-9]+)?)\s*(t(?:flops|ops)|p(?:flops|ops))\s*(?:@|\()?\s*(fp8|fp16|bf16|tf32|int8))", options());
            static const RE2 bandwidth(R"((?:显存带宽|memory bandwidth|带宽)\s*(?:高达|达|为|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb/s|gb/s))", options());
            const std::string gpu = c.gpuId;
            forEach(tflops, text, [&](const Match &x) {
                const sv clause = text.substr(x.pos >= 40 ? x.pos - 40 : 0, 40 + x.len);
                if (contains(clause, {"理论峰值", "peak", "集群", "cluster"}) || x.g[2][0] == 'p')
                    return; // a cluster total
                c.facts.push_back({gpu, "tflops", std::string(x.g[0]), "", toNumber(x.g[1]), wordsOf(x)});
            });
            forEach(tflops2, text, [&](const Match &x) {
                if (x.g[1][0] == 'p')
                    return;
                c.facts.push_back({gpu, "tflops", std::string(x.g[2]), "", toNumber(x.g[0]), wordsOf(x)});
            });
            // "128 GB LPDDR5X at over 900 GB/s internal bandwidth": the figure first. Read only when the
            // text names one accelerator, so a comparison's figures are not pinned on the wrong part.
            static const RE2 bandwidthAfter(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb/s|gb/s)\s*(?:of\s*)?(?:internal\s*|unified\s*|memory\s*|内存\s*|显存\s*)*(?:bandwidth|带宽))", options());
            static const RE2 linkWords(R"(nvlink|nvswitch|c2c|p2p|pcie|interconnect|infiniband|ethernet|network|卡间|互联|网络)", options());
            bool oneAccelerator = true;
            for (const AliasHit &h : aliasHits(s.aliases, "gpu", t, sq))
                oneAccelerator = oneAccelerator && h.alias->partId == gpu;
            // "NVIDIA H20：128GB HBM3e": the memory per card, by its memory type (a total says so).
            static const RE2 cardMemory(R"(([0-9]+)\s*gb\s*(?:hbm[0-9e]*|gddr[0-9x]*)\b)", options());
            static const RE2 totalWords(R"(共|总|合计|total|pool|池|in all|combined)", options());
            const GpuSpec *named = catalog.gpu(gpu);
            if (oneAccelerator && named && !named->unified)
                forEach(cardMemory, text, [&](const Match &x) {
                    const size_t from = x.pos >= 16 ? x.pos - 16 : 0;
                    const double v = toNumber(x.g[0]);
                    if (find(totalWords, text.substr(from, x.pos - from)) || (c.gpuCount > 1 && v > named->memoryGB * 1.5))
                        return;
                    c.facts.push_back({gpu, "memory_gb", "", "", v, wordsOf(x)});
                });
            if (oneAccelerator)
                forEach(bandwidthAfter, text, [&](const Match &x) {
                    const size_t from = x.pos >= 40 ? x.pos - 40 : 0;
                    if (find(linkWords, text.substr(from, x.pos + x.len - from)))
                        return;
                    c.facts.push_back({gpu, "bandwidth_gbs", "", "", toNumber(x.g[0]) * (x.g[1][0] == 't' ? 1000.0 : 1.0), wordsOf(x)});
                });
            forEach(bandwidth, text, [&](const Match &x) {
                const sv clause = text.substr(x.pos, std::min<size_t>(x.len + 30, t.size() - x.pos));
                if (contains(clause, {"全互联", "nvlink", "p2p", "卡间", "interconnect", "measured", "实测"}))
                    return;
                const double v = toNumber(x.g[0]) * (x.g[1][0] == 't' ? 1000.0 : 1.0);
                c.facts.push_back({gpu, "bandwidth_gbs", "", "", v, wordsOf(x)});
            });
        }
    }
}

void readConditionAndWarranty(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    Match m;
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Condition and warranty: "全新", "二手", "refurbished", "三年质保", "质保3年", "3-year warranty".
    {
        static const RE2 isNew(R"(全新|\bbrand[- ]new\b|\bnew\b(?:[- ]card)?)", options());
        static const RE2 refurb(R"(翻新|\brefurbished\b|\brefurb\b)", options());
        static const RE2 used(R"(二手|\bused\b|\bpre-owned\b|\bsecond[- ]hand\b)", options());
        if (find(isNew, text, &m))
            c.condition = "new", c.read("condition", wordsOf(m));
        if (find(refurb, text, &m))
            c.condition = "refurbished", c.read("condition", wordsOf(m));
        if (find(used, text, &m)) {
            const sv after = text.substr(m.pos + m.len, std::min<size_t>(12, t.size() - m.pos - m.len));
            if (!(m.g[0].empty() && contains(after, {" to ", " for ", " by ", " in ", " as "})) || contains(sv(t).substr(m.pos, 6), {"二手"}))
                c.condition = "used", c.read("condition", wordsOf(m));
        }
        static const RE2 warranty1(R"((?:质保|保修|warranty)\s*(?:期)?\s*([0-9]+|一|二|两|三|五)\s*(年|个月|years?|months?))", options());
        static const RE2 warranty2(R"(([0-9]+|一|二|两|三|五)\s*(年|个月|[- ]?years?|[- ]?months?)\s*(?:原厂)?\s*(?:质保|保修|warranty))", options());
        if (find(warranty1, text, &m) || find(warranty2, text, &m)) {
            const bool months = m.g[1].find("月") != sv::npos || m.g[1].find("month") != sv::npos;
            c.warrantyMonths = countFrom(m.g[0]) * (months ? 1 : 12);
            c.read("warranty_months", wordsOf(m));
        }
        static const RE2 training(R"(训练|微调|\btraining\b|fine[- ]?tun)", options());
        static const RE2 fullFt(R"(全参|full fine[- ]?tun|全量微调)", options());
        if (find(training, text, &m))
            c.trainingClaimed = true, c.read("training", wordsOf(m));
        if (find(fullFt, text, &m))
            c.fullFineTuning = true;
    }
}

} // namespace hw::claimtext
