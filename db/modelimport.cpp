#include "db/modelimport.h"

#include "db/catalogdb.h"
#include "model/catalog.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Column -> value, written as one upsert on `key`.
using Row = std::vector<std::pair<QString, QVariant>>;

bool upsert(QSqlDatabase &db, const QString &table, const QString &key, const Row &row, QString *error)
{
    QStringList columns, marks, updates;
    for (const auto &[column, value] : row) {
        columns << column;
        marks << u"?"_s;
        updates << u"%1 = excluded.%1"_s.arg(column);
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s), key,
                                                                                         updates.join(u", "_s)));
    for (const auto &[column, value] : row)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = u"%1: %2"_s.arg(table, q.lastError().text());
        return false;
    }
    return true;
}

Row modelRow(const hw::ModelSpec &m)
{
    return {{u"id"_s, qs(m.id)},
            {u"name"_s, qs(m.name)},
            {u"kind"_s, qs(m.kind)},
            {u"total_params_b"_s, m.totalParamsB},
            {u"active_params_b"_s, m.activeParamsB},
            {u"layers"_s, m.layers},
            {u"dense_layers"_s, m.denseLayers},
            {u"hidden_size"_s, m.hiddenSize},
            {u"attention_heads"_s, m.attentionHeads},
            {u"kv_heads"_s, m.kvHeads},
            {u"head_dim"_s, m.headDim},
            {u"attention"_s, m.attention == hw::Attention::Mla ? u"mla"_s : u"gqa"_s},
            {u"kv_lora_rank"_s, m.kvLoraRank},
            {u"qk_rope_dim"_s, m.qkRopeDim},
            {u"qk_nope_dim"_s, m.qkNopeDim},
            {u"v_head_dim"_s, m.vHeadDim},
            {u"routed_experts"_s, m.routedExperts},
            {u"experts_per_token"_s, m.expertsPerToken},
            {u"shared_experts"_s, m.sharedExperts},
            {u"expert_ffn_dim"_s, m.expertFfnDim},
            {u"dense_ffn_dim"_s, m.denseFfnDim},
            {u"sliding_window"_s, m.slidingWindow},
            {u"sliding_layers"_s, m.slidingLayers},
            {u"mtp_layers"_s, m.mtpLayers},
            {u"vocab_size"_s, m.vocabSize},
            {u"tied_embeddings"_s, m.tiedEmbeddings ? 1 : 0},
            {u"max_context"_s, m.maxContext},
            {u"native_precision"_s, qs(m.nativePrecision)},
            {u"source"_s, qs(m.source)},
            {u"source_date"_s, qs(m.sourceDate)}};
}

QString gb(double bytes) { return QString::number(bytes / 1e9, 'f', 3); }

} // namespace

QStringList ModelImportResult::summary() const
{
    QStringList out;
    const hw::ModelSpec &m = model;
    out << u"%1 model '%2' (%3): %4B parameters, %5B active per token"_s.arg(modelAdded ? u"Added"_s : u"Kept"_s, qs(m.id), qs(m.name))
               .arg(m.totalParamsB, 0, 'f', 2)
               .arg(m.activeParamsB, 0, 'f', 2);
    out << u"  %1 layers (%2 dense), hidden %3, %4 heads, %5"_s.arg(m.layers).arg(m.denseLayers).arg(m.hiddenSize).arg(m.attentionHeads)
               .arg(m.attention == hw::Attention::Mla ? u"MLA latent %1 + rope %2"_s.arg(m.kvLoraRank).arg(m.qkRopeDim)
                                                      : u"GQA %1 KV heads x %2"_s.arg(m.kvHeads).arg(m.headDim));
    if (m.routedExperts > 0)
        out << u"  MoE: %1 routed experts, %2 per token, %3 shared, expert FFN %4"_s.arg(m.routedExperts).arg(m.expertsPerToken).arg(m.sharedExperts).arg(m.expertFfnDim);
    if (m.slidingLayers > 0)
        out << u"  sliding window %1 tokens on %2 of %3 layers"_s.arg(m.slidingWindow).arg(m.slidingLayers).arg(m.layers);
    if (m.mtpLayers > 0)
        out << u"  %1 MTP layer(s) on disk, not counted%2"_s.arg(m.mtpLayers).arg(config ? u" (%1B)"_s.arg(config->params.mtp / 1e9, 0, 'f', 2) : QString());
    if (config) {
        const ConfigParams &p = config->params;
        out << u"  parameters (B): embedding %1, output %2, attention %3, dense FFN %4, routed experts %5, shared experts %6, routers %7, norms %8"_s
                   .arg(p.embedding / 1e9, 0, 'f', 3).arg(p.output / 1e9, 0, 'f', 3).arg(p.attention / 1e9, 0, 'f', 3).arg(p.denseFfn / 1e9, 0, 'f', 3)
                   .arg(p.routedExperts / 1e9, 0, 'f', 3).arg(p.sharedExperts / 1e9, 0, 'f', 3).arg(p.routers / 1e9, 0, 'f', 4).arg(p.norms / 1e9, 0, 'f', 4);
        out << u"  KV cache %1 bytes per token at f16%2"_s.arg(config->kvBytesPerTokenF16, 0, 'f', 0).arg(config->quantMethod.isEmpty() ? QString() : u"; weights quantized: "_s + config->quantMethod);
    }
    if (gguf && file) {
        const hw::WeightGroupBytes &g = file->groups;
        out << u"Model file %1 / %2: %3 GB (%4 bytes) in %5 tensors"_s.arg(qs(file->modelId), qs(file->quantId), gb(g.total()))
                   .arg(g.total(), 0, 'f', 0).arg(gguf->tensorCount);
        out << u"  GB: attention %1, shared experts %2, routed experts %3, dense FFN %4, embedding %5, output %6, norms/other %7"_s.arg(
            gb(g.attention), gb(g.sharedExperts), gb(g.routedExperts), gb(g.denseFfn), gb(g.embedding), gb(g.output), gb(g.other));
        QStringList types;
        for (const auto &[type, bytes] : gguf->bytesByType)
            types << u"%1 %2"_s.arg(type, gb(bytes));
        out << u"  by type (GB): "_s + types.join(u", "_s);
        if (quantAdded)
            out << u"  added quant '%1' (%2 bits per weight over this file)"_s.arg(qs(file->quantId)).arg(g.total() * 8 / gguf->totalParams, 0, 'f', 3);
    }
    return out;
}

