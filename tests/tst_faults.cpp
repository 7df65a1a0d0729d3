// Faults and hostile input: a healthy catalog is never declared damaged (full disk, a lock held for
// seconds, a read-only filesystem); a fresh catalog is created whole or not at all, also by six
// instances at once; a quote that cannot be written stores nothing and spends no number; exported CSV
// cells cannot run in a spreadsheet; what only the user should read is private.

#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "db/quotes.h"
#include "db/safeio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QJsonObject minimalQuote()
{
    return QJsonObject{{u"date"_s, u"2026-12-01"_s}, {u"language"_s, u"en"_s}, {u"currency"_s, u"CNY"_s},
                       {u"builds"_s, QJsonArray{QJsonObject{{u"build"_s, QJsonObject{{u"name"_s, u"test build"_s}}}, {u"total"_s, 100.0}}}}};
}

// Writes a few bytes as "the PDF" (the real renderer is ui/'s; the transaction around it is db/'s).
bool fakePdf(const QJsonObject &quote, QIODevice *out, QString *)
{
    return out->write("%PDF-1.4 " + quote.value(u"number"_s).toString().toUtf8()) > 0;
}

bool failingPdf(const QJsonObject &, QIODevice *, QString *error)
{
    *error = u"renderer failed (test)"_s;
    return false;
}

int quoteCount(hwdb::CatalogDatabase &db)
{
    QString error;
    return int(hwdb::QuoteStore(db).list(&error).size());
}

// Mounts a small tmpfs (root only, as CI runs); empty when this machine cannot.
QString mountTmpfs(const QString &dir, const QString &options)
{
    QProcess p;
    p.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir});
    return p.waitForFinished(10000) && p.exitCode() == 0 ? dir : QString();
}

void run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(10000);
}

