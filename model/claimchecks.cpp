#include "model/claims.h"
#include "model/claimceiling.h"
#include "model/hardware.h"

#include "model/textformat.h"
#include "model/kvcache.h"
#include "model/weights.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hw {

namespace {

constexpr double GBy = 1e9;

bool near(double a, double b, double tolerance) { return b != 0 && std::abs(a - b) / std::abs(b) <= tolerance; }

// The quant a release ships in when the offer names none: its native precision when the catalog holds
// it as a quant (gpt-oss ships MXFP4: read as BF16 it was 3.7x its size), else FP8 or BF16.
std::string nativeQuant(const Catalog &cat, const ModelSpec &m)
{
    if (!m.nativePrecision.empty() && cat.quant(m.nativePrecision))
        return m.nativePrecision;
    return m.nativePrecision == "fp8" ? "fp8" : "bf16";
}

bool isFullPrecision(const std::string &quant) { return quant == "fp8" || quant == "bf16" || quant == "fp16" || quant == "int8"; }

struct Checker
{
    const Claim &c;
    const Catalog &cat;
    const PriceBook &prices;
    const CostSettings &settings;
    ClaimReport r;

    // claim and computed are messages (ui/ translates them and fills in the numbers); rule and ask are
    // fixed sentences marked QT_TRANSLATE_NOOP: ui/ translates them by their English text.
    std::vector<std::string> inputs; // the claim fields the next findings rest on
    bool undecided = false;          // an impossibility that only the unstated RAM could lift
    void add(std::string id, Severity s, Message claim, std::vector<Message> computed, std::string rule, std::string ask)
    {
        r.findings.push_back({std::move(id), s, std::move(claim), std::move(computed), std::move(rule), std::move(ask), inputs});
    }
    void restsOn(std::vector<std::string> fields) { inputs = std::move(fields); }
    // The build's fields: the memory and speed findings rest on all of them.
    std::vector<std::string> buildInputs() const
    {
        std::vector<std::string> f{"model", "quant", "gpu", "gpu_count", "gpu_memory", "nodes", "cpu", "sockets", "ram_gb"};
        // A row naming its own model (and quant) states them itself: they rest on the row ("points").
        f.erase(std::remove_if(f.begin(), f.end(), [&](const std::string &x) { return rowOwn.count(x) > 0; }), f.end());
        return f;
    }
    std::set<std::string> rowOwn{}; // the build fields the point being checked states itself
    static Message quoted(std::string offerText) { return {"%1", {std::move(offerText)}}; } // the offer's own words

    double firstUsers() const
    {
        for (const PerformancePoint &p : c.points)
            if (p.users)
                return *p.users;
        return 1;
    }
    std::optional<double> firstPerUser() const
    {
        for (const PerformancePoint &p : c.points)
            if (p.perUserTps)
                return p.perUserTps;
        return {};
    }

    // The offer as a build: what it names, the rest filled in its favour (the best runtime).
    bool makeBuild()
    {
        std::string modelId = c.modelId.empty() && c.fullModel && !c.isAssumed("model") ? "deepseek-r1" : c.modelId;
        const ModelSpec *m = cat.model(modelId);
        if (!m || (c.gpuId.empty() && c.cpuId.empty()))
            return false;
        Build &b = r.build;
        b.model = *m;
        std::string quantId = c.quantId;
        if (quantId.empty())
            quantId = nativeQuant(cat, *m);
        const QuantSpec *q = cat.quant(quantId);
        if (!q)
            return false;
        b.quant = *q;
        b.fileGB = c.fileGB ? c.fileGB : cat.fileGB(m->id, q->id);
        if (const GpuSpec *g = cat.gpu(c.gpuId)) {
            b.gpu = *g;
            if (c.gpuMemoryGB > 0) // a memory variant ("H20 141G", "4090 48G", "M3 Ultra 256GB")
                b.gpu->memoryGB = c.gpuMemoryGB;
            b.gpusPerNode = std::max(1, c.gpuCount);
        }
        if (const CpuSpec *cpu = cat.cpu(c.cpuId)) {
            b.cpu = *cpu;
            if (c.ramMTs > 0) // the offer's DIMMs, read with the CPU by its family
                b.cpu->memoryMTs = c.ramMTs;
            b.sockets = std::max(1, c.sockets);
        }
        b.nodes = std::max(1, c.nodes);
        b.ramGB = c.ramGB;
        b.ramChannels = c.ramChannels;
        b.workload.users = int(std::clamp(firstUsers(), 1.0, 100000.0));
        b.workload.context = int(std::min<double>(m->maxContext, c.context.value_or(4096)));
        b.workload.minTpsPerUser = std::min(1000.0, firstPerUser().value_or(6));
        // Unless the offer names a runtime, the one that serves the claim best.
        double best = -1;
        for (const RuntimeSpec &rt : cat.runtimes) {
            if (!c.runtimeId.empty() && rt.id != c.runtimeId)
                continue;
            Build trial = b;
            trial.runtime = rt;
            const Estimate e = estimate(trial, Detail::Figures);
            // Running beats not running; among failures, a runtime that loads the weights on these GPUs
            // says how far off the memory is.
            const bool compatible = rt.loads(trial.quant.format) && (!trial.gpu || rt.runsOn(trial.gpu->vendor));
            const double score = (e.runs ? 1e6 : 0) + (e.fits ? 1e5 : 0) + (compatible ? 1e4 : 0) + (rt.tensorParallel ? 1 : 0) + e.decodePerUser;
            if (score > best) {
                best = score;
                r.build = trial;
                r.estimate = e;
            }
        }
        // The offer states no context: the longest (down to 512 tokens) at which the build runs and its
        // KV cache holds every user, not a default that makes the KV cache, rather than the offer, fail
        // (2 x 8 H100 hold V3 FP8 and 128 users at 2K tokens, not at 4K: the rest queued, and the
        // queue was judged as the offer's speed).
        if (best >= 0 && !c.context && (!r.estimate.runs || !r.estimate.fits))
            for (int context = r.build.workload.context / 2; context >= 512; context /= 2) {
                Build trial = r.build;
                trial.workload.context = context;
                if (Estimate e = estimate(trial, Detail::Figures); e.runs && (e.fits || !r.estimate.runs)) {
                    r.build = trial, r.estimate = e;
                    break;
                }
            }
        return best >= 0;
    }

