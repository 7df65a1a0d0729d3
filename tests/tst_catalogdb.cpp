#include "testcatalog.h"

#include <QDate>
#include <QDir>
#include <QSqlDatabase>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestCatalogDb final : public QObject
{
    Q_OBJECT

private slots:
    void requiredIdsResolve_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        // The ids issue #2 requires.
        for (const char *id : {"deepseek-r1", "deepseek-r1-0528", "deepseek-v3", "r1-distill-qwen-1.5b", "r1-distill-qwen-7b", "r1-distill-llama-8b",
                               "r1-distill-qwen-14b", "r1-distill-qwen-32b", "r1-distill-llama-70b"})
            QTest::newRow(id) << u"model"_s << QString::fromLatin1(id);
        for (const char *id : {"fp8", "bf16", "fp16", "int8", "awq-int4", "q8_0", "q6_k", "q5_k_m", "q4_k_m", "q3_k_m", "q2_k", "ud-iq1_s", "ud-iq1_m",
                               "ud-iq2_xxs", "ud-q2_k_xl"})
            QTest::newRow(id) << u"quant"_s << QString::fromLatin1(id);
        for (const char *id : {"a100-40g", "a100-80g", "a800-80g", "h100-sxm", "h100-pcie", "h800", "h20", "h200", "l20", "l40s", "rtx-4090",
                               "rtx-4090d", "rtx-3090", "rtx-3060-12g", "rtx-2080ti", "rtx-2080ti-22g", "rtx-6000-ada", "rtx-a6000", "mi300x",
                               "ascend-910b", "gtx-1660", "mac-studio-m2-ultra-192g", "mac-studio-m3-ultra-512g", "mac-mini-m4-pro-64g",
                               "mac-studio-m4-max-128g"})
            QTest::newRow(id) << u"gpu"_s << QString::fromLatin1(id);
        for (const char *id : {"xeon-8358", "xeon-6348", "xeon-8352v", "xeon-6454s", "xeon-8480", "xeon-8592", "xeon-6980p", "e5-2696v3",
                               "epyc-7763", "epyc-9654", "ryzen-9-7950x", "i9-13900k"})
            QTest::newRow(id) << u"cpu"_s << QString::fromLatin1(id);
        for (const char *id : {"vllm", "sglang", "trtllm", "llama.cpp", "ik_llama.cpp", "ollama", "ktransformers", "mlx", "exo"})
            QTest::newRow(id) << u"runtime"_s << QString::fromLatin1(id);
        QTest::newRow("alias deepseek-r1:70b") << u"model"_s << u"deepseek-r1:70b"_s;
        QTest::newRow("alias 'DeepSeek R1 70B'") << u"model"_s << u"DeepSeek R1 70B"_s;
        QTest::newRow("name-like 'RTX 4090'") << u"gpu"_s << u"RTX 4090"_s;
    }
    void requiredIdsResolve()
    {
        static TestCatalog cat;
        QVERIFY2(cat.ok, qPrintable(cat.error));
        QFETCH(QString, kind);
        QFETCH(QString, id);
        const std::string s = id.toStdString();
        const hw::Catalog &c = cat.catalog;
        const bool found = kind == u"model" ? c.model(s) != nullptr
            : kind == u"quant"              ? c.quant(s) != nullptr
            : kind == u"gpu"                ? c.gpu(s) != nullptr
            : kind == u"cpu"                ? c.cpu(s) != nullptr
                                            : c.runtime(s) != nullptr;
        QVERIFY(found);
    }

    void everyRowHasSourceAndDate()
    {
        TestCatalog cat;
        QVERIFY(cat.ok);
        // A real calendar date, YYYY-MM-DD, not after today: a source cannot be dated in the future.
        const auto validDate = [](const std::string &d) {
            const QDate date = QDate::fromString(QString::fromStdString(d), Qt::ISODate);
            return d.size() == 10 && date.isValid() && date <= QDate::currentDate();
        };
        const auto check = [&](const auto &rows) {
            for (const auto &r : rows) {
                QVERIFY2(!r.source.empty(), r.id.c_str());
                QVERIFY2(validDate(r.sourceDate), (r.id + " " + r.sourceDate).c_str());
            }
        };
        check(cat.catalog.models);
        check(cat.catalog.quants);
        check(cat.catalog.gpus);
        check(cat.catalog.cpus);
        check(cat.catalog.runtimes);
        check(cat.catalog.platforms);
        for (const hw::ModelFile &f : cat.catalog.modelFiles)
            QVERIFY2(!f.source.empty() && f.fileGB > 0 && validDate(f.sourceDate), (f.modelId + "/" + f.quantId).c_str());
        QVERIFY(!cat.catalog.prices.empty());
        for (const hw::PriceRecord &p : cat.catalog.prices) {
            const std::string what = p.partId + " " + p.date;
            QVERIFY2(!p.source.empty() && p.amount > 0, what.c_str());
            QVERIFY2(validDate(p.date), what.c_str()); // never dated in the future
        }
    }

    void reopenKeepsOneCopyAndUserRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            QCOMPARE(db.schemaVersion(), hwdb::CatalogDatabase::latestSchemaVersion());
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO gpus (id, name, vendor, class, memory_gb, bandwidth_gbs, bf16_tflops, tdp_w, interconnect, source, source_date) "
                           "VALUES ('my-card', 'My card', 'X', 'consumer', 16, 500, 50, 200, 'pcie', 'vendor quote', '2026-11-01')"_s));
            QVERIFY(q.exec(u"UPDATE meta SET value = 'old' WHERE key = 'seed_version'"_s)); // forces a seed re-import
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        hwdb::CatalogDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        hw::Catalog c;
        QVERIFY(db.load(&c));
        QVERIFY(c.gpu("my-card"));
        QCOMPARE(std::count_if(c.gpus.begin(), c.gpus.end(), [](const hw::GpuSpec &g) { return g.id == "h200"; }), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw2"_s);
        hwdb::CatalogDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(db.errorString().contains(u"newer hwplanner"_s));
        QVERIFY(db.errorString().contains(path));
        // Not damage: never moved aside or "repaired".
        QVERIFY(!db.isDamaged());
        hwdb::Recovery recovery;
        QVERIFY(!hwdb::openOrRecover(db, &recovery));
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void damagedCatalogIsMovedAsideAfterSalvage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        QString quoteNumber;
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY(db.open());
            int added = 0, unchanged = 0;
            hw::PriceRecord r{hw::PartKind::Gpu, "h200", "Acme; DROP TABLE prices;--", 185000, "CNY", "new", "2026-11-01", "quote 17 from Acme", "bulk"};
            QVERIFY(db.addPrices({r}, false, &added, &unchanged));
            QCOMPARE(added, 1);
            QSqlQuery q(QSqlDatabase::database(db.connectionName()));
            QVERIFY(q.exec(u"INSERT INTO quotes (number, created, language, title, total, currency, data) VALUES ('Q-2026-0007', '2026-11-22', 'en', 't', 1.0, 'CNY', '{\"number\": \"Q-2026-0007\"}')"_s));
            // Damage the price index, a page the salvage does not need: quick_check fails, the table reads.
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'prices_by_part'"_s) && q.next());
            const int page = q.value(0).toInt();
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            const int pageSize = q.value(0).toInt();
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            q.finish();
            db.close();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize));
            f.write(QByteArray(pageSize, '\x5a'));
        }
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        QVERIFY2(hwdb::openOrRecover(db, &recovery), qPrintable(db.errorString()));
        QVERIFY(!recovery.movedTo.isEmpty());
        QVERIFY(QFile::exists(recovery.movedTo));
        QCOMPARE(recovery.salvaged.size(), 2);
        QFile csv(recovery.salvaged.at(0));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray prices = csv.readAll();
        QVERIFY(prices.contains("185000"));
        QVERIFY(prices.contains("Acme; DROP TABLE prices;--")); // stored and read back as text
        QVERIFY(!prices.contains("php.xlycwl.com"));           // seed prices come back with the fresh catalog
        QFile quotes(recovery.salvaged.at(1));
        QVERIFY(quotes.open(QIODevice::ReadOnly));
        QVERIFY(quotes.readAll().contains("Q-2026-0007"));
        QVERIFY(recovery.message().contains(recovery.movedTo));
        // The fresh catalog is whole.
        hw::Catalog c;
        QVERIFY(db.load(&c));
        QVERIFY(c.gpu("h200"));
    }

    void unreadableFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x01'));
        f.close();
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        QVERIFY2(hwdb::openOrRecover(db, &recovery), qPrintable(db.errorString()));
        QVERIFY(recovery.salvaged.isEmpty());
        QFile moved(recovery.movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray(8192, '\x01')); // kept byte for byte
        hw::Catalog c;
        QVERIFY(db.load(&c));
    }

    void migrationBacksUpFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY(db.open());
            QVERIFY(db.backupPath().isEmpty()); // a new catalog has nothing to back up
            QSqlQuery q(QSqlDatabase::database(db.connectionName()));
            // Back to schema 2: before the imported-model columns (schema 4) and the quotes (schema 3).
            for (const char *c : {"dense_ffn_dim", "sliding_window", "sliding_layers", "mtp_layers"})
                QVERIFY(q.exec(u"ALTER TABLE models DROP COLUMN "_s + QLatin1StringView(c)));
            for (const char *c : {"attention_bytes", "shared_expert_bytes", "routed_expert_bytes", "dense_ffn_bytes", "embedding_bytes",
                                  "output_bytes", "other_bytes", "tensor_type_bytes"})
                QVERIFY(q.exec(u"ALTER TABLE model_files DROP COLUMN "_s + QLatin1StringView(c)));
            QVERIFY(q.exec(u"DROP TABLE quotes"_s));
            QVERIFY(q.exec(u"DROP TABLE part_aliases"_s));
            QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN moe_layer_latency_us"_s)); // schema 7
            QVERIFY(q.exec(u"ALTER TABLE cpus DROP COLUMN max_sockets"_s)); // schema 8
            QVERIFY(q.exec(u"ALTER TABLE gpus DROP COLUMN board_gpus"_s)); // schema 9
            QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN moe_layer_latency_gpu_us"_s)); // schema 10
            QVERIFY(q.exec(u"DROP TABLE exchange_rates"_s)); // schema 11
            QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN cpu_kernels"_s)); // schema 12
            QVERIFY(q.exec(u"ALTER TABLE cpus DROP COLUMN mrdimm_mts"_s)); // schema 13
            QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN cpu_backend"_s)); // schema 13
            QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN matmul_latency_us"_s)); // schema 14
            for (const char *c : {"first_token_latency_ms", "prefill_chunk_tokens", "prefill_chunk_below_gb"}) // schema 15
                QVERIFY(q.exec(u"ALTER TABLE runtimes DROP COLUMN "_s + QLatin1StringView(c)));
            QVERIFY(q.exec(u"DELETE FROM meta WHERE key = 'quote_sequence'"_s));
            QVERIFY(q.exec(u"PRAGMA user_version=2"_s));
        }
        hwdb::CatalogDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), hwdb::CatalogDatabase::latestSchemaVersion());
        QVERIFY(db.backupPath().contains(u"schema-2-backup"_s));
        {
            hw::Catalog migrated;
            QVERIFY(db.load(&migrated));
            QVERIFY(std::any_of(migrated.exchangeRates.begin(), migrated.exchangeRates.end(), [](const hw::ExchangeRate &x) { return x.currency == "EUR"; }));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
            raw.setDatabaseName(db.backupPath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(u"SELECT count(*) FROM gpus"_s) && q.next());
            QVERIFY(q.value(0).toInt() > 20);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"backup"_s);
    }

    void twoInstancesShareTheCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        hwdb::CatalogDatabase a(path), b(path);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QSqlQuery mode(QSqlDatabase::database(a.connectionName()));
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
        mode.finish();
        // Interleaved writes from both; each sees the other's.
        for (int i = 0; i < 20; ++i) {
            int added = 0, unchanged = 0;
            hw::PriceRecord r{hw::PartKind::Gpu, "h200", "", 180000.0 + i, "CNY", "new", "2026-11-01", "test", ""};
            QVERIFY((i % 2 ? a : b).addPrices({r}, false, &added, &unchanged));
            QCOMPARE(added, 1);
        }
        hw::Catalog ca, cb;
        QVERIFY(a.load(&ca) && b.load(&cb));
        QCOMPARE(ca.prices.size(), cb.prices.size());
        QCOMPARE(std::count_if(ca.prices.begin(), ca.prices.end(), [](const hw::PriceRecord &p) { return p.source == "test"; }), 20);
        QSqlQuery check(QSqlDatabase::database(b.connectionName()));
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    // The reader's column descriptions match the schema: each described column exists in its table with
    // the declared type, names no struct member twice, and every column a table has is either described
    // or one of the bookkeeping columns the planner does not read.
    void columnDescriptionsMatchTheSchema()
    {
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        // Row bookkeeping; the per-type byte list an import stores for the record (the planner reads the groups);
        // an alias's note, for the people who edit the table.
        const QStringList notRead = {u"builtin"_s, u"added_at"_s, u"id"_s, u"model_files.tensor_type_bytes"_s, u"part_aliases.note"_s};
        QSet<QString> tables;
        for (const hwdb::ColumnDescription &d : hwdb::catalogColumns())
            tables.insert(QString::fromLatin1(d.table));
        QCOMPARE(tables.size(), 10);
        for (const QString &table : tables) {
            QHash<QString, QString> schema; // column -> declared type
            QVERIFY(q.exec(u"SELECT name, type FROM pragma_table_info('%1')"_s.arg(table)));
            while (q.next())
                schema.insert(q.value(0).toString(), q.value(1).toString().toUpper());
            QVERIFY2(!schema.isEmpty(), qPrintable(table));
            QSet<QString> described, fields;
            for (const hwdb::ColumnDescription &d : hwdb::catalogColumns()) {
                if (table != QLatin1String(d.table))
                    continue;
                const QString column = QString::fromLatin1(d.column);
                const QString where = table + u'.' + column;
                QVERIFY2(schema.contains(column), qPrintable(where));
                QVERIFY2(!described.contains(column), qPrintable(where));
                described.insert(column);
                QVERIFY2(!fields.contains(QString::fromLatin1(d.field)), qPrintable(where));
                fields.insert(QString::fromLatin1(d.field));
                const QString type = schema.value(column);
                const bool numeric = d.type == hwdb::ColumnType::Real || d.type == hwdb::ColumnType::Integer || d.type == hwdb::ColumnType::Flag;
                if (d.type == hwdb::ColumnType::Real)
                    QVERIFY2(type == u"REAL"_s, qPrintable(where + u' ' + type));
                else if (numeric)
                    QVERIFY2(type == u"INTEGER"_s, qPrintable(where + u' ' + type));
                else
                    QVERIFY2(type == u"TEXT"_s, qPrintable(where + u' ' + type));
            }
            for (auto it = schema.cbegin(); it != schema.cend(); ++it)
                QVERIFY2(described.contains(it.key()) || notRead.contains(it.key()) || notRead.contains(table + u'.' + it.key()),
                         qPrintable(table + u'.' + it.key()));
        }
        const hwdb::ColumnDescription *memory = hwdb::findCatalogColumn(u"gpus"_s, u"memory_gb"_s);
        QVERIFY(memory);
        QCOMPARE(QString::fromLatin1(memory->unit), u"GB"_s);
        QCOMPARE(QString::fromLatin1(memory->field), u"GpuSpec::memoryGB"_s);
        QVERIFY(!hwdb::findCatalogColumn(u"gpus"_s, u"no_such_column"_s));
        QCOMPARE(QString::fromLatin1(hwdb::findCatalogColumn(QString(), u"psu_w"_s)->table), u"platforms"_s);
    }

    void corruptFileIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
        f.close();
        hwdb::CatalogDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(db.errorString().startsWith(path));
    }
};

QTEST_GUILESS_MAIN(TestCatalogDb)
#include "tst_catalogdb.moc"
