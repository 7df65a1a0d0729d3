#include "db/ggufreader.h"

#include "model/catalog.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

// Caps on what a header may claim; beyond them the file is refused rather than believed.
constexpr quint64 kMaxStringBytes = 1 << 20;   // a key or string value (tokenizer templates are ~10 KB)
constexpr quint64 kMaxTensors = 1 << 20;       // DeepSeek-V3 has ~1,100 tensors
constexpr quint64 kMaxKeys = 1 << 16;
constexpr quint32 kMaxDims = 4;                // GGML_MAX_DIMS
constexpr int kMaxArrayDepth = 4;

// ggml type ids and their block size / bytes per block: ggml/include/ggml.h enum ggml_type and the
// block structs of ggml/src/ggml-common.h (sizes as in their static_asserts; ggml.c type_traits).
GgmlTypeTraits traitsTable(quint32 id)
{
    switch (id) {
    case 0: return {"f32", 1, 4};
    case 1: return {"f16", 1, 2};
    case 2: return {"q4_0", 32, 18};
    case 3: return {"q4_1", 32, 20};
    case 6: return {"q5_0", 32, 22};
    case 7: return {"q5_1", 32, 24};
    case 8: return {"q8_0", 32, 34};
    case 9: return {"q8_1", 32, 36};
    case 10: return {"q2_k", 256, 84};
    case 11: return {"q3_k", 256, 110};
    case 12: return {"q4_k", 256, 144};
    case 13: return {"q5_k", 256, 176};
    case 14: return {"q6_k", 256, 210};
    case 15: return {"q8_k", 256, 292};
    case 16: return {"iq2_xxs", 256, 66};
    case 17: return {"iq2_xs", 256, 74};
    case 18: return {"iq3_xxs", 256, 98};
    case 19: return {"iq1_s", 256, 50};
    case 20: return {"iq4_nl", 32, 18};
    case 21: return {"iq3_s", 256, 110};
    case 22: return {"iq2_s", 256, 82};
    case 23: return {"iq4_xs", 256, 136};
    case 24: return {"i8", 1, 1};
    case 25: return {"i16", 1, 2};
    case 26: return {"i32", 1, 4};
    case 27: return {"i64", 1, 8};
    case 28: return {"f64", 1, 8};
    case 29: return {"iq1_m", 256, 56};
    case 30: return {"bf16", 1, 2};
    case 34: return {"tq1_0", 256, 54};
    case 35: return {"tq2_0", 256, 66};
    case 39: return {"mxfp4", 32, 17};
    default: return {};
    }
}

// GGUF metadata value types (docs/gguf.md gguf_metadata_value_type) and their fixed sizes.
enum ValueType : quint32 { U8, I8, U16, I16, U32, I32, F32, Bool, String, Array, U64, I64, F64 };
int fixedSize(quint32 t)
{
    switch (t) {
    case U8: case I8: case Bool: return 1;
    case U16: case I16: return 2;
    case U32: case I32: case F32: return 4;
    case U64: case I64: case F64: return 8;
    default: return 0;
    }
}

// Sequential reader over the device with every read checked against its size.
class Cursor
{
public:
    Cursor(QIODevice *d, const QString &name) : m_d(d), m_name(name), m_size(quint64(d->size())) {}

    quint64 pos() const { return m_pos; }
    quint64 remaining() const { return m_size - m_pos; }
    QString error() const { return m_error; }

