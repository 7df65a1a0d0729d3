#include "model/estimator.h"

#include "model/hardware.h"
#include "model/textformat.h"

#include <algorithm>
#include <cmath>

namespace hw {

namespace {

constexpr double GB = 1e9;

// Attention FLOPs of one token against `position` cached tokens: QK^T and AV over all heads.
// MLA decode with absorbed projections works in the latent: K width kv_lora_rank + rope, V width kv_lora_rank.
double attentionFlopsPerToken(const ModelSpec &m, double position)
{
    double kDim = m.headDim, vDim = m.headDim;
    if (m.attention == Attention::Mla) {
        kDim = m.kvLoraRank + m.qkRopeDim;
        vDim = m.kvLoraRank;
    }
    return 2.0 * m.layers * m.attentionHeads * (kDim + vDim) * position;
}

double averageDecodePosition(const Workload &w)
{
    return std::min<double>(w.context, w.promptTokens + w.outputTokens / 2.0);
}

double expertFraction(const ModelSpec &m, double tokens)
{
    return m.isMoe() ? distinctExperts(m.routedExperts, m.expertsPerToken, tokens) / m.routedExperts : 0.0;
}

} // namespace

const char *boundName(Bound bound)
{
    switch (bound) {
    case Bound::GpuMemoryBandwidth:
        return "gpu-memory-bandwidth";
    case Bound::CpuMemoryBandwidth:
        return "cpu-memory-bandwidth";
    case Bound::Compute:
        return "compute";
    case Bound::Interconnect:
        return "interconnect";
    case Bound::Ssd:
        return "ssd";
    case Bound::None:
        return "none";
    }
    return "none";
}

StepTime decodeStep(const Build &b, const Plan &plan, double batch)
{
    StepTime t;
    const double frac = expertFraction(b.model, batch);
    const double position = averageDecodePosition(b.workload);
    const double weightFlops = 2.0 * b.model.activeParamsB * 1e9;
    const double attnFlops = attentionFlopsPerToken(b.model, position);
    for (const Stage &s : plan.stages) {
        const double bytes = (s.streamedBytes + s.expertBytes * frac) / s.devices + batch * s.kvBytesPerTokenPerDevice * position;
        const double memory = bytes / (s.bandwidthGBs * GB * s.efficiency);
        double compute = 0;
        if (s.peakTflops > 0)
            compute = batch * (weightFlops * s.flopsShare + attnFlops * s.attentionShare) / s.devices
                / (s.peakTflops * 1e12 * b.runtime.computeEfficiency);
        if (compute > memory) {
            t.compute += compute;
            continue;
        }
        switch (s.kind) {
        case Stage::Gpu:
        case Stage::Unified:
            t.gpuMemory += memory;
            break;
        case Stage::Cpu:
            t.cpuMemory += memory;
            break;
        case Stage::Ssd:
            t.ssd += memory;
            break;
        }
    }
    t.interconnect = plan.interconnectMs / 1000.0;
    t.overhead = b.runtime.stepOverheadMs / 1000.0;
    return t;
}

double prefillTokensPerSecond(const Build &b, const Plan &plan)
{
    if (!plan.runs || plan.stages.empty())
        return 0.0;
    const int prompt = std::max(1, b.workload.promptTokens);
    const double tokens = std::min(prompt, kUbatch);
    const double frac = expertFraction(b.model, tokens);
    const double weightFlops = 2.0 * b.model.activeParamsB * 1e9;
    const double attnFlops = attentionFlopsPerToken(b.model, prompt / 2.0);
    double perUbatch = b.runtime.stepOverheadMs / 1000.0 + plan.interconnectMs / 1000.0;
    for (const Stage &s : plan.stages) {
        const double bytes = (s.streamedBytes + s.expertBytes * frac) / s.devices;
        const double memory = bytes / (s.bandwidthGBs * GB * s.efficiency);
        double compute = 0;
        if (s.peakTflops > 0)
            compute = tokens * (weightFlops * s.flopsShare + attnFlops * s.attentionShare) / s.devices
                / (s.peakTflops * 1e12 * b.runtime.computeEfficiency);
        double stage = std::max(memory, compute);
        if (s.prefillCopyGBs > 0)
            stage = std::min(stage, (s.streamedBytes + s.expertBytes * frac) / (s.prefillCopyGBs * GB));
        perUbatch += stage;
    }
    return tokens / perUbatch;
}

int batchLimit(const Build &b, const Plan &plan)
{
    const double kvUsers = b.workload.context > 0 ? plan.kvTokenCapacity / b.workload.context : 1e9;
    return std::max(1, int(std::min<double>(std::max(1, b.runtime.maxBatch), std::floor(kvUsers))));
}

Throughput throughputAt(const Build &b, const Plan &plan, int users, double prefillTps)
{
    Throughput r;
    if (!plan.runs || plan.stages.empty() || users <= 0)
        return r;
    const int batch = std::min(users, batchLimit(b, plan));
    double step = decodeStep(b, plan, batch).total();
    // Other users' prompts are prefilled between decode steps: each output token of theirs brings
    // prompt/output prompt tokens that stall the batch.
    if (batch > 1 && prefillTps > 0 && b.workload.outputTokens > 0)
        step += (batch - 1) * double(b.workload.promptTokens) / b.workload.outputTokens / prefillTps;
    r.aggregate = batch / step;
    r.perUser = r.aggregate / users; // beyond the batch limit users wait their turn
    return r;
}

Estimate estimate(const Build &b, Detail detail)
{
    const bool explain = detail == Detail::Explained;
    Plan plan = planPlacement(b, explain);
    Estimate e;
    e.fits = plan.fits;
    e.runs = plan.runs;
    e.placement = plan.placement;
    e.gpuLayers = plan.gpuLayers;
    e.weightsGB = plan.weights.total / GB;
    e.kvCacheGB = plan.kvBytesPerToken * double(b.workload.context) * b.workload.users / GB;
    e.ramGB = plan.ramNeededGB;
    e.ramCapacityGB = plan.ramCapacityGB > 0 ? plan.ramCapacityGB : b.ramGB;
    const int nodes = plan.placement == Placement::Unified ? 1 : std::max(1, b.nodes);
    for (const DeviceMemory &d : plan.devices) {
        e.overheadGB += d.overheadGB * (d.gpu ? d.count * nodes : nodes);
        if (d.gpu) {
            e.gpuPerDeviceGB = std::max(e.gpuPerDeviceGB, d.usedGB());
            e.gpuCapacityPerDeviceGB = std::max(e.gpuCapacityPerDeviceGB, d.capacityGB);
        }
    }
    e.gpuTotalGB = plan.gpuTotalGB;
    if (detail != Detail::Throughput) // the sweep's inner loop allocates nothing
        e.devices.assign(plan.devices.begin(), plan.devices.end());
    e.explanation = std::move(plan.lines);
    auto line = [&](const std::string &s) {
        if (explain)
            e.explanation.push_back(s);
    };

    if (!plan.runs) {
        line("It cannot run as configured: speeds are 0.");
        return e;
    }

    e.prefillTps = prefillTokensPerSecond(b, plan);
    const int users = std::max(1, b.workload.users);
    const Throughput tp = throughputAt(b, plan, users, e.prefillTps);
    e.decodePerUser = tp.perUser;
    e.decodeAggregate = tp.aggregate;

    const int batch = std::min(users, batchLimit(b, plan));
    const StepTime st = decodeStep(b, plan, batch);
    struct Part
    {
        Bound bound;
        double seconds;
    } parts[] = {{Bound::GpuMemoryBandwidth, st.gpuMemory}, {Bound::CpuMemoryBandwidth, st.cpuMemory}, {Bound::Compute, st.compute},
                 {Bound::Interconnect, st.interconnect}, {Bound::Ssd, st.ssd}};
    e.bound = std::max_element(std::begin(parts), std::end(parts), [](const Part &a, const Part &c) { return a.seconds < c.seconds; })->bound;

    if (detail == Detail::Throughput)
        return e;
    // Most users: KV must fit at the full context and each user must get the target speed.
    const double kvUsers = b.workload.context > 0 ? plan.kvTokenCapacity / b.workload.context : 0;
    const int kvLimit = int(std::min(1e6, std::floor(kvUsers)));
    auto fast = [&](int n) { return throughputAt(b, plan, n, e.prefillTps).perUser >= b.workload.minTpsPerUser; };
    int lo = 0, hi = kvLimit;
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (fast(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    e.maxUsers = lo;

    if (explain) {
        const double frac = expertFraction(b.model, batch);
        if (b.model.isMoe())
            line(std::to_string(batch) + " sequence(s) per step read " + num(frac * b.model.routedExperts, 1) + " of "
                 + std::to_string(b.model.routedExperts) + " experts per MoE layer: " + std::to_string(b.model.routedExperts) + " x (1 - (1 - "
                 + std::to_string(b.model.expertsPerToken) + "/" + std::to_string(b.model.routedExperts) + ")^" + std::to_string(batch) + ").");
        for (const Stage &s : plan.stages) {
            const double bytes = (s.streamedBytes + s.expertBytes * frac) / s.devices;
            std::string label = "SSD";
            if (s.kind == Stage::Gpu || s.kind == Stage::Unified)
                label = b.gpu->name;
            else if (s.kind == Stage::Cpu)
                label = b.cpu ? b.cpu->name : b.gpu->name + " CPU cores";
            line("Per step, " + label + (s.devices > 1 ? " (each of " + std::to_string(s.devices) + ")" : std::string()) + " reads "
                 + num(bytes / GB, 2) + " GB of weights at " + num(s.bandwidthGBs, 0) + " GB/s x " + num(s.efficiency, 2)
                 + " efficiency = " + num(bytes / (s.bandwidthGBs * GB * s.efficiency) * 1000, 2) + " ms.");
        }
        line("Decode step at " + std::to_string(batch) + " sequence(s): GPU memory " + num(st.gpuMemory * 1000, 2) + " ms, CPU memory "
             + num(st.cpuMemory * 1000, 2) + " ms, SSD " + num(st.ssd * 1000, 1) + " ms, compute " + num(st.compute * 1000, 2)
             + " ms, interconnect " + num(st.interconnect * 1000, 2) + " ms, runtime overhead " + num(st.overhead * 1000, 2) + " ms.");
        if (users > batch)
            line(b.runtime.name + " decodes " + std::to_string(batch) + " sequences together (its default limit " + std::to_string(b.runtime.maxBatch)
                 + ", and the KV room); the other " + std::to_string(users - batch) + " users wait their turn.");
        line("Decode: " + num(e.decodePerUser, 2) + " tok/s per user, " + num(e.decodeAggregate, 1) + " tok/s aggregate for "
             + std::to_string(users) + " user(s); bound: " + boundName(e.bound) + ".");
        line("Prefill: " + num(e.prefillTps, 0) + " tok/s on a " + std::to_string(b.workload.promptTokens) + "-token prompt (compute "
             "bound: 2 x " + num(b.model.activeParamsB, 1) + "B active params per token at " + num(b.runtime.computeEfficiency, 2)
             + " of peak; time to first token ~" + num(b.workload.promptTokens / std::max(1e-9, e.prefillTps), 1) + " s).");
        line("Max users at >= " + num(b.workload.minTpsPerUser, 1) + " tok/s each with " + std::to_string(b.workload.context)
             + "-token context: " + std::to_string(e.maxUsers) + " (KV room for " + (kvLimit >= 1000000 ? std::string("any number") : std::to_string(kvLimit))
             + ").");
    }
    return e;
}

} // namespace hw
