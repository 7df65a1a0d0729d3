#pragma once

// A Hugging Face config.json read into a catalog model: the architecture numbers, and the total and
// active parameters counted from them tensor by tensor (embeddings, attention projections including
// MLA's low-rank paths, dense FFN, routed and shared experts, routers, norms, the output head unless
// tied). Nested configs ("text_config") are followed; dense, GQA, MLA and MoE families are supported.

#include "model/specs.h"

#include <QString>
#include <QStringList>

class QByteArray;

namespace hwdb {

// Parameters by what they are for, counted from the architecture. MTP layers are counted apart.
struct ConfigParams
{
    double embedding = 0;
    double output = 0;     // lm_head; 0 when tied to the embedding
    double attention = 0;  // projections, their biases, q/k norms, attention sinks
    double denseFfn = 0;
    double routedExperts = 0;
    double routedActive = 0; // the experts_per_token of every MoE layer
    double sharedExperts = 0;
    double routers = 0;
    double norms = 0;
    double mtp = 0;        // num_nextn_predict_layers, on disk but not in total

    double total() const { return embedding + output + attention + denseFfn + routedExperts + sharedExperts + routers + norms; }
    // Read per token: the input embedding is only looked up (DeepSeek-V3 counts 36.6B active this way,
    // README_WEIGHTS.md); routed experts only the k chosen.
    double active() const { return total() - embedding - routedExperts + routedActive; }
};

struct ConfigImport
{
    hw::ModelSpec model;    // id, name, source and date filled from the file; kind "other"
    ConfigParams params;
    QString modelType;      // config's model_type (of the text model when nested)
    QString quantMethod;    // quantization_config.quant_method, empty when none
    int moeLayers = 0;
    double kvBytesPerTokenF16 = 0;
};

// `fileName` names the file in messages and in the model's source. False with a message naming the
// file and the field on a malformed or unsupported config.
bool parseConfigJson(const QByteArray &json, const QString &fileName, ConfigImport *out, QString *error);
bool readConfigFile(const QString &path, ConfigImport *out, QString *error);

} // namespace hwdb
