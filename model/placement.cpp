#include "model/placement.h"

#include "model/hardware.h"
#include "model/textformat.h"
#include "model/kvcache.h"

#include <algorithm>
#include <cmath>

namespace hw {

namespace {

constexpr double GB = 1e9;

// Context of every workload: explanation lines are built only when asked (the sweep calls this
// millions of times).
struct Ctx
{
    const Build &b;
    bool explain;
    Plan &plan;
    // Explanation text is built only when asked for: the sweep calls this millions of times.
    template<typename Text>
    void line(Text text) const
    {
        if (explain)
            plan.lines.push_back(text());
    }
};

double outputHeadBytes(const Build &b, const WeightBytes &w)
{
    const ParamSplit p = paramSplit(b.model);
    const double head = double(b.model.vocabSize) * b.model.hiddenSize;
    return p.other() > 0 ? w.other * head / p.other() : 0.0;
}

double logitsBufferBytes(const Build &b)
{
    return double(kUbatch) * b.model.vocabSize * 4.0; // f32 logits of one micro-batch
}

double gpuPeakTflops(const Build &b)
{
    const GpuSpec &g = *b.gpu;
    if (b.quant.computeBytes <= 1.0 && g.fp8Tflops > 0)
        return g.fp8Tflops;
    return g.bf16Tflops;
}

bool mlaCompressed(const Build &b)
{
    return b.mlaKv.value_or(b.runtime.mlaCompressedKv);
}

double routedActiveShare(const Build &b)
{
    const ParamSplit p = paramSplit(b.model);
    const double active = b.model.activeParamsB * 1e9;
    return active > 0 ? std::clamp(p.routedActive / active, 0.0, 1.0) : 0.0;
}

Stage gpuStage(const Build &b)
{
    Stage s;
    s.kind = Stage::Gpu;
    s.bandwidthGBs = b.gpu->bandwidthGBs;
    s.efficiency = b.runtime.gpuBandwidthEfficiency;
    s.peakTflops = gpuPeakTflops(b);
    return s;
}

Stage cpuStage(const Build &b, double bandwidth, double efficiency)
{
    Stage s;
    s.kind = Stage::Cpu;
    s.bandwidthGBs = bandwidth;
    s.efficiency = efficiency;
    s.peakTflops = b.cpu ? cpuPeakTflops(*b.cpu, cpuThreads(b)) : 0.0;
    return s;
}

// Bytes that do not fit in RAM are paged from the SSD by mmap on every step that touches them.
void addSsdPaging(Ctx &c, double shortfallBytes, double cpuStreamed, double cpuExperts)
{
    if (shortfallBytes <= 0)
        return;
    const double resident = cpuStreamed + cpuExperts;
    const double paged = resident > 0 ? std::min(1.0, shortfallBytes / resident) : 1.0;
    Stage s;
    s.kind = Stage::Ssd;
    s.bandwidthGBs = c.b.ssdReadGBs;
    s.streamedBytes = cpuStreamed * paged;
    s.expertBytes = cpuExperts * paged;
    c.plan.stages.push_back(s);
    // What is paged is no longer read from RAM.
    for (Stage &st : c.plan.stages) {
        if (st.kind == Stage::Cpu || st.kind == Stage::Unified) {
            st.streamedBytes *= (1.0 - paged);
            st.expertBytes *= (1.0 - paged);
        }
    }
    c.plan.fits = false;
    c.line([&] { return std::string("Memory is short by " + num(shortfallBytes / GB) + " GB: " + num(paged * 100, 0)
           + "% of the CPU-side weights are paged from the SSD (mmap) at " + num(c.b.ssdReadGBs)
           + " GB/s on every token that needs them. It runs, slowly."); });
}

void planServing(Ctx &c, const WeightBytes &w)
{
    const Build &b = c.b;
    const GpuSpec &g = *b.gpu;
    Plan &p = c.plan;
    const int tp = b.gpusPerNode;
    const int pp = b.nodes;
    const int gpus = tp * pp;
    p.placement = Placement::Gpu;
    p.gpuLayers = b.model.layers;

    // Tensor parallel splits GQA KV heads (replicating when there are fewer heads than GPUs);
    // the MLA latent has no heads to split, so every GPU keeps all of it.
    double kvSplit = 1;
    if (b.model.attention == Attention::Gqa)
        kvSplit = std::min(tp, std::max(1, b.model.kvHeads));
    const double kvPerTokPerGpu = p.kvBytesPerToken / pp / kvSplit;

    const double capacity = g.memoryGB * GB;
    const double usable = b.runtime.memoryReservation > 0 ? capacity * b.runtime.memoryReservation : capacity;
    const double weightsPerGpu = w.total / gpus;
    const double overhead = b.runtime.gpuOverheadGB * GB;
    const double kvNeeded = kvPerTokPerGpu * double(b.workload.context) * b.workload.users;

    DeviceMemory d;
    if (c.explain)
        d.device = "GPU x" + std::to_string(tp) + " (" + g.name + ")";
    d.count = tp;
    d.weightsGB = weightsPerGpu / GB;
    d.kvGB = kvNeeded / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = g.memoryGB;
    p.devices.push_back(d);

    p.kvTokenCapacity = kvPerTokPerGpu > 0 ? std::max(0.0, (usable - weightsPerGpu - overhead) / kvPerTokPerGpu) : 1e12;
    const double need = weightsPerGpu + overhead + kvNeeded;
    p.fits = need <= usable;
    // The engine starts when the weights and one full-context sequence fit; the KV pool then caps how
    // many users decode at once, the rest queue.
    p.runs = p.kvTokenCapacity >= double(b.workload.context);
    p.gpuTotalGB = need * gpus / GB;
    c.line([&] { return std::string("Tensor parallel over " + std::to_string(tp) + " GPUs" + (pp > 1 ? ", pipeline over " + std::to_string(pp) + " nodes" : std::string())
           + ": each GPU holds " + num(weightsPerGpu / GB) + " GB of weights (" + num(w.total / GB) + " GB / " + std::to_string(gpus)
           + "), " + num(overhead / GB) + " GB runtime overhead and " + num(kvNeeded / GB, 2) + " GB KV cache for "
           + std::to_string(b.workload.users) + " users x " + std::to_string(b.workload.context) + " tokens."); });
    if (b.runtime.memoryReservation > 0)
        c.line([&] { return std::string(b.runtime.name + " reserves " + num(b.runtime.memoryReservation * 100, 0) + "% of each GPU up front ("
               + num(usable / GB) + " of " + num(g.memoryGB) + " GB) and fills what the weights leave with a KV pool of "
               + num(std::max(0.0, usable - weightsPerGpu - overhead) / GB) + " GB = "
               + num(p.kvTokenCapacity, 0) + " tokens; nvidia-smi shows the pool, not the minimum."); });
    if (!p.runs)
        c.line([&] { return std::string("Does not fit: the weights and one " + std::to_string(b.workload.context) + "-token sequence need more than the "
               + num(usable / GB) + " GB usable per GPU. " + b.runtime.name + " does not offload weights to RAM, so it cannot start."); });
    else if (!p.fits)
        c.line([&] { return std::string("The KV pool holds " + num(p.kvTokenCapacity / b.workload.context, 0) + " full-context users, not "
               + std::to_string(b.workload.users) + ": the others queue."); });

    Stage s = gpuStage(b);
    s.devices = tp;
    s.streamedBytes = w.streamedOther() / pp;
    s.expertBytes = w.routedExperts / pp;
    s.kvBytesPerTokenPerDevice = kvPerTokPerGpu;
    s.flopsShare = 1.0 / pp;
    s.attentionShare = 1.0 / pp;
    for (int i = 0; i < pp; ++i)
        p.stages.push_back(s);

    if (tp > 1) {
        const double lat = allReduceLatencyUs(g.interconnect);
        p.interconnectMs += 2.0 * b.model.layers * lat / 1000.0;
        c.line([&] { return std::string("Two all-reduces per layer over " + g.interconnect + ": 2 x " + std::to_string(b.model.layers) + " x "
               + num(lat, 0) + " us = " + num(2.0 * b.model.layers * lat / 1000.0, 2) + " ms per step."); });
    }
    if (pp > 1) {
        p.interconnectMs += (pp - 1) * b.runtime.hopLatencyMs;
        c.line([&] { return std::string("Pipeline across " + std::to_string(pp) + " nodes adds " + std::to_string(pp - 1) + " network hop(s) of "
               + num(b.runtime.hopLatencyMs, 2) + " ms per step; nodes add memory, not single-user speed."); });
    }
    p.ramNeededGB = kOsReserveGB;
}

void planExpertOffload(Ctx &c, const WeightBytes &w)
{
    const Build &b = c.b;
    Plan &p = c.plan;
    const GpuSpec &g = *b.gpu;
    p.placement = Placement::Hybrid;
    p.gpuLayers = b.model.layers;
    if (b.nodes > 1) {
        p.runs = p.fits = false;
        c.line([&] { return std::string("Expert offload runs on one machine; " + std::to_string(b.nodes) + " nodes cannot be combined."); });
    }
    if (!b.cpu) {
        p.runs = p.fits = false;
        c.line([&] { return std::string("Expert offload keeps the routed experts in RAM and computes them on the CPU: the build names no CPU."); });
        return;
    }

    // GPU: attention, dense layers, shared experts, output head and the whole KV cache.
    const double gpuWeights = w.streamedOther();
    const double overhead = b.runtime.gpuOverheadGB * GB + logitsBufferBytes(b);
    const double kv = p.kvBytesPerToken * double(b.workload.context) * b.workload.users;
    DeviceMemory d;
    if (c.explain)
        d.device = "GPU 1 (" + g.name + ")";
    d.weightsGB = gpuWeights / GB;
    d.kvGB = kv / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = g.memoryGB;
    p.devices.push_back(d);
    p.kvTokenCapacity = p.kvBytesPerToken > 0 ? std::max(0.0, (g.memoryGB * GB - gpuWeights - overhead) / p.kvBytesPerToken) : 1e12;
    p.gpuTotalGB = d.usedGB();
    if (d.usedGB() > g.memoryGB) {
        p.fits = p.runs = false;
        c.line([&] { return std::string("The GPU part does not fit: " + num(d.usedGB()) + " GB needed on " + g.name + " (" + num(g.memoryGB) + " GB)."); });
    }
    c.line([&] { return std::string("Expert offload: attention, shared experts, dense layers and KV on the GPU (" + num(gpuWeights / GB) + " GB weights + "
           + num(kv / GB, 2) + " GB KV + " + num(overhead / GB, 1) + " GB overhead); the " + num(w.routedExperts / GB)
           + " GB of routed experts in RAM, computed by the CPU."); });
    if (b.gpusPerNode > 1)
        c.line([&] { return std::string("Only the first GPU is used: more GPUs add little to expert offload (seed 002)."); });

    // NUMA: duplicating the experts per socket lets each socket read local memory.
    const bool canDuplicate = b.sockets > 1 && (b.ramGB <= 0 || b.ramGB * GB >= 2 * w.routedExperts + w.embedding + kOsReserveGB * GB);
    const bool duplicate = b.sockets > 1 && b.numaDuplicate.value_or(canDuplicate);
    const double copies = duplicate ? b.sockets : 1;
    const double ramNeeded = w.routedExperts * copies + w.embedding + kOsReserveGB * GB;
    DeviceMemory r;
    r.device = "RAM"; // short enough for the small-string buffer: no allocation
    r.gpu = false;
    r.weightsGB = (w.routedExperts * copies + w.embedding) / GB;
    r.overheadGB = kOsReserveGB;
    r.capacityGB = b.ramGB;
    p.devices.push_back(r);
    p.ramNeededGB = ramNeeded / GB;
    p.ramCapacityGB = b.ramGB;
    if (duplicate)
        c.line([&] { return std::string("NUMA mode: the experts are copied to each of " + std::to_string(b.sockets) + " sockets (" + num(w.routedExperts * copies / GB)
               + " GB) so each socket reads local memory."); });

    Stage gs = gpuStage(b);
    gs.streamedBytes = gpuWeights;
    gs.kvBytesPerTokenPerDevice = p.kvBytesPerToken;
    gs.flopsShare = 1.0 - routedActiveShare(b);
    gs.attentionShare = 1.0;
    p.stages.push_back(gs);

    Stage cs = cpuStage(b, cpuEffectiveBandwidthGBs(b, duplicate), b.runtime.cpuBandwidthEfficiency);
    cs.expertBytes = w.routedExperts;
    cs.flopsShare = routedActiveShare(b);
    p.stages.push_back(cs);
    if (b.ramGB > 0 && ramNeeded > b.ramGB * GB)
        addSsdPaging(c, ramNeeded - b.ramGB * GB, 0.0, w.routedExperts);
}

// llama.cpp family: whole layers on GPUs (-ngl), the rest, the token embedding and its KV in RAM.
void planLayerSplit(Ctx &c, const WeightBytes &w)
{
    const Build &b = c.b;
    Plan &p = c.plan;
    const int L = b.model.layers;
    const int gpus = b.gpu ? b.gpusPerNode * b.nodes : 0;
    const double head = outputHeadBytes(b, w);
    const double layerBytes = (w.total - w.embedding - head) / L;
    const double kvPerLayer = p.kvBytesPerToken / L * double(b.workload.context) * b.workload.users;
    const double gpuOverhead = b.runtime.gpuOverheadGB * GB;
    const double logits = logitsBufferBytes(b);

    auto gpuNeed = [&](int n, int i) { // bytes on GPU i when n layers are offloaded
        const int per = n / gpus + (i < n % gpus ? 1 : 0);
        double bytes = per * (layerBytes + kvPerLayer) + gpuOverhead;
        if (n == L && i == gpus - 1)
            bytes += head + logits;
        return bytes;
    };
    auto fitsOnGpus = [&](int n) {
        for (int i = 0; i < gpus; ++i)
            if (gpuNeed(n, i) > b.gpu->memoryGB * GB)
                return false;
        return true;
    };

    int n = 0;
    if (gpus > 0) {
        int physics = 0;
        while (physics < L && fitsOnGpus(physics + 1))
            ++physics;
        if (b.gpuLayers) {
            n = std::clamp(*b.gpuLayers, 0, L);
            c.line([&] { return std::string("GPU layers set by the build: " + std::to_string(n) + " of " + std::to_string(L) + "."); });
            if (!fitsOnGpus(n)) {
                p.fits = p.runs = false;
                c.line([&] { return std::string(std::to_string(n) + " layers do not fit the GPUs (at most " + std::to_string(physics)
                       + " do): the runtime would fail to allocate."); });
            }
        } else if (b.runtime.id == "ollama") {
            n = physics;
            c.line([&] { return std::string("ollama's scheduler offloads as many layers as fit: " + std::to_string(n) + " of " + std::to_string(L) + "."); });
        } else {
            const int rule = unslothGpuLayers(b.gpu->memoryGB * gpus, w.total / GB, L);
            n = std::min(physics, rule);
            c.line([&] { return std::string("GPU layers: " + std::to_string(n) + " of " + std::to_string(L) + " = min(what fits, " + std::to_string(physics)
                   + "; Unsloth's rule floor(" + num(b.gpu->memoryGB * gpus, 0) + " GB / " + num(w.total / GB) + " GB x "
                   + std::to_string(L) + ") - 4 = " + std::to_string(rule) + ")."); });
        }
    }
    p.gpuLayers = n;
    p.placement = n == 0 ? Placement::Cpu : (n == L ? Placement::Gpu : Placement::Hybrid);

    double tightest = 1e30;
    if (gpus > 0) {
        const int per = (n + gpus - 1) / gpus;
        DeviceMemory d;
        if (c.explain)
            d.device = "GPU x" + std::to_string(b.gpusPerNode) + " (" + b.gpu->name + ")";
        d.count = b.gpusPerNode;
        d.weightsGB = (per * layerBytes + (n == L && gpus == 1 ? head : 0.0)) / GB;
        d.kvGB = per * kvPerLayer / GB;
        d.overheadGB = (gpuOverhead + (n == L && gpus == 1 ? logits : 0.0)) / GB;
        if (n == L && gpus > 1) { // the output head sits on the last GPU: report the fullest one
            d.weightsGB = std::max(d.weightsGB, ((n / gpus) * layerBytes + head) / GB);
            d.overheadGB = (gpuOverhead + logits) / GB;
        }
        d.capacityGB = b.gpu->memoryGB;
        p.devices.push_back(d);
        p.gpuTotalGB = (n * (layerBytes + kvPerLayer) + gpus * gpuOverhead + (n == L ? head + logits : 0.0)) / GB;
        if (n > 0 && p.kvBytesPerToken > 0) {
            const double kvPerTokOnGpu = p.kvBytesPerToken / L * per;
            tightest = std::max(0.0, b.gpu->memoryGB * GB - gpuNeed(n, gpus - 1) + per * kvPerLayer) / kvPerTokOnGpu;
        }
        c.line([&] { return std::string("Each GPU holds up to " + std::to_string(per) + " layers x " + num(layerBytes / GB, 2) + " GB"
               + (n == L ? " plus the output head (" + num(head / GB, 2) + " GB)" : std::string()) + ", "
               + num(per * kvPerLayer / GB, 2) + " GB KV and " + num(gpuOverhead / GB, 1) + " GB runtime overhead"
               + (n == L ? " + " + num(logits / GB, 2) + " GB logits buffer" : std::string()) + "."); });
    }

    const int cpuLayers = L - n;
    if (cpuLayers > 0 && !b.cpu) {
        p.fits = p.runs = false;
        c.line([&] { return std::to_string(cpuLayers) + " of " + std::to_string(L) + " layers do not fit the GPUs and the build names no CPU and RAM to run them."; });
        return;
    }
    const double cpuWeights = cpuLayers * layerBytes + w.embedding + (n == L ? 0.0 : head);
    const double cpuKv = cpuLayers * kvPerLayer;
    const double ramNeeded = cpuWeights + cpuKv + (n == L ? 0.0 : logits) + kOsReserveGB * GB;
    DeviceMemory r;
    r.device = "RAM"; // short enough for the small-string buffer: no allocation
    r.gpu = false;
    r.weightsGB = cpuWeights / GB;
    r.kvGB = cpuKv / GB;
    r.overheadGB = ramNeeded / GB - r.weightsGB - r.kvGB;
    r.capacityGB = b.ramGB;
    p.devices.push_back(r);
    p.ramNeededGB = ramNeeded / GB;
    p.ramCapacityGB = b.ramGB;
    if (cpuLayers > 0 && p.kvBytesPerToken > 0 && b.ramGB > 0)
        tightest = std::min(tightest, std::max(0.0, b.ramGB * GB - ramNeeded + cpuKv) / (p.kvBytesPerToken / L * cpuLayers));
    p.kvTokenCapacity = tightest;

    // MoE layers: the routed-expert share of a layer's bytes is read in proportion to distinct experts.
    const double expertShare = w.total > 0 ? w.routedExperts / (w.total - w.embedding - head) : 0.0;
    const double flopsPerLayer = 1.0 / L;
    if (n > 0) {
        Stage s = gpuStage(b);
        const double bytes = n * layerBytes;
        s.expertBytes = bytes * expertShare;
        s.streamedBytes = bytes - s.expertBytes + (n == L ? head : 0.0);
        s.kvBytesPerTokenPerDevice = p.kvBytesPerToken / L * n;
        s.flopsShare = n * flopsPerLayer;
        s.attentionShare = n * flopsPerLayer;
        p.stages.push_back(s);
        if (b.nodes > 1) {
            p.interconnectMs += (b.nodes - 1) * b.runtime.hopLatencyMs;
            c.line([&] { return std::string("Layers split over " + std::to_string(b.nodes) + " nodes (RPC): " + std::to_string(b.nodes - 1) + " network hop(s) per token."); });
        }
    }
    if (cpuLayers > 0) {
        Stage s = cpuStage(b, cpuEffectiveBandwidthGBs(b, false), b.runtime.cpuBandwidthEfficiency);
        const double bytes = cpuLayers * layerBytes;
        s.expertBytes = bytes * expertShare;
        s.streamedBytes = bytes - s.expertBytes + head;
        s.kvBytesPerTokenPerDevice = p.kvBytesPerToken / L * cpuLayers;
        s.flopsShare = cpuLayers * flopsPerLayer;
        s.attentionShare = cpuLayers * flopsPerLayer;
        if (gpus > 0)
            s.prefillCopyGBs = kPcieGBs; // llama.cpp streams CPU weights to the GPU for large batches
        p.stages.push_back(s);
        if (b.ramGB > 0 && ramNeeded > b.ramGB * GB)
            addSsdPaging(c, ramNeeded - b.ramGB * GB, s.streamedBytes, s.expertBytes);
    }
}

void planUnified(Ctx &c, const WeightBytes &w)
{
    const Build &b = c.b;
    Plan &p = c.plan;
    const GpuSpec &g = *b.gpu;
    const int machines = b.nodes * std::max(1, b.gpusPerNode);
    p.placement = Placement::Unified;
    p.gpuLayers = b.model.layers;

    const double memory = g.memoryGB * GB;
    const double wired = b.wiredLimitGB ? *b.wiredLimitGB * GB : g.wiredFraction * memory;
    const double weights = w.total / machines;
    const double kvPerTok = p.kvBytesPerToken / machines;
    const double kv = kvPerTok * double(b.workload.context) * b.workload.users;
    const double overhead = b.runtime.gpuOverheadGB * GB;
    const double need = weights + kv + overhead;

    DeviceMemory d;
    if (c.explain)
        d.device = (machines > 1 ? std::to_string(machines) + " x " : std::string()) + g.name;
    d.count = machines;
    d.weightsGB = weights / GB;
    d.kvGB = kv / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = wired / GB;
    p.devices.push_back(d);
    p.kvTokenCapacity = kvPerTok > 0 ? std::max(0.0, (wired - weights - overhead) / kvPerTok) : 1e12;
    p.gpuTotalGB = need * machines / GB;
    c.line([&] { return std::string(std::string(machines > 1 ? "Each machine" : "The machine") + " holds " + num(weights / GB) + " GB of weights, "
           + num(kv / GB, 2) + " GB KV and " + num(overhead / GB, 1) + " GB overhead in unified memory; the GPU may wire "
           + num(wired / GB) + " of " + num(g.memoryGB) + " GB" + (b.wiredLimitGB ? " (limit raised by the build)" : " (macOS default)") + "."); });

    Stage s;
    s.kind = Stage::Unified;
    s.bandwidthGBs = g.bandwidthGBs;
    s.efficiency = b.runtime.unifiedBandwidthEfficiency;
    s.streamedBytes = w.streamedOther();
    s.expertBytes = w.routedExperts;
    s.kvBytesPerTokenPerDevice = p.kvBytesPerToken;
    s.flopsShare = 1;
    s.attentionShare = 1;
    s.peakTflops = g.bf16Tflops;
    p.stages.push_back(s);
    if (machines > 1) {
        p.interconnectMs += (machines - 1) * b.runtime.hopLatencyMs;
        c.line([&] { return std::string("Pipeline over " + std::to_string(machines) + " machines: each reads its own layers in turn, plus "
               + std::to_string(machines - 1) + " network hop(s) of " + num(b.runtime.hopLatencyMs, 1) + " ms per token."); });
    }

    if (need > wired) {
        p.fits = false;
        const double ramLimit = memory - kUnifiedOsReserveGB * GB;
        const double spill = std::min(need, ramLimit) - wired;
        if (spill > 0) {
            const double share = std::min(1.0, spill / weights);
            c.line([&] { return std::string("Exceeds the GPU-wired limit by " + num((need - wired) / GB) + " GB: raise it (sudo sysctl iogpu.wired_limit_mb) "
                   "or the remaining " + num(share * 100, 0) + "% of the weights run on the CPU cores, more slowly."); });
            Stage cs = s;
            cs.kind = Stage::Cpu;
            cs.efficiency = b.runtime.cpuBandwidthEfficiency;
            cs.streamedBytes *= share;
            cs.expertBytes *= share;
            cs.kvBytesPerTokenPerDevice = 0;
            cs.flopsShare = share;
            cs.attentionShare = 0;
            cs.peakTflops = 0; // compute on the CPU cores is not the limit at decode
            Stage &gs = p.stages.front();
            gs.streamedBytes *= 1.0 - share;
            gs.expertBytes *= 1.0 - share;
            gs.flopsShare = 1.0 - share;
            p.stages.push_back(cs);
        }
        if (need > ramLimit) {
            Stage &gs = p.stages.front();
            addSsdPaging(c, (need - ramLimit) * machines, gs.streamedBytes, gs.expertBytes);
        }
    }
    p.ramNeededGB = need / GB;
    p.ramCapacityGB = g.memoryGB;
}

} // namespace

const char *placementName(Placement placement)
{
    switch (placement) {
    case Placement::Gpu:
        return "gpu";
    case Placement::Hybrid:
        return "hybrid";
    case Placement::Cpu:
        return "cpu";
    case Placement::Unified:
        return "unified";
    }
    return "gpu";
}

int unslothGpuLayers(double vramGB, double fileGB, int layers)
{
    if (fileGB <= 0)
        return layers;
    const int n = int(std::floor(vramGB / fileGB * layers)) - 4;
    return std::clamp(n, 0, layers);
}

int cpuThreads(const Build &build)
{
    if (!build.cpu)
        return 0;
    const int cores = build.cpu->cores * build.sockets;
    return build.cpuThreads ? std::clamp(*build.cpuThreads, 1, cores) : cores;
}

double cpuEffectiveBandwidthGBs(const Build &build, bool numaAware)
{
    if (!build.cpu)
        return 0.0;
    const CpuSpec &cpu = *build.cpu;
    const int sockets = std::max(1, build.sockets);
    const int channelsPerSocket = build.ramChannels > 0 ? std::min(cpu.memoryChannels, std::max(1, build.ramChannels / sockets))
                                                        : cpu.memoryChannels;
    const int mts = build.ramMTs > 0 ? std::min(build.ramMTs, cpu.memoryMTs) : cpu.memoryMTs;
    const double perSocketPeak = socketBandwidthGBs(channelsPerSocket, mts);
    const double threadsPerSocket = double(cpuThreads(build)) / sockets;
    const double perSocket = std::min(perSocketPeak, threadsPerSocket * kPerCoreBandwidthGBs);
    return numaAware ? perSocket * sockets : perSocket * (1.0 + (sockets - 1) * kCrossSocketScaling);
}

Plan planPlacement(const Build &b, bool explain)
{
    Plan plan;
    Ctx c{b, explain, plan};
    const bool hasGpu = b.gpu.has_value() && b.gpusPerNode > 0;
    const bool unified = hasGpu && b.gpu->unified;
    const bool fp8Native = hasGpu && b.gpu->nativeFp8();

    if (!b.runtime.loads(b.quant.format)) {
        plan.fits = plan.runs = false;
        c.line([&] { return std::string(b.runtime.name + " does not load " + b.quant.format + " weights (" + b.quant.name + ")."); });
        return plan;
    }
    if (b.quant.nonExpertBits > 0 && !b.model.isMoe()) {
        plan.fits = plan.runs = false;
        c.line([&] { return b.quant.name + " is a dynamic quant of MoE experts; it does not exist for the dense " + b.model.name + "."; });
        return plan;
    }
    if (hasGpu && !b.runtime.runsOn(b.gpu->vendor)) {
        plan.fits = plan.runs = false;
        c.line([&] { return b.runtime.name + " does not run on " + b.gpu->vendor + " GPUs (" + b.gpu->name + ")."; });
        return plan;
    }
    if (!hasGpu && b.runtime.expertOffload) {
        plan.fits = plan.runs = false;
        c.line([&] { return b.runtime.name + " needs a GPU for attention and the KV cache; it does not run on CPUs alone."; });
        return plan;
    }
    if (!hasGpu && !b.cpu) {
        plan.fits = plan.runs = false;
        c.line([&] { return std::string("The build has neither a GPU nor a CPU."); });
        return plan;
    }

    plan.weights = weightBytes(b, fp8Native);
    plan.kvBytesPerToken = kvBytesPerToken(b.model, b.kvType, mlaCompressed(b));
    if (explain) {
        std::string how;
        if (plan.weights.castToBf16)
            how = "FP8 cast to BF16 because " + (hasGpu ? b.gpu->name : std::string("the CPU")) + " has no native FP8: "
                + num(b.model.totalParamsB, 0) + "B params x 2 bytes";
        else if (plan.weights.fromFileSize)
            how = "published file size of " + b.model.name + " " + b.quant.name;
        else
            how = num(b.model.totalParamsB, 1) + "B params x " + num(b.quant.bitsPerWeight, 2) + " bits / 8";
        if (b.model.isMoe())
            how += "; routed experts " + num(plan.weights.routedExperts / GB) + " GB";
        c.line([&] { return std::string("Weights: " + num(plan.weights.total / GB) + " GB (" + how + ")."); });
    }
    c.line([&] { return std::string("KV cache: " + num(plan.kvBytesPerToken / 1024.0, 1) + " KiB per token ("
           + (b.model.attention == Attention::Mla ? (mlaCompressed(b) ? "MLA latent (" + std::to_string(b.model.kvLoraRank) + " + "
                                                                            + std::to_string(b.model.qkRopeDim) + ")"
                                                                      : "MLA expanded to " + std::to_string(b.model.attentionHeads) + " full heads by " + b.runtime.name)
                                                  : "2 x " + std::to_string(b.model.kvHeads) + " KV heads x " + std::to_string(b.model.headDim))
           + " x " + std::to_string(b.model.layers) + " layers x " + num(kvBytesPerElement(b.kvType), 2) + " B " + kvTypeName(b.kvType)
           + ") x " + std::to_string(b.workload.context) + " tokens x " + std::to_string(b.workload.users) + " users = "
           + num(plan.kvBytesPerToken * b.workload.context * b.workload.users / GB, 2) + " GB."); });

    if (unified)
        planUnified(c, plan.weights);
    else if (hasGpu && b.runtime.tensorParallel)
        planServing(c, plan.weights);
    else if (hasGpu && b.model.isMoe() && b.expertsOnCpu.value_or(b.runtime.expertOffload))
        planExpertOffload(c, plan.weights);
    else if (b.runtime.layerOffload || b.runtime.expertOffload || !hasGpu)
        planLayerSplit(c, plan.weights);
    else {
        plan.fits = plan.runs = false;
        c.line([&] { return std::string(b.runtime.name + " cannot run this build without GPUs."); });
    }
    if (!hasGpu && b.runtime.tensorParallel) {
        plan.fits = plan.runs = false;
        c.line([&] { return std::string(b.runtime.name + " needs GPUs."); });
    }
    if (b.ramGB <= 0 && plan.placement != Placement::Gpu && plan.placement != Placement::Unified)
        c.line([&] { return std::string("No RAM size given: the RAM check is skipped."); });
    plan.fixedStepMs = plan.interconnectMs;
    return plan;
}

} // namespace hw
