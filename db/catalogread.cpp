// Reading the catalog tables into plain hw::Catalog values, in one snapshot.

#include "db/catalogdb.h"

#include "model/hardware.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <type_traits>

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

// --- One table of column descriptions -------------------------------------------------------------
// Each catalog table is read through a list of columns: the SQL column, its type and unit, and the
// struct member it fills. The reader and the catalog dialog both use these lists; nothing is copied
// column by column.

template <class M>
struct MemberOf;
template <class T, class V>
struct MemberOf<V T::*>
{
    using Owner = T;
    using Value = V;
};

template <class V>
constexpr ColumnType columnType()
{
    if constexpr (std::is_same_v<V, std::string>)
        return ColumnType::Text;
    else if constexpr (std::is_same_v<V, double>)
        return ColumnType::Real;
    else if constexpr (std::is_same_v<V, int>)
        return ColumnType::Integer;
    else if constexpr (std::is_same_v<V, bool>)
        return ColumnType::Flag;
    else if constexpr (std::is_same_v<V, std::vector<std::string>> || std::is_same_v<V, std::vector<int>>)
        return ColumnType::List;
    else
        return ColumnType::Enum;
}

template <class V>
V convert(const QVariant &v)
{
    if constexpr (std::is_same_v<V, std::string>)
        return v.toString().toStdString();
    else if constexpr (std::is_same_v<V, double>)
        return v.toDouble();
    else if constexpr (std::is_same_v<V, int>)
        return v.toInt();
    else if constexpr (std::is_same_v<V, bool>)
        return v.toInt() != 0;
    else if constexpr (std::is_same_v<V, std::vector<std::string>>) {
        std::vector<std::string> items; // "a, b" as stored
        for (const QString &item : v.toString().split(u',', Qt::SkipEmptyParts))
            items.push_back(item.trimmed().toStdString());
        return items;
    } else if constexpr (std::is_same_v<V, std::vector<int>>) {
        std::vector<int> items; // "4, 8" as stored
        for (const QString &item : v.toString().split(u',', Qt::SkipEmptyParts))
            if (const int n = item.trimmed().toInt(); n > 0)
                items.push_back(n);
        return items;
    } else if constexpr (std::is_same_v<V, hw::GpuClass>)
        return gpuClassFrom(v.toString());
    else if constexpr (std::is_same_v<V, hw::MemoryType>)
        return memoryTypeFrom(v.toString());
    else if constexpr (std::is_same_v<V, hw::Attention>)
        return v.toString() == u"mla" ? hw::Attention::Mla : hw::Attention::Gqa;
    else if constexpr (std::is_same_v<V, hw::PartKind>) {
        hw::PartKind kind = hw::PartKind::Gpu;
        hw::partKindFromName(v.toString().toStdString(), &kind);
        return kind;
    } else
        static_assert(sizeof(V) == 0, "no conversion for this member type");
}

template <class T>
struct Column
{
    ColumnDescription description;
    void (*read)(T &row, const QVariant &value);
};

// A column that fills one member of the row.
template <auto Member>
void assign(typename MemberOf<decltype(Member)>::Owner &row, const QVariant &value)
{
    row.*Member = convert<typename MemberOf<decltype(Member)>::Value>(value);
}
template <auto Member>
Column<typename MemberOf<decltype(Member)>::Owner> column(const char *table, const char *name, const char *unit, const char *field)
{
    return {{table, name, columnType<typename MemberOf<decltype(Member)>::Value>(), unit, field}, &assign<Member>};
}

// A column that fills a member of a member (ModelFile::groups.attention).
template <auto Outer, auto Inner>
void assignNested(typename MemberOf<decltype(Outer)>::Owner &row, const QVariant &value)
{
    (row.*Outer).*Inner = convert<typename MemberOf<decltype(Inner)>::Value>(value);
}
template <auto Outer, auto Inner>
Column<typename MemberOf<decltype(Outer)>::Owner> nested(const char *table, const char *name, const char *unit, const char *field)
{
    return {{table, name, columnType<typename MemberOf<decltype(Inner)>::Value>(), unit, field}, &assignNested<Outer, Inner>};
}

