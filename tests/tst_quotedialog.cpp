// The quote dialog and the quotes it writes from the main window: the current and pinned builds, the
// language chosen in the dialog whatever the interface's, the stored-quotes list.

#include "guifixture.h"

class TestQuoteDialog final : public GuiTestCase
{
    Q_OBJECT

private slots:
    void quotesFromCurrentAndPinnedBuilds()
    {
        hwui::MainWindow w;
        w.pinCurrent();
        auto *gpu = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"gpu.count"_s));
        gpu->setValue(2);
        QStringList names;
        const QList<hw::Build> builds = w.quoteCandidates(&names);
        QCOMPARE(builds.size(), 2);
        QCOMPARE(names.size(), 2);
        QCOMPARE(builds[0].gpusPerNode, 2); // the current build first, then the pinned one
        QCOMPARE(builds[1].gpusPerNode, 1);

        hwui::QuoteDialog dialog(names, builds[0].workload, false, &w);
        QCOMPARE(dialog.chosen(), (QList<int>{0, 1}));
        QCOMPARE(dialog.options().vatRate, 0.13);
        QCOMPARE(dialog.options().validityDays, 30);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"quote-dialog"_s);
        dialog.hide();

        hwdb::QuoteOptions options = dialog.options();
        options.company = u"Example Co"_s;
        QString number, error;
        const QString pdf = m_dir.filePath(u"gui-quote.pdf"_s);
        QVERIFY2(w.writeQuote(builds, options, false, pdf, &number, &error), qPrintable(error));
        QVERIFY(number.startsWith(u"Q-"_s));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QVERIFY(!w.writeQuote(builds, options, false, m_dir.filePath(u"nowhere/q.pdf"_s), &number, &error));
        QVERIFY(error.contains(u"nowhere"_s));

        // The register lists it with its file; exporting it again writes the same PDF text.
        hwui::QuotesDialog quotes(QString::fromUtf8(qgetenv("HWPLANNER_CATALOG")), &w);
        QAbstractItemModelTester tester(quotes.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(quotes.view()->model()->rowCount(), 1);
        QCOMPARE(quotes.view()->model()->index(0, 0).data().toString(), number);
        QCOMPARE(quotes.view()->model()->index(0, 5).data().toString(), pdf);
        const QString again = m_dir.filePath(u"gui-again.pdf"_s);
        QVERIFY2(quotes.exportAgain(0, again, &error), qPrintable(error));
        QCOMPARE(quotes.view()->model()->index(0, 5).data().toString(), again);
        QVERIFY(QFileInfo(again).size() > 10000);
        quotes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&quotes));
        shoot(&quotes, u"quotes"_s);
    }

    // English chosen in the dialog of a Chinese interface: the quote is stored as "en" and its PDF is in
    // English (the interface's translator must not answer for the quote).
    void englishQuoteFromAChineseInterface()
    {
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&zh);
        hwui::MainWindow w;
        QStringList names;
        QList<hw::Build> builds = w.quoteCandidates(&names);
        builds[0].name = "Office build"; // a name, not the translated "untitled"
        hwui::QuoteDialog dialog(names, builds[0].workload, false, &w);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), u"zh_CN"_s); // the interface's language is proposed
        language->setCurrentIndex(language->findData(u"en"_s));
        const hwdb::QuoteOptions options = dialog.options();
        QCOMPARE(options.language, u"en"_s);
        QString number, error;
        const QString pdf = m_dir.filePath(u"english-from-chinese.pdf"_s);
        const bool written = w.writeQuote(builds, options, false, pdf, &number, &error);
        const QString interfaceText = QCoreApplication::translate("hwui::ResultsView", "&Memory");
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(previous);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(interfaceText, u"内存(&M)"_s); // the interface stays Chinese after the export
        hwdb::CatalogDatabase db(QString::fromUtf8(qgetenv("HWPLANNER_CATALOG")));
        QVERIFY(db.open());
        hwdb::StoredQuote stored;
        QVERIFY2(hwdb::QuoteStore(db).load(number, &stored, &error), qPrintable(error));
        QCOMPARE(stored.language, u"en"_s);
        QProcess p;
        p.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"Quote number"_s) && text.contains(u"Valid until"_s), qPrintable(text.left(2000)));
        // Price sources may be Chinese articles (data); the quote's own words must all be English.
        for (const char *source : {"Quote number", "Valid until", "Prepared by", "Model and precision", "How the figures were computed", "Subtotal"}) {
            const QString chinese = zh.translate("hwui", source);
            QVERIFY2(!chinese.isEmpty(), source);
            QVERIFY2(!text.contains(chinese), qPrintable(chinese));
            QVERIFY2(text.contains(QLatin1String(source)), source);
        }
    }
};

QTEST_MAIN(TestQuoteDialog)
#include "tst_quotedialog.moc"
