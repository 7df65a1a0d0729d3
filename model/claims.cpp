#include "model/claims.h"

#include "model/textformat.h"
#include "model/weights.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <unordered_map>

namespace hw {

namespace {

// std::regex compiles slowly: compiling the patterns took 1.1 ms of the 1.3 ms an extraction of seed
// 000's text took (-O2). Each pattern, all made from the fixed tables below, is compiled once per thread.
const std::regex &re(const std::string &pattern)
{
    thread_local std::unordered_map<std::string, std::regex> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.emplace(pattern, std::regex(pattern)).first;
    return it->second;
}

constexpr double GBy = 1e9;

bool near(double a, double b, double tolerance) { return b != 0 && std::abs(a - b) / std::abs(b) <= tolerance; }

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
    void add(std::string id, Severity s, Message claim, std::vector<Message> computed, std::string rule, std::string ask)
    {
        r.findings.push_back({std::move(id), s, std::move(claim), std::move(computed), std::move(rule), std::move(ask)});
    }
    static Message quoted(std::string offerText) { return {"%1", {std::move(offerText)}}; } // the offer's own words

    // The offer as a build: what it names, the rest filled in its favour (the best runtime).
    bool makeBuild()
    {
        std::string modelId = c.modelId.empty() && c.fullModel ? "deepseek-r1" : c.modelId;
        const ModelSpec *m = cat.model(modelId);
        if (!m || (c.gpuId.empty() && c.cpuId.empty()))
            return false;
        Build &b = r.build;
        b.model = *m;
        std::string quantId = c.quantId;
        if (quantId.empty())
            quantId = m->nativePrecision == "fp8" ? "fp8" : "bf16";
        const QuantSpec *q = cat.quant(quantId);
        if (!q)
            return false;
        b.quant = *q;
        b.fileGB = cat.fileGB(m->id, q->id);
        if (const GpuSpec *g = cat.gpu(c.gpuId)) {
            b.gpu = *g;
            b.gpusPerNode = std::max(1, c.gpuCount);
        }
        if (const CpuSpec *cpu = cat.cpu(c.cpuId)) {
            b.cpu = *cpu;
            b.sockets = std::max(1, c.sockets);
        }
        b.nodes = std::max(1, c.nodes);
        b.ramGB = c.ramGB;
        b.ramChannels = c.ramChannels;
        b.workload.users = int(std::max(1.0, c.users.value_or(1)));
        b.workload.context = int(std::min<double>(m->maxContext, c.context.value_or(4096)));
        b.workload.minTpsPerUser = c.perUserTps.value_or(6);
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
        return best >= 0;
    }

    // The physical ceiling: the same build with every efficiency at 100% and no fixed overhead.
    Estimate roofline(int users) const
    {
        Build b = r.build;
        b.runtime.gpuBandwidthEfficiency = b.runtime.cpuBandwidthEfficiency = b.runtime.unifiedBandwidthEfficiency = 1.0;
        b.runtime.computeEfficiency = 1.0;
        b.runtime.stepOverheadMs = 0;
        b.runtime.hopLatencyMs = 0;
        b.workload.users = users;
        return estimate(b, Detail::Figures);
    }

