#include "testcatalog.h"

#include "db/pricecsv.h"

using namespace Qt::StringLiterals;

// These tests are about the price history: read all of it, not only the latest prices.
constexpr auto kAllPrices = hwdb::CatalogDatabase::PriceHistory::All;

class TestPriceCsv final : public QObject
{
    Q_OBJECT

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private slots:
    void importChineseTabsBomFullWidthAndHistory()
    {
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const int before = int(c.prices.size());
        // UTF-8 BOM, tab separated, Chinese headers and values, a full-width price.
        const QByteArray csv = "\xEF\xBB\xBF" "类别\t型号\t供应商\t单价\t币种\t成色\t报价日期\t来源\t备注\n"
                               "显卡\tRTX 4090\t某供应商\t１３５００\t元\t全新\t2026/11/01\t报价单 Q-1\t含税\n"
                               "cpu\txeon-6454s\tX\t9800\tCNY\t二手\t2026-11-02\tquote Q-2\t\n";
        const QString path = write(dir, u"p.csv"_s, csv);
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY2(hwdb::importPriceCsv(db, path, c, false, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 2);
        QVERIFY(db.load(&c, kAllPrices));
        QCOMPARE(int(c.prices.size()), before + 2);
        // Importing the same list again changes nothing; a new quote adds a row and keeps the old one.
        hwdb::PriceImportResult again;
        QVERIFY(hwdb::importPriceCsv(db, path, c, false, &again, &error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 2);
        const QString newer = write(dir, u"q.csv"_s, "kind,part,price,currency,condition,date,source\ngpu,rtx-4090,12800,CNY,new,2026-11-15,quote Q-3\n");
        QVERIFY(hwdb::importPriceCsv(db, newer, c, false, &again, &error));
        QVERIFY(db.load(&c, kAllPrices));
        QCOMPARE(int(c.prices.size()), before + 3);
        const auto book = hwdb::makePriceBook(c, hw::CostSettings());
        QCOMPARE(book->latest(hw::PartKind::Gpu, "rtx-4090")->amount, 12800.0);
    }

    // A list in euros imports (the catalog has EUR rates) and prices the part at the seeded rate nearest its
    // date, naming that rate in the source; the rate table comes from the catalog, not from this test.
    void euroListConvertsAtTheCatalogRate()
    {
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const QString path = write(dir, u"e.csv"_s, "kind,part,price,currency,condition,date,source\ngpu,mi325x,20000,eur,new,2026-06-01,quote E-1\n");
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY2(hwdb::importPriceCsv(db, path, c, false, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 1);
        QVERIFY(db.load(&c));
        const hw::ExchangeRate *expected = nullptr; // the seeded EUR rate nearest 2026-06-01
        int best = 0, june = 0, d = 0;
        hw::parseIsoDate("2026-06-01", &june);
        for (const hw::ExchangeRate &x : c.exchangeRates)
            if (x.currency == "EUR" && hw::parseIsoDate(x.date, &d) && (!expected || std::abs(d - june) < best)) {
                expected = &x;
                best = std::abs(d - june);
            }
        QVERIFY(expected);
        const auto book = hwdb::makePriceBook(c, hw::CostSettings());
        const auto q = book->latest(hw::PartKind::Gpu, "mi325x");
        QVERIFY(q);
        QCOMPARE(q->currency, std::string("EUR"));
        QVERIFY(qAbs(q->amount - 20000 * expected->cnyPerUnit) < 1e-6);
        QCOMPARE(q->rateDate, expected->date);
        QVERIFY(q->source.find("rate of " + expected->date) != std::string::npos);
    }

    void badRowLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        const QByteArray head = "kind,part,vendor,price,currency,condition,date,source\n";
        QTest::newRow("negative price") << QByteArray(head + "gpu,h200,A,190000,CNY,new,2026-11-01,q1\ngpu,h100-sxm,B,-5,CNY,new,2026-11-01,q2\n") << u":3:4: price"_s;
        QTest::newRow("unknown part") << QByteArray(head + "gpu,h300,A,190000,CNY,new,2026-11-01,q1\n") << u":2:2: part"_s;
        QTest::newRow("bad date") << QByteArray(head + "gpu,h200,A,190000,CNY,new,2026-02-30,q1\n") << u":2:7: date"_s;
        QTest::newRow("no source") << QByteArray(head + "gpu,h200,A,190000,CNY,new,2026-11-01,\n") << u":2:8: source"_s;
        QTest::newRow("currency without an exchange rate") << QByteArray(head + "gpu,h200,A,190000,BRL,new,2026-11-01,q\n") << u":2:5: currency"_s;
        QTest::newRow("quoted field with a line break keeps line numbers")
            << QByteArray(head + "gpu,h200,\"A\nB\",190000,CNY,new,2026-11-01,q\ngpu,h200,C,1,XXX,new,2026-11-01,q\n") << u":4:5: currency"_s;
        QTest::newRow("missing column") << QByteArray("kind,part,price\n") << u":1: missing column 'currency'"_s;
        QTest::newRow("decimal comma is not 18,500,050") << QByteArray(head + "gpu,h200,A,\"185000,50\",CNY,new,2026-11-01,q\n") << u":2:4: price"_s;
        QTest::newRow("European number") << QByteArray(head + "gpu,h200,A,\"1.850,50\",CNY,new,2026-11-01,q\n") << u":2:4: price"_s;
        QTest::newRow("dated in the future") << QByteArray(head + "gpu,h200,A,190000,CNY,new,9999-12-31,q\n") << u":2:7: date"_s;
        QTest::newRow("over-long source") << QByteArray(head + "gpu,h200,A,190000,CNY,new,2026-11-01," + QByteArray(5000, 'x') + "\n") << u":2:8: source"_s;
    }
    void badRowLeavesTheDatabaseUnchanged()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const std::size_t before = c.prices.size();
        const QString path = write(dir, u"bad.csv"_s, csv);
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY(!hwdb::importPriceCsv(db, path, c, false, &r, &error));
        QVERIFY2(error.startsWith(path + where), qPrintable(error));
        QVERIFY(db.load(&c, kAllPrices));
        QCOMPARE(c.prices.size(), before);
    }

    void hostileTextIsStoredAsText_data()
    {
        QTest::addColumn<int>("column"); // 2 vendor, 7 source, 8 note
        QTest::addColumn<QString>("text");
        const QStringList hostile = {u"x'); DROP TABLE prices; --"_s, u"\" OR 1=1 --"_s, u"Robert'); DELETE FROM gpus;--"_s,
                                     u"tab\tbell\u0007escape\u001b[31m"_s, u"%1 %n %s \\ ' \""_s, u"报价'; 删除"_s};
        for (int column : {2, 7, 8})
            for (qsizetype i = 0; i < hostile.size(); ++i)
                QTest::addRow("column %d, string %lld", column, qlonglong(i)) << column << hostile[i];
    }
    void hostileTextIsStoredAsText()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const std::size_t gpus = c.gpus.size(), prices = c.prices.size();
        QStringList row = {u"gpu"_s, u"h200"_s, u"v"_s, u"185000"_s, u"CNY"_s, u"new"_s, u"2026-11-01"_s, u"source"_s, u"note"_s};
        row[column] = text;
        for (QString &cell : row)
            cell = u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"'; // CSV quoting keeps tabs and quotes inside the field
        const QString path = write(dir, u"h.csv"_s, "kind,part,vendor,price,currency,condition,date,source,note\n" + row.join(u',').toUtf8() + "\n");
        hwdb::PriceImportResult r;
        QString error;
        const bool imported = hwdb::importPriceCsv(db, path, c, false, &r, &error);
        hw::Catalog after;
        QVERIFY(db.load(&after, kAllPrices));
        QCOMPARE(after.gpus.size(), gpus); // no statement ran but the insert
        if (!imported) {
            QVERIFY2(error.startsWith(path + u":2:"_s), qPrintable(error)); // refused with file:line:column
            QCOMPARE(after.prices.size(), prices);
            return;
        }
        QCOMPARE(after.prices.size(), prices + 1);
        const auto stored = std::find_if(after.prices.begin(), after.prices.end(), [](const hw::PriceRecord &p) { return p.amount == 185000 && p.partId == "h200" && p.date == "2026-11-01"; });
        QVERIFY(stored != after.prices.end());
        const std::string expected = text.normalized(QString::NormalizationForm_KC).trimmed().toStdString();
        const std::string got = column == 2 ? stored->vendor : column == 7 ? stored->source : stored->note;
        QCOMPARE(QString::fromStdString(got), QString::fromStdString(expected));
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const std::size_t before = c.prices.size();
        const QString path = write(dir, u"p.csv"_s, "kind,part,price,currency,condition,date,source\ngpu,h20,105000,CNY,new,2026-11-01,q\n");
        hwdb::PriceImportResult r;
        QString error;
        QVERIFY(hwdb::importPriceCsv(db, path, c, true, &r, &error));
        QCOMPARE(r.added, 1);
        QVERIFY(db.load(&c, kAllPrices));
        QCOMPARE(c.prices.size(), before);
    }

    void exportOpensInExcelAndReimportsUnchanged()
    {
        QTemporaryDir dir;
        hwdb::CatalogDatabase db(dir.filePath(u"c.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c, kAllPrices));
        const QString path = dir.filePath(u"out.csv"_s);
        QString error;
        QVERIFY2(hwdb::exportPriceCsv(c, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "kind,part,vendor,price,currency,condition,date,source,note\r\n"));
        QVERIFY(bytes.contains("DeepSeek R1 低成本本地部署方案介绍")); // a source cited by the article's title
        hwdb::PriceImportResult r;
        QVERIFY2(hwdb::importPriceCsv(db, path, c, false, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged, int(c.prices.size()));
        QVERIFY(!hwdb::exportPriceCsv(c, u"/nonexistent-dir/out.csv"_s, &error));
        QVERIFY(error.startsWith(u"/nonexistent-dir/out.csv: cannot write"_s));
    }
};

QTEST_GUILESS_MAIN(TestPriceCsv)
#include "tst_pricecsv.moc"
