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

// Each MoE layer of a step pays a latency of its own, independent of bytes: the router's matmul,
// top-k, the gather of the chosen experts and one expert matmul per projection are a dozen small
// kernels (llama.cpp's ggml_cuda_mul_mat_id, ggml-cuda.cu) where a dense FFN is three. Where the
// experts sit decides how long: on a GPU a chain of kernel launches; in RAM a ggml graph split per
// layer, i.e. a device synchronisation, copies both ways and CPU thread barriers per op
// (ggml-backend.c, ggml_backend_sched_compute_splits). So the MoE layers are weighted by where their
// expert bytes are, each with its own fitted latency per runtime family; 0 where not fitted.
double moeLayerSeconds(const Build &b, const Plan &plan)
{
    if (!b.model.isMoe())
        return 0.0;
    double onGpu = 0, inRam = 0;
    for (const Stage &s : plan.stages)
        (s.kind == Stage::Gpu || s.kind == Stage::Unified ? onGpu : inRam) += s.expertBytes;
    const double total = onGpu + inRam;
    const double gpuShare = total > 0 ? onGpu / total : 1.0;
    return b.model.moeLayers() * (gpuShare * b.runtime.moeLayerLatencyGpuUs + (1.0 - gpuShare) * b.runtime.moeLayerLatencyUs) / 1e6;
}

// At decode batch sizes every weight matrix is a thin matmul (a GEMV-like kernel at batch 1) whose
// duration has a floor besides the bytes it reads: the gap between kernels even when a CUDA graph
// replays them (vLLM captures the decode step as CUDA graphs, docs.vllm.ai/en/latest/design/cuda_graphs.html),
// the ramp-up and tail of a grid too small to keep every SM streaming, and for block-quantized FP8 the
// activation quantization kernel before it. The step pays it once per matrix a token passes through,
// so a 61-layer MLA model with 8 routed + 1 shared expert pays ~3x a 36-layer GQA model with 4.
// Prefill's matmuls are long compute-bound kernels that hide the floor: decode only.
double matmulFloorSeconds(const Build &b)
{
    return b.runtime.matmulLatencyUs > 0 ? b.model.matmulsPerToken() * b.runtime.matmulLatencyUs / 1e6 : 0.0;
}

// Prompt tokens one prefill forward pass takes when the build sets no micro-batch: the runtime's
// chunk for the GPU's memory (SGLang sets its chunked prefill size so when --chunked-prefill-size is
// not given: python/sglang/srt/server_args.py), else llama.cpp's physical batch (-ub, 512). A prompt
// up to that size is one forward pass reading the weights once, not once per 512 tokens.
int defaultPrefillChunk(const Build &b)
{
    const std::vector<int> &chunks = b.runtime.prefillChunkTokens;
    if (chunks.empty() || !b.gpu)
        return kUbatch;
    const std::vector<int> &below = b.runtime.prefillChunkBelowGB;
    for (std::size_t i = 0; i < below.size() && i + 1 < chunks.size(); ++i)
        if (b.gpu->memoryGB < below[i])
            return chunks[i];
    return chunks.back();
}

// A GPU or unified stage whose TFLOPS the vendor does not publish (0): compute cannot be estimated there.
bool lacksComputeFigure(const Plan &plan)
{
    for (const Stage &s : plan.stages)
        if ((s.kind == Stage::Gpu || s.kind == Stage::Unified) && s.peakTflops <= 0)
            return true;
    return false;
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
    case Bound::Overhead:
        return "runtime-overhead";
    case Bound::None:
        return "none";
    }
    return "none";
}

const char *boundSentence(Bound bound)
{
    switch (bound) {
    case Bound::GpuMemoryBandwidth:
        return QT_TRANSLATE_NOOP("hw::Message", "The slowest part of a step is reading GPU memory: decode is bound by GPU memory bandwidth.");
    case Bound::CpuMemoryBandwidth:
        return QT_TRANSLATE_NOOP("hw::Message", "The slowest part of a step is reading RAM: decode is bound by CPU memory bandwidth.");
    case Bound::Compute:
        return QT_TRANSLATE_NOOP("hw::Message", "The slowest part of a step is arithmetic: decode is bound by compute.");
    case Bound::Interconnect:
        return QT_TRANSLATE_NOOP("hw::Message", "The slowest part of a step is communication between GPUs or nodes: decode is bound by the interconnect.");
    case Bound::Ssd:
        return QT_TRANSLATE_NOOP("hw::Message", "The slowest part of a step is paging weights from the SSD: decode is bound by SSD reads.");
    case Bound::Overhead:
        return QT_TRANSLATE_NOOP("hw::Message", "The largest part of a step is the runtime's fixed work (scheduling, kernel launches, MoE routing): "
                                                "faster memory would help little.");
    case Bound::None:
        break;
    }
    return QT_TRANSLATE_NOOP("hw::Message", "No part of a step dominates.");
}