#define HW_COLUMN(table, name, unit, Type, member) column<&hw::Type::member>(table, name, unit, #Type "::" #member)
#define HW_NESTED(table, name, unit, Type, outer, Inner, member)                                                              \
    nested<&hw::Type::outer, &hw::Inner::member>(table, name, unit, #Type "::" #outer "." #member)

const std::vector<Column<hw::ModelSpec>> &modelColumns()
{
    static const std::vector<Column<hw::ModelSpec>> columns = {
        HW_COLUMN("models", "id", "", ModelSpec, id),
        HW_COLUMN("models", "name", "", ModelSpec, name),
        HW_COLUMN("models", "kind", "", ModelSpec, kind),
        HW_COLUMN("models", "total_params_b", "billion parameters", ModelSpec, totalParamsB),
        HW_COLUMN("models", "active_params_b", "billion parameters", ModelSpec, activeParamsB),
        HW_COLUMN("models", "layers", "", ModelSpec, layers),
        HW_COLUMN("models", "dense_layers", "", ModelSpec, denseLayers),
        HW_COLUMN("models", "hidden_size", "", ModelSpec, hiddenSize),
        HW_COLUMN("models", "attention_heads", "", ModelSpec, attentionHeads),
        HW_COLUMN("models", "kv_heads", "", ModelSpec, kvHeads),
        HW_COLUMN("models", "head_dim", "", ModelSpec, headDim),
        HW_COLUMN("models", "attention", "", ModelSpec, attention),
        HW_COLUMN("models", "kv_lora_rank", "", ModelSpec, kvLoraRank),
        HW_COLUMN("models", "qk_rope_dim", "", ModelSpec, qkRopeDim),
        HW_COLUMN("models", "qk_nope_dim", "", ModelSpec, qkNopeDim),
        HW_COLUMN("models", "v_head_dim", "", ModelSpec, vHeadDim),
        HW_COLUMN("models", "routed_experts", "", ModelSpec, routedExperts),
        HW_COLUMN("models", "experts_per_token", "", ModelSpec, expertsPerToken),
        HW_COLUMN("models", "shared_experts", "", ModelSpec, sharedExperts),
        HW_COLUMN("models", "expert_ffn_dim", "", ModelSpec, expertFfnDim),
        HW_COLUMN("models", "dense_ffn_dim", "", ModelSpec, denseFfnDim),
        HW_COLUMN("models", "sliding_window", "tokens", ModelSpec, slidingWindow),
        HW_COLUMN("models", "sliding_layers", "", ModelSpec, slidingLayers),
        HW_COLUMN("models", "mtp_layers", "", ModelSpec, mtpLayers),
        HW_COLUMN("models", "vocab_size", "tokens", ModelSpec, vocabSize),
        HW_COLUMN("models", "tied_embeddings", "", ModelSpec, tiedEmbeddings),
        HW_COLUMN("models", "max_context", "tokens", ModelSpec, maxContext),
        HW_COLUMN("models", "native_precision", "", ModelSpec, nativePrecision),
        HW_COLUMN("models", "quality_note", "", ModelSpec, qualityNote),
        HW_COLUMN("models", "source", "", ModelSpec, source),
        HW_COLUMN("models", "source_date", "", ModelSpec, sourceDate),
    };
    return columns;
}

const std::vector<Column<hw::QuantSpec>> &quantColumns()
{
    static const std::vector<Column<hw::QuantSpec>> columns = {
        HW_COLUMN("quants", "id", "", QuantSpec, id),
        HW_COLUMN("quants", "name", "", QuantSpec, name),
        HW_COLUMN("quants", "format", "", QuantSpec, format),
        HW_COLUMN("quants", "bits_per_weight", "bits", QuantSpec, bitsPerWeight),
        HW_COLUMN("quants", "non_expert_bits", "bits", QuantSpec, nonExpertBits),
        HW_COLUMN("quants", "needs_native_fp8", "", QuantSpec, needsNativeFp8),
        HW_COLUMN("quants", "compute_bytes", "B", QuantSpec, computeBytes),
        HW_COLUMN("quants", "quality_note", "", QuantSpec, qualityNote),
        HW_COLUMN("quants", "source", "", QuantSpec, source),
        HW_COLUMN("quants", "source_date", "", QuantSpec, sourceDate),
    };
    return columns;
}

const std::vector<Column<hw::ModelFile>> &modelFileColumns()
{
    static const std::vector<Column<hw::ModelFile>> columns = {
        HW_COLUMN("model_files", "model_id", "", ModelFile, modelId),
        HW_COLUMN("model_files", "quant_id", "", ModelFile, quantId),
        HW_COLUMN("model_files", "file_gb", "GB", ModelFile, fileGB),
        HW_COLUMN("model_files", "source", "", ModelFile, source),
        HW_COLUMN("model_files", "source_date", "", ModelFile, sourceDate),
        HW_NESTED("model_files", "attention_bytes", "B", ModelFile, groups, WeightGroupBytes, attention),
        HW_NESTED("model_files", "shared_expert_bytes", "B", ModelFile, groups, WeightGroupBytes, sharedExperts),
        HW_NESTED("model_files", "routed_expert_bytes", "B", ModelFile, groups, WeightGroupBytes, routedExperts),
        HW_NESTED("model_files", "dense_ffn_bytes", "B", ModelFile, groups, WeightGroupBytes, denseFfn),
        HW_NESTED("model_files", "embedding_bytes", "B", ModelFile, groups, WeightGroupBytes, embedding),
        HW_NESTED("model_files", "output_bytes", "B", ModelFile, groups, WeightGroupBytes, output),
        HW_NESTED("model_files", "other_bytes", "B", ModelFile, groups, WeightGroupBytes, other),
    };
    return columns;
}

// fp8_tflops: NULL means "not published", which the estimator tells apart from a published 0.
void readFp8(hw::GpuSpec &g, const QVariant &value)
{
    g.fp8Tflops = value.toDouble();
    g.fp8Published = !value.isNull();
}

const std::vector<Column<hw::GpuSpec>> &gpuColumns()
{
    static const std::vector<Column<hw::GpuSpec>> columns = {
        HW_COLUMN("gpus", "id", "", GpuSpec, id),
        HW_COLUMN("gpus", "name", "", GpuSpec, name),
        HW_COLUMN("gpus", "vendor", "", GpuSpec, vendor),
        HW_COLUMN("gpus", "class", "", GpuSpec, gpuClass),
        HW_COLUMN("gpus", "memory_gb", "GB", GpuSpec, memoryGB),
        HW_COLUMN("gpus", "bandwidth_gbs", "GB/s", GpuSpec, bandwidthGBs),
        HW_COLUMN("gpus", "bf16_tflops", "TFLOPS", GpuSpec, bf16Tflops),
        {{"gpus", "fp8_tflops", ColumnType::Real, "TFLOPS", "GpuSpec::fp8Tflops, GpuSpec::fp8Published"}, &readFp8},
        HW_COLUMN("gpus", "tdp_w", "W", GpuSpec, tdpW),
        HW_COLUMN("gpus", "interconnect", "", GpuSpec, interconnect),
        HW_COLUMN("gpus", "link_gbs", "GB/s", GpuSpec, linkGBs),
        HW_COLUMN("gpus", "unified", "", GpuSpec, unified),
        HW_COLUMN("gpus", "wired_fraction", "", GpuSpec, wiredFraction),
        HW_COLUMN("gpus", "board_gpus", "", GpuSpec, boardGpus),
        HW_COLUMN("gpus", "source", "", GpuSpec, source),
        HW_COLUMN("gpus", "source_date", "", GpuSpec, sourceDate),
        HW_COLUMN("gpus", "note", "", GpuSpec, note),
    };
    return columns;
}

const std::vector<Column<hw::CpuSpec>> &cpuColumns()
{
    static const std::vector<Column<hw::CpuSpec>> columns = {
        HW_COLUMN("cpus", "id", "", CpuSpec, id),
        HW_COLUMN("cpus", "name", "", CpuSpec, name),
        HW_COLUMN("cpus", "vendor", "", CpuSpec, vendor),
        HW_COLUMN("cpus", "cores", "", CpuSpec, cores),
        HW_COLUMN("cpus", "base_ghz", "GHz", CpuSpec, baseGHz),
        HW_COLUMN("cpus", "memory_channels", "", CpuSpec, memoryChannels),
        HW_COLUMN("cpus", "memory_type", "", CpuSpec, memoryType),
        HW_COLUMN("cpus", "memory_mts", "MT/s", CpuSpec, memoryMTs),
        HW_COLUMN("cpus", "amx", "", CpuSpec, amx),
        HW_COLUMN("cpus", "avx512", "", CpuSpec, avx512),
        HW_COLUMN("cpus", "tdp_w", "W", CpuSpec, tdpW),
        HW_COLUMN("cpus", "max_sockets", "", CpuSpec, maxSockets),
        HW_COLUMN("cpus", "mrdimm_mts", "MT/s", CpuSpec, mrdimmMTs),
        HW_COLUMN("cpus", "source", "", CpuSpec, source),
        HW_COLUMN("cpus", "source_date", "", CpuSpec, sourceDate),
    };
    return columns;
}

const std::vector<Column<hw::RuntimeSpec>> &runtimeColumns()
{
    static const std::vector<Column<hw::RuntimeSpec>> columns = {
        HW_COLUMN("runtimes", "id", "", RuntimeSpec, id),
        HW_COLUMN("runtimes", "name", "", RuntimeSpec, name),
        HW_COLUMN("runtimes", "formats", "", RuntimeSpec, formats),
        HW_COLUMN("runtimes", "gpu_vendors", "", RuntimeSpec, gpuVendors),
        HW_COLUMN("runtimes", "mla_compressed_kv", "", RuntimeSpec, mlaCompressedKv),
        HW_COLUMN("runtimes", "layer_offload", "", RuntimeSpec, layerOffload),
        HW_COLUMN("runtimes", "expert_offload", "", RuntimeSpec, expertOffload),
        HW_COLUMN("runtimes", "tensor_parallel", "", RuntimeSpec, tensorParallel),
        HW_COLUMN("runtimes", "pipeline_across_machines", "", RuntimeSpec, pipelineAcrossMachines),
        HW_COLUMN("runtimes", "memory_reservation", "", RuntimeSpec, memoryReservation),
        HW_COLUMN("runtimes", "gpu_overhead_gb", "GB", RuntimeSpec, gpuOverheadGB),
        HW_COLUMN("runtimes", "max_batch", "", RuntimeSpec, maxBatch),
        HW_COLUMN("runtimes", "gpu_bw_eff", "", RuntimeSpec, gpuBandwidthEfficiency),
        HW_COLUMN("runtimes", "cpu_bw_eff", "", RuntimeSpec, cpuBandwidthEfficiency),
        HW_COLUMN("runtimes", "unified_bw_eff", "", RuntimeSpec, unifiedBandwidthEfficiency),
        HW_COLUMN("runtimes", "compute_eff", "", RuntimeSpec, computeEfficiency),
        HW_COLUMN("runtimes", "step_overhead_ms", "ms", RuntimeSpec, stepOverheadMs),
        HW_COLUMN("runtimes", "moe_layer_latency_us", "us", RuntimeSpec, moeLayerLatencyUs),
        HW_COLUMN("runtimes", "moe_layer_latency_gpu_us", "us", RuntimeSpec, moeLayerLatencyGpuUs),
        HW_COLUMN("runtimes", "matmul_latency_us", "us", RuntimeSpec, matmulLatencyUs),
        HW_COLUMN("runtimes", "hop_latency_ms", "ms", RuntimeSpec, hopLatencyMs),
        HW_COLUMN("runtimes", "first_token_latency_ms", "ms", RuntimeSpec, firstTokenLatencyMs),
        HW_COLUMN("runtimes", "prefill_chunk_tokens", "", RuntimeSpec, prefillChunkTokens),
        HW_COLUMN("runtimes", "prefill_chunk_below_gb", "GB", RuntimeSpec, prefillChunkBelowGB),
        HW_COLUMN("runtimes", "cpu_kernels", "", RuntimeSpec, cpuKernels),
        HW_COLUMN("runtimes", "cpu_backend", "", RuntimeSpec, cpuBackend),
        HW_COLUMN("runtimes", "source", "", RuntimeSpec, source),
        HW_COLUMN("runtimes", "source_date", "", RuntimeSpec, sourceDate),
        HW_COLUMN("runtimes", "note", "", RuntimeSpec, note),
    };
    return columns;
}

const std::vector<Column<hw::PartAlias>> &partAliasColumns()
{
    static const std::vector<Column<hw::PartAlias>> columns = {
        HW_COLUMN("part_aliases", "alias", "", PartAlias, alias),
        HW_COLUMN("part_aliases", "kind", "", PartAlias, kind),
        HW_COLUMN("part_aliases", "part_id", "", PartAlias, partId),
        HW_COLUMN("part_aliases", "memory_gb", "GB", PartAlias, memoryGB),
        HW_COLUMN("part_aliases", "approximate", "", PartAlias, approximate),
    };
    return columns;
}

const std::vector<Column<hw::PlatformSpec>> &platformColumns()
{
    static const std::vector<Column<hw::PlatformSpec>> columns = {
        HW_COLUMN("platforms", "id", "", PlatformSpec, id),
        HW_COLUMN("platforms", "name", "", PlatformSpec, name),
        HW_COLUMN("platforms", "gpu_slots", "", PlatformSpec, gpuSlots),
        HW_COLUMN("platforms", "sockets", "", PlatformSpec, sockets),
        HW_COLUMN("platforms", "memory_type", "", PlatformSpec, memoryType),
        HW_COLUMN("platforms", "dimms_per_channel", "", PlatformSpec, dimmsPerChannel),
        HW_COLUMN("platforms", "psu_w", "W", PlatformSpec, psuW),
        HW_COLUMN("platforms", "bundled_cpu", "", PlatformSpec, bundledCpu),
        HW_COLUMN("platforms", "source", "", PlatformSpec, source),
        HW_COLUMN("platforms", "source_date", "", PlatformSpec, sourceDate),
        HW_COLUMN("platforms", "note", "", PlatformSpec, note),
    };
    return columns;
}

const std::vector<Column<hw::PriceRecord>> &priceColumns()
{
    static const std::vector<Column<hw::PriceRecord>> columns = {
        HW_COLUMN("prices", "part_kind", "", PriceRecord, kind),
        HW_COLUMN("prices", "part_id", "", PriceRecord, partId),
        HW_COLUMN("prices", "vendor", "", PriceRecord, vendor),
        HW_COLUMN("prices", "price", "", PriceRecord, amount),
        HW_COLUMN("prices", "currency", "", PriceRecord, currency),
        HW_COLUMN("prices", "condition", "", PriceRecord, condition),
        HW_COLUMN("prices", "price_date", "", PriceRecord, date),
        HW_COLUMN("prices", "source", "", PriceRecord, source),
        HW_COLUMN("prices", "note", "", PriceRecord, note),
    };
    return columns;
}

const std::vector<Column<hw::ExchangeRate>> &exchangeRateColumns()
{
    static const std::vector<Column<hw::ExchangeRate>> columns = {
        HW_COLUMN("exchange_rates", "currency", "", ExchangeRate, currency),
        HW_COLUMN("exchange_rates", "cny_per_unit", "CNY", ExchangeRate, cnyPerUnit),
        HW_COLUMN("exchange_rates", "rate_date", "", ExchangeRate, date),
        HW_COLUMN("exchange_rates", "source", "", ExchangeRate, source),
        HW_COLUMN("exchange_rates", "note", "", ExchangeRate, note),
    };
    return columns;
}

#undef HW_COLUMN
#undef HW_NESTED

// Every row of the query's result as a T, each column read through its description.
template <class T>
void readRows(QSqlQuery &q, const std::vector<Column<T>> &columns, std::vector<T> *rows)
{
    const QSqlRecord record = q.record();
    std::vector<int> index;
    index.reserve(columns.size());
    for (const Column<T> &c : columns)
        index.push_back(record.indexOf(QLatin1String(c.description.column)));
    while (q.next()) {
        T row;
        for (std::size_t i = 0; i < columns.size(); ++i)
            columns[i].read(row, index[i] < 0 ? QVariant() : q.value(index[i]));
        rows->push_back(std::move(row));
    }
}

template <class T>
void describe(const std::vector<Column<T>> &columns, std::vector<ColumnDescription> *out)
{
    for (const Column<T> &c : columns)
        out->push_back(c.description);
}

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
    readRows(q, modelColumns(), &c.models);
    if (!select(u"SELECT alias, model_id FROM model_aliases"_s))
        return false;
    while (q.next())
        c.modelAliases[q.value(0).toString().toStdString()] = q.value(1).toString().toStdString();
    if (!select(u"SELECT * FROM quants ORDER BY bits_per_weight DESC, id"_s))
        return false;
    readRows(q, quantColumns(), &c.quants);
    if (!select(u"SELECT * FROM model_files"_s))
        return false;
    readRows(q, modelFileColumns(), &c.modelFiles);
    if (!select(u"SELECT * FROM gpus ORDER BY class, memory_gb DESC, id"_s))
        return false;
    readRows(q, gpuColumns(), &c.gpus);
    if (!select(u"SELECT * FROM cpus ORDER BY vendor, id"_s))
        return false;
    readRows(q, cpuColumns(), &c.cpus);
    if (!select(u"SELECT * FROM runtimes ORDER BY id"_s))
        return false;
    readRows(q, runtimeColumns(), &c.runtimes);
    if (!select(u"SELECT * FROM part_aliases ORDER BY length(alias) DESC, alias"_s))
        return false;
    readRows(q, partAliasColumns(), &c.partAliases);
    if (!select(u"SELECT * FROM platforms ORDER BY id"_s))
        return false;
    readRows(q, platformColumns(), &c.platforms);
    // The planner uses the latest price per part and condition (ties by price): a command reads only
    // those rows, through the (part_kind, part_id, condition, price_date) index, not the whole history,
    // and every memory row besides: the claim checker's memory-cost floor is the lowest ever recorded.
    if (!select(history == PriceHistory::All ? u"SELECT * FROM prices ORDER BY price_date, id"_s
                                             : u"SELECT p.* FROM prices p JOIN (SELECT part_kind, part_id, condition, max(price_date) AS latest "
                                               "FROM prices GROUP BY part_kind, part_id, condition) l ON p.part_kind = l.part_kind "
                                               "AND p.part_id = l.part_id AND p.condition = l.condition AND p.price_date = l.latest "
                                               "UNION SELECT * FROM prices WHERE part_kind = 'memory' "
                                               "ORDER BY price_date, id"_s))
        return false;
    readRows(q, priceColumns(), &c.prices);
    if (!select(u"SELECT * FROM exchange_rates ORDER BY currency, rate_date"_s))
        return false;
    readRows(q, exchangeRateColumns(), &c.exchangeRates);
    *catalog = std::move(c);
    return true;
}

const std::vector<ColumnDescription> &catalogColumns()
{
    static const std::vector<ColumnDescription> all = [] {
        std::vector<ColumnDescription> d;
        describe(modelColumns(), &d);
        describe(quantColumns(), &d);
        describe(modelFileColumns(), &d);
        describe(gpuColumns(), &d);
        describe(cpuColumns(), &d);
        describe(runtimeColumns(), &d);
        describe(partAliasColumns(), &d);
        describe(platformColumns(), &d);
        describe(priceColumns(), &d);
        describe(exchangeRateColumns(), &d);
        return d;
    }();
    return all;
}

const ColumnDescription *findCatalogColumn(const QString &table, const QString &column)
{
    for (const ColumnDescription &d : catalogColumns())
        if ((table.isEmpty() || table == QLatin1String(d.table)) && column == QLatin1String(d.column))
            return &d;
    return nullptr;
}

} // namespace hwdb