    bool fail(const QString &what) { return fail(m_pos, what); }
    bool fail(quint64 at, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"%1: byte %2: %3"_s.arg(m_name).arg(at).arg(what);
        return false;
    }
    bool need(quint64 n, const QString &what)
    {
        if (n > remaining())
            return fail(u"expected %1 (%2 bytes), but the file ends after %3"_s.arg(what).arg(n).arg(remaining()));
        return true;
    }
    bool bytes(void *dst, quint64 n, const QString &what)
    {
        if (!need(n, what))
            return false;
        if (!m_d->seek(qint64(m_pos)) || m_d->read(static_cast<char *>(dst), qint64(n)) != qint64(n))
            return fail(u"cannot read %1: %2"_s.arg(what, m_d->errorString()));
        m_pos += n;
        return true;
    }
    bool skip(quint64 n, const QString &what)
    {
        if (!need(n, what))
            return false;
        m_pos += n;
        return true;
    }
    template<typename T>
    bool le(T *v, const QString &what)
    {
        uchar raw[sizeof(T)];
        if (!bytes(raw, sizeof(T), what))
            return false;
        *v = qFromLittleEndian<T>(raw);
        return true;
    }
    bool string(QString *s, const QString &what, bool keep = true)
    {
        const quint64 at = m_pos;
        quint64 len = 0;
        if (!le(&len, what + u" length"_s))
            return false;
        if (len > kMaxStringBytes)
            return fail(at, u"%1 claims %2 bytes (at most %3 accepted)"_s.arg(what).arg(len).arg(kMaxStringBytes));
        if (!keep)
            return skip(len, what);
        QByteArray b(qsizetype(len), Qt::Uninitialized);
        if (!bytes(b.data(), len, what))
            return false;
        *s = QString::fromUtf8(b);
        return true;
    }

private:
    QIODevice *m_d;
    QString m_name;
    quint64 m_size;
    quint64 m_pos = 0;
    QString m_error;
};

bool readValue(Cursor &c, quint32 type, const QString &key, QVariant *v, quint64 *arrayCount, int depth)
{
    switch (type) {
    case U8: { quint8 x; if (!c.le(&x, key)) return false; *v = uint(x); return true; }
    case I8: { qint8 x; if (!c.le(&x, key)) return false; *v = int(x); return true; }
    case U16: { quint16 x; if (!c.le(&x, key)) return false; *v = uint(x); return true; }
    case I16: { qint16 x; if (!c.le(&x, key)) return false; *v = int(x); return true; }
    case U32: { quint32 x; if (!c.le(&x, key)) return false; *v = x; return true; }
    case I32: { qint32 x; if (!c.le(&x, key)) return false; *v = x; return true; }
    case U64: { quint64 x; if (!c.le(&x, key)) return false; *v = x; return true; }
    case I64: { qint64 x; if (!c.le(&x, key)) return false; *v = x; return true; }
    case F32: { quint32 x; if (!c.le(&x, key)) return false; float f; std::memcpy(&f, &x, 4); *v = double(f); return true; }
    case F64: { quint64 x; if (!c.le(&x, key)) return false; double f; std::memcpy(&f, &x, 8); *v = f; return true; }
    case Bool: {
        quint8 x;
        if (!c.le(&x, key))
            return false;
        if (x > 1)
            return c.fail(c.pos() - 1, u"%1: a bool must be 0 or 1, not %2"_s.arg(key).arg(x));
        *v = x == 1;
        return true;
    }
    case String: {
        QString s;
        if (!c.string(&s, key))
            return false;
        *v = s;
        return true;
    }
    case Array: {
        if (depth >= kMaxArrayDepth)
            return c.fail(u"%1: arrays nested deeper than %2"_s.arg(key).arg(kMaxArrayDepth));
        quint32 inner = 0;
        quint64 count = 0;
        if (!c.le(&inner, key + u" array type"_s) || !c.le(&count, key + u" array length"_s))
            return false;
        if (inner > F64)
            return c.fail(c.pos() - 12, u"%1: unknown array element type %2"_s.arg(key).arg(inner));
        *arrayCount = count;
        // Skipped, not stored: a count the rest of the file cannot hold is refused before any loop.
        if (const int size = fixedSize(inner)) {
            if (count > c.remaining() / quint64(size))
                return c.fail(u"%1: array of %2 elements of %3 bytes does not fit in the %4 bytes left"_s.arg(key).arg(count).arg(size).arg(c.remaining()));
            return c.skip(count * quint64(size), key);
        }
        const quint64 minSize = inner == String ? 8 : 12;
        if (count > c.remaining() / minSize)
            return c.fail(u"%1: array of %2 elements cannot fit in the %3 bytes left"_s.arg(key).arg(count).arg(c.remaining()));
        for (quint64 i = 0; i < count; ++i) {
            QVariant ignored;
            quint64 innerCount = 0;
            if (inner == String) {
                QString s;
                if (!c.string(&s, key + u"[%1]"_s.arg(i), false))
                    return false;
            } else if (!readValue(c, inner, key + u"[%1]"_s.arg(i), &ignored, &innerCount, depth + 1)) {
                return false;
            }
        }
        return true;
    }
    default:
        return c.fail(c.pos() - 4, u"%1: unknown value type %2"_s.arg(key).arg(type));
    }
}

