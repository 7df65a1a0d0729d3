// Reading the catalog tables into plain hw::Catalog values, in one snapshot.

#include "db/catalogdb.h"

#include "model/hardware.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

hw::GpuClass gpuClassFrom(const QString &s)
{
    if (s == u"datacenter-training")
        return hw::GpuClass::DatacenterTraining;
    if (s == u"datacenter-inference")
        return hw::GpuClass::DatacenterInference;
    if (s == u"workstation")
        return hw::GpuClass::Workstation;
    if (s == u"unified-memory")
        return hw::GpuClass::UnifiedMemory;
    return hw::GpuClass::Consumer;
}

// The catalog's memory_type column; a type this build does not know is DDR5 only when empty.
hw::MemoryType memoryTypeFrom(const QString &s)
{
    hw::MemoryType t = hw::MemoryType::Ddr5;
    if (!hw::memoryTypeFromId(s.toLower().toStdString(), &t) && !s.isEmpty())
        qWarning("catalog: unknown memory_type \"%s\", read as ddr5", qUtf8Printable(s));
    return t;
}

std::string str(const QSqlQuery &q, const char *column)
{
    return q.value(QString::fromLatin1(column)).toString().toStdString();
}
double real(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toDouble(); }
int integer(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toInt(); }
bool flag(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toInt() != 0; }

} // namespace

