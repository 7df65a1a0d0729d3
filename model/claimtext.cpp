// Reading an offer's free text into a claim. Offers are e-commerce titles, marketing paragraphs, pasted
// spec tables and itemised quotes, in Chinese or English. Every pattern runs on RE2, whose matching is
// linear in the input (std::regex recursed per character and overflowed the stack on 50,000 digits).

#include "model/claims.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace hw {

namespace {

using sv = std::string_view;

// Full-width ASCII (U+FF01..U+FF5E) and the ideographic space folded, ASCII lower-cased, and the
// thousands separators of numbers dropped ("3,976" -> "3976"), so patterns see one spelling.
std::string fold(const std::string &in)
{
    std::string out;
    out.reserve(in.size());
    size_t lastDrop = std::string::npos; // where the last dropped separator was, in `out`
    for (size_t i = 0; i < in.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(in[i]);
        if (ch == 0xEF && i + 2 < in.size()) { // U+FF01..U+FF5E: EF BC 81 .. EF BD 9E
            const unsigned char b1 = static_cast<unsigned char>(in[i + 1]), b2 = static_cast<unsigned char>(in[i + 2]);
            const int code = ((b1 & 0x3F) << 6) | (b2 & 0x3F); // low 12 bits of U+Fxxx
            if ((b1 == 0xBC || b1 == 0xBD) && code >= 0xF01 && code <= 0xF5E) {
                out += char(std::tolower(code - 0xF01 + 0x21));
                i += 2;
                continue;
            }
        }
        if (ch == 0xE3 && i + 2 < in.size() && in[i + 1] == char(0x80) && in[i + 2] == char(0x80)) { // U+3000
            out += ' ';
            i += 2;
            continue;
        }
        if (ch == ',' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back())) && i + 3 < in.size() + 1) {
            // a separator when exactly three digits follow
            size_t j = i + 1, n = 0;
            while (j < in.size() && std::isdigit(static_cast<unsigned char>(in[j])) && n < 4) {
                ++j;
                ++n;
            }
            size_t k = out.size(), lead = 0; // digits since the last separator: 1 to 3 in "1,500,000"
            while (k > 0 && std::isdigit(static_cast<unsigned char>(out[k - 1])) && lead < 4) {
                --k;
                ++lead;
            }
            const bool grouped = lead == 4 && lastDrop == out.size() - 3;
            if (n == 3 && (lead <= 3 || grouped) && !(j < in.size() && std::isdigit(static_cast<unsigned char>(in[j])))) {
                lastDrop = out.size();
                continue;
            }
        }
        out += ch < 0x80 ? char(std::tolower(ch)) : char(ch);
    }
    return out;
}

double toNumber(sv s)
{
    double v = 0, scale = 0;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') {
            if (scale == 0)
                v = v * 10 + (ch - '0');
            else {
                v += (ch - '0') * scale;
                scale /= 10;
            }
            if (v > 1e15)
                return 1e15; // a digit run is a number only this far
        } else if (ch == '.' && scale == 0)
            scale = 0.1;
    }
    return v;
}

// Counts as offers write them: digits, Chinese numerals, English words.
int countFrom(sv s)
{
    static const std::pair<sv, int> words[] = {{"十六", 16}, {"十二", 12}, {"一", 1}, {"单", 1}, {"二", 2}, {"两", 2}, {"双", 2}, {"三", 3}, {"四", 4},
                                               {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"one", 1}, {"single", 1},
                                               {"two", 2}, {"dual", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"eight", 8}};
    for (auto [w, v] : words)
        if (s == w)
            return v;
    const double v = toNumber(s);
    return v >= 1 && v <= 100000 ? int(v) : 0;
}

// Chinese magnitudes after a number: 0.025亿 = 2.5 million.
double magnitude(sv unit)
{
    if (unit == "亿")
        return 1e8;
    if (unit == "万")
        return 1e4;
    if (unit == "千" || unit == "k")
        return 1e3;
    if (unit == "百")
        return 1e2;
    if (unit == "m")
        return 1e6;
    return 1;
}

const std::string kCount = "([0-9]+|十六|十二|一|单|二|两|双|三|四|五|六|七|八|九|十|one|single|two|dual|three|four|five|six|eight)";

RE2::Options options()
{
    RE2::Options o;
    o.set_log_errors(false);
    return o;
}

struct Match
{
    size_t pos = 0, len = 0;
    sv g[10];
};

