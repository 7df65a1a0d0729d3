// The buyer checklist of “本地部署DeepSeek R1到底需要什么配置?” ("avoid the pits"), on any build: model identity, hardware and run
// mode, speed at the real concurrency, new parts and warranty.

#include "model/claims.h"

#include "model/textformat.h"

namespace hw {

namespace {

bool isFullPrecision(const std::string &quant) { return quant == "fp8" || quant == "bf16" || quant == "fp16" || quant == "int8"; }

} // namespace

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
             {{QT_TRANSLATE_NOOP("hw::Message", "%1 is a quantized R1, not the full model (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q4 and 1.58-bit keep ~75-80%)"), {b.quant.name}}});
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
    // The text says what the status says: a build that cannot run is never "suits the model".
    if (!e.runs) {
        status = "fail";
        hardware.insert(hardware.begin(), {QT_TRANSLATE_NOOP("hw::Message", "The model does not fit in this build's memory: it cannot run."), {}});
    }
    if (hardware.empty())
        hardware.push_back({QT_TRANSLATE_NOOP("hw::Message", "GPUs and run mode suit the model"), {}});
    item("hardware-and-run-mode", status, std::move(hardware));

    // Against the build's own target first (the buyer's requirement), then the 6 and 14 tok/s marks.
    const std::vector<std::string> speed = {num(e.decodePerUser, 1), std::to_string(b.workload.users), num(b.workload.minTpsPerUser, b.workload.minTpsPerUser == int(b.workload.minTpsPerUser) ? 0 : 1)};
    if (!e.runs)
        item("speed-and-concurrency", "fail", {{QT_TRANSLATE_NOOP("hw::Message", "cannot run, so no speed for %2 users"), speed}});
    else if (e.decodePerUser < b.workload.minTpsPerUser)
        item("speed-and-concurrency", "fail", {{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 users: below the %3 tok/s target"), speed}});
    else if (e.decodePerUser < 6)
        item("speed-and-concurrency", "warn", {{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user at %2 users: meets the %3 tok/s target, below the acceptable 6"), speed}});
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

} // namespace hw