StepTime decodeStep(const Build &b, const Plan &plan, double batch)
{
    StepTime t;
    // Pipeline parallel: the batch runs as pp micro-batches in flight, one per stage (vLLM keeps one
    // scheduler and one engine step per virtual engine, async_llm_engine.py run_engine_loop: "for ve in
    // range(pipeline_parallel_size)"). A micro-batch passes every stage in turn, so the step that
    // yields the whole batch's tokens is one micro-batch's latency through the (alike) stages.
    if (plan.pipelineStages > 1)
        batch = std::ceil(batch / plan.pipelineStages);
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
    t.interconnect = plan.interconnectMs / 1000.0 + batch * plan.allReduceSecondsPerToken;
    t.overhead = b.runtime.stepOverheadMs / 1000.0 + moeLayerSeconds(b, plan) + matmulFloorSeconds(b);
    return t;
}

double prefillTokensPerSecond(const Build &b, const Plan &plan)
{
    if (!plan.runs || plan.stages.empty() || lacksComputeFigure(plan))
        return 0.0; // unknown, not computed from a zero
    const int prompt = std::max(1, b.workload.promptTokens);
    const double tokens = std::min(prompt, b.ubatch.value_or(defaultPrefillChunk(b)));
    const double frac = expertFraction(b.model, tokens);
    const double weightFlops = 2.0 * b.model.activeParamsB * 1e9;
    const double attnFlops = attentionFlopsPerToken(b.model, prompt / 2.0);
    double perUbatch = b.runtime.stepOverheadMs / 1000.0 + moeLayerSeconds(b, plan) + plan.interconnectMs / 1000.0 + tokens * plan.allReduceSecondsPerToken;
    for (const Stage &s : plan.stages) {
        const double bytes = (s.streamedBytes + s.expertBytes * frac) / s.devices;
        const double memory = bytes / (s.bandwidthGBs * GB * s.efficiency);
        double compute = 0;
        if (s.peakTflops > 0)
            compute = tokens * (weightFlops * s.flopsShare + attnFlops * s.attentionShare) / s.devices
                / (s.peakTflops * 1e12 * b.runtime.computeEfficiency);
        double stage = std::max(memory, compute);
        if (s.prefillCopyGBs > 0 && (s.prefillCopyPerPrompt || tokens >= kGpuOffloadMinBatch)) {
            // The stage's weights go to the GPU instead: once per micro-batch, or once per prompt
            // (a micro-batch's share of it), and the GPU then does the stage's arithmetic as well.
            const double copied = s.prefillCopyPerPrompt ? (s.streamedBytes + s.expertBytes * expertFraction(b.model, prompt)) * tokens / prompt
                                                         : s.streamedBytes + s.expertBytes * frac;
            double streamed = copied / (s.prefillCopyGBs * GB);
            if (s.prefillCopyTflops > 0)
                streamed += tokens * (weightFlops * s.flopsShare + attnFlops * s.attentionShare) / (s.prefillCopyTflops * 1e12 * b.runtime.computeEfficiency);
            stage = std::min(stage, streamed);
        }
        perUbatch += stage;
    }
    return tokens / perUbatch;
}

double kvUserCapacity(const Build &b, const Plan &plan)
{
    return b.workload.context > 0 ? std::floor(plan.kvTokenCapacity / b.workload.context) : 1e9;
}

int batchLimit(const Build &b, const Plan &plan)
{
    return std::max(1, int(std::min<double>(std::max(1, b.maxBatch.value_or(b.runtime.maxBatch)), kvUserCapacity(b, plan))));
}