// Every non-overlapping match of `re` in `text`, in order. RE2 keeps each search linear.
template <typename F>
void forEach(const RE2 &re, sv text, F &&f)
{
    re2::StringPiece groups[11];
    const re2::StringPiece whole(text.data(), text.size());
    const int n = std::min(10, re.NumberOfCapturingGroups());
    size_t start = 0;
    while (start <= text.size() && re.Match(whole, start, text.size(), RE2::UNANCHORED, groups, n + 1)) {
        Match m;
        m.pos = size_t(groups[0].data() - text.data());
        m.len = groups[0].size();
        for (int i = 0; i < n; ++i)
            m.g[i] = sv(groups[i + 1].data(), groups[i + 1].size());
        f(m);
        start = m.pos + std::max<size_t>(1, m.len);
        // keep to UTF-8 boundaries after an empty match
        while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            ++start;
    }
}

bool find(const RE2 &re, sv text, Match *m = nullptr)
{
    re2::StringPiece groups[11];
    const int n = std::min(10, re.NumberOfCapturingGroups());
    if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, groups, n + 1))
        return false;
    if (m) {
        m->pos = size_t(groups[0].data() - text.data());
        m->len = groups[0].size();
        for (int i = 0; i < n; ++i)
            m->g[i] = sv(groups[i + 1].data(), groups[i + 1].size());
    }
    return true;
}