// Which group a tensor belongs to, by llama.cpp's tensor names (llama-arch.cpp LLM_TENSOR_NAMES).
double *groupOf(hw::WeightGroupBytes &g, const QString &name)
{
    if (name == u"token_embd.weight")
        return &g.embedding;
    if (name == u"output.weight")
        return &g.output;
    if (name.contains(u"norm"_s))
        return &g.other;
    if (name.contains(u"_exps"_s))
        return &g.routedExperts; // ffn_{gate,up,down,gate_up}_exps
    if (name.contains(u"_shexp"_s))
        return &g.sharedExperts; // ffn_{gate,up,down}_shexp, ffn_gate_inp_shexp
    if (name.contains(u".attn_"_s))
        return &g.attention;     // attn_q/k/v/output, MLA's attn_q_a/q_b/kv_a_mqa/kv_b/k_b/v_b, attn_sinks
    if (name.contains(u".ffn_gate."_s) || name.contains(u".ffn_up."_s) || name.contains(u".ffn_down."_s))
        return &g.denseFfn;
    return &g.other;             // routers (ffn_gate_inp), expert score biases, nextn projections
}

quint64 uintMeta(const GgufInfo &i, const QString &key, quint64 fallback = 0)
{
    const auto it = i.metadata.find(key);
    if (it == i.metadata.end())
        return fallback;
    bool ok = false;
    const qulonglong v = it->second.toULongLong(&ok);
    return ok ? v : fallback;
}

} // namespace

GgmlTypeTraits ggmlType(quint32 id)
{
    return traitsTable(id);
}

// llama.h enum llama_ftype.
QString quantIdForFileType(qint64 t)
{
    static const std::map<qint64, const char *> names = {
        {0, "f32"},      {1, "f16"},       {2, "q4_0"},      {3, "q4_1"},     {7, "q8_0"},      {8, "q5_0"},    {9, "q5_1"},
        {10, "q2_k"},    {11, "q3_k_s"},   {12, "q3_k_m"},   {13, "q3_k_l"},  {14, "q4_k_s"},   {15, "q4_k_m"}, {16, "q5_k_s"},
        {17, "q5_k_m"},  {18, "q6_k"},     {19, "iq2_xxs"},  {20, "iq2_xs"},  {21, "q2_k_s"},   {22, "iq3_xs"}, {23, "iq3_xxs"},
        {24, "iq1_s"},   {25, "iq4_nl"},   {26, "iq3_s"},    {27, "iq3_m"},   {28, "iq2_s"},    {29, "iq2_m"},  {30, "iq4_xs"},
        {31, "iq1_m"},   {32, "bf16"},     {36, "tq1_0"},    {37, "tq2_0"},   {38, "mxfp4_moe"}};
    const auto it = names.find(t);
    return it == names.end() ? u"gguf-custom"_s : QString::fromLatin1(it->second);
}