    void identity()
    {
        const ModelSpec *m = cat.model(c.modelId.empty() && c.fullModel ? "deepseek-r1" : c.modelId);
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
        if (c.paramsB && m) {
            if (!near(*c.paramsB, m->totalParamsB, 0.1) && !near(*c.paramsB, m->activeParamsB, 0.1))
                add("parameter-count-mismatch", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "%1B parameters for %2"), {num(*c.paramsB, 1), m->name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "%1 has %2B parameters (%3B active per token), per its config.json."),
                      {m->name, num(m->totalParamsB, 0), num(m->activeParamsB, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Model facts must match the published configuration."),
                    QT_TRANSLATE_NOOP("hw::Message", "Where does the parameter count come from?"));
        }
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
        if (c.claimedModelMemoryGB && r.buildKnown) {
            if (*c.claimedModelMemoryGB < 0.8 * e.weightsGB)
                add("model-memory-understated", Severity::Impossible, gbFor(*c.claimedModelMemoryGB),
                    {{QT_TRANSLATE_NOOP("hw::Message", "The weights alone are %1 GB (%2B params at %3)."),
                      {num(e.weightsGB, 0), num(r.build.model.totalParamsB, 0), r.build.quant.name}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Weights = parameters x bits per weight / 8, or the published file size."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which file is it, and how large is it on disk?"));
        }
        if (c.claimedMemoryGB && r.buildKnown && *c.claimedMemoryGB < e.weightsGB + e.kvCacheGB)
            add("memory-does-not-fit", Severity::Impossible, gbFor(*c.claimedMemoryGB),
                {{QT_TRANSLATE_NOOP("hw::Message", "Weights %1 GB + KV %2 GB = %3 GB before any overhead."),
                  {num(e.weightsGB, 0), num(e.kvCacheGB, 1), num(e.weightsGB + e.kvCacheGB, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Memory must hold weights, KV cache and overhead, device by device."),
                QT_TRANSLATE_NOOP("hw::Message", "Where do the remaining weights live, and at what speed do they run?"));
        if (!r.buildKnown)
            return;
        if (!e.runs) {
            const double gpuMemory = r.build.gpu ? r.build.gpu->memoryGB * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes) : 0.0;
            std::vector<Message> why{{QT_TRANSLATE_NOOP("hw::Message", "The weights are %1 GB and the KV cache for %2 user(s) at %3 tokens %4 GB."),
                                      {num(e.weightsGB, 0), std::to_string(r.build.workload.users), std::to_string(r.build.workload.context),
                                       num(e.kvCacheGB, 1)}}};
            if (r.build.gpu)
                why.push_back({QT_TRANSLATE_NOOP("hw::Message", "The GPUs have %1 GB of memory in all."), {num(gpuMemory, 0)}});
            else
                why.push_back({QT_TRANSLATE_NOOP("hw::Message", "There is no GPU."), {}});
            if (e.gpuPerDeviceGB > 0)
                why.push_back({QT_TRANSLATE_NOOP("hw::Message", "Each GPU needs %1 GB of its %2 GB."), {num(e.gpuPerDeviceGB, 1), num(e.gpuCapacityPerDeviceGB, 0)}});
            if (!r.build.cpu)
                why.push_back({QT_TRANSLATE_NOOP("hw::Message", "No CPU and RAM are named to hold the rest."), {}});
            add("memory-does-not-fit", Severity::Impossible, onOfferedHardware(), std::move(why),
                QT_TRANSLATE_NOOP("hw::Message", "Every device must hold its share (domain section 4)."),
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
                QT_TRANSLATE_NOOP("hw::Message", "Device-by-device memory (domain section 4)."), "");
        }
    }

    void precision()
    {
        if (c.mentionsBf8)
            add("bf8-does-not-exist", Severity::Impossible, quoted("\"BF8\""),
                {{QT_TRANSLATE_NOOP("hw::Message", "There is no BF8 format: DeepSeek ships FP8 (E4M3) weights."), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "Domain section 2: R1/V3 are released in FP8 with block scales."),
                QT_TRANSLATE_NOOP("hw::Message", "Do you mean FP8? Which GPUs run it natively?"));
        if (r.buildKnown && r.build.quant.needsNativeFp8 && r.build.gpu && !r.build.gpu->nativeFp8())
            add("fp8-not-native", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "FP8 weights on %1"), {r.build.gpu->name}},
                {{QT_TRANSLATE_NOOP("hw::Message", "%1 has no FP8: the weights are cast to BF16, %2 GB instead of ~%3."),
                  {r.build.gpu->name, num(r.estimate.weightsGB, 0), num(r.estimate.weightsGB / 2, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "FP8 needs Hopper, Ada, MI300 or Blackwell (checklist 2)."),
                QT_TRANSLATE_NOOP("hw::Message", "Will you cast to BF16 (twice the memory) or use INT8?"));
    }

    void speed()
    {
        if (c.users && c.perUserTps && c.aggregateTps && *c.users * *c.perUserTps > *c.aggregateTps * 1.05)
            add("aggregate-inconsistent", Severity::Impossible,
                {QT_TRANSLATE_NOOP("hw::Message", "%1 users at %2 tok/s each with %3 tok/s in all"), {num(*c.users, 0), num(*c.perUserTps, 1), num(*c.aggregateTps, 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "%1 x %2 = %3 tok/s, more than the stated %4."),
                  {num(*c.users, 0), num(*c.perUserTps, 1), num(*c.users * *c.perUserTps, 0), num(*c.aggregateTps, 0)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Aggregate throughput is at least users x per-user speed (domain section 6)."),
                QT_TRANSLATE_NOOP("hw::Message", "Which figure was measured, and with how many users at once?"));
        if (c.aggregateIncludesInput)
            add("throughput-includes-input", Severity::Warning, {QT_TRANSLATE_NOOP("hw::Message", "Throughput of %1 tok/s"), {num(c.aggregateTps.value_or(0), 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "The figure counts prompt (input) tokens; users see output tokens."), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "tok/s means output tokens unless said otherwise (domain section 11)."),
                QT_TRANSLATE_NOOP("hw::Message", "What is the output-token throughput?"));
        if (!r.buildKnown || !r.estimate.runs || !c.perUserTps)
            return;
        const int users = int(std::max(1.0, c.users.value_or(1)));
        const double ceiling = roofline(users).decodePerUser;
        const double estimateNow = r.estimate.decodePerUser;
        const Message claimedSpeed{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 user(s)"), {num(*c.perUserTps, 1), std::to_string(users)}};
        if (*c.perUserTps > ceiling * 1.02)
            add("speed-above-roofline", Severity::Impossible, claimedSpeed,
                {{QT_TRANSLATE_NOOP("hw::Message", "Even at 100% of memory bandwidth and no overhead the build gives %1 tok/s per user (the planner's estimate: %2)."),
                  {num(ceiling, 1), num(estimateNow, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Decode reads the active weights and KV every token: bytes / bandwidth is a hard floor on time per token."),
                QT_TRANSLATE_NOOP("hw::Message", "How was the speed measured (model, quant, prompt, users)?"));
        else if (*c.perUserTps > estimateNow * 1.5)
            add("speed-optimistic", Severity::Optimistic, claimedSpeed,
                {{QT_TRANSLATE_NOOP("hw::Message", "The planner estimates %1 tok/s; the claim is %2x that."),
                  {num(estimateNow, 1), num(*c.perUserTps / std::max(1e-9, estimateNow), 1)}},
                 {boundSentence(r.estimate.bound), {}}},
                QT_TRANSLATE_NOOP("hw::Message", "More than 50% above the calibrated estimate."),
                QT_TRANSLATE_NOOP("hw::Message", "Show a measurement at this concurrency."));
        else
            add("speed-consistent", Severity::Ok, claimedSpeed,
                {{QT_TRANSLATE_NOOP("hw::Message", "The planner estimates %1 tok/s."), {num(estimateNow, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Within 50% of the calibrated estimate."), "");
    }

    void concurrency()
    {
        if (!r.buildKnown || !c.users || !r.estimate.runs)
            return;
        const double target = c.perUserTps.value_or(6.0);
        const Estimate &e = r.estimate;
        const Estimate ceiling = roofline(int(*c.users));
        const Message claimedUsers{QT_TRANSLATE_NOOP("hw::Message", "%1 concurrent users at %2 tok/s"), {num(*c.users, 0), num(target, 1)}};
        if (!e.fits && e.kvCacheGB > 0 && e.runs && e.maxUsers < *c.users) {
            add("concurrency-not-supported", ceiling.decodePerUser < target ? Severity::Impossible : Severity::Optimistic, claimedUsers,
                {{QT_TRANSLATE_NOOP("hw::Message", "The build serves at most %1 users at %2 tok/s with a %3-token context (KV %4 GB for the claimed users)."),
                  {std::to_string(e.maxUsers), num(target, 1), std::to_string(r.build.workload.context), num(e.kvCacheGB, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "A build supports N users only if each gets the speed at the same time and their KV fits (checklist 3)."),
                QT_TRANSLATE_NOOP("hw::Message", "Measured with how many simultaneous users and what context?"));
        } else if (e.decodePerUser < target) {
            add("concurrency-not-supported", ceiling.decodePerUser < target ? Severity::Impossible : Severity::Optimistic, claimedUsers,
                {{QT_TRANSLATE_NOOP("hw::Message", "At %1 users each gets about %2 tok/s (ceiling %3); %4 users get %5 tok/s."),
                  {num(*c.users, 0), num(e.decodePerUser, 2), num(ceiling.decodePerUser, 2), std::to_string(e.maxUsers), num(target, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 3: 6 tok/s per user is acceptable, 14 comfortable, for every user at once."),
                QT_TRANSLATE_NOOP("hw::Message", "What speed does each user get at that concurrency?"));
        } else {
            add("concurrency-supported", Severity::Ok, {QT_TRANSLATE_NOOP("hw::Message", "%1 users"), {num(*c.users, 0)}},
                {{QT_TRANSLATE_NOOP("hw::Message", "Each gets about %1 tok/s; up to %2 users at %3 tok/s."),
                  {num(e.decodePerUser, 1), std::to_string(e.maxUsers), num(target, 1)}}},
                QT_TRANSLATE_NOOP("hw::Message", "Checklist 3."), "");
        }
    }

    void price()
    {
        if (!c.price)
            return;
        const double cny = c.priceCurrency == "USD" ? *c.price * settings.usdToCny : *c.price;
        const Message offeredPrice{QT_TRANSLATE_NOOP("hw::Message", "%1 CNY"), {num(cny, 0)}};
        // Whatever the hardware, the weights must sit in memory: the cheapest memory the catalog prices is a floor.
        const ModelSpec *model = cat.model(c.modelId.empty() && c.fullModel ? "deepseek-r1" : c.modelId);
        const QuantSpec *quant = cat.quant(c.quantId.empty() && model ? (model->nativePrecision == "fp8" ? "fp8" : "bf16") : c.quantId);
        if (model && quant) {
            Build w;
            w.model = *model;
            w.quant = *quant;
            w.fileGB = cat.fileGB(model->id, quant->id);
            const double weightsGB = weightBytes(w, true).total / GBy;
            double cheapest = 0;
            std::string which;
            for (const char *type : {"ddr4", "ddr5", "lpddr5"})
                if (const auto q = prices.latest(PartKind::Memory, type); q && (cheapest == 0 || q->amount < cheapest)) {
                    cheapest = q->amount;
                    which = std::string(type) + " " + q->condition;
                }
            if (cheapest > 0 && cny < weightsGB * cheapest)
                add("price-below-memory-cost", Severity::Impossible,
                    {QT_TRANSLATE_NOOP("hw::Message", "%1 CNY for %2 %3"), {num(cny, 0), model->name, quant->name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "The weights alone need %1 GB of memory; at the cheapest price in the catalog (%2, %3 CNY/GB) that memory costs %4 CNY."),
                      {num(weightsGB, 0), which, num(cheapest, 2), num(weightsGB * cheapest, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "A build must at least hold its weights in memory."),
                    QT_TRANSLATE_NOOP("hw::Message", "What hardware does the price buy, and which model file runs on it?"));
        }
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
                add("hardware-fact-mismatch", Severity::Impossible, quoted(f.text), std::move(why),
                    QT_TRANSLATE_NOOP("hw::Message", "Vendor datasheet (catalog source)."),
                    QT_TRANSLATE_NOOP("hw::Message", "Which part and which precision does the figure refer to?"));
            }
        }
    }

    void runMode()
    {
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
            const double gpuMemory = g.memoryGB * std::max(1, r.build.gpusPerNode) * std::max(1, r.build.nodes);
            const double needed = r.build.model.totalParamsB * 16; // GB: weights, gradients, Adam states
            if (c.fullFineTuning && needed > gpuMemory)
                add("fine-tuning-memory", Severity::Impossible, {QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning of %1"), {r.build.model.name}},
                    {{QT_TRANSLATE_NOOP("hw::Message", "Needs ~%1 GB (16 bytes per parameter) against %2 GB of GPU memory."), {num(needed, 0), num(gpuMemory, 0)}}},
                    QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning keeps weights, gradients and optimizer states: ~16 bytes per parameter. LoRA does not shrink inference memory."),
                    QT_TRANSLATE_NOOP("hw::Message", "Full fine-tuning or LoRA? Of which model?"));
        }
    }

    void arithmetic()
    {
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

int chineseNumber(const std::string &s)
{
    static const std::pair<const char *, int> digits[] = {{"一", 1}, {"二", 2}, {"两", 2}, {"双", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                          {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}};
    for (auto [text, value] : digits)
        if (s == text)
            return value;
    try {
        return std::stoi(s);
    } catch (...) {
        return 0;
    }
}

double number(const std::string &s)
{
    std::string t;
    for (char ch : s)
        if (ch != ',')
            t += ch;
    try {
        return std::stod(t);
    } catch (...) {
        return 0;
    }
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
    return s;
}

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

ClaimReport checkClaim(const Claim &claim, const Catalog &catalog, const PriceBook &prices, const CostSettings &settings)
{
    Checker k{claim, catalog, prices, settings, {}};
    k.r.buildKnown = k.makeBuild();
    if (k.r.buildKnown) {
        k.r.build.name = k.r.build.model.id + " " + k.r.build.quant.id + " on " + k.r.build.runtime.id
            + (k.r.build.gpu ? ", " + std::to_string(k.r.build.nodes) + " x " + std::to_string(k.r.build.gpusPerNode) + " x " + k.r.build.gpu->id : std::string());
    }
    k.identity();
    k.memory();
    k.precision();
    k.speed();
    k.concurrency();
    k.price();
    k.facts();
    k.runMode();
    k.arithmetic();
    Severity worst = Severity::Ok;
    for (const Finding &f : k.r.findings)
        worst = std::max(worst, f.severity);
    k.r.verdict = worst == Severity::Impossible ? "impossible" : worst == Severity::Optimistic ? "optimistic" : "plausible";
    return k.r;
}

std::vector<ChecklistItem> buyerChecklist(const Build &b, const Estimate &e, const CostResult &cost)
{
    std::vector<ChecklistItem> out;
    const auto item = [&out](const char *id, std::string status, std::vector<Message> parts) {
        std::string message = english(parts);
        out.push_back({id, std::move(status), std::move(parts), std::move(message)});
    };
    if (b.model.kind == "distill")
        item("model-identity", "warn", {{QT_TRANSLATE_NOOP("hw::Message", "%1 is a distill, far weaker than the 671B R1 (%2)"), {b.model.name, b.model.qualityNote}}});
    else if (b.model.kind == "full" && !isFullPrecision(b.quant.id))
        item("model-identity", "warn",
             {{QT_TRANSLATE_NOOP("hw::Message", "%1 is a quantized R1, not the full model (seed 002: Q4 and 1.58-bit keep ~75-80%)"), {b.quant.name}}});
    else
        item("model-identity", "pass", {{QT_TRANSLATE_NOOP("hw::Message", "%1 at %2"), {b.model.name, b.quant.name}}});

    std::vector<Message> hardware;
    std::string status = "pass";
    if (e.placement == Placement::Hybrid && b.cpu && (!b.cpu->amx || b.cpu->memoryType == MemoryType::Ddr4
                                                      || (b.ramChannels > 0 && b.ramChannels < b.cpu->memoryChannels * b.sockets))) {
        status = "warn";
        hardware.push_back({QT_TRANSLATE_NOOP("hw::Message", "Hybrid CPU+GPU on %1: needs a 4th-gen Xeon or newer (AMX), DDR5 and every channel populated for speed."),
                            {b.cpu->name}});
    }
    if (b.gpu && (b.gpu->gpuClass == GpuClass::Consumer || b.gpu->gpuClass == GpuClass::Workstation)) {
        status = "warn";
        hardware.push_back({QT_TRANSLATE_NOOP("hw::Message", "%1 is a graphics card: fine for inference, not for training or fine-tuning."), {b.gpu->name}});
    }
    if (b.quant.needsNativeFp8 && b.gpu && !b.gpu->nativeFp8()) {
        status = "warn";
        hardware.push_back({QT_TRANSLATE_NOOP("hw::Message", "%1 has no FP8: the weights are cast to BF16 (twice the memory)."), {b.gpu->name}});
    }
    if (!e.runs)
        status = "fail";
    if (hardware.empty())
        hardware.push_back({QT_TRANSLATE_NOOP("hw::Message", "GPUs and run mode suit the model"), {}});
    item("hardware-and-run-mode", status, std::move(hardware));

    const std::vector<std::string> speed = {num(e.decodePerUser, 1), std::to_string(b.workload.users)};
    if (!e.runs || e.decodePerUser < 6)
        item("speed-and-concurrency", "fail", {{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 users: below the acceptable 6"), speed}});
    else if (e.decodePerUser < 14)
        item("speed-and-concurrency", "warn", {{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 users: acceptable (6), not comfortable (14)"), speed}});
    else
        item("speed-and-concurrency", "pass", {{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 users: comfortable"), speed}});

    std::vector<Message> condition;
    for (const BomLine &l : cost.lines)
        if (l.price && l.price->condition != "new")
            condition.push_back({l.price->condition == "used" ? QT_TRANSLATE_NOOP("hw::Message", "%1 is priced used;")
                                                              : QT_TRANSLATE_NOOP("hw::Message", "%1 is priced refurbished;"),
                                 {l.name}});
    if (condition.empty()) {
        item("new-and-warranty", "pass", {{QT_TRANSLATE_NOOP("hw::Message", "Priced as new parts; confirm the warranty"), {}}});
    } else {
        condition.push_back({QT_TRANSLATE_NOOP("hw::Message", "ask for the warranty terms"), {}});
        item("new-and-warranty", "warn", std::move(condition));
    }
    return out;
}

Claim extractClaim(const std::string &text, const Catalog &catalog)
{
    Claim c;
    c.text = text;
    const std::string low = lower(text);
    auto has = [&](const char *s) { return low.find(lower(s)) != std::string::npos; };
    std::smatch m;

    // Model.
    if (has("满血") || has("full-strength") || has("full version") || std::regex_search(low, re("\\bfull\\b")))
        c.fullModel = true;
    if (has("0528"))
        c.modelId = "deepseek-r1-0528";
    else if (std::regex_search(low, re("\\bv3\\b")))
        c.modelId = "deepseek-v3";
    else if (has("671b") || (c.fullModel && has("r1")))
        c.modelId = "deepseek-r1";
    static const std::pair<const char *, const char *> sizes[] = {{"70b", "r1-distill-llama-70b"}, {"32b", "r1-distill-qwen-32b"},
                                                                   {"14b", "r1-distill-qwen-14b"}, {"8b", "r1-distill-llama-8b"},
                                                                   {"7b", "r1-distill-qwen-7b"}, {"1.5b", "r1-distill-qwen-1.5b"}};
    if (c.modelId.empty() || c.modelId == "deepseek-r1")
        for (auto [size, id] : sizes)
            if (std::regex_search(low, re(std::string("(^|[^0-9.])") + std::regex_replace(size, re("\\."), "\\.") + "\\b"))) {
                c.modelId = id;
                break;
            }
    if (c.modelId.empty() && (has("deepseek") || has("r1")))
        c.modelId = "deepseek-r1";

    // Parameters and window stated as facts.
    if (std::regex_search(text, m, re("([0-9]+(\\.[0-9]+)?)\\s*亿\\s*参数")))
        c.paramsB = number(m[1]) / 10.0;
    else if (std::regex_search(low, m, re("([0-9]+(\\.[0-9]+)?)\\s*b\\s*(parameters|params|参数)")))
        c.paramsB = number(m[1]);
    if (std::regex_search(low, m, re("(上下文窗口|context window|窗口)\\s*([0-9,]+)")) || std::regex_search(low, m, re("([0-9,]+)\\s*tokens?\\s*(的)?(上下文窗口|context window)"))) {
        const std::string n = m[1].str().find_first_of("0123456789") != std::string::npos ? m[1].str() : m[2].str();
        c.contextWindow = number(n);
    }

    // Precision.
    static const std::pair<const char *, const char *> quants[] = {
        {"ud-q2_k_xl", "ud-q2_k_xl"}, {"2.51-bit", "ud-q2_k_xl"}, {"2.51bit", "ud-q2_k_xl"}, {"ud-iq2_xxs", "ud-iq2_xxs"}, {"2.22-bit", "ud-iq2_xxs"},
        {"2.22bit", "ud-iq2_xxs"}, {"ud-iq1_m", "ud-iq1_m"}, {"1.73-bit", "ud-iq1_m"}, {"1.73bit", "ud-iq1_m"}, {"ud-iq1_s", "ud-iq1_s"},
        {"1.58-bit", "ud-iq1_s"}, {"1.58bit", "ud-iq1_s"}, {"q4_k_m", "q4_k_m"}, {"q5_k_m", "q5_k_m"}, {"q3_k_m", "q3_k_m"}, {"q2_k", "q2_k"},
        {"q6_k", "q6_k"}, {"q8_0", "q8_0"}, {"awq", "awq-int4"}, {"int4", "awq-int4"}, {"4-bit", "q4_k_m"}, {"4bit", "q4_k_m"}, {"4位", "q4_k_m"},
        {"int8", "int8"}, {"8-bit", "q8_0"}, {"8bit", "q8_0"}, {"fp8", "fp8"}, {"bf16", "bf16"}, {"fp16", "fp16"}};
    for (auto [word, id] : quants)
        if (has(word)) {
            c.quantId = id;
            break;
        }
    if (has("bf8"))
        c.mentionsBf8 = true;

    // GPUs with counts: "4卡4090", "8×H100", "八卡A100", "H200 x 8", "2 x A100".
    static const std::pair<const char *, const char *> gpus[] = {
        {"4090d", "rtx-4090d"}, {"4090 d", "rtx-4090d"}, {"4090", "rtx-4090"}, {"3090", "rtx-3090"}, {"3060", "rtx-3060-12g"},
        {"2080 ti 22g", "rtx-2080ti-22g"}, {"2080ti 22g", "rtx-2080ti-22g"}, {"2080ti", "rtx-2080ti"}, {"2080 ti", "rtx-2080ti"},
        {"1660", "gtx-1660"}, {"rtx 6000 ada", "rtx-6000-ada"}, {"rtx6000", "rtx-6000-ada"}, {"6000 ada", "rtx-6000-ada"}, {"a6000", "rtx-a6000"},
        {"a100 40g", "a100-40g"}, {"a100", "a100-80g"}, {"a800", "a800-80g"}, {"h100 pcie", "h100-pcie"}, {"h100", "h100-sxm"}, {"h800", "h800"},
        {"h200", "h200"}, {"h20", "h20"}, {"l40s", "l40s"}, {"l20", "l20"}, {"mi300x", "mi300x"}, {"910b", "ascend-910b"},
        {"m3 ultra", "mac-studio-m3-ultra-512g"}, {"m2 ultra", "mac-studio-m2-ultra-192g"}, {"m4 max", "mac-studio-m4-max-128g"},
        {"mac mini", "mac-mini-m4-pro-64g"}, {"macmini", "mac-mini-m4-pro-64g"}};
    const std::string count = "([0-9]+|一|二|两|双|三|四|五|六|七|八|九|十)";
    for (auto [name, id] : gpus) {
        const std::string n = std::regex_replace(std::string(name), re(" "), "\\s*");
        if (!std::regex_search(low, re(n)))
            continue;
        c.gpuId = id;
        if (std::regex_search(low, m, re(count + "\\s*(卡|张|块|台|x|×|\\*)\\s*(nvidia\\s*)?(rtx\\s*|geforce\\s*)?" + n)))
            c.gpuCount = chineseNumber(m[1]);
        else if (std::regex_search(low, m, re(n + "[^0-9a-z]{0,12}?(x|×|\\*)\\s*" + count)))
            c.gpuCount = chineseNumber(m[2]);
        else if (std::regex_search(low, m, re(count + "\\s*(卡|张|块)")))
            c.gpuCount = chineseNumber(m[1]);
        break;
    }
    if (c.gpuCount == 0 && !c.gpuId.empty())
        c.gpuCount = 1;
    if (const GpuSpec *g = catalog.gpu(c.gpuId); g && g->unified && c.gpuCount > 1) {
        c.nodes = c.gpuCount; // machines
        c.gpuCount = 1;
    }
    if (std::regex_search(low, m, re(count + "\\s*(个)?节点")) || std::regex_search(low, m, re(count + "\\s*nodes?")))
        c.nodes = std::max(1, chineseNumber(m[1]));

    // CPUs.
    for (const CpuSpec &cpu : catalog.cpus) {
        const std::string number = cpu.id.substr(cpu.id.find('-') + 1);
        if (number.size() >= 4 && has(number.c_str())) {
            c.cpuId = cpu.id;
            break;
        }
    }
    if (has("双路") || has("dual-socket") || has("dual socket") || has("2 sockets") || has("2路")
        || std::regex_search(low, re("(2|两|双)\\s*(x|×|颗|\\*)\\s*(intel\\s*)?(xeon|至强|epyc|cpu)")))
        c.sockets = 2;

    // Memory.
    if (std::regex_search(low, m, re("([0-9]+(\\.[0-9]+)?)\\s*(tb|t|gb|g)\\s*(ddr[45]\\s*)?(内存|ram|memory)")))
        c.ramGB = number(m[1]) * (m[3].str()[0] == 't' ? 1000.0 : 1.0);
    if (std::regex_search(low, m, re("(共|总|合计|total)\\s*([0-9]+(\\.[0-9]+)?)\\s*(tb|gb|g)\\s*(显存|vram|gpu memory)")))
        c.claimedMemoryGB = number(m[2]) * (m[4].str()[0] == 't' ? 1000.0 : 1.0);

    // Speeds and concurrency.
    const std::string rate = "([0-9]+(\\.[0-9]+)?)\\s*(tokens?|tok|字)\\s*(/|每)\\s*(s|秒|sec)";
    const std::regex rateRe(rate);
    for (std::sregex_iterator it(low.begin(), low.end(), rateRe), end; it != end; ++it) {
        const std::string before = low.substr(size_t(std::max<long>(0, long(it->position()) - 24)), size_t(std::min<long>(24, long(it->position()))));
        const double v = number((*it)[1]);
        if (before.find("吞吐") != std::string::npos || before.find("throughput") != std::string::npos || before.find("总") != std::string::npos
            || before.find("aggregate") != std::string::npos)
            c.aggregateTps = v;
        else if (!c.perUserTps)
            c.perUserTps = v;
        else if (!c.aggregateTps && v > *c.perUserTps)
            c.aggregateTps = v;
    }
    if (std::regex_search(low, m, re("并发\\s*(数)?\\s*(:|：)?\\s*([0-9]+)")))
        c.users = number(m[3]);
    else if (std::regex_search(low, m, re("([0-9]+)\\s*(人|路|个用户)?\\s*并发")) || std::regex_search(low, m, re("([0-9]+)\\s*concurrent")))
        c.users = number(m[1]);
    if (has("input+output") || has("输入+输出") || has("输入输出"))
        c.aggregateIncludesInput = true;

    // Price.
    if (std::regex_search(low, m, re("([0-9]+(\\.[0-9]+)?)\\s*万\\s*(元|人民币)?")))
        c.price = number(m[1]) * 10000.0;
    else if (std::regex_search(low, m, re("(¥|￥|cny|rmb)\\s*([0-9][0-9,]*(\\.[0-9]+)?)")))
        c.price = number(m[2]);
    else if (std::regex_search(low, m, re("([0-9][0-9,]*(\\.[0-9]+)?)\\s*(元|cny|rmb)")))
        c.price = number(m[1]);
    else if (std::regex_search(low, m, re("(\\$|usd)\\s*([0-9][0-9,]*(\\.[0-9]+)?)"))) {
        c.price = number(m[2]);
        c.priceCurrency = "USD";
    }

    // Condition and warranty.
    if (has("全新") || std::regex_search(low, re("\\bnew\\b")))
        c.condition = "new";
    if (has("翻新") || has("refurbished"))
        c.condition = "refurbished";
    if (has("二手") || has("used"))
        c.condition = "used";
    if (std::regex_search(low, m, re("(质保|保修|warranty)\\s*([0-9]+|一|二|两|三|五)\\s*(年|个月|years?|months?)")))
        c.warrantyMonths = chineseNumber(m[2]) * (m[3].str().find("月") != std::string::npos || m[3].str()[0] == 'm' ? 1 : 12);
    if (has("训练") || has("微调") || has("training") || has("fine-tun"))
        c.trainingClaimed = true;
    if (has("全参") || has("full fine-tun") || has("全量微调"))
        c.fullFineTuning = true;
    return c;
}

} // namespace hw
