#include "db/configimport.h"

#include "model/catalog.h"
#include "model/kvcache.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

// Keys are looked up in the text model's config first, then in the outer one (a multimodal config keeps
// tie_word_embeddings or quantization_config at the top).
struct Config
{
    QJsonObject text;
    QJsonObject outer;

    QJsonValue value(const QString &key) const
    {
        const QJsonValue v = text.value(key);
        return v.isUndefined() || v.isNull() ? outer.value(key) : v;
    }
    bool has(const QString &key) const
    {
        const QJsonValue v = value(key);
        return !v.isUndefined() && !v.isNull();
    }
    double number(const QString &key, double fallback = 0) const
    {
        const QJsonValue v = value(key);
        return v.isDouble() ? v.toDouble() : fallback;
    }
    // The first of several spellings of one field that the config has.
    double first(std::initializer_list<QString> keys, double fallback = 0) const
    {
        for (const QString &k : keys)
            if (value(k).isDouble())
                return value(k).toDouble();
        return fallback;
    }
    bool flag(const QString &key, bool fallback) const
    {
        const QJsonValue v = value(key);
        return v.isBool() ? v.toBool() : fallback;
    }
    QString text_(const QString &key) const { return value(key).toString(); }
};

bool fail(QString *error, const QString &file, const QString &what)
{
    *error = u"%1: %2"_s.arg(file, what);
    return false;
}

QString precisionName(const QString &dtype)
{
    if (dtype == u"bfloat16")
        return u"bf16"_s;
    if (dtype == u"float16")
        return u"fp16"_s;
    if (dtype == u"float32")
        return u"fp32"_s;
    return dtype;
}

} // namespace

