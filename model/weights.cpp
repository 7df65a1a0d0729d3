#include "model/weights.h"

#include <algorithm>

namespace hw {

ParamSplit paramSplit(const ModelSpec &model)
{
    ParamSplit p;
    p.total = model.totalParamsB * 1e9;
    if (model.isMoe()) {
        const double moeLayers = model.moeLayers();
        const double expert = 3.0 * model.hiddenSize * model.expertFfnDim; // gate, up, down
        p.routedExperts = moeLayers * model.routedExperts * expert;
        p.routedActive = moeLayers * model.expertsPerToken * expert;
        // A published total is rounded ("1T" for Kimi K2, whose experts alone are 1.015T): never fewer
        // parameters than the experts plus the non-expert part a token reads (active - routed active).
        const double nonExpert = std::max(0.0, model.activeParamsB * 1e9 - p.routedActive);
        p.total = std::max(p.total, p.routedExperts + nonExpert);
    }
    p.embedding = model.tiedEmbeddings ? 0.0 : double(model.vocabSize) * model.hiddenSize;
    return p;
}

WeightBytes weightBytes(const Build &build, bool fp8Native)
{
    const ParamSplit p = paramSplit(build.model);
    WeightBytes w;
    w.castToBf16 = build.quant.needsNativeFp8 && !fp8Native;

    double otherBytes = 0;
    if (w.castToBf16) {
        w.total = p.total * 2.0;
        otherBytes = p.other() * 2.0;
    } else if (build.fileGroups && build.fileGroups->known()) {
        // The file's own tensor table: every group's exact bytes (db/ggufreader.cpp).
        const WeightGroupBytes &g = *build.fileGroups;
        w.fromFileSize = true;
        w.total = g.total();
        w.routedExperts = g.routedExperts;
        w.other = w.total - g.routedExperts;
        w.embedding = g.embedding;
        return w;
    } else {
        w.fromFileSize = build.fileGB.has_value();
        w.total = w.fromFileSize ? *build.fileGB * 1e9 : p.total * build.quant.bitsPerWeight / 8.0;
        // A checkpoint's safetensors carry its MTP layers (DeepSeek-V3/R1 FP8: model.layers.61, "11.5B unique
        // parameters", README_WEIGHTS.md); serving engines load them only as a speculative-decoding draft and
        // GGUF conversions drop them, so they are not resident. One MTP layer = one MoE layer's parameters.
        if (w.fromFileSize && build.quant.format == "safetensors" && build.model.mtpLayers > 0 && build.model.layers > 0) {
            const double head = build.model.tiedEmbeddings ? 0.0 : double(build.model.vocabSize) * build.model.hiddenSize;
            const double perLayer = (p.routedExperts / std::max(1, build.model.moeLayers()))
                + std::max(0.0, p.other() - p.embedding - head) / build.model.layers;
            const double mtp = build.model.mtpLayers * perLayer;
            w.mtpExcludedBytes = w.total * mtp / (p.total + mtp);
            w.total -= w.mtpExcludedBytes;
        }
        if (build.quant.nonExpertBits > 0 && p.routedExperts > 0)
            otherBytes = std::min(p.other() * build.quant.nonExpertBits / 8.0, w.total * 0.5);
        else
            otherBytes = p.total > 0 ? w.total * p.other() / p.total : 0.0;
    }
    w.other = otherBytes;
    w.routedExperts = std::max(0.0, w.total - otherBytes); // a dense model: exactly 0, not a rounding error below it
    w.embedding = p.other() > 0 ? otherBytes * p.embedding / p.other() : 0.0;
    return w;
}

} // namespace hw
