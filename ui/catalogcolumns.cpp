#include "ui/catalogcolumns.h"

#include "db/catalogdb.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hwui {

namespace {

// One table for every catalog table's columns: the same name means the same thing everywhere.
struct ColumnTitle
{
    const char *column;
    const char *title;
};
constexpr ColumnTitle kTitles[] = {
    {"id", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "ID")},
    {"name", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Name")},
    {"vendor", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Vendor")},
    {"class", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Class")},
    {"kind", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Kind")},
    {"memory_gb", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Memory (GB)")},
    {"bandwidth_gbs", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Memory bandwidth (GB/s)")},
    {"bf16_tflops", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "BF16 compute (TFLOPS)")},
    {"fp8_tflops", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "FP8 compute (TFLOPS)")},
    {"tdp_w", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Power (W, TDP)")},
    {"interconnect", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Interconnect")},
    {"link_gbs", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Link bandwidth (GB/s)")},
    {"unified", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Unified memory")},
    {"wired_fraction", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Share the GPU may use")},
    {"source", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Source")},
    {"source_date", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Source date")},
    {"note", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Note")},
    {"cores", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Cores")},
    {"base_ghz", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Base clock (GHz)")},
    {"memory_channels", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Memory channels")},
    {"memory_type", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Memory type")},
    {"memory_mts", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Memory speed (MT/s)")},
    {"amx", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "AMX")},
    {"avx512", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "AVX-512")},
    {"max_sockets", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Sockets per board (max)")},
    {"mrdimm_mts", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "MRDIMM speed (MT/s)")},
    {"cpu_backend", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Runs on CPUs alone")},
    {"board_gpus", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "GPUs per server board")},
    {"total_params_b", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Parameters (billions)")},
    {"active_params_b", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Active per token (billions)")},
    {"layers", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Layers")},
    {"dense_layers", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Dense layers")},
    {"hidden_size", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Hidden size")},
    {"attention_heads", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Attention heads")},
    {"kv_heads", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "KV heads")},
    {"head_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Head size")},
    {"attention", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Attention type")},
    {"kv_lora_rank", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "MLA latent size")},
    {"qk_rope_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "MLA RoPE size")},
    {"qk_nope_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "MLA query/key size without RoPE")},
    {"v_head_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Value head size")},
    {"routed_experts", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Routed experts")},
    {"experts_per_token", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Experts used per token")},
    {"shared_experts", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Shared experts")},
    {"expert_ffn_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Expert FFN size")},
    {"vocab_size", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Vocabulary size")},
    {"tied_embeddings", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Tied embeddings")},
    {"max_context", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Longest context (tokens)")},
    {"native_precision", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Released precision")},
    {"quality_note", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Quality")},
    {"dense_ffn_dim", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Dense FFN size")},
    {"sliding_window", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Sliding window (tokens)")},
    {"sliding_layers", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Sliding-window layers")},
    {"mtp_layers", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "MTP layers")},
    {"format", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Format")},
    {"bits_per_weight", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Bits per weight")},
    {"non_expert_bits", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Bits per weight outside the experts")},
    {"needs_native_fp8", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Needs hardware FP8")},
    {"compute_bytes", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Bytes per value in compute")},
    {"gpu_slots", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "GPU slots")},
    {"sockets", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "CPU sockets")},
    {"dimms_per_channel", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "DIMMs per channel")},
    {"psu_w", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Power supply (W)")},
    {"bundled_cpu", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "CPU included")},
    {"part_kind", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Part type")},
    {"part_id", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Part")},
    {"price", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Price")},
    {"currency", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Currency")},
    {"condition", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Condition")},
    {"price_date", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Price date")},
    {"builtin", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Built in")},
    {"added_at", QT_TRANSLATE_NOOP("hwui::CatalogColumns", "Added")},
};

} // namespace

QString catalogColumnTitle(const QString &column)
{
    for (const ColumnTitle &t : kTitles)
        if (column == QLatin1String(t.column))
            return QCoreApplication::translate("hwui::CatalogColumns", t.title);
    // A column without a title of its own still shows its unit, from the catalog's column descriptions.
    const hwdb::ColumnDescription *d = hwdb::findCatalogColumn(QString(), column);
    return d && *d->unit ? u"%1 (%2)"_s.arg(column, QString::fromLatin1(d->unit)) : column;
}

QString LocaleNumberDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const bool number = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    if (m_zeroIsUnpublished && number && value.toDouble() == 0)
        return QCoreApplication::translate("hwui::CatalogColumns", "not published");
    if (value.typeId() != QMetaType::Double)
        return QStyledItemDelegate::displayText(value, locale);
    const double v = value.toDouble();
    if (std::abs(v) >= 1e15 || v == std::floor(v))
        return locale.toString(v, 'f', 0);
    // As many decimals as the value has, up to 4: 0.38, 4.8125.
    QString s = locale.toString(v, 'f', 4);
    while (s.endsWith(u'0'))
        s.chop(1);
    return s;
}

} // namespace hwui
