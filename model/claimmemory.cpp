// CPUs and memory sizes: the machine's RAM as offers state it (DIMM by DIMM, "1TB DDR5", "382GB DRAM"),
// the GPUs' total memory and the model's stated size, and a CPU the catalog cannot name read by its
// family and its stated DIMMs.

#include "model/claimre2.h"

#include <algorithm>
#include <cctype>

namespace hw::claimtext {

// A CPU the catalog cannot name ("单路 EPYC") with its memory stated DIMM by DIMM ("12 × 64GB
// DDR5-5600", one per channel): read as the catalog's part of that family with as many DDR5 or DDR4
// channels, at the stated speed. The RAM bandwidth is then the offer's own; the cores are the part's.
static void cpuByItsMemory(const Scan &s, Claim &c, int dimmCount, size_t at)
{
    if (!c.cpuId.empty() || c.cpuText.empty() || dimmCount < 2)
        return;
    static const RE2 speed(R"(^[^\n]{0,24}?(ddr[45])\s*[- ]?\s*([0-9]{4})(?:mhz|mt/s)?\b)", options());
    Match sm;
    if (!find(speed, s.text().substr(at, std::min<size_t>(48, s.t.size() - at)), &sm))
        return;
    const MemoryType type = sm.g[0] == "ddr5" ? MemoryType::Ddr5 : MemoryType::Ddr4;
    const int perSocket = dimmCount / std::max(1, c.sockets);
    const CpuSpec *family = nullptr;
    std::string familyName = squeeze(c.cpuText);
    for (const CpuSpec &cpu : s.catalog.cpus) {
        std::string name = squeeze(cpu.name);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
        bool sameFamily = false;
        for (const char *word : {"epyc", "xeon", "threadripper", "ryzen"})
            sameFamily = sameFamily || (familyName.find(word) != std::string::npos && name.find(word) != std::string::npos);
        if (sameFamily && cpu.memoryType == type && cpu.memoryChannels == perSocket && (!family || cpu.cores > family->cores)) // the strongest: in the offer's favour
            family = &cpu;
    }
    if (!family)
        return;
    c.cpuId = family->id;
    c.ramChannels = dimmCount;
    c.ramMTs = int(toNumber(sm.g[1]));
    c.infer("cpu", {QT_TRANSLATE_NOOP("hw::Message", "%1 with %2 DIMMs of %3-%4 as stated: read as %5's %6 channels at the stated speed"),
                    {c.cpuText, std::to_string(dimmCount), std::string(sm.g[0]), std::string(sm.g[1]), family->name, std::to_string(perSocket)}});
    c.cpuText.clear();
}

void readMemory(const Scan &s, Claim &c)
{
    const std::string &t = s.t;
    const sv text = s.text();
    const Catalog &catalog = s.catalog;
    Match m;
    const auto wordsOf = [&](const Match &x) { return s.wordsOf(x); };
    // Memory: "512GB 内存", "1TB DDR5", "24 条 48G DDR5", "DDR5 64GB × 12", "382GB DRAM" ("VRAM 32 GB" is
    // the GPU's, not RAM).
    {
        // "768 GB of Intel Optane Persistent Memory": DIMMs the CPU addresses as memory, slower than DRAM.
        static const RE2 ram(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|t|gib|gb|g)\s*(?:ddr[45]x?[- ]?(?:[0-9]{4}(?:mhz)?)?\s*|lpddr5x?\s*)?(?:内存|(?:system\s+)?ram\b|memory\b|dram\b|(?:of\s+)?(?:intel\s+)?optane(?:\s+(?:dc\s+)?persistent\s+memory|\s+pmem)?\b|persistent\s+memory\b|pmem\b))", options());
        // "CPU mem: 502Gi" (free -h prints GiB as "Gi").
        static const RE2 ram2(R"((?:内存|system\s+memory|\bram|\bdram|\bcpu\s*mem(?:ory)?\b)\s*(?:容量)?\s*(?:为|:|：)?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|t|gib|gi|gb|g)\b)", options());
        static const RE2 ramDdr(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb|g)\s*ddr[45])", options()); // "512G DDR5"
        // "6 * 64GB @ 3200 DDR4": the speed may sit between the size and the type.
        static const RE2 dimms(R"(([0-9]+)\s*(?:条|根|x|×|\*)\s*([0-9]+)\s*(?:gb|g)\s*(?:@\s*[0-9]{4}\s*(?:mhz|mt/s)?\s*)?ddr[45])", options());
        // "16 x 64GB Hynix PC4-25600 3200MHz Dual Rank DDR4 RDIMM": a vendor, a module name and a speed
        // between the size and the type, on one line, ending in a DIMM word.
        static const RE2 dimmsNamed(R"(([0-9]+)\s*(?:x|×|\*)\s*([0-9]+)\s*gb\s+(?:[a-z0-9.-]+\s+){0,6}?ddr[45]\s*(?:[0-9]{4}\s*)?(?:ecc\s*)?(?:lr|r|ud)?dimm\b)", options());
        static const RE2 dimms2(R"(ddr[45][^\n]{0,16}?([0-9]+)\s*(?:gb|g)\s*(?:x|×|\*)\s*([0-9]+))", options());
        // A spec table's row: "| 内存 | 1TB |", "| RAM | 768 GB |" (GPU memory rows are not this key).
        static const RE2 ramRow(R"((?:^|\n)\s*\|?\s*(?:系统内存|内存|\bram\b|system\s+ram|system\s+memory|\bdram\b)\s*(?:容量)?\s*\|\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|t|gb|g)\b)", options());
        static const RE2 dimms3(R"(\(([0-9]+)\s*(?:x|×)\s*([0-9]+)\s*gb\))", options());
        // "64G 4800MHz DDR5 ×12", "64GB DDR5-4800 x 12": the DIMM first, its count after.
        static const RE2 dimmsAfter(R"(([0-9]+)\s*(?:gb|g)\s*(?:[0-9]{4}\s*(?:mhz|mt/s)\s*)?ddr[45]\s*(?:[- ]?[0-9]{4}\s*(?:mhz|mt/s)?\s*)?(?:x|×|\*)\s*([0-9]+)\b)", options());
        const auto gb = [](sv n, sv unit) {
            return toNumber(n) * (unit.size() && unit[0] == 't' ? 1000.0 : unit.size() >= 2 && unit[1] == 'i' ? 1.073741824 : 1.0);
        };
        size_t ramAt = std::string::npos;
        const auto readRam = [&](const Match &x) { ramAt = x.pos, c.read("ram_gb", wordsOf(x)); };
        if (find(dimms, text, &m)) {
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), readRam(m);
            cpuByItsMemory(s, c, countFrom(m.g[0]), m.pos);
        }
        else if (find(dimmsNamed, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), readRam(m);
        else if (find(dimms2, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), readRam(m);
        else if (find(dimmsAfter, text, &m)) {
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), readRam(m);
            cpuByItsMemory(s, c, countFrom(m.g[1]), m.pos);
        }
        else if (find(ram, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), readRam(m);
        else if (find(ram2, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), readRam(m);
        else if (find(ramDdr, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), readRam(m);
        else if (find(dimms3, text, &m))
            c.ramGB = toNumber(m.g[0]) * toNumber(m.g[1]), readRam(m);
        else if (find(ramRow, text, &m))
            c.ramGB = gb(m.g[0], m.g[1]), readRam(m);
        // "RAM used 18.5 GB", "内存占用 20GB": what the run held in RAM, a lower bound on its size. On a
        // unified-memory machine "内存占用" is the pool's use, the GPU's: not this.
        static const RE2 ramUsed(R"((?:\bsystem\s+ram|\bram|\bdram|\bsystem\s+memory|内存)\s*(?:used|usage|占用|使用量?)\s*(?:为|:|：|约|of|=)?\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:(?:-|–|~)\s*[0-9]+(?:\.[0-9]+)?\s*)?(gib|gb|g)\b)", options());
        if (const GpuSpec *g = catalog.gpu(c.gpuId); !(g && g->unified) && find(ramUsed, text, &m) && toNumber(m.g[0]) > 0) {
            c.ramUsedGB = gb(m.g[0], m.g[1]);
            c.read("ram_used", wordsOf(m));
        }
        // "Xeon6 + MRDIMM-8800", "MCR DIMMs": multiplexed-rank DIMMs, which run a Xeon 6's channels faster
        // than its RDIMMs (ARK "Max Memory Speed": DDR5 6400, MRDIMM 8800). A Xeon named by its family
        // only is read as the catalog's strongest Xeon that takes them: in the offer's favour.
        static const RE2 mrdimm(R"((?:\bmrdimms?|\bmcr[- ]?dimms?)(?:\s*[- ]?\s*([0-9]{4})(?:\s*mt/s)?)?)", options());
        if (find(mrdimm, text, &m)) {
            c.mrdimm = true;
            c.read("memory_type", wordsOf(m));
            if (c.cpuId.empty() && squeeze(c.cpuText).find("xeon") != std::string::npos) {
                const CpuSpec *best = nullptr;
                for (const CpuSpec &cpu : catalog.cpus)
                    if (cpu.mrdimmMTs > 0 && squeeze(fold(cpu.name)).find("xeon") != std::string::npos && (!best || cpu.cores > best->cores))
                        best = &cpu;
                if (best) {
                    c.infer("cpu", {QT_TRANSLATE_NOOP("hw::Message", "%1 with MRDIMMs: read as the catalog's strongest Xeon that takes them, %2"),
                                    {c.cpuText, best->name}});
                    c.cpuId = best->id;
                    c.cpuText.clear();
                }
            }
        }
        // "128GB DDR4 3200MHz ECC（8 通道）": channels stated instead of DIMMs, for a CPU the catalog lacks.
        static const RE2 channels(R"(([0-9]+)\s*(?:通道|-?\s*channels?\b))", options());
        if (c.ramGB > 0 && c.cpuId.empty() && !c.cpuText.empty()) {
            if (ramAt != std::string::npos) {
                const auto [b, e] = clauseAround(t, ramAt);
                Match ch;
                if (find(channels, text.substr(b, e - b), &ch))
                    cpuByItsMemory(s, c, countFrom(ch.g[0]) * std::max(1, c.sockets), ramAt);
            }
        }
        static const RE2 total(R"((?:共|总|合计|total|总显存)\s*(?:显存)?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|gb|g)\s*(?:显存|vram|gpu memory|hbm[0-9e]*)?)", options());
        static const RE2 total2(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*(?:total\s*)?(?:显存|vram|hbm[0-9e]*)(?:\s*(?:池|total))?)", options());
        // "the cluster's ~2 TB of unified memory": a total, by the words before it.
        static const RE2 total3(R"((?:cluster'?s?|集群|combined|pooled?|in all)\s*(?:of\s*)?~?\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*(?:of\s*)?(?:unified\s*)?(?:memory|内存|显存))", options());
        // A stated requirement ("you need at least 42 GB of VRAM", "至少需要 48GB 显存") is not the
        // hardware offered; an approximate figure ("~42 GB", "约 80GB") is checked at its precision.
        static const RE2 required(R"((?:\bneed|\brequire|\bat least\b|\bminimum\b|\bmin\.|\brecommended\b|至少|需要|要求|最低|建议))", options());
        static const RE2 approximate(R"((?:~|≈|\babout\b|\baround\b|\broughly\b|\bapprox|\bnearly\b|\bup to\b|约|大约|左右|近))", options());
        if (!c.gpuId.empty())
            for (const RE2 *re : {&total, &total2, &total3}) {
                bool taken = false;
                forEach(*re, text, [&](const Match &x) {
                    if (taken)
                        return;
                    const size_t clause = clauseAround(t, x.pos).first;
                    if (find(required, text.substr(clause, x.pos - clause)))
                        return;
                    taken = true;
                    c.claimedMemoryGB = gb(x.g[0], x.g[1]), c.read("memory_gb", wordsOf(x));
                    const size_t near = x.pos >= 12 ? x.pos - 12 : 0;
                    c.claimedMemoryApproximate = find(approximate, text.substr(near, x.pos + x.len - near));
                });
                if (taken)
                    break;
            }
        // "192GB unified", "up to 256GB of unified VRAM", "128GB 统一内存", "the 512GB config": the
        // machine's memory pool.
        // On a Mac or another unified-memory machine "128GB内存", "64GB RAM" are that pool too.
        static const RE2 unifiedMem(R"(([0-9]+)\s*gb\s*(?:each|(?:of\s+)?unified|统一内存|lpddr5x?\b|config(?:uration)?\b|配置|版本?|内存|memory\b|ram\b))", options());
        if (const GpuSpec *g = catalog.gpu(c.gpuId); g && g->unified && c.gpuMemoryGB == 0 && find(unifiedMem, text, &m)) {
            c.gpuMemoryGB = toNumber(m.g[0]);
            c.read("gpu_memory", wordsOf(m));
            c.assumed.erase("gpu_memory");
        }
        static const RE2 modelSize(R"((?:模型|model|weights?|权重)\s*(?:体积|大小|size)?\s*(?:约|is|:|：)?\s*~?([0-9]+(?:\.[0-9]+)?)\s*(tb|gb))", options());
        static const RE2 modelSize2(R"(([0-9]+(?:\.[0-9]+)?)\s*(tb|gb)\s*(?:at|@)\s*([0-9]+)[- ]?bit)", options());
        // "模型权重压缩至原大小的 1/4（17.5GB → 4.375GB）": the size after the arrow is the one claimed.
        static const RE2 modelSizeArrow(R"((?:模型|model|weights?|权重)[^\n]{0,40}?[0-9]+(?:\.[0-9]+)?\s*(?:tb|gb)\s*(?:→|->|=>|⇒|到|至|降至|降到|减至|减少到)\s*([0-9]+(?:\.[0-9]+)?)\s*(tb|gb))", options());
        // "将模型压缩至约22GB": the size the weights were compressed to.
        static const RE2 modelSizeTo(R"((?:模型|权重)[^\n,，。;；]{0,12}?(?:压缩|降|缩减|减少)(?:至|到)\s*(?:约|大约)?\s*~?([0-9]+(?:\.[0-9]+)?)\s*(tb|gb))", options());
        // A size written beside the quant the offer names, as the quant's own ("| Q2_K | 52.1 GB |",
        // "(Q4_K_M, 59.8 GB)", "Q4_K_M: 404 GB"): the quant stands alone in its cell or parenthesis, so
        // a tool's row naming the model and its type ("| deepseek2 671B Q8_0 | 307.20 GiB |") is not it.
        std::optional<double> quantSize;
        std::string quantSizeWords;
        if (!c.quantId.empty() && !c.isAssumed("quant"))
            for (const AliasHit &h : aliasHits(s.aliases, "quant", t, s.sq)) {
                if (h.alias->partId != c.quantId)
                    continue;
                static const RE2 opens(R"((?:^|\n|\||\()\s*$)", options());
                static const RE2 sizeAfter(R"(^\s*(?:\((?:recommended|推荐|默认|default)\))?\s*(?:\||,|:|：|=)\s*~?\s*([0-9]+(?:\.[0-9]+)?)\s*(gib|gb|tb)\b)", options());
                const size_t from = h.begin >= 8 ? h.begin - 8 : 0;
                Match sm;
                // A row naming a model's own size ("| deepseek-r1:7b | Q4_K_M | 4.7 GB |") is that model's file.
                static const RE2 paramsToken(R"(\b[0-9]+(?:\.[0-9]+)?\s*b\b)", options());
                const size_t lineStart = t.rfind('\n', h.begin) == std::string::npos ? 0 : t.rfind('\n', h.begin) + 1;
                const size_t lineEnd = std::min(t.size(), t.find('\n', h.end));
                if (find(paramsToken, text.substr(lineStart, lineEnd - lineStart)))
                    continue;
                if (find(opens, text.substr(from, h.begin - from)) && find(sizeAfter, text.substr(h.end, std::min<size_t>(40, t.size() - h.end)), &sm)) {
                    quantSize = toNumber(sm.g[0]) * (sm.g[1] == "gib" ? 1.073741824 : sm.g[1] == "tb" ? 1000.0 : 1.0);
                    quantSizeWords = s.words(h.begin, h.end + sm.pos + sm.len);
                    break;
                }
            }
        // "A100 80GB 可加载 175B 参数模型", "80 GB can hold a 175B model": a capacity, not a build.
        // "32GB VRAM is enough for 70B-class models at Q8": the precision stated with it, when there is one.
        static const RE2 capacity(R"(([0-9]+(?:\.[0-9]+)?)\s*(gb|tb)\s*(显存|vram|of\s+vram|memory)?\s*(?:可以|可|能够|能|即可)?\s*(?:加载|运行|装下|容纳|跑|足以运行|足够运行|can\s+(?:load|run|fit|hold)|loads|runs|fits|holds|is\s+enough\s+for|is\s+sufficient\s+for)\s*(?:a\s+|an\s+)?([0-9]+(?:\.[0-9]+)?)\s*b\b(?:[^\n.;,，。]{0,24}?\b(?:at|in)\s+(q[2-8]|int[48]|fp8|fp16|bf16|[2-8][- ]?bit)\b)?)", options());
        if (find(capacity, text, &m)) {
            c.capacityMemoryGB = gb(m.g[0], m.g[1]);
            c.capacityParamsB = toNumber(m.g[3]);
            c.capacityIsVram = m.g[2] == "显存" || m.g[2].find("vram") != sv::npos;
            if (const sv bits = m.g[4]; !bits.empty()) {
                const size_t d = bits.find_first_of("0123456789");
                c.capacityBits = toNumber(bits.substr(d, bits.find_first_not_of("0123456789", d) - d));
            }
            c.read("capacity", wordsOf(m));
        }
        // A tool's own report of the weights' file: llama-bench's row ("| deepseek2 671B Q8_0 | 307.20 GiB
        // | 672.05 B |": the size column before the params column), llama.cpp's load log ("file size =
        // 307.20 GiB", "model size = 307.20 GiB"). Taken only when every such figure in the text agrees:
        // a table of several files names no one size.
        {
            static const RE2 benchRow(R"(\|[^|\n]*\|\s*([0-9]+(?:\.[0-9]+)?)\s*(gib|gb|mib)\s*\|\s*[0-9]+(?:\.[0-9]+)?\s*b\s*\|)", options());
            static const RE2 loadLog(R"((?:file|model)\s+size\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*(gib|gb|mib)\b)", options());
            std::optional<double> size;
            std::string sizeWords;
            bool agree = true;
            for (const RE2 *re : {&benchRow, &loadLog})
                forEach(*re, text, [&](const Match &x) {
                    const double v = toNumber(x.g[0]) * (x.g[1] == "gib" ? 1.073741824 : x.g[1] == "mib" ? 1.048576e-3 : 1.0);
                    if (!size)
                        size = v, sizeWords = s.words(x.pos, x.pos + x.len);
                    else if (std::abs(*size - v) > 0.01 * *size)
                        agree = false;
                });
            if (size && agree && *size > 0.1) {
                c.fileGB = *size;
                c.read("file_gb", sizeWords);
            }
        }
        if (find(modelSizeArrow, text, &m) || find(modelSizeTo, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        } else if (find(modelSize2, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        } else if (find(modelSize, text, &m)) {
            c.claimedModelMemoryGB = gb(m.g[0], m.g[1]);
            c.read("model_memory_gb", wordsOf(m));
        } else if (quantSize) {
            c.claimedModelMemoryGB = quantSize;
            c.read("model_memory_gb", quantSizeWords);
        }
    }
}

} // namespace hw::claimtext