bool importModel(CatalogDatabase &catalogDb, const QString &path, const QString &modelId, const QString &quantId, ModelImportResult *result,
                 QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    const bool isGguf = f.peek(4) == "GGUF";
    ModelImportResult r;
    hw::Catalog catalog;
    if (!catalogDb.load(&catalog)) {
        *error = catalogDb.errorString();
        return false;
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (isGguf) {
        GgufInfo info;
        if (!readGguf(&f, path, &info, error))
            return false;
        r.model = info.model;
        if (!modelId.isEmpty())
            r.model.id = hw::normaliseId(modelId.toStdString());
        if (const hw::ModelSpec *known = catalog.model(r.model.id))
            r.model = *known; // the catalog's description of the model stays; this file is one format of it
        else
            r.modelAdded = true;
        hw::ModelFile file;
        file.modelId = r.model.id;
        file.quantId = hw::normaliseId((quantId.isEmpty() ? quantIdForFileType(info.fileType) : quantId).toStdString());
        file.fileGB = info.totalBytes / 1e9;
        file.groups = info.groups;
        file.source = QString(QFileInfo(path).fileName() + u", tensor table"_s).toStdString();
        file.sourceDate = today.toStdString();
        r.quantAdded = catalog.quant(file.quantId) == nullptr;
        r.file = file;
        r.gguf = std::move(info);
    } else {
        ConfigImport config;
        if (!parseConfigJson(f.readAll(), path, &config, error))
            return false;
        r.model = config.model;
        if (!modelId.isEmpty())
            r.model.id = hw::normaliseId(modelId.toStdString());
        r.modelAdded = true;
        r.config = std::move(config);
    }
    if (r.model.id.empty()) {
        *error = u"%1: no model id in the file; give one with --id"_s.arg(path);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::database(catalogDb.connectionName());
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = !r.modelAdded || upsert(db, u"models"_s, u"id"_s, modelRow(r.model), error);
    if (ok && r.file && r.quantAdded) {
        const double bits = r.file->groups.total() * 8.0 / r.gguf->totalParams;
        ok = upsert(db, u"quants"_s, u"id"_s,
                    {{u"id"_s, qs(r.file->quantId)},
                     {u"name"_s, qs(r.file->quantId).toUpper()},
                     {u"format"_s, u"gguf"_s},
                     {u"bits_per_weight"_s, bits},
                     {u"source"_s, u"bits per weight of %1's tensor table"_s.arg(QFileInfo(path).fileName())},
                     {u"source_date"_s, today}},
                    error);
    }
    if (ok && r.file) {
        const hw::ModelFile &mf = *r.file;
        QStringList types;
        for (const auto &[type, bytes] : r.gguf->bytesByType)
            types << u"%1=%2"_s.arg(type).arg(bytes, 0, 'f', 0);
        ok = upsert(db, u"model_files"_s, u"model_id, quant_id"_s,
                    {{u"model_id"_s, qs(mf.modelId)},
                     {u"quant_id"_s, qs(mf.quantId)},
                     {u"file_gb"_s, mf.fileGB},
                     {u"source"_s, qs(mf.source)},
                     {u"source_date"_s, qs(mf.sourceDate)},
                     {u"attention_bytes"_s, mf.groups.attention},
                     {u"shared_expert_bytes"_s, mf.groups.sharedExperts},
                     {u"routed_expert_bytes"_s, mf.groups.routedExperts},
                     {u"dense_ffn_bytes"_s, mf.groups.denseFfn},
                     {u"embedding_bytes"_s, mf.groups.embedding},
                     {u"output_bytes"_s, mf.groups.output},
                     {u"other_bytes"_s, mf.groups.other},
                     {u"tensor_type_bytes"_s, types.join(u',')}},
                    error);
    }
    if (!ok) {
        db.rollback();
        *error = u"%1: %2"_s.arg(path, *error);
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    *result = std::move(r);
    return true;
}

} // namespace hwdb
