#include "db/resultjson.h"

#include "db/calibrationcorpus.h"
#include "db/safeio.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

double round(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString q(const std::string &s) { return QString::fromStdString(s); }
QJsonValue intList(const std::vector<int> &v)
{
    if (v.empty())
        return {}; // null: not stated
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}

const char *gpuClassName(hw::GpuClass c)
{
    switch (c) {
    case hw::GpuClass::DatacenterTraining:
        return "datacenter-training";
    case hw::GpuClass::DatacenterInference:
        return "datacenter-inference";
    case hw::GpuClass::Workstation:
        return "workstation";
    case hw::GpuClass::Consumer:
        return "consumer";
    case hw::GpuClass::UnifiedMemory:
        return "unified-memory";
    }
    return "consumer";
}

} // namespace

QJsonObject costToJson(const hw::CostResult &c)
{
    QJsonArray lines;
    for (const hw::BomLine &l : c.lines) {
        QJsonObject o{{u"kind"_s, QString::fromLatin1(hw::partKindName(l.kind))}, {u"part"_s, q(l.part)}, {u"name"_s, q(l.name)},
                      {u"label"_s, messagesToJson({l.label})}, {u"qty"_s, round(l.qty, 3)}, {u"unit"_s, q(l.unit)}};
        if (l.price) {
            o.insert(u"unit_price"_s, round(l.price->amount, 2));
            o.insert(u"total"_s, l.total()); // as on an invoice (BomLine::total)
            o.insert(u"price_date"_s, q(l.price->date));
            o.insert(u"age_days"_s, l.price->ageDays);
            o.insert(u"stale"_s, l.price->stale);
            o.insert(u"condition"_s, q(l.price->condition));
            o.insert(u"source"_s, q(l.price->source));
            o.insert(u"original_price"_s, round(l.price->originalAmount, 2));
            o.insert(u"original_currency"_s, q(l.price->currency));
            o.insert(u"cny_per_unit"_s, l.price->cnyPerUnit);
            if (!l.price->rateDate.empty())
                o.insert(u"exchange_rate"_s, QJsonObject{{u"cny_per_unit"_s, l.price->cnyPerUnit}, {u"date"_s, q(l.price->rateDate)},
                                                         {u"source"_s, q(l.price->rateSource)}});
        } else {
            o.insert(u"unit_price"_s, QJsonValue::Null);
            o.insert(u"total"_s, QJsonValue::Null);
            o.insert(u"price_date"_s, QString());
            o.insert(u"stale"_s, false);
            o.insert(u"source"_s, u"no price"_s);
        }
        lines.append(o);
    }
    QJsonArray missing, assumptions;
    for (const std::string &m : c.missingPrices)
        missing.append(q(m));
    for (const std::string &a : c.assumptions)
        assumptions.append(q(a));
    // While a part is unpriced, capex and TCO are lower bounds (complete, tco_complete false) and the ratios are null.
    const auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(round(*v, 2)) : QJsonValue(QJsonValue::Null); };
    const hw::Message capex = hw::capexMessage(c, QString::number(c.capex, 'f', 0).toStdString());
    return QJsonObject{{u"currency"_s, q(c.currency)}, {u"capex"_s, round(c.capex, 2)}, {u"complete"_s, c.complete()},
                       {u"unpriced_parts"_s, c.unpricedCount()}, {u"capex_text"_s, q(hw::english({capex}))},
                       {u"capex_message"_s, messagesToJson({capex})},
                       {u"power_w"_s, round(c.powerW, 1)}, {u"energy_kwh_per_year"_s, round(c.energyKWhPerYear, 0)},
                       {u"power_cost_per_year"_s, round(c.powerCostPerYear, 2)}, {u"ops_cost_per_year"_s, round(c.opsCostPerYear, 2)},
                       {u"build_class"_s, QString::fromLatin1(hw::buildClassId(c.buildClass))}, {u"ops_fte"_s, round(c.opsFte, 3)},
                       {u"opex_per_year"_s, round(c.opexPerYear, 2)}, {u"tco_per_year"_s, round(c.tcoPerYear, 2)},
                       {u"depreciation_per_year"_s, round(c.depreciationPerYear, 2)}, {u"three_year_total"_s, round(c.threeYearTotal, 2)},
                       {u"tco_complete"_s, c.complete()},
                       {u"per_user"_s, optional(c.perUser)}, {u"per_million_tokens"_s, optional(c.perMillionTokens)},
                       {u"lines"_s, lines}, {u"missing_prices"_s, missing}, {u"assumptions"_s, assumptions},
                       {u"assumption_messages"_s, messagesToJson(c.assumptionMessages)}};
}