namespace {

// Throughput at `users` from the decode step at the batch they make up (computed once by the caller).
Throughput throughputFromStep(const Build &b, int users, int batch, double step, double prefillTps)
{
    Throughput r;
    // Other users' prompts are prefilled between decode steps: each output token of theirs brings
    // prompt/output prompt tokens that stall the batch.
    if (batch > 1 && prefillTps > 0 && b.workload.outputTokens > 0)
        step += (batch - 1) * double(b.workload.promptTokens) / b.workload.outputTokens / prefillTps;
    r.aggregate = batch / step;
    r.perUser = r.aggregate / users; // beyond the batch limit users wait their turn
    return r;
}

} // namespace

Throughput throughputAt(const Build &b, const Plan &plan, int users, double prefillTps)
{
    if (!plan.runs || plan.stages.empty() || users <= 0)
        return {};
    const int batch = std::min(users, batchLimit(b, plan));
    return throughputFromStep(b, users, batch, decodeStep(b, plan, batch).total(), prefillTps);
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
    if (!plan.runs) {
        if (explain)
            e.explanation.push_back({QT_TRANSLATE_NOOP("hw::Message", "It cannot run as configured: speeds are 0."), {}});
        return e;
    }

    // The prompt's arithmetic: what stalls other users' decode steps (throughputFromStep).
    const double prefillThroughput = prefillTokensPerSecond(b, plan);
    // What a user sees, prompt / time to first token: a serving benchmark's TTFT (sglang.bench_serving,
    // python/sglang/bench_serving.py: from sending the request to the first streamed token) also holds
    // the runtime's fixed latency of a request (its firstTokenLatencyMs, fitted on such TTFTs), which
    // does not stall the others' decode steps: waiting prompts share one prefill forward pass.
    e.prefillTps = prefillThroughput;
    if (prefillThroughput > 0 && b.runtime.firstTokenLatencyMs > 0) {
        const double prompt = std::max(1, b.workload.promptTokens);
        e.prefillTps = prompt / (prompt / prefillThroughput + b.runtime.firstTokenLatencyMs / 1000.0);
    }
    e.prefillKnown = !lacksComputeFigure(plan);
    const int users = std::max(1, b.workload.users);
    const int batch = std::min(users, batchLimit(b, plan));
    const StepTime st = decodeStep(b, plan, batch); // once: the speeds and the bound both come from it
    if (!plan.stages.empty()) {
        const Throughput tp = throughputFromStep(b, users, batch, st.total(), prefillThroughput);
        e.decodePerUser = tp.perUser;
        e.decodeAggregate = tp.aggregate;
    }
    struct Part
    {
        Bound bound;
        double seconds;
    } parts[] = {{Bound::GpuMemoryBandwidth, st.gpuMemory}, {Bound::CpuMemoryBandwidth, st.cpuMemory}, {Bound::Compute, st.compute},
                 {Bound::Interconnect, st.interconnect}, {Bound::Ssd, st.ssd}, {Bound::Overhead, st.overhead}};
    e.bound = std::max_element(std::begin(parts), std::end(parts), [](const Part &a, const Part &c) { return a.seconds < c.seconds; })->bound;

    if (detail == Detail::Throughput)
        return e;
    // Most users: KV must fit at the full context and each user must get the target speed.
    const double kvUsers = b.workload.context > 0 ? plan.kvTokenCapacity / b.workload.context : 0;
    const int kvLimit = int(std::min(1e6, std::floor(kvUsers)));
    auto fast = [&](int n) { return throughputAt(b, plan, n, prefillThroughput).perUser >= b.workload.minTpsPerUser; };
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
        auto line = [&](const char *text, std::vector<std::string> args) { e.explanation.push_back({text, std::move(args)}); };
        const double frac = expertFraction(b.model, batch);
        if (b.model.isMoe())
            line(QT_TRANSLATE_NOOP("hw::Message", "%1 sequence(s) per step read %2 of %3 experts per MoE layer: %3 x (1 - (1 - %4/%3)^%1)."),
                 {std::to_string(batch), num(frac * b.model.routedExperts, 1), std::to_string(b.model.routedExperts), std::to_string(b.model.expertsPerToken)});
        for (const Stage &s : plan.stages) {
            const double bytes = (s.streamedBytes + s.expertBytes * frac) / s.devices;
            std::string label = "SSD";
            if (s.kind == Stage::Gpu || s.kind == Stage::Unified)
                label = b.gpu->name;
            else if (s.kind == Stage::Cpu)
                label = b.cpu ? b.cpu->name : b.gpu->name + " CPU";
            std::vector<std::string> args{label, num(bytes / GB, 2), num(s.bandwidthGBs, 0), num(s.efficiency, 2),
                                          num(bytes / (s.bandwidthGBs * GB * s.efficiency) * 1000, 2), std::to_string(s.devices)};
            if (s.devices > 1)
                line(QT_TRANSLATE_NOOP("hw::Message", "Per step, %1 (each of %6) reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms."), std::move(args));
            else
                line(QT_TRANSLATE_NOOP("hw::Message", "Per step, %1 reads %2 GB of weights at %3 GB/s x %4 efficiency = %5 ms."), std::move(args));
        }
        // A stage counts the longer of its reads and its arithmetic (a roofline), so compute shows only where
        // a stage is compute bound: "compute 0.00 ms" read as if the arithmetic cost nothing.
        line(QT_TRANSLATE_NOOP("hw::Message", "Decode step at %1 sequence(s), each stage taking the longer of its memory reads and its arithmetic: "
                                              "GPU memory %2 ms, CPU memory %3 ms, SSD %4 ms, compute-bound stages %5 ms, interconnect %6 ms, "
                                              "runtime overhead %7 ms."),
             {std::to_string(batch), num(st.gpuMemory * 1000, 2), num(st.cpuMemory * 1000, 2), num(st.ssd * 1000, 1), num(st.compute * 1000, 2),
              num(st.interconnect * 1000, 2), num(st.overhead * 1000, 2)});
        if (moeLayerSeconds(b, plan) > 0)
            line(QT_TRANSLATE_NOOP("hw::Message", "The runtime overhead includes %1 MoE layers x %2 us: each MoE layer's routing and expert kernels take "
                                                  "that long per step whatever they read (fitted on public measurements of %3)."),
                 {std::to_string(b.model.moeLayers()), num(moeLayerSeconds(b, plan) / b.model.moeLayers() * 1e6, 0), b.runtime.name});
        if (matmulFloorSeconds(b) > 0)
            line(QT_TRANSLATE_NOOP("hw::Message", "The runtime overhead includes %1 weight matrices a token passes through x %2 us: each is a small-batch "
                                                  "matmul kernel with a latency floor whatever it reads (fitted on public measurements of %3)."),
                 {std::to_string(b.model.matmulsPerToken()), num(b.runtime.matmulLatencyUs, 1), b.runtime.name});
        if (users > batch)
            line(QT_TRANSLATE_NOOP("hw::Message", "%1 decodes %2 sequences together (its default limit %3, and the KV room); the other %4 users wait their turn."),
                 {b.runtime.name, std::to_string(batch), std::to_string(b.maxBatch.value_or(b.runtime.maxBatch)), std::to_string(users - batch)});
        line(QT_TRANSLATE_NOOP("hw::Message", "Decode: %1 tok/s per user, %2 tok/s aggregate for %3 user(s)."),
             {num(e.decodePerUser, 2), num(e.decodeAggregate, 1), std::to_string(users)});
        line(boundSentence(e.bound), {});
        if (!e.prefillKnown) {
            line(QT_TRANSLATE_NOOP("hw::Message", "Compute is not checked on %1 (no published BF16 TFLOPS figure): decode is taken as memory bound."),
                 {b.gpu->name});
            line(QT_TRANSLATE_NOOP("hw::Message", "Prefill: not estimated: %1 has no published BF16 TFLOPS figure."), {b.gpu->name});
        } else {
            line(QT_TRANSLATE_NOOP("hw::Message", "Prefill: %1 tok/s on a %2-token prompt (compute bound: 2 x %3B active params per token at %4 of peak; "
                                                  "time to first token ~%5 s)."),
                 {num(e.prefillTps, 0), std::to_string(b.workload.promptTokens), num(b.model.activeParamsB, 1), num(b.runtime.computeEfficiency, 2),
                  num(b.workload.promptTokens / std::max(1e-9, e.prefillTps), 1)});
        }
        std::vector<std::string> args{num(b.workload.minTpsPerUser, 1), std::to_string(b.workload.context), std::to_string(e.maxUsers), std::to_string(kvLimit)};
        if (kvLimit >= 1000000)
            line(QT_TRANSLATE_NOOP("hw::Message", "Max users at >= %1 tok/s each with %2-token context: %3 (KV room for any number)."), std::move(args));
        else
            line(QT_TRANSLATE_NOOP("hw::Message", "Max users at >= %1 tok/s each with %2-token context: %3 (KV room for %4)."), std::move(args));
    }
    return e;
}

} // namespace hw
