// Part and alias resolution: models, quants, runtimes, GPUs (with counts and memory variants), machines
// and CPUs (by model number, then by the catalog's aliases and families); memory sizes are in
// claimmemory.cpp. Every name goes through the catalog's part aliases: no table of names lives in code.

#include "model/claimre2.h"

#include <algorithm>
#include <cctype>

namespace hw::claimtext {

bool isAlnum(char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'); }

Squeezed::Squeezed(const std::string &folded)
{
    text.reserve(folded.size());
    origin.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i)
        if (folded[i] != ' ' && folded[i] != '-' && folded[i] != '_' && folded[i] != '\t') {
            text += folded[i];
            origin.push_back(i);
        }
}

std::string squeeze(const std::string &s)
{
    std::string out;
    for (char ch : s)
        if (ch != ' ' && ch != '-' && ch != '_')
            out += char(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

AliasIndex::AliasIndex(const Catalog &cat)
{
    for (const PartAlias &a : cat.partAliases) {
        std::string key = squeeze(a.alias);
        if (key.empty())
            continue;
        auto it = std::find_if(byKind.begin(), byKind.end(), [&](const auto &k) { return k.first == a.kind; });
        if (it == byKind.end())
            it = byKind.insert(byKind.end(), {a.kind, {}});
        it->second.push_back({std::move(key), &a});
    }
    // Longest alias first: "h100 80gb pcie" claims its words before "h100" can, whatever the row order.
    for (auto &[kind, keys] : byKind)
        std::stable_sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) { return x.squeezed.size() > y.squeezed.size(); });
}

const std::vector<AliasIndex::Key> &AliasIndex::of(const std::string &kind) const
{
    static const std::vector<Key> none;
    const auto it = std::find_if(byKind.begin(), byKind.end(), [&](const auto &k) { return k.first == kind; });
    return it == byKind.end() ? none : it->second;
}

// Every catalog alias of `kind` found in the text as a whole word (longest alias first wins a place).
std::vector<AliasHit> aliasHits(const AliasIndex &aliases, const std::string &kind, const std::string &folded, const Squeezed &sq)
{
    std::vector<AliasHit> hits;
    std::vector<char> taken(sq.text.size(), 0);
    for (const auto &[key, alias] : aliases.of(kind)) {
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

void readModel(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Squeezed &sq = s.sq;
    const Catalog &catalog = s.catalog;
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    // Model: catalog aliases; a name the catalog lacks blocks any guess.
    {
        // "~32B active": a count of active parameters, not a model's name.
        static const RE2 activeAfter(R"(^\s*(?:active|activated|激活))", options());
        auto hits = aliasHits(s.aliases, "model", t, sq);
        hits.erase(std::remove_if(hits.begin(), hits.end(),
                                  [&](const AliasHit &h) { return h.alias->approximate && find(activeAfter, text.substr(h.end, std::min<size_t>(12, t.size() - h.end))); }),
                   hits.end());
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
                c.assume("model", {QT_TRANSLATE_NOOP("hw::Message", "a model the catalog does not hold: %1"), {words(pick->begin, pick->end)}});
            } else {
                c.read("model", words(pick->begin, pick->end));
                if (pick->alias->approximate)
                    c.assume("model", {QT_TRANSLATE_NOOP("hw::Message", "read as %1 (same size): %2"), {c.modelId, words(pick->begin, pick->end)}});
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
                // A model the catalog does not hold, named as well ("GLM-5 ... MiniMax-M2.5" rows of a
                // table): the offer speaks of more than one build, and which one is checked is a guess.
                for (const AliasHit &h : hits)
                    if (h.alias->partId.empty() && !h.alias->approximate) {
                        distinct.push_back("?" + words(h.begin, h.end));
                        break;
                    }
                if (distinct.size() > 1)
                    c.assume("model", {QT_TRANSLATE_NOOP("hw::Message", "several models named; checked as %1"), {c.modelId}});
                // A pasted table whose rows are different builds (model, quant, GPU count per row): the
                // offer is several configurations, and reading them as one build is a guess.
                std::vector<std::string> rowHeads;
                for (size_t b = 0; b < t.size();) {
                    size_t e = t.find('\n', b);
                    if (e == std::string::npos)
                        e = t.size();
                    const sv line = text.substr(b, e - b);
                    const size_t first = line.find_first_not_of(" \t");
                    if (first != sv::npos && line[first] == '|' && line.find_first_not_of("|-: \t") != sv::npos) {
                        const sv row = line.substr(first + 1);
                        rowHeads.emplace_back(row.substr(0, row.find('|')));
                    }
                    b = e + 1;
                }
                static const RE2 modelColumn(R"(^\s*(?:model|模型)\s*$)", options());
                if (rowHeads.size() >= 3 && find(modelColumn, rowHeads[0])) { // a "Model" header and two rows or more
                    std::vector<std::string> heads(rowHeads.begin() + 1, rowHeads.end());
                    std::sort(heads.begin(), heads.end());
                    if (std::unique(heads.begin(), heads.end()) - heads.begin() > 1)
                        c.assume("model", {QT_TRANSLATE_NOOP("hw::Message", "a table of several configurations; checked as %1"), {c.modelId}});
                }
            }
        }
        if (!pick && c.fullModel) {
            c.modelId = "deepseek-r1";
            // "满血版 DeepSeek", "DeepSeek 满血", "the full DeepSeek": the full DeepSeek is the 671B model
            // (R1 and V3 share its size and shape), so the name is read, not guessed. "满血" alone, or
            // beside no DeepSeek, is still a guess at which model is meant.
            static const RE2 fullDeepSeek(R"((?:满血|full(?:[- ]strength|[- ]size)?)\s*(?:版本?|version)?\s*(?:的)?\s*deepseek\b|deepseek\s*(?:模型|model)?\s*(?:的)?\s*满血)", options());
            if (Match fm; find(fullDeepSeek, text, &fm))
                c.read("model", s.wordsOf(fm));
            else
                c.assume("model", {QT_TRANSLATE_NOOP("hw::Message", "\"full\" read as DeepSeek-R1 671B"), {}});
        }
    }
    // A model the catalog does not hold, named with a version and its size ("qwen3.6 27b",
    // "gemma-4-31b-it", "llama 3.1 405b", "qwen3.5-397b-a17b"): its parameters, and the active ones
    // when the name gives them; "dense" in the text says all are active.
    if (c.modelId.empty()) {
        static const RE2 sized(R"(\b([a-z]{3,}[- ]?[0-9][0-9.]*)[- ]([0-9]+(?:\.[0-9]+)?)b\b(?:[- ]?a([0-9]+(?:\.[0-9]+)?)b\b)?)", options());
        static const RE2 dense(R"(\bdense\b|稠密)", options());
        Match nm;
        if (find(sized, text, &nm) && toNumber(nm.g[1]) >= 0.1 && toNumber(nm.g[1]) <= 5000) {
            c.namedParamsB = toNumber(nm.g[1]);
            c.read("named_params", s.wordsOf(nm));
            Match dm;
            if (!nm.g[2].empty() && toNumber(nm.g[2]) > 0 && toNumber(nm.g[2]) <= *c.namedParamsB) {
                c.namedActiveB = toNumber(nm.g[2]);
                c.read("named_active", s.wordsOf(nm));
            } else if (find(dense, text, &dm)) {
                c.namedActiveB = c.namedParamsB;
                c.read("named_active", s.wordsOf(dm));
            } else {
                c.namedActiveB = c.namedParamsB;
                c.assume("named_active", {QT_TRANSLATE_NOOP("hw::Message", "assumed dense (every parameter read per token): %1"), {s.wordsOf(nm)}});
            }
        }
    }
}

void readQuantAndRuntime(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Squeezed &sq = s.sq;
    const Catalog &catalog = s.catalog;
    Match m;
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Precision: the first quant the text names (a later one is usually a comparison), unless the text
    // converts it into the next one ("从FP16压缩至INT4", "BF16 -> Q4_K_M"): then that one runs.
    if (const auto hits = aliasHits(s.aliases, "quant", t, sq); !hits.empty()) {
        static const RE2 into(R"(^\s*(?:压缩|量化|转换|转|降)?\s*(?:至|到|成|为|→|->|=>|⇒|\bto\b|\binto\b)\s*$)", options());
        const bool converted = hits.size() > 1 && hits[1].begin >= hits[0].end && hits[1].begin - hits[0].end <= 16
            && find(into, text.substr(hits[0].end, hits[1].begin - hits[0].end));
        const AliasHit &h = converted ? hits[1] : hits.front();
        c.quantId = h.alias->partId;
        c.read("quant", words(h.begin, h.end));
        // An approximate alias written before the catalog held the quant itself ("mxfp4" read as AWQ
        // 4-bit): the catalog's own quant of that name is exact.
        const std::string named = squeeze(std::string(text.substr(h.begin, h.end - h.begin)));
        if (h.alias->approximate && catalog.quant(named))
            c.quantId = named;
        else if (h.alias->approximate)
            c.assume("quant", {QT_TRANSLATE_NOOP("hw::Message", "\"%1\" read as %2"), {words(h.begin, h.end), c.quantId}});
    }
    static const RE2 bf8(R"(\bbf8\b)", options());
    if (find(bf8, text, &m))
        c.mentionsBf8 = true, c.read("mentions_bf8", wordsOf(m));

    // Runtime.
    if (const auto hits = aliasHits(s.aliases, "runtime", t, sq); !hits.empty()) {
        c.runtimeId = hits.front().alias->partId;
        c.read("runtime", words(hits.front().begin, hits.front().end));
        if (hits.front().alias->approximate)
            c.assume("runtime", {QT_TRANSLATE_NOOP("hw::Message", "read as %1"), {c.runtimeId}});
    }
}

void readGpus(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Squeezed &sq = s.sq;
    const Catalog &catalog = s.catalog;
    Match m;
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // GPUs with counts: "4卡4090", "8×H100", "八卡A100", "H200 x 8", "四张 2080Ti", "RTX 4090 24GB ×1".
    auto hits = aliasHits(s.aliases, "gpu", t, sq);
    // "closes the gap with the H100", "faster than an A100", "vs. RTX 4090", "1.78x the bandwidth of a
    // 4090": a part named to be compared with is not the one offered.
    static const RE2 compared(R"((?:\bvs\.?|\bversus|\bthan|\bcompared\s+(?:to|with)|\bgap\s+with|\brivals?|\bbeats?|\boutperforms?|相比|对比|相较|不如|媲美)[^\n,，.。;；|]{0,12}$|\b[0-9.]+\s*(?:x|×)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:an?\s+|the\s+)?$)", options());
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const AliasHit &h) {
                                  const size_t from = h.begin >= 28 ? h.begin - 28 : 0;
                                  return find(compared, text.substr(from, h.begin - from));
                              }),
               hits.end());
    if (!hits.empty()) {
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
            c.assume("gpu_memory", {QT_TRANSLATE_NOOP("hw::Message", "memory configuration not stated: %1"), {words(h.begin, h.end)}});
        static const RE2 before(kCount + R"(\s*(?:卡|张|块|片|颗|x|×|\*|-\s*gpus?\b|-\s*cards?\b)\s*(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*|华为\s*|昇腾\s*|ascend\s*|apple\s*|mac studio\s*|mac mini\s*)*$)", options());
        static const RE2 after(R"(^[^\n|;；。,，]{0,20}?(?:x|×|\*)\s*([0-9]+)\b)", options());
        static const RE2 anyCards(kCount + R"(\s*(?:卡|张|块)(?:\s*(?:gpu|显卡|计算卡))?)", options());
        const size_t from = h.begin >= 40 ? h.begin - 40 : 0;
        Match cm;
        static const RE2 nodeOfCards(R"(^[^\n|;；。,，]{0,12}?\bnodes?\s*\(\s*([0-9]{1,4})\s*(?:gpus?|cards?|卡)\s*\))", options());
        static const RE2 single(R"((?:\bsingle|\bone|\ba|单张|单块|一张|一块)\s*(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*)*$)", options());
        // "on 16 H100s", "with 8 A100": a bare number right before the card (not a version, not a size).
        static const RE2 bare(R"((?:^|[^0-9a-z.])([0-9]{1,4})\s+(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|tesla\s*)*$)", options());
        static const RE2 countWords(R"(\b(two|dual|three|four|five|six|eight)\s+(?:nvidia\s*|rtx\s*|geforce\s*|amd\s*|intel\s*)*$)", options());
        if (find(before, text.substr(from, h.begin - from), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(after, text.substr(h.end, std::min<size_t>(60, t.size() - h.end)), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(h.begin, h.end + cm.pos + cm.len));
        else if (find(nodeOfCards, text.substr(h.end, std::min<size_t>(60, t.size() - h.end)), &cm) && toNumber(cm.g[0]) >= 1) // "a single MI300X node (8 GPUs)"
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(h.begin, h.end + cm.pos + cm.len));
        else if (find(single, text.substr(from, h.begin - from), &cm))
            c.gpuCount = 1, c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(bare, text.substr(from, h.begin - from), &cm) && toNumber(cm.g[0]) >= 2 && toNumber(cm.g[0]) <= 1024)
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(countWords, text.substr(from, h.begin - from), &cm))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(from + cm.pos, h.end));
        else if (find(anyCards, text, &cm) && std::none_of(hits.begin(), hits.end(), [&](const AliasHit &other) {
                     // "RTX 4090 显卡 ... 4卡 NVIDIA A100": a count that belongs to another part.
                     return other.alias->partId != c.gpuId && other.begin >= cm.pos + cm.len && other.begin - (cm.pos + cm.len) <= 24;
                 }))
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", wordsOf(cm));
        // The part named first without a count, and counted where it is named again ("MI300X achieves
        // ... a single 8x MI300X node", "... node (8 GPUs)"): that count is the offer's.
        if (c.gpuCount <= 0)
            for (const AliasHit &again : hits) {
                if (&again == &h || again.alias->partId != c.gpuId)
                    continue;
                const size_t at = again.begin >= 40 ? again.begin - 40 : 0;
                const sv after = text.substr(again.end, std::min<size_t>(60, t.size() - again.end));
                if (find(before, text.substr(at, again.begin - at), &cm))
                    c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(at + cm.pos, again.end));
                else if (find(nodeOfCards, after, &cm) && toNumber(cm.g[0]) >= 1)
                    c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", words(again.begin, again.end + cm.pos + cm.len));
                if (c.gpuCount > 0)
                    break;
            }
        // "on RTX 5090 (32 GB)": the card named with one card's memory, and no count or machine word
        // anywhere, is one card.
        static const RE2 ownMemory(R"(^\s*\(\s*([0-9]+)\s*gb?\b)", options());
        static const RE2 severalWords(R"(卡|张|块|台|\bx\s*[0-9]|×|\bnodes?\b|servers?\b|cluster|集群|multi|多)", options());
        const GpuSpec *named = catalog.gpu(c.gpuId);
        if (Match own; c.gpuCount <= 0 && named && !named->unified && hits.size() == 1
                       && find(ownMemory, text.substr(h.end, std::min<size_t>(16, t.size() - h.end)), &own)
                       && std::abs(toNumber(own.g[0]) - (c.gpuMemoryGB > 0 ? c.gpuMemoryGB : named->memoryGB)) < 1 && !find(severalWords, text)) {
            c.gpuCount = 1;
            c.infer("gpu_count", {QT_TRANSLATE_NOOP("hw::Message", "one card: named once, with one card's memory (%1)"), {words(h.begin, h.end + own.pos + own.len) + ")"}});
        }
        // A card's spec sheet: named once, its memory stated as the VRAM ("VRAM 32 GB GDDR7", "显存：32GB"),
        // and no count or machine word anywhere: one card.
        static const RE2 vramKey(R"((?:\bvram|显存|\bgpu memory)\s*(?::|：|\|)?\s*([0-9]+)\s*gb\b)", options());
        if (Match own; c.gpuCount <= 0 && named && !named->unified && hits.size() == 1 && find(vramKey, text, &own)
                       && std::abs(toNumber(own.g[0]) - (c.gpuMemoryGB > 0 ? c.gpuMemoryGB : named->memoryGB)) < 1 && !find(severalWords, text)) {
            c.gpuCount = 1;
            c.infer("gpu_count", {QT_TRANSLATE_NOOP("hw::Message", "one card: named once, with one card's memory (%1)"), {wordsOf(own)}});
        }
        // A spec list's key and value: "GPUs: 8;", "| 显卡数量 | 8 |", "GPU: 8 x ...".
        static const RE2 keyCount(R"((?:\bgpus?|\bgpu\s*(?:count|数量)|显卡数量|显卡|gpu数|卡数|加速卡数量?)\s*(?:[:：=|])\s*([0-9]{1,4})(?:\s*(?:卡|张|块|pcs))?\s*(?:$|[;；,，|\n]|x\b|×))", options());
        if (c.gpuCount <= 0 && find(keyCount, text, &cm) && toNumber(cm.g[0]) >= 1)
            c.gpuCount = countFrom(cm.g[0]), c.read("gpu_count", wordsOf(cm));
        if (c.gpuCount <= 0) {
            c.gpuCount = 1;
            c.assume("gpu_count", {QT_TRANSLATE_NOOP("hw::Message", "assumed 1 card"), {}});
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
            c.assume("gpu", {QT_TRANSLATE_NOOP("hw::Message", "the first accelerator named, %1, is not in the catalog"), {c.gpuText}});
            c.gpuId.clear();
        }
    }
}

