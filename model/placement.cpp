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
            plan.lines.push_back(text()); // a Message: translated when shown
    }
};

double outputHeadBytes(const Build &b, const WeightBytes &w)
{
    if (b.fileGroups && b.fileGroups->known() && !w.castToBf16)
        return b.fileGroups->output; // exact, from the file's tensor table
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

// The widest ISA the runtime's CPU matmul kernels use (its catalog column); a build's stated kernels
// replace it (an AMX build of llama.cpp), and the CPU's own ISA caps both.
CpuKernels runtimeCpuKernels(const RuntimeSpec &r)
{
    if (r.cpuKernels == "avx2")
        return CpuKernels::Avx2;
    if (r.cpuKernels == "avx512")
        return CpuKernels::Avx512;
    return CpuKernels::Amx;
}

// The runtime reaches a share of the DRAM peak (its fitted efficiency), and its threads together
// stream no more than kPerCoreBandwidthGBs each: that per-core figure is already a sustained stream
// (Little's law: a core's outstanding line fills x 64 B / load latency), so it caps the reached
// bandwidth, not the peak the efficiency multiplies. The stage keeps the DRAM peak and the lower of the two.
Stage cpuStage(const Build &b, bool numaAware, double efficiency)
{
    Stage s;
    s.kind = Stage::Cpu;
    const double dram = cpuBandwidthGBs(b, numaAware, false);
    const double threads = cpuBandwidthGBs(b, numaAware, true);
    s.bandwidthGBs = dram;
    s.efficiency = dram > 0 && threads < dram * efficiency ? threads / dram : efficiency;
    if (b.cpu) {
        CpuSpec isa = *b.cpu; // the kernels may use less than the CPU has, never more
        const CpuKernels kernels = b.cpuKernels.value_or(runtimeCpuKernels(b.runtime));
        if (kernels != CpuKernels::Amx)
            isa.amx = false;
        if (kernels == CpuKernels::Avx2)
            isa.avx512 = false;
        s.peakTflops = cpuPeakTflops(isa, cpuThreads(b));
    }
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
    c.line([&] {
        return Message{QT_TRANSLATE_NOOP("hw::Message", "Memory is short by %1 GB: %2% of the CPU-side weights are paged from the SSD (mmap) at "
                                                        "%3 GB/s on every token that needs them. It runs, slowly."),
                       {num(shortfallBytes / GB), num(paged * 100, 0), num(c.b.ssdReadGBs)}};
    });
}

void planServing(Ctx &c, const WeightBytes &w)
{
    const Build &b = c.b;
    const GpuSpec &g = *b.gpu;
    Plan &p = c.plan;
    // Serving engines split every layer over all GPUs of all nodes: SGLang and vLLM run DeepSeek on
    // two nodes as --tp 16 --nnodes 2 (https://docs.sglang.ai/basic_usage/deepseek.html), so every
    // all-reduce crosses the network; nodes add memory and bandwidth, and a boundary per layer.
    const int perNode = b.gpusPerNode;
    const int nodes = std::max(1, b.nodes);
    const int gpus = perNode * nodes;
    // Pipeline parallel (vLLM --pipeline-parallel-size, SGLang --pp-size): consecutive layers per
    // stage, tensor parallel over the stage's GPUs inside it.
    const int pp = std::max(1, b.pipelineParallel);
    p.placement = Placement::Gpu;
    p.gpuLayers = b.model.layers;
    if (gpus % pp != 0 || pp > b.model.layers) {
        p.fits = p.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 pipeline stages do not divide the %2 GPUs (or the %3 layers) evenly: each stage needs the same "
                                                            "number of GPUs and at least one layer."),
                           {std::to_string(pp), std::to_string(gpus), std::to_string(b.model.layers)}};
        });
        return;
    }
    const int tp = gpus / pp;
    p.pipelineStages = pp;
    // Every rank takes heads / tp attention heads: vLLM refuses to start otherwise ("Total number of
    // attention heads (128) must be divisible by tensor parallel size (6)", vllm/config.py
    // verify_with_parallel_config), as do SGLang and TensorRT-LLM, which shard heads the same way.
    if (b.model.attentionHeads > 0 && b.model.attentionHeads % tp != 0) {
        p.fits = p.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 splits the %2 attention heads of %3 evenly over the tensor-parallel GPUs: %4 GPUs do not "
                                                            "divide them. Use a GPU count that divides %2 (for example 4 or 8)."),
                           {b.runtime.name, std::to_string(b.model.attentionHeads), b.model.name, std::to_string(tp)}};
        });
        return;
    }

    // Tensor parallel splits GQA KV heads (replicating when there are fewer heads than GPUs);
    // the MLA latent has no heads to split, so every GPU keeps all of it.
    // An MLA cache expanded to full heads (vLLM before v0.7.1) is per head like any MHA cache, and
    // tensor parallel splits its heads as it splits the attention heads.
    double kvSplit = 1;
    if (b.model.attention == Attention::Gqa)
        kvSplit = std::min(tp, std::max(1, b.model.kvHeads));
    else if (b.model.attention == Attention::Mla && !mlaCompressed(b))
        kvSplit = std::min(tp, std::max(1, b.model.attentionHeads));
    // A GPU keeps the KV of its own stage's layers only.
    const double kvPerTokPerGpu = p.kvBytesPerToken / kvSplit / pp;

    const double capacity = g.capacityGB() * GB;
    const double usable = b.runtime.memoryReservation > 0 ? capacity * b.runtime.memoryReservation : capacity;
    const double weightsPerGpu = w.total / gpus;
    const double overhead = b.runtime.gpuOverheadGB * GB;
    const double kvNeeded = kvPerTokPerGpu * double(b.workload.context) * b.workload.users;

    DeviceMemory d;
    if (c.explain)
        d.device = {QT_TRANSLATE_NOOP("hw::Message", "GPU x%1 (%2)"), {std::to_string(perNode), g.name}};
    d.count = perNode;
    d.weightsGB = weightsPerGpu / GB;
    d.kvGB = kvNeeded / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = g.capacityGB();
    p.devices.push_back(d);

    p.kvTokenCapacity = kvPerTokPerGpu > 0 ? std::max(0.0, (usable - weightsPerGpu - overhead) / kvPerTokPerGpu) : 1e12;
    const double need = weightsPerGpu + overhead + kvNeeded;
    p.fits = need <= usable;
    // The engine starts when the weights and one full-context sequence fit; the KV pool then caps how
    // many users decode at once, the rest queue.
    p.runs = p.kvTokenCapacity >= double(b.workload.context);
    p.gpuTotalGB = need * gpus / GB;
    c.line([&] {
        return Message{nodes > 1 ? QT_TRANSLATE_NOOP("hw::Message", "Tensor parallel over %1 GPUs on %8 nodes: each GPU holds %2 GB of weights "
                                                                    "(%3 GB / %4), %5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens.")
                                 : QT_TRANSLATE_NOOP("hw::Message", "Tensor parallel over %1 GPUs: each GPU holds %2 GB of weights (%3 GB / %4), "
                                                                    "%5 GB runtime overhead and %6 GB KV cache for %7 users x %9 tokens."),
                       {std::to_string(tp), num(weightsPerGpu / GB), num(w.total / GB), std::to_string(gpus), num(overhead / GB), num(kvNeeded / GB, 2),
                        std::to_string(b.workload.users), std::to_string(nodes), std::to_string(b.workload.context)}};
    });
    if (b.runtime.memoryReservation > 0)
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 reserves %2% of each GPU up front (%3 of %4 GB) and fills what the weights leave with "
                                                            "a KV pool of %5 GB = %6 tokens; nvidia-smi shows the pool, not the minimum."),
                           {b.runtime.name, num(b.runtime.memoryReservation * 100, 0), num(usable / GB), num(g.capacityGB()),
                            num(std::max(0.0, usable - weightsPerGpu - overhead) / GB), num(p.kvTokenCapacity, 0)}};
        });
    if (!p.runs)
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Does not fit: the weights and one %1-token sequence need more than the %2 GB usable per "
                                                            "GPU. %3 does not offload weights to RAM, so it cannot start."),
                           {std::to_string(b.workload.context), num(usable / GB), b.runtime.name}};
        });
    else if (!p.fits)
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "The KV pool holds %1 full-context users, not %2: the others queue."),
                           {num(p.kvTokenCapacity / b.workload.context, 0), std::to_string(b.workload.users)}};
        });

    // The pp stages are alike (same layers, same GPUs): one stage read by tp GPUs stands for all of
    // them, a micro-batch's latency being the sum over the stages (estimator.cpp decodeStep).
    Stage s = gpuStage(b);
    s.devices = tp;
    s.streamedBytes = w.streamedOther();
    s.expertBytes = w.routedExperts;
    s.kvBytesPerTokenPerDevice = kvPerTokPerGpu * pp;
    s.flopsShare = 1.0;
    s.attentionShare = 1.0;
    p.stages.push_back(s);

    const bool tpAcrossNodes = tp > perNode; // a stage's tensor-parallel group spans machines
    if (tp > 1) {
        // Two all-reduces per layer (after attention and after the FFN; Megatron-LM, arXiv:1909.08053).
        const int allReduces = 2 * b.model.layers;
        const double inNode = perNode > 1 ? allReduceLatencyUs(g.interconnect) / 1000.0 : 0.0;
        // Across nodes every step of a ring all-reduce waits on the network: 2(p-1) steps of one
        // network latency each (ring all-reduce time 2(p-1)a + 2(p-1)/p n b; Thakur, Rabenseifner and
        // Gropp, "Optimization of Collective Communication Operations in MPICH", IJHPCA 2005).
        const double acrossNodes = tpAcrossNodes ? 2.0 * (tp - 1) * b.runtime.hopLatencyMs : 0.0;
        p.interconnectMs += allReduces * (inNode + acrossNodes);
        // Ring all-reduce moves 2(n-1)/n of the message over the slowest link (NCCL's bus bandwidth,
        // https://github.com/NVIDIA/nccl-tests/blob/master/doc/PERFORMANCE.md): in a node the GPU link,
        // across nodes one NIC per GPU.
        const double link = tpAcrossNodes ? kNicGBs : (g.linkGBs > 0 ? g.linkGBs : kPcieGBs);
        p.allReduceSecondsPerToken = allReduces * 2.0 * (tp - 1) / tp * b.model.hiddenSize * 2.0 / (link * GB);
        c.line([&] {
            return Message{nodes > 1 ? QT_TRANSLATE_NOOP("hw::Message", "Two all-reduces per layer over %1 inside a node and the network between "
                                                                        "nodes: 2 x %2 x (%3 + %5 us) = %4 ms per step, plus the hidden state of every sequence.")
                                     : QT_TRANSLATE_NOOP("hw::Message", "Two all-reduces per layer over %1: 2 x %2 x %3 us = %4 ms per step, plus the "
                                                                        "hidden state of every sequence."),
                           {g.interconnect, std::to_string(b.model.layers), num(inNode * 1000, 0), num(p.interconnectMs, 2), num(acrossNodes * 1000, 0)}};
        });
    }
    if (pp > 1) {
        // Each stage sends its micro-batch's hidden states to the next (NCCL send/recv of the
        // intermediate tensors, vllm/worker/worker_base.py: get_pp_group().send_tensor_dict), and the
        // last stage's sampled tokens return to the first: pp crossings a step, a network hop each
        // where the stages sit on different machines.
        const int stagesPerNode = std::max(1, perNode / tp);
        const int crossings = nodes > 1 ? (pp + stagesPerNode - 1) / stagesPerNode : 0;
        const double hopMs = crossings * b.runtime.hopLatencyMs + (pp - crossings) * allReduceLatencyUs(g.interconnect) / 1000.0;
        p.interconnectMs += hopMs;
        p.allReduceSecondsPerToken += crossings * b.model.hiddenSize * 2.0 / (kNicGBs * GB);
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Pipeline parallel: %1 stages of %2 layers, each on %3 GPUs in tensor parallel; the stages hand "
                                                            "the hidden states on (%4 ms a step), and %1 micro-batches are in flight, so a sequence waits for "
                                                            "every stage while the stages work at once on the others' micro-batches."),
                           {std::to_string(pp), num(double(b.model.layers) / pp, 1), std::to_string(tp), num(hopMs, 2)}};
        });
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
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "Expert offload runs on one machine; %1 nodes cannot be combined."), {std::to_string(b.nodes)}}; });
    }
    if (!b.cpu) {
        p.runs = p.fits = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Expert offload keeps the routed experts in RAM and computes them on the CPU: the build names no CPU."), {}};
        });
        return;
    }

    // GPU: attention, dense layers, shared experts, output head and the whole KV cache.
    const double gpuWeights = w.streamedOther();
    const double overhead = b.runtime.gpuOverheadGB * GB + logitsBufferBytes(b);
    const double kv = p.kvBytesPerToken * double(b.workload.context) * b.workload.users;
    DeviceMemory d;
    if (c.explain)
        d.device = {QT_TRANSLATE_NOOP("hw::Message", "GPU 1 (%1)"), {g.name}};
    d.weightsGB = gpuWeights / GB;
    d.kvGB = kv / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = g.capacityGB();
    p.devices.push_back(d);
    p.kvTokenCapacity = p.kvBytesPerToken > 0 ? std::max(0.0, (g.capacityGB() * GB - gpuWeights - overhead) / p.kvBytesPerToken) : 1e12;
    p.gpuTotalGB = d.usedGB();
    if (d.usedGB() > g.capacityGB()) {
        p.fits = p.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "The GPU part does not fit: %1 GB needed on %2 (%3 GB)."), {num(d.usedGB()), g.name, num(g.capacityGB())}};
        });
    }
    c.line([&] {
        return Message{QT_TRANSLATE_NOOP("hw::Message", "Expert offload: attention, shared experts, dense layers and KV on the GPU (%1 GB weights + %2 GB KV "
                                                        "+ %3 GB overhead); the %4 GB of routed experts in RAM, computed by the CPU."),
                       {num(gpuWeights / GB), num(kv / GB, 2), num(overhead / GB, 1), num(w.routedExperts / GB)}};
    });
    if (b.gpusPerNode > 1)
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "Only the first GPU is used: more GPUs add little to expert offload (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”)."), {}}; });

    // NUMA: duplicating the experts per socket lets each socket read local memory. Only KTransformers
    // does it by itself (USE_NUMA=1 builds, doc/en/DeepseekR1_V3_tutorial.md: "the memory usage will
    // double"); llama.cpp and ik_llama.cpp keep one mmap'ed copy of the weights whatever --numa says
    // (its options only place threads: docs on --numa distribute|isolate|numactl in tools/main/README.md).
    const bool canDuplicate = b.sockets > 1 && b.runtime.expertOffload
        && (b.ramGB <= 0 || b.ramGB * GB >= 2 * w.routedExperts + w.embedding + kOsReserveGB * GB);
    const bool duplicate = b.sockets > 1 && b.numaDuplicate.value_or(canDuplicate);
    const double copies = duplicate ? b.sockets : 1;
    const double ramNeeded = w.routedExperts * copies + w.embedding + kOsReserveGB * GB;
    DeviceMemory r;
    r.device = {QT_TRANSLATE_NOOP("hw::Message", "RAM"), {}}; // no arguments: no allocation
    r.gpu = false;
    r.weightsGB = (w.routedExperts * copies + w.embedding) / GB;
    r.overheadGB = kOsReserveGB;
    r.capacityGB = b.ramGB;
    p.devices.push_back(r);
    p.ramNeededGB = ramNeeded / GB;
    p.ramCapacityGB = b.ramGB;
    if (duplicate)
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "NUMA mode: the experts are copied to each of %1 sockets (%2 GB) so each socket reads local memory."),
                           {std::to_string(b.sockets), num(w.routedExperts * copies / GB)}};
        });

    Stage gs = gpuStage(b);
    gs.streamedBytes = gpuWeights;
    gs.kvBytesPerTokenPerDevice = p.kvBytesPerToken;
    gs.flopsShare = 1.0 - routedActiveShare(b);
    gs.attentionShare = 1.0;
    p.stages.push_back(gs);

    Stage cs = cpuStage(b, duplicate, b.runtime.cpuBandwidthEfficiency);
    cs.expertBytes = w.routedExperts;
    cs.flopsShare = routedActiveShare(b);
    // Prefill need not run the experts on the CPU: mainline llama.cpp and ik_llama.cpp copy the RAM-resident
    // expert weights to the GPU and multiply there once a micro-batch has 32 tokens (kGpuOffloadMinBatch);
    // KTransformers' kt-kernel streams them layer by layer once per prompt above its
    // --kt-gpu-prefill-token-threshold ("layerwise prefill", doc/en/kt-kernel tutorials). The estimate
    // takes the faster of that and the CPU path, as the runtimes' thresholds are set to.
    cs.prefillCopyGBs = hostToGpuCopyGBs(g);
    cs.prefillCopyTflops = gpuPeakTflops(b);
    cs.prefillCopyPerPrompt = b.runtime.expertOffload;
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
            if (gpuNeed(n, i) > b.gpu->capacityGB() * GB)
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
            c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "GPU layers set by the build: %1 of %2."), {std::to_string(n), std::to_string(L)}}; });
            if (!fitsOnGpus(n)) {
                p.fits = p.runs = false;
                c.line([&] {
                    return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 layers do not fit the GPUs (at most %2 do): the runtime would fail to allocate."),
                                   {std::to_string(n), std::to_string(physics)}};
                });
            }
        } else if (b.runtime.id == "ollama") {
            n = physics;
            c.line([&] {
                return Message{QT_TRANSLATE_NOOP("hw::Message", "ollama's scheduler offloads as many layers as fit: %1 of %2."), {std::to_string(n), std::to_string(L)}};
            });
        } else if (physics == L) {
            // Every layer fits: llama.cpp's -ngl default "auto" fills the GPUs front to back (ggml-org/llama.cpp
            // PR #16653, docs/multi-gpu.md), so all go; the Unsloth rule below is for files larger than the cards.
            n = L;
            c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "GPU layers: all %1 fit the GPUs, so all are offloaded (llama.cpp -ngl auto or 99)."), {std::to_string(L)}}; });
        } else {
            const int rule = unslothGpuLayers(b.gpu->memoryGB * gpus, w.total / GB, L);
            n = std::min(physics, rule);
            c.line([&] {
                return Message{QT_TRANSLATE_NOOP("hw::Message", "GPU layers: %1 of %2 = min(what fits, %3; Unsloth's rule floor(%4 GB / %5 GB x %2) - 4 = %6)."),
                               {std::to_string(n), std::to_string(L), std::to_string(physics), num(b.gpu->memoryGB * gpus, 0), num(w.total / GB),
                                std::to_string(rule)}};
            });
        }
    }
    p.gpuLayers = n;
    p.placement = n == 0 ? Placement::Cpu : (n == L ? Placement::Gpu : Placement::Hybrid);

    double tightest = 1e30;
    if (gpus > 0) {
        const int per = (n + gpus - 1) / gpus;
        DeviceMemory d;
        if (c.explain)
            d.device = {QT_TRANSLATE_NOOP("hw::Message", "GPU x%1 (%2)"), {std::to_string(b.gpusPerNode), b.gpu->name}};
        d.count = b.gpusPerNode;
        d.weightsGB = (per * layerBytes + (n == L && gpus == 1 ? head : 0.0)) / GB;
        d.kvGB = per * kvPerLayer / GB;
        d.overheadGB = (gpuOverhead + (n == L && gpus == 1 ? logits : 0.0)) / GB;
        if (n == L && gpus > 1) { // the output head sits on the last GPU: report the fullest one
            d.weightsGB = std::max(d.weightsGB, ((n / gpus) * layerBytes + head) / GB);
            d.overheadGB = (gpuOverhead + logits) / GB;
        }
        d.capacityGB = b.gpu->capacityGB();
        p.devices.push_back(d);
        p.gpuTotalGB = (n * (layerBytes + kvPerLayer) + gpus * gpuOverhead + (n == L ? head + logits : 0.0)) / GB;
        if (n > 0 && p.kvBytesPerToken > 0) {
            const double kvPerTokOnGpu = p.kvBytesPerToken / L * per;
            tightest = std::max(0.0, b.gpu->capacityGB() * GB - gpuNeed(n, gpus - 1) + per * kvPerLayer) / kvPerTokOnGpu;
        }
        c.line([&] {
            return Message{n == L ? QT_TRANSLATE_NOOP("hw::Message", "Each GPU holds up to %1 layers x %2 GB plus the output head (%5 GB), %3 GB KV and "
                                                                     "%4 GB runtime overhead + %6 GB logits buffer.")
                                  : QT_TRANSLATE_NOOP("hw::Message", "Each GPU holds up to %1 layers x %2 GB, %3 GB KV and %4 GB runtime overhead."),
                           {std::to_string(per), num(layerBytes / GB, 2), num(per * kvPerLayer / GB, 2), num(gpuOverhead / GB, 1), num(head / GB, 2),
                            num(logits / GB, 2)}};
        });
    }

    const int cpuLayers = L - n;
    if (cpuLayers > 0 && !b.cpu) {
        p.fits = p.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 of %2 layers do not fit the GPUs and the build names no CPU and RAM to run them."),
                           {std::to_string(cpuLayers), std::to_string(L)}};
        });
        return;
    }
    const double cpuWeights = cpuLayers * layerBytes + w.embedding + (n == L ? 0.0 : head);
    const double cpuKv = cpuLayers * kvPerLayer;
    const double ramNeeded = cpuWeights + cpuKv + (n == L ? 0.0 : logits) + kOsReserveGB * GB;
    DeviceMemory r;
    r.device = {QT_TRANSLATE_NOOP("hw::Message", "RAM"), {}}; // no arguments: no allocation
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
            c.line([&] {
                return Message{QT_TRANSLATE_NOOP("hw::Message", "Layers split over %1 nodes (RPC): %2 network hop(s) per token."),
                               {std::to_string(b.nodes), std::to_string(b.nodes - 1)}};
            });
        }
    }
    if (cpuLayers > 0) {
        // A CPU backend that maps tensor parallelism to NUMA nodes (SGLang --device cpu --tp N, one rank
        // per node, each reading its own shard from local memory: lmsys.org/blog/2025-07-14-intel-xeon-
        // optimization, "Multi Numa Parallelism") streams from every socket's channels at once.
        const bool numaRanks = gpus == 0 && b.runtime.cpuBackend && b.runtime.tensorParallel;
        if (numaRanks && b.sockets > 1)
            c.line([&] {
                return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 runs tensor parallel over the NUMA nodes of %2 sockets: each rank reads its "
                                                                "share of the weights from local memory."),
                               {b.runtime.name, std::to_string(b.sockets)}};
            });
        Stage s = cpuStage(b, numaRanks, b.runtime.cpuBandwidthEfficiency);
        const double bytes = cpuLayers * layerBytes;
        s.expertBytes = bytes * expertShare;
        s.streamedBytes = bytes - s.expertBytes + head;
        s.kvBytesPerTokenPerDevice = p.kvBytesPerToken / L * cpuLayers;
        s.flopsShare = cpuLayers * flopsPerLayer;
        s.attentionShare = cpuLayers * flopsPerLayer;
        if (gpus > 0) { // llama.cpp streams CPU weights to the GPU for large batches, and multiplies there
            s.prefillCopyGBs = hostToGpuCopyGBs(*b.gpu);
            s.prefillCopyTflops = gpuPeakTflops(b);
        }
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

    const double memory = g.capacityGB() * GB;
    // No published default limit (wired_fraction 0, e.g. DGX Spark, MI300A): all but the OS reserve.
    const bool noPublishedLimit = !b.wiredLimitGB && g.wiredFraction <= 0;
    const double wired = b.wiredLimitGB ? *b.wiredLimitGB * GB
        : noPublishedLimit              ? std::max(0.0, memory - kUnifiedOsReserveGB * GB)
                                        : g.wiredFraction * memory;
    const double weights = w.total / machines;
    const double kvPerTok = p.kvBytesPerToken / machines;
    const double kv = kvPerTok * double(b.workload.context) * b.workload.users;
    const double overhead = b.runtime.gpuOverheadGB * GB;
    const double need = weights + kv + overhead;

    DeviceMemory d;
    if (c.explain)
        d.device = machines > 1 ? Message{"%1 x %2", {std::to_string(machines), g.name}} : Message{"%1", {g.name}};
    d.count = machines;
    d.weightsGB = weights / GB;
    d.kvGB = kv / GB;
    d.overheadGB = overhead / GB;
    d.capacityGB = wired / GB;
    p.devices.push_back(d);
    p.kvTokenCapacity = kvPerTok > 0 ? std::max(0.0, (wired - weights - overhead) / kvPerTok) : 1e12;
    p.gpuTotalGB = need * machines / GB;
    c.line([&] {
        const char *text = machines > 1
            ? (b.wiredLimitGB ? QT_TRANSLATE_NOOP("hw::Message", "Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                 "the GPU may wire %4 of %5 GB (limit raised by the build).")
                              : QT_TRANSLATE_NOOP("hw::Message", "Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                 "the GPU may wire %4 of %5 GB (macOS default)."))
            : (b.wiredLimitGB ? QT_TRANSLATE_NOOP("hw::Message", "The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                 "the GPU may wire %4 of %5 GB (limit raised by the build).")
                              : QT_TRANSLATE_NOOP("hw::Message", "The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                 "the GPU may wire %4 of %5 GB (macOS default)."));
        if (noPublishedLimit)
            text = machines > 1 ? QT_TRANSLATE_NOOP("hw::Message", "Each machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                   "the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).")
                                : QT_TRANSLATE_NOOP("hw::Message", "The machine holds %1 GB of weights, %2 GB KV and %3 GB overhead in unified memory; "
                                                                   "the GPU may use %4 of %5 GB (no published GPU limit: all but the OS reserve).");
        return Message{text, {num(weights / GB), num(kv / GB, 2), num(overhead / GB, 1), num(wired / GB), num(g.capacityGB())}};
    });

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
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Pipeline over %1 machines: each reads its own layers in turn, plus %2 network hop(s) of %3 ms per token."),
                           {std::to_string(machines), std::to_string(machines - 1), num(b.runtime.hopLatencyMs, 1)}};
        });
    }

    if (need > wired) {
        p.fits = false;
        const double ramLimit = memory - kUnifiedOsReserveGB * GB;
        const double spill = std::min(need, ramLimit) - wired;
        if (spill > 0) {
            const double share = std::min(1.0, spill / weights);
            c.line([&] {
                return Message{QT_TRANSLATE_NOOP("hw::Message", "Exceeds the GPU-wired limit by %1 GB: raise it (sudo sysctl iogpu.wired_limit_mb) or the "
                                                                "remaining %2% of the weights run on the CPU cores, more slowly."),
                               {num((need - wired) / GB), num(share * 100, 0)}};
            });
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
    p.ramCapacityGB = g.capacityGB();
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

double cpuBandwidthGBs(const Build &build, bool numaAware, bool threadCapped)
{
    if (!build.cpu)
        return 0.0;
    const CpuSpec &cpu = *build.cpu;
    const int sockets = std::max(1, build.sockets);
    const int channelsPerSocket = build.ramChannels > 0 ? std::min(cpu.memoryChannels, std::max(1, build.ramChannels / sockets))
                                                        : cpu.memoryChannels;
    const int mts = build.ramMTs > 0 ? std::min(build.ramMTs, cpu.memoryMTs) : cpu.memoryMTs;
    // A bus stated in bits (LPDDR on a 256-bit bus) scales with the populated share of its channels.
    const double perSocketPeak = cpu.memoryBusBits > 0 ? busBandwidthGBs(cpu.memoryBusBits, mts) * channelsPerSocket / std::max(1, cpu.memoryChannels)
                                                       : socketBandwidthGBs(channelsPerSocket, mts);
    const double threadsPerSocket = double(cpuThreads(build)) / sockets;
    const double perSocket = threadCapped ? std::min(perSocketPeak, threadsPerSocket * kPerCoreBandwidthGBs) : perSocketPeak;
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
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 does not load %2 weights (%3)."), {b.runtime.name, b.quant.format, b.quant.name}}; });
        return plan;
    }
    if (b.quant.nonExpertBits > 0 && !b.model.isMoe()) {
        plan.fits = plan.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 is a dynamic quant of MoE experts; it does not exist for the dense %2."), {b.quant.name, b.model.name}};
        });
        return plan;
    }
    if (hasGpu && !b.runtime.runsOn(b.gpu->vendor)) {
        plan.fits = plan.runs = false;
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 does not run on %2 GPUs (%3)."), {b.runtime.name, b.gpu->vendor, b.gpu->name}}; });
        return plan;
    }
    if (!hasGpu && b.runtime.expertOffload) {
        plan.fits = plan.runs = false;
        c.line([&] {
            return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 needs a GPU for attention and the KV cache; it does not run on CPUs alone."), {b.runtime.name}};
        });
        return plan;
    }
    if (!hasGpu && !b.cpu) {
        plan.fits = plan.runs = false;
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "The build has neither a GPU nor a CPU."), {}}; });
        return plan;
    }

    plan.weights = weightBytes(b, fp8Native);
    plan.kvBytesPerToken = kvBytesPerToken(b.model, b.kvType, mlaCompressed(b));
    c.line([&] {
        const std::string total = num(plan.weights.total / GB);
        if (plan.weights.castToBf16)
            return hasGpu ? Message{QT_TRANSLATE_NOOP("hw::Message", "Weights: %1 GB (FP8 cast to BF16 because %2 has no native FP8: %3B params x 2 bytes)."),
                                    {total, b.gpu->name, num(b.model.totalParamsB, 0)}}
                          : Message{QT_TRANSLATE_NOOP("hw::Message", "Weights: %1 GB (FP8 cast to BF16 because the CPU has no native FP8: %2B params x 2 bytes)."),
                                    {total, num(b.model.totalParamsB, 0)}};
        if (plan.weights.fromFileSize && plan.weights.mtpExcludedBytes > 0)
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Weights: %1 GB (published file size of %2 %3, less its %4 GB of multi-token-prediction layers, "
                                                            "which are loaded only for speculative decoding)."),
                           {total, b.model.name, b.quant.name, num(plan.weights.mtpExcludedBytes / GB)}};
        if (plan.weights.fromFileSize)
            return Message{QT_TRANSLATE_NOOP("hw::Message", "Weights: %1 GB (published file size of %2 %3)."), {total, b.model.name, b.quant.name}};
        return Message{QT_TRANSLATE_NOOP("hw::Message", "Weights: %1 GB (%2B params x %3 bits / 8)."),
                       {total, num(b.model.totalParamsB, 1), num(b.quant.bitsPerWeight, 2)}};
    });
    if (b.model.isMoe())
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "Of the weights, the routed experts are %1 GB."), {num(plan.weights.routedExperts / GB)}}; });
    c.line([&] {
        // %1 KiB per token (per-layer elements x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB
        std::vector<std::string> args{num(plan.kvBytesPerToken / 1024.0, 1), std::to_string(b.model.layers), num(kvBytesPerElement(b.kvType), 2),
                                      kvTypeName(b.kvType), std::to_string(b.workload.context), std::to_string(b.workload.users),
                                      num(plan.kvBytesPerToken * b.workload.context * b.workload.users / GB, 2)};
        if (b.model.attention != Attention::Mla) {
            args.insert(args.end(), {std::to_string(b.model.kvHeads), std::to_string(b.model.headDim)});
            return Message{QT_TRANSLATE_NOOP("hw::Message", "KV cache: %1 KiB per token (2 x %8 KV heads x %9 x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB."),
                           std::move(args)};
        }
        if (mlaCompressed(b)) {
            args.insert(args.end(), {std::to_string(b.model.kvLoraRank), std::to_string(b.model.qkRopeDim)});
            return Message{QT_TRANSLATE_NOOP("hw::Message", "KV cache: %1 KiB per token (MLA latent (%8 + %9) x %2 layers x %3 B %4) x %5 tokens x %6 users = %7 GB."),
                           std::move(args)};
        }
        args.insert(args.end(), {std::to_string(b.model.attentionHeads), b.runtime.name});
        return Message{QT_TRANSLATE_NOOP("hw::Message", "KV cache: %1 KiB per token (MLA expanded to %8 full heads by %9 x %2 layers x %3 B %4) x %5 tokens x %6 "
                                                        "users = %7 GB."),
                       std::move(args)};
    });

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
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 cannot run this build without GPUs."), {b.runtime.name}}; });
    }
    if (!hasGpu && b.runtime.tensorParallel && !b.runtime.cpuBackend) {
        plan.fits = plan.runs = false;
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 needs GPUs."), {b.runtime.name}}; });
    }
    if (b.ramGB <= 0 && plan.placement != Placement::Gpu && plan.placement != Placement::Unified)
        c.line([&] { return Message{QT_TRANSLATE_NOOP("hw::Message", "No RAM size given: the RAM check is skipped."), {}}; });
    plan.fixedStepMs = plan.interconnectMs;
    return plan;
}

} // namespace hw
