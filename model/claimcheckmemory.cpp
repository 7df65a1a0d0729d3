#include "model/claimchecker.h"

// The memory checks: does the offered hardware hold the model, can RAM stream what the stated speed
// needs, and is the precision one the cards run.

namespace hw::claimcheck {

void Checker::memory()
{
    const Estimate &e = r.estimate;
    const auto gbFor = [&](double gb) {
        return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 GB for %2 %3"), {num(gb, 0), r.build.model.name, r.build.quant.name}};
    };
    const auto onOfferedHardware = [&] {
        return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 %2 on the offered hardware"), {r.build.model.name, r.build.quant.name}};
    };
    restsOn({"model", "quant", "model_memory_gb"});
    if (c.claimedModelMemoryGB && r.buildKnown) {
        // A quant read approximately ("Q4_K", "GPTQ 4-bit") is one of its width's variants: when the
        // claim is below even the smallest of them, the reading does not matter.
        const double smallestOfWidthGB = smallestOfSameWidthGB(cat, r.build);
        if (c.isAssumed("quant") && c.readFrom.count("quant") && smallestOfWidthGB > 0 && *c.claimedModelMemoryGB < 0.8 * smallestOfWidthGB)
            restsOn({"model", "model_memory_gb"});
        // A plan stopped before sizing (it does not fit) reports no weights: size them here.
        const double weightsGB = e.weightsGB > 0 ? e.weightsGB : weightBytes(r.build, true).total / GBy;
        if (*c.claimedModelMemoryGB < 0.8 * weightsGB)
            add("model-memory-understated", Severity::Impossible, gbFor(*c.claimedModelMemoryGB),
                {{QT_TRANSLATE_NOOP("hw::Message", "The weights alone are %1 GB (%2B params at %3)."),
                  {num(weightsGB, 0), num(r.build.model.totalParamsB, 0), r.build.quant.name}}},
                QT_TRANSLATE_NOOP("hw::Message", "Weights = parameters x bits per weight / 8, or the published file size."),
                QT_TRANSLATE_NOOP("hw::Message", "Which file is it, and how large is it on disk?"));
    }
    restsOn({"model", "quant", "memory_gb"});
    // An approximate figure ("~42 GB") is only beyond its precision when short by more than 10%. The
    // figure is the GPUs' memory ("24GB VRAM", "总显存"): RAM read beside it holds what they do not.
    const double ramBeside = c.ramGB > 0 && !c.isAssumed("ram_gb") ? c.ramGB : 0.0;
    if (c.claimedMemoryGB && r.buildKnown && *c.claimedMemoryGB * (c.claimedMemoryApproximate ? 1.1 : 1.0) + ramBeside < e.weightsGB + e.kvCacheGB)
        add("memory-does-not-fit", Severity::Impossible, gbFor(*c.claimedMemoryGB),
            {{QT_TRANSLATE_NOOP("hw::Message", "Weights %1 GB + KV %2 GB = %3 GB before any overhead."),
              {num(e.weightsGB, 0), num(e.kvCacheGB, 1), num(e.weightsGB + e.kvCacheGB, 0)}}},
            QT_TRANSLATE_NOOP("hw::Message", "Memory must hold weights, KV cache and overhead, device by device."),
            QT_TRANSLATE_NOOP("hw::Message", "Where do the remaining weights live, and at what speed do they run?"));
    if (!r.buildKnown)
        return;
    restsOn(buildInputs());
    if (!e.runs) {
        // A plan stopped before sizing anything (the runtime does not load this format, say)
        // reports no weights: size them here, at the most favourable precision, for the floor.
        double weightsGB = e.weightsGB, kvGB = e.kvCacheGB;
        if (weightsGB <= 0) {
            weightsGB = weightBytes(r.build, true).total / GBy;
            kvGB = kvBytesPerToken(r.build.model, r.build.kvType, true) * double(r.build.workload.context) * r.build.workload.users / GBy;
        }
        const double gpuMemory = r.build.gpu ? r.build.gpu->capacityGB() * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes) : 0.0;
        std::vector<Message> why{{QT_TRANSLATE_NOOP("hw::Message", "The weights are %1 GB and the KV cache for %2 user(s) at %3 tokens %4 GB."),
                                  {num(weightsGB, 0), std::to_string(r.build.workload.users), std::to_string(r.build.workload.context),
                                   num(kvGB, 1)}}};
        if (r.build.gpu)
            why.push_back({QT_TRANSLATE_NOOP("hw::Message", "The GPUs have %1 GB of memory in all."), {num(gpuMemory, 0)}});
        else
            why.push_back({QT_TRANSLATE_NOOP("hw::Message", "There is no GPU."), {}});
        if (e.gpuPerDeviceGB > 0)
            why.push_back({QT_TRANSLATE_NOOP("hw::Message", "Each GPU needs %1 GB of its %2 GB."), {num(e.gpuPerDeviceGB, 1), num(e.gpuCapacityPerDeviceGB, 0)}});
        if (!r.build.cpu)
            why.push_back({QT_TRANSLATE_NOOP("hw::Message", "No CPU and RAM are named to hold the rest."), {}});
        // The physical floor: weights and KV against every byte of memory offered. Failing only by
        // the runtime's own overhead is a configuration question, not an impossibility.
        const double capacity = gpuMemory + (r.build.cpu || r.build.gpu ? r.build.ramGB : 0.0)
            + (r.build.gpu && r.build.gpu->unified ? 0.0 : 0.0);
        // Without a stated context the floor is the KV of a short one (512 tokens per user).
        const double kvFloorGB = c.context ? kvGB : kvGB * 512.0 / std::max(512, r.build.workload.context);
        const bool physicallyFits = weightsGB + kvFloorGB <= capacity && gpuMemory > 0;
        if (physicallyFits)
            why.push_back({QT_TRANSLATE_NOOP("hw::Message", "Weights and KV fit the memory offered; only the runtime's overhead does not."), {}});
        add(physicallyFits ? "memory-tight" : "memory-does-not-fit", physicallyFits ? Severity::Unverifiable : Severity::Impossible, onOfferedHardware(), std::move(why),
            QT_TRANSLATE_NOOP("hw::Message", "Every device must hold its share."),
            QT_TRANSLATE_NOOP("hw::Message", "Which model, precision and offload make it fit?"));
    } else if (!e.fits) {
        const Estimate degraded = estimate(r.build, Detail::Figures);
        add(degraded.bound == Bound::Ssd ? "needs-ssd-paging" : "needs-offload", Severity::Warning, onOfferedHardware(),
            {{degraded.bound == Bound::Ssd
                  ? QT_TRANSLATE_NOOP("hw::Message", "It does not fit in memory as a whole: it runs by paging weights from the SSD at about %1 tok/s per user.")
                  : QT_TRANSLATE_NOOP("hw::Message", "It does not fit in memory as a whole: it runs with offload at about %1 tok/s per user."),
              {num(degraded.decodePerUser, 2)}}},
            QT_TRANSLATE_NOOP("hw::Message", "Whatever does not fit the GPUs sits in RAM; whatever does not fit RAM is read from the SSD."),
            QT_TRANSLATE_NOOP("hw::Message", "What speed did you measure, with how many users?"));
    } else if (e.placement == Placement::Hybrid || e.placement == Placement::Cpu) {
        add("runs-with-cpu-offload", Severity::Ok, {QT_TRANSLATE_NOOP("hw::Message", "Offered hardware"), {}},
            {{e.placement == Placement::Cpu ? QT_TRANSLATE_NOOP("hw::Message", "Fits with all the weights on the CPU.")
                                            : QT_TRANSLATE_NOOP("hw::Message", "Fits with the weights partly on the CPU (hybrid)."),
              {}}},
            QT_TRANSLATE_NOOP("hw::Message", "Hybrid CPU+GPU is slower than GPU-only."),
            QT_TRANSLATE_NOOP("hw::Message", "Confirm the run mode (KTransformers, llama.cpp -ngl) and the measured speed."));
    } else {
        add("memory-fits", Severity::Ok, {QT_TRANSLATE_NOOP("hw::Message", "Offered hardware"), {}},
            {{QT_TRANSLATE_NOOP("hw::Message", "Fits: %1 of %2 GB per device."), {num(e.gpuPerDeviceGB, 1), num(e.gpuCapacityPerDeviceGB, 0)}}},
            QT_TRANSLATE_NOOP("hw::Message", "Device-by-device memory."), "");
    }
}