bool isAlnum(char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'); }

// The folded text with spaces, '-' and '_' squeezed out, and where each squeezed byte came from: part
// aliases match "2696 v3", "2696v3" and "e5-2696-v3" alike.
struct Squeezed
{
    std::string text;
    std::vector<size_t> origin;
    explicit Squeezed(const std::string &folded)
    {
        text.reserve(folded.size());
        origin.reserve(folded.size());
        for (size_t i = 0; i < folded.size(); ++i)
            if (folded[i] != ' ' && folded[i] != '-' && folded[i] != '_' && folded[i] != '\t') {
                text += folded[i];
                origin.push_back(i);
            }
    }
};

std::string squeeze(const std::string &s)
{
    std::string out;
    for (char ch : s)
        if (ch != ' ' && ch != '-' && ch != '_')
            out += char(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

struct AliasHit
{
    const PartAlias *alias;
    size_t begin, end; // in the folded text
};

// Every catalog alias of `kind` found in the text as a whole word (longest alias first wins a place).
std::vector<AliasHit> aliasHits(const Catalog &cat, const std::string &kind, const std::string &folded, const Squeezed &sq)
{
    std::vector<AliasHit> hits;
    std::vector<char> taken(sq.text.size(), 0);
    // Longest alias first: "h100 80gb pcie" claims its words before "h100" can, whatever the row order.
    std::vector<std::pair<std::string, const PartAlias *>> keys;
    for (const PartAlias &a : cat.partAliases)
        if (a.kind == kind)
            if (std::string key = squeeze(a.alias); !key.empty())
                keys.emplace_back(std::move(key), &a);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
    for (const auto &[key, alias] : keys) {
        const PartAlias &a = *alias;
        for (size_t p = sq.text.find(key); p != std::string::npos; p = sq.text.find(key, p + 1)) {
            const size_t b = sq.origin[p], e = sq.origin[p + key.size() - 1] + 1;
            const bool startOk = b == 0 || !isAlnum(folded[b - 1]) || (folded[b - 1] == 'x' && b >= 2 && std::isdigit(static_cast<unsigned char>(folded[b - 2])))
                || (std::isdigit(static_cast<unsigned char>(key[0])) == 0 && std::isdigit(static_cast<unsigned char>(folded[b - 1])));
            const bool endOk = e >= folded.size() || !isAlnum(folded[e]) || (folded[e] == 's' && (e + 1 >= folded.size() || !isAlnum(folded[e + 1])))
                || (std::isdigit(static_cast<unsigned char>(folded[e - 1])) == 0 && std::isdigit(static_cast<unsigned char>(folded[e])) && kind != "quant");
            if (!startOk || !endOk)
                continue;
            if (std::any_of(taken.begin() + long(p), taken.begin() + long(p + key.size()), [](char t) { return t != 0; }))
                continue;
            std::fill(taken.begin() + long(p), taken.begin() + long(p + key.size()), 1);
            hits.push_back({&a, b, e});
            if (hits.size() > 4096)
                return hits; // enough to decide; a text repeating a name is not read further
        }
    }
    std::sort(hits.begin(), hits.end(), [](const AliasHit &x, const AliasHit &y) { return x.begin < y.begin; });
    return hits;
}

std::string excerpt(const std::string &folded, size_t b, size_t e)
{
    b = std::min(b, folded.size());
    e = std::min(std::max(e, b), folded.size());
    while (b > 0 && (static_cast<unsigned char>(folded[b]) & 0xC0) == 0x80)
        --b;
    while (e < folded.size() && (static_cast<unsigned char>(folded[e]) & 0xC0) == 0x80)
        ++e;
    std::string s = folded.substr(b, std::min<size_t>(e - b, 120));
    for (char &ch : s)
        if (ch == '\n' || ch == '\r' || ch == '|')
            ch = ' ';
    return s;
}

// The clause around a position: offers put one figure and its conditions between line breaks and
// Chinese or English clause punctuation.
std::pair<size_t, size_t> clauseAround(const std::string &t, size_t pos)
{
    static const sv stops[] = {"\n", "；", ";", "。", "! ", "? "};
    size_t b = 0, e = t.size();
    for (sv s : stops) {
        const size_t before = pos == 0 ? std::string::npos : t.rfind(s, pos - 1);
        if (before != std::string::npos)
            b = std::max(b, before + s.size());
        const size_t after = t.find(s, pos);
        if (after != std::string::npos)
            e = std::min(e, after);
    }
    return {b, e};
}

bool contains(sv hay, std::initializer_list<sv> needles)
{
    for (sv n : needles)
        if (hay.find(n) != sv::npos)
            return true;
    return false;
}

} // namespace

Claim extractClaim(const std::string &input, const Catalog &catalog)
{
    Claim c;
    c.text = input;
    if (input.size() > kMaxOfferBytes) {
        c.nothingRead = true;
        c.assume("text", "longer than 1 MiB: not read");
        return c;
    }
    const std::string t = fold(input);
    const Squeezed sq(t);
    const sv text(t);
    Match m;
    const auto words = [&](size_t b, size_t e) { return excerpt(t, b, e); };
    const auto wordsOf = [&](const Match &x) { return excerpt(t, x.pos, x.pos + x.len); };

    // Negations and disclosures come first: "非满血", "not the full model" are not claims of it.
    static const RE2 denied(R"((非|不是|并非|不是\s*671b\s*)满血|not\s+(the\s+)?full(\s+model|\s+precision|-precision)?\b|not\s+a\s+full\b|贫血版|蒸馏版|\bdistill(ed)?\b|非\s*671b)", options());
    if (find(denied, text, &m)) {
        c.fullDenied = true;
        c.read("full_denied", wordsOf(m));
    }
    static const RE2 full(R"(满血|full[- ]strength|full version|\bfull\b)", options());
    static const RE2 fullPrecision(R"(^[- ]?precision)", options());
    if (!c.fullDenied && find(full, text, &m) && !find(fullPrecision, text.substr(m.pos + m.len, 12))) {
        c.fullModel = true;
        c.read("full", wordsOf(m));
    }

    // Model: catalog aliases; a name the catalog lacks blocks any guess.
    {
        const auto hits = aliasHits(catalog, "model", t, sq);
        const AliasHit *pick = nullptr;
        const auto rank = [&](const AliasHit &h) {
            if (h.alias->partId.empty())
                return h.alias->approximate ? 0 : 1;
            const ModelSpec *ms = catalog.model(h.alias->partId);
            if (h.alias->approximate)
                return 2;
            if (ms && ms->kind == "distill")
                return 5;
            return h.alias->partId == "deepseek-r1" ? 3 : 4;
        };
        for (const AliasHit &h : hits)
            if (!pick || rank(h) > rank(*pick))
                pick = &h;
        // An unknown model named before any catalog one (other than approximations) is what the offer is about.
        if (pick && rank(*pick) <= 3)
            for (const AliasHit &h : hits)
                if (h.alias->partId.empty() && h.begin < pick->begin) {
                    pick = &h;
                    break;
                }
        if (pick) {
            c.modelId = pick->alias->partId;
            if (c.modelId.empty()) {
                c.assume("model", "a model the catalog does not hold: " + words(pick->begin, pick->end));
            } else {
                c.read("model", words(pick->begin, pick->end));
                if (pick->alias->approximate)
                    c.assume("model", "read as " + c.modelId + " (same size): " + words(pick->begin, pick->end));
                // Beside a distill, "DeepSeek R1" is the family's name ("Self-hosting DeepSeek R1 ... R1
                // Distill 70B") unless the text also speaks of the 671B model itself.
                static const RE2 r1Itself(R"(671\s*b|满血|\bfull\b)", options());
                const ModelSpec *picked = catalog.model(c.modelId);
                const bool r1IsFamily = picked && picked->kind == "distill" && !c.fullModel && !find(r1Itself, text);
                std::vector<std::string> distinct;
                for (const AliasHit &h : hits)
                    if (!h.alias->partId.empty() && std::find(distinct.begin(), distinct.end(), h.alias->partId) == distinct.end()
                        && !(h.alias->partId == "deepseek-r1" && catalog.model(c.modelId) && (catalog.model(c.modelId)->kind == "full" || r1IsFamily)))
                        distinct.push_back(h.alias->partId);
                if (distinct.size() > 1)
                    c.assume("model", "several models named; checked as " + c.modelId);
            }
        } else if (c.fullModel) {
            c.modelId = "deepseek-r1";
            c.assume("model", "\"full\" read as DeepSeek-R1 671B");
        }
    }

    // Parameters and window stated as facts.
    static const RE2 paramsYi(R"(([0-9]+(?:\.[0-9]+)?)\s*亿\s*(?:个)?\s*参数)", options());
    static const RE2 paramsCn(R"(参数(?:量|规模)?\s*(?:达|为|约|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(b|亿|billion))", options());
    static const RE2 paramsEn(R"(([0-9]+(?:\.[0-9]+)?)\s*(?:b|billion)[- ]?(?:parameters?|params|参数))", options());
    if (find(paramsYi, text, &m))
        c.paramsB = toNumber(m.g[0]) / 10.0, c.read("params_b", wordsOf(m));
    else if (find(paramsCn, text, &m))
        c.paramsB = toNumber(m.g[0]) / (m.g[1] == "亿" ? 10.0 : 1.0), c.read("params_b", wordsOf(m));
    else if (find(paramsEn, text, &m))
        c.paramsB = toNumber(m.g[0]), c.read("params_b", wordsOf(m));
    static const RE2 window1(R"((?:上下文窗口|context window|窗口)\s*(?:为|:|：)?\s*([0-9]+)\s*(k)?)", options());
    static const RE2 window2(R"(([0-9]+)\s*(k)?[- ]?tokens?\s*(?:的)?\s*(?:上下文窗口|context window))", options());
    if (find(window1, text, &m) || find(window2, text, &m)) {
        c.contextWindow = toNumber(m.g[0]) * (m.g[1].empty() ? 1.0 : 1024.0);
        c.read("context_window", wordsOf(m));
    }

    // Precision: the first quant the text names (a later one is usually a comparison).
    if (const auto hits = aliasHits(catalog, "quant", t, sq); !hits.empty()) {
        const AliasHit &h = hits.front();
        c.quantId = h.alias->partId;
        c.read("quant", words(h.begin, h.end));
        if (h.alias->approximate)
            c.assume("quant", "\"" + words(h.begin, h.end) + "\" read as " + c.quantId);
    }
    static const RE2 bf8(R"(\bbf8\b)", options());
    if (find(bf8, text, &m))
        c.mentionsBf8 = true, c.read("mentions_bf8", wordsOf(m));

    // Runtime.
    if (const auto hits = aliasHits(catalog, "runtime", t, sq); !hits.empty()) {
        c.runtimeId = hits.front().alias->partId;
        c.read("runtime", words(hits.front().begin, hits.front().end));
        if (hits.front().alias->approximate)
            c.assume("runtime", "read as " + c.runtimeId);
    }

    // GPUs with counts: "4卡4090", "8×H100", "八卡A100", "H200 x 8", "四张 2080Ti", "RTX 4090 24GB ×1".
    if (const auto hits = aliasHits(catalog, "gpu", t, sq); !hits.empty()) {
        // The first accelerator named, as precisely as the text names it anywhere: a title's "H100"
        // is the "H100 80GB PCIe" of the specification line below it.
        const AliasHit *first = &hits.front();
        const std::string firstKey = squeeze(first->alias->alias);
        for (const AliasHit &later : hits)
            if (const std::string key = squeeze(later.alias->alias); key.size() > firstKey.size() && key.compare(0, firstKey.size(), firstKey) == 0) {
                first = &later;
                break;
            }
        const AliasHit &h = *first;
        c.gpuId = h.alias->partId;
        c.read("gpu", words(h.begin, h.end));
        if (h.alias->memoryGB > 0)
            c.gpuMemoryGB = h.alias->memoryGB;
        if (h.alias->approximate)
            c.assume("gpu_memory", "memory configuration not stated: " + words(h.begin, h.end));
        static const RE2 before(kCount + R"(\s*(?:卡|张|块|片|颗|x|×|\*)\s*(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*|华为\s*|昇腾\s*|ascend\s*|apple\s*|mac studio\s*|mac mini\s*)*$)", options());
        static const RE2 after(R"(^[^\n|;；。,，]{0,20}?(?:x|×|\*)\s*([0-9]+)\b)", options());
        static const RE2 anyCards(kCount + R"(\s*(?:卡|张|块)(?:\s*(?:gpu|显卡|计算卡))?)", options());
        const size_t from = h.begin >= 40 ? h.begin - 40 : 0;
        Match cm;
        static const RE2 single(R"((?:\bsingle|\bone|\ba|单张|单块|一张|一块)\s*(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*)*$)", options());
        static const RE2 countWords(R"(\b(two|dual|three|four|five|six|eight)\s+(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*)*$)", options());
        if (find(before, text.substr(from, h.begin - from), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(after, text.substr(h.end, std::min<size_t>(60, t.size() - h.end)), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(h.begin, h.end + cm.pos + cm.len));
        else if (find(single, text.substr(from, h.begin - from), &cm))
            c.gpuCount = 1, c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(countWords, text.substr(from, h.begin - from), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(anyCards, text, &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", wordsOf(cm));
        if (c.gpuCount <= 0) {
            c.gpuCount = 1;
            c.assume("gpu_count", "assumed 1 card");
        }
        static const RE2 perCard(R"((?:单卡|每卡|per card|each)\s*(?:显存)?\s*([0-9]+)\s*gb?)", options());
        if (c.gpuMemoryGB == 0 && find(perCard, text, &cm) && catalog.gpu(c.gpuId)) {
            const double stated = toNumber(cm.g[0]);
            if (std::abs(stated - catalog.gpu(c.gpuId)->memoryGB) > 1)
                c.facts.push_back({c.gpuId, "memory_gb", "", "", stated, wordsOf(cm)});
        }
    }
    // Unknown accelerators the catalog lacks, named so the memory check says what it could not read.
    static const RE2 otherGpu(R"(\b(rtx\s*50[0-9]0d?|5090d?|gb10|dgx spark|strix halo|ryzen ai max\+?\s*395|arc\s*(?:pro\s*)?[ab][0-9]+|p106|m4 ultra|cloudmatrix|910pro)\b)", options());
    if (find(otherGpu, text, &m) && (c.gpuId.empty() || m.pos < t.find(c.readFrom["gpu"]))) {
        c.gpuText = std::string(m.g[0]);
        if (!c.gpuId.empty()) {
            c.assume("gpu", "the first accelerator named, " + c.gpuText + ", is not in the catalog");
            c.gpuId.clear();
        }
    }

    // Machines: "2台", "两台", "双机", "2 servers", "4-node", "2 nodes × 8", "Four Mac Studios".
    {
        static const RE2 machines(kCount + R"(\s*(?:台|机(?:\s|$|[^器柜房架])|个?节点|nodes?\b|servers?\b|machines?\b|units?\b|mac studios?|mac minis?|x\s*mac|×\s*mac))", options());
        static const RE2 machinesPre(R"((?:集群|cluster)\s*(?::|：)?\s*([0-9]+)\s*(?:台|nodes?))", options());
        static const RE2 clusterWords(R"(集群|cluster|节点|\bnodes?\b|双机|多机|多台|servers\b|machines\b|superpod|分布式)", options());
        int best = 0;
        std::string from;
        forEach(machines, text, [&](const Match &x) {
            const int n = countFrom(x.g[0]);
            if (n > best && n <= 4096)
                best = n, from = wordsOf(x);
        });
        if (find(machinesPre, text, &m) && countFrom(m.g[0]) > best)
            best = countFrom(m.g[0]), from = wordsOf(m);
        // "DGX SuperPOD (8×A100 80GB)": a count right after the cluster word is the cluster's, so the
        // memory is the same on one machine or several.
        const auto clusterCountsItsGpus = [&](const Match &cluster) {
            const auto it = c.readFrom.find("gpu_count");
            if (it == c.readFrom.end() || c.isAssumed("gpu_count") || c.gpuCount <= 1)
                return false;
            const size_t at = t.find(it->second, cluster.pos + cluster.len);
            return at != std::string::npos && at - (cluster.pos + cluster.len) <= 3
                && t.find_first_not_of(" (:", cluster.pos + cluster.len) >= at; // full-width forms are folded
        };
        const GpuSpec *g = catalog.gpu(c.gpuId);
        // "16× Ascend 910B (2 nodes × 8 cards)": the count read first was the total.
        static const RE2 nodesByCards(R"(([0-9]+)\s*(?:nodes?|servers?|machines?|台|节点)\s*(?:x|×|\*)\s*([0-9]+)\s*(?:cards?|gpus?|npus?|卡|张))", options());
        if (Match nc; best > 0 && find(nodesByCards, text, &nc) && countFrom(nc.g[0]) == best && countFrom(nc.g[1]) > 0
                      && c.gpuCount == best * countFrom(nc.g[1])) {
            c.gpuCount = countFrom(nc.g[1]);
            c.read("gpu_count", wordsOf(nc));
        }
        if (best > 0) {
            c.nodes = best;
            c.read("nodes", from);
            if (g && g->unified && c.gpuCount > 1 && c.gpuCount == best)
                c.gpuCount = 1;
        } else if (g && g->unified && c.gpuCount > 1) {
            c.nodes = c.gpuCount; // unified-memory machines: cards are machines
            c.gpuCount = 1;
            c.read("nodes", c.readFrom["gpu_count"]);
        } else if (find(clusterWords, text, &m) && clusterCountsItsGpus(m)) {
            c.infer("nodes", "the cluster's GPUs as stated: " + wordsOf(m) + " " + c.readFrom["gpu_count"]);
        } else if (find(clusterWords, text, &m)) {
            c.assume("nodes", "assumed 1 server (\"" + wordsOf(m) + "\" names several, no count read)");
        } else if (!c.gpuId.empty()) {
            c.infer("nodes", "one machine: the text names no other");
        }
        if (g && g->unified) {
            c.gpuCount = 1;
            c.infer("gpu_count", "one chip per machine");
            c.assumed.erase("gpu_count");
        }
    }

    // CPUs: the catalog's own ids' model numbers, then aliases (families read as a generation's part).
    {
        size_t bestPos = std::string::npos;
        for (const CpuSpec &cpu : catalog.cpus) {
            const std::string number = cpu.id.substr(cpu.id.find('-') + 1);
            if (number.size() < 4)
                continue;
            const size_t p = sq.text.find(squeeze(number));
            if (p != std::string::npos) {
                const size_t b = sq.origin[p], e = sq.origin[p + squeeze(number).size() - 1] + 1;
                const bool ok = (b == 0 || !std::isdigit(static_cast<unsigned char>(t[b - 1]))) && (e >= t.size() || !std::isdigit(static_cast<unsigned char>(t[e])));
                if (ok && b < bestPos)
                    bestPos = b, c.cpuId = cpu.id, c.readFrom["cpu"] = words(b, e);
            }
        }
        for (const AliasHit &h : aliasHits(catalog, "cpu", t, sq))
            if (h.begin < bestPos) {
                bestPos = h.begin;
                c.cpuId = h.alias->partId;
                c.read("cpu", words(h.begin, h.end));
                if (h.alias->approximate)
                    c.assume("cpu", "CPU not in the catalog (" + words(h.begin, h.end) + "): read as its family's " + c.cpuId + ", RAM bandwidth estimated");
                break;
            }
        static const RE2 cpuWords(R"((xeon|至强|epyc|霄龙|鲲鹏|kunpeng|ryzen|core i[3579]|threadripper|线程撕裂者)[^\n,，;；]{0,24})", options());
        if (c.cpuId.empty() && find(cpuWords, text, &m))
            c.cpuText = wordsOf(m), c.assume("cpu", "CPU not in the catalog: " + c.cpuText + " (RAM bandwidth unknown)");
        static const RE2 sockets(R"(双路|dual[- ]socket|2\s*sockets|2路|(?:2|两|双)\s*(?:x|×|颗|\*)\s*(?:intel\s*|amd\s*)?(?:xeon|至强|epyc|cpu))", options());
        if (find(sockets, text, &m))
            c.sockets = 2, c.read("sockets", wordsOf(m));
        static const RE2 quadSockets(R"((?:4|四)\s*(?:x|×|颗|\*|路)\s*(?:intel\s*)?(?:xeon|至强|cpu))", options());
        if (find(quadSockets, text, &m))
            c.sockets = 4, c.read("sockets", wordsOf(m));
    }

    // Memory: "512GB 内存", "1TB DDR5", "24 条 48G DDR5", "DDR5 64GB × 12", "382GB DRAM".
    {
        static const RE2 ram(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|t|gb|g)\s*(?:ddr[45]x?[- ]?(?:[0-9]{4}(?:mhz)?)?\s*|lpddr5x?\s*)?(?:内存|(?:system\s+)?ram\b|memory\b|dram\b))", options());
        static const RE2 ram2(R"((?:内存|ram|dram)\s*(?:容量)?\s*(?:为|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|t|gb|g)\b)", options());
        static const RE2 ramDdr(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*ddr[45])", options());
        static const RE2 dimms(R"(([0-9]+)\s*(?:条|根|x|×)\s*([0-9]+)\s*(?:gb|g)\s*ddr[45])", options());
        static const RE2 dimms2(R"(ddr[45][^\n]{0,16}?([0-9]+)\s*(?:gb|g)\s*(?:x|×|\*)\s*([0-9]+))", options());
        static const RE2 dimms3(R"(\(([0-9]+)\s*(?:x|×)\s*([0-9]+)\s*gb\))", options());
        const auto gb = [](sv n, sv unit) { return toNumber(n) * (unit.size() && unit[0] == 't' ? 1000.0 : 1.0); };
        if (find(dimms, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), c.read("ram_gb", wordsOf(m));
        else if (find(dimms2, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), c.read("ram_gb", wordsOf(m));
        else if (find(ram, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), c.read("ram_gb", wordsOf(m));
        else if (find(ram2, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), c.read("ram_gb", wordsOf(m));
        else if (find(ramDdr, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), c.read("ram_gb", wordsOf(m));
        else if (find(dimms3, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), c.read("ram_gb", wordsOf(m));
        static const RE2 total(R"((?:共|总|合计|total|总显存)\s*(?:显存)?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|gb|g)\s*(?:显存|vram|gpu memory|hbm[0-9e]*)?)", options());
        static const RE2 total2(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*(?:total\s*)?(?:显存|vram|hbm[0-9e]*)(?:\s*(?:池|total))?)", options());
        if ((find(total, text, &m) || find(total2, text, &m)) && !c.gpuId.empty())
            c.claimedMemoryGB = gb(m.g[0], m.g[1]), c.read("memory_gb", wordsOf(m));
        static const RE2 unifiedMem(R"(([0-9]+)\s*gb\s*(?:each|unified|统一内存))", options());
        if (const GpuSpec *g = catalog.gpu(c.gpuId); g && g->unified && c.gpuMemoryGB == 0 && find(unifiedMem, text, &m)) {
            c.gpuMemoryGB = toNumber(m.g[0]);
            c.read("gpu_memory", wordsOf(m));
            c.assumed.erase("gpu_memory");
        }
        static const RE2 modelSize(R"((?:模型|model|weights?|权重)\s*(?:体积|大小|size)?\s*(?:约|is|:|：)?\s*~?([0-9]+(?:\.[0-9]+)?)\s*(tb|gb))", options());
        static const RE2 modelSize2(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*(?:at|@)\s*([0-9]+)[- ]?bit)", options());
        // "模型权重压缩至原大小的 1/4（17.5GB → 4.375GB）": the size after the arrow is the one claimed.
        static const RE2 modelSizeArrow(R"((?:模型|model|weights?|权重)[^\n]{0,40}?[0-9]+(?:\.[0-9]+)?\s*(?:tb|gb)\s*(?:→|->|=>|⇒|到|至)\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|gb))", options());
        if (find(modelSizeArrow, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        } else if (find(modelSize2, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        } else if (find(modelSize, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        }
    }

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
            rates.push_back({x.pos, v});
            rateEnds.push_back(x.pos + x.len);
        };
        forEach(rate, text, [&](const Match &x) { addRate(x, std::max(toNumber(x.g[0]), x.g[1].empty() ? 0.0 : toNumber(x.g[1]))); });
        forEach(rateTps, text, [&](const Match &x) { addRate(x, toNumber(x.g[0])); });
        forEach(perSecondCn, text, [&](const Match &x) { addRate(x, toNumber(x.g[0])); });
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
        // Group the rates by clause: one point per clause, the rates in it classified.
        size_t i = 0;
        while (i < order.size() && c.points.size() < 256) {
            const auto [b, e] = clauseAround(t, rates[order[i]].first);
            const sv clause = text.substr(b, e - b);
            PerformancePoint p;
            p.text = words(b, e);
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
                static const std::initializer_list<sv> aggregateWords = {"total", "throughput", "吞吐", "aggregate", "总", "合计", "tput/gpu", "in all",
                                                                         "combined", "/gpu", "per gpu", "per node", "每节点", "峰值", "peak"};
                static const std::initializer_list<sv> perUserWords = {"per user", "per-user", "each", "每路", "每人", "每用户", "单用户", "single", "/user",
                                                                       "tput user", "单路", "per stream"};
                if (contains(afterIt.substr(0, std::min<size_t>(afterIt.size(), 12)), {"input", "prefill", "输入"})
                    || contains(before, {"prefill", "预填充", "预处理", "input tokens"}))
                    continue; // prompt processing, not generation
                bool aggregate = contains(before, aggregateWords), perUser = contains(before, perUserWords);
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
            if (p.perUserTps || p.aggregateTps)
                c.points.push_back(p);
        }
        for (PerformancePoint &p : c.points) {
            if (p.perUserTps && !p.users) {
                p.text += " [assumed 1 user]";
                // "up to 3,872 tokens per second" may be a whole server's: one user's is a guess.
                c.assume("users", "no concurrency stated: the speed read as one user's");
            }
        }
        forEach(ttft, text, [&](const Match &x) {
            for (PerformancePoint &p : c.points)
                if (!p.ttftMs) {
                    p.ttftMs = toNumber(x.g[0]);
                    break;
                }
        });
        if (c.points.empty()) { // concurrency stated without a speed
            Match u;
            if (find(usersCn, text, &u))
                c.points.push_back({magnitude(u.g[0]), {}, {}, {}, {}, false, wordsOf(u)});
            else if (find(usersRe2, text, &u) && toNumber(u.g[0]) >= 2)
                c.points.push_back({toNumber(u.g[0]), {}, {}, {}, {}, false, wordsOf(u)});
        }
        if (!c.points.empty())
            c.read("points", c.points.front().text);
    }

    // Prices: amounts with their currency and magnitude; an itemised quote's lines and stated total.
    {
        static const RE2 money(
            R"((?:(us\$|\$|usd|¥|￥|cny|rmb)\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(k|m|万|亿)?)|(?:([0-9]+(?:\.[0-9]+)?)\s*(亿|万|千|百)?\s*(元|人民币|rmb|cny|usd|美元))|(?:([0-9]+(?:\.[0-9]+)?)\s*(亿|万)(?:元)?))",
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
                c.assume("price", "several amounts, no total named: the first taken as the price");
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
                    c.assume("quote_total", "some items are not priced (\"" + wordsOf(m) + "\")");
            }
        }
    }

    // Hardware facts quoted in the text: InfiniBand speeds, GPU TFLOPS by precision, bandwidth.
    {
        static const RE2 ib(R"(([0-9]+)\s*g(?:b/?s|bps)?\s*(?:\(?\s*)?(edr|hdr|ndr|xdr)\b|\b(edr|hdr|ndr|xdr)\s*(?:infiniband|ib)?\s*\(?\s*([0-9]+)\s*g(?:b/?s|bps))", options());
        forEach(ib, text, [&](const Match &x) {
            const bool first = !x.g[0].empty();
            c.facts.push_back({"", "network_gbps", "", std::string(first ? x.g[1] : x.g[2]), toNumber(first ? x.g[0] : x.g[3]), wordsOf(x)});
        });
        if (!c.gpuId.empty()) {
            static const RE2 tflops(R"((fp8|fp16|bf16|tf32|int8)\s*(?:dense\s*)?(?:算力|compute)?\s*(?:约|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:-\s*[0-9]+\s*)?(t(?:flops|ops)|p(?:flops|ops)))", options());
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
            for (const AliasHit &h : aliasHits(catalog, "gpu", t, sq))
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

    // What the checks will need and the text did not say.
    if (c.quantId.empty() && !c.modelId.empty()) {
        if (c.fullModel)
            c.infer("quant", "\"full\" means the release's precision: " + c.readFrom["full"]);
        else
            c.assume("quant", "precision not stated: assumed the release's native precision");
    }
    if (c.ramGB == 0) {
        const RuntimeSpec *rt = catalog.runtime(c.runtimeId);
        static const RE2 offload(R"(offload|卸载|内存|\bram\b|dram|\bcpu\b|xeon|至强|epyc|ryzen|core i[3579]|mmap)", options());
        if ((rt && (rt->expertOffload || rt->layerOffload)) || !c.cpuId.empty() || !c.cpuText.empty() || find(offload, text))
            c.assume("ram_gb", "no RAM size read: assumed none");
        else if (!c.gpuId.empty())
            c.infer("ram_gb", "none stated: the GPUs are offered to hold the model");
    }
    if (c.runtimeId.empty())
        c.infer("runtime", "not named: the catalog's best runtime for the build");

    c.nothingRead = c.modelId.empty() && c.gpuId.empty() && c.cpuId.empty() && c.points.empty() && !c.price && !c.paramsB && !c.fullModel
        && !c.mentionsBf8 && c.facts.empty() && c.ramGB == 0 && c.gpuText.empty();
    return c;
}

} // namespace hw
