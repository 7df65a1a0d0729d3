// The offer corpus (tests/data/offers, written from public 2025 listings; see its README and each
// entry's "source"): one row per offer, the verdict against the expected one. No honest offer may be
// called impossible. Rows listed in known_misses.txt are expected failures until the reading improves.
// Also: inputs that must be refused or answered quickly (long digit runs, 10 MB, UTF-16, GB18030).

#include "testcatalog.h"

#include "db/claimfile.h"
#include "model/claims.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

class TestOffers final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;
    QSet<QString> m_misses;

    QString verdictOf(const QByteArray &bytes, QString *problem, QByteArray *report = nullptr)
    {
        QString text;
        if (!hwdb::decodeOfferText(bytes, &text, problem))
            return u"refused"_s;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(m_cat.catalog, s);
        const hw::Claim claim = hwdb::claimFromText(text, m_cat.catalog);
        const hw::ClaimReport r = hw::checkClaim(claim, m_cat.catalog, *book, s);
        if (report)
            *report = QJsonDocument(hwdb::reportToJson(r, claim)).toJson(QJsonDocument::Indented);
        return QString::fromStdString(r.verdict);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cat.ok, qPrintable(m_cat.error));
        QFile misses(QStringLiteral(HWPLANNER_TEST_DATA "/offers/known_misses.txt"));
        QVERIFY(misses.open(QIODevice::ReadOnly));
        for (const QByteArray &line : misses.readAll().split('\n'))
            if (!line.startsWith('#') && !line.trimmed().isEmpty())
                m_misses.insert(QString::fromUtf8(line.split(' ').first()));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("honest");
        QTest::addColumn<QString>("expected");
        QFile f(QStringLiteral(HWPLANNER_TEST_DATA "/offers/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"id"_s).toString())) << o.value(u"file"_s).toString() << o.value(u"honest"_s).toBool()
                                                                   << o.value(u"expected_verdict"_s).toString();
        }
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(bool, honest);
        QFETCH(QString, expected);
        QFile f(QStringLiteral(HWPLANNER_TEST_DATA "/offers/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString problem;
        QByteArray report;
        const QString verdict = verdictOf(f.readAll(), &problem, &report);
        // HWPLANNER_OFFER_REPORT=1 prints what was read and found for each row that misses.
        if (verdict != expected && qEnvironmentVariableIsSet("HWPLANNER_OFFER_REPORT"))
            qInfo().noquote() << report;
        if (honest)
            QVERIFY2(verdict != u"impossible", "an honest offer called impossible");
        if (m_misses.contains(QString::fromLatin1(QTest::currentDataTag())))
            QEXPECT_FAIL("", "known miss (known_misses.txt)", Continue);
        QCOMPARE(verdict, expected);
    }

    // The whole corpus at once: no honest offer called impossible, and the count right printed (it is
    // the rows minus the known misses, or the misses list is stale).
    void corpusAsAWhole()
    {
        QFile f(QStringLiteral(HWPLANNER_TEST_DATA "/offers/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0, right = 0;
        QStringList accused;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject o = v.toObject();
            QFile offer(QStringLiteral(HWPLANNER_TEST_DATA "/offers/") + o.value(u"file"_s).toString());
            QVERIFY(offer.open(QIODevice::ReadOnly));
            QString problem;
            const QString verdict = verdictOf(offer.readAll(), &problem);
            ++rows;
            right += verdict == o.value(u"expected_verdict"_s).toString();
            if (o.value(u"honest"_s).toBool() && verdict == u"impossible")
                accused << o.value(u"id"_s).toString();
        }
        qInfo().noquote() << u"offer corpus: %1 of %2 verdicts right (%3%)"_s.arg(right).arg(rows).arg(100.0 * right / std::max(1, rows), 0, 'f', 1);
        QVERIFY2(accused.isEmpty(), qPrintable(u"honest offers called impossible: "_s + accused.join(u", "_s)));
        QCOMPARE(right, rows - int(m_misses.size()));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("verdict"); // "refused" = exit 2 with a message
        const QString offer = u"满血版 DeepSeek R1，8卡H20 141G，32 并发时每路约 20 tokens/s，全新，三年质保"_s;
        QTest::newRow("50,000 digits") << QByteArray(50000, '7') << u"unverifiable"_s;
        QTest::newRow("digits, commas and dots") << QByteArray("1,").repeated(60000) + QByteArray(".5").repeated(20000) << u"unverifiable"_s;
        QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'a') << u"refused"_s;
        QTest::newRow("empty") << QByteArray() << u"refused"_s;
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(offer.utf16()), offer.size() * 2)
                                         << u"plausible"_s;
        QStringEncoder gb("GB18030");
        if (gb.isValid())
            QTest::newRow("GB18030") << QByteArray(gb.encode(offer)) << u"plausible"_s;
        QTest::newRow("invalid bytes") << QByteArray("\xC3\x28\xA0\xA1\xFF\xFE\xFD", 7).repeated(10) << u"refused"_s;
    }
    void hostileInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, verdict);
        QElapsedTimer timer;
        timer.start();
        QString problem;
        QCOMPARE(verdictOf(bytes, &problem), verdict);
        if (verdict == u"refused")
            QVERIFY(!problem.isEmpty());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
