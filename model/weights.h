#pragma once

#include "model/build.h"

namespace hw {

// Parameter counts derived from the architecture (config.json numbers).
struct ParamSplit
{
    double total = 0;          // parameters as loaded
    double routedExperts = 0;  // all routed experts: moe_layers x experts x 3 x hidden x expert_ffn
    double routedActive = 0;   // routed experts one token uses: moe_layers x k x 3 x hidden x expert_ffn
    double embedding = 0;      // input token embedding: looked up, never streamed
    double other() const { return total - routedExperts; }
};
ParamSplit paramSplit(const ModelSpec &model);

// Bytes of the weights as they sit in memory, split the way placement and decode need them.
struct WeightBytes
{
    double total = 0;
    double routedExperts = 0; // all routed experts
    double other = 0;         // attention, dense FFN, shared experts, norms, embeddings, output head
    double embedding = 0;     // part of `other` that is only looked up
    bool castToBf16 = false;  // FP8 weights on hardware without FP8
    bool fromFileSize = false;
    double mtpExcludedBytes = 0; // the file's multi-token-prediction layers, which the runtime does not load

    // Non-expert bytes streamed every decode step (embedding excluded).
    double streamedOther() const { return other - embedding; }
};

// Weights of `build`: the published file size when known, else params x bits / 8. `fp8Native` says
// whether the devices that hold the weights execute FP8; without it FP8 weights are cast to BF16
// (DeepSeek's fp8_cast_bf16.py), doubling their size.
WeightBytes weightBytes(const Build &build, bool fp8Native);

} // namespace hw
