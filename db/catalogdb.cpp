#include "db/catalogdb.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

const QStringList kMigrations = {u":/catalog/migrations/001_initial.sql"_s, u":/catalog/migrations/002_prices.sql"_s,
                                 u":/catalog/migrations/003_quotes.sql"_s};
const QString kSeed = u":/catalog/seed.json"_s;

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The driver takes one statement per exec(): split a migration at the semicolons ending lines.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        if (line.trimmed().startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QVariant jsonToSql(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << item.toString();
        return parts.join(u',');
    }
    return v.toVariant();
}

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

hw::MemoryType memoryTypeFrom(const QString &s)
{
    if (s == u"ddr4")
        return hw::MemoryType::Ddr4;
    if (s == u"lpddr5")
        return hw::MemoryType::Lpddr5;
    return hw::MemoryType::Ddr5;
}

std::string str(const QSqlQuery &q, const char *column)
{
    return q.value(QString::fromLatin1(column)).toString().toStdString();
}
double real(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toDouble(); }
int integer(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toInt(); }
bool flag(const QSqlQuery &q, const char *column) { return q.value(QString::fromLatin1(column)).toInt() != 0; }

} // namespace

QString CatalogDatabase::defaultPath()
{
    const QString env = qEnvironmentVariable("HWPLANNER_CATALOG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalog.sqlite"_s;
}

int CatalogDatabase::latestSchemaVersion()
{
    return int(kMigrations.size());
}

CatalogDatabase::CatalogDatabase(const QString &path)
    : m_path(path)
    , m_connection(u"catalog-%1-%2"_s.arg(quintptr(QThread::currentThreadId())).arg(quintptr(this)))
{
}

CatalogDatabase::~CatalogDatabase()
{
    close();
}

void CatalogDatabase::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CatalogDatabase::fail(const QString &what, const QString &detail)
{
    m_error = u"%1: %2: %3"_s.arg(m_path, what, detail);
    return false;
}

bool CatalogDatabase::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql))
        return fail(u"SQL error"_s, q.lastError().text() + u" in: "_s + sql.left(120));
    return true;
}

bool CatalogDatabase::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(u"cannot create folder"_s, info.absolutePath());
    m_damaged = false;
    close(); // opening again (after a recovery) replaces the connection
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(u"cannot open"_s, db.lastError().text());
    // PRAGMAs outside a transaction, per connection; values cannot be bound. The busy timeout comes
    // first: another instance may hold the lock. WAL (set below) lets an instance read while another writes.
    if (!exec(u"PRAGMA busy_timeout=5000"_s) || !exec(u"PRAGMA foreign_keys=ON"_s))
        return false;
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok") {
        m_damaged = true; // "file is not a database" also surfaces here, at the first read
        return fail(u"database is damaged"_s, check.lastError().isValid() ? check.lastError().text() : check.value(0).toString());
    }
    check.finish();
    // WAL only once the schema is known to be ours: a newer catalog is refused untouched.
    return migrate() && exec(u"PRAGMA journal_mode=WAL"_s) && importSeed();
}

int CatalogDatabase::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool CatalogDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return fail(u"schema version"_s, u"the catalog was written by a newer hwplanner (schema %1, this build knows %2)"_s.arg(current).arg(latestSchemaVersion()));
    // A consistent copy (VACUUM INTO reads through the WAL) before changing a catalog that has data.
    m_backup.clear();
    if (current >= 1 && current < latestSchemaVersion()) {
        const QString backup = u"%1.schema-%2-backup-%3"_s.arg(m_path).arg(current).arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
        QSqlQuery vacuum(db);
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return fail(u"backup before migration"_s, vacuum.lastError().text() + u" (" + backup + u")");
        m_backup = backup;
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        const QString sql = readResource(kMigrations.at(version - 1));
        if (sql.isEmpty())
            return fail(u"migration"_s, u"missing embedded migration %1"_s.arg(version));
        if (!db.transaction())
            return fail(u"migration"_s, db.lastError().text());
        for (const QString &statement : statements(sql)) {
            if (!exec(statement)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version=%1"_s.arg(version))) {
            db.rollback();
            return false;
        }
        if (!db.commit())
            return fail(u"migration"_s, db.lastError().text());
    }
    return true;
}

