// The team catalog: the same catalog, price and quote code against a real PostgreSQL server.
// Every test gets a database of its own, made through HWPLANNER_TEST_PG_URL (default: the loopback
// server and role that .ci/postgres-up sets up) and dropped afterwards.

#include "concurrentquotes.h"
#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "db/quotes.h"
#include "db/resultjson.h"
#include "ui/catalogdialog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QSqlTableModel>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

// These tests are about the price history: read all of it, not only the latest prices.
constexpr auto kAllPrices = hwdb::CatalogDatabase::PriceHistory::All;

class TestPostgres final : public QObject
{
    Q_OBJECT

    QString m_admin; // a URL of the maintenance database, for CREATE/DROP DATABASE
    QString m_url;   // this test's own database
    QTemporaryDir m_dir;
    int m_databases = 0;

    static QSqlDatabase connect(const QString &name, const QString &location)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        QString error;
        if (hwdb::configureServerConnection(&db, location, &error))
            db.open();
        return db;
    }
    // One statement on this test's database, outside the code under test.
    QVariant sql(const QString &statement)
    {
        QVariant result;
        {
            QSqlDatabase db = connect(u"raw"_s, m_url);
            QSqlQuery q(db);
            if (!q.exec(statement))
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            else if (q.next())
                result = q.value(0);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return result;
    }
    bool admin(const QString &statement)
    {
        bool ok = false;
        {
            QSqlDatabase db = connect(u"admin"_s, m_admin);
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        return ok;
    }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }
    static int count(const hw::Catalog &c, const std::string &source)
    {
        return int(std::count_if(c.prices.begin(), c.prices.end(), [&](const hw::PriceRecord &p) { return p.source == source; }));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // migration backups go to the test's data folder
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
        m_admin = qEnvironmentVariable("HWPLANNER_TEST_PG_URL", u"postgresql://hwplanner_test:hwplanner_test@127.0.0.1:5432/postgres"_s);
        {
            QSqlDatabase db = connect(u"admin"_s, m_admin);
            QVERIFY2(db.isOpen(), qPrintable(u"no PostgreSQL server at %1 (start one with: bash .ci/postgres-up): %2"_s.arg(
                                      hwdb::CatalogDatabase::displayLocation(m_admin), db.lastError().text())));
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
    }
    void init()
    {
        const QString name = u"hwplanner_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
        QVERIFY(admin(u"CREATE DATABASE %1"_s.arg(name)));
        QUrl url(m_admin);
        url.setPath(u"/"_s + name);
        m_url = url.toString();
    }
    void cleanup() { admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(QUrl(m_url).path().mid(1))); }

    void freshServerCatalogEqualsTheFileCatalog()
    {
        hwdb::CatalogDatabase server(m_url);
        QVERIFY(server.isServer());
        hw::Catalog fromServer, fromFile;
        QVERIFY2(server.open() && server.load(&fromServer, kAllPrices), qPrintable(server.errorString()));
        QCOMPARE(server.schemaVersion(), hwdb::CatalogDatabase::latestSchemaVersion());
        QVERIFY(server.backupPath().isEmpty()); // nothing to back up in a new catalog
        hwdb::CatalogDatabase file(m_dir.filePath(u"same.sqlite"_s));
        QVERIFY(!file.isServer());
        QVERIFY2(file.open() && file.load(&fromFile, kAllPrices), qPrintable(file.errorString()));
        QVERIFY(!fromServer.models.empty() && !fromServer.gpus.empty());
        QCOMPARE(hwdb::catalogToJson(fromServer, {}), hwdb::catalogToJson(fromFile, {}));
        QCOMPARE(fromServer.modelAliases, fromFile.modelAliases);
        QCOMPARE(fromServer.prices.size(), fromFile.prices.size());
        for (std::size_t i = 0; i < fromFile.prices.size(); ++i) { // doubles survive exactly (REAL became DOUBLE PRECISION)
            const hw::PriceRecord &a = fromServer.prices[i], &b = fromFile.prices[i];
            QCOMPARE(a.partId, b.partId);
            QCOMPARE(a.amount, b.amount);
            QCOMPARE(a.date, b.date);
            QCOMPARE(a.source, b.source);
        }
        QCOMPARE(sql(u"SELECT data_type FROM information_schema.columns WHERE table_name = 'prices' AND column_name = 'price'"_s).toString(),
                 u"double precision"_s);
    }

    void reopeningImportsTheSeedOnce()
    {
        for (int i = 0; i < 3; ++i) {
            hwdb::CatalogDatabase db(m_url);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
        }
        QCOMPARE(sql(u"SELECT count(*) FROM prices WHERE builtin = 0"_s).toInt(), 0);
        hw::Catalog file;
        hwdb::CatalogDatabase local(m_dir.filePath(u"count.sqlite"_s));
        QVERIFY(local.open() && local.load(&file, kAllPrices));
        QCOMPARE(sql(u"SELECT count(*) FROM prices"_s).toInt(), int(file.prices.size()));
        QCOMPARE(sql(u"SELECT count(*) FROM models"_s).toInt(), int(file.models.size()));
    }

    // Two people on one server: what one imports, the other sees; importing the same list again adds
    // nothing; a dry run adds nothing for anybody.
    void teamMembersShareOnePriceHistory()
    {
        hwdb::CatalogDatabase alice(m_url), bob(m_url);
        hw::Catalog a, b;
        QVERIFY(alice.open() && alice.load(&a, kAllPrices));
        QVERIFY(bob.open() && bob.load(&b, kAllPrices));
        const QString csv = write(u"team.csv"_s, "kind,part,vendor,price,currency,condition,date,source,note\n"
                                                 "gpu,h200,Vendor A,185000,CNY,new,2026-11-01,quote A-17,incl. VAT\n"
                                                 "gpu,rtx-4090,Vendor B,13800.50,CNY,used,2026-11-02,quote B-3,\n");
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY2(hwdb::importPriceCsv(alice, csv, a, false, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 2);
        QVERIFY(bob.load(&b, kAllPrices));
        QCOMPARE(count(b, "quote A-17") + count(b, "quote B-3"), 2);
        const auto used = std::find_if(b.prices.begin(), b.prices.end(), [](const hw::PriceRecord &p) { return p.source == "quote B-3"; });
        QCOMPARE(used->amount, 13800.50);
        QCOMPARE(used->condition, std::string("used"));

        hwdb::PriceImportResult again;
        QVERIFY2(hwdb::importPriceCsv(bob, csv, b, false, &again, &error), qPrintable(error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 2);

        const QString more = write(u"more.csv"_s, "kind,part,vendor,price,currency,condition,date,source,note\n"
                                                  "gpu,h200,Vendor C,179000,CNY,new,2026-11-20,quote C-1,\n");
        hwdb::PriceImportResult dry;
        QVERIFY2(hwdb::importPriceCsv(bob, more, b, true, &dry, &error), qPrintable(error));
        QCOMPARE(dry.added, 1);
        QVERIFY(alice.load(&a, kAllPrices));
        QCOMPARE(count(a, "quote C-1"), 0);
    }

    void badRowLeavesTheServerUnchanged()
    {
        hwdb::CatalogDatabase db(m_url);
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const int before = sql(u"SELECT count(*) FROM prices"_s).toInt();
        const QString csv = write(u"bad.csv"_s, "kind,part,vendor,price,currency,condition,date,source,note\n"
                                                "gpu,h200,V,185000,CNY,new,2026-11-01,quote 1,\n"
                                                "gpu,h200,V,-5,CNY,new,2026-11-01,quote 2,\n");
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY(!hwdb::importPriceCsv(db, csv, c, false, &r, &error));
        QVERIFY2(error.startsWith(csv + u":3:"_s), qPrintable(error));
        QCOMPARE(sql(u"SELECT count(*) FROM prices"_s).toInt(), before);
    }

    void hostileTextIsStoredAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("drop") << u"x'); DROP TABLE prices; --"_s;
        QTest::newRow("or") << u"\" OR 1=1 --"_s;
        QTest::newRow("dollar quote") << u"$$; DELETE FROM gpus; $$"_s;
        QTest::newRow("placeholder") << u"? $1 :name %s"_s;
        QTest::newRow("backslash") << u"\\'; SELECT pg_sleep(5); --"_s;
        QTest::newRow("control") << u"tab\tbell\u0007escape\u001b[31m"_s;
        QTest::newRow("chinese") << u"报价'; 删除"_s;
    }
    void hostileTextIsStoredAsText()
    {
        QFETCH(QString, text);
        hwdb::CatalogDatabase db(m_url);
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        hw::PriceRecord r{hw::PartKind::Gpu, "h200", text.toStdString(), 185000, "CNY", "new", "2026-11-01", text.toStdString(), text.toStdString()};
        int added = 0, unchanged = 0;
        QVERIFY2(db.addPrices({r}, false, &added, &unchanged), qPrintable(db.errorString()));
        QCOMPARE(added, 1);
        hw::Catalog after;
        QVERIFY(db.load(&after, kAllPrices));
        QCOMPARE(after.gpus.size(), c.gpus.size());
        QCOMPARE(after.prices.size(), c.prices.size() + 1);
        QCOMPARE(count(after, text.toStdString()), 1);
        const auto stored = std::find_if(after.prices.begin(), after.prices.end(), [&](const hw::PriceRecord &p) { return p.source == r.source; });
        QVERIFY(stored != after.prices.end());
        QCOMPARE(QString::fromStdString(stored->vendor), text);
        QCOMPARE(QString::fromStdString(stored->note), text);
    }

    // Quote numbers come from one counter on the server: people issuing at the same moment get
    // different, consecutive numbers.
    void quotesIssuedAtOnceGetDistinctNumbers()
    {
        {
            hwdb::CatalogDatabase db(m_url);
            QVERIFY(db.open());
        }
        constexpr int members = 3, perMember = 8;
        const ConcurrentQuotes issued = issueConcurrently(m_url, members, perMember);
        QVERIFY2(issued.errors.isEmpty(), qPrintable(issued.errors));
        QCOMPARE(issued.numbers.size(), members * perMember);
        const QString year = QString::number(QDate::currentDate().year());
        for (int i = 0; i < issued.numbers.size(); ++i)
            QCOMPARE(issued.numbers[i], u"Q-%1-%2"_s.arg(year).arg(i + 1, 4, 10, QLatin1Char('0')));

        hwdb::CatalogDatabase db(m_url);
        QVERIFY(db.open());
        hwdb::QuoteStore store(db);
        QString error;
        const QList<hwdb::StoredQuote> all = store.list(&error);
        QCOMPARE(all.size(), members * perMember);
        QCOMPARE(std::count_if(all.begin(), all.end(), [](const hwdb::StoredQuote &q) { return q.title == u"member 1"; }), perMember);
        hwdb::StoredQuote stored;
        QVERIFY2(store.load(all.first().number, &stored, &error), qPrintable(error));
        QCOMPARE(stored.data.value(u"number"_s).toString(), all.first().number);
    }

    // Several members starting hwplanner at once on an empty database: the schema and the seed are
    // made once, and everybody reads the same catalog.
    void firstStartsAtOnceMigrateOnce()
    {
        QList<QProcess *> runs;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(HWPLANNER_BINARY), {u"catalog"_s, u"--json"_s, u"--catalog"_s, m_url});
            runs << p;
        }
        QByteArray first;
        for (QProcess *p : runs) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY(out.size() > 1000);
            if (first.isEmpty())
                first = out;
            QCOMPARE(out, first);
            delete p;
        }
        hw::Catalog file;
        hwdb::CatalogDatabase local(m_dir.filePath(u"startup.sqlite"_s));
        QVERIFY(local.open() && local.load(&file, kAllPrices));
        QCOMPARE(sql(u"SELECT count(*) FROM prices"_s).toInt(), int(file.prices.size()));
        QCOMPARE(sql(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt(), hwdb::CatalogDatabase::latestSchemaVersion());
    }

    void newerSchemaIsRefusedUntouched()
    {
        {
            hwdb::CatalogDatabase db(m_url);
            QVERIFY(db.open());
        }
        sql(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s);
        const int prices = sql(u"SELECT count(*) FROM prices"_s).toInt();
        hwdb::CatalogDatabase db(m_url);
        hwdb::Recovery recovery;
        QVERIFY(!hwdb::openOrRecover(db, &recovery));
        QVERIFY(!db.isDamaged());
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY2(db.errorString().contains(u"newer hwplanner (schema 99"_s), qPrintable(db.errorString()));
        QCOMPARE(sql(u"SELECT count(*) FROM prices"_s).toInt(), prices);
    }

    // A catalog at schema 2 with a price somebody entered: before migrating, that price is written to
    // a CSV that imports back; then the catalog is at the latest schema with the price still in it.
    void migrationExportsWhatUsersEnteredFirst()
    {
        {
            hwdb::CatalogDatabase db(m_url);
            QVERIFY(db.open());
            int added = 0, unchanged = 0;
            QVERIFY(db.addPrices({{hw::PartKind::Gpu, "h20", "Vendor D", 98000, "CNY", "new", "2026-10-30", "quote D-9", "8 cards"}}, false, &added, &unchanged));
        }
        // Back to schema 2: before the imported-model columns (schema 4) and the quotes (schema 3).
        for (const char *c : {"dense_ffn_dim", "sliding_window", "sliding_layers", "mtp_layers"})
            sql(u"ALTER TABLE models DROP COLUMN "_s + QLatin1StringView(c));
        for (const char *c : {"attention_bytes", "shared_expert_bytes", "routed_expert_bytes", "dense_ffn_bytes", "embedding_bytes",
                              "output_bytes", "other_bytes", "tensor_type_bytes"})
            sql(u"ALTER TABLE model_files DROP COLUMN "_s + QLatin1StringView(c));
        sql(u"DROP TABLE quotes"_s);
        sql(u"DROP TABLE part_aliases"_s);
        sql(u"ALTER TABLE runtimes DROP COLUMN moe_layer_latency_us"_s); // schema 7
        sql(u"ALTER TABLE cpus DROP COLUMN max_sockets"_s); // schema 8
        sql(u"ALTER TABLE gpus DROP COLUMN board_gpus"_s); // schema 9
        sql(u"ALTER TABLE runtimes DROP COLUMN moe_layer_latency_gpu_us"_s); // schema 10
        sql(u"DROP TABLE exchange_rates"_s); // schema 11
        sql(u"ALTER TABLE runtimes DROP COLUMN cpu_kernels"_s); // schema 12
        sql(u"ALTER TABLE cpus DROP COLUMN mrdimm_mts"_s); // schema 13
        sql(u"ALTER TABLE runtimes DROP COLUMN cpu_backend"_s); // schema 13
        sql(u"ALTER TABLE runtimes DROP COLUMN matmul_latency_us"_s); // schema 14
        for (const char *c : {"first_token_latency_ms", "prefill_chunk_tokens", "prefill_chunk_below_gb"}) // schema 15
            sql(u"ALTER TABLE runtimes DROP COLUMN "_s + QLatin1StringView(c));
        sql(u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_s);

        hwdb::CatalogDatabase db(m_url);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), hwdb::CatalogDatabase::latestSchemaVersion());
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(db.backupPath().contains(u"schema-2"_s));
        const QString backup = db.backupPath() + u"/catalog-user-prices.csv"_s;
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QCOMPARE(sql(u"SELECT count(*) FROM prices WHERE source = 'quote D-9'"_s).toInt(), 1);
        QVERIFY(sql(u"SELECT count(*) FROM exchange_rates WHERE currency = 'EUR'"_s).toInt() > 0); // schema 11 recreated and seeded
        { // schema 11 rebuilt the prices table: a new row gets a fresh id (not one of the copied rows'), in any ISO currency
            int added = 0, unchanged = 0;
            QVERIFY(db.addPrices({{hw::PartKind::Gpu, "h20", "Vendor E", 12500, "EUR", "new", "2026-11-02", "quote E-2", ""}}, false, &added, &unchanged));
            QCOMPARE(added, 1);
        }

        hwdb::CatalogDatabase restored(m_dir.filePath(u"restored.sqlite"_s));
        hw::Catalog c;
        QVERIFY(restored.open() && restored.load(&c, kAllPrices));
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY2(hwdb::importPriceCsv(restored, backup, c, false, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 1);
        QVERIFY(restored.load(&c, kAllPrices));
        QCOMPARE(count(c, "quote D-9"), 1);
        QDir(db.backupPath()).removeRecursively();
    }

    // The catalog editor over the server: an accepted edit lands there for everyone, the schema's
    // rules refuse an impossible value with the column named, undo restores, a new row is added.
    void catalogEditorEditsTheServer()
    {
        hwui::CatalogDialog dialog(m_url);
        QSqlTableModel *gpus = dialog.table(u"gpus"_s);
        QVERIFY(gpus && gpus->rowCount() >= 25);
        QVERIFY(dialog.setCell(u"gpus"_s, u"h200"_s, u"memory_gb"_s, 144.0));
        QCOMPARE(sql(u"SELECT memory_gb FROM gpus WHERE id = 'h200'"_s).toDouble(), 144.0);
        QVERIFY(sql(u"SELECT source FROM gpus WHERE id = 'h200'"_s).toString().startsWith(u"user edit (was: "_s));
        QVERIFY(!dialog.setCell(u"gpus"_s, u"h200"_s, u"bandwidth_gbs"_s, -1.0));
        QVERIFY2(dialog.lastError().contains(u"bandwidth_gbs"_s), qPrintable(dialog.lastError()));
        dialog.undoStack()->undo();
        QCOMPARE(sql(u"SELECT memory_gb FROM gpus WHERE id = 'h200'"_s).toDouble(), 141.0);
        const int rows = sql(u"SELECT count(*) FROM gpus"_s).toInt();
        QVERIFY2(dialog.addRow(u"gpus"_s), qPrintable(dialog.lastError()));
        QCOMPARE(sql(u"SELECT count(*) FROM gpus"_s).toInt(), rows + 1);
    }

    void connectionErrorsNameTheServerButNotThePassword()
    {
        QUrl wrong(m_url);
        wrong.setPassword(u"not-the-password"_s);
        hwdb::CatalogDatabase db(wrong.toString());
        hwdb::Recovery recovery;
        QVERIFY(!hwdb::openOrRecover(db, &recovery));
        QVERIFY(!db.isDamaged());
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY2(db.errorString().contains(u"cannot connect"_s) && db.errorString().contains(wrong.host()), qPrintable(db.errorString()));
        QVERIFY2(!db.errorString().contains(u"not-the-password"_s), qPrintable(db.errorString()));
        QVERIFY(!db.errorString().contains(u'\n'));

        hwdb::CatalogDatabase noDatabase(u"postgresql://someone@127.0.0.1/"_s);
        QVERIFY(!noDatabase.open());
        QVERIFY2(noDatabase.errorString().contains(u"URL"_s), qPrintable(noDatabase.errorString()));
    }
};

QTEST_MAIN(TestPostgres)
#include "tst_postgres.moc"