bool CatalogDatabase::load(hw::Catalog *catalog, PriceHistory history)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // One snapshot for every table: rows another member adds meanwhile show up whole or not at all.
    if (!db.transaction())
        return fail(u"read"_s, db.lastError().text());
    const auto end = qScopeGuard([&db] { db.rollback(); }); // nothing was written
    if (m_server && !exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s))
        return false;
    hw::Catalog c;
    QSqlQuery q(db);
    auto select = [&](const QString &sql) { return q.exec(sql) || fail(u"read"_s, q.lastError().text()); };

    if (!select(u"SELECT * FROM models ORDER BY total_params_b DESC, id"_s))
        return false;
    while (q.next()) {
        hw::ModelSpec m;
        m.id = str(q, "id");
        m.name = str(q, "name");
        m.kind = str(q, "kind");
        m.totalParamsB = real(q, "total_params_b");
        m.activeParamsB = real(q, "active_params_b");
        m.layers = integer(q, "layers");
        m.denseLayers = integer(q, "dense_layers");
        m.hiddenSize = integer(q, "hidden_size");
        m.attentionHeads = integer(q, "attention_heads");
        m.kvHeads = integer(q, "kv_heads");
        m.headDim = integer(q, "head_dim");
        m.attention = str(q, "attention") == "mla" ? hw::Attention::Mla : hw::Attention::Gqa;
        m.kvLoraRank = integer(q, "kv_lora_rank");
        m.qkRopeDim = integer(q, "qk_rope_dim");
        m.qkNopeDim = integer(q, "qk_nope_dim");
        m.vHeadDim = integer(q, "v_head_dim");
        m.routedExperts = integer(q, "routed_experts");
        m.expertsPerToken = integer(q, "experts_per_token");
        m.sharedExperts = integer(q, "shared_experts");
        m.expertFfnDim = integer(q, "expert_ffn_dim");
        m.denseFfnDim = integer(q, "dense_ffn_dim");
        m.slidingWindow = integer(q, "sliding_window");
        m.slidingLayers = integer(q, "sliding_layers");
        m.mtpLayers = integer(q, "mtp_layers");
        m.vocabSize = integer(q, "vocab_size");
        m.tiedEmbeddings = flag(q, "tied_embeddings");
        m.maxContext = integer(q, "max_context");
        m.nativePrecision = str(q, "native_precision");
        m.qualityNote = str(q, "quality_note");
        m.source = str(q, "source");
        m.sourceDate = str(q, "source_date");
        c.models.push_back(m);
    }
    if (!select(u"SELECT alias, model_id FROM model_aliases"_s))
        return false;
    while (q.next())
        c.modelAliases[q.value(0).toString().toStdString()] = q.value(1).toString().toStdString();

    if (!select(u"SELECT * FROM quants ORDER BY bits_per_weight DESC, id"_s))
        return false;
    while (q.next()) {
        hw::QuantSpec s;
        s.id = str(q, "id");
        s.name = str(q, "name");
        s.format = str(q, "format");
        s.bitsPerWeight = real(q, "bits_per_weight");
        s.nonExpertBits = real(q, "non_expert_bits");
        s.needsNativeFp8 = flag(q, "needs_native_fp8");
        s.computeBytes = real(q, "compute_bytes");
        s.qualityNote = str(q, "quality_note");
        s.source = str(q, "source");
        s.sourceDate = str(q, "source_date");
        c.quants.push_back(s);
    }
    if (!select(u"SELECT * FROM model_files"_s))
        return false;
    while (q.next()) {
        hw::WeightGroupBytes g{real(q, "attention_bytes"), real(q, "shared_expert_bytes"), real(q, "routed_expert_bytes"), real(q, "dense_ffn_bytes"),
                               real(q, "embedding_bytes"), real(q, "output_bytes"), real(q, "other_bytes")};
        c.modelFiles.push_back({str(q, "model_id"), str(q, "quant_id"), real(q, "file_gb"), str(q, "source"), str(q, "source_date"), g});
    }

    if (!select(u"SELECT * FROM gpus ORDER BY class, memory_gb DESC, id"_s))
        return false;
    while (q.next()) {
        hw::GpuSpec g;
        g.id = str(q, "id");
        g.name = str(q, "name");
        g.vendor = str(q, "vendor");
        g.gpuClass = gpuClassFrom(q.value(u"class"_s).toString());
        g.memoryGB = real(q, "memory_gb");
        g.bandwidthGBs = real(q, "bandwidth_gbs");
        g.bf16Tflops = real(q, "bf16_tflops");
        g.fp8Tflops = real(q, "fp8_tflops");
        g.fp8Published = !q.value(u"fp8_tflops"_s).isNull();
        g.tdpW = real(q, "tdp_w");
        g.interconnect = str(q, "interconnect");
        g.linkGBs = real(q, "link_gbs");
        g.unified = flag(q, "unified");
        g.wiredFraction = real(q, "wired_fraction");
        g.source = str(q, "source");
        g.sourceDate = str(q, "source_date");
        g.note = str(q, "note");
        c.gpus.push_back(g);
    }
    if (!select(u"SELECT * FROM cpus ORDER BY vendor, id"_s))
        return false;
    while (q.next()) {
        hw::CpuSpec p;
        p.id = str(q, "id");
        p.name = str(q, "name");
        p.vendor = str(q, "vendor");
        p.cores = integer(q, "cores");
        p.baseGHz = real(q, "base_ghz");
        p.memoryChannels = integer(q, "memory_channels");
        p.memoryType = memoryTypeFrom(q.value(u"memory_type"_s).toString());
        p.memoryMTs = integer(q, "memory_mts");
        p.amx = flag(q, "amx");
        p.avx512 = flag(q, "avx512");
        p.tdpW = real(q, "tdp_w");
        p.source = str(q, "source");
        p.sourceDate = str(q, "source_date");
        c.cpus.push_back(p);
    }
    if (!select(u"SELECT * FROM runtimes ORDER BY id"_s))
        return false;
    while (q.next()) {
        hw::RuntimeSpec r;
        r.id = str(q, "id");
        r.name = str(q, "name");
        for (const QString &f : q.value(u"formats"_s).toString().split(u',', Qt::SkipEmptyParts))
            r.formats.push_back(f.trimmed().toStdString());
        for (const QString &v : q.value(u"gpu_vendors"_s).toString().split(u',', Qt::SkipEmptyParts))
            r.gpuVendors.push_back(v.trimmed().toStdString());
        r.mlaCompressedKv = flag(q, "mla_compressed_kv");
        r.layerOffload = flag(q, "layer_offload");
        r.expertOffload = flag(q, "expert_offload");
        r.tensorParallel = flag(q, "tensor_parallel");
        r.pipelineAcrossMachines = flag(q, "pipeline_across_machines");
        r.memoryReservation = real(q, "memory_reservation");
        r.gpuOverheadGB = real(q, "gpu_overhead_gb");
        r.maxBatch = integer(q, "max_batch");
        r.gpuBandwidthEfficiency = real(q, "gpu_bw_eff");
        r.cpuBandwidthEfficiency = real(q, "cpu_bw_eff");
        r.unifiedBandwidthEfficiency = real(q, "unified_bw_eff");
        r.computeEfficiency = real(q, "compute_eff");
        r.stepOverheadMs = real(q, "step_overhead_ms");
        r.hopLatencyMs = real(q, "hop_latency_ms");
        r.source = str(q, "source");
        r.sourceDate = str(q, "source_date");
        r.note = str(q, "note");
        c.runtimes.push_back(r);
    }
    if (!select(u"SELECT * FROM part_aliases ORDER BY length(alias) DESC, alias"_s))
        return false;
    while (q.next())
        c.partAliases.push_back({str(q, "alias"), str(q, "kind"), str(q, "part_id"), real(q, "memory_gb"), flag(q, "approximate")});
    if (!select(u"SELECT * FROM platforms ORDER BY id"_s))
        return false;
    while (q.next()) {
        hw::PlatformSpec p;
        p.id = str(q, "id");
        p.name = str(q, "name");
        p.gpuSlots = integer(q, "gpu_slots");
        p.sockets = integer(q, "sockets");
        p.memoryType = memoryTypeFrom(q.value(u"memory_type"_s).toString());
        p.dimmsPerChannel = integer(q, "dimms_per_channel");
        p.psuW = real(q, "psu_w");
        p.bundledCpu = str(q, "bundled_cpu");
        p.source = str(q, "source");
        p.sourceDate = str(q, "source_date");
        p.note = str(q, "note");
        c.platforms.push_back(p);
    }
    // The planner uses the latest price per part and condition (ties by price): a command reads only
    // those rows, through the (part_kind, part_id, condition, price_date) index, not the whole history.
    if (!select(history == PriceHistory::All ? u"SELECT * FROM prices ORDER BY price_date, id"_s
                                             : u"SELECT p.* FROM prices p JOIN (SELECT part_kind, part_id, condition, max(price_date) AS latest "
                                               "FROM prices GROUP BY part_kind, part_id, condition) l ON p.part_kind = l.part_kind "
                                               "AND p.part_id = l.part_id AND p.condition = l.condition AND p.price_date = l.latest "
                                               "ORDER BY p.price_date, p.id"_s))
        return false;
    while (q.next()) {
        hw::PriceRecord r;
        hw::partKindFromName(str(q, "part_kind"), &r.kind);
        r.partId = str(q, "part_id");
        r.vendor = str(q, "vendor");
        r.amount = real(q, "price");
        r.currency = str(q, "currency");
        r.condition = str(q, "condition");
        r.date = str(q, "price_date");
        r.source = str(q, "source");
        r.note = str(q, "note");
        c.prices.push_back(r);
    }
    *catalog = std::move(c);
    return true;
}

} // namespace hwdb