// Weights held in RAM beside the GPUs ("RAM used 18.5 GB") are read from it every token by a dense
// model: a per-user speed needs at least GB in RAM x tok/s of RAM bandwidth, whatever the GPU does.
// Against a CPU named, above its peak (every socket, the stated DIMM speed) is impossible; with none
// named, a need beyond the catalog's slowest platform rests on which CPU it is: the offer cannot be
// judged before the vendor says (133: 14.8 tok/s x 18.5 GB needs 274 GB/s). A MoE reads only its
// routed experts: not weighed here.
void Checker::ramStreaming()
{
    if (!c.ramUsedGB || !r.buildKnown || !r.build.gpu || r.build.model.isMoe() || r.build.gpu->unified)
        return;
    const auto peakOf = [&](const CpuSpec &cpu, int sockets) { return cpuSocketPeakGBs(cpu, r.build.ramMTs) * std::max(1, sockets); };
    double slowest = 0;
    for (const CpuSpec &cpu : cat.cpus)
        if (const double bw = peakOf(cpu, 1); bw > 0 && (slowest == 0 || bw < slowest))
            slowest = bw;
    // "RAM used" may count the OS and other programs too: only the weights the GPUs cannot hold
    // are surely in RAM, so the bytes read per token are the lesser of the two.
    const double weightsGB = r.estimate.weightsGB > 0 ? r.estimate.weightsGB : weightBytes(r.build, true).total / GBy;
    const double gpuGB = r.build.gpu->capacityGB() * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes);
    const double inRamGB = std::min(*c.ramUsedGB, weightsGB - gpuGB);
    if (inRamGB <= 0)
        return;
    // A batch shares each read, so only a per-user speed needs it; more cards hold more.
    restsOn({"model", "quant", "gpu", "gpu_count", "gpu_memory", "nodes", "ram_used", "cpu", "sockets", "points", "users"});
    for (const PerformancePoint &p : c.points) {
        if (!p.perUserTps || (!p.modelId.empty() && p.modelId != r.build.model.id))
            continue;
        const double need = inRamGB * *p.perUserTps;
        const Message claim{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user with %2 GB of weights in RAM"), {num(*p.perUserTps, 1), num(inRamGB, 1)}};
        const char *rule = QT_TRANSLATE_NOOP("hw::Message", "A dense model reads every weight held in RAM once per token: RAM bytes x tok/s is the RAM bandwidth it needs.");
        const Message needed{QT_TRANSLATE_NOOP("hw::Message", "It needs at least %1 GB/s from RAM."), {num(need, 0)}};
        if (r.build.cpu) {
            const double peak = peakOf(*r.build.cpu, r.build.sockets);
            std::vector<Message> why{needed, {QT_TRANSLATE_NOOP("hw::Message", "%1 peaks at %2 GB/s."), {r.build.cpu->name, num(peak, 0)}}};
            if (need > peak * 1.02)
                add("ram-bandwidth-exceeded", Severity::Impossible, claim, std::move(why), rule,
                    QT_TRANSLATE_NOOP("hw::Message", "How was the speed measured, and where were the weights held?"));
            else
                add("ram-bandwidth-within", Severity::Ok, claim, std::move(why), rule, "");
        } else if (slowest > 0 && need > slowest) {
            add("ram-bandwidth-unknown", Severity::Unverifiable, claim,
                {needed, {QT_TRANSLATE_NOOP("hw::Message", "No CPU is named: the slowest platform in the catalog gives %1 GB/s."), {num(slowest, 0)}}}, rule,
                QT_TRANSLATE_NOOP("hw::Message", "Which CPU, and how many memory channels at what speed?"));
            undecided = true;
        }
    }
}