    // The physical ceiling: the same build with every efficiency at 100% and no fixed overhead.
    Estimate roofline(int users) const { return roofline(r.build, users); }
    static Estimate roofline(Build b, int users) { return rooflineOf(std::move(b), users); }

    void identity()
    {
        restsOn({"full", "model", "quant"});
        const ModelSpec *m = cat.model(c.modelId.empty() && c.fullModel && !c.isAssumed("model") ? "deepseek-r1" : c.modelId);
        if (c.fullModel) {
            if (m && m->kind != "full")
                add("full-claim-is-distill", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "\"Full\" (满血) %1"), {m->name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 is a %2B distill, not the 671B R1/V3."), {m->name, num(m->totalParamsB, 1)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Checklist 1: full means DeepSeek R1/V3 671B at FP8 or BF16 (INT8 W8A8 when stated)."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which model file exactly runs on the machine? Show its name and size on disk."));
            else if (!c.quantId.empty() && !isFullPrecision(c.quantId)) {
                const QuantSpec *q = cat.quant(c.quantId);
                add("full-claim-is-quantized", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "\"Full\" (满血) at %1"), {q ? q->name : c.quantId}},
                    {q ? Message{QT_TRANSLATE_NOOP("hw::Message", "%1 keeps %2 bits per weight; the release is FP8 (8 bits)."), {q->name, num(q->bitsPerWeight, 2)}}
                       : Message{QT_TRANSLATE_NOOP("hw::Message", "%1 is not the release's FP8 (8 bits)."), {c.quantId}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Checklist 1: quants and distills are not the full model."),
                    QT_TRANSLATE_NOOP("hw::Message", "Is it a quantized model? Which quant, and what quality loss was measured?"));
            } else
                add("model-identity", Severity::Ok, {QT_TRANSLATE_NOOP("hw::Message", "Full DeepSeek R1/V3"), {}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "671B at %1."), {c.quantId.empty() ? std::string("FP8") : c.quantId}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Checklist 1."),
                    QT_TRANSLATE_NOOP("hw::Message", "Confirm the exact checkpoint (R1, R1-0528 or V3)."));
        }
        if (m && m->kind == "distill" && c.text.find("R1") != std::string::npos && c.text.find("istill") == std::string::npos
            && c.text.find("蒸馏") == std::string::npos)
            add("distill-named-as-r1", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "\"DeepSeek R1\" for %1"), {m->name}},
                {{QT_TRANSLATE_NOOP("hw::Message", "%1: a distill of R1 into a %2B dense model, far weaker than the 671B R1."), {m->name, num(m->totalParamsB, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 1: distills are not R1."),
                QT_TRANSLATE_NOOP("hw::Message", "Say plainly that this is the distilled model."));
        restsOn({"model", "params_b"});
        if (c.paramsB && m) {
            if (!near(*c.paramsB, m->totalParamsB, 0.1) && !near(*c.paramsB, m->activeParamsB, 0.1))
                add("parameter-count-mismatch", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "%1B parameters for %2"), {num(*c.paramsB, 1), m->name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 has %2B parameters (%3B active per token), per its config.json."),
                      {m->name, num(m->totalParamsB, 0), num(m->activeParamsB, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Model facts must match the published configuration."),
                    QT_TRANSLATE_NOOP("hw::Message", "Where does the parameter count come from?"));
        }
        restsOn({"model", "context_window"});
        if (c.contextWindow && m && !near(*c.contextWindow, m->maxContext, 0.25) && !near(*c.contextWindow, 131072, 0.05))
            add("context-window-mismatch", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "%1-token window for %2"), {num(*c.contextWindow, 0), m->name}},
                {{QT_TRANSLATE_NOOP("hw::Message", "%1's window is %2 tokens (config.json max_position_embeddings)."), {m->name, std::to_string(m->maxContext)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Model facts must match the published configuration."),
                QT_TRANSLATE_NOOP("hw::Message", "Is the window limited by the serving configuration? What context will users get?"));
    }

    void memory()
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
    void ramStreaming()
    {
        if (!c.ramUsedGB || !r.buildKnown || !r.build.gpu || r.build.model.isMoe() || r.build.gpu->unified)
            return;
        const auto peakOf = [&](const CpuSpec &cpu, int sockets) {
            const int mts = r.build.ramMTs > 0 ? std::min(r.build.ramMTs, cpu.memoryMTs) : cpu.memoryMTs;
            return (cpu.memoryBusBits > 0 ? busBandwidthGBs(cpu.memoryBusBits, mts) : socketBandwidthGBs(cpu.memoryChannels, mts)) * std::max(1, sockets);
        };
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

    void precision()
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

    // Each performance point at its own concurrency: users x per-user against the stated total, the
    // per-user speed (or the total over the users) against the roofline and the calibrated estimate.
    void speed()
    {
        for (const PerformancePoint &p : c.points) {
            point(p);
            if (p.aggregateTps && !p.users && !p.perUserTps && !p.aggregateIncludesInput && p.quantId.empty() && (p.modelId.empty() || p.modelId == r.build.model.id))
                totalAtBestConcurrency(*p.aggregateTps);
        }
    }

    // A first-token latency against the prefill it waits for: every prompt token passes through the
    // active weights once (2 x active parameters FLOP per token), and no card computes faster than twice
    // its densest tensor rate (covering INT8 and FP4 paths): a floor no runtime beats, attention's own
    // work left out in the offer's favour. A cached prompt is not computed again: not checked then.
    void firstTokenLatency()
    {
        if (!r.buildKnown || !r.build.gpu || !c.promptTokens || c.prefixCached)
            return;
        const GpuSpec &g = *r.build.gpu;
        const double peakTflops = 2.0 * std::max(g.bf16Tflops, g.fp8Tflops);
        const int cards = std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes);
        if (peakTflops <= 0 || r.build.model.activeParamsB <= 0)
            return;
        const double pflop = 2.0 * r.build.model.activeParamsB * 1e9 * *c.promptTokens / 1e15;
        const double floorMs = pflop * 1e15 / (peakTflops * 1e12 * cards) * 1000.0;
        restsOn({"model", "gpu", "gpu_count", "nodes", "prompt_tokens", "points"});
        for (const PerformancePoint &p : c.points) {
            if (!p.ttftMs || (!p.modelId.empty() && p.modelId != r.build.model.id))
                continue;
            const Message claim{QT_TRANSLATE_NOOP("hw::Message", "First token in %1 ms for a %2-token prompt"), {num(*p.ttftMs, 0), num(*c.promptTokens, 0)}};
            std::vector<Message> computed{{QT_TRANSLATE_NOOP("hw::Message", "The prompt needs %1 PFLOP (2 x %2B active parameters x %3 tokens): at least %4 ms on %5 x %6 at twice its %7 dense TFLOPS."),
                                           {num(pflop, 2), num(r.build.model.activeParamsB, 0), num(*c.promptTokens, 0), num(floorMs, 0), std::to_string(cards), g.name,
                                            num(std::max(g.bf16Tflops, g.fp8Tflops), 0)}}};
            const char *rule = QT_TRANSLATE_NOOP("hw::Message", "The first token waits for the whole prompt's prefill: 2 x active parameters FLOP per prompt token.");
            if (*p.ttftMs < floorMs) {
                computed.push_back({QT_TRANSLATE_NOOP("hw::Message", "At that rate %1 ms needs at least %2 cards."),
                                    {num(*p.ttftMs, 0), std::to_string(int(std::ceil(floorMs * cards / *p.ttftMs)))}});
                add("ttft-below-prefill-compute", Severity::Impossible, claim, std::move(computed), rule,
                    QT_TRANSLATE_NOOP("hw::Message", "How long was the prompt, on how many cards, and was it served from a prefix cache?"));
            } else
                add("ttft-consistent", Severity::Ok, claim, std::move(computed), rule, "");
        }
    }

    // A total without its users: against the most the build gives in all at any concurrency (in the
    // offer's favour), and against the physical ceiling there.
    void totalAtBestConcurrency(double claimed)
    {
        if (!r.buildKnown)
            return;
        auto fields = buildInputs();
        fields.push_back("points");
        restsOn(fields);
        double best = 0, ceiling = 0;
        int bestUsers = 0;
        for (int users = 1; users <= 256; users *= 2) {
            Build at = r.build;
            at.workload.users = users;
            at.workload.minTpsPerUser = 0.01; // any speed each: the total is what is claimed
            at.maxBatch = users;              // every user decoded together: in the offer's favour
            if (const Estimate e = estimate(at, Detail::Figures); e.runs && e.decodePerUser * users > best)
                best = e.decodePerUser * users, bestUsers = users;
            if (const Estimate top = roofline(at, users); top.runs)
                ceiling = std::max(ceiling, top.decodePerUser * users);
        }
        if (best <= 0 || ceiling <= 0)
            return;
        const Message claim{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s in all, users not stated"), {num(claimed, 0)}};
        const Message computed{QT_TRANSLATE_NOOP("hw::Message", "At its best concurrency (%1 users) the planner estimates %2 tok/s in all; the physical ceiling is %3."),
                               {std::to_string(bestUsers), num(best, 1), num(ceiling, 1)}};
        const char *rule = QT_TRANSLATE_NOOP("hw::Message", "A total without its users is checked at the concurrency that serves it best.");
        const char *ask = QT_TRANSLATE_NOOP("hw::Message", "How many users at once gave this total, and what speed did each get?");
        if (claimed > ceiling * 1.02)
            add("total-above-roofline", Severity::Impossible, claim, {computed}, rule, ask);
        else if (claimed > best * 1.5)
            add("total-optimistic", Severity::Optimistic, claim, {computed}, rule, ask);
        else
            add("total-consistent", Severity::Ok, claim, {computed}, rule, "");
    }

    void point(const PerformancePoint &p)
    {
        restsOn({"points"});
        if (p.users && p.perUserTps && p.aggregateTps && !p.aggregateIncludesInput && *p.users * *p.perUserTps > *p.aggregateTps * 1.05)
            add("aggregate-inconsistent", Severity::Impossible,
                {QT_TRANSLATE_NOOP("hw::Message", "%1 users at %2 tok/s each with %3 tok/s in all"), {num(*p.users, 0), num(*p.perUserTps, 1), num(*p.aggregateTps, 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "%1 x %2 = %3 tok/s, more than the stated %4."),
                  {num(*p.users, 0), num(*p.perUserTps, 1), num(*p.users * *p.perUserTps, 0), num(*p.aggregateTps, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Aggregate throughput is at least users x per-user speed."),
                QT_TRANSLATE_NOOP("hw::Message", "Which figure was measured, and with how many users at once?"));
        if (p.aggregateIncludesInput)
            add("throughput-includes-input", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "Throughput of %1 tok/s"), {num(p.aggregateTps.value_or(0), 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "The figure counts prompt (input) tokens; users see output tokens."), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "tok/s means output tokens unless said otherwise."),
                QT_TRANSLATE_NOOP("hw::Message", "What is the output-token throughput?"));
        if (!r.buildKnown)
            return;
        // A row naming its own model ("| Llama 3.1 70B · 4-bit | 38 tok/s | INT4 |") is checked as that
        // model, at the row's quant (a row of another model without one is not checked: whose quant?).
        const ModelSpec *rowModel = p.modelId.empty() ? nullptr : cat.model(p.modelId);
        if (rowModel && p.quantId.empty() && rowModel->id != r.build.model.id)
            return;
        // A table row with its own quant ("| Q8_0 | 2 | ~55 |") is checked on the build at that quant.
        const QuantSpec *rowQuant = p.quantId.empty() || (p.quantId == r.build.quant.id && !rowModel) ? nullptr : cat.quant(p.quantId);
        if (!rowQuant && !rowModel) {
            speedAt(p);
            return;
        }
        const Build saved = r.build;
        const Estimate savedEstimate = r.estimate;
        if (rowModel) {
            r.build.model = *rowModel;
            rowOwn.insert("model");
        }
        if (rowQuant) {
            r.build.quant = *rowQuant;
            if (rowModel)
                rowOwn.insert("quant");
        }
        r.build.fileGB = cat.fileGB(r.build.model.id, r.build.quant.id);
        r.estimate = estimate(r.build, Detail::Figures);
        rowFits(p);
        speedAt(p);
        r.build = saved;
        r.estimate = savedEstimate;
        rowOwn.clear();
    }

    // The weights at a row's quant against every byte of memory offered.
    void rowFits(const PerformancePoint &p)
    {
        if (r.estimate.runs)
            return;
        auto fields = buildInputs();
        fields.push_back("points");
        restsOn(fields);
        const double weightsGB = weightBytes(r.build, true).total / GBy;
        const double gpuMemory = r.build.gpu ? r.build.gpu->capacityGB() * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes) : 0.0;
        const double capacity = gpuMemory + r.build.ramGB;
        if (weightsGB <= capacity)
            return;
        add("point-does-not-fit", Severity::Impossible, quoted(p.text),
            {{QT_TRANSLATE_NOOP("hw::Message", "At %1 the weights alone are %2 GB; the offered hardware holds %3 GB."),
              {r.build.quant.name, num(weightsGB, 1), num(capacity, 0)}}},
            QT_TRANSLATE_NOOP("hw::Message", "Every device must hold its share."),
            QT_TRANSLATE_NOOP("hw::Message", "Which quant was this row measured with, and on which hardware?"));
    }

    void speedAt(const PerformancePoint &p)
    {
        // A total with its users is a per-user speed; a total without users cannot be placed.
        std::optional<double> perUser = p.perUserTps;
        if (!perUser && p.aggregateTps && p.users && !p.aggregateIncludesInput)
            perUser = *p.aggregateTps / *p.users;
        if (!perUser)
            return;
        auto fields = buildInputs();
        fields.push_back("points");
        if (!p.users)
            fields.push_back("users"); // assumed 1: the per-user ceiling is the strictest there
        restsOn(fields);
        const int users = int(std::clamp(p.users.value_or(1), 1.0, 100000.0));
        Build at = r.build;
        at.workload.users = users;
        const Estimate here = estimate(at, Detail::Figures);
        double ceiling = roofline(users).decodePerUser;
        // A build the planner does not run (only by its overhead) still has a physical ceiling: every
        // decode step reads the active weights at least once, at best from every GPU's memory at once.
        if (!r.estimate.runs) {
            if (ceiling <= 0)
                ceiling = weightStreamCeiling(r.build);
            if (!(ceiling > 0 && *perUser > ceiling * 1.02))
                return;
        }
        const double estimateNow = here.runs ? here.decodePerUser : r.estimate.decodePerUser;
        const Message claimedSpeed{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 user(s)"), {num(*perUser, 1), std::to_string(users)}};
        std::vector<Message> everyReading;
        if (ceiling > 0 && *perUser > ceiling * 1.02 && r.estimate.runs)
            everyReading = dropReadingsThatDoNotMatter(c, cat, r.build, p, *perUser, inputs);
        if (ceiling > 0 && *perUser > ceiling * 1.02) {
            std::vector<Message> computed{{QT_TRANSLATE_NOOP("hw::Message", "Even at 100% of memory bandwidth and no overhead the build gives %1 tok/s per user (the planner's estimate: %2)."),
                                           {num(ceiling, 1), num(estimateNow, 1)}}};
            computed.insert(computed.end(), everyReading.begin(), everyReading.end());
            add("speed-above-roofline", Severity::Impossible, claimedSpeed, std::move(computed),
                QT_TRANSLATE_NOOP("hw::Message", "Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token."),
                QT_TRANSLATE_NOOP("hw::Message", "How was the speed measured (model, quant, prompt, users)?"));
        } else if (*perUser > estimateNow * 1.5)
            add("speed-optimistic", Severity::Optimistic, claimedSpeed,
                {{QT_TRANSLATE_NOOP("hw::Message", "The planner estimates %1 tok/s; the claim is %2x that."),
                  {num(estimateNow, 1), num(*perUser / std::max(1e-9, estimateNow), 1)}},
                 {boundSentence(here.bound), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "More than 50% above the calibrated estimate."),
                QT_TRANSLATE_NOOP("hw::Message", "Show a measurement at this concurrency."));
        else
            add("speed-consistent", Severity::Ok, claimedSpeed,
                {{QT_TRANSLATE_NOOP("hw::Message", "The planner estimates %1 tok/s."), {num(estimateNow, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Within 50% of the calibrated estimate."), "");
    }

    void concurrency()
    {
        for (const PerformancePoint &p : c.points)
            if (p.users && *p.users > 1 && !p.perUserTps && !p.aggregateTps)
                concurrencyAt(*p.users);
    }

    void concurrencyAt(double users)
    {
        if (!r.buildKnown || !r.estimate.runs)
            return;
        auto fields = buildInputs();
        fields.push_back("points");
        restsOn(fields);
        const double target = 6.0;
        Build at = r.build;
        at.workload.users = int(std::clamp(users, 1.0, 100000.0));
        at.workload.minTpsPerUser = target;
        const Estimate e = estimate(at, Detail::Figures);
        const Estimate ceiling = roofline(at.workload.users);
        const Message claimedUsers{QT_TRANSLATE_NOOP("hw::Message", "%1 concurrent users at %2 tok/s"), {num(users, 0), num(target, 1)}};
        if (!e.runs || e.decodePerUser < target) {
            add("concurrency-not-supported", ceiling.decodePerUser < target && ceiling.runs ? Severity::Impossible : Severity::Optimistic, claimedUsers,
                {{QT_TRANSLATE_NOOP("hw::Message", "At %1 users each gets about %2 tok/s (ceiling %3); %4 users get %5 tok/s."),
                  {num(users, 0), num(e.decodePerUser, 2), num(ceiling.decodePerUser, 2), std::to_string(e.maxUsers), num(target, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 3: 6 tok/s per user is acceptable, 14 comfortable, for every user at once."),
                QT_TRANSLATE_NOOP("hw::Message", "What speed does each user get at that concurrency?"));
        } else {
            add("concurrency-supported", Severity::Ok, {QT_TRANSLATE_NOOP("hw::Message", "%1 users"), {num(users, 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "Each gets about %1 tok/s; up to %2 users at %3 tok/s."),
                  {num(e.decodePerUser, 1), std::to_string(e.maxUsers), num(target, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 3."), "");
        }
    }

    void price()
    {
        if (!c.price)
            return;
        restsOn({"price", "model", "quant"});
        const double cny = c.priceCurrency == "USD" ? *c.price * settings.usdToCny : *c.price;
        const Message offeredPrice{QT_TRANSLATE_NOOP("hw::Message", "%1 CNY"), {num(cny, 0)}};
        // Whatever the hardware, the weights must sit in memory: the cheapest memory the catalog prices is a floor.
        const ModelSpec *model = cat.model(c.modelId.empty() && c.fullModel && !c.isAssumed("model") ? "deepseek-r1" : c.modelId);
        const QuantSpec *quant = cat.quant(c.quantId.empty() && model ? nativeQuant(cat, *model) : c.quantId);
        if (model && quant) {
            Build w;
            w.model = *model;
            w.quant = *quant;
            w.fileGB = cat.fileGB(model->id, quant->id);
            const double weightsGB = weightBytes(w, true).total / GBy;
            double cheapest = 0;
            std::string which;
            for (MemoryType type : kMemoryTypes)
                if (const auto q = prices.latest(PartKind::Memory, memoryTypeId(type)); q && (cheapest == 0 || q->amount < cheapest)) {
                    cheapest = q->amount;
                    which = std::string(memoryTypeId(type)) + " " + q->condition;
                }
            if (cheapest > 0 && cny < weightsGB * cheapest)
                add("price-below-memory-cost", Severity::Impossible,
                    {QT_TRANSLATE_NOOP("hw::Message", "%1 CNY for %2 %3"), {num(cny, 0), model->name, quant->name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "The weights alone need %1 GB of memory; at the cheapest price in the catalog (%2, %3 CNY/GB) that memory costs %4 CNY."),
                      {num(weightsGB, 0), which, num(cheapest, 2), num(weightsGB * cheapest, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "A build must at least hold its weights in memory."),
                    QT_TRANSLATE_NOOP("hw::Message", "What hardware does the price buy, and which model file runs on it?"));
        }
        restsOn({"price", "gpu", "gpu_count", "nodes"});
        // Whole machines quoted in the documents and public pages are the market reference for GPU servers.
        if (!c.gpuId.empty()) {
            const int gpus = std::max(1, c.gpuCount) * std::max(1, c.nodes);
            for (int n : {8, 4, 2, 1}) {
                const auto q = prices.latest(PartKind::System, c.gpuId + ":" + std::to_string(n));
                if (!q)
                    continue;
                const double reference = q->amount / n * gpus;
                if (cny < reference * 0.5)
                    add("price-below-market", Severity::Warning,
                        {QT_TRANSLATE_NOOP("hw::Message", "%1 CNY for %2 x %3"), {num(cny, 0), std::to_string(gpus), c.gpuId}},
                        {{QT_TRANSLATE_NOOP("hw::Message", "Machines with %1 x %2 are quoted at %3 CNY (%4, %5): about %6 CNY for %7 GPUs."),
                          {std::to_string(n), c.gpuId, num(q->amount, 0), q->source, q->date, num(reference, 0), std::to_string(gpus)}}},
                        QT_TRANSLATE_NOOP("hw::Message", "Checklist 4: prices far below market mean used, refurbished, grey-market or different parts."),
                        QT_TRANSLATE_NOOP("hw::Message", "Which exact GPUs (model, memory), new or refurbished, and with which warranty?"));
                break;
            }
        }
        if (!r.buildKnown) {
            add("price-unverifiable", Severity::Unverifiable, offeredPrice,
                {{QT_TRANSLATE_NOOP("hw::Message", "The offer does not name enough hardware to price it part by part."), {}}}, "",
                QT_TRANSLATE_NOOP("hw::Message", "List every part."));
            return;
        }
        // The parts the catalog prices, new, are a floor for a new build.
        const CostResult cost = costOf(r.build, r.estimate, prices, settings);
        double newFloor = 0;
        for (const BomLine &l : cost.lines)
            if (l.price && l.price->condition == "new" && (l.kind == PartKind::Gpu || l.kind == PartKind::Cpu || l.kind == PartKind::System))
                newFloor += l.total();
        if (newFloor > 0 && cny < newFloor * 0.9)
            add("price-below-market", Severity::Warning, offeredPrice,
                {{QT_TRANSLATE_NOOP("hw::Message", "The GPUs and CPUs alone cost %1 CNY new at the catalog's latest prices."), {num(newFloor, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 4: prices far below new parts mean used, refurbished, grey-market or different parts."),
                QT_TRANSLATE_NOOP("hw::Message", "Are the parts new? Which warranty, from whom, for how long?"));
        else if (!cost.complete()) {
            std::vector<Message> unpriced; // by name, as the bill of materials shows them
            for (const BomLine &l : cost.lines)
                if (!l.price)
                    unpriced.push_back({QT_TRANSLATE_NOOP("hw::Message", "No price in the catalog for %1."), {l.name}});
            add("price-unverifiable", Severity::Unverifiable, offeredPrice, std::move(unpriced),
                QT_TRANSLATE_NOOP("hw::Message", "Prices are compared with sourced quotes only."),
                QT_TRANSLATE_NOOP("hw::Message", "Itemise the offer so each part can be compared."));
        } else
            add("price-consistent", Severity::Ok, offeredPrice,
                {{QT_TRANSLATE_NOOP("hw::Message", "The bill of materials comes to %1 CNY."), {num(cost.capex, 0)}}}, "", "");
        if (c.condition == "refurbished" || c.condition == "used" || !c.warrantyMonths)
            add("warranty", c.condition.empty() || c.condition == "new" ? Severity::Unverifiable : Severity::Warning,
                c.condition.empty() ? Message{QT_TRANSLATE_NOOP("hw::Message", "No condition stated"), {}} : quoted(c.condition),
                {c.warrantyMonths ? Message{QT_TRANSLATE_NOOP("hw::Message", "Warranty %1 months."), {num(*c.warrantyMonths, 0)}}
                                  : Message{QT_TRANSLATE_NOOP("hw::Message", "No warranty stated."), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 4: confirm new or refurbished, and the warranty."),
                QT_TRANSLATE_NOOP("hw::Message", "New or refurbished? Who gives the warranty, and for how long?"));
    }

    void facts()
    {
        restsOn({"facts"});
        for (const QuotedFact &f : c.facts) {
            if (f.attribute == "network_gbps") {
                double standard = 0;
                if (f.label == "edr")
                    standard = 100;
                else if (f.label == "hdr")
                    standard = 200;
                else if (f.label == "ndr")
                    standard = 400;
                else if (f.label == "xdr")
                    standard = 800;
                if (standard > 0 && !near(f.value, standard, 0.01))
                    add("network-label-mismatch", Severity::Impossible, quoted(f.text),
                        {{QT_TRANSLATE_NOOP("hw::Message", "InfiniBand %1 is %2 Gb/s per port, not %3."), {f.label, num(standard, 0), num(f.value, 0)}}},
                        QT_TRANSLATE_NOOP("hw::Message", "EDR 100, HDR 200, NDR 400, XDR 800 Gb/s (InfiniBand Trade Association roadmap)."),
                        QT_TRANSLATE_NOOP("hw::Message", "Which adapters and switches exactly?"));
                continue;
            }
            const GpuSpec *g = cat.gpu(f.gpuId);
            if (!g)
                continue;
            double expected = 0;
            const char *datasheet = nullptr; // %1 part, %2 the datasheet figure, %3 the precision
            if (f.attribute == "memory_gb") {
                expected = g->memoryGB;
                datasheet = QT_TRANSLATE_NOOP("hw::Message", "Datasheet of %1: %2 GB of memory.");
            } else if (f.attribute == "bandwidth_gbs") {
                expected = g->bandwidthGBs;
                datasheet = QT_TRANSLATE_NOOP("hw::Message", "Datasheet of %1: %2 GB/s of memory bandwidth.");
            } else if (f.attribute == "tdp_w") {
                expected = g->tdpW;
                datasheet = QT_TRANSLATE_NOOP("hw::Message", "Datasheet of %1: %2 W TDP.");
            } else if (f.attribute == "tflops") {
                if (f.precision == "tf32")
                    expected = g->bf16Tflops / 2;
                else if (f.precision == "fp8" || f.precision == "int8")
                    expected = g->fp8Tflops > 0 ? g->fp8Tflops : g->bf16Tflops * 2;
                else
                    expected = g->bf16Tflops;
                datasheet = QT_TRANSLATE_NOOP("hw::Message", "Datasheet of %1: %2 dense %3 TFLOPS.");
            }
            if (expected <= 0)
                continue;
            // Memory: any configuration the part ships in (its catalog variants) is the datasheet's.
            if (f.attribute == "memory_gb")
                for (const PartAlias &a : cat.partAliases)
                    if (a.kind == "gpu" && a.partId == g->id && a.memoryGB > 0 && near(f.value, a.memoryGB, 0.05))
                        expected = a.memoryGB;
            const Message fromDatasheet{datasheet, {g->name, num(expected, 1), f.precision}};
            if (near(f.value, expected, 0.05)) {
                add("hardware-fact-ok", Severity::Ok, quoted(f.text), {fromDatasheet},
                    QT_TRANSLATE_NOOP("hw::Message", "Vendor datasheet (catalog source)."), "");
            } else if (f.attribute == "tflops" && near(f.value, expected * 2, 0.05)) {
                add("hardware-fact-sparse", Severity::Warning, quoted(f.text),
                    {fromDatasheet, {QT_TRANSLATE_NOOP("hw::Message", "%1 is the 2:4 sparsity figure."), {num(f.value, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Dense throughput is what LLM inference gets."),
                    QT_TRANSLATE_NOOP("hw::Message", "Quote dense figures."));
            } else {
                std::vector<Message> why{fromDatasheet};
                if (f.attribute == "tflops")
                    for (auto [p, v] : {std::pair<const char *, double>{QT_TRANSLATE_NOOP("hw::Message", "%1 is the BF16/FP16 dense figure."), g->bf16Tflops},
                                        {QT_TRANSLATE_NOOP("hw::Message", "%1 is the FP8 dense figure."), g->fp8Tflops},
                                        {QT_TRANSLATE_NOOP("hw::Message", "%1 is the BF16/FP16 figure with sparsity."), g->bf16Tflops * 2},
                                        {QT_TRANSLATE_NOOP("hw::Message", "%1 is the FP8 figure with sparsity."), g->fp8Tflops * 2}})
                        if (v > 0 && near(f.value, v, 0.05)) {
                            why.push_back({p, {num(f.value, 0)}});
                            break;
                        }
                // A speed figure below the datasheet's ("M4 Pro: 200 GB/s" for 273) promises less than
                // the part gives: a misprint to ask about, not an impossibility. A memory size below it
                // stays one: it is another part, or a sum the offer's fit rests on.
                const bool understated = f.value < expected && f.attribute != "memory_gb";
                add(understated ? "hardware-fact-understated" : "hardware-fact-mismatch", understated ? Severity::Warning : Severity::Impossible,
                    quoted(f.text), std::move(why), QT_TRANSLATE_NOOP("hw::Message", "Vendor datasheet (catalog source)."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which part and which precision does the figure refer to?"));
            }
        }
    }

    void runMode()
    {
        restsOn(buildInputs());
        if (r.buildKnown && r.estimate.placement == Placement::Hybrid && r.build.cpu) {
            const CpuSpec &cpu = *r.build.cpu;
            std::vector<Message> problems;
            if (!cpu.amx)
                problems.push_back({QT_TRANSLATE_NOOP("hw::Message", "The CPU has no AMX."), {}});
            if (cpu.memoryType == MemoryType::Ddr4)
                problems.push_back({QT_TRANSLATE_NOOP("hw::Message", "The memory is DDR4."), {}});
            if (r.build.ramChannels > 0 && r.build.ramChannels < cpu.memoryChannels * r.build.sockets)
                problems.push_back({QT_TRANSLATE_NOOP("hw::Message", "%1 of %2 memory channels are populated."),
                                    {std::to_string(r.build.ramChannels), std::to_string(cpu.memoryChannels * r.build.sockets)}});
            problems.push_back({QT_TRANSLATE_NOOP("hw::Message", "The CPU part bounds the speed."), {}});
            if (problems.size() > 1)
                add("hybrid-hardware-weak", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "Hybrid CPU+GPU on %1"), {cpu.name}}, std::move(problems),
                    QT_TRANSLATE_NOOP("hw::Message", "Checklist 2: hybrid builds need a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which CPU generation, memory type and DIMM layout?"));
        }
        if (c.trainingClaimed && r.buildKnown && r.build.gpu) {
            const GpuSpec &g = *r.build.gpu;
            if (g.gpuClass == GpuClass::Consumer || g.gpuClass == GpuClass::Workstation || g.gpuClass == GpuClass::UnifiedMemory)
                add("graphics-card-training", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "Training or fine-tuning on %1"), {g.name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 is a graphics card: inference only in practice."), {g.name}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Checklist 2: graphics cards (RTX 6000 Ada, A6000, 4090) are not training cards."),
                    QT_TRANSLATE_NOOP("hw::Message", "What training was actually run on these cards, with which model size?"));
            const double gpuMemory = g.capacityGB() * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes);
            const double needed = r.build.model.totalParamsB * 16; // GB: weights, gradients, Adam states
            if (c.fullFineTuning && needed > gpuMemory)
                add("fine-tuning-memory", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning of %1"), {r.build.model.name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "Needs ~%1 GB (16 bytes per parameter) against %2 GB of GPU memory."), {num(needed, 0), num(gpuMemory, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning keeps weights, gradients and optimizer states: ~16 bytes per parameter. LoRA does not shrink inference memory."),
                    QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning or LoRA? Of which model?"));
        }
    }

    // An itemised quote: each line's quantity x unit price, and the lines against the stated total.
    void quote()
    {
        restsOn({"quote_total"});
        double sum = 0;
        for (const QuoteLine &l : c.quoteLines) {
            sum += l.amount;
            if (l.quantity > 0 && l.unitPrice > 0 && std::abs(l.quantity * l.unitPrice - l.amount) > 0.01 * l.amount + 1)
                add("quote-line-arithmetic", Severity::Impossible, quoted(l.label),
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 x %2 = %3, not %4."), {num(l.quantity, 0), num(l.unitPrice, 2), num(l.quantity * l.unitPrice, 2), num(l.amount, 2)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "The offer's own numbers must agree."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which figure is right?"));
        }
        if (!c.quoteTotal || c.quoteLines.size() < 2)
            return;
        const Message total{QT_TRANSLATE_NOOP("hw::Message", "Total %1"), {num(*c.quoteTotal, 0)}};
        if (std::abs(sum - *c.quoteTotal) > c.quoteTolerance * *c.quoteTotal)
            add("quote-total-mismatch", Severity::Impossible, total,
                {{QT_TRANSLATE_NOOP("hw::Message", "The %1 priced lines add up to %2."), {std::to_string(c.quoteLines.size()), num(sum, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "The offer's own numbers must agree."),
                QT_TRANSLATE_NOOP("hw::Message", "Which lines make up the total?"));
        else
            add("quote-total-consistent", Severity::Ok, total,
                {{QT_TRANSLATE_NOOP("hw::Message", "The %1 priced lines add up to %2."), {std::to_string(c.quoteLines.size()), num(sum, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "The offer's own numbers must agree."), "");
    }

    // The verdict policy: a finding is a verdict only when every input it rests on was read from the
    // offer or entered by the user. One resting on an assumption says what was assumed and asks.
    void applyAssumptions()
    {
        for (Finding &f : r.findings) {
            if (f.severity != Severity::Impossible && f.severity != Severity::Optimistic)
                continue;
            std::vector<Message> assumed; // what was assumed, as the interface translates it
            // The release's own precision, as its model card publishes it, is what a model named
            // without a quant is: a speed above the calibrated estimate there stays optimistic (and
            // says what was assumed); an impossibility still needs the quant read.
            const bool onlyReleasePrecision = f.severity == Severity::Optimistic && c.isAssumed("quant") && !c.readFrom.count("quant");
            std::vector<Message> stated;
            for (const std::string &field : f.inputs)
                if (const auto it = c.assumed.find(field); it != c.assumed.end()) {
                    if (field == "quant" && onlyReleasePrecision) {
                        const auto why = c.reasons.find(field);
                        stated.push_back(why != c.reasons.end() ? why->second : Message{"%1", {it->second}});
                        continue;
                    }
                    const auto why = c.reasons.find(field);
                    assumed.push_back(why != c.reasons.end() ? why->second : Message{"%1", {it->second}});
                }
            if (assumed.empty()) {
                for (Message &a : stated) {
                    f.computed.push_back({QT_TRANSLATE_NOOP("hw::Message", "Assumed:"), {}});
                    f.computed.push_back(std::move(a));
                }
                continue;
            }
            assumed.insert(assumed.end(), stated.begin(), stated.end());
            // Whether weights fit with offload is the RAM's to decide: an offer that leaves it out
            // cannot be judged either way (seed 003's hybrid builds run R1 on one 24 GB card).
            // So is an offer that counts its GPUs, states no RAM and rests the rest on a guess (a quant
            // read approximately): the counted GPUs do not hold it, the unstated RAM might.
            // When the model itself is a guess (one row of a table of configurations, one of several
            // models named), the RAM is not what decides: which build is meant is the question.
            const bool restsOnRam = std::find(f.inputs.begin(), f.inputs.end(), "ram_gb") != f.inputs.end();
            const bool modelGuessed = c.isAssumed("model") && std::find(f.inputs.begin(), f.inputs.end(), "model") != f.inputs.end();
            // Unless the text names the CPU and states that weights run from RAM on it, and leaves out
            // only the RAM's size: the RAM is then unknown, not none, and a shortfall it could cover is
            // one question to ask (its size), not an offer that cannot be judged (173: --n-cpu-moe on an
            // 8 GB card beside an i9-10900X). With no CPU named either, the machine holding the weights
            // is not stated at all (030: "KTransformers ... 4090 单卡 ... 671B"): that stays undecided.
            const bool ramUnknownByOffload = c.offloadStated && c.ramGB == 0 && c.isAssumed("ram_gb") && (!c.cpuId.empty() || !c.cpuText.empty());
            if (f.severity == Severity::Impossible && restsOnRam && !modelGuessed && !ramUnknownByOffload
                && (c.isAssumed("ram_gb") || (f.id == "memory-does-not-fit" && c.ramGB == 0 && !c.isAssumed("gpu_count"))))
                undecided = true;
            // So is a first token faster than the prefill whose only assumption is the number of cards
            // ("在 A100 80G 显卡上": one card read, no count stated): more cards would lift it, so how many
            // are offered is the question. (Not the memory findings: on a count not read they only ask,
            // and making them undecided turned honest offers (138, 144) unverifiable.)
            const bool onlyCardCountAssumed = std::all_of(f.inputs.begin(), f.inputs.end(), [&](const std::string &x) {
                return !c.isAssumed(x) || x == "gpu_count";
            });
            if (f.severity == Severity::Impossible && f.id == "ttft-below-prefill-compute" && c.isAssumed("gpu_count") && onlyCardCountAssumed)
                undecided = true;
            // So is one that rests on the memory of a machine sold in several configurations and not
            // stated ("Mac Mini M4 Pro": 24, 48 or 64 GB): which machine is offered is the question.
            if (f.severity == Severity::Impossible && c.isAssumed("gpu_memory") && std::find(f.inputs.begin(), f.inputs.end(), "gpu_memory") != f.inputs.end())
                undecided = true;
            f.severity = Severity::Unverifiable;
            for (Message &a : assumed) {
                f.computed.push_back({QT_TRANSLATE_NOOP("hw::Message", "Needs confirmation:"), {}});
                f.computed.push_back(std::move(a));
            }
            f.id += "-needs-confirmation";
        }
    }

    void arithmetic()
    {
        restsOn({"arithmetic"});
        for (const ArithmeticClaim &a : c.arithmetic) {
            if (a.before == 0)
                continue;
            const double change = (a.after - a.before) / a.before * 100.0;
            const bool better = a.lowerIsBetter ? a.after < a.before : a.after > a.before;
            if (a.claimedImprovement && !better)
                add("improvement-wrong-sign", Severity::Impossible,
                    {QT_TRANSLATE_NOOP("hw::Message", "%1: %2 -> %3 called an improvement"), {a.label, num(a.before, 2), num(a.after, 2)}},
                    {{a.lowerIsBetter ? QT_TRANSLATE_NOOP("hw::Message", "It changes by %1%: higher is worse.")
                                      : QT_TRANSLATE_NOOP("hw::Message", "It changes by %1%: lower is worse."),
                      {num(change, 1)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "The offer's own numbers must agree with its conclusion."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which figure is right?"));
            else if (std::abs(change - a.claimedChangePercent) > 1.0 && std::abs(-change - a.claimedChangePercent) > 1.0)
                add("arithmetic-error", Severity::Impossible, {"%1: %2%", {a.label, num(a.claimedChangePercent, 1)}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 -> %2 is %3%."), {num(a.before, 2), num(a.after, 2), num(change, 1)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "The offer's own numbers must agree."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which figure is right?"));
        }
    }
};

} // namespace

const char *severityName(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return "ok";
    case Severity::Unverifiable:
        return "unverifiable";
    case Severity::Warning:
        return "warning";
    case Severity::Optimistic:
        return "optimistic";
    case Severity::Impossible:
        return "impossible";
    }
    return "ok";
}

// Offers no check can reach: speeds on an accelerator the catalog cannot look up (its bandwidth and
// memory unknown) and no CPU named; a model named on no hardware, with no speed and no price; speeds
// on no hardware, of no model or at no stated precision.
static bool nothingToCheck(const Claim &c)
{
    const bool unknownPartWithSpeeds = c.gpuId.empty() && c.cpuId.empty() && !c.gpuText.empty() && !c.points.empty();
    const bool modelOnly = c.gpuId.empty() && c.cpuId.empty() && c.gpuText.empty() && c.cpuText.empty() && c.ramGB == 0 && c.points.empty()
        && !c.price && c.facts.empty() && c.arithmetic.empty() && c.quoteLines.empty();
    const bool noHardware = c.gpuId.empty() && c.cpuId.empty() && c.gpuText.empty() && c.cpuText.empty() && c.ramGB == 0;
    // Speeds of a model at a precision not stated, on hardware not named ("DeepSeek-V3 runs at 20 tok/s
    // on Mac Studio": which chip, how much memory, which quant?), are weighed against nothing either.
    const bool quantUnstated = c.quantId.empty() || c.isAssumed("quant") || !c.readFrom.count("quant");
    const bool speedsOfNothing = noHardware && (quantUnstated || (c.modelId.empty() && !c.fullModel)) && !c.points.empty() && c.facts.empty()
        && !c.claimedMemoryGB && !c.claimedModelMemoryGB && c.arithmetic.empty() && c.quoteLines.empty();
    return unknownPartWithSpeeds || modelOnly || speedsOfNothing;
}

ClaimReport checkClaim(const Claim &claim, const Catalog &catalog, const PriceBook &prices, const CostSettings &settings)
{
    Checker k{claim, catalog, prices, settings, {}, {}};
    k.r.buildKnown = k.makeBuild();
    if (k.r.buildKnown) {
        k.r.build.name = k.r.build.model.id + " " + k.r.build.quant.id + " on " + k.r.build.runtime.id
            + (k.r.build.gpu ? ", " + std::to_string(k.r.build.nodes) + " x " + std::to_string(k.r.build.gpusPerNode) + " x " + k.r.build.gpu->id : std::string());
    }
    k.identity();
    k.memory();
    k.ramStreaming();
    k.precision();
    k.speed();
    k.firstTokenLatency();
    k.concurrency();
    k.price();
    k.facts();
    k.runMode();
    k.arithmetic();
    k.quote();
    for (Finding &f : weighNamedModel(claim, catalog))
        k.r.findings.push_back(std::move(f));
    for (Finding &f : weighCapacityClaim(claim, catalog)) {
        k.undecided = k.undecided || f.id == "capacity-needs-precision"; // the offer's headline rests on a precision it does not state
        k.r.findings.push_back(std::move(f));
    }
    k.applyAssumptions();
    Severity worst = Severity::Ok;
    for (const Finding &f : k.r.findings)
        worst = std::max(worst, f.severity);
    // Unverifiable: nothing was read or weighed, or only unstated RAM could decide. A single finding on
    // an assumption is flagged "-needs-confirmation" with its question, and leaves the verdict alone:
    // making every such offer unverifiable turned 20 plausible corpus offers (006, 007, ...) unverifiable.
    // An offer naming no model at all, of which nothing could be checked, is not "plausible": nothing was weighed.
    const bool anyChecked = std::any_of(k.r.findings.begin(), k.r.findings.end(), [](const Finding &f) { return f.severity != Severity::Unverifiable; });
    const bool noModelNamed = claim.modelId.empty() && !claim.isAssumed("model") && !claim.fullModel;
    k.r.verdict = worst == Severity::Impossible ? "impossible" : worst == Severity::Optimistic ? "optimistic"
        : claim.nothingRead || k.undecided || nothingToCheck(claim) || (noModelNamed && !anyChecked) ? "unverifiable" : "plausible";
    return k.r;
}

} // namespace hw
