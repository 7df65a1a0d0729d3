#include "db/buildfile.h"

#include "db/safeio.h"
#include "model/cost.h"
#include "model/hardware.h"
#include "model/kvcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hwdb {

QString BuildError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u":"_s + QString::number(line);
    if (!field.isEmpty())
        return u"%1: field '%2': %3"_s.arg(where, field, message);
    return u"%1: %2"_s.arg(where, message);
}

namespace {

// Reads one build object, remembering the first error. Field paths are JSON paths; the line is that
// of the field's key in the file (first occurrence), found in the raw text.
class Reader
{
public:
    Reader(const QByteArray &raw, const QString &file, const hw::Catalog &catalog, BuildError *error)
        : m_raw(raw), m_file(file), m_catalog(catalog), m_error(error) {}

    bool failed() const { return m_failed; }

    bool fail(const QString &field, const QString &message)
    {
        if (m_failed)
            return false;
        m_failed = true;
        m_error->file = m_file;
        m_error->field = field;
        m_error->message = message;
        m_error->line = lineOf(field);
        return false;
    }

    int lineOf(const QString &field) const
    {
        const QString key = field.section(u'.', -1);
        const qsizetype at = m_raw.indexOf(u"\"%1\""_s.arg(key).toUtf8());
        return at < 0 ? 0 : int(m_raw.left(at).count('\n')) + 1;
    }

    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path, bool required, double min,
                                 double max, bool integer)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, u"missing (required)"_s);
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(path, u"must be a number, got %1"_s.arg(describe(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || (integer && d != std::floor(d))) {
            fail(path, u"must be a whole number, got %1"_s.arg(d));
            return std::nullopt;
        }
        if (d < min || d > max) {
            fail(path, u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(d));
            return std::nullopt;
        }
        return d;
    }

    std::optional<QString> text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, u"missing (required)"_s);
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(path, u"must be a non-empty string, got %1"_s.arg(describe(v)));
            return std::nullopt;
        }
        return v.toString().trimmed();
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(path, u"must be true or false, got %1"_s.arg(describe(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    bool object(const QJsonObject &o, const QString &key, const QString &path, QJsonObject *out, bool *present)
    {
        const QJsonValue v = o.value(key);
        *present = !(v.isUndefined() || v.isNull());
        if (!*present)
            return true;
        if (!v.isObject())
            return fail(path, u"must be an object, got %1"_s.arg(describe(v)));
        *out = v.toObject();
        return true;
    }

    bool unknownId(const QString &path, const QString &what, const QString &id, const std::vector<std::string> &ids)
    {
        QStringList near;
        for (const std::string &s : hw::Catalog::closest(id.toStdString(), ids))
            near << QString::fromStdString(s);
        return fail(path, u"unknown %1 '%2'; closest catalog ids: %3"_s.arg(what, id, near.join(u", "_s)));
    }

    static QString describe(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            return v.toBool() ? u"true"_s : u"false"_s;
        case QJsonValue::Double:
            return QString::number(v.toDouble());
        case QJsonValue::String:
            return u"\"%1\""_s.arg(v.toString());
        case QJsonValue::Array:
            return u"an array"_s;
        case QJsonValue::Object:
            return u"an object"_s;
        default:
            return u"null"_s;
        }
    }

    const hw::Catalog &catalog() const { return m_catalog; }

private:
    QByteArray m_raw;
    QString m_file;
    const hw::Catalog &m_catalog;
    BuildError *m_error;
    bool m_failed = false;
};

bool readGpu(Reader &r, const QJsonObject &root, hw::Build *b)
{
    QJsonObject o;
    bool present = false;
    if (!r.object(root, u"gpu"_s, u"gpu"_s, &o, &present) || !present)
        return !r.failed();
    const auto count = r.number(o, u"count"_s, u"gpu.count"_s, false, 1, 1024, true);
    if (r.failed())
        return false;
    b->gpusPerNode = int(count.value_or(1));
    if (const auto limit = r.number(o, u"wired_limit_gb"_s, u"gpu.wired_limit_gb"_s, false, 1, 1e5, false))
        b->wiredLimitGB = *limit;
    if (o.contains(u"id"_s) && !o.contains(u"memory_gb"_s) && !o.contains(u"memory_gib"_s)) {
        const auto id = r.text(o, u"id"_s, u"gpu.id"_s, true);
        if (!id)
            return false;
        const hw::GpuSpec *g = r.catalog().gpu(id->toStdString());
        if (!g)
            return r.unknownId(u"gpu.id"_s, u"GPU"_s, *id, r.catalog().gpuIds());
        b->gpu = *g;
        return !r.failed();
    }
    hw::GpuSpec g;
    const auto name = r.text(o, u"name"_s, u"gpu.name"_s, true);
    // Memory as the vendor states it: GB (10^9 bytes) or GiB (2^30 bytes), exactly one of them.
    if (o.contains(u"memory_gb"_s) && o.contains(u"memory_gib"_s))
        return r.fail(u"gpu.memory_gib"_s, u"give memory_gb or memory_gib, not both"_s);
    const bool gib = o.contains(u"memory_gib"_s);
    auto memory = gib ? r.number(o, u"memory_gib"_s, u"gpu.memory_gib"_s, true, 0.1, 1e5, false)
                      : r.number(o, u"memory_gb"_s, u"gpu.memory_gb"_s, true, 0.1, 1e5, false);
    const auto bandwidth = r.number(o, u"bandwidth_gbs"_s, u"gpu.bandwidth_gbs"_s, true, 0.1, 1e6, false);
    const auto bf16 = r.number(o, u"bf16_tflops"_s, u"gpu.bf16_tflops"_s, true, 0.01, 1e6, false);
    const auto fp8 = r.number(o, u"fp8_tflops"_s, u"gpu.fp8_tflops"_s, false, 0, 1e6, false);
    const auto tdp = r.number(o, u"tdp_w"_s, u"gpu.tdp_w"_s, false, 1, 1e5, false);
    const auto unified = r.boolean(o, u"unified"_s, u"gpu.unified"_s);
    const auto vendor = r.text(o, u"vendor"_s, u"gpu.vendor"_s, false);
    if (r.failed())
        return false;
    // The runtimes' GPU backends are chosen by vendor: a stated vendor must be one they name.
    static const QStringList kVendors{u"NVIDIA"_s, u"AMD"_s, u"Apple"_s, u"Huawei"_s, u"Intel"_s, u"Moore Threads"_s, u"Cambricon"_s, u"Biren"_s};
    if (vendor) {
        const auto it = std::find_if(kVendors.begin(), kVendors.end(), [&](const QString &v) { return v.compare(*vendor, Qt::CaseInsensitive) == 0; });
        if (it == kVendors.end())
            return r.fail(u"gpu.vendor"_s, u"unknown vendor \"%1\" (%2)"_s.arg(*vendor, kVendors.join(u", "_s)));
        g.vendor = it->toStdString();
    } else {
        g.vendor = hw::gpuVendorFromName(name->toStdString());
        if (g.vendor.empty())
            return r.fail(u"gpu.name"_s, u"cannot tell the vendor of \"%1\" from its name, so no runtime backend can be chosen: add \"vendor\" (%2)"_s
                                             .arg(*name, kVendors.join(u", "_s)));
    }
    g.id = "custom";
    g.name = name->toStdString();
    g.memoryGB = gib ? *memory : *memory / hw::kGiBInGB; // memoryGB holds the vendor's binary figure
    g.bandwidthGBs = *bandwidth;
    g.bf16Tflops = *bf16;
    g.fp8Tflops = fp8.value_or(0);
    g.tdpW = tdp.value_or(0);
    g.unified = unified.value_or(false);
    g.gpuClass = g.unified ? hw::GpuClass::UnifiedMemory : hw::GpuClass::Consumer;
    // macOS wires ~75% of unified memory for the GPU by default; other unified machines (DGX Spark,
    // Ryzen AI Max under Linux) publish no such limit: all but the OS reserve (planUnified).
    g.wiredFraction = g.unified && g.vendor == "Apple" ? 0.75 : 0;
    g.interconnect = o.value(u"interconnect"_s).toString(u"pcie"_s).toStdString();
    g.source = "inline in the build file";
    b->gpu = g;
    return true;
}

// The memory types a build file accepts, as its error messages list them: ddr4, ddr5, lpddr5, mrdimm, ...
QString memoryTypeList()
{
    QStringList ids;
    for (hw::MemoryType t : hw::kMemoryTypes)
        ids << QString::fromLatin1(hw::memoryTypeId(t));
    return ids.join(u", "_s);
}

bool readCpu(Reader &r, const QJsonObject &root, hw::Build *b)
{
    QJsonObject o;
    bool present = false;
    if (!r.object(root, u"cpu"_s, u"cpu"_s, &o, &present) || !present)
        return !r.failed();
    const auto sockets = r.number(o, u"sockets"_s, u"cpu.sockets"_s, false, 1, 8, true);
    const auto threads = r.number(o, u"threads"_s, u"cpu.threads"_s, false, 1, 4096, true);
    if (r.failed())
        return false;
    b->sockets = int(sockets.value_or(1));
    if (threads)
        b->cpuThreads = int(*threads);
    if (const auto kernels = r.text(o, u"kernels"_s, u"cpu.kernels"_s, false)) {
        static const QStringList kKernels{u"amx"_s, u"avx512"_s, u"avx2"_s}; // in hw::CpuKernels order
        const qsizetype i = kKernels.indexOf(kernels->toLower());
        if (i < 0)
            return r.fail(u"cpu.kernels"_s, u"must be amx, avx512 or avx2, got \"%1\""_s.arg(*kernels));
        b->cpuKernels = hw::CpuKernels(i);
    }
    if (r.failed())
        return false;
    if (o.contains(u"id"_s) && !o.contains(u"cores"_s)) {
        const auto id = r.text(o, u"id"_s, u"cpu.id"_s, true);
        if (!id)
            return false;
        const hw::CpuSpec *c = r.catalog().cpu(id->toStdString());
        if (!c)
            return r.unknownId(u"cpu.id"_s, u"CPU"_s, *id, r.catalog().cpuIds());
        if (c->maxSockets > 0 && b->sockets > c->maxSockets)
            return r.fail(u"cpu.sockets"_s, u"the %1 scales to %2 socket(s) per board (its product page), got %3"_s
                                                .arg(QString::fromStdString(c->name))
                                                .arg(c->maxSockets)
                                                .arg(b->sockets));
        b->cpu = *c;
        // A CPU that also takes MRDIMMs (Xeon 6: ARK "Max Memory Speed" DDR5 6400, MRDIMM 8800) runs its
        // channels at the MRDIMM speed when the build says so.
        if (const auto type = r.text(o, u"memory_type"_s, u"cpu.memory_type"_s, false)) {
            hw::MemoryType t = c->memoryType;
            if (!hw::memoryTypeFromId(type->toLower().toStdString(), &t))
                return r.fail(u"cpu.memory_type"_s, u"must be one of %1, got \"%2\""_s.arg(memoryTypeList(), *type));
            if (!(t == hw::MemoryType::Mrdimm && hw::useMrdimm(*b->cpu)) && t != c->memoryType) {
                return r.fail(u"cpu.memory_type"_s, u"the %1 takes %2%3 (its product page), got \"%4\""_s
                                                      .arg(QString::fromStdString(c->name), QString::fromLatin1(hw::memoryTypeId(c->memoryType)),
                                                           c->mrdimmMTs > 0 ? u" or mrdimm"_s : QString(), *type));
            }
        }
        return true;
    }
    hw::CpuSpec c;
    const auto name = r.text(o, u"name"_s, u"cpu.name"_s, true);
    const auto cores = r.number(o, u"cores"_s, u"cpu.cores"_s, true, 1, 4096, true);
    const auto channels = r.number(o, u"memory_channels"_s, u"cpu.memory_channels"_s, true, 1, 64, true);
    const auto mts = r.number(o, u"memory_mts"_s, u"cpu.memory_mts"_s, true, 100, 20000, true);
    const auto ghz = r.number(o, u"base_ghz"_s, u"cpu.base_ghz"_s, false, 0.1, 10, false);
    const auto amx = r.boolean(o, u"amx"_s, u"cpu.amx"_s);
    const auto avx512 = r.boolean(o, u"avx512"_s, u"cpu.avx512"_s);
    const auto type = r.text(o, u"memory_type"_s, u"cpu.memory_type"_s, false);
    const auto busBits = r.number(o, u"memory_bus_bits"_s, u"cpu.memory_bus_bits"_s, false, 16, 8192, true);
    if (r.failed())
        return false;
    c.memoryType = hw::MemoryType::Ddr5;
    if (type && !hw::memoryTypeFromId(type->toLower().toStdString(), &c.memoryType))
        return r.fail(u"cpu.memory_type"_s, u"must be one of %1, got \"%2\""_s.arg(memoryTypeList(), *type));
    c.memoryBusBits = int(busBits.value_or(0));
    c.id = "custom";
    c.name = name->toStdString();
    c.cores = int(*cores);
    c.memoryChannels = int(*channels);
    c.memoryMTs = int(*mts);
    c.baseGHz = ghz.value_or(2.0);
    c.amx = amx.value_or(false);
    c.avx512 = avx512.value_or(false);
    c.source = "inline in the build file";
    b->cpu = c;
    return true;
}

bool readQuant(Reader &r, const QJsonObject &root, hw::Build *b)
{
    const QJsonValue v = root.value(u"quant"_s);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const auto fileGb = r.number(o, u"file_gb"_s, u"quant.file_gb"_s, false, 0.001, 1e5, false);
        const auto bits = r.number(o, u"bits_per_weight"_s, u"quant.bits_per_weight"_s, false, 0.5, 32, false);
        if (r.failed())
            return false;
        if (!fileGb && !bits)
            return r.fail(u"quant"_s, u"an inline quant needs file_gb or bits_per_weight"_s);
        hw::QuantSpec q;
        q.id = o.value(u"id"_s).toString(u"custom"_s).toStdString();
        q.name = "custom";
        q.format = o.value(u"format"_s).toString(u"any"_s).toStdString();
        q.bitsPerWeight = bits.value_or(fileGb ? *fileGb * 8.0 / b->model.totalParamsB : 16.0);
        q.computeBytes = 2;
        q.source = "inline in the build file";
        b->quant = q;
        if (fileGb)
            b->fileGB = *fileGb;
        return true;
    }
    const auto id = r.text(root, u"quant"_s, u"quant"_s, true);
    if (!id)
        return false;
    const hw::QuantSpec *q = r.catalog().quant(id->toStdString());
    if (!q)
        return r.unknownId(u"quant"_s, u"quant"_s, *id, r.catalog().quantIds());
    b->quant = *q;
    b->fileGB = r.catalog().fileGB(b->model.id, q->id);
    b->fileGroups = r.catalog().fileGroups(b->model.id, q->id);
    return true;
}

} // namespace