void Checker::precision()
{
    restsOn({"mentions_bf8", "quant", "gpu"});
    if (c.mentionsBf8)
        add("bf8-does-not-exist", Severity::Impossible, quoted("\"BF8\""),
            {{QT_TRANSLATE_NOOP("hw::Message", "There is no BF8 format: DeepSeek ships FP8 (E4M3) weights."), {}}},
            QT_TRANSLATE_NOOP("hw::Message", "R1/V3 are released in FP8 with block scales (DeepSeek's model card)."),
            QT_TRANSLATE_NOOP("hw::Message", "Do you mean FP8? Which GPUs run it natively?"));
    if (r.buildKnown && r.build.quant.needsNativeFp8 && r.build.gpu && !r.build.gpu->nativeFp8())
        add("fp8-not-native", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "FP8 weights on %1"), {r.build.gpu->name}},
            {{QT_TRANSLATE_NOOP("hw::Message", "%1 has no FP8: the weights are cast to BF16, %2 GB instead of ~%3."),
              {r.build.gpu->name, num(r.estimate.weightsGB, 0), num(r.estimate.weightsGB / 2, 0)}}},
            QT_TRANSLATE_NOOP("hw::Message", "FP8 needs Hopper, Ada, MI300 or Blackwell (checklist 2)."),
            QT_TRANSLATE_NOOP("hw::Message", "Will you cast to BF16 (twice the memory) or use INT8?"));
}

} // namespace hw::claimcheck
