// The "Check an offer" page in the Chinese interface: the checker's findings, the reasons behind each
// assumed or inferred field, the questions to ask and the verdict line are all shown translated (the
// model hands them over as messages, ui/ renders them with tr()). With HWPLANNER_SCREENSHOTS=DIR it
// saves the page as offerpage-zh_CN.png there.

#include "testcatalog.h"

#include "db/claimfile.h"
#include "ui/claimform.h"
#include "ui/claimmodels.h"
#include "ui/offerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestOfferPage final : public QObject
{
    Q_OBJECT

    TestCatalog m_cat;
    QTranslator m_zh;

    // Every word the page shows: labels, the findings table, combo boxes' current texts.
    static QString shown(hwui::OfferPage &page)
    {
        QString all;
        for (const QLabel *l : page.findChildren<QLabel *>())
            all += l->text() + u'\n';
        for (const QComboBox *b : page.findChildren<QComboBox *>())
            all += b->currentText() + u'\n';
        const QAbstractItemModel *m = page.findings();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                all += m->index(r, c).data().toString() + u'\n';
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cat.ok, qPrintable(m_cat.error));
        QVERIFY(m_zh.load(u":/i18n/hwplanner_zh_CN"_s));
        QCoreApplication::installTranslator(&m_zh);
        QFont font = QApplication::font();
        font.setFamilies({u"WenQuanYi Micro Hei"_s, font.family()});
        QApplication::setFont(font);
    }

    void readsChineseInTheChineseInterface_data()
    {
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("expectChinese"); // a phrase the page must show
        // Assumptions everywhere: an approximate quant, no RAM, one card counted; needs confirmation.
        QTest::newRow("assumptions") << u"DeepSeek V3 671B on a single NVIDIA RTX 4090 (24 GB, 1 TB/s): with 4-bit/8-bit quantization expect roughly 1 to 15 tokens per second."_s
                                     << u"unverifiable"_s << u"需确认"_s;
        // A verdict on the offer's own words, with the questions to ask.
        QTest::newRow("verdict") << u"满血版 DeepSeek R1 一体机，4卡4090，双路至强8480，1TB 内存，支持100人并发，每人 14 tokens/s，总吞吐 140 tokens/s，19.8万元"_s
                                 << u"impossible"_s << u"总吞吐至少等于用户数"_s;
    }
    void readsChineseInTheChineseInterface()
    {
        QFETCH(QString, offer);
        QFETCH(QString, verdict);
        QFETCH(QString, expectChinese);
        hwui::OfferPage page;
        page.resize(1366, 768);
        const hw::CostSettings settings;
        page.setCatalog(&m_cat.catalog, settings);
        page.setOfferText(offer);
        page.readText();
        QCOMPARE(page.verdict(), verdict);
        const QString text = shown(page);
        QVERIFY2(text.contains(expectChinese), qPrintable(text));
        // The checker's English sentences are not on the page: none of its words outside names and
        // the offer's own (the offer here is English in the first row, so only the checker's phrases).
        for (const QString &english : {u"assumed"_s, u"Needs confirmation"_s, u"read as"_s, u"Checked as"_s, u"not stated"_s, u"the catalog"_s,
                                       u"no concurrency"_s, u"precision not"_s, u"The planner"_s, u"Overall verdict"_s, u"Which "_s, u"What "_s})
            QVERIFY2(!text.contains(english), qPrintable(english + u" in:\n"_s + text));
        QVERIFY2(text.contains(u"总体结论"_s) || text.contains(u"结论"_s), qPrintable(text));
        const QString dir = qEnvironmentVariable("HWPLANNER_SCREENSHOTS");
        if (!dir.isEmpty()) {
            page.show();
            QCoreApplication::processEvents();
            QVERIFY(page.grab().save(dir + u"/offerpage-"_s + QString::fromLatin1(QTest::currentDataTag()) + u"-zh_CN.png"_s));
        }
    }
};

QTEST_MAIN(TestOfferPage)
#include "tst_offerpage.moc"