QStringList costToText(const hw::CostResult &c)
{
    QStringList out;
    out << u"Bill of materials (%1):"_s.arg(q(c.currency));
    for (const hw::BomLine &l : c.lines) {
        if (l.price)
            out << u"  %1 x %2 %3  @ %4 = %5   [%6, %7%8; %9]"_s.arg(l.qty).arg(q(l.unit), q(l.name)).arg(l.price->amount, 0, 'f', 2)
                       .arg(l.total(), 0, 'f', 0).arg(q(l.price->condition), q(l.price->date), l.price->stale ? u", STALE: price %1 days old"_s.arg(l.price->ageDays) : QString(), q(l.price->source));
        else
            out << u"  %1 x %2 %3  -- no price"_s.arg(l.qty).arg(q(l.unit), q(l.name));
    }
    const auto ratio = [](const std::optional<double> &v, int decimals, const QString &none) { return v ? QString::number(*v, 'f', decimals) : none; };
    const QString none = c.complete() ? u"none"_s : u"none (capex incomplete)"_s;
    out << u"Capex %1; power %2 W; opex %3/year; TCO %4; per user %5; per million tokens %6"_s
               .arg(q(hw::english({hw::capexMessage(c, QString::number(c.capex, 'f', 0).toStdString())})))
               .arg(c.powerW, 0, 'f', 0)
               .arg(c.opexPerYear, 0, 'f', 0)
               .arg(q(hw::english({hw::tcoMessage(c, QString::number(c.tcoPerYear, 'f', 0).toStdString())})), ratio(c.perUser, 0, none),
                    ratio(c.perMillionTokens, 2, none));
    for (const std::string &a : c.assumptions)
        out << u"  assumption: "_s + q(a);
    return out;
}

namespace {

// [low, high], or null when no held-out points back a range.
QJsonValue rangeToJson(const std::optional<hw::SpeedRange> &r, int decimals)
{
    return r ? QJsonValue(QJsonArray{round(r->low, decimals), round(r->high, decimals)}) : QJsonValue();
}

QString rangeBasis(const hw::SpeedRange &r)
{
    return q(hw::english(hw::rangeBasis(r.group)));
}

// The group a range comes from, as a result stores it: the quote and the GUI say it in their language.
QJsonValue rangeGroupToJson(const std::optional<hw::SpeedRange> &r)
{
    if (!r)
        return QJsonValue();
    return QJsonObject{{u"class"_s, QString::fromStdString(r->group.cls)}, {u"kind"_s, QString::fromStdString(r->group.kind)},
                       {u"users"_s, r->group.users}, {u"points"_s, r->group.points}, {u"sources"_s, r->group.sources},
                       {u"basis"_s, messagesToJson(hw::rangeBasis(r->group))}};
}

// "likely 6-11 tok/s": whole tokens/s from 10 up, one decimal below; the error bars allow no more.
QString likely(const std::optional<hw::SpeedRange> &r)
{
    if (!r)
        return QString();
    const auto n = [](double v) -> QString { return QString::number(v, 'f', v >= 10 ? 0 : 1); };
    return u" (likely %1-%2 tok/s)"_s.arg(n(r->low), n(r->high));
}

} // namespace