bool readGguf(QIODevice *device, const QString &name, GgufInfo *out, QString *error)
{
    Cursor c(device, name);
    GgufInfo info;
    auto bad = [&] {
        *error = c.error();
        return false;
    };

    char magic[4];
    if (!c.bytes(magic, 4, u"the magic \"GGUF\""_s))
        return bad();
    if (std::memcmp(magic, "GGUF", 4) != 0)
        return c.fail(0, u"expected the magic \"GGUF\"; this is not a GGUF file"_s), bad();
    if (!c.le(&info.version, u"the version"_s))
        return bad();
    // Version 1 used 32-bit counts and lengths; big-endian files show a byte-swapped version.
    if (info.version != 2 && info.version != 3)
        return c.fail(4, u"GGUF version %1 is not supported (2 and 3 are; a big-endian file reads as a huge version)"_s.arg(info.version)), bad();
    quint64 keys = 0;
    if (!c.le(&info.tensorCount, u"the tensor count"_s) || !c.le(&keys, u"the metadata count"_s))
        return bad();
    if (info.tensorCount > kMaxTensors || info.tensorCount > c.remaining() / 28)
        return c.fail(8, u"tensor count %1 is more than the file can hold (at most %2)"_s.arg(info.tensorCount).arg(std::min(kMaxTensors, c.remaining() / 28))), bad();
    if (keys > kMaxKeys || keys > c.remaining() / 13)
        return c.fail(16, u"metadata count %1 is more than the file can hold"_s.arg(keys)), bad();

    for (quint64 k = 0; k < keys; ++k) {
        QString key;
        quint32 type = 0;
        if (!c.string(&key, u"metadata key %1"_s.arg(k)) || !c.le(&type, u"the value type of %1"_s.arg(key)))
            return bad();
        QVariant v;
        quint64 count = 0;
        if (!readValue(c, type, key, &v, &count, 0))
            return bad();
        if (type == Array)
            info.metadata[key + u"#count"_s] = count;
        else
            info.metadata[key] = v;
    }
    info.architecture = info.metadata[u"general.architecture"_s].toString();
    info.name = info.metadata.count(u"general.name"_s) ? info.metadata[u"general.name"_s].toString() : QString();
    info.fileType = info.metadata.count(u"general.file_type"_s) ? qint64(uintMeta(info, u"general.file_type"_s)) : -1;
    info.alignment = uintMeta(info, u"general.alignment"_s, 32);
    if (info.alignment == 0 || (info.alignment & (info.alignment - 1)) != 0)
        return c.fail(u"general.alignment %1 is not a power of two"_s.arg(info.alignment)), bad();

    hw::WeightGroupBytes bytes;
    hw::WeightGroupBytes params;
    for (quint64 t = 0; t < info.tensorCount; ++t) {
        const quint64 at = c.pos();
        QString tensor;
        quint32 dims = 0;
        if (!c.string(&tensor, u"the name of tensor %1"_s.arg(t)) || !c.le(&dims, u"the dimension count of %1"_s.arg(tensor)))
            return bad();
        if (dims == 0 || dims > kMaxDims)
            return c.fail(c.pos() - 4, u"tensor %1: %2 dimensions (1 to %3 expected)"_s.arg(tensor).arg(dims).arg(kMaxDims)), bad();
        quint64 ne[kMaxDims] = {1, 1, 1, 1};
        double elements = 1;
        for (quint32 d = 0; d < dims; ++d) {
            if (!c.le(&ne[d], u"dimension %1 of %2"_s.arg(d).arg(tensor)))
                return bad();
            if (ne[d] == 0 || ne[d] > (quint64(1) << 40))
                return c.fail(c.pos() - 8, u"tensor %1: dimension %2 is %3"_s.arg(tensor).arg(d).arg(ne[d])), bad();
            elements *= double(ne[d]);
        }
        quint32 type = 0;
        quint64 offset = 0;
        if (!c.le(&type, u"the type of %1"_s.arg(tensor)) || !c.le(&offset, u"the data offset of %1"_s.arg(tensor)))
            return bad();
        const GgmlTypeTraits tt = traitsTable(type);
        if (!tt.name)
            return c.fail(c.pos() - 12, u"tensor %1: unknown ggml type %2"_s.arg(tensor).arg(type)), bad();
        if (ne[0] % quint64(tt.blockSize) != 0)
            return c.fail(at, u"tensor %1: %2 elements per row is not a multiple of %3's block of %4"_s.arg(tensor).arg(ne[0]).arg(QLatin1StringView(tt.name)).arg(tt.blockSize)), bad();
        if (offset % info.alignment != 0)
            return c.fail(c.pos() - 8, u"tensor %1: data offset %2 is not aligned to %3"_s.arg(tensor).arg(offset).arg(info.alignment)), bad();
        if (elements > 1e15)
            return c.fail(at, u"tensor %1: %2 elements is implausible"_s.arg(tensor).arg(elements)), bad();
        // ggml_nbytes: rows x (elements per row / block size) x bytes per block.
        const double size = elements / tt.blockSize * tt.bytesPerBlock;
        info.bytesByType[QString::fromLatin1(tt.name)] += size;
        *groupOf(bytes, tensor) += size;
        *groupOf(params, tensor) += elements;
        info.totalBytes += size;
        info.totalParams += elements;
    }
    info.groups = bytes;
    info.groupParams = params;
    info.dataOffset = (c.pos() + info.alignment - 1) / info.alignment * info.alignment;

    // The model as the metadata describes it (llama.cpp's LLM_KV names: "<arch>.block_count", ...).
    const QString a = info.architecture + u'.';
    hw::ModelSpec &m = info.model;
    const int mtp = int(uintMeta(info, a + u"nextn_predict_layers"_s));
    m.layers = int(uintMeta(info, a + u"block_count"_s)) - mtp; // GLM-4.5 counts its MTP layer in block_count
    m.mtpLayers = mtp;
    m.hiddenSize = int(uintMeta(info, a + u"embedding_length"_s));
    m.attentionHeads = int(uintMeta(info, a + u"attention.head_count"_s));
    m.kvHeads = int(uintMeta(info, a + u"attention.head_count_kv"_s, quint64(m.attentionHeads)));
    m.maxContext = int(uintMeta(info, a + u"context_length"_s, 4096));
    m.vocabSize = int(uintMeta(info, u"tokenizer.ggml.tokens#count"_s, uintMeta(info, a + u"vocab_size"_s)));
    m.routedExperts = int(uintMeta(info, a + u"expert_count"_s));
    m.expertsPerToken = int(uintMeta(info, a + u"expert_used_count"_s));
    m.sharedExperts = int(uintMeta(info, a + u"expert_shared_count"_s));
    m.denseLayers = m.routedExperts > 0 ? int(uintMeta(info, a + u"leading_dense_block_count"_s)) : 0;
    m.expertFfnDim = int(uintMeta(info, a + u"expert_feed_forward_length"_s));
    m.denseFfnDim = int(uintMeta(info, a + u"feed_forward_length"_s));
    m.slidingWindow = int(uintMeta(info, a + u"attention.sliding_window"_s));
    const int keyLength = int(uintMeta(info, a + u"attention.key_length"_s));
    const int valueLength = int(uintMeta(info, a + u"attention.value_length"_s));
    const int kvLora = int(uintMeta(info, a + u"attention.kv_lora_rank"_s));
    if (kvLora > 0) {
        m.attention = hw::Attention::Mla;
        m.kvLoraRank = kvLora;
        m.qkRopeDim = int(uintMeta(info, a + u"rope.dimension_count"_s));
        // Files converted for absorbed MLA keep the per-head sizes under *_mla and the latent sizes plain.
        const int k = int(uintMeta(info, a + u"attention.key_length_mla"_s, quint64(keyLength)));
        m.qkNopeDim = std::max(0, k - m.qkRopeDim);
        m.vHeadDim = int(uintMeta(info, a + u"attention.value_length_mla"_s, quint64(valueLength)));
    } else {
        m.headDim = keyLength > 0 ? keyLength : (m.attentionHeads > 0 ? m.hiddenSize / m.attentionHeads : 0);
    }
    if (m.vocabSize == 0 && m.hiddenSize > 0)
        m.vocabSize = int(params.embedding / m.hiddenSize); // token_embd is hidden x vocab
    m.tiedEmbeddings = bytes.output == 0;
    const double routedInactive = m.routedExperts > 0 ? params.routedExperts * (1.0 - double(m.expertsPerToken) / m.routedExperts) : 0.0;
    m.totalParamsB = info.totalParams / 1e9;
    // Active: every tensor but the unused experts and the looked-up embedding (as in configimport.h).
    m.activeParamsB = (info.totalParams - routedInactive - (m.tiedEmbeddings ? 0.0 : params.embedding)) / 1e9;
    m.kind = "other";
    m.nativePrecision = "gguf";
    const QString label = info.name.isEmpty() ? QFileInfo(name).completeBaseName() : info.name;
    m.name = label.toStdString();
    m.id = hw::normaliseId(label.toStdString());
    m.source = QString(QFileInfo(name).fileName() + u", imported GGUF header (%1 tensors)"_s.arg(info.tensorCount)).toStdString();
    m.sourceDate = QDate::currentDate().toString(Qt::ISODate).toStdString();
    if (m.layers <= 0 || m.hiddenSize <= 0 || m.attentionHeads <= 0)
        return c.fail(u"metadata: %1block_count, embedding_length and attention.head_count are needed"_s.arg(a)), bad();
    *out = std::move(info);
    return true;
}

bool readGgufFile(const QString &path, GgufInfo *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return readGguf(&f, path, out, error);
}

} // namespace hwdb
