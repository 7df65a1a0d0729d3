// The catalog dialog, offscreen: edits validated by the schema and undoable, human column headers and
// locale numbers, figures the vendor does not publish shown as such, and the price form.
// With HWPLANNER_SCREENSHOTS=DIR it also saves a PNG of the dialog.

#include "guifixture.h"

class TestCatalogDialog final : public GuiTestCase
{
    Q_OBJECT

private slots:
    void catalogEditsAreValidatedAndUndoable()
    {
        hwui::CatalogDialog dialog(m_dir.filePath(u"catalog.sqlite"_s));
        QVERIFY(dialog.width() <= hwui::availableSize(&dialog).width() && dialog.height() <= hwui::availableSize(&dialog).height());
        dialog.resize(1366, 768); // the screenshots show an office laptop's screen
        QSqlTableModel *gpus = dialog.table(u"gpus"_s);
        QVERIFY(gpus && gpus->rowCount() >= 25);
        QAbstractItemModelTester tester(gpus, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto cell = [&](const QString &id, const QString &column) {
            for (int r = 0; r < gpus->rowCount(); ++r)
                if (gpus->record(r).value(u"id"_s).toString() == id)
                    return gpus->record(r).value(column);
            return QVariant();
        };
        const QString source = cell(u"h200"_s, u"source"_s).toString();
        // The schema refuses an impossible value: nothing changes and the error names table, row and column.
        QVERIFY(!dialog.setCell(u"gpus"_s, u"h200"_s, u"memory_gb"_s, -5));
        QVERIFY(dialog.lastError().contains(u"gpus"_s) && dialog.lastError().contains(u"h200"_s) && dialog.lastError().contains(u"memory_gb"_s));
        QCOMPARE(cell(u"h200"_s, u"memory_gb"_s).toDouble(), 141.0);
        QCOMPARE(dialog.undoStack()->count(), 0);
        // An accepted edit is re-sourced as the user's; undo restores the value and the source.
        QVERIFY(dialog.setCell(u"gpus"_s, u"h200"_s, u"memory_gb"_s, 144.0));
        QCOMPARE(cell(u"h200"_s, u"memory_gb"_s).toDouble(), 144.0);
        QVERIFY(cell(u"h200"_s, u"source"_s).toString().startsWith(u"user edit (was: "_s));
        dialog.undoStack()->undo();
        QCOMPARE(cell(u"h200"_s, u"memory_gb"_s).toDouble(), 141.0);
        QCOMPARE(cell(u"h200"_s, u"source"_s).toString(), source);
        // SQL in a text field is stored as text.
        QVERIFY(dialog.setCell(u"gpus"_s, u"h200"_s, u"note"_s, u"x'); DROP TABLE gpus; --"_s));
        QCOMPARE(cell(u"h200"_s, u"note"_s).toString(), u"x'); DROP TABLE gpus; --"_s);
        // New rows, and their undo.
        const int rows = gpus->rowCount();
        QVERIFY2(dialog.addRow(u"gpus"_s), qPrintable(dialog.lastError()));
        QCOMPARE(gpus->rowCount(), rows + 1);
        dialog.undoStack()->undo();
        QCOMPARE(gpus->rowCount(), rows);
        // A BF16 figure the vendor does not publish is stored as 0 and shown as "not published", not as a value.
        const int bf16 = gpus->record().indexOf(u"bf16_tflops"_s);
        const hwui::LocaleNumberDelegate *unpublished = nullptr;
        for (QTableView *view : dialog.findChildren<QTableView *>())
            if (auto *d = qobject_cast<hwui::LocaleNumberDelegate *>(view->itemDelegateForColumn(bf16)))
                unpublished = d;
        QVERIFY(unpublished);
        QCOMPARE(unpublished->displayText(QVariant(0.0), QLocale()), QCoreApplication::translate("hwui::CatalogColumns", "not published"));
        QCOMPARE(unpublished->displayText(QVariant(qlonglong(0)), QLocale()), QCoreApplication::translate("hwui::CatalogColumns", "not published"));
        QCOMPARE(unpublished->displayText(QVariant(500.0), QLocale()), QLocale().toString(500.0, 'f', 0));
        // Prices are history: not edited in place.
        QVERIFY(!dialog.setCell(u"prices"_s, u"1"_s, u"price"_s, 1.0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"catalog"_s);
    }

    // A price typed into the form: refused with the field named when it is not a real, sourced, dated quote;
    // stored in the history when it is, and undo takes it back.
    void priceFormValidates_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("refusal"); // the message's source text (it names the field), "" = accepted
        QTest::addColumn<QStringList>("args");
        const QString future = QDate::currentDate().addDays(2).toString(Qt::ISODate);
        QTest::newRow("valid") << u"l20"_s << 95000.0 << 3 << u"quote Q-2026-117"_s << QString() << QStringList();
        QTest::newRow("zero price") << u"l20"_s << 0.0 << 3 << u"quote"_s << u"Price: must be more than 0"_s << QStringList();
        QTest::newRow("negative price") << u"l20"_s << -5.0 << 3 << u"quote"_s << u"Price: must be more than 0"_s << QStringList();
        QTest::newRow("date in the future") << u"l20"_s << 95000.0 << -2 << u"quote"_s
                                            << u"Date: %1 is in the future; a price is dated when it was quoted"_s << QStringList{future};
        QTest::newRow("no source") << u"l20"_s << 95000.0 << 3 << u"   "_s
                                   << u"Source: required (URL, quote number or document), so the price can be checked"_s << QStringList();
        QTest::newRow("unknown part") << u"a100-81g"_s << 95000.0 << 3 << u"quote"_s << u"Part: no %1 \"%2\" in the catalog"_s
                                      << QStringList{u"gpu"_s, u"a100-81g"_s};
    }

    void priceFormValidates()
    {
        QFETCH(QString, part);
        QFETCH(double, amount);
        QFETCH(int, daysAgo);
        QFETCH(QString, source);
        QFETCH(QString, refusal);
        QFETCH(QStringList, args);
        hwui::CatalogDialog dialog(m_dir.filePath(u"priceform.sqlite"_s));
        QSqlTableModel *prices = dialog.table(u"prices"_s);
        QVERIFY(prices);
        const int rows = prices->rowCount();
        hw::PriceRecord r;
        r.kind = hw::PartKind::Gpu;
        r.partId = part.toStdString();
        r.amount = amount;
        r.currency = "CNY";
        r.condition = "new";
        r.date = QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate).toStdString();
        r.source = source.toStdString();
        const bool ok = dialog.addPrice(r);
        QCOMPARE(ok, refusal.isEmpty());
        if (!ok) {
            QString expected = QCoreApplication::translate("hwui::CatalogDialog", refusal.toUtf8().constData());
            for (const QString &a : args)
                expected = expected.arg(a);
            QCOMPARE(dialog.lastError(), expected);
            QCOMPARE(prices->rowCount(), rows);
            QCOMPARE(dialog.undoStack()->count(), 0);
            return;
        }
        QCOMPARE(prices->rowCount(), rows + 1);
        hwdb::CatalogDatabase db(m_dir.filePath(u"priceform.sqlite"_s));
        hw::Catalog c;
        QVERIFY(db.open() && db.load(&c));
        const auto book = hwdb::makePriceBook(c, hw::CostSettings());
        QCOMPARE(book->latest(hw::PartKind::Gpu, r.partId)->amount, 95000.0);
        dialog.undoStack()->undo();
        QCOMPARE(prices->rowCount(), rows);
        QVERIFY(db.load(&c));
        QVERIFY2(!hwdb::makePriceBook(c, hw::CostSettings())->latest(hw::PartKind::Gpu, r.partId), "the test's part must be one the seed has no price for");
        dialog.undoStack()->redo();
        QCOMPARE(prices->rowCount(), rows + 1);
        // The form itself, filled as a user would: the same record.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(dialog.tabs()->count() - 1);
        QVERIFY(dialog.findChild<QWidget *>(u"addPriceForm"_s));
        QCOMPARE(dialog.priceFromForm().condition, std::string("new"));
        shoot(&dialog, u"catalog-prices"_s);
    }

    // The form offers the currencies the catalog has exchange rates for, and refuses one it has none for.
    void priceFormTakesRatedCurrencies()
    {
        hwui::CatalogDialog dialog(m_dir.filePath(u"pricecurrency.sqlite"_s));
        auto *currency = dialog.findChild<QComboBox *>(u"priceCurrency"_s);
        QVERIFY(currency);
        QVERIFY(currency->findData(u"EUR"_s) >= 0);
        QVERIFY(currency->findData(u"BRL"_s) < 0);
        hw::PriceRecord r;
        r.kind = hw::PartKind::Gpu;
        r.partId = "l20";
        r.amount = 4000;
        r.condition = "new";
        r.date = QDate::currentDate().addDays(-3).toString(Qt::ISODate).toStdString();
        r.source = "test quote";
        r.currency = "BRL";
        QVERIFY(!dialog.addPrice(r));
        QCOMPARE(dialog.lastError(), QCoreApplication::translate("hwui::CatalogDialog", "Currency: CNY, USD or one the catalog has an exchange rate for"));
        r.currency = "EUR";
        QVERIFY2(dialog.addPrice(r), qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(TestCatalogDialog)
#include "tst_catalogdialog.moc"
