// A model the catalog does not hold, weighed by the size its name states ("Qwen3.6 27B" at Q6_K on a
// Strix Halo): the weights at the offer's quant against the memory offered, and each stated speed
// against the bandwidth ceiling. Nothing here is calibrated: only bytes and bandwidth, so a speed is
// judged against the physical ceiling and never called optimistic.

#include "model/claims.h"

#include "model/hardware.h"
#include "model/textformat.h"

#include <algorithm>

namespace hw {

namespace {

// The memory a CPU-only build reads from: every socket's peak DRAM bandwidth (at the offer's DIMMs
// when it states them), the most in its favour.
double cpuPeakGBs(const CpuSpec &cpu, const Claim &c)
{
    return cpuSocketPeakGBs(cpu, c.ramMTs) * std::max(1, c.sockets);
}

} // namespace

std::vector<Finding> weighNamedModel(const Claim &c, const Catalog &catalog)
{
    std::vector<Finding> out;
    const GpuSpec *gpu = catalog.gpu(c.gpuId);
    const CpuSpec *cpu = gpu ? nullptr : catalog.cpu(c.cpuId);
    const QuantSpec *quant = catalog.quant(c.quantId);
    if (!c.modelId.empty() || !c.namedParamsB || !quant || (!gpu && !(cpu && c.ramGB > 0)) || (gpu && gpu->bandwidthGBs <= 0))
        return out;
    const int devices = gpu ? std::max(1, c.gpuCount) * std::max(1, c.nodes) : 1;
    const double deviceGB = gpu ? (c.gpuMemoryGB > 0 ? c.gpuMemoryGB : gpu->memoryGB) : 0.0;
    const double gpuGB = deviceGB * devices;
    // A CPU-only build holds the weights in RAM and streams them from it.
    const double memoryGB = gpu ? gpuGB : c.ramGB;
    const double bandwidth = gpu ? gpu->bandwidthGBs * devices : cpuPeakGBs(*cpu, c);
    if (bandwidth <= 0)
        return out;
    // Billions of parameters x bits / 8 = GB (10^9 bytes).
    const double weightsGB = *c.namedParamsB * quant->bitsPerWeight / 8.0;
    std::vector<std::string> sized{"named_params", "quant", "gpu", "gpu_count", "gpu_memory", "nodes"};
    if (!gpu)
        sized = {"named_params", "quant", "cpu", "sockets", "ram_gb"};
    const Message what{QT_TRANSLATE_NOOP("hw::Message", "%1B parameters at %2 (a model the catalog does not hold)"),
                       {num(*c.namedParamsB, 1), quant->name}};
    if (weightsGB > memoryGB + (gpu ? c.ramGB : 0.0)) {
        std::vector<std::string> inputs = sized;
        inputs.push_back("ram_gb");
        out.push_back({"named-model-does-not-fit", Severity::Impossible, what,
                       {{QT_TRANSLATE_NOOP("hw::Message", "At %1 bits per weight the weights alone are %2 GB; the offered hardware holds %3 GB."),
                         {num(quant->bitsPerWeight, 2), num(weightsGB, 1), num(memoryGB + (gpu ? c.ramGB : 0.0), 0)}}},
                       QT_TRANSLATE_NOOP("hw::Message", "Every weight must be held somewhere: parameters x bits per weight / 8 bytes."),
                       QT_TRANSLATE_NOOP("hw::Message", "Which model, precision and offload make it fit?"), inputs});
        return out;
    }
    if (weightsGB > memoryGB)
        return out; // partly in RAM: its speed depends on the offload, which nothing here weighs
    out.push_back({"named-model-fits", Severity::Ok, what,
                   {{QT_TRANSLATE_NOOP("hw::Message", "At %1 bits per weight the weights are %2 GB of the %3 GB offered."),
                     {num(quant->bitsPerWeight, 2), num(weightsGB, 1), num(memoryGB, 0)}}},
                   QT_TRANSLATE_NOOP("hw::Message", "Every weight must be held somewhere: parameters x bits per weight / 8 bytes."), "", sized});
    // Each decode step reads the active weights at least once, from every device at once at best; a
    // user gets at most one token per step, whatever the batch. A table row with its own quant
    // ("| Phi-4 14B | Q8_0 | 14.51 GiB | 19.19 |") is weighed at that quant.
    std::vector<std::string> speedInputs = sized;
    speedInputs.insert(speedInputs.end(), {"named_active", "points"});
    for (const PerformancePoint &p : c.points) {
        std::optional<double> perUser = p.perUserTps;
        if (!perUser && p.aggregateTps && p.users && !p.aggregateIncludesInput)
            perUser = *p.aggregateTps / *p.users;
        const QuantSpec *rowQuant = p.quantId.empty() ? quant : catalog.quant(p.quantId);
        if (!perUser || !rowQuant)
            continue;
        const double activeGB = c.namedActiveB.value_or(*c.namedParamsB) * rowQuant->bitsPerWeight / 8.0;
        const double ceiling = bandwidth / activeGB;
        const Message claim{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user"), {num(*perUser, 1)}};
        const Message computed{QT_TRANSLATE_NOOP("hw::Message", "Reading %1 GB of active weights per token at %2 GB/s gives at most %3 tok/s per user."),
                               {num(activeGB, 1), num(bandwidth, 0), num(ceiling, 1)}};
        const char *rule = QT_TRANSLATE_NOOP("hw::Message", "Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token.");
        if (*perUser > ceiling * 1.02)
            out.push_back({"named-speed-above-ceiling", Severity::Impossible, claim, {computed}, rule,
                           QT_TRANSLATE_NOOP("hw::Message", "How was the speed measured (model, quant, prompt, users)?"), speedInputs});
        else
            out.push_back({"named-speed-within-ceiling", Severity::Ok, claim, {computed}, rule, "", speedInputs});
    }
    return out;
}

std::vector<Finding> weighCapacityClaim(const Claim &c, const Catalog &catalog)
{
    std::vector<Finding> out;
    if (!c.capacityMemoryGB || !c.capacityParamsB || *c.capacityMemoryGB <= 0 || *c.capacityParamsB <= 0 || catalog.quants.empty())
        return out;
    double fewestBits = 16;
    std::string fewest = "bf16";
    for (const QuantSpec &q : catalog.quants)
        if (q.bitsPerWeight > 0 && q.bitsPerWeight < fewestBits)
            fewestBits = q.bitsPerWeight, fewest = q.name;
    // Billions of parameters x bits / 8 = GB.
    const double leastGB = *c.capacityParamsB * fewestBits / 8.0, fp16GB = *c.capacityParamsB * 2.0;
    const Message what{QT_TRANSLATE_NOOP("hw::Message", "%1 GB holds a %2B-parameter model"), {num(*c.capacityMemoryGB, 0), num(*c.capacityParamsB, 0)}};
    const Message computed{QT_TRANSLATE_NOOP("hw::Message", "%1B parameters are %2 GB at 16 bits and %3 GB at %4 (%5 bits per weight, the fewest the catalog holds)."),
                           {num(*c.capacityParamsB, 0), num(fp16GB, 0), num(leastGB, 0), fewest, num(fewestBits, 2)}};
    const char *rule = QT_TRANSLATE_NOOP("hw::Message", "Every weight must be held somewhere: parameters x bits per weight / 8 bytes.");
    // The RAM beside the GPU holds weights too (KTransformers runs 671B on one 24 GB card): only with
    // the RAM known is a shortfall at the fewest bits an impossibility.
    // At the precision the offer states ("enough for 70B at Q8"), and on the GPUs' memory alone when it
    // says VRAM: every input of that sum is read.
    if (c.capacityBits) {
        const double statedGB = *c.capacityParamsB * *c.capacityBits / 8.0;
        const Message atStated{QT_TRANSLATE_NOOP("hw::Message", "%1B parameters at %2 bits are %3 GB."),
                               {num(*c.capacityParamsB, 0), num(*c.capacityBits, 0), num(statedGB, 0)}};
        if (statedGB > *c.capacityMemoryGB + (c.capacityIsVram ? 0.0 : c.ramGB))
            out.push_back({"capacity-impossible", Severity::Impossible, what, {atStated}, rule,
                           QT_TRANSLATE_NOOP("hw::Message", "Which model, precision and offload make it fit?"), {"capacity"}});
        else
            out.push_back({"capacity-fits", Severity::Ok, what, {atStated}, rule, "", {"capacity"}});
        return out;
    }
    if (leastGB > *c.capacityMemoryGB + c.ramGB)
        out.push_back({"capacity-impossible", Severity::Impossible, what, {computed}, rule,
                       QT_TRANSLATE_NOOP("hw::Message", "Which model, precision and offload make it fit?"), {"capacity", "ram_gb"}});
    else if (fp16GB > *c.capacityMemoryGB + c.ramGB)
        out.push_back({"capacity-needs-precision", Severity::Unverifiable, what, {computed}, rule,
                       QT_TRANSLATE_NOOP("hw::Message", "At which precision, and with what quality loss?"), {"capacity"}});
    else
        out.push_back({"capacity-fits", Severity::Ok, what, {computed}, rule, "", {"capacity"}});
    return out;
}

} // namespace hw