QJsonObject estimateToJson(const hw::Build &b, const hw::Estimate &e, const hw::CostResult *cost)
{
    const hw::SpeedRanges ranges = shippedSpeedRanges(b, e);
    QJsonObject memory{
        {u"weights"_s, round(e.weightsGB, 2)},
        {u"kv_cache"_s, round(e.kvCacheGB, 3)},
        {u"overhead"_s, round(e.overheadGB, 2)},
        {u"gpu_per_device"_s, round(e.gpuPerDeviceGB, 2)},
        {u"gpu_capacity_per_device"_s, round(e.gpuCapacityPerDeviceGB, 2)},
        {u"gpu_total"_s, round(e.gpuTotalGB, 2)},
        {u"ram"_s, round(e.ramGB, 2)},
        {u"ram_capacity"_s, round(e.ramCapacityGB, 2)},
    };
    QJsonArray devices;
    for (const hw::DeviceMemory &d : e.devices)
        devices.append(QJsonObject{{u"device"_s, q(hw::english({d.device}))}, {u"device_label"_s, messagesToJson({d.device})}, {u"gpu"_s, d.gpu}, {u"count"_s, d.count},
                                   {u"weights_gb"_s, round(d.weightsGB, 2)}, {u"kv_gb"_s, round(d.kvGB, 3)},
                                   {u"overhead_gb"_s, round(d.overheadGB, 2)}, {u"used_gb"_s, round(d.usedGB(), 2)},
                                   {u"capacity_gb"_s, round(d.capacityGB, 2)}});
    QJsonArray explanation;
    for (const hw::Message &line : e.explanation)
        explanation.append(q(hw::fill(line.text, line.args)));
    return QJsonObject{
        {u"fits"_s, e.fits},
        {u"runs"_s, e.runs},
        {u"placement"_s, QString::fromLatin1(hw::placementName(e.placement))},
        {u"gpu_layers"_s, e.gpuLayers},
        {u"memory_gb"_s, memory},
        {u"devices"_s, devices},
        {u"decode_tps"_s, QJsonObject{{u"per_user"_s, round(e.decodePerUser, 3)}, {u"aggregate"_s, round(e.decodeAggregate, 2)},
                                      {u"bound"_s, QString::fromLatin1(hw::boundName(e.bound))},
                                      {u"per_user_range"_s, rangeToJson(ranges.perUser, 3)}, {u"aggregate_range"_s, rangeToJson(ranges.aggregate, 2)},
                                      {u"range_basis"_s, ranges.perUser ? QJsonValue(rangeBasis(*ranges.perUser)) : QJsonValue()},
                                      {u"range_group"_s, rangeGroupToJson(ranges.perUser)}}},
        {u"prefill_tps"_s, e.prefillKnown ? QJsonValue(round(e.prefillTps, 1)) : QJsonValue()}, // null: not estimated
        {u"prefill_tps_range"_s, rangeToJson(ranges.prefill, 1)},
        {u"prefill_tps_range_group"_s, rangeGroupToJson(ranges.prefill)},
        {u"max_users"_s, e.maxUsers},
        {u"users"_s, b.workload.users},
        {u"explanation"_s, explanation},
        {u"explanation_messages"_s, messagesToJson(e.explanation)},
        {u"cost"_s, cost ? QJsonValue(costToJson(*cost)) : QJsonValue(QJsonValue::Null)},
    };
}

