// The desktop application, offscreen: edits flow through the document to the results, invalid values
// are marked at their field, charts hold the models' points, files round-trip, undo/redo restores.
// With HWPLANNER_SCREENSHOTS=DIR it also saves a PNG of every tab and dialog.

#include "guifixture.h"

#include <QAreaSeries>
#include <QWheelEvent>

class TestMainWindow final : public GuiTestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestCase::initTestCase();
        // Both translations are embedded and load.
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        QCOMPARE(zh.translate("hwui::ResultsView", "&Memory"), u"内存(&M)"_s);
    }

    // On a small screen (the offscreen one is 800 x 600) the main window opens at most its available size.
    void windowsOpenWithinTheScreen()
    {
        hwui::MainWindow w;
        const QSize room = hwui::availableSize(&w);
        QVERIFY2(w.width() <= room.width() && w.height() <= room.height(), qPrintable(u"%1x%2 in %3x%4"_s.arg(w.width()).arg(w.height()).arg(room.width()).arg(room.height())));
        hwui::QuotesDialog quotes(QString::fromUtf8(qgetenv("HWPLANNER_CATALOG")), &w);
        QVERIFY(quotes.width() <= room.width() && quotes.height() <= room.height());
    }

    // Tab leaves every control of every page: none keeps the focus (a text box that types a tab, a
    // table that cycles through its cells), so the keyboard reaches the whole window.
    void tabLeavesEveryControlOfEveryPage()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QStringList trapped;
        for (int tab = 0; tab < w.results()->tabs()->count(); ++tab) {
            w.results()->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QWidget *c : w.findChildren<QWidget *>()) {
                if (!c->isVisible() || !c->isEnabled() || !(c->focusPolicy() & Qt::TabFocus) || c->focusProxy())
                    continue;
                c->setFocus(Qt::TabFocusReason);
                if (QApplication::focusWidget() != c)
                    continue; // it passes the focus on to a child of its own
                QTest::keyClick(c, Qt::Key_Tab);
                if (QApplication::focusWidget() == c)
                    trapped << w.results()->tabs()->tabText(tab) + u": "_s + QString::fromLatin1(c->metaObject()->className()) + u' ' + c->objectName();
            }
        }
        trapped.removeDuplicates();
        QVERIFY2(trapped.isEmpty(), qPrintable(trapped.join(u"; "_s)));
    }

    void helpMenuHasTheGuideOnF1AndTheVersion()
    {
        hwui::MainWindow w;
        QAction *guide = nullptr;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                        guide = a;
        QVERIFY(guide);
        QVERIFY(hwui::HelpDialog::guideHtml().contains(QCoreApplication::translate("hwui::HelpDialog", "Glossary")));
    }

    void editingAFieldUpdatesTheResults()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        auto *users = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s));
        QVERIFY(users);
        const QString before = w.results()->headline()->text();
        QVERIFY(before.contains(u"tok/s"_s));
        users->setValue(8);
        QCOMPARE(w.document()->value(u"workload.users"_s).toInt(), 8);
        QVERIFY(w.results()->headline()->text() != before);
        auto *target = qobject_cast<QScatterSeries *>(w.results()->throughputChart()->series().at(4));
        QVERIFY(target);
        QCOMPARE(target->count(), 1);
        QCOMPARE(target->at(0).x(), 8.0); // the chart marks the new number of users
        QVERIFY(w.isWindowModified());
        shoot(&w, u"main-memory"_s);
        for (int tab = 1; tab < w.results()->tabs()->count(); ++tab) {
            w.results()->tabs()->setCurrentIndex(tab);
            shoot(&w, u"main-tab%1"_s.arg(tab));
        }
    }

    void invalidValueIsMarkedAtItsField()
    {
        hwui::MainWindow w;
        // A GPU count of zero cannot come from the spin box; a hand-edited file can hold one.
        w.document()->setValue(u"gpu.count"_s, 0);
        QWidget *field = w.editor()->fieldWidget(u"gpu.count"_s);
        QVERIFY(field->property("invalid").toBool());
        QVERIFY(field->toolTip().contains(u"between 1 and"_s));
        QVERIFY(w.results()->headline()->text().contains(u"gpu.count"_s));
        w.document()->undoStack()->undo();
        QVERIFY(!field->property("invalid").toBool());
    }

    void chartsHoldTheModelsPoints()
    {
        hwui::MainWindow w;
        hwui::ResultsView *r = w.results();
        const auto lines = r->throughputChart()->series();
        auto *perUser = qobject_cast<QLineSeries *>(lines.at(0));
        auto *aggregate = qobject_cast<QLineSeries *>(lines.at(1));
        QVERIFY(perUser && aggregate);
        QCOMPARE(perUser->count(), int(hwui::ConcurrencyModel::userSteps().size()));
        QCOMPARE(perUser->at(0).x(), 1.0);
        QCOMPARE(perUser->at(perUser->count() - 1).x(), 256.0);
        // The per-user line falls as users are added; the first aggregate point equals the first per-user point.
        QVERIFY(perUser->at(perUser->count() - 1).y() < perUser->at(0).y());
        QCOMPARE(aggregate->at(0).y(), perUser->at(0).y());
        // The held-out error range is drawn as a band around the per-user line, at every point of it.
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *s : r->throughputChart()->series())
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                band = a;
        QVERIFY(band && band->isVisible() && band->upperSeries() && band->lowerSeries());
        QCOMPARE(band->upperSeries()->count(), perUser->count());
        for (int i = 0; i < perUser->count(); ++i) {
            QVERIFY(band->lowerSeries()->at(i).y() < perUser->at(i).y() + 0.05);
            QVERIFY(band->upperSeries()->at(i).y() > perUser->at(i).y() - 0.05);
        }
        auto *bars = qobject_cast<QStackedBarSeries *>(r->memoryChart()->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 5); // weights, KV, overhead, what does not fit, free
        QCOMPARE(bars->barSets().at(0)->count(), r->memoryModel()->rowCount());
    }

    // The headline's verdict agrees with the numbers: fit and speed against the target in one sentence,
    // queued users said; a build that cannot run shows a message, not empty charts.
    void verdictAgreesWithTheNumbers()
    {
        hwui::MainWindow w;
        auto *users = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s));
        users->setValue(16); // the default hybrid build: 4 sequences at once, well under 6 tok/s each
        const QString slow = w.results()->headline()->text();
        // In the interface's language (the screenshots run this in Chinese too): the templates, filled.
        const auto text = [](const char *source) { return QCoreApplication::translate("hwui::ResultsView", source); };
        const auto pattern = [&](const char *source) {
            return QRegularExpression(QRegularExpression::escape(text(source)).replace(QRegularExpression(u"\\\\?%\\d"_s), u"([\\d.,]+)"_s));
        };
        const QRegularExpressionMatch slowVerdict = pattern("Fits, but %1 tok/s per user is below the %2 tok/s target").match(slow);
        QVERIFY2(slowVerdict.hasMatch() && slowVerdict.captured(2) == u"6"_s, qPrintable(slow));
        QVERIFY2(!slow.contains(u"#2e7d32"_s), qPrintable(slow)); // not green
        const QRegularExpressionMatch queued = pattern("%1 of %2 users decode at once; %3 wait").match(slow);
        QVERIFY2(queued.hasMatch(), qPrintable(slow));
        QList<int> counts{queued.captured(1).toInt(), queued.captured(2).toInt(), queued.captured(3).toInt()}; // in the translation's order
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts[2], 16); // of 16 users, those at once and those waiting add up
        QCOMPARE(counts[0] + counts[1], 16);
        QVERIFY(!w.results()->chartsReplacedByMessage());
        users->setValue(64); // the KV cache no longer fits: nothing to chart
        QVERIFY(w.results()->headline()->text().contains(
            text("Cannot run as configured: the model does not fit in this build's memory (see How it was computed)").toHtmlEscaped()));
        QVERIFY(w.results()->chartsReplacedByMessage());
        // The memory that does not fit is drawn past 100%, and the device says by how much.
        hwui::MemoryModel *memory = w.results()->memoryModel();
        bool overflow = false;
        for (int r = 0; r < memory->rowCount(); ++r)
            overflow |= memory->index(r, hwui::MemoryModel::OverflowShare).data(hwui::RawValueRole).toDouble() > 0;
        QVERIFY(overflow);
        auto *devices = qobject_cast<QBarCategoryAxis *>(w.results()->memoryChart()->axes(Qt::Horizontal).at(0));
        QVERIFY(devices);
        QVERIFY2(devices->categories().join(u' ').contains(pattern("%1 GB of %2 GB")), qPrintable(devices->categories().join(u' ')));
        shoot(&w, u"cannot-run"_s);
        users->setValue(1);
        const QString fast = w.results()->headline()->text();
        QVERIFY2(pattern("Fits, and %1 tok/s per user meets the %2 tok/s target").match(fast).hasMatch() && !queued.regularExpression().match(fast).hasMatch(),
                 qPrintable(fast));
    }

    // When the KV cache is what limits the batch, the memory chart says how many users it holds and how many wait.
    void kvQueueIsSaidOnTheMemoryChart()
    {
        hwui::MainWindow w;
        hwui::BuildDocument *doc = w.document();
        doc->setValue(u"quant"_s, u"fp8"_s);
        doc->setValue(u"runtime"_s, u"sglang"_s);
        doc->setValue(u"gpu.id"_s, u"h20"_s);
        doc->setValue(u"gpu.count"_s, 8);
        doc->setValue(u"workload.users"_s, 50);
        const QString title = w.results()->memoryChart()->title();
        const QString source = QCoreApplication::translate("hwui::ResultsView",
                                                           "The KV cache left in memory holds the context (%1 tokens) of %2 of %3 users: the other %4 wait their turn");
        const QRegularExpression pattern(QRegularExpression::escape(source).replace(QRegularExpression(u"\\\\?%\\d"_s), u"([\\d.,]+)"_s));
        const QRegularExpressionMatch m = pattern.match(title);
        QVERIFY2(m.hasMatch(), qPrintable(title));
        QList<int> counts;
        for (int i = 1; i <= 4; ++i)
            counts << QLocale().toInt(m.captured(i));
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts[3], doc->value(u"workload.context"_s).toInt()); // the context is the largest figure
        QCOMPARE(counts[2], 50);
        QCOMPARE(counts[0] + counts[1], 50); // held and waiting add up
        QVERIFY(counts[0] > 0);
        w.results()->tabs()->setCurrentIndex(0);
        shoot(&w, u"kv-queue"_s);
        doc->setValue(u"workload.users"_s, 1); // one user fits: the chart has its plain title
        QVERIFY(!pattern.match(w.results()->memoryChart()->title()).hasMatch());
    }

    // Scrolling the form with the wheel over a field does not change the field unless it has the focus.
    void wheelOverAFieldScrollsInsteadOfEditing()
    {
        hwui::MainWindow w;
        auto *mla = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"kv_cache.mla"_s));
        QVERIFY(mla && !mla->hasFocus());
        const int before = mla->currentIndex();
        const auto wheel = [mla] {
            QWheelEvent event(QPointF(5, 5), mla->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(mla, &event);
        };
        wheel();
        QCOMPARE(mla->currentIndex(), before);
        QCOMPARE(mla->focusPolicy(), Qt::StrongFocus); // a click or Tab gives it the focus, the wheel does not
        mla->removeEventFilter(w.editor()); // the control: without the filter the same wheel edits the field
        wheel();
        QVERIFY(mla->currentIndex() != before);
    }

    void amountLabelsReadAsPeopleWriteThem()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China), en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(hwui::compactAmount(1e6, zh), u"100万"_s);
        QCOMPARE(hwui::compactAmount(1.5e8, zh), u"1.5亿"_s);
        QCOMPARE(hwui::compactAmount(1e7, zh), u"1,000万"_s); // not 1E+03万
        QCOMPARE(hwui::compactAmount(5000, zh), u"5,000"_s);
        QCOMPARE(hwui::compactAmount(1e6, en), u"1,000,000"_s);
        QCOMPARE(hwui::oneTwoFiveSteps(3, 120), (QList<double>{5, 10, 20, 50, 100}));
    }

    void openSaveRoundTripAndUndoRedo()
    {
        hwui::MainWindow w;
        hwui::BuildDocument *doc = w.document();
        auto *gpu = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"gpu.id"_s));
        gpu->setCurrentIndex(gpu->findData(u"h200"_s));
        auto *count = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"gpu.count"_s));
        count->setValue(8);
        auto *runtime = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"runtime"_s));
        runtime->setCurrentIndex(runtime->findData(u"sglang"_s));
        const QJsonObject edited = doc->json();
        QCOMPARE(doc->value(u"gpu.count"_s).toInt(), 8);

        const QString path = m_dir.filePath(u"round.hwplan"_s);
        QVERIFY(w.saveFile(path));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().contains(u"round.hwplan"_s));
        doc->newBuild();
        QVERIFY(doc->json() != edited);
        QVERIFY(w.openFile(path));
        QCOMPARE(doc->json(), edited);
        QCOMPARE(gpu->currentData().toString(), u"h200"_s);

        // Undo walks back each edit, redo restores it.
        runtime->setCurrentIndex(runtime->findData(u"vllm"_s));
        count->setValue(4);
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        QCOMPARE(count->value(), 8);
        doc->undoStack()->undo();
        QCOMPARE(runtime->currentData().toString(), u"sglang"_s);
        QCOMPARE(doc->json(), edited);
        QVERIFY(!w.isWindowModified());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QCOMPARE(count->value(), 4);
        QVERIFY(w.isWindowModified());
    }

    void openRefusesNewerFormatsAndKeepsTheDocument()
    {
        hwui::BuildDocument doc;
        const QJsonObject before = doc.json();
        QFile f(m_dir.filePath(u"future.hwplan"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "hwplanner.build/2", "model": "deepseek-r1"})");
        f.close();
        QString error;
        QVERIFY(!doc.load(f.fileName(), &error));
        QVERIFY(error.contains(u"format"_s));
        QCOMPARE(doc.json(), before);
        QVERIFY(!doc.save(u"/nonexistent-dir/x.hwplan"_s, &error));
        QVERIFY(error.startsWith(u"/nonexistent-dir/x.hwplan"_s));
    }

    // Every Chinese translation is finished and keeps each %N (and %n) marker of its English source, so a
    // translated sentence never drops or repeats a figure.
    void everyChineseTranslationKeepsItsFigures()
    {
        QFile ts(QStringLiteral(HWPLANNER_TS_DIR "/hwplanner_zh_CN.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString source;
        int checked = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                const QString chinese = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                QVERIFY2(!unfinished && !chinese.isEmpty(), qPrintable(u"not translated: "_s + source));
                QVERIFY2(markers(chinese) == markers(source), qPrintable(source + u" -> "_s + chinese));
                ++checked;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(checked > 700);
    }

    // The embedded catalog's notes (what each model and quant is) have Chinese translations; the model's
    // note under the model field and a distill's checklist reason show them under the zh translator.
    void catalogNotesAreTranslated()
    {
        static TestCatalog cat;
        QVERIFY2(cat.ok, qPrintable(cat.error));
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        int notes = 0;
        const auto check = [&](const std::string &note) {
            if (note.empty())
                return;
            ++notes;
            QVERIFY2(!zh.translate("hw::Catalog", note.c_str()).isEmpty(), note.c_str());
        };
        for (const hw::ModelSpec &m : cat.catalog.models)
            check(m.qualityNote);
        for (const hw::QuantSpec &q : cat.catalog.quants)
            check(q.qualityNote);
        QCOMPARE(notes, 21);
        QCOMPARE(hwui::catalogText("a note a user wrote"), u"a note a user wrote"_s);

        QCoreApplication::installTranslator(&zh);
        hwui::MainWindow w;
        choose(w, u"model"_s, u"r1-distill-qwen-32b"_s);
        QString labels;
        for (const QLabel *l : w.editor()->findChildren<QLabel *>())
            labels += l->text() + u'\n';
        const QString reason = w.results()->checklistModel()->index(0, hwui::ChecklistModel::Message).data().toString();
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(labels.contains(u"蒸馏到 Qwen2.5-32B：远弱于 R1。"_s), qPrintable(labels));
        QVERIFY2(reason.contains(u"蒸馏到 Qwen2.5-32B"_s) && !reason.contains(u"Distilled"_s), qPrintable(reason));
    }

    // "How it was computed" in the interface's language: every sentence the engine writes on builds
    // that take each placement path (and fail in each way) has a Chinese translation that keeps every
    // %N marker of the English template, so no number is dropped.
    void explanationIsTranslated_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected"); // a sentence of the path the build takes
        const auto row = [](const char *name, const QString &body, const char *expected) { QTest::newRow(name) << body << QString::fromUtf8(expected); };
        row("tensor parallel", u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 64}"_s, "Two all-reduces per layer");
        row("across nodes, cast to BF16", u"\"model\": \"deepseek-r1\", \"quant\": \"fp8\", \"runtime\": \"vllm\", \"nodes\": 2, \"gpu\": {\"id\": \"a100-80g\", \"count\": 8}, \"workload\": {\"users\": 4}"_s, "Tensor parallel over %1 GPUs on %8 nodes");
        row("serving does not start", u"\"model\": \"deepseek-r1\", \"quant\": \"awq-int4\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 2}, \"workload\": {\"users\": 1}"_s, "so it cannot start");
        row("expert offload, NUMA", u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 2}, \"cpu\": {\"id\": \"xeon-6454s\", \"sockets\": 2}, \"ram\": {\"gb\": 1024}, \"workload\": {\"users\": 8}"_s, "NUMA mode");
        row("expert offload without CPU", u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"ktransformers\", \"nodes\": 2, \"gpu\": {\"id\": \"rtx-4090\"}, \"workload\": {\"users\": 1}"_s, "the build names no CPU.");
        row("layer split, SSD paging", u"\"model\": \"deepseek-r1\", \"quant\": \"ud-iq1_s\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"rtx-4090\"}, \"cpu\": {\"id\": \"i9-13900k\"}, \"ram\": {\"gb\": 64}, \"workload\": {\"users\": 1}"_s, "Memory is short by");
        row("layers set too high, RPC", u"\"model\": \"r1-distill-llama-70b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"nodes\": 2, \"gpu\": {\"id\": \"rtx-3060-12g\"}, \"cpu\": {\"id\": \"i9-13900k\"}, \"offload\": {\"gpu_layers\": 80}, \"workload\": {\"users\": 1}"_s, "the runtime would fail to allocate");
        row("ollama, all on GPU", u"\"model\": \"r1-distill-qwen-32b\", \"quant\": \"q4_k_m\", \"runtime\": \"ollama\", \"gpu\": {\"id\": \"rtx-4090\", \"count\": 2}, \"workload\": {\"users\": 16}"_s, "ollama's scheduler");
        row("no CPU for the other layers", u"\"model\": \"r1-distill-llama-70b\", \"quant\": \"q8_0\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"rtx-4090\"}, \"workload\": {\"users\": 1}"_s, "names no CPU and RAM");
        row("unified, over the wired limit", u"\"model\": \"deepseek-r1\", \"quant\": \"q2_k_l\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"mac-studio-m3-ultra-256g\"}, \"workload\": {\"users\": 1}"_s, "Exceeds the GPU-wired limit");
        row("unified pipeline, raised limit", u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"exo\", \"nodes\": 2, \"gpu\": {\"id\": \"mac-studio-m3-ultra-512g\", \"wired_limit_gb\": 480}, \"workload\": {\"users\": 1}"_s, "(limit raised by the build)");
        row("format not loaded", u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"vllm\", \"gpu\": {\"id\": \"h200\", \"count\": 8}, \"workload\": {\"users\": 1}"_s, "does not load");
        row("dynamic quant of a dense model", u"\"model\": \"r1-distill-qwen-32b\", \"quant\": \"ud-iq1_s\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"rtx-4090\"}, \"workload\": {\"users\": 1}"_s, "dynamic quant of MoE experts");
        row("CPU only, no RAM size", u"\"model\": \"r1-distill-qwen-7b\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"cpu\": {\"id\": \"epyc-9654\"}, \"workload\": {\"users\": 1}"_s, "No RAM size given");
    }
    void explanationIsTranslated()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        static TestCatalog cat;
        QVERIFY2(cat.ok, qPrintable(cat.error));
        const hw::Estimate e = hw::estimate(cat.build((u"{\"format\": \"hwplanner.build/1\", "_s + body + u"}"_s).toUtf8()));
        QStringList templates;
        for (const hw::Message &m : e.explanation)
            templates << QString::fromUtf8(m.text);
        QVERIFY2(templates.join(u'\n').contains(expected), qPrintable(templates.join(u'\n')));
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        for (const hw::Message &m : e.explanation) {
            const QString english = QString::fromUtf8(m.text);
            const QString chinese = zh.translate("hw::Message", m.text);
            QVERIFY2(!chinese.isEmpty(), qPrintable(u"no Chinese for: "_s + english));
            QCOMPARE(markers(chinese), markers(english));
            QVERIFY2(int(m.args.size()) >= markers(english).size(), m.text); // every marker has its argument
        }
        // The tab shows them in Chinese with the numbers filled in.
        QCoreApplication::installTranslator(&zh);
        const QString shown = hwui::translated(e.explanation);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(markers(shown).isEmpty(), qPrintable(shown));
    }

    void itemModelsPassTheTester()
    {
        hwui::MainWindow w;
        hwui::ResultsView *r = w.results();
        QAbstractItemModelTester memory(r->memoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester concurrency(r->concurrencyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bom(r->bomModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *users = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s));
        users->setValue(4); // resets every model under the testers
        QVERIFY(r->bomModel()->rowCount() > 2);
        QCOMPARE(r->memoryModel()->rowCount(), 2); // GPU and RAM
        const QModelIndex ramCapacity = r->memoryModel()->index(1, hwui::MemoryModel::Capacity);
        QVERIFY(ramCapacity.data(hwui::RawValueRole).toDouble() > 0);
        QVERIFY(ramCapacity.data().toDouble() > 0);

        // A build that names no RAM size: its capacity and free space are "not given", not 0 GB.
        qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"ram.gb"_s))->setValue(0);
        QCOMPARE(r->memoryModel()->rowCount(), 2);
        for (int column : {int(hwui::MemoryModel::Capacity), int(hwui::MemoryModel::Free)}) {
            const QModelIndex ram = r->memoryModel()->index(1, column);
            QCOMPARE(ram.data().toString(), QCoreApplication::translate("hwui::MemoryModel", "not given"));
            QVERIFY(!ram.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(r->memoryModel()->index(1, hwui::MemoryModel::Weights).data(hwui::RawValueRole).toDouble() > 0);
        w.resize(1366, 768);
        shoot(&w, u"main-memory-no-ram"_s);
    }

    // A build priced as a whole 8 x A100 node, and one with unpriced parts: the second reads "at least" on the Cost
    // and Compare tabs, gets no "best" mark on capex, and has no point on the cost-versus-speed chart.
    void incompleteCapexIsNeverRankedCheaper()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        const QString system = m_dir.filePath(u"a100x8.hwplan"_s);
        const QString kt = m_dir.filePath(u"kt.hwplan"_s);
        for (const auto &[path, json] : {std::pair{system, QByteArray(R"({"format": "hwplanner.build/1", "name": "8 x A100", "model": "deepseek-r1",
                  "quant": "awq-int4", "runtime": "vllm", "gpu": {"id": "a100-80g", "count": 8}, "cpu": {"id": "xeon-8358", "sockets": 2},
                  "ram": {"gb": 512}, "workload": {"users": 16}})")},
                                         std::pair{kt, QByteArray(R"({"format": "hwplanner.build/1", "name": "KTransformers", "model": "deepseek-r1",
                  "quant": "q4_k_m", "runtime": "ktransformers", "gpu": {"id": "rtx-4090", "count": 1}, "cpu": {"id": "xeon-6454s", "sockets": 1},
                  "ram": {"gb": 512}, "workload": {"users": 1}})")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        hwui::ResultsView *r = w.results();
        QVERIFY(w.openFile(system));
        QCOMPARE(r->bomModel()->rowCount(), 1); // one machine, as quoted
        const QString line = r->bomModel()->index(0, hwui::BomModel::Part).data().toString();
        QVERIFY2(line.contains(u"8 x NVIDIA A100 80GB SXM"_s), qPrintable(line));
        QCOMPARE(r->bomModel()->index(0, hwui::BomModel::Total).data(hwui::RawValueRole).toDouble(), 1850000.0);
        w.pinCurrent();
        QVERIFY(w.openFile(kt));
        const auto chartSeries = [&](const QString &name) -> QScatterSeries * {
            for (QAbstractSeries *s : w.sweepView()->chart()->series())
                if (s->name().startsWith(name))
                    return qobject_cast<QScatterSeries *>(s);
            return nullptr;
        };
        // However many of its parts the seed leaves unpriced, the series says it is not placed.
        const QString notPlaced = QCoreApplication::translate("hwui::SweepView", "This build: not placed, %n part(s) without a price", nullptr, 1).section(u',', 0, 0);
        QScatterSeries *current = chartSeries(notPlaced);
        QVERIFY2(current, qPrintable(notPlaced));
        QCOMPARE(current->count(), 0);
        w.pinCurrent();
        QCOMPARE(w.compareModel()->columnCount(), 2);
        const QString capex = w.compareModel()->index(hwui::CompareModel::Capex, 1).data().toString();
        QVERIFY2(capex.startsWith(QCoreApplication::translate("hw::Message", "incomplete: at least %1 %2, %3 parts unpriced").section(u'%', 0, 0)),
                 qPrintable(capex));
        QVERIFY(!w.compareModel()->index(hwui::CompareModel::Capex, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!w.compareModel()->index(hwui::CompareModel::Capex, 1).data(hwui::RawValueRole).isValid());
        QVERIFY(!w.compareModel()->index(hwui::CompareModel::PerUserCost, 1).data(hwui::RawValueRole).isValid());
        // One complete capex has nothing to be compared with: no mark either.
        QVERIFY(!w.compareModel()->index(hwui::CompareModel::Capex, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(chartSeries(QCoreApplication::translate("hwui::SweepView", "Pinned builds (%n more not placed: parts without a price)", nullptr, 1))->count(), 1);
        r->tabs()->setCurrentIndex(2);
        shoot(&w, u"main-cost-incomplete"_s);
        QVERIFY(w.openFile(system));
        shoot(&w, u"main-cost-system"_s);
        r->tabs()->setCurrentIndex(r->tabs()->count() - 2);
        shoot(&w, u"main-compare-incomplete"_s);
    }

    void pinnedBuildsAreCompared()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        QAbstractItemModelTester tester(w.compareModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.pinCurrent();
        auto *gpu = qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"gpu.count"_s));
        auto *runtime = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"runtime"_s));
        runtime->setCurrentIndex(runtime->findData(u"llama.cpp"_s));
        gpu->setValue(2);
        w.pinCurrent();
        QCOMPARE(w.compareModel()->columnCount(), 2);
        // Each pinned build's per-user curve is drawn over the speed chart.
        int fullLines = 0; // per user, aggregate, and one per pinned build
        for (QAbstractSeries *s : w.results()->throughputChart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s))
                fullLines += line->count() == int(hwui::ConcurrencyModel::userSteps().size());
        QCOMPARE(fullLines, 2 + 2);
        // The best decode speed of the row is marked, and only there.
        int marked = 0;
        for (int c = 0; c < 2; ++c)
            marked += w.compareModel()->index(hwui::CompareModel::PerUser, c).data(Qt::BackgroundRole).isValid();
        QCOMPARE(marked, 1);
        for (int tab = 0; tab < w.results()->tabs()->count(); ++tab) // the Compare tab, wherever it sits
            if (w.results()->tabs()->tabText(tab) == hwui::MainWindow::tr("Com&pare"))
                w.results()->tabs()->setCurrentIndex(tab);
        shoot(&w, u"main-compare"_s);
        w.compareModel()->unpin(0);
        QCOMPARE(w.compareModel()->columnCount(), 1);
    }

    // Every text column the catalog editor edits takes injection and control-character strings as
    // text: stored exactly, or refused by the schema's rules with the column named; no table is lost.
    void everyEditorTextFieldStoresHostileTextAsText()
    {
        const QString path = m_dir.filePath(u"hostile.sqlite"_s);
        hwui::CatalogDialog dialog(path);
        const QStringList hostile = {u"x'); DROP TABLE gpus; --"_s, u"\" OR 1=1 --"_s, u"1; DELETE FROM prices"_s, u"? $1 :name %1 %s"_s,
                                     u"tab\tnewline\nbell\u0007escape\u001b[31m"_s, u"型号'; 删除 --"_s};
        int stored = 0, refused = 0;
        QStringList columns;
        for (const QString &table : {u"gpus"_s, u"cpus"_s, u"models"_s, u"quants"_s, u"platforms"_s}) {
            QSqlTableModel *model = dialog.table(table);
            QVERIFY(model && model->rowCount() > 0);
            const int rows = model->rowCount();
            const QString id = model->record(0).value(u"id"_s).toString();
            const QSqlRecord fields = model->record();
            for (int c = 0; c < fields.count(); ++c) {
                const QString column = fields.fieldName(c);
                if (column == u"id" || fields.field(c).metaType().id() != QMetaType::QString)
                    continue;
                columns << table + u'.' + column;
                for (const QString &text : hostile) {
                    const QVariant before = model->record(0).value(column);
                    if (dialog.setCell(table, id, column, text)) {
                        ++stored;
                        QCOMPARE(model->record(0).value(column).toString(), text);
                    } else {
                        ++refused;
                        QVERIFY2(dialog.lastError().contains(column), qPrintable(dialog.lastError()));
                        QCOMPARE(model->record(0).value(column), before);
                    }
                }
            }
            QCOMPARE(model->rowCount(), rows);
        }
        qInfo("%lld text columns, %d values stored as text, %d refused by the schema", qlonglong(columns.size()), stored, refused);
        QVERIFY2(columns.size() >= 25, qPrintable(columns.join(u", "_s)));
        QVERIFY(stored > 100);
        QVERIFY(refused > 0); // the enumerated columns (class, kind, memory_type, ...) keep their rules
        hwdb::CatalogDatabase db(path);
        hw::Catalog after;
        QVERIFY2(db.open() && db.load(&after), qPrintable(db.errorString()));
        QVERIFY(after.gpus.size() >= 25 && !after.prices.empty());
    }

    void checklistPanelAndOfferPage()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        QAbstractItemModelTester checklistTester(w.results()->checklistModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.results()->checklistModel()->rowCount(), 4);
        // The default build is a Q4_K_M quant: rule 1 warns.
        QCOMPARE(w.results()->checklistModel()->index(0, hwui::ChecklistModel::Status).data(hwui::RawValueRole).toString(), u"warn"_s);
        // The reasons come from the engine and are shown in the interface's language.
        const QModelIndex why = w.results()->checklistModel()->index(0, hwui::ChecklistModel::Message);
        QVERIFY2(why.data().toString().contains(u"is a quantized R1"_s) || !m_translator.isEmpty(), qPrintable(why.data().toString()));
        {
            QTranslator zh;
            QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
            QCoreApplication::installTranslator(&zh);
            QVERIFY2(why.data().toString().contains(u"是量化版 R1，不是满血模型"_s), qPrintable(why.data().toString()));
            QCoreApplication::removeTranslator(&zh);
        }

        hwui::OfferPage *offer = w.offerPage();
        QAbstractItemModelTester findingsTester(offer->findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        offer->setOfferText(u"满血版 DeepSeek R1 一体机，4卡4090，双路至强8480，1TB 内存，支持100人并发，每人 14 tokens/s，总吞吐 140 tokens/s，19.8万元"_s);
        offer->readText();
        auto *gpu = qobject_cast<QComboBox *>(offer->form()->field(u"gpu"_s));
        QVERIFY(gpu);
        QCOMPARE(gpu->currentData().toString(), u"rtx-4090"_s);
        QCOMPARE(offer->verdict(), u"impossible"_s);
        bool inconsistent = false;
        for (int r = 0; r < offer->findings()->rowCount(); ++r)
            inconsistent = inconsistent || offer->findings()->index(r, hwui::FindingsModel::Ask).data(Qt::ToolTipRole).toString().startsWith(u"aggregate-inconsistent"_s);
        QVERIFY(inconsistent);
        {
            // What to ask the vendor, and the rule behind it, in the interface's language.
            QTranslator zh;
            QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
            QCoreApplication::installTranslator(&zh);
            QString asks, says;
            for (int r = 0; r < offer->findings()->rowCount(); ++r) {
                asks += offer->findings()->index(r, hwui::FindingsModel::Ask).data().toString()
                    + offer->findings()->index(r, hwui::FindingsModel::Rule).data().toString();
                says += offer->findings()->index(r, hwui::FindingsModel::Claim).data().toString() + u'|'
                    + offer->findings()->index(r, hwui::FindingsModel::Computed).data().toString() + u'\n';
            }
            QCoreApplication::removeTranslator(&zh);
            QVERIFY2(asks.contains(u"哪个数字是实测的"_s) && asks.contains(u"总吞吐至少等于用户数"_s), qPrintable(asks));
            // What the offer says and what the planner computes, in Chinese with the same figures.
            QVERIFY2(says.contains(u"100 个用户每人 14.0 tok/s，总计 140 tok/s|100 x 14.0 = 1400 tok/s，高于所称的总计 140。"_s), qPrintable(says));
            QVERIFY2(!says.contains(u"The planner"_s) && !says.contains(u" users"_s), qPrintable(says));
        }
        w.results()->tabs()->setCurrentWidget(offer);
        shoot(&w, u"main-offer"_s);
        // Open as build: the offer becomes the edited build, one undoable step.
        QPushButton *open = nullptr;
        for (QPushButton *b : offer->findChildren<QPushButton *>())
            if (b->isEnabled() && b->text().contains(u"uild"_s) + b->text().contains(u"配置"_s) > 0)
                open = b;
        QVERIFY(open);
        const int steps = w.document()->undoStack()->count();
        open->click();
        QCOMPARE(w.document()->value(u"gpu.id"_s).toString(), u"rtx-4090"_s);
        QCOMPARE(w.document()->value(u"gpu.count"_s).toInt(), 4);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    }

    // Issue 13 item 3: what was understood is a form; correcting a field re-checks at once.
    void offerFormCorrectsTheReading()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        hwui::OfferPage *offer = w.offerPage();
        w.results()->tabs()->setCurrentWidget(offer);
        offer->setOfferText(u"DeepSeek R1 671B FP8 一体机，8卡 H200 141G，10 人并发，每人 20 tokens/s，总吞吐 200 tokens/s，全新，三年质保"_s);
        offer->readText();
        hwui::ClaimForm *form = offer->form();
        auto *count = qobject_cast<QSpinBox *>(form->field(u"gpu_count"_s));
        QVERIFY(count);
        QCOMPARE(count->value(), 8);
        QCOMPARE(qobject_cast<QComboBox *>(form->field(u"model"_s))->currentData().toString(), u"deepseek-r1"_s);
        QCOMPARE(qobject_cast<QComboBox *>(form->field(u"condition"_s))->currentData().toString(), u"new"_s);
        QCOMPARE(qobject_cast<QSpinBox *>(form->field(u"warranty_months"_s))->value(), 36);
        QVERIFY(form->field(u"points.0.users"_s));
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(form->field(u"points.0.per_user_tps"_s))->value(), 20.0);
        // Each field says where it came from.
        QVERIFY2(count->toolTip().contains(u"8卡"_s), qPrintable(count->toolTip()));
        const QString before = offer->verdict();
        QCOMPARE(before, u"plausible"_s);
        shoot(&w, u"offer"_s);
        // Two cards (282 GB) cannot hold 685 GB of FP8 weights, and no RAM is offered: the verdict follows the edit at once.
        count->setValue(2);
        QCOMPARE(form->claim().gpuCount, 2);
        QCOMPARE(offer->verdict(), u"impossible"_s);
        QVERIFY(count->toolTip().contains(u"corrected"_s) || !m_translator.isEmpty());
        count->setValue(8);
        QCOMPARE(offer->verdict(), before);
        // The model file's size and the prompt are fields too: not in this offer, and editable. A stated
        // 2,000 GB file cannot sit in 8 x 141 GB with no RAM offered.
        auto *file = qobject_cast<QDoubleSpinBox *>(form->field(u"file_gb"_s));
        auto *prompt = qobject_cast<QDoubleSpinBox *>(form->field(u"prompt_tokens"_s));
        QVERIFY(file && prompt);
        QCOMPARE(file->value(), 0.0);
        QVERIFY(!form->claim().fileGB && !form->claim().promptTokens);
        file->setValue(2000);
        QCOMPARE(form->claim().fileGB.value_or(0), 2000.0);
        QCOMPARE(offer->verdict(), u"impossible"_s);
        QVERIFY(file->toolTip().contains(u"corrected"_s) || !m_translator.isEmpty());
        file->setValue(0);
        QVERIFY(!form->claim().fileGB);
        QCOMPARE(offer->verdict(), before);
        prompt->setValue(10000);
        QCOMPARE(form->claim().promptTokens.value_or(0), 10000.0);
        prompt->setValue(0);
        // A corrected per-user speed far above the ceiling is impossible too.
        qobject_cast<QDoubleSpinBox *>(form->field(u"points.0.per_user_tps"_s))->setValue(5000);
        QCOMPARE(offer->verdict(), u"impossible"_s);
        // Tab goes through every field in order (an editor's own line edit is inside it).
        const QList<QWidget *> chain = form->editors();
        QVERIFY(chain.size() >= 19); // 15 fields, one point's three, "add a point"
        for (int i = 0; i + 1 < chain.size(); ++i) {
            QWidget *next = chain[i]->nextInFocusChain();
            while (next && next != chain[i] && (chain[i]->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus) || !next->isVisibleTo(form)))
                next = next->nextInFocusChain();
            QVERIFY2(next == chain[i + 1], qPrintable(u"after field %1"_s.arg(i)));
        }
        // A speed read without users asks; entering the users makes it a verdict.
        offer->setOfferText(u"NVIDIA: a single server with eight H200 GPUs runs the full DeepSeek-R1 at up to 3,872 tokens per second."_s);
        offer->readText();
        QCOMPARE(offer->verdict(), u"plausible"_s);
        auto *users = qobject_cast<QDoubleSpinBox *>(form->field(u"points.0.users"_s));
        QVERIFY(users);
        users->setValue(1); // the user says it was one user's speed: far above the roofline
        QCOMPARE(offer->verdict(), u"impossible"_s);
        offer->setOfferText(u"DeepSeek R1 671B FP8 一体机，8卡 H200 141G，10 人并发，每人 20 tokens/s，总吞吐 200 tokens/s，全新，三年质保"_s);
        // A fresh reading forgets the corrections.
        offer->readText();
        QCOMPARE(offer->verdict(), before);
        // A file size and a prompt read from the text fill their fields and say where they came from.
        offer->setOfferText(u"RTX 4090 + EPYC 9654, 768 GB DDR5, llama.cpp, DeepSeek R1 Q4_K_M\nprint_info: file size   = 376.65 GiB (4.82 BPW)\nTTFT 900 ms on 1K prompt"_s);
        offer->readText();
        QVERIFY2(qAbs(file->value() - 404.4) < 0.1, qPrintable(QString::number(file->value())));
        QVERIFY2(file->toolTip().contains(u"file size"_s), qPrintable(file->toolTip()));
        QCOMPARE(prompt->value(), 1000.0);
        QVERIFY2(prompt->toolTip().contains(u"1k prompt"_s, Qt::CaseInsensitive), qPrintable(prompt->toolTip()));
    }

    // Every page and dialog of the main window in Chinese: no visible label, button, tab, header, tooltip,
    // chart text or menu is left in English (names of models and parts, units and acronyms aside).
    void chineseInterfaceHasNoEnglishLeft()
    {
        QTranslator zh, qt;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&zh);
        if (qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QStringList texts;
        QStringList names;
        {
            TestCatalog cat;
            QVERIFY(cat.ok);
            for (const auto &g : cat.catalog.gpus)
                names << QString::fromStdString(g.name) << QString::fromStdString(g.id);
            for (const auto &c : cat.catalog.cpus)
                names << QString::fromStdString(c.name) << QString::fromStdString(c.id);
            for (const auto &m : cat.catalog.models)
                names << QString::fromStdString(m.name) << QString::fromStdString(m.id);
            for (const auto &q : cat.catalog.quants)
                names << QString::fromStdString(q.name) << QString::fromStdString(q.id);
            for (const auto &r : cat.catalog.runtimes)
                names << QString::fromStdString(r.name) << QString::fromStdString(r.id);
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); }); // longest first
        {
            hwui::MainWindow w;
            w.resize(1366, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.pinCurrent();
            // The undo text names the field as its label does, not by its JSON key ("修改 quant").
            auto *quant = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"quant"_s));
            quant->setCurrentIndex(quant->currentIndex() == 0 ? 1 : 0);
            texts << u"undo: "_s + w.document()->undoStack()->undoText();
            for (int tab = 0; tab < w.results()->tabs()->count(); ++tab) {
                w.results()->tabs()->setCurrentIndex(tab);
                texts << visibleTexts(&w);
            }
            hwui::SettingsDialog settings(&w);
            settings.show();
            texts << visibleTexts(&settings);
            hwui::HelpDialog help(&w);
            help.show();
            texts << visibleTexts(&help);
            for (const QString &line : help.browser()->toPlainText().split(u'\n', Qt::SkipEmptyParts))
                texts << u"help: "_s + line;
            hwui::CatalogDialog catalog(QString::fromUtf8(qgetenv("HWPLANNER_CATALOG")), &w);
            catalog.show();
            for (int tab = 0; tab < catalog.tabs()->count(); ++tab) {
                catalog.tabs()->setCurrentIndex(tab);
                texts << visibleTexts(&catalog);
            }
            QStringList quoteNames;
            const QList<hw::Build> builds = w.quoteCandidates(&quoteNames);
            hwui::QuoteDialog quote(quoteNames, builds[0].workload, false, &w);
            quote.show();
            texts << visibleTexts(&quote);
            hwui::QuotesDialog quotes(QString::fromUtf8(qgetenv("HWPLANNER_CATALOG")), &w);
            quotes.show();
            texts << visibleTexts(&quotes);
        }
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(previous);
        texts.removeDuplicates();
        QStringList untranslated;
        for (const QString &t : std::as_const(texts)) {
            const QStringList words = englishWords(t.section(u": "_s, 1), names);
            if (!words.isEmpty())
                untranslated << t.left(160) + u"  [" + words.join(u' ') + u']';
        }
        for (const QString &u : std::as_const(untranslated))
            qWarning().noquote() << "untranslated:" << u;
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"%1 texts with English words (listed above)"_s.arg(untranslated.size())));
    }

    void damagedCatalogIsReplacedAndTheUserTold()
    {
        const QByteArray previous = qgetenv("HWPLANNER_CATALOG");
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x01'));
        f.close();
        qputenv("HWPLANNER_CATALOG", path.toUtf8());
        QString told;
        QTimer::singleShot(0, this, [&told] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                told = box->findChild<QLabel *>(u"qt_msgbox_label"_s) ? box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text() : QString();
                shoot(box, u"catalog-recovered"_s);
                box->close();
            }
        });
        hwui::MainWindow w;
        qputenv("HWPLANNER_CATALOG", previous);
        QVERIFY2(told.contains(u"damaged.sqlite.damaged-"_s), qPrintable(told));
        QVERIFY(w.results()->isEnabled());
        QStringList names;
        QCOMPARE(w.quoteCandidates(&names).size(), 1); // the fresh catalog resolves the default build
    }

};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
