#include "model/claimchecker.h"

// The speed checks: every performance point against the ceiling and the calibrated estimate at its own
// concurrency, first-token latency against prefill compute, and the stated concurrency.

namespace hw::claimcheck {

// Each performance point at its own concurrency: users x per-user against the stated total, the
// per-user speed (or the total over the users) against the roofline and the calibrated estimate.
void Checker::speed()
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
void Checker::firstTokenLatency()
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
void Checker::totalAtBestConcurrency(double claimed)
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

void Checker::point(const PerformancePoint &p)
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
void Checker::rowFits(const PerformancePoint &p)
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

void Checker::speedAt(const PerformancePoint &p)
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

void Checker::concurrency()
{
    for (const PerformancePoint &p : c.points)
        if (p.users && *p.users > 1 && !p.perUserTps && !p.aggregateTps)
            concurrencyAt(*p.users);
}

void Checker::concurrencyAt(double users)
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

} // namespace hw::claimcheck
