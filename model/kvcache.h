#pragma once

#include "model/build.h"

namespace hw {

// Bytes one cached element takes: f16 2; q8_0 and q4_0 are ggml blocks of 32 with one f16 scale
// (34 and 18 bytes, ggml-common.h); fp8 1.
double kvBytesPerElement(KvType type);

// KV cache bytes per token of context over all layers.
// GQA/MHA: 2 x kv_heads x head_dim x layers (K and V).
// MLA kept compressed: (kv_lora_rank + rope dim) x layers (DeepSeek-V2 paper, section 2.1).
// MLA expanded to full heads: heads x (nope + rope + v) x layers, as llama.cpp did before MLA support.
double kvBytesPerToken(const ModelSpec &model, KvType type, bool mlaCompressed);

// Elements one token adds per layer, for splitting KV by layer.
double kvElementsPerTokenPerLayer(const ModelSpec &model, bool mlaCompressed);

const char *kvTypeName(KvType type);
bool kvTypeFromName(const std::string &name, KvType *type);

} // namespace hw
