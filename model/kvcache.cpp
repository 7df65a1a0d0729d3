#include "model/kvcache.h"

namespace hw {

double kvBytesPerElement(KvType type)
{
    switch (type) {
    case KvType::F16:
        return 2.0;
    case KvType::Q8_0:
        return 34.0 / 32.0;
    case KvType::Q4_0:
        return 18.0 / 32.0;
    case KvType::Fp8:
        return 1.0;
    }
    return 2.0;
}

double kvElementsPerTokenPerLayer(const ModelSpec &model, bool mlaCompressed)
{
    if (model.attention == Attention::Mla) {
        if (mlaCompressed)
            return double(model.kvLoraRank + model.qkRopeDim);
        return double(model.attentionHeads) * (model.qkNopeDim + model.qkRopeDim + model.vHeadDim);
    }
    return 2.0 * model.kvHeads * model.headDim;
}

double kvBytesPerToken(const ModelSpec &model, KvType type, bool mlaCompressed)
{
    return kvElementsPerTokenPerLayer(model, mlaCompressed) * model.layers * kvBytesPerElement(type);
}

const char *kvTypeName(KvType type)
{
    switch (type) {
    case KvType::F16:
        return "f16";
    case KvType::Q8_0:
        return "q8_0";
    case KvType::Q4_0:
        return "q4_0";
    case KvType::Fp8:
        return "fp8";
    }
    return "f16";
}

bool kvTypeFromName(const std::string &name, KvType *type)
{
    if (name == "f16" || name == "bf16" || name == "fp16")
        *type = KvType::F16;
    else if (name == "q8_0")
        *type = KvType::Q8_0;
    else if (name == "q4_0")
        *type = KvType::Q4_0;
    else if (name == "fp8" || name == "fp8_e4m3" || name == "fp8_e5m2")
        *type = KvType::Fp8;
    else
        return false;
    return true;
}

} // namespace hw
