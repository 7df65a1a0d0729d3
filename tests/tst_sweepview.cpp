// The sweep page: filters, the chart, the table of recommended builds with Load and Pin, names for
// readers, and results cleared when an input changes.

#include "guifixture.h"

#include "ui/topbuildsmodel.h"
#include "model/sweep.h"

#include <QSortFilterProxyModel>
#include <QStackedWidget>

class TestSweepView final : public GuiTestCase
{
    Q_OBJECT

private slots:
    void sweepRunsInTheBackgroundAndLoadsAPickedBuild()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        choose(w, u"model"_s, u"r1-distill-qwen-32b"_s);
        choose(w, u"quant"_s, u"q4_k_m"_s);
        choose(w, u"runtime"_s, u"llama.cpp"_s);
        qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s))->setValue(4);
        hwui::SweepView *sweep = w.sweepView();
        QAbstractItemModelTester tester(sweep->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(sweep, &hwui::SweepView::finished);
        auto *run = sweep->findChild<QPushButton *>();
        QVERIFY(run);
        // Before the first sweep a sentence says what to do, instead of empty axes.
        auto *message = sweep->findChild<QLabel *>(u"sweepChartMessage"_s);
        QVERIFY(message);
        auto *stack = qobject_cast<QStackedWidget *>(message->parentWidget());
        QVERIFY(stack && stack->currentWidget() == message && !message->text().isEmpty());
        run->click();
        QVERIFY(sweep->isRunning() || done.count() == 1);
        QVERIFY(done.wait(60000) || done.count() == 1);
        const hwui::SweepModel *m = sweep->model();
        QVERIFY(m->rowCount() > 10);
        QVERIFY(stack->currentWidget() != message); // the chart, now that it has points
        // Every mapped point is a model row; the frontier line holds exactly the frontier rows.
        int scattered = 0, frontier = 0, failing = 0;
        const QList<QAbstractSeries *> series = sweep->chart()->series();
        for (int i = 0; i < 4; ++i) // one scatter per placement
            scattered += qobject_cast<QScatterSeries *>(series.at(i))->count();
        for (int r = 0; r < m->rowCount(); ++r) {
            frontier += m->index(r, hwui::SweepModel::OnFrontier).data(hwui::RawValueRole).toBool();
            failing += m->index(r, hwui::SweepModel::FailsChecklist).data(hwui::RawValueRole).toBool();
        }
        QCOMPARE(scattered, m->rowCount());
        QCOMPARE(qobject_cast<QScatterSeries *>(series.at(4))->count(), failing); // ringed: fails a checklist rule
        QVERIFY(failing > 0);
        auto *line = qobject_cast<QLineSeries *>(series.at(5));
        QCOMPARE(line->count(), frontier);
        w.results()->tabs()->setCurrentWidget(sweep);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(300); // the chart lays its series out on the next event-loop turns
        shoot(&w, u"main-sweep"_s);
        // Choosing a point loads that build into the editor, as one undoable edit.
        const hw::Build picked = hw::sweepBuild(*m->catalog(), m->target(), m->point(m->rowCount() - 1));
        const int undoSteps = w.document()->undoStack()->count();
        emit sweep->buildChosen(picked);
        QCOMPARE(w.document()->value(u"runtime"_s).toString(), QString::fromStdString(picked.runtime.id));
        QCOMPARE(w.document()->value(u"quant"_s).toString(), QString::fromStdString(picked.quant.id));
        QCOMPARE(w.document()->undoStack()->count(), undoSteps + 1);
    }

    // The table's model alone: rows, sorting by the raw numbers, and incomplete capex after the complete
    // ones whichever way the column is sorted.
    void topBuildsModelSortsIncompleteLast()
    {
        hwui::TopBuildsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<hwui::TopBuildsModel::Row> rows;
        const auto row = [](const char *name, double capex, bool complete, double perUser, int served) {
            hwui::TopBuildsModel::Row r;
            r.build.name = name;
            r.capex = capex;
            r.complete = complete;
            r.unpriced = complete ? 0 : 2;
            r.perUser = perUser;
            r.aggregate = perUser * served;
            r.usersServed = served;
            if (complete)
                r.costPerUser = capex / served;
            return r;
        };
        rows.push_back(row("b", 300000, true, 20, 10));
        rows.push_back(row("a", 1000, false, 30, 10)); // a lower bound: must not look cheapest
        rows.push_back(row("c", 100000, true, 15, 5));
        rows.push_back(row("d", 50000, false, 12, 4));
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(hwui::TopBuildsModel::ColumnCount));
        QVERIFY(model.headerData(hwui::TopBuildsModel::Capex, Qt::Horizontal).toString().contains(u"CNY"_s));
        QVERIFY(model.headerData(hwui::TopBuildsModel::PerUser, Qt::Horizontal).toString().contains(u"tok/s"_s));
        QVERIFY(model.index(1, hwui::TopBuildsModel::Capex).data().toString().startsWith(u"≥"_s));
        QVERIFY(!model.index(1, hwui::TopBuildsModel::CostPerUser).data(hwui::RawValueRole).isValid());
        hwui::TopBuildsProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(hwui::RawValueRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto names = [&] {
            QString out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out += proxy.index(r, hwui::TopBuildsModel::Name).data(hwui::RawValueRole).toString();
            return out;
        };
        proxy.sort(hwui::TopBuildsModel::Capex, Qt::AscendingOrder);
        QCOMPARE(names(), u"cbad"_s);
        proxy.sort(hwui::TopBuildsModel::Capex, Qt::DescendingOrder);
        QCOMPARE(names(), u"bcda"_s);
        proxy.sort(hwui::TopBuildsModel::CostPerUser, Qt::AscendingOrder);
        QCOMPARE(names().left(2), u"cb"_s); // 20,000 then 30,000 per user, then the two not known
        proxy.sort(hwui::TopBuildsModel::CostPerUser, Qt::DescendingOrder);
        QCOMPARE(names().left(2), u"bc"_s);
        proxy.sort(hwui::TopBuildsModel::PerUser, Qt::DescendingOrder);
        QCOMPARE(names(), u"abcd"_s);
        proxy.sort(hwui::TopBuildsModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(), u"abcd"_s);
        model.setPinned(2, true);
        QVERIFY(model.row(2).pinned);
        QVERIFY(model.index(2, hwui::TopBuildsModel::Name).data(Qt::FontRole).value<QFont>().bold());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The rows of a real sweep name their parts as the catalog does, not by id.
    void topBuildsAreNamedForReaders()
    {
        TestCatalog cat;
        QVERIFY2(cat.ok, qPrintable(cat.error));
        hw::SweepTarget t;
        t.modelIds = {"deepseek-r1"};
        t.users = 50;
        t.minTpsPerUser = 14;
        t.top = 5;
        t.qualities = unsigned(hw::QualityClass::Full);
        t.newOnly = true;
        const hw::CostSettings s;
        const auto book = hwdb::makePriceBook(cat.catalog, s);
        const hw::SweepResult r = hw::sweep(cat.catalog, t, *book, s);
        const std::vector<hwui::TopBuildsModel::Row> rows = hwui::TopBuildsModel::rowsFor(cat.catalog, t, r, *book, s);
        QVERIFY(!rows.empty());
        hwui::TopBuildsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        for (const hwui::TopBuildsModel::Row &row : rows) {
            const QString name = QString::fromStdString(row.build.name);
            QVERIFY2(name.contains(QString::fromStdString(row.build.runtime.name)), qPrintable(name));
            if (row.build.gpu)
                QVERIFY2(name.contains(QString::fromStdString(row.build.gpu->name)), qPrintable(name));
            QVERIFY2(!name.contains(QString::fromStdString(row.build.quant.id) + u" on"_s) || row.build.quant.id == row.build.quant.name, qPrintable(name));
            QVERIFY(row.perUser >= t.minTpsPerUser);
            QCOMPARE(hw::qualityClass(row.build.model, row.build.quant), hw::QualityClass::Full);
        }
        for (std::size_t k = 1; k < r.recommended.size(); ++k) // the recommended come cheapest first
            QVERIFY(rows[k].capex >= rows[k - 1].capex);
    }

    // The page as a buyer uses it: filters, run, the table, Load, Pin, and results cleared when the workload changes.
    void filtersTableLoadPinAndStaleResults()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        choose(w, u"model"_s, u"r1-distill-qwen-32b"_s);
        auto *users = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s));
        users->setValue(4);
        hwui::SweepView *sweep = w.sweepView();
        auto *runtime = sweep->findChild<QComboBox *>(u"runtime"_s);
        QVERIFY(runtime && runtime->count() > 2);
        runtime->setCurrentIndex(runtime->findData(u"llama.cpp"_s));
        auto *vendor = sweep->findChild<QComboBox *>(u"vendorGroup"_s);
        vendor->setCurrentIndex(vendor->findData(u"NVIDIA"_s));
        QStringList names;
        const hw::SweepTarget target = sweep->targetFor(w.quoteCandidates(&names).first());
        QCOMPARE(target.runtimeIds, std::vector<std::string>{"llama.cpp"});
        QCOMPARE(target.vendorGroup, std::string("NVIDIA"));
        QSignalSpy done(sweep, &hwui::SweepView::finished);
        sweep->findChild<QPushButton *>()->click();
        QVERIFY(done.wait(120000) || done.count() == 1);
        hwui::TopBuildsModel *top = sweep->topBuilds();
        QVERIFY(top->rowCount() > 0);
        for (int r = 0; r < top->rowCount(); ++r) {
            QCOMPARE(top->row(r).build.runtime.id, std::string("llama.cpp"));
            QVERIFY(top->row(r).build.gpu);
            QCOMPARE(top->row(r).build.gpu->vendor, std::string("NVIDIA"));
        }
        // The summary names the cheapest build as the table does.
        QVERIFY2(sweep->statusText().contains(QString::fromStdString(top->row(0).build.gpu->name)), qPrintable(sweep->statusText()));
        w.results()->tabs()->setCurrentWidget(sweep);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(300);
        shoot(&w, u"sweep"_s);

        // Load: the build in the editor, one undoable edit.
        const int undoSteps = w.document()->undoStack()->count();
        sweep->topTable()->selectRow(0);
        const QModelIndex first = sweep->topTable()->model()->index(0, 0);
        const hw::Build loaded = top->row(qobject_cast<QSortFilterProxyModel *>(sweep->topTable()->model())->mapToSource(first).row()).build;
        sweep->loadRow(0);
        QCOMPARE(w.document()->value(u"quant"_s).toString(), QString::fromStdString(loaded.quant.id));
        QCOMPARE(w.document()->value(u"runtime"_s).toString(), QString::fromStdString(loaded.runtime.id));
        QCOMPARE(w.document()->undoStack()->count(), undoSteps + 1);
        QVERIFY(top->rowCount() > 0); // same model and workload: still current
        // Pin: joins the comparison and is drawn on the chart.
        const int pinnedBefore = w.compareModel()->columnCount();
        sweep->pinRow(0);
        QCOMPARE(w.compareModel()->columnCount(), pinnedBefore + 1);
        sweep->pinRow(0); // the same build again: not a second column (nor a second quote alternative)
        QCOMPARE(w.compareModel()->columnCount(), pinnedBefore + 1);
        QVERIFY(top->row(0).pinned || top->rowCount() > 1);
        QScatterSeries *pinned = nullptr;
        for (QAbstractSeries *s : sweep->chart()->series())
            if (s->name().startsWith(QCoreApplication::translate("hwui::SweepView", "Pinned builds")))
                pinned = qobject_cast<QScatterSeries *>(s);
        QVERIFY(pinned);
        QCOMPARE(pinned->count(), int(w.compareModel()->pinned().back().cost.complete()));
        // A changed workload clears the results and says so.
        users->setValue(9);
        QCOMPARE(top->rowCount(), 0);
        QCOMPARE(sweep->model()->rowCount(), 0);
        QVERIFY2(sweep->statusText().contains(u'9'), qPrintable(sweep->statusText()));
    }

    // Every control of the page is reached with Tab, in reading order.
    void tabReachesEveryControl()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        hwui::SweepView *sweep = w.sweepView();
        w.results()->tabs()->setCurrentWidget(sweep);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QList<QWidget *> wanted;
        for (QWidget *c : sweep->findChildren<QWidget *>())
            if (c->isVisible() && c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) && !qobject_cast<QAbstractScrollArea *>(c->parentWidget()))
                wanted << c;
        QVERIFY(wanted.size() > 8);
        QSet<QWidget *> reached;
        QWidget *start = sweep->findChild<QPushButton *>();
        start->setFocus(Qt::TabFocusReason);
        QWidget *f = start;
        for (int i = 0; i < 400; ++i) {
            reached.insert(f);
            f = f->nextInFocusChain();
            while (f && !(f->isVisible() && f->isEnabled() && (f->focusPolicy() & Qt::TabFocus)))
                f = f->nextInFocusChain();
            if (!f || f == start)
                break;
        }
        for (QWidget *c : wanted)
            QVERIFY2(reached.contains(c), qPrintable(QString::fromLatin1(c->metaObject()->className()) + u' ' + c->objectName()));
    }
};

QTEST_MAIN(TestSweepView)
#include "tst_sweepview.moc"