void readMachines(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Catalog &catalog = s.catalog;
    Match m;
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Machines: "2台", "两台", "双机", "2 servers", "4-node", "2 nodes × 8", "Four Mac Studios".
    {
        static const RE2 machines(kCount + R"(\s*(?:台|机(?:\s|$|[^器柜房架])|个?节点|nodes?\b|servers?\b|machines?\b|units?\b|(?:(?:x|×)\s*)?(?:m[1-9]\s*(?:pro|max|ultra)?\s*)?(?:mac studios?|mac minis?)|x\s*mac|×\s*mac))", options());
        static const RE2 machinesPre(R"((?:集群|cluster)\s*(?::|：)?\s*([0-9]+)\s*(?:台|nodes?))", options());
        static const RE2 clusterWords(R"(集群|cluster|节点|\bnodes?\b|双机|多机|多台|servers\b|machines\b|superpod|分布式)", options());
        int best = 0;
        std::string from;
        size_t bestBegin = 0, bestEnd = 0;
        // The digits of a part's name are no count: "8-GPU H100 servers" is not 100 servers, nor
        // "RTX 4090 servers" 4090.
        const auto gpuHits = aliasHits(s.aliases, "gpu", t, s.sq);
        const auto inPartName = [&](size_t at) {
            // (but "x2 servers" is a multiplier, not a name)
            const bool multiplier = at > 0 && t[at - 1] == 'x' && (at == 1 || !std::isalnum(static_cast<unsigned char>(t[at - 2])));
            if (at > 0 && std::isalpha(static_cast<unsigned char>(t[at - 1])) && !multiplier)
                return true;
            return std::any_of(gpuHits.begin(), gpuHits.end(), [&](const AliasHit &h) { return at >= h.begin && at < h.end; });
        };
        // A price is no count either: "$1,399 Mac Minis" are not 1,399 machines.
        const auto priced = [&](size_t at) {
            size_t b = at;
            while (b > 0 && t[b - 1] == ' ')
                --b;
            const sv head = text.substr(0, b);
            for (const sv sign : {sv("$"), sv("¥"), sv("￥"), sv("€"), sv("£"), sv("rmb"), sv("usd"), sv("cny")})
                if (head.size() >= sign.size() && head.substr(head.size() - sign.size()) == sign)
                    return true;
            return false;
        };
        forEach(machines, text, [&](const Match &x) {
            const int n = countFrom(x.g[0]);
            const size_t at = size_t(x.g[0].data() - text.data());
            if (n > best && n <= 4096 && !inPartName(at) && !priced(at))
            {
                best = n, from = wordsOf(x), bestBegin = x.pos, bestEnd = x.pos + x.len;
                while (bestEnd > x.pos && std::isdigit(static_cast<unsigned char>(t[bestEnd - 1]))) // "双机1|6卡": the machine word took a digit
                    --bestEnd;
            }
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
        // "16× Ascend 910B (2 nodes × 8 cards)", "16× H100 (2 nodes × 8, ...)": the count read first was the total.
        static const RE2 nodesByCards(R"(([0-9]+)\s*(?:nodes?|servers?|machines?|台|节点)\s*(?:x|×|\*)\s*([0-9]+)\s*(?:cards?|gpus?|npus?|卡|张|,|\)))", options());
        if (Match nc; best > 0 && find(nodesByCards, text, &nc) && countFrom(nc.g[0]) == best && countFrom(nc.g[1]) > 0
                      && c.gpuCount == best * countFrom(nc.g[1])) {
            c.gpuCount = countFrom(nc.g[1]);
            c.read("gpu_count", wordsOf(nc));
        }
        // "双机16卡": a card count right after the machine count, and no "8卡服务器" after it, is the total.
        static const RE2 totalCards(R"(^\s*(?:共|合计|总计)?\s*([0-9]+)\s*(?:卡|张)([^\n,，;；。]{0,24}))", options());
        static const RE2 perServer(R"(服务器|server|整机|机器|一体机|节点|node)", options());
        if (Match tc; best > 1 && bestEnd <= t.size() && find(totalCards, text.substr(bestEnd), &tc) && !find(perServer, tc.g[1])
                      && countFrom(tc.g[0]) == c.gpuCount && c.gpuCount % best == 0 && c.gpuCount > best) {
            c.gpuCount /= best;
            c.read("gpu_count", s.words(bestBegin, bestEnd + tc.pos + tc.len - tc.g[1].size()));
        }
        // "16 H100s across two nodes": the cards are all of the machines'.
        static const RE2 across(R"((?:^|[^0-9a-z.-]))" + kCount + R"((?:\s+\S+){0,3}?\s+(?:across|over|spread over|split over)\s+)" + kCount + R"(\s*(?:nodes?|servers?|machines?)\b)", options());
        if (Match ac; best > 1 && !c.isAssumed("gpu_count") && find(across, text, &ac) && countFrom(ac.g[0]) == c.gpuCount && countFrom(ac.g[1]) == best
                      && c.gpuCount % best == 0 && c.gpuCount > best) {
            c.gpuCount /= best;
            c.read("gpu_count", wordsOf(ac));
        }
        // "双机 H20 96GB（共 4 张 GPU）", "a total of 16 GPUs": the count said to be the total is all
        // of the machines' cards.
        if (const auto it = c.readFrom.find("gpu_count"); best > 1 && it != c.readFrom.end() && !c.isAssumed("gpu_count") && c.gpuCount % best == 0
                                                              && c.gpuCount > best) {
            static const RE2 totalBefore(R"((?:共|合计|总计|总共|一共|in total|a total of|total of|totall?y?)\s*$)", options());
            const size_t at = t.find(it->second);
            if (at != std::string::npos && find(totalBefore, text.substr(at >= 16 ? at - 16 : 0, std::min<size_t>(at, 16)))) {
                c.gpuCount /= best;
                c.infer("gpu_count", {QT_TRANSLATE_NOOP("hw::Message", "%1 in all over %2 machines"), {it->second, std::to_string(best)}});
            }
        }
        // Unified-memory machines counted as parts ("8× M4 Pro Mac Mini") are machines: that count
        // beats a smaller one of another machine named beside them ("1× Mac Studio").
        const bool machinesCountedAsParts = g && g->unified && c.gpuCount > std::max(1, best) && !c.isAssumed("gpu_count");
        if (best > 0 && !machinesCountedAsParts) {
            c.nodes = best;
            c.read("nodes", from);
            if (g && g->unified && c.gpuCount > 1 && c.gpuCount == best)
                c.gpuCount = 1;
        } else if (g && g->unified && c.gpuCount > 1) {
            c.nodes = c.gpuCount; // unified-memory machines: cards are machines
            c.gpuCount = 1;
            c.read("nodes", c.readFrom["gpu_count"]);
        } else if (find(clusterWords, text, &m) && clusterCountsItsGpus(m)) {
            c.infer("nodes", {QT_TRANSLATE_NOOP("hw::Message", "the cluster's GPUs as stated: %1 %2"), {wordsOf(m), c.readFrom["gpu_count"]}});
        } else if (find(clusterWords, text, &m)) {
            c.assume("nodes", {QT_TRANSLATE_NOOP("hw::Message", "assumed 1 server (\"%1\" names several, no count read)"), {wordsOf(m)}});
        } else if (!c.gpuId.empty()) {
            c.infer("nodes", {QT_TRANSLATE_NOOP("hw::Message", "one machine: the text names no other"), {}});
        }
        if (g && g->unified) {
            c.gpuCount = 1;
            c.infer("gpu_count", {QT_TRANSLATE_NOOP("hw::Message", "one chip per machine"), {}});
            c.assumed.erase("gpu_count");
        }
    }
}

void readCpus(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Squeezed &sq = s.sq;
    const Catalog &catalog = s.catalog;
    Match m;
    const auto words = [&](size_t b, size_t e) { return s.words(b, e); };
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
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
        // A family alias ("gold 6430" read as a sibling) never replaces the catalog's own part of the
        // same words: the catalog grew the part after the alias was written.
        const size_t exactAt = bestPos;
        for (const AliasHit &h : aliasHits(s.aliases, "cpu", t, sq))
            if (h.begin < bestPos && !(h.alias->approximate && exactAt != std::string::npos && h.end > exactAt)) {
                bestPos = h.begin;
                c.cpuId = h.alias->partId;
                c.read("cpu", words(h.begin, h.end));
                if (h.alias->approximate)
                    c.assume("cpu", {QT_TRANSLATE_NOOP("hw::Message", "CPU not in the catalog (%1): read as its family's %2, RAM bandwidth estimated"), {words(h.begin, h.end), c.cpuId}});
                break;
            }
        // Intel's desktop parts are often written without "Core" ("i9-10900X", "i7-13700K").
        static const RE2 cpuWords(R"((xeon|至强|epyc|霄龙|鲲鹏|kunpeng|ryzen|core i[3579]|\bi[3579]-[0-9]{4,5}|threadripper|线程撕裂者)[^\n,，;；]{0,24})", options());
        // A unified-memory machine's own processor ("Framework Desktop: AMD Ryzen AI Max+ 395") is part of
        // the machine read, not a CPU beside it whose RAM is unknown.
        const GpuSpec *machine = catalog.gpu(c.gpuId);
        const auto ownProcessor = [&](const Match &x) {
            if (!machine || !machine->unified)
                return false;
            // The words run on to a separator; the machine's name must hold them up to the model number.
            const std::string cpu = squeeze(std::string(text.substr(x.pos, x.len)));
            const size_t digit = cpu.find_first_of("0123456789");
            if (digit == std::string::npos)
                return false;
            const size_t end = std::min(cpu.size(), cpu.find_first_not_of("0123456789", digit));
            return squeeze(fold(machine->name)).find(cpu.substr(0, end)) != std::string::npos;
        };
        if (c.cpuId.empty() && find(cpuWords, text, &m)) {
            if (ownProcessor(m))
                c.infer("cpu", {QT_TRANSLATE_NOOP("hw::Message", "the unified-memory machine's own processor: %1"), {wordsOf(m)}});
            else
                c.cpuText = wordsOf(m), c.assume("cpu", {QT_TRANSLATE_NOOP("hw::Message", "CPU not in the catalog: %1 (RAM bandwidth unknown)"), {c.cpuText}});
        }
        static const RE2 sockets(R"(双路|dual[- ]socket|2\s*sockets|2路|(?:2|两|双)\s*(?:x|×|颗|\*)\s*(?:intel\s*|amd\s*)?(?:xeon|至强|epyc|cpu))", options());
        if (find(sockets, text, &m))
            c.sockets = 2, c.read("sockets", wordsOf(m));
        static const RE2 quadSockets(R"((?:4|四)\s*(?:x|×|颗|\*|路)\s*(?:intel\s*)?(?:xeon|至强|cpu))", options());
        if (find(quadSockets, text, &m))
            c.sockets = 4, c.read("sockets", wordsOf(m));
    }
}

} // namespace hw::claimtext