bool parseBuild(const QByteArray &json, const QString &fileName, const hw::Catalog &catalog, hw::Build *build, BuildError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        const QByteArray before = json.left(parseError.offset);
        error->file = fileName;
        error->line = int(before.count('\n')) + 1;
        error->field.clear();
        error->message = u"malformed JSON at column %1: %2"_s.arg(parseError.offset - before.lastIndexOf('\n')).arg(parseError.errorString());
        return false;
    }
    Reader r(json, fileName, catalog, error);
    if (!doc.isObject())
        return r.fail(QString(), u"a build file holds one JSON object"_s);
    const QJsonObject root = doc.object();
    hw::Build b;

    const auto format = r.text(root, u"format"_s, u"format"_s, true);
    if (!format)
        return false;
    if (*format != QLatin1StringView(kBuildFormat)) {
        if (format->startsWith(u"hwplanner.build/"_s))
            return r.fail(u"format"_s, u"unsupported version \"%1\": this hwplanner reads %2"_s.arg(*format, QLatin1StringView(kBuildFormat)));
        return r.fail(u"format"_s, u"not a build file (\"%1\", expected %2)"_s.arg(*format, QLatin1StringView(kBuildFormat)));
    }
    if (root.contains(u"name"_s) && !root.value(u"name"_s).isString() && !root.value(u"name"_s).isNull())
        return r.fail(u"name"_s, u"must be text"_s);
    if (root.value(u"name"_s).toString().size() > limits::nameChars)
        return r.fail(u"name"_s, u"%1 characters; a build's name has at most %2"_s.arg(root.value(u"name"_s).toString().size()).arg(limits::nameChars));
    b.name = root.value(u"name"_s).toString().toStdString();

    const auto modelId = r.text(root, u"model"_s, u"model"_s, true);
    if (!modelId)
        return false;
    const hw::ModelSpec *m = catalog.model(modelId->toStdString());
    if (!m)
        return r.unknownId(u"model"_s, u"model"_s, *modelId, catalog.modelIds());
    b.model = *m;
    if (!readQuant(r, root, &b))
        return false;

    const auto runtimeId = r.text(root, u"runtime"_s, u"runtime"_s, true);
    if (!runtimeId)
        return false;
    const hw::RuntimeSpec *rt = catalog.runtime(runtimeId->toStdString());
    if (!rt)
        return r.unknownId(u"runtime"_s, u"runtime"_s, *runtimeId, catalog.runtimeIds());
    b.runtime = *rt;

    const auto nodes = r.number(root, u"nodes"_s, u"nodes"_s, false, 1, 1024, true);
    const auto maxBatch = r.number(root, u"max_batch"_s, u"max_batch"_s, false, 1, 1'000'000, true);
    const auto ubatch = r.number(root, u"ubatch"_s, u"ubatch"_s, false, 1, 1'000'000, true);
    const auto pipeline = r.number(root, u"pipeline_parallel"_s, u"pipeline_parallel"_s, false, 1, 1024, true);
    if (r.failed())
        return false;
    b.nodes = int(nodes.value_or(1));
    if (maxBatch)
        b.maxBatch = int(*maxBatch);
    if (ubatch)
        b.ubatch = int(*ubatch);
    if (!readGpu(r, root, &b) || !readCpu(r, root, &b))
        return false;
    if (pipeline) {
        b.pipelineParallel = int(*pipeline);
        const int gpus = b.gpu ? b.nodes * b.gpusPerNode : 0;
        if (!b.runtime.tensorParallel)
            return r.fail(u"pipeline_parallel"_s, u"applies to the serving engines (vLLM, SGLang, TensorRT-LLM); %1 splits layers over machines by itself"_s
                                                      .arg(QString::fromStdString(b.runtime.name)));
        if (gpus == 0 || gpus % b.pipelineParallel != 0)
            return r.fail(u"pipeline_parallel"_s, u"%1 stages must divide the %2 GPUs (nodes x gpu.count) evenly"_s.arg(b.pipelineParallel).arg(gpus));
    }

    QJsonObject ram;
    bool present = false;
    if (!r.object(root, u"ram"_s, u"ram"_s, &ram, &present))
        return false;
    if (present) {
        const auto gb = r.number(ram, u"gb"_s, u"ram.gb"_s, true, 0.5, 1e6, false);
        const auto mts = r.number(ram, u"mts"_s, u"ram.mts"_s, false, 100, 20000, true);
        const auto channels = r.number(ram, u"channels"_s, u"ram.channels"_s, false, 1, 128, true);
        if (r.failed())
            return false;
        b.ramGB = *gb;
        b.ramMTs = int(mts.value_or(0));
        b.ramChannels = int(channels.value_or(0));
    }
    if (!b.gpu && !b.cpu)
        return r.fail(u"cpu"_s, u"a build without a GPU needs a CPU"_s);

    QJsonObject offload;
    if (!r.object(root, u"offload"_s, u"offload"_s, &offload, &present))
        return false;
    if (present) {
        if (const auto layers = r.number(offload, u"gpu_layers"_s, u"offload.gpu_layers"_s, false, 0, b.model.layers, true))
            b.gpuLayers = int(*layers);
        b.expertsOnCpu = r.boolean(offload, u"experts_on_cpu"_s, u"offload.experts_on_cpu"_s);
        b.numaDuplicate = r.boolean(offload, u"numa_duplicate"_s, u"offload.numa_duplicate"_s);
        if (r.failed())
            return false;
    }

    QJsonObject kv;
    if (!r.object(root, u"kv_cache"_s, u"kv_cache"_s, &kv, &present))
        return false;
    if (present) {
        if (const auto type = r.text(kv, u"type"_s, u"kv_cache.type"_s, false)) {
            if (!hw::kvTypeFromName(type->toLower().toStdString(), &b.kvType))
                return r.fail(u"kv_cache.type"_s, u"unknown KV type \"%1\" (f16, q8_0, q4_0, fp8)"_s.arg(*type));
        }
        b.mlaKv = r.boolean(kv, u"mla"_s, u"kv_cache.mla"_s);
        if (r.failed())
            return false;
    }

    QJsonObject storage;
    if (!r.object(root, u"storage"_s, u"storage"_s, &storage, &present))
        return false;
    if (present) {
        if (const auto gbs = r.number(storage, u"read_gbs"_s, u"storage.read_gbs"_s, false, 0.01, 1000, false))
            b.ssdReadGBs = *gbs;
        if (r.failed())
            return false;
    }

    QJsonObject w;
    if (!r.object(root, u"workload"_s, u"workload"_s, &w, &present))
        return false;
    if (!present)
        return r.fail(u"workload"_s, u"missing (required: at least workload.users)"_s);
    const auto users = r.number(w, u"users"_s, u"workload.users"_s, true, 1, 100000, true);
    const auto context = r.number(w, u"context"_s, u"workload.context"_s, false, 1, 10'000'000, true);
    const auto prompt = r.number(w, u"prompt_tokens"_s, u"workload.prompt_tokens"_s, false, 1, 10'000'000, true);
    const auto output = r.number(w, u"output_tokens"_s, u"workload.output_tokens"_s, false, 1, 10'000'000, true);
    const auto tps = r.number(w, u"min_tps_per_user"_s, u"workload.min_tps_per_user"_s, false, 0.01, 100000, false);
    if (r.failed())
        return false;
    b.workload.users = int(*users);
    b.workload.promptTokens = int(prompt.value_or(512));
    b.workload.outputTokens = int(output.value_or(512));
    b.workload.context = int(context.value_or(std::max(4096.0, double(b.workload.promptTokens + b.workload.outputTokens))));
    b.workload.minTpsPerUser = tps.value_or(6.0);
    if (b.workload.context > b.model.maxContext)
        return r.fail(u"workload.context"_s, u"%1 tokens exceeds %2's window of %3"_s.arg(b.workload.context).arg(QString::fromStdString(b.model.name)).arg(b.model.maxContext));
    *build = std::move(b);
    return true;
}

