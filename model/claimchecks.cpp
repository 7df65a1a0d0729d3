#include "model/claimchecker.h"

namespace hw {

namespace claimcheck {

// The offer as a build: what it names, the rest filled in its favour (the best runtime).
bool Checker::makeBuild()
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
        if (c.mrdimm)
            useMrdimm(*b.cpu);
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

void Checker::identity()
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

void Checker::price()
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
        // The lowest price ever recorded, not today's: an offer's date is rarely stated, and DRAM cost
        // several times more in 2026 than in early 2025, so today's price is no floor for last year's offer.
        double cheapest = 0;
        std::string which, when;
        for (MemoryType type : kMemoryTypes)
            if (const auto q = prices.lowest(PartKind::Memory, memoryTypeId(type)); q && (cheapest == 0 || q->amount < cheapest)) {
                cheapest = q->amount;
                which = std::string(memoryTypeId(type)) + " " + q->condition;
                when = q->date;
            }
        if (cheapest > 0 && cny < weightsGB * cheapest)
            add("price-below-memory-cost", Severity::Impossible,
                {QT_TRANSLATE_NOOP("hw::Message", "%1 CNY for %2 %3"), {num(cny, 0), model->name, quant->name}},
                {{QT_TRANSLATE_NOOP("hw::Message", "The weights alone need %1 GB of memory; at the lowest price the catalog has recorded (%2, %3 CNY/GB on %4) that memory costs %5 CNY."),
                  {num(weightsGB, 0), which, num(cheapest, 2), when, num(weightsGB * cheapest, 0)}}},
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

void Checker::facts()
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

void Checker::runMode()
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
void Checker::quote()
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
void Checker::applyAssumptions()
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

void Checker::arithmetic()
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

} // namespace claimcheck

using claimcheck::Checker;


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