QStringList estimateToText(const hw::Build &b, const hw::Estimate &e, const hw::CostResult *cost)
{
    QStringList out;
    out << u"%1 %2 on %3%4"_s.arg(q(b.model.name), q(b.quant.name), q(b.runtime.name), b.name.empty() ? QString() : u", "_s + q(b.name));
    out << u"Fits: %1   placement: %2   GPU layers: %3"_s.arg(e.fits ? u"yes"_s : (e.runs ? u"no (runs degraded)"_s : u"no (cannot run)"_s),
                                                           QString::fromLatin1(hw::placementName(e.placement)))
               .arg(e.gpuLayers);
    // A build that names no RAM still needs the host's share (OS reserve, staging): say so, not "of 0.0".
    const QString ram = e.ramCapacityGB > 0 ? u"RAM %1 of %2"_s.arg(e.ramGB, 0, 'f', 1).arg(e.ramCapacityGB, 0, 'f', 1)
                                            : u"RAM %1 needed (the build names no RAM)"_s.arg(e.ramGB, 0, 'f', 1);
    out << u"Memory (GB = 10^9 bytes): weights %1, KV %2, overhead %3; per GPU %4 of %5; all GPUs %6; %7"_s
               .arg(e.weightsGB, 0, 'f', 1).arg(e.kvCacheGB, 0, 'f', 2).arg(e.overheadGB, 0, 'f', 1).arg(e.gpuPerDeviceGB, 0, 'f', 1)
               .arg(e.gpuCapacityPerDeviceGB, 0, 'f', 1).arg(e.gpuTotalGB, 0, 'f', 1).arg(ram);
    const hw::SpeedRanges ranges = shippedSpeedRanges(b, e);
    out << u"Decode: %1 tok/s per user%5, %2 tok/s aggregate%6 at %3 user(s); bound: %4"_s.arg(e.decodePerUser, 0, 'f', 2)
               .arg(e.decodeAggregate, 0, 'f', 1).arg(b.workload.users).arg(QString::fromLatin1(hw::boundName(e.bound)), likely(ranges.perUser), likely(ranges.aggregate));
    out << u"Prefill: %1   Max users at >= %2 tok/s: %3"_s.arg(e.prefillKnown ? QString::number(e.prefillTps, 'f', 0) + u" tok/s"_s + likely(ranges.prefill) : u"not estimated (no published TFLOPS)"_s).arg(b.workload.minTpsPerUser).arg(e.maxUsers);
    if (ranges.perUser)
        out << u"Likely: "_s + rangeBasis(*ranges.perUser);
    if (ranges.prefill)
        out << u"Likely: "_s + rangeBasis(*ranges.prefill);
    out << QString() << u"How this was computed:"_s;
    for (const hw::Message &line : e.explanation)
        out << u"  - "_s + q(hw::fill(line.text, line.args));
    if (cost)
        out << QString() << costToText(*cost);
    return out;
}

