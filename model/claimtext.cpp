// Reading an offer's free text into a claim. Offers are e-commerce titles, marketing paragraphs, pasted
// spec tables and itemised quotes, in Chinese or English. Every pattern runs on RE2, whose matching is
// linear in the input (std::regex recursed per character and overflowed the stack on 50,000 digits).
// This file is the top-level extractor: the sections live in claimparts.cpp (names and sizes),
// claimpoints.cpp (speeds) and claimfigures.cpp (prices, facts, condition); claimscan.cpp parses
// numbers and units.

#include "model/claimre2.h"

namespace hw {

using namespace claimtext;

Claim extractClaim(const std::string &input, const Catalog &catalog)
{
    Claim c;
    c.text = input;
    if (input.size() > kMaxOfferBytes) {
        c.nothingRead = true;
        c.assume("text", {QT_TRANSLATE_NOOP("hw::Message", "longer than 1 MiB: not read"), {}});
        return c;
    }
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

    readQuantAndRuntime(s, c);
    readGpus(s, c);
    readMachines(s, c);
    readCpus(s, c);
    readMemory(s, c);
    readPoints(s, c);
    readPrices(s, c);
    readFacts(s, c);
    readConditionAndWarranty(s, c);

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
