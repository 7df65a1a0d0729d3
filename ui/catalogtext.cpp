#include "ui/catalogtext.h"

#include <QCoreApplication>

namespace hwui {

namespace {

// The notes of resources/catalog/seed.json, listed for lupdate (tst_mainwindow checks that each note of
// the embedded catalog has its translation, so a seed note added without one fails).
[[maybe_unused]] const char *const kSeedNotes[] = {
    QT_TRANSLATE_NOOP("hw::Catalog", "The original reasoning model (reference quality). The opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: Q2 quants keep ~70%, Q4 and the 1.58-bit dynamic quant ~75-80% of it."),
    QT_TRANSLATE_NOOP("hw::Catalog", "May 2025 update of R1, same architecture and size (not 12.8B parameters, not a 2,048-token window as “DeepSeek R1-0528本地部署全攻略:五千至六万预算最优解” claims)."),
    QT_TRANSLATE_NOOP("hw::Catalog", "The non-reasoning base chat model R1 was trained from; same architecture."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Qwen2.5-Math-1.5B: far weaker than R1 (“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: the best distill is roughly o1-mini class)."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Qwen2.5-Math-7B: far weaker than R1."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Llama-3.1-8B: far weaker than R1. Note: ollama's deepseek-r1:8b tag was later re-pointed to R1-0528-Qwen3-8B."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Qwen2.5-14B: far weaker than R1."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Qwen2.5-32B: far weaker than R1."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Distilled into Llama-3.3-70B-Instruct: the strongest distill, roughly o1-mini class (the opinion of “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”). \"DeepSeek R1 70B\" means this model."),
    QT_TRANSLATE_NOOP("hw::Catalog", "DeepSeek's release precision for R1/V3: the full model."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Full precision. For R1 this is the FP8 release cast up (fp8_cast_bf16.py): no quality gain, twice the memory."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Full precision."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Datacenter alternative to FP8 on A100-class GPUs."),
    QT_TRANSLATE_NOOP("hw::Catalog", "4-bit weight-only quant for vLLM/SGLang."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Near-lossless GGUF."),
    QT_TRANSLATE_NOOP("hw::Catalog", "ollama's default; “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1's quality."),
    QT_TRANSLATE_NOOP("hw::Catalog", "“DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~70% of R1's quality."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Routed experts ~1.58 bit, attention and dense layers 4-6 bit. “DeepSeek R1 低成本本地部署方案介绍——Ktransformers+Unsloth”: ~75-80% of R1."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Routed experts ~1.73 bit, attention and dense layers 4-6 bit."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Routed experts ~2.2 bit, attention and dense layers 4-6 bit."),
    QT_TRANSLATE_NOOP("hw::Catalog", "Routed experts ~2.5 bit, attention and dense layers 4-6 bit."),
};

} // namespace

QString catalogText(const std::string &text)
{
    return QCoreApplication::translate("hw::Catalog", text.c_str());
}

} // namespace hwui