namespace {

QByteArray spreadsheet(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << csvCell(cell);
        lines << cells.join(u',');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

} // namespace

bool writeResultsCsv(const QString &path, const hw::Build &b, const hw::Estimate &e, const hw::CostResult &cost, QString *error)
{
    const QList<QStringList> rows = {
        {u"figure"_s, u"value"_s, u"unit"_s},
        {u"model"_s, q(b.model.name), QString()},
        {u"quant"_s, q(b.quant.name), QString()},
        {u"runtime"_s, q(b.runtime.name), QString()},
        {u"fits"_s, e.fits ? u"yes"_s : u"no"_s, QString()},
        {u"placement"_s, QString::fromLatin1(hw::placementName(e.placement)), QString()},
        {u"weights"_s, QString::number(e.weightsGB, 'f', 2), u"GB"_s},
        {u"kv_cache"_s, QString::number(e.kvCacheGB, 'f', 3), u"GB"_s},
        {u"gpu_per_device"_s, QString::number(e.gpuPerDeviceGB, 'f', 2), u"GB"_s},
        {u"ram"_s, QString::number(e.ramGB, 'f', 2), u"GB"_s},
        {u"decode_per_user"_s, QString::number(e.decodePerUser, 'f', 3), u"tok/s"_s},
        {u"decode_aggregate"_s, QString::number(e.decodeAggregate, 'f', 2), u"tok/s"_s},
        {u"users"_s, QString::number(b.workload.users), QString()},
        {u"bound"_s, QString::fromLatin1(hw::boundName(e.bound)), QString()},
        {u"prefill"_s, e.prefillKnown ? QString::number(e.prefillTps, 'f', 1) : QString(), u"tok/s"_s}, // empty: not estimated
        {u"max_users"_s, QString::number(e.maxUsers), QString()},
        {u"capex"_s, QString::number(cost.capex, 'f', 2), q(cost.currency)},
        {u"capex_complete"_s, cost.complete() ? u"yes"_s : u"no"_s, QString()},
        {u"power"_s, QString::number(cost.powerW, 'f', 0), u"W"_s},
        {u"opex_per_year"_s, QString::number(cost.opexPerYear, 'f', 2), q(cost.currency)},
        {u"tco_per_year"_s, QString::number(cost.tcoPerYear, 'f', 2), q(cost.currency)},
        {u"per_million_tokens"_s, cost.perMillionTokens ? QString::number(*cost.perMillionTokens, 'f', 2) : QString(), q(cost.currency)},
    };
    return writeFileAtomically(path, spreadsheet(rows), error);
}

bool writeBomCsv(const QString &path, const hw::CostResult &cost, QString *error)
{
    QList<QStringList> rows = {{u"part"_s, u"item"_s, u"quantity"_s, u"unit"_s, u"unit_price"_s, u"amount"_s, u"currency"_s, u"condition"_s,
                                u"price_date"_s, u"stale"_s, u"source"_s}};
    for (const hw::BomLine &l : cost.lines)
        rows.append({q(l.part), q(l.name), QString::number(l.qty, 'g', 10), q(l.unit), l.price ? QString::number(l.price->amount, 'f', 2) : u"no price"_s,
                     l.price ? QString::number(l.total(), 'f', 2) : QString(), q(cost.currency), l.price ? q(l.price->condition) : QString(),
                     l.price ? q(l.price->date) : QString(), l.price && l.price->stale ? u"yes"_s : u"no"_s, l.price ? q(l.price->source) : QString()});
    rows.append({QString(), cost.complete() ? u"total"_s : u"total, incomplete: at least (%1 unpriced)"_s.arg(cost.unpricedCount()), QString(), QString(),
                 QString(), QString::number(cost.capex, 'f', 2), q(cost.currency)});
    return writeFileAtomically(path, spreadsheet(rows), error);
}

bool writeJsonFile(const QString &path, const QJsonObject &json, QString *error)
{
    return writeFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

QStringList catalogKinds()
{
    return {u"gpus"_s, u"cpus"_s, u"models"_s, u"quants"_s, u"runtimes"_s};
}

QJsonArray messagesToJson(const std::vector<hw::Message> &parts)
{
    QJsonArray out;
    for (const hw::Message &m : parts) {
        QJsonArray args;
        for (const std::string &a : m.args)
            args.append(QString::fromStdString(a));
        out.append(QJsonObject{{u"text"_s, QString::fromUtf8(m.text)}, {u"args"_s, args}});
    }
    return out;
}

QJsonArray checklistToJson(const std::vector<hw::ChecklistItem> &items)
{
    QJsonArray out;
    for (const hw::ChecklistItem &item : items)
        out.append(QJsonObject{{u"id"_s, q(item.id)}, {u"status"_s, q(item.status)}, {u"message"_s, q(item.message)}, {u"parts"_s, messagesToJson(item.parts)}});
    return out;
}

QJsonArray findingsToJson(const std::vector<hw::Finding> &findings)
{
    QJsonArray out;
    for (const hw::Finding &f : findings)
        out.append(QJsonObject{{u"id"_s, q(f.id)}, {u"severity"_s, QString::fromLatin1(hw::severityName(f.severity))},
                               {u"claim"_s, q(hw::english({f.claim}))}, {u"claim_parts"_s, messagesToJson({f.claim})},
                               {u"computed"_s, q(hw::english(f.computed))}, {u"computed_parts"_s, messagesToJson(f.computed)},
                               {u"rule"_s, q(f.rule)}, {u"ask"_s, q(f.ask)}});
    return out;
}

QJsonObject catalogToJson(const hw::Catalog &c, const QString &kind)
{
    QJsonObject root;
    const bool all = kind.isEmpty();
    if (all || kind == u"models") {
        QJsonArray a;
        for (const hw::ModelSpec &m : c.models)
            a.append(QJsonObject{{u"id"_s, q(m.id)}, {u"name"_s, q(m.name)}, {u"kind"_s, q(m.kind)},
                                 {u"total_params_b"_s, m.totalParamsB}, {u"active_params_b"_s, m.activeParamsB}, {u"layers"_s, m.layers},
                                 {u"attention"_s, m.attention == hw::Attention::Mla ? u"mla"_s : u"gqa"_s}, {u"max_context"_s, m.maxContext},
                                 {u"quality_note"_s, q(m.qualityNote)}, {u"source"_s, q(m.source)}, {u"source_date"_s, q(m.sourceDate)}});
        root.insert(u"models"_s, a);
    }
    if (all || kind == u"quants") {
        QJsonArray a;
        for (const hw::QuantSpec &s : c.quants) {
            QJsonObject files;
            for (const hw::ModelFile &f : c.modelFiles)
                if (f.quantId == s.id)
                    files.insert(q(f.modelId), f.fileGB);
            a.append(QJsonObject{{u"id"_s, q(s.id)}, {u"name"_s, q(s.name)}, {u"format"_s, q(s.format)},
                                 {u"bits_per_weight"_s, s.bitsPerWeight}, {u"needs_native_fp8"_s, s.needsNativeFp8},
                                 {u"file_gb"_s, files}, {u"source"_s, q(s.source)}, {u"source_date"_s, q(s.sourceDate)}});
        }
        root.insert(u"quants"_s, a);
    }
    // A figure the vendor does not publish (stored as 0) is null, not a zero to compute with.
    const auto published = [](double v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    if (all || kind == u"gpus") {
        QJsonArray a;
        for (const hw::GpuSpec &g : c.gpus)
            a.append(QJsonObject{{u"id"_s, q(g.id)}, {u"name"_s, q(g.name)}, {u"vendor"_s, q(g.vendor)}, {u"class"_s, QString::fromLatin1(gpuClassName(g.gpuClass))},
                                 {u"memory_gb"_s, g.memoryGB}, {u"bandwidth_gbs"_s, g.bandwidthGBs}, {u"bf16_tflops"_s, published(g.bf16Tflops)},
                                 {u"fp8_tflops"_s, g.fp8Published ? QJsonValue(g.fp8Tflops) : QJsonValue()}, {u"tdp_w"_s, published(g.tdpW)}, {u"interconnect"_s, q(g.interconnect)},
                                 {u"link_gbs"_s, g.linkGBs}, {u"unified"_s, g.unified}, {u"board_gpus"_s, intList(g.boardGpus)}, {u"source"_s, q(g.source)},
                                 {u"source_date"_s, q(g.sourceDate)}, {u"note"_s, q(g.note)}});
        root.insert(u"gpus"_s, a);
    }
    if (all || kind == u"cpus") {
        QJsonArray a;
        for (const hw::CpuSpec &p : c.cpus)
            a.append(QJsonObject{{u"id"_s, q(p.id)}, {u"name"_s, q(p.name)}, {u"cores"_s, p.cores}, {u"base_ghz"_s, p.baseGHz},
                                 {u"memory_channels"_s, p.memoryChannels}, {u"memory_type"_s, QString::fromLatin1(hw::memoryTypeId(p.memoryType))},
                                 {u"memory_mts"_s, p.memoryMTs}, {u"amx"_s, p.amx}, {u"avx512"_s, p.avx512}, {u"tdp_w"_s, p.tdpW},
                                 {u"max_sockets"_s, p.maxSockets > 0 ? QJsonValue(p.maxSockets) : QJsonValue()},
                                 {u"mrdimm_mts"_s, p.mrdimmMTs > 0 ? QJsonValue(p.mrdimmMTs) : QJsonValue()},
                                 {u"source"_s, q(p.source)}, {u"source_date"_s, q(p.sourceDate)}});
        root.insert(u"cpus"_s, a);
    }
    if (all || kind == u"runtimes") {
        QJsonArray a;
        for (const hw::RuntimeSpec &r : c.runtimes)
            a.append(QJsonObject{{u"id"_s, q(r.id)}, {u"name"_s, q(r.name)}, {u"mla_compressed_kv"_s, r.mlaCompressedKv},
                                 {u"memory_reservation"_s, r.memoryReservation}, {u"gpu_overhead_gb"_s, r.gpuOverheadGB},
                                 {u"max_batch"_s, r.maxBatch}, {u"gpu_bw_eff"_s, r.gpuBandwidthEfficiency},
                                 {u"cpu_bw_eff"_s, r.cpuBandwidthEfficiency}, {u"unified_bw_eff"_s, r.unifiedBandwidthEfficiency},
                                 {u"compute_eff"_s, r.computeEfficiency}, {u"step_overhead_ms"_s, r.stepOverheadMs},
                                 {u"moe_layer_latency_us"_s, r.moeLayerLatencyUs}, {u"moe_layer_latency_gpu_us"_s, r.moeLayerLatencyGpuUs},
                                 {u"matmul_latency_us"_s, r.matmulLatencyUs},
                                 {u"hop_latency_ms"_s, r.hopLatencyMs}, {u"first_token_latency_ms"_s, r.firstTokenLatencyMs},
                                 {u"prefill_chunk_tokens"_s, intList(r.prefillChunkTokens)}, {u"prefill_chunk_below_gb"_s, intList(r.prefillChunkBelowGB)}, {u"cpu_kernels"_s, q(r.cpuKernels)}, {u"cpu_backend"_s, r.cpuBackend},
                                 {u"source"_s, q(r.source)}, {u"source_date"_s, q(r.sourceDate)}, {u"note"_s, q(r.note)}});
        root.insert(u"runtimes"_s, a);
    }
    return root;
}

QStringList catalogToText(const hw::Catalog &c, const QString &kind)
{
    QStringList out;
    const bool all = kind.isEmpty();
    if (all || kind == u"models") {
        out << u"Models:"_s;
        for (const hw::ModelSpec &m : c.models)
            out << u"  %1  %2  %3B total / %4B active, %5 layers, %6"_s.arg(q(m.id), -22).arg(q(m.name), -32).arg(m.totalParamsB)
                       .arg(m.activeParamsB).arg(m.layers).arg(q(m.kind));
    }
    if (all || kind == u"quants") {
        out << u"Quants:"_s;
        for (const hw::QuantSpec &s : c.quants)
            out << u"  %1  %2  %3 bits/weight%4"_s.arg(q(s.id), -12).arg(q(s.name), -40).arg(s.bitsPerWeight)
                       .arg(s.needsNativeFp8 ? u", needs native FP8"_s : QString());
    }
    if (all || kind == u"gpus") {
        out << u"GPUs and unified-memory machines:"_s;
        for (const hw::GpuSpec &g : c.gpus)
            out << u"  %1  %2  %3 GB  %4 GB/s  %5 BF16 TFLOPS  %6 W"_s.arg(q(g.id), -26).arg(q(g.name), -36).arg(g.memoryGB, 5)
                       .arg(g.bandwidthGBs, 6).arg(g.bf16Tflops > 0 ? QString::number(g.bf16Tflops) : u"-"_s, 7)
                       .arg(g.tdpW > 0 ? QString::number(g.tdpW) : u"-"_s);
    }
    if (all || kind == u"cpus") {
        out << u"CPUs:"_s;
        for (const hw::CpuSpec &p : c.cpus)
            out << u"  %1  %2  %3 cores  %4 ch %5-%6%7"_s.arg(q(p.id), -14).arg(q(p.name), -28).arg(p.cores, 3).arg(p.memoryChannels)
                       .arg(QString::fromLatin1(hw::memoryTypeId(p.memoryType)).toUpper()).arg(p.memoryMTs)
                       .arg(p.amx ? u"  AMX"_s : (p.avx512 ? u"  AVX-512"_s : u"  AVX2"_s));
    }
    if (all || kind == u"runtimes") {
        out << u"Runtimes:"_s;
        for (const hw::RuntimeSpec &r : c.runtimes)
            out << u"  %1  %2  GPU bw eff %3, CPU bw eff %4, unified %5, compute %6"_s.arg(q(r.id), -14).arg(q(r.name), -16)
                       .arg(r.gpuBandwidthEfficiency).arg(r.cpuBandwidthEfficiency).arg(r.unifiedBandwidthEfficiency).arg(r.computeEfficiency);
    }
    return out;
}

} // namespace hwdb