// Another process's write lock, as a connection of its own on another thread: exclusive locking mode
// keeps even readers out. Holds it until hold() returns; `locked` says when it is held.
std::thread holdWriteLock(const QString &path, const QString &connection, std::atomic<bool> *locked, std::function<void()> hold)
{
    return std::thread([=] {
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            lock.setDatabaseName(path);
            if (lock.open()) {
                QSqlQuery q(lock);
                q.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
                q.exec(u"BEGIN EXCLUSIVE"_s);
                q.exec(u"UPDATE meta SET value = value WHERE key = 'quote_sequence'"_s);
                *locked = true;
                hold();
                q.exec(u"ROLLBACK"_s);
                lock.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    });
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void damageMeansDamage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("damaged");
        QTest::newRow("not a database") << QByteArray("this is a text file, not SQLite\n").repeated(200) << true;
        QTest::newRow("SQLite header, garbage pages") << QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a') << true;
    }
    void damageMeansDamage()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
        f.close();
        hwdb::CatalogDatabase db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.isDamaged(), damaged);
        QVERIFY2(!db.errorString().contains(u'\n'), qPrintable(db.errorString())); // one line
        QVERIFY2(db.errorString().startsWith(path), qPrintable(db.errorString()));  // names the file
    }

    void fullDiskLeavesTheCatalogAndItsNumbering()
    {
        QTemporaryDir dir;
        if (mountTmpfs(dir.path(), u"size=4m"_s).isEmpty())
            QSKIP("needs root to mount a small tmpfs");
        const auto unmount = qScopeGuard([&] { run(u"umount"_s, {dir.path()}); });
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            QJsonObject q = minimalQuote();
            QString error;
            QVERIFY2(hwdb::QuoteStore(db).issue(&q, &error), qPrintable(error));
            QCOMPARE(q.value(u"number"_s).toString().right(4), u"0001"_s);
        }
        const qint64 size = QFileInfo(path).size();
        // Fill the disk.
        QFile filler(dir.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        for (int attempt = 0; attempt < 3; ++attempt) {
            hwdb::CatalogDatabase db(path);
            hwdb::Recovery recovery;
            const bool opened = hwdb::openOrRecover(db, &recovery);
            QVERIFY2(recovery.movedTo.isEmpty(), qPrintable(recovery.message())); // never moved aside
            QVERIFY(!db.isDamaged());
            if (opened) { // reading may still work; issuing cannot, and must leave nothing
                QJsonObject q = minimalQuote();
                QString error;
                QVERIFY(!hwdb::QuoteStore(db).issue(&q, dir.filePath(u"q.pdf"_s), fakePdf, &error));
                QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
            } else {
                QVERIFY2(!db.errorString().contains(u"damaged"_s), qPrintable(db.errorString()));
            }
        }
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo(path).size() >= size);
        QVERIFY(QFile::remove(filler.fileName()));
        // Space again: the catalog is the old one, with its quote, and numbering goes on.
        hwdb::CatalogDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QJsonObject q = minimalQuote();
        QString error;
        QVERIFY2(hwdb::QuoteStore(db).issue(&q, &error), qPrintable(error));
        QCOMPARE(quoteCount(db), 2); // the one before and this one: nothing from the full-disk attempts
        QCOMPARE(q.value(u"number"_s).toString().right(4), u"0002"_s);
    }

    void creatingOnAFullDiskLeavesNothing()
    {
        QTemporaryDir dir;
        if (mountTmpfs(dir.path(), u"size=64k"_s).isEmpty())
            QSKIP("needs root to mount a small tmpfs");
        const auto unmount = qScopeGuard([&] { run(u"umount"_s, {dir.path()}); });
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        QVERIFY(!hwdb::openOrRecover(db, &recovery));
        QVERIFY(!db.isDamaged());
        db.close();
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files).isEmpty(), qPrintable(QDir(dir.path()).entryList(QDir::Files).join(u", "_s)));
    }

    void readOnlyFilesystemIsNotDamage()
    {
        QTemporaryDir dir;
        if (mountTmpfs(dir.path(), u"size=4m"_s).isEmpty())
            QSKIP("needs root to mount a small tmpfs");
        const auto unmount = qScopeGuard([&] { run(u"umount"_s, {dir.path()}); });
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
        }
        run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, dir.path()});
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        const bool opened = hwdb::openOrRecover(db, &recovery);
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY(!db.isDamaged());
        if (!opened)
            QVERIFY2(db.errorString().contains(u"read-only"_s) || db.errorString().contains(u"cannot open"_s), qPrintable(db.errorString()));
        QVERIFY(QFileInfo::exists(path));
    }

    // Another process holding the write lock: wait for it (busy timeout), never call it damage.
    void lockHeldNineSecondsIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            QJsonObject q = minimalQuote();
            QString error;
            QVERIFY2(hwdb::QuoteStore(db).issue(&q, &error), qPrintable(error));
        }
        std::atomic<bool> locked = false;
        std::thread holder = holdWriteLock(path, u"holder"_s, &locked, [] { std::this_thread::sleep_for(std::chrono::seconds(9)); });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        const bool opened = hwdb::openOrRecover(db, &recovery);
        QJsonObject q = minimalQuote();
        QString error;
        const bool issued = opened && hwdb::QuoteStore(db).issue(&q, &error);
        holder.join();
        QVERIFY2(opened, qPrintable(db.errorString()));
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(q.value(u"number"_s).toString().right(4), u"0002"_s);
    }

    void lockHeldPastTheTimeoutIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"catalog.sqlite"_s);
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
        }
        const qint64 size = QFileInfo(path).size();
        std::atomic<bool> locked = false, done = false;
        std::thread holder = holdWriteLock(path, u"holder2"_s, &locked, [&done] {
            while (!done)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const int saved = hwdb::CatalogDatabase::busyTimeoutMs();
        hwdb::CatalogDatabase::setBusyTimeoutMs(1000);
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        const bool opened = hwdb::openOrRecover(db, &recovery);
        hwdb::CatalogDatabase::setBusyTimeoutMs(saved);
        done = true;
        holder.join();
        QVERIFY(!opened);
        QVERIFY(!db.isDamaged());
        QVERIFY(recovery.movedTo.isEmpty());
        QVERIFY2(db.errorString().contains(u"in use by another program"_s), qPrintable(db.errorString()));
        QVERIFY(!db.errorString().contains(u'\n'));
        QCOMPARE(QFileInfo(path).size(), size);
    }

    void sixInstancesStartingAtOnceAllSucceed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/catalog.sqlite"_s);
        std::atomic<int> ready = 0;
        std::vector<QString> errors(6);
        std::vector<std::thread> instances;
        for (int i = 0; i < 6; ++i) {
            instances.emplace_back([&, i] {
                ++ready;
                while (ready < 6) {
                }
                hwdb::CatalogDatabase db(path);
                if (!db.open())
                    errors[size_t(i)] = db.errorString();
            });
        }
        for (std::thread &t : instances)
            t.join();
        for (const QString &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        hwdb::CatalogDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(db.schemaVersion(), hwdb::CatalogDatabase::latestSchemaVersion());
        QStringList left = QDir(dir.filePath(u"new"_s)).entryList(QDir::Files);
        left.removeAll(u"catalog.sqlite"_s);
        left.removeAll(u"catalog.sqlite-wal"_s);
        left.removeAll(u"catalog.sqlite-shm"_s);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s))); // no temporary files left
    }

    void failedPdfStoresNothingAndSpendsNoNumber_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("renderFails");
        QTest::newRow("renderer fails") << u"q.pdf"_s << true;
        QTest::newRow("a folder") << u"folder"_s << false;
        QTest::newRow("a device") << u"/dev/full"_s << false;
        QTest::newRow("a missing folder") << u"missing/q.pdf"_s << false;
        QTest::newRow("in /proc") << u"/proc/hwplanner-test.pdf"_s << false;
    }
    void failedPdfStoresNothingAndSpendsNoNumber()
    {
        QFETCH(QString, target);
        QFETCH(bool, renderFails);
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(u"folder"_s);
        hwdb::CatalogDatabase db(dir.filePath(u"catalog.sqlite"_s));
        QVERIFY(db.open());
        const QString pdf = target.startsWith(u'/') ? target : dir.filePath(target);
        QJsonObject q = minimalQuote();
        QString error;
        QVERIFY(!hwdb::QuoteStore(db).issue(&q, pdf, renderFails ? failingPdf : fakePdf, &error));
        QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
        QCOMPARE(quoteCount(db), 0);
        QVERIFY(!q.contains(u"number"_s));
        if (target == u"/dev/full")
            QVERIFY(!QFileInfo(target).isFile()); // the device is still a device
        const QString good = dir.filePath(u"good.pdf"_s);
        QVERIFY2(hwdb::QuoteStore(db).issue(&q, good, fakePdf, &error), qPrintable(error));
        QCOMPARE(q.value(u"number"_s).toString().right(4), u"0001"_s);
        QFile written(good);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().endsWith(q.value(u"number"_s).toString().toUtf8())); // the number in the file is the stored one
        QCOMPARE(QDir(dir.path()).entryList({u"*.pdf*"_s}, QDir::Files), QStringList{u"good.pdf"_s}); // no temporary file left
    }

    void privateFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"data/hwplanner"_s);
        const QString path = folder + u"/catalog.sqlite"_s;
        {
            hwdb::CatalogDatabase db(path);
            QVERIFY(db.open());
        }
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFileInfo(path).permissions() & ~(owner | QFileDevice::ReadUser | QFileDevice::WriteUser), QFileDevice::Permissions());
        for (const QString &f : {folder, dir.filePath(u"data"_s)})
            QCOMPARE(QFileInfo(f).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther), QFileDevice::Permissions());
        // A damaged catalog's salvage files are private too.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO prices (part_kind, part_id, vendor, price, currency, condition, price_date, source) "
                           "VALUES ('gpu', 'h200', 'V', 1000, 'CNY', 'new', '2026-11-01', 'test')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(int(f.size() / 2), '\x5a'));
        f.close();
        hwdb::CatalogDatabase db(path);
        hwdb::Recovery recovery;
        hwdb::openOrRecover(db, &recovery);
        for (const QString &s : std::as_const(recovery.salvaged))
            QCOMPARE(QFileInfo(s).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void csvCellsCannotRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("=cmd") << u"=cmd|' /C calc'!A0"_s;
        QTest::newRow("=1+1") << u"=1+1"_s;
        QTest::newRow("plus") << u"+1+2"_s;
        QTest::newRow("minus") << u"-1+2"_s;
        QTest::newRow("at") << u"@SUM(1,2)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s;
        QTest::newRow("CR") << u"\r=1+1"_s;
        QTest::newRow("full-width equals") << u"＝1+1"_s;
    }
    void csvCellsCannotRun()
    {
        QFETCH(QString, text);
        const QString cell = hwdb::csvCell(text);
        QString unquoted = cell;
        if (unquoted.startsWith(u'"'))
            unquoted = unquoted.mid(1, unquoted.size() - 2).replace(u"\"\""_s, u"\""_s);
        QVERIFY2(unquoted.startsWith(u'\''), qPrintable(cell));
        QCOMPARE(unquoted.mid(1), text);
        QCOMPARE(hwdb::csvCell(u"-12.50"_s), u"-12.50"_s); // a number stays a number
        QCOMPARE(hwdb::csvCell(u"H200 \"8 x\", 141GB"_s), u"\"H200 \"\"8 x\"\", 141GB\""_s);
    }

    // The exported price list opened by a real spreadsheet (Gnumeric's ssconvert): every hostile cell
    // comes back as the text that was stored, never as a computed value; the same text written raw
    // would be evaluated (the check can fail).
    void exportedPricesOpenAsTextInASpreadsheet()
    {
        const QString ssconvert = QStandardPaths::findExecutable(u"ssconvert"_s);
        if (ssconvert.isEmpty())
            QSKIP("ssconvert (gnumeric) is not installed; .ci/install-deps installs it");
        QTemporaryDir dir;
        const QStringList hostile = {u"=1+1"_s, u"=cmd|' /C calc'!A0"_s, u"@SUM(1;2)"_s, u"+2+3"_s, u"-4+1"_s, u"＝5+5"_s};
        hw::Catalog c;
        for (const QString &h : hostile)
            c.prices.push_back({hw::PartKind::Gpu, "h200", h.toStdString(), 1000, "CNY", "new", "2026-11-01", h.toStdString(), h.toStdString()});
        const QString csv = dir.filePath(u"prices.csv"_s);
        QString error;
        QVERIFY2(hwdb::exportPriceCsv(c, csv, &error), qPrintable(error));
        const QString out = dir.filePath(u"out.csv"_s);
        QProcess p;
        p.start(ssconvert, {csv, out});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString values = QString::fromUtf8(f.readAll());
        for (const QString &h : hostile)
            QVERIFY2(values.contains(h.normalized(QString::NormalizationForm_KC) == h ? h : h), qPrintable(h + u" missing in "_s + values));
        QVERIFY2(!values.contains(u"\n2,"_s) && !values.contains(u",2,"_s), qPrintable(values));
        // Control: the raw cell is evaluated by the same spreadsheet.
        QFile raw(dir.filePath(u"raw.csv"_s));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("a\n=1+1\n");
        raw.close();
        QProcess control;
        control.start(ssconvert, {raw.fileName(), dir.filePath(u"raw-out.csv"_s)});
        QVERIFY(control.waitForFinished(60000));
        QFile evaluated(dir.filePath(u"raw-out.csv"_s));
        QVERIFY(evaluated.open(QIODevice::ReadOnly));
        QCOMPARE(evaluated.readAll().trimmed(), QByteArray("a\n2"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
