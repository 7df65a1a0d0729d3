// Reading an offer's free text into a claim. Offers are e-commerce titles, marketing paragraphs, pasted
// spec tables and itemised quotes, in Chinese or English. Every pattern runs on RE2, whose matching is
// linear in the input (std::regex recursed per character and overflowed the stack on 50,000 digits).
// This file is the top-level extractor: the sections live in claimparts.cpp (names and sizes),
// claimpoints.cpp (speeds) and claimfigures.cpp (prices, facts, condition); claimscan.cpp parses
// numbers and units.

#include "model/claimre2.h"
#include "model/textformat.h"

#include <algorithm>

namespace hw {

using namespace claimtext;

namespace {

// A pasted table comparing the full model with a reduced one ("| 配置项 | 残血版要求 | 满血版要求 |"):
// the parts of the other columns are another build's, and reading them with the full model's claim
// accused the full build of the reduced one's hardware. Their cells are blanked (byte for byte, so
// every position stays) from the header down to the end of the table.
std::string fullColumnOnly(const std::string &in)
{
    std::string out = in;
    const auto has = [](sv cell, std::initializer_list<sv> words) {
        return std::any_of(words.begin(), words.end(), [&](sv w) { return cell.find(w) != sv::npos; });
    };
    std::vector<bool> blank; // per column of the current comparison table
    for (size_t b = 0; b < out.size();) {
        size_t e = out.find('\n', b);
        if (e == std::string::npos)
            e = out.size();
        const sv line = sv(out).substr(b, e - b);
        std::vector<std::pair<size_t, size_t>> cellAt; // [begin, end) of each cell, in `out`
        if (line.find('|') != sv::npos) {
            size_t at = line.find('|');
            while (at != sv::npos) {
                const size_t next = line.find('|', at + 1);
                if (next == sv::npos)
                    break;
                cellAt.emplace_back(b + at + 1, b + next);
                at = next;
            }
        }
        if (cellAt.size() < 3) {
            blank.clear();
        } else if (blank.empty()) {
            int full = -1, other = -1;
            for (size_t i = 1; i < cellAt.size(); ++i) {
                const sv cell = sv(out).substr(cellAt[i].first, cellAt[i].second - cellAt[i].first);
                if (has(cell, {"非满血", "残血", "蒸馏", "distill", "lite"}))
                    other = int(i);
                else if (has(cell, {"满血", "full"}))
                    full = int(i);
            }
            if (full > 0 && other > 0) {
                blank.assign(cellAt.size(), false);
                for (size_t i = 1; i < cellAt.size(); ++i)
                    blank[i] = int(i) != full;
            }
        }
        if (!blank.empty() && blank.size() == cellAt.size())
            for (size_t i = 0; i < cellAt.size(); ++i)
                if (blank[i])
                    std::fill(out.begin() + cellAt[i].first, out.begin() + cellAt[i].second, ' ');
        b = e + 1;
    }
    return out;
}

} // namespace

Claim extractClaim(const std::string &original, const Catalog &catalog)
{
    Claim c;
    c.text = original;
    if (original.size() > kMaxOfferBytes) {
        c.nothingRead = true;
        c.assume("text", {QT_TRANSLATE_NOOP("hw::Message", "longer than 1 MiB: not read"), {}});
        return c;
    }
    const std::string input = fullColumnOnly(original);
    const Scan s(catalog, input);
    const sv text = s.text();
    Match m;
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };

    // Negations and disclosures come first: "非满血", "not the full model" are not claims of it.
    static const RE2 denied(R"((非|不是|并非|不是\s*671b\s*)满血|not\s+(the\s+)?full(\s+model|\s+precision|-precision)?\b|not\s+a\s+full\b|贫血版|蒸馏版|\bdistill(ed)?\b|非\s*671b)", options());
    if (find(denied, text, &m)) {
        c.fullDenied = true;
        c.read("full_denied", wordsOf(m));
    }
    static const RE2 full(R"(满血|full[- ]strength|full version|\bfull\b)", options());
    // "full precision", "the full weights": how, not which model.
    // "full FP16 precision", "full bf16": a precision named after "full" is how too.
    static const RE2 fullPrecision(R"(^[- ]?(?:(?:fp|bf)(?:32|16|8)\b\s*|int8\b\s*)?(?:precision|weights?\b|parameters?\b|精度)|^\s*(?:fp|bf)(?:32|16|8)\b)", options());
    if (!c.fullDenied)
        forEach(full, text, [&](const Match &x) {
            if (c.fullModel || find(fullPrecision, text.substr(x.pos + x.len, std::min<size_t>(24, text.size() - x.pos - x.len))))
                return;
            c.fullModel = true;
            c.read("full", wordsOf(x));
        });
    readModel(s, c);

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