// The embedded seed is imported when its version is newer than the one recorded in meta: built-in
// rows are replaced, rows the user added are kept.
bool CatalogDatabase::importSeed()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QByteArray bytes = readResource(kSeed).toUtf8();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull())
        return fail(u"embedded seed"_s, err.errorString());
    const QJsonObject root = doc.object();
    const QString seedVersion = QString::number(qHash(bytes));

    QSqlQuery version(db);
    version.prepare(u"SELECT value FROM meta WHERE key = 'seed_version'"_s);
    if (version.exec() && version.next() && version.value(0).toString() == seedVersion)
        return true;

    if (!db.transaction())
        return fail(u"seed"_s, db.lastError().text());
    const auto insertRows = [&](const QString &table, const QJsonArray &rows, bool replace = true) {
        for (const QJsonValue &rowValue : rows) {
            QJsonObject row = rowValue.toObject();
            row.remove(u"aliases"_s);
            if (table == u"model_files") {
                row.insert(u"model_id"_s, row.take(u"model"_s));
                row.insert(u"quant_id"_s, row.take(u"quant"_s));
            }
            const QStringList columns = row.keys();
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << u"?"_s;
            QSqlQuery q(db);
            // An upsert, not INSERT OR REPLACE: a replace deletes the row first and cascades to the user's rows.
            QStringList updates;
            for (const QString &col : columns)
                updates << u"%1 = excluded.%1"_s.arg(col);
            q.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO %4"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s),
                                                                                 replace ? u"UPDATE SET "_s + updates.join(u", "_s) : u"NOTHING"_s));
            for (const QString &c : columns)
                q.addBindValue(jsonToSql(row.value(c)));
            if (!q.exec())
                return fail(u"seed"_s, u"%1 row '%2': %3"_s.arg(table, row.value(u"id"_s).toString(), q.lastError().text()));
        }
        return true;
    };
    bool ok = insertRows(u"models"_s, root.value(u"models"_s).toArray()) && insertRows(u"quants"_s, root.value(u"quants"_s).toArray())
        && insertRows(u"model_files"_s, root.value(u"model_files"_s).toArray()) && insertRows(u"gpus"_s, root.value(u"gpus"_s).toArray())
        && insertRows(u"cpus"_s, root.value(u"cpus"_s).toArray()) && insertRows(u"runtimes"_s, root.value(u"runtimes"_s).toArray())
        && insertRows(u"platforms"_s, root.value(u"platforms"_s).toArray());
    if (ok) { // price history: built-in quotes are added once, never replaced
        QJsonArray prices;
        for (const QJsonValue &v : root.value(u"prices"_s).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(u"builtin"_s, 1);
            prices.append(o);
        }
        ok = insertRows(u"prices"_s, prices, false);
    }
    for (const QJsonValue &m : root.value(u"models"_s).toArray()) {
        for (const QJsonValue &alias : m.toObject().value(u"aliases"_s).toArray()) {
            if (!ok)
                break;
            QSqlQuery q(db);
            q.prepare(u"INSERT OR REPLACE INTO model_aliases (alias, model_id) VALUES (?, ?)"_s);
            q.addBindValue(QString::fromStdString(hw::normaliseId(alias.toString().toStdString())));
            q.addBindValue(m.toObject().value(u"id"_s).toString());
            ok = q.exec() || fail(u"seed"_s, q.lastError().text());
        }
    }
    if (ok) {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('seed_version', ?)"_s);
        q.addBindValue(seedVersion);
        ok = q.exec() || fail(u"seed"_s, q.lastError().text());
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"seed"_s, db.lastError().text());
}

bool CatalogDatabase::load(hw::Catalog *catalog)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
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
    while (q.next())
        c.modelFiles.push_back({str(q, "model_id"), str(q, "quant_id"), real(q, "file_gb"), str(q, "source"), str(q, "source_date")});

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
    if (!select(u"SELECT * FROM prices ORDER BY price_date, id"_s))
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

bool CatalogDatabase::addPrices(const std::vector<hw::PriceRecord> &records, bool dryRun, int *added, int *unchanged)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    *added = *unchanged = 0;
    if (!db.transaction())
        return fail(u"prices"_s, db.lastError().text());
    for (const hw::PriceRecord &r : records) {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR IGNORE INTO prices (part_kind, part_id, vendor, price, currency, condition, price_date, source, note) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(QString::fromLatin1(hw::partKindName(r.kind)));
        q.addBindValue(QString::fromStdString(r.partId));
        q.addBindValue(QString::fromStdString(r.vendor));
        q.addBindValue(r.amount);
        q.addBindValue(QString::fromStdString(r.currency));
        q.addBindValue(QString::fromStdString(r.condition));
        q.addBindValue(QString::fromStdString(r.date));
        q.addBindValue(QString::fromStdString(r.source));
        q.addBindValue(QString::fromStdString(r.note));
        if (!q.exec()) {
            db.rollback();
            return fail(u"prices"_s, q.lastError().text());
        }
        (q.numRowsAffected() > 0 ? *added : *unchanged) += 1;
    }
    if (dryRun) {
        db.rollback();
        return true;
    }
    return db.commit() || fail(u"prices"_s, db.lastError().text());
}

int todayDays()
{
    return int(QDate(1970, 1, 1).daysTo(QDate::currentDate()));
}

std::unique_ptr<hw::InMemoryPriceBook> makePriceBook(const hw::Catalog &catalog, const hw::CostSettings &settings)
{
    return std::make_unique<hw::InMemoryPriceBook>(catalog.prices, catalog.platforms, settings, todayDays());
}

} // namespace hwdb