QJsonObject buildToJson(const hw::Build &b)
{
    const auto s = [](const std::string &v) { return QString::fromStdString(v); };
    QJsonObject o{{u"format"_s, QLatin1StringView(kBuildFormat)}, {u"model"_s, s(b.model.id)}, {u"runtime"_s, s(b.runtime.id)},
                  {u"nodes"_s, b.nodes}};
    if (!b.name.empty())
        o.insert(u"name"_s, s(b.name));
    if (b.maxBatch)
        o.insert(u"max_batch"_s, *b.maxBatch);
    if (b.ubatch)
        o.insert(u"ubatch"_s, *b.ubatch);
    if (b.pipelineParallel > 1)
        o.insert(u"pipeline_parallel"_s, b.pipelineParallel);
    if (b.quant.source == "inline in the build file") {
        QJsonObject q{{u"id"_s, s(b.quant.id)}};
        if (b.fileGB)
            q.insert(u"file_gb"_s, *b.fileGB);
        else
            q.insert(u"bits_per_weight"_s, b.quant.bitsPerWeight);
        o.insert(u"quant"_s, q);
    } else {
        o.insert(u"quant"_s, s(b.quant.id));
    }
    if (b.gpu) {
        QJsonObject g{{u"count"_s, b.gpusPerNode}};
        if (b.gpu->id == "custom") {
            g.insert(u"name"_s, s(b.gpu->name));
            g.insert(u"memory_gib"_s, b.gpu->memoryGB);
            g.insert(u"bandwidth_gbs"_s, b.gpu->bandwidthGBs);
            g.insert(u"bf16_tflops"_s, b.gpu->bf16Tflops);
            g.insert(u"fp8_tflops"_s, b.gpu->fp8Tflops);
            if (b.gpu->tdpW > 0) // 0 = not published: omitted, as the reader takes it
                g.insert(u"tdp_w"_s, b.gpu->tdpW);
            g.insert(u"unified"_s, b.gpu->unified);
            g.insert(u"vendor"_s, s(b.gpu->vendor));
        } else {
            g.insert(u"id"_s, s(b.gpu->id));
        }
        if (b.wiredLimitGB)
            g.insert(u"wired_limit_gb"_s, *b.wiredLimitGB);
        o.insert(u"gpu"_s, g);
    }
    if (b.cpu) {
        QJsonObject cpu{{u"sockets"_s, b.sockets}};
        if (b.cpu->id == "custom") {
            cpu.insert(u"name"_s, s(b.cpu->name));
            cpu.insert(u"cores"_s, b.cpu->cores);
            cpu.insert(u"base_ghz"_s, b.cpu->baseGHz);
            cpu.insert(u"memory_channels"_s, b.cpu->memoryChannels);
            cpu.insert(u"memory_type"_s, QString::fromLatin1(hw::memoryTypeId(b.cpu->memoryType)));
            if (b.cpu->memoryBusBits > 0)
                cpu.insert(u"memory_bus_bits"_s, b.cpu->memoryBusBits);
            cpu.insert(u"memory_mts"_s, b.cpu->memoryMTs);
            cpu.insert(u"amx"_s, b.cpu->amx);
            cpu.insert(u"avx512"_s, b.cpu->avx512);
        } else {
            cpu.insert(u"id"_s, s(b.cpu->id));
            if (b.cpu->memoryType == hw::MemoryType::Mrdimm) // the catalog row's MRDIMM option (cpus.mrdimm_mts)
                cpu.insert(u"memory_type"_s, QString::fromLatin1(hw::memoryTypeId(b.cpu->memoryType)));
        }
        if (b.cpuThreads)
            cpu.insert(u"threads"_s, *b.cpuThreads);
        if (b.cpuKernels)
            cpu.insert(u"kernels"_s, QStringList{u"amx"_s, u"avx512"_s, u"avx2"_s}.value(int(*b.cpuKernels)));
        o.insert(u"cpu"_s, cpu);
    }
    if (b.ramGB > 0) {
        QJsonObject ram{{u"gb"_s, b.ramGB}};
        if (b.ramMTs > 0)
            ram.insert(u"mts"_s, b.ramMTs);
        if (b.ramChannels > 0)
            ram.insert(u"channels"_s, b.ramChannels);
        o.insert(u"ram"_s, ram);
    }
    QJsonObject offload;
    if (b.gpuLayers)
        offload.insert(u"gpu_layers"_s, *b.gpuLayers);
    if (b.expertsOnCpu)
        offload.insert(u"experts_on_cpu"_s, *b.expertsOnCpu);
    if (b.numaDuplicate)
        offload.insert(u"numa_duplicate"_s, *b.numaDuplicate);
    if (!offload.isEmpty())
        o.insert(u"offload"_s, offload);
    QJsonObject kv{{u"type"_s, QLatin1StringView(hw::kvTypeName(b.kvType))}};
    if (b.mlaKv)
        kv.insert(u"mla"_s, *b.mlaKv);
    o.insert(u"kv_cache"_s, kv);
    if (b.ssdReadGBs != hw::Build().ssdReadGBs)
        o.insert(u"storage"_s, QJsonObject{{u"read_gbs"_s, b.ssdReadGBs}});
    o.insert(u"workload"_s, QJsonObject{{u"users"_s, b.workload.users}, {u"context"_s, b.workload.context},
                                         {u"prompt_tokens"_s, b.workload.promptTokens}, {u"output_tokens"_s, b.workload.outputTokens},
                                         {u"min_tps_per_user"_s, b.workload.minTpsPerUser}});
    return o;
}

bool readBuildFile(const QString &path, const hw::Catalog &catalog, hw::Build *build, BuildError *error)
{
    QByteArray bytes;
    QString why;
    if (!readInputFile(path, limits::buildFileBytes, &bytes, &why)) { // not /dev/zero, a FIFO or 1 GB
        error->file = path;
        error->line = 0;
        error->field.clear();
        error->message = why.mid(path.size() + 2); // "PATH: reason" without the path toString() adds again
        return false;
    }
    return parseBuild(bytes, path, catalog, build, error);
}

} // namespace hwdb