    // The prompt a first-token latency was measured with: "10K-token prompt", "on 1K prompt", "prompt of
    // 2048 tokens", "输入长度 512 tokens", "处理 10K 长度文本".
    // The figure carries "k" or "token" and stays on its line: "RTX 3080\nPrompt evaluation" is no prompt length.
    static const RE2 prompt1(R"(([0-9]+(?:\.[0-9]+)?)[ ]*(?:(k)[- ]?(?:tokens?[- ]?)?|[- ]?tokens?[- ]?)(?:long[ ]+)?prompts?\b)", options());
    static const RE2 prompt2(R"((?:prompt|input|输入|处理)[ ]*(?:长度|length|of|为|:|：)?[ ]*~?([0-9]+(?:\.[0-9]+)?)[ ]*(k)?[ ]*(?:tokens?\b|长度|个[ ]*token))", options());
    if (find(prompt1, text, &m) || find(prompt2, text, &m)) {
        c.promptTokens = toNumber(m.g[0]) * (m.g[1].empty() ? 1.0 : 1000.0);
        c.read("prompt_tokens", wordsOf(m));
    }
    static const RE2 prefixCache(R"(prefix[- ]cach|前缀缓存|cache hit|缓存命中|radixattention)", options());
    c.prefixCached = find(prefixCache, text);

    readQuantAndRuntime(s, c);
    readGpus(s, c);
    readMachines(s, c);
    readCpus(s, c);
    readMemory(s, c);
    readPoints(s, c);
    readPrices(s, c);
    readFacts(s, c);
    readConditionAndWarranty(s, c);

    // Weights run from RAM on the CPU, as stated: llama.cpp's expert flags ("--n-cpu-moe 36",
    // "--cpu-moe", "-ot exps=CPU", "--override-tensor ...exps...=CPU"), the words ("MoE offload", "expert
    // offload", "offload ... to the CPU", "专家卸载到 CPU") or KTransformers, which runs so.
    static const RE2 offloadWords(R"(--n-cpu-moe\b|--cpu-moe\b|(?:-ot|--override-tensor)\s+\S*exps\S*=\s*cpu\b|\bmoe\s+(?:expert\s+)?offload|\bexperts?\s+(?:layer\s+)?offload|\boffload(?:s|ed|ing)?\s+(?:the\s+)?(?:moe\s+|expert\s+|routed\s+)?(?:experts?|layers?|weights?)\s+(?:to|onto|on)\s+(?:the\s+)?(?:cpu|ram|system\s+ram)\b|专家[^\n，。]{0,6}?(?:卸载|offload)|\bktransformers\b)", options());
    if (find(offloadWords, text, &m)) {
        c.offloadStated = true;
        c.read("offload", wordsOf(m));
    }

    // What the checks will need and the text did not say.
    if (c.quantId.empty() && !c.modelId.empty()) {
        if (c.fullModel)
            c.infer("quant", {QT_TRANSLATE_NOOP("hw::Message", "\"full\" means the release's precision: %1"), {c.readFrom["full"]}});
        else
            c.assume("quant", {QT_TRANSLATE_NOOP("hw::Message", "precision not stated: assumed the release's native precision"), {}});
    }
    const GpuSpec *machine = catalog.gpu(c.gpuId);
    if (c.ramGB == 0 && machine && machine->unified && c.cpuId.empty() && c.cpuText.empty()) {
        // A unified-memory machine has no RAM beside its memory pool: nothing is left unstated.
        c.infer("ram_gb", {QT_TRANSLATE_NOOP("hw::Message", "none beside the unified memory: the machine's memory is the GPU's"), {}});
    } else if (c.ramGB == 0 && c.ramUsedGB) {
        c.offloadStated = true; // weights held in RAM: the RAM is at least what was used, its size unknown
        c.assume("ram_gb", {QT_TRANSLATE_NOOP("hw::Message", "no RAM size read: at least the %1 GB used (%2), its size unknown"),
                            {num(*c.ramUsedGB, 1), c.readFrom["ram_used"]}});
    } else if (c.ramGB == 0 && c.offloadStated) {
        c.assume("ram_gb", {QT_TRANSLATE_NOOP("hw::Message", "no RAM size read, though the text runs weights on the CPU (%1): RAM unknown"), {c.readFrom["offload"]}});
    } else if (c.ramGB == 0) {
        const RuntimeSpec *rt = catalog.runtime(c.runtimeId);
        static const RE2 offload(R"(offload|卸载|内存|\bram\b|dram|\bcpu\b|xeon|至强|epyc|ryzen|core i[3579]|mmap)", options());
        if ((rt && (rt->expertOffload || rt->layerOffload)) || !c.cpuId.empty() || !c.cpuText.empty() || find(offload, text))
            c.assume("ram_gb", {QT_TRANSLATE_NOOP("hw::Message", "no RAM size read: assumed none"), {}});
        else if (!c.gpuId.empty())
            c.infer("ram_gb", {QT_TRANSLATE_NOOP("hw::Message", "none stated: the GPUs are offered to hold the model"), {}});
    }
    if (c.runtimeId.empty())
        c.infer("runtime", {QT_TRANSLATE_NOOP("hw::Message", "not named: the catalog's best runtime for the build"), {}});

    c.nothingRead = c.modelId.empty() && c.gpuId.empty() && c.cpuId.empty() && c.points.empty() && !c.price && !c.paramsB && !c.fullModel
        && !c.mentionsBf8 && c.facts.empty() && c.ramGB == 0 && c.gpuText.empty();
    return c;
}

} // namespace hw
