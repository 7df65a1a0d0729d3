// Performance points: every speed figure (tok/s, TPS, 每秒 N token, TPOT in ms) with the users and the
// kind (per user or total) its clause states, one point per clause; TTFT attached in order.

#include "model/claimre2.h"

#include <algorithm>
#include <cctype>

namespace hw::claimtext {

namespace {

std::string trimmed(sv cell)
{
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t' || cell.back() == '\r'))
        cell.remove_suffix(1);
    return std::string(cell);
}

std::vector<std::string> cells(sv line)
{
    std::vector<std::string> out;
    size_t start = line.find('|');
    while (start != sv::npos && out.size() < 32) {
        const size_t next = line.find('|', start + 1);
        if (next == sv::npos)
            break;
        out.push_back(trimmed(line.substr(start + 1, next - start - 1)));
        start = next;
    }
    return out;
}

// A cell that is a figure and nothing else ("469.3", "~140", "128（1k to 1k）" is not).
std::optional<double> figure(const std::string &cell)
{
    static const RE2 number(R"(^~?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:ms)?$)", options());
    Match m;
    if (!find(number, cell, &m))
        return {};
    return toNumber(m.g[0]);
}

// A cell that is a figure or a range of two and nothing else ("7-8", "60–75", "~140"): its upper bound.
std::optional<double> figureOrRange(const std::string &cell)
{
    static const RE2 range(R"(^~?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:-|–|~|to)\s*([0-9]+(?:\.[0-9]+)?)$)", options());
    if (Match m; find(range, cell, &m))
        return std::max(toNumber(m.g[0]), toNumber(m.g[1]));
    return figure(cell);
}

// A row whose key cell carries the rate's unit ("| 70B Q4 tok/s | 7-8 | 60-75 |"): the unit is the
// row's, and each of its figures a point of its own (the columns compare setups of one build). Not a
// prompt's rate, and not when the header names parts (each column another machine).
bool unitInKey(const std::string &key)
{
    return contains(key, {"tok/s", "tokens/s", "token/s", "tokens per second", "tps"})
        && !contains(key, {"prefill", "预填充", "prompt", "输入", "pp512", "input", "draft"});
}

} // namespace

// Pasted tables whose figures carry no unit: the header names each column (quant, users, tok/s, TTFT,
// TPOT) and every row below it is a point, with its own quant when the table has a quant column.
void readTablePoints(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    enum Col { None, Quant, Users, Aggregate, PerUser, Ttft, Tpot, LatencyMs };
    std::vector<Col> columns;
    std::vector<int> cardsOf; // a latency column's card count ("双卡延迟 (ms)"), 0 when it names none
    std::vector<double> toMs; // a TTFT or TPOT column's unit: "TTFT (s)" holds seconds
    static const RE2 cardsWord(R"((单|双|两|四|八|[0-9]+)\s*(?:卡|张|x\s*gpu|gpus?\b))", options());
    static const RE2 tokensOf(R"(\(?\s*([0-9]+)\s*(?:t|tok|tokens?)\s*\)?\s*$)", options());
    bool headerNamesParts = false; // the last header's columns name GPUs or CPUs
    size_t lineStart = 0;
    while (lineStart < t.size() && c.points.size() < 256) {
        size_t lineEnd = t.find('\n', lineStart);
        if (lineEnd == std::string::npos)
            lineEnd = t.size();
        const sv line = sv(t).substr(lineStart, lineEnd - lineStart);
        const std::vector<std::string> row = line.find('|') != sv::npos ? cells(line) : std::vector<std::string>();
        const bool separator = !row.empty() && std::all_of(row.begin(), row.end(), [](const std::string &x) {
            return x.find_first_not_of("-: ") == std::string::npos;
        });
        // "| Tokens/sec (single stream) | 100 tok/s |": a key and its value with a unit, not a header.
        const bool keyValue = std::any_of(row.begin(), row.end(), [](const std::string &x) {
            const size_t at = x.find_first_not_of("~≈ ");
            return at != std::string::npos && std::isdigit(static_cast<unsigned char>(x[at])) && !figure(x);
        });
        const bool noFigure = std::none_of(row.begin(), row.end(), [](const std::string &x) { return figure(x).has_value(); });
        if (row.size() >= 2 && !separator && unitInKey(row[0]) && !headerNamesParts
            && std::none_of(row.begin() + 1, row.end(), [](const std::string &x) { return contains(x, {"tok", "tps", "/s"}); })) {
            for (size_t i = 1; i < row.size(); ++i)
                if (const auto v = figureOrRange(row[i]); v && *v > 0) {
                    PerformancePoint kp;
                    kp.perUserTps = v;
                    kp.text = s.words(lineStart, lineEnd);
                    c.points.push_back(kp);
                }
            columns.clear();
        } else if (row.size() < 2 || (keyValue && noFigure && !separator)) {
            columns.clear();
            headerNamesParts = false;
        } else if (!separator && noFigure) {
            // A header: what each column holds.
            headerNamesParts = std::any_of(row.begin(), row.end(), [&](const std::string &x) {
                const Squeezed sq(x);
                return !aliasHits(s.aliases, "gpu", x, sq).empty() || !aliasHits(s.aliases, "cpu", x, sq).empty();
            });
            columns.assign(row.size(), None);
            cardsOf.assign(row.size(), 0);
            toMs.assign(row.size(), 1.0);
            bool anyRate = false;
            for (size_t i = 0; i < row.size(); ++i) {
                const sv h = row[i];
                if (contains(h, {"prefill", "预填充", "prompt", "输入", "pp512", "input"}))
                    continue; // prompt processing, not generation ("| Prefill (TPS) |")
                if (contains(h, {"quant", "量化", "精度", "precision"}))
                    columns[i] = Quant;
                else if (contains(h, {"ttft", "首token", "首 token", "first token"}))
                    columns[i] = Ttft;
                else if (contains(h, {"tpot", "time per output", "每个输出token"}))
                    columns[i] = Tpot;
                if ((columns[i] == Ttft || columns[i] == Tpot) && contains(h, {"(s)", "（s）", "(sec", "seconds", "(秒", "（秒"}) && !contains(h, {"ms", "毫秒"}))
                    toMs[i] = 1000.0;
                else if (contains(h, {"延迟", "latency", "耗时", "用时"}) && contains(h, {"ms", "毫秒"})) {
                    // The time one request takes for the row's tokens ("文本生成 (128t) | 3270").
                    columns[i] = LatencyMs;
                    anyRate = true;
                    if (Match cm; find(cardsWord, h, &cm))
                        cardsOf[i] = countFrom(cm.g[0]);
                }
                else if (contains(h, {"tok/s", "tokens/s", "token/s", "tps", "吞吐", "throughput"})) {
                    columns[i] = contains(h, {"per user", "per-user", "/user", "tput user", "每路", "每用户", "每人", "single"}) ? PerUser : Aggregate;
                    anyRate = true;
                } else if (contains(h, {"concurren", "users", "并发", "batch", "用户数"}))
                    columns[i] = Users;
            }
            if (!anyRate && std::find(columns.begin(), columns.end(), Tpot) == columns.end())
                columns.clear();
        } else if (!separator && row.size() == columns.size()) {
            // Latency columns: one point per column whose cards are the offer's, at one request.
            std::optional<double> tokens;
            for (const std::string &cell : row)
                if (Match tm; !figure(cell) && find(tokensOf, cell, &tm))
                    tokens = toNumber(tm.g[0]);
            for (size_t i = 0; i < row.size() && tokens && *tokens > 0; ++i)
                if (const auto ms = figure(row[i]); columns[i] == LatencyMs && ms && *ms > 0 && (cardsOf[i] == 0 || cardsOf[i] == c.gpuCount)) {
                    PerformancePoint lp;
                    lp.users = 1;
                    lp.perUserTps = *tokens * 1000.0 / *ms;
                    lp.text = s.words(lineStart, lineEnd);
                    c.points.push_back(lp);
                }
            PerformancePoint p;
            for (size_t i = 0; i < row.size(); ++i) {
                const auto v = figure(row[i]);
                switch (columns[i]) {
                case Quant: {
                    const std::string cell = fold(row[i]);
                    if (const auto hits = aliasHits(s.aliases, "quant", cell, Squeezed(cell)); !hits.empty())
                        p.quantId = hits.front().alias->partId;
                    break;
                }
                case Users:
                    if (v && *v >= 1 && *v <= 1e6)
                        p.users = v;
                    break;
                case Aggregate:
                    p.aggregateTps = v;
                    break;
                case PerUser:
                    p.perUserTps = v;
                    break;
                case Ttft:
                    if (v)
                        p.ttftMs = *v * toMs[i];
                    break;
                case Tpot:
                    if (v && *v > 0)
                        p.tpotMs = *v * toMs[i], p.perUserTps = p.perUserTps.value_or(1000.0 / *p.tpotMs);
                    break;
                case LatencyMs:
                case None:
                    break;
                }
            }
            // One user's stream is the whole throughput.
            if (p.aggregateTps && p.users && *p.users == 1 && !p.perUserTps)
                p.perUserTps = p.aggregateTps;
            if (p.perUserTps || p.aggregateTps) {
                p.text = s.words(lineStart, lineEnd);
                c.points.push_back(p);
            }
        }
        lineStart = lineEnd + 1;
    }
}

void readPoints(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Performance: every speed figure is a point, with the users and kind its clause states.
    {
        static const RE2 rate(R"(([0-9]+(?:\.[0-9]+)?)(?:\s*(?:-|–|~|to|至|到)\s*([0-9]+(?:\.[0-9]+)?))?\s*\+?\s*(?:output\s+|输出\s*)?(?:tokens?|tok|t|字|个\s*token)\s*(?:/|每|per\s*)\s*(?:s\b|秒|sec\b|second))", options());
        static const RE2 rateTps(R"(([0-9]+(?:\.[0-9]+)?)\s*\+?\s*tps\b)", options());
        static const RE2 perSecondCn(R"(每秒\s*(?:处理|生成|输出)?\s*([0-9]+(?:\.[0-9]+)?)\s*\+?\s*个?\s*tokens?)", options());
        static const RE2 usersRe(R"(([0-9]+(?:\.[0-9]+)?)\s*(?:人|路|个用户|名用户)?\s*(?:同时)?\s*(?:并发|concurrent|users?\b|simultaneous|sequences|streams|在线|requests? at once))", options());
        static const RE2 usersRe2(R"((?:并发|concurrency|conc|batch(?: size)?|bs)\s*(?:数|数量)?\s*(?:=|:|：|为|达|of)?\s*([0-9]+))", options());
        static const RE2 usersCn(R"((千|百|万)\s*人\s*(?:同时)?\s*(?:并发|在线|同时))", options());
        static const RE2 single(R"(single[- ](?:user|stream|request)|单用户|单路|单并发|batch\s*(?:size\s*)?1\b|1 user\b|单请求|bs\s*=\s*1\b)", options());
        static const RE2 tpot(R"((?:tpot|tbt|itl|time per output token)[^0-9\n]{0,24}?([0-9]+(?:\.[0-9]+)?)\s*ms|([0-9]+(?:\.[0-9]+)?)\s*ms\s*(?:tpot|tbt))", options());
        static const RE2 ttft(R"((?:ttft|首\s*token\s*(?:延迟)?|time to first token)[^0-9\n]{0,24}?([0-9]+(?:\.[0-9]+)?)\s*ms)", options());
        struct Seen
        {
            size_t b, e;
        };
        std::vector<std::pair<size_t, double>> rates; // position, value (upper bound of a range)
        std::vector<size_t> rateEnds;
        const auto addRate = [&](const Match &x, double v) {
            // "70B Q4 tok/s": the digit of a name (q4, fp8, bf16) is no figure.
            if (x.pos > 0 && (std::isalpha(static_cast<unsigned char>(text[x.pos - 1])) || text[x.pos - 1] == '_'))
                return;
            rates.push_back({x.pos, v});
            rateEnds.push_back(x.pos + x.len);
        };
        forEach(rate, text, [&](const Match &x) { addRate(x, std::max(toNumber(x.g[0]), x.g[1].empty() ? 0.0 : toNumber(x.g[1]))); });
        forEach(rateTps, text, [&](const Match &x) { addRate(x, toNumber(x.g[0])); });
        forEach(perSecondCn, text, [&](const Match &x) { addRate(x, toNumber(x.g[0])); });
        // A benchmark page's key first, its figure after, between separators: "tok/s 14.8 · TTFT 612 ms".
        static const RE2 unitFirst(R"((?:^|[\n·|,;(])\s*(?:tok/s|tokens/s)\s*[:：=]?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:$|[\n·|,;)]))", options());
        forEach(unitFirst, text, [&](const Match &x) {
            rates.push_back({text.find("tok", x.pos), toNumber(x.g[0])}); // the key's place, past the separator
            rateEnds.push_back(x.pos + x.len);
        });
        forEach(tpot, text, [&](const Match &x) {
            const double ms = toNumber(x.g[0].empty() ? x.g[1] : x.g[0]);
            if (ms > 0) {
                PerformancePoint p;
                p.tpotMs = ms;
                p.perUserTps = 1000.0 / ms;
                p.text = wordsOf(x);
                const auto [b, e] = clauseAround(t, x.pos);
                Match u;
                if (find(usersRe, text.substr(b, e - b), &u) || find(usersRe2, text.substr(b, e - b), &u))
                    p.users = toNumber(u.g[0]);
                c.points.push_back(p);
            }
        });
        std::vector<size_t> order(rates.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rates[a].first < rates[b].first; });
        // A clause that names one quant of its own, other than the offer's ("| Phi-4 14B | Q8_0 | 19.19
        // tok/s |" below a Q4_K_M row): its speeds are that quant's.
        // (Not when it names another model than the one checked: its quant is that model's, unless the
        // offer names several models and the clause names its own, exactly: then both are the row's.)
        const auto quantHits = aliasHits(s.aliases, "quant", t, s.sq);
        const auto modelHits = aliasHits(s.aliases, "model", t, s.sq);
        const bool severalModels = c.isAssumed("model") && !c.modelId.empty();
        const auto ownModel = [&](size_t b, size_t e) {
            std::string id;
            for (const AliasHit &h : modelHits)
                if (h.begin >= b && h.end <= e) {
                    if (h.alias->approximate || h.alias->partId.empty() || (!id.empty() && id != h.alias->partId))
                        return std::string();
                    id = h.alias->partId;
                }
            return severalModels ? id : std::string();
        };
        const auto ownQuant = [&](size_t b, size_t e, bool rowModel) {
            std::string id;
            for (const AliasHit &h : modelHits)
                if (h.begin >= b && h.end <= e && h.alias->partId != c.modelId && !rowModel)
                    return id;
            for (const AliasHit &h : quantHits)
                if (h.begin >= b && h.end <= e && !h.alias->approximate) {
                    if (!id.empty() && id != h.alias->partId)
                        return std::string();
                    id = h.alias->partId;
                }
            return id == c.quantId && !rowModel ? std::string() : id;
        };
        // Group the rates by clause: one point per clause, the rates in it classified.
        size_t i = 0;
        while (i < order.size() && c.points.size() < 256) {
            const auto [b, e] = clauseAround(t, rates[order[i]].first);
            const sv clause = text.substr(b, e - b);
            PerformancePoint p;
            p.text = words(b, e);
            p.modelId = ownModel(b, e);
            p.quantId = ownQuant(b, e, !p.modelId.empty());
            Match u;
            bool batchStated = false; // "batch size 16: 2,100 tok/s" is the batch's throughput
            if (find(single, clause, &u))
                p.users = 1;
            else if (find(usersCn, clause, &u))
                p.users = magnitude(u.g[0]);
            else if (find(usersRe2, clause, &u) || find(usersRe, clause, &u)) {
                const double n = toNumber(u.g[0]);
                if (n >= 1 && n <= 1e6)
                    p.users = n;
                static const RE2 batchWord(R"(^(?:batch|bs\b))", options());
                batchStated = n > 1 && find(batchWord, clause.substr(u.pos, u.len));
            }
            size_t prevEnd = b;
            for (; i < order.size() && rates[order[i]].first < e; ++i) {
                const size_t pos = rates[order[i]].first, end = rateEnds[order[i]];
                const double v = rates[order[i]].second;
                // The words nearest the figure decide its kind: first those before it (back to the
                // previous figure), then those after.
                const size_t from = std::max(prevEnd, pos >= 36 ? pos - 36 : 0);
                const sv before = text.substr(from, pos - from);
                const size_t nextStart = i + 1 < order.size() ? std::min(e, rates[order[i + 1]].first) : e;
                const sv afterIt = text.substr(end, std::min<size_t>(30, nextStart > end ? nextStart - end : 0));
                prevEnd = end;
                static const std::initializer_list<sv> aggregateWords = {"total", "throughput", "吞吐", "aggregate", "总", "合计", "tput/gpu", "in all", "并发输出", "最大并发",
                                                                         "combined", "/gpu", "per gpu", "per node", "每节点", "峰值", "peak"};
                static const std::initializer_list<sv> perUserWords = {"per user", "per-user", "each", "每路", "每人", "每用户", "单用户", "single", "/user",
                                                                       "tput user", "单路", "per stream"};
                if (contains(afterIt.substr(0, std::min<size_t>(afterIt.size(), 12)), {"input", "prefill", "输入"})
                    || contains(before, {"prefill", "预填充", "预处理", "input tokens", "prompt processing", "prompt eval", "prompt speed", "pp512", "提示词处理"}))
                    continue; // prompt processing, not generation
                // "预填充速度只有 7-8 tokens/s，在使用 multi-gpu-4，测试也只有 10 tokens/s，解码速度 6.5
                // tokens/s": the clause's last word for a kind before the figure decides; prefill named
                // after any decode word, and nearer the figure, makes it prompt processing too.
                {
                    const sv lead = text.substr(b, pos - b);
                    const auto lastOf = [&](std::initializer_list<sv> words) {
                        size_t at = sv::npos;
                        for (sv w : words)
                            if (const size_t p = lead.rfind(w); p != sv::npos && (at == sv::npos || p > at))
                                at = p;
                        return at;
                    };
                    const size_t prefillAt = lastOf({"prefill", "预填充", "预处理", "prompt processing", "prompt eval", "提示词处理"});
                    const size_t decodeAt = lastOf({"decode", "decoding", "解码", "生成", "generation", "eval rate", "output", "输出", "推理", "inference", "tg1", "tg5", "out "});
                    if (prefillAt != sv::npos && (decodeAt == sv::npos || decodeAt < prefillAt))
                        continue;
                }
                // "eval rate: 4.5 tokens/s，想优化到 15 token/s": a speed wished for is not one offered.
                if (contains(before, {"想优化到", "想达到", "想要达到", "希望达到", "希望能达到", "want to reach", "want to get to", "hope to reach", "would like to reach", "trying to reach"}))
                    continue;
                // "13.2 tok/s theoretical max", "理论上限": the author's arithmetic, not a claim; "draft
                // speed": the small draft model's, not the offered one's.
                if (contains(afterIt.substr(0, std::min<size_t>(afterIt.size(), 24)), {"theoretical", "理论"})
                    || contains(before, {"theoretical", "理论", "draft speed", "draft model"}))
                    continue;
                bool aggregate = contains(before, aggregateWords), perUser = contains(before, perUserWords);
                // Words bound to the figure by a preposition right after it ("140 tok/s for throughput
                // and 14 tok/s for single user") are its own, before those it shares with the previous one.
                static const RE2 boundAfter(R"(^\s*(?:for|per|of|in|each|/)\s*([^\n,;.]{0,24}))", options());
                if (Match ba; find(boundAfter, afterIt, &ba)) {
                    const sv own = ba.g[0];
                    const bool ownAggregate = contains(own, aggregateWords), ownPerUser = contains(own, perUserWords);
                    if (ownAggregate != ownPerUser)
                        aggregate = ownAggregate, perUser = ownPerUser;
                }
                if (aggregate == perUser) {
                    aggregate = contains(afterIt, aggregateWords);
                    perUser = contains(afterIt, perUserWords);
                }
                if (!aggregate && !perUser && batchStated)
                    aggregate = true;
                if (aggregate && !perUser) {
                    if (!p.aggregateTps || v > *p.aggregateTps)
                        p.aggregateTps = v;
                    if (contains(text.substr(b, e - b), {"prefill+decode", "incl. prefill", "输入+输出", "输入输出", "input+output"}))
                        p.aggregateIncludesInput = true;
                } else if (!p.perUserTps || v > *p.perUserTps)
                    p.perUserTps = v;
            }
            // "single user 14 tok/s" beside "140 tok/s throughput" in one clause: the total is a batch's,
            // not the single user's (at one user the two are the same figure).
            if (p.users && *p.users == 1 && p.perUserTps && p.aggregateTps && *p.aggregateTps > *p.perUserTps * 1.5) {
                PerformancePoint total = p;
                total.users.reset();
                total.perUserTps.reset();
                p.aggregateTps.reset();
                c.points.push_back(p);
                c.points.push_back(total);
            } else if (p.perUserTps || p.aggregateTps)
                c.points.push_back(p);
        }
        readTablePoints(s, c);
        // "Batch Size 1" stated once for the whole test, and no other concurrency anywhere: every
        // speed without users of its own is one user's, as read.
        {
            Match one, other;
            const bool severalAnywhere = find(usersCn, text, &other)
                || ((find(usersRe2, text, &other) || find(usersRe, text, &other)) && toNumber(other.g[0]) >= 2);
            if (!severalAnywhere && find(single, text, &one))
                for (PerformancePoint &p : c.points)
                    if (p.perUserTps && !p.users) {
                        p.users = 1;
                        c.read("users", wordsOf(one));
                    }
        }
        for (PerformancePoint &p : c.points) {
            if (p.perUserTps && !p.users) {
                // "up to 3,872 tokens per second" may be a whole server's: one user's is a guess.
                c.assume("users", {QT_TRANSLATE_NOOP("hw::Message", "no concurrency stated: the speed read as one user's"), {}});
            }
        }
        if (c.points.empty()) { // concurrency stated without a speed
            Match u;
            if (find(usersCn, text, &u))
                c.points.push_back({magnitude(u.g[0]), {}, {}, {}, {}, false, wordsOf(u)});
            else if (find(usersRe2, text, &u) && toNumber(u.g[0]) >= 2)
                c.points.push_back({toNumber(u.g[0]), {}, {}, {}, {}, false, wordsOf(u)});
        }
        forEach(ttft, text, [&](const Match &x) {
            for (PerformancePoint &p : c.points)
                if (!p.ttftMs) {
                    p.ttftMs = toNumber(x.g[0]);
                    return;
                }
            // A latency stated with no speed ("首 token 延迟降低至 127ms"): a point of its own.
            if (c.points.empty())
                c.points.push_back({{}, {}, {}, toNumber(x.g[0]), {}, false, wordsOf(x)});
        });
        if (!c.points.empty())
            c.read("points", c.points.front().text);
    }
}

} // namespace hw::claimtext