bool parseConfigJson(const QByteArray &json, const QString &fileName, ConfigImport *out, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull())
        return fail(error, fileName, u"not JSON: %1 at byte %2"_s.arg(perr.errorString()).arg(perr.offset));
    if (!doc.isObject())
        return fail(error, fileName, u"expected a JSON object (a Hugging Face config.json)"_s);
    Config c;
    c.outer = doc.object();
    c.text = c.outer;
    for (const QString &nested : {u"text_config"_s, u"llm_config"_s, u"language_config"_s}) {
        const QJsonObject inner = c.outer.value(nested).toObject();
        if (inner.contains(u"num_hidden_layers"_s) || inner.contains(u"hidden_size"_s)) {
            c.text = inner;
            break;
        }
    }

    ConfigImport r;
    r.modelType = c.text.value(u"model_type"_s).toString(c.outer.value(u"model_type"_s).toString());
    const double H = c.number(u"hidden_size"_s);
    const int L = int(c.number(u"num_hidden_layers"_s));
    const double heads = c.number(u"num_attention_heads"_s);
    const double V = c.number(u"vocab_size"_s);
    for (const auto &[key, v] : {std::pair{u"hidden_size"_s, H}, {u"num_hidden_layers"_s, double(L)}, {u"num_attention_heads"_s, heads}, {u"vocab_size"_s, V}})
        if (!(v > 0))
            return fail(error, fileName, u"field %1: missing or not a positive number"_s.arg(key));
    if (L > 100000 || H > 1e6 || V > 1e8 || heads > 1e5)
        return fail(error, fileName, u"implausible architecture numbers (layers %1, hidden %2, vocab %3)"_s.arg(L).arg(H).arg(V));

    hw::ModelSpec &m = r.model;
    m.kind = "other";
    m.layers = L;
    m.hiddenSize = int(H);
    m.attentionHeads = int(heads);
    m.vocabSize = int(V);
    m.maxContext = int(c.first({u"max_position_embeddings"_s, u"seq_length"_s, u"max_sequence_length"_s}, 4096));
    // transformers' default is tied (PretrainedConfig tie_word_embeddings=True).
    m.tiedEmbeddings = c.flag(u"tie_word_embeddings"_s, true);

    // Attention. MLA when the config has a KV latent (DeepSeek-V2 paper, section 2.1).
    const double kvLora = c.number(u"kv_lora_rank"_s);
    const double qLora = c.number(u"q_lora_rank"_s);
    ConfigParams &p = r.params;
    double layerAttention = 0;
    double layerNorms = 2 * H; // input and post-attention RMSNorm
    const bool qkNorm = c.flag(u"use_qk_norm"_s, r.modelType == u"qwen3" || r.modelType == u"qwen3_moe");
    if (kvLora > 0) {
        m.attention = hw::Attention::Mla;
        m.kvLoraRank = int(kvLora);
        m.qkRopeDim = int(c.number(u"qk_rope_head_dim"_s));
        m.qkNopeDim = int(c.number(u"qk_nope_head_dim"_s));
        m.vHeadDim = int(c.number(u"v_head_dim"_s));
        m.kvHeads = m.attentionHeads;
        const double qHead = m.qkNopeDim + m.qkRopeDim;
        // DeepSeek-V3 modeling: q_a_proj H x q_lora, q_b_proj q_lora x heads*(nope+rope) (or q_proj without
        // q_lora), kv_a_proj_with_mqa H x (kv_lora+rope), kv_b_proj kv_lora x heads*(nope+v), o_proj heads*v x H.
        layerAttention = qLora > 0 ? H * qLora + qLora * heads * qHead : H * heads * qHead;
        layerAttention += H * (kvLora + m.qkRopeDim) + kvLora * heads * (m.qkNopeDim + m.vHeadDim) + heads * m.vHeadDim * H;
        layerNorms += kvLora + (qLora > 0 ? qLora : 0); // kv_a_layernorm, q_a_layernorm
    } else {
        m.attention = hw::Attention::Gqa;
        m.kvHeads = int(c.number(u"num_key_value_heads"_s, heads));
        m.headDim = int(c.number(u"head_dim"_s, H / heads));
        const double q = heads * m.headDim;
        const double kv = double(m.kvHeads) * m.headDim;
        layerAttention = H * q + 2 * H * kv + q * H; // q, k, v, o projections
        // Qwen2 always biases q/k/v (modeling_qwen2.py); others say so with attention_bias (then o too).
        if (c.flag(u"attention_bias"_s, false))
            layerAttention += q + 2 * kv + H;
        else if (r.modelType == u"qwen2" || r.modelType == u"qwen2_moe")
            layerAttention += q + 2 * kv;
        if (qkNorm)
            layerAttention += 2 * m.headDim; // q_norm, k_norm over the head dim (Qwen3, GLM-4.5)
        if (r.modelType == u"gpt_oss")
            layerAttention += heads; // one learned attention sink per head (modeling_gpt_oss.py)
    }

    // Feed-forward: dense layers, MoE layers with routed and shared experts.
    const double experts = c.first({u"n_routed_experts"_s, u"num_experts"_s, u"num_local_experts"_s});
    const double k = c.first({u"num_experts_per_tok"_s, u"experts_per_token"_s, u"num_experts_per_token"_s, u"moe_topk"_s});
    const double denseFfn = c.number(u"intermediate_size"_s);
    const double expertFfn = c.number(u"moe_intermediate_size"_s, denseFfn);
    const double sharedCount = c.number(u"n_shared_experts"_s);
    const double sharedFfn = c.number(u"shared_expert_intermediate_size"_s);
    const int firstDense = int(c.number(u"first_k_dense_replace"_s));
    const int moeFreq = std::max(1, int(c.number(u"moe_layer_freq"_s, 1)));
    const int sparseStep = std::max(1, int(c.number(u"decoder_sparse_step"_s, 1)));
    std::set<int> mlpOnly;
    for (const QJsonValue &v : c.value(u"mlp_only_layers"_s).toArray())
        mlpOnly.insert(v.toInt());
    if (experts > 0 && !(k > 0 && k <= experts))
        return fail(error, fileName, u"field num_experts_per_tok: expected 1..%1 experts per token"_s.arg(experts));
    if (!(expertFfn > 0) && !(denseFfn > 0))
        return fail(error, fileName, u"field intermediate_size: missing"_s);
    // gpt-oss experts carry biases (gate_up 2 x ffn, down hidden: modeling_gpt_oss.py GptOssExperts).
    const bool expertBias = r.modelType == u"gpt_oss";
    const double expertParams = 3 * H * expertFfn + (expertBias ? 2 * expertFfn + H : 0); // gate, up, down
    const double sharedParams = sharedFfn > 0 ? 3 * H * sharedFfn + H : sharedCount * 3 * H * expertFfn; // Qwen2-MoE adds a 1-wide gate
    // Router: H x experts, plus a bias for gpt-oss and for DeepSeek-V3's noaux_tc score correction.
    const bool routerBias = expertBias || c.text_(u"topk_method"_s) == u"noaux_tc";
    const double routerParams = experts * H + (routerBias ? experts : 0);

    auto isMoeLayer = [&](int i) {
        return experts > 0 && i >= firstDense && i % moeFreq == 0 && (i + 1) % sparseStep == 0 && !mlpOnly.count(i);
    };
    for (int i = 0; i < L; ++i) {
        p.attention += layerAttention;
        p.norms += layerNorms;
        if (isMoeLayer(i)) {
            ++r.moeLayers;
            p.routedExperts += experts * expertParams;
            p.routedActive += k * expertParams;
            p.sharedExperts += sharedParams;
            p.routers += routerParams;
        } else {
            p.denseFfn += 3 * H * denseFfn;
        }
    }
    p.norms += H; // final norm
    p.embedding = V * H;
    p.output = m.tiedEmbeddings ? 0 : V * H;

    // MTP: each module is one more decoder layer (MoE in DeepSeek-V3 and GLM-4.5) plus enorm, hnorm,
    // eh_proj (2H x H) and its head norm; embedding and head are shared (DeepSeek-V3 README_WEIGHTS.md).
    m.mtpLayers = int(c.number(u"num_nextn_predict_layers"_s));
    if (m.mtpLayers > 0)
        p.mtp = m.mtpLayers * (layerAttention + layerNorms + (experts > 0 ? experts * expertParams + sharedParams + routerParams : 3 * H * denseFfn)
                               + 3 * H + 2 * H * H);

    if (r.moeLayers > 0) {
        m.routedExperts = int(experts);
        m.expertsPerToken = int(k);
        m.sharedExperts = sharedFfn > 0 ? 1 : int(sharedCount);
        m.expertFfnDim = int(expertFfn);
        m.denseLayers = L - r.moeLayers;
    }
    m.denseFfnDim = r.moeLayers < L ? int(denseFfn) : 0;

    // Sliding window: per layer from layer_types (gpt-oss), from max_window_layers when use_sliding_window
    // (Qwen2), every other layer from layer 0 for Gemma 2 (modeling_gemma2.py: sliding_window if not bool(layer_idx % 2);
    // Gemma 2 report, arXiv:2408.00118, section 2), else every layer when a window is given (Mistral).
    const int window = int(c.number(u"sliding_window"_s));
    const QJsonArray layerTypes = c.value(u"layer_types"_s).toArray();
    if (window > 0) {
        if (!layerTypes.isEmpty()) {
            for (const QJsonValue &t : layerTypes)
                m.slidingLayers += t.toString() == u"sliding_attention" ? 1 : 0;
        } else if (r.modelType == u"gemma2") {
            m.slidingLayers = (L + 1) / 2;
        } else if (c.has(u"use_sliding_window"_s)) {
            if (c.flag(u"use_sliding_window"_s, false))
                m.slidingLayers = std::max(0, L - int(c.number(u"max_window_layers"_s, 0)));
        } else {
            m.slidingLayers = L;
        }
        m.slidingWindow = m.slidingLayers > 0 ? window : 0;
    }

    const QJsonObject quant = c.value(u"quantization_config"_s).toObject();
    r.quantMethod = quant.value(u"quant_method"_s).toString();
    m.nativePrecision = (r.quantMethod.isEmpty() ? precisionName(c.text_(u"torch_dtype"_s).isEmpty() ? c.text_(u"dtype"_s) : c.text_(u"torch_dtype"_s))
                                                 : r.quantMethod)
                            .toStdString();
    if (m.nativePrecision.empty())
        m.nativePrecision = "bf16";

    m.totalParamsB = p.total() / 1e9;
    m.activeParamsB = p.active() / 1e9;
    r.kvBytesPerTokenF16 = hw::kvBytesPerToken(m, hw::KvType::F16, true);

    // Identity: the repository name (_name_or_path), else the folder a config.json sits in, else the file.
    const QString nameOrPath = c.outer.value(u"_name_or_path"_s).toString();
    const QFileInfo fi(fileName);
    QString base = nameOrPath.section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (base.isEmpty())
        base = fi.fileName() == u"config.json" && !fi.dir().dirName().isEmpty() && fi.dir().dirName() != u"."_s ? fi.dir().dirName() : fi.completeBaseName();
    m.name = base.toStdString();
    m.id = hw::normaliseId(base.toStdString());
    m.source = QString(fi.fileName() + (nameOrPath.isEmpty() ? QString() : u" ("_s + nameOrPath + u')') + u", imported config.json"_s).toStdString();
    m.sourceDate = QDate::currentDate().toString(Qt::ISODate).toStdString();
    *out = std::move(r);
    return true;
}

bool readConfigFile(const QString &path, ConfigImport *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(error, path, f.errorString());
    if (f.size() > 16 * 1024 * 1024) // a config.json is a few KB; this is something else
        return fail(error, path, u"%1 bytes is too large for a config.json"_s.arg(f.size()));
    return parseConfigJson(f.readAll(), path, out, error);
}

} // namespace hwdb
