// The desktop application, offscreen: edits flow through the document to the results, invalid values
// are marked at their field, charts hold the models' points, files round-trip, undo/redo restores.
// With HWPLANNER_SCREENSHOTS=DIR it also saves a PNG of every tab and dialog.

#include "testcatalog.h"

#include "db/appsettings.h"
#include "db/catalogdb.h"
#include "ui/builddocument.h"
#include "ui/buildeditor.h"
#include "ui/mainwindow.h"
#include "ui/resultmodels.h"
#include "ui/resultsview.h"
#include "ui/catalogdialog.h"
#include "ui/chartlabels.h"
#include "ui/catalogtext.h"
#include "ui/claimmodels.h"
#include "ui/comparemodel.h"
#include "ui/claimform.h"
#include "ui/offerpage.h"
#include "ui/quotedialog.h"
#include "ui/settingsdialog.h"
#include "ui/sweepmodel.h"
#include "ui/sweepview.h"
#include "ui/windowsize.h"
#include "ui/helpdialog.h"

#include "model/estimator.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QTextBrowser>
#include <QMenu>
#include <QAbstractButton>
#include <QChartView>
#include <QMainWindow>
#include <QMenuBar>
#include <QHeaderView>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The %1..%99 and %n markers in a text, sorted, each once.
static QStringList markers(const QString &text)
{
    static const QRegularExpression marker(u"%([0-9]+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Visible text of a widget tree that a reader of the Chinese interface reads: labels, buttons, tabs, group
// titles, headers and tooltips (not cell values: those are names and numbers), with where it was found.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    const auto add = [&out](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            out << where + u": "_s + text;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className());
        add(name + u" tooltip"_s, w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(name, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(name, b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(name, g->title());
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(u"tab"_s, t->tabText(i));
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model() && h->isVisibleTo(root))
            for (int i = 0; i < (h->orientation() == Qt::Horizontal ? h->model()->columnCount() : h->model()->rowCount()); ++i)
                if (!h->isSectionHidden(i)) {
                    add(u"header"_s, h->model()->headerData(i, h->orientation()).toString());
                    add(u"header tooltip"_s, h->model()->headerData(i, h->orientation(), Qt::ToolTipRole).toString());
                }
        if (auto *c = qobject_cast<QChartView *>(w); c && c->chart()) {
            add(u"chart"_s, c->chart()->title());
            for (QAbstractAxis *a : c->chart()->axes())
                add(u"axis"_s, a->titleText());
            for (QAbstractSeries *series : c->chart()->series())
                add(u"legend"_s, series->name());
        }
    }
    if (auto *m = qobject_cast<QMainWindow *>(root))
        for (QAction *a : m->menuBar()->actions()) {
            add(u"menu"_s, a->text());
            if (a->menu())
                for (QAction *sub : a->menu()->actions())
                    add(u"menu item"_s, sub->text());
        }
    return out;
}

// English words left in a Chinese text, once the names of catalog parts, units and acronyms are taken out.
QStringList englishWords(QString text, const QStringList &names)
{
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&nbsp;"_s, u" "_s);
    for (const QString &n : names)
        text.remove(n, Qt::CaseInsensitive);
    static const QRegularExpression path(u"(/[\\w.+-]+)+"_s), url(u"https?://\\S+"_s), word(u"[A-Za-z][A-Za-z0-9_'-]{2,}"_s), option(u"\\?\\w+=\\w+"_s);
    text.remove(url);
    text.remove(option); // a connection option quoted as an example: ?sslmode=require
    text.remove(path);
    static const QStringList allowed = {
        u"tok"_s, u"GPU"_s, u"GPUs"_s, u"CPU"_s, u"CPUs"_s, u"RAM"_s, u"VRAM"_s, u"DDR4"_s, u"DDR5"_s, u"NVMe"_s, u"SSD"_s, u"MoE"_s, u"MLA"_s, u"GQA"_s, u"TDP"_s, u"PSU"_s,
        u"CNY"_s, u"USD"_s, u"EUR"_s, u"kWh"_s, u"TFLOPS"_s, u"TCO"_s, u"PDF"_s, u"CSV"_s, u"JSON"_s, u"SQLite"_s, u"PostgreSQL"_s, u"URL"_s, u"BOM"_s, u"PUE"_s,
        u"FTE"_s, u"ngl"_s, u"NUMA"_s, u"AMX"_s, u"FP8"_s, u"BF16"_s, u"INT8"_s, u"AWQ"_s, u"GGUF"_s, u"KTransformers"_s, u"llama"_s, u"cpp"_s, u"vLLM"_s,
        u"SGLang"_s, u"ollama"_s, u"Hugging"_s, u"Face"_s, u"config"_s, u"json"_s, u"gguf"_s, u"hwplan"_s, u"hwplanner"_s, u"DeepSeek"_s, u"Pareto"_s,
        u"NVLink"_s, u"InfiniBand"_s, u"RoCE"_s, u"PCIe"_s, u"HBM"_s, u"GDDR"_s, u"Apple"_s, u"Mac"_s, u"Xeon"_s, u"EPYC"_s, u"NVIDIA"_s, u"AMD"_s, u"Intel"_s,
        u"Qwen"_s, u"Llama"_s, u"Distill"_s, u"Unsloth"_s, u"CUDA"_s, u"VAT"_s, u"tokens"_s, u"token"_s, u"xlsx"_s, u"csv"_s, u"pdf"_s, u"sqlite"_s, u"png"_s, u"svg"_s, u"jpg"_s,
        u"ddr4"_s, u"ddr5"_s, u"lpddr5"_s, u"AVX-512"_s, u"MTP"_s, u"RoPE"_s, u"FFN"_s, u"DIMM"_s, u"DIMMs"_s, u"GHz"_s, u"BF16"_s, u"HBM3"_s, u"ddr5-4800"_s, u"Ctrl"_s, u"Shift"_s};
    QStringList found;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        if (!allowed.contains(m.captured(), Qt::CaseInsensitive))
            found << m.captured();
    return found;
}

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QTranslator m_translator;
    QTranslator m_qtTranslator;

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HWPLANNER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QString lang = qEnvironmentVariable("HWPLANNER_SCREENSHOT_LANG", u"en"_s);
        w->grab().save(dir + u'/' + name + u'-' + lang + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        qputenv("HWPLANNER_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        // Both translations are embedded and load.
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/hwplanner_zh_CN"_s));
        QCOMPARE(zh.translate("hwui::ResultsView", "&Memory"), u"内存(&M)"_s);
        const QString lang = qEnvironmentVariable("HWPLANNER_SCREENSHOT_LANG");
        if (!lang.isEmpty() && lang != u"en") {
            QVERIFY(m_translator.load(u":/i18n/hwplanner_"_s + lang));
            QCoreApplication::installTranslator(&m_translator);
            // Qt's own buttons (Close, OK, Cancel) as the application shows them (qt6-translations-l10n).
            if (m_qtTranslator.load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        QFont font = QApplication::font();
        font.setFamilies({u"WenQuanYi Micro Hei"_s, font.family()});
        QApplication::setFont(font);
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
        auto *model = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"model"_s));
        model->setCurrentIndex(model->findData(u"r1-distill-qwen-32b"_s));
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
        row("unified, over the wired limit", u"\"model\": \"deepseek-r1\", \"quant\": \"q4_k_m\", \"runtime\": \"llama.cpp\", \"gpu\": {\"id\": \"mac-studio-m3-ultra-512g\"}, \"workload\": {\"users\": 1}"_s, "Exceeds the GPU-wired limit");
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

    void sweepRunsInTheBackgroundAndLoadsAPickedBuild()
    {
        hwui::MainWindow w;
        w.resize(1366, 768);
        auto *model = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"model"_s));
        model->setCurrentIndex(model->findData(u"r1-distill-qwen-32b"_s));
        auto *quant = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"quant"_s));
        quant->setCurrentIndex(quant->findData(u"q4_k_m"_s));
        auto *runtime = qobject_cast<QComboBox *>(w.editor()->fieldWidget(u"runtime"_s));
        runtime->setCurrentIndex(runtime->findData(u"llama.cpp"_s));
        qobject_cast<QSpinBox *>(w.editor()->fieldWidget(u"workload.users"_s))->setValue(4);
        hwui::SweepView *sweep = w.sweepView();
        QAbstractItemModelTester tester(sweep->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(sweep, &hwui::SweepView::finished);
        auto *run = sweep->findChild<QPushButton *>();
        QVERIFY(run);
        run->click();
        QVERIFY(sweep->isRunning() || done.count() == 1);
        QVERIFY(done.wait(60000) || done.count() == 1);
        const hwui::SweepModel *m = sweep->model();
        QVERIFY(m->rowCount() > 10);
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
        QTest::newRow("valid") << u"a100-80g"_s << 95000.0 << 3 << u"quote Q-2026-117"_s << QString() << QStringList();
        QTest::newRow("zero price") << u"a100-80g"_s << 0.0 << 3 << u"quote"_s << u"Price: must be more than 0"_s << QStringList();
        QTest::newRow("negative price") << u"a100-80g"_s << -5.0 << 3 << u"quote"_s << u"Price: must be more than 0"_s << QStringList();
        QTest::newRow("date in the future") << u"a100-80g"_s << 95000.0 << -2 << u"quote"_s
                                            << u"Date: %1 is in the future; a price is dated when it was quoted"_s << QStringList{future};
        QTest::newRow("no source") << u"a100-80g"_s << 95000.0 << 3 << u"   "_s
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
        QCOMPARE(book->latest(hw::PartKind::Gpu, "a100-80g")->amount, 95000.0);
        dialog.undoStack()->undo();
        QCOMPARE(prices->rowCount(), rows);
        QVERIFY(db.load(&c));
        QVERIFY(!hwdb::makePriceBook(c, hw::CostSettings())->latest(hw::PartKind::Gpu, "a100-80g"));
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
        // A corrected per-user speed far above the ceiling is impossible too.
        qobject_cast<QDoubleSpinBox *>(form->field(u"points.0.per_user_tps"_s))->setValue(5000);
        QCOMPARE(offer->verdict(), u"impossible"_s);
        // Tab goes through every field in order (an editor's own line edit is inside it).
        const QList<QWidget *> chain = form->editors();
        QVERIFY(chain.size() >= 17); // 12 fields, one point, "add a point"
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
    }

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

    void settingsDialogShows()
    {
        hwui::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, u"settings"_s);
    }

    // The stale limit is one setting: the dialog writes it, the price book and the Cost tab use it.
    void staleLimitIsASetting()
    {
        const int before = hwdb::settings::staleDays.value();
        {
            hwui::SettingsDialog dialog;
            auto *days = dialog.findChild<QSpinBox *>(u"staleDays"_s);
            QVERIFY(days);
            QCOMPARE(days->value(), before);
            days->setValue(3000); // nothing in the seed is that old
            dialog.accept();
        }
        QCOMPARE(hwdb::settings::staleDays.value(), 3000);
        QCOMPARE(hwdb::costSettings().staleDays, 3000);
        {
            hwui::MainWindow w;
            const hwui::BomModel *bom = w.results()->bomModel();
            QVERIFY(bom->rowCount() > 0);
            int priced = 0;
            for (int r = 0; r < bom->rowCount(); ++r) {
                if (bom->index(r, hwui::BomModel::UnitPrice).data(hwui::RawValueRole).toDouble() <= 0)
                    continue; // an unpriced line is marked for that reason
                ++priced;
                // a stale price is drawn in orange; none is stale at this limit
                QVERIFY2(!bom->index(r, hwui::BomModel::PriceDate).data(Qt::ForegroundRole).isValid(),
                         qPrintable(bom->index(r, hwui::BomModel::PriceDate).data().toString()));
            }
            QVERIFY(priced > 0);
        }
        hwdb::settings::staleDays.set(30);
        {
            hwui::MainWindow w;
            const hwui::BomModel *bom = w.results()->bomModel();
            int stale = 0;
            for (int r = 0; r < bom->rowCount(); ++r)
                stale += bom->index(r, hwui::BomModel::PriceDate).data(Qt::ToolTipRole).toString().contains(u" 30 "_s);
            QVERIFY(stale > 0); // the tooltip names the limit set
        }
        hwdb::settings::staleDays.set(before);
    }

    // A team catalog URL is checked before it is kept: the scheme, no password in the plain-text
    // settings, and a server that answers. A refused URL leaves the setting as it was.
    void teamCatalogUrlIsCheckedBeforeItIsKept_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("told");
        QTest::newRow("scheme") << u"mysql://db/prices"_s << u"postgresql://"_s;
        QTest::newRow("password") << u"postgresql://buyer:secret@db/prices"_s << u".pgpass"_s;
        QTest::newRow("no server") << u"postgresql://buyer@127.0.0.1:1/prices"_s << u"127.0.0.1"_s;
    }
    void teamCatalogUrlIsCheckedBeforeItIsKept()
    {
        QFETCH(QString, url);
        QFETCH(QString, told);
        hwui::SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(u"teamUrl"_s)->setText(url);
        QString message;
        QTimer::singleShot(0, this, [&message] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                message = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
                box->close();
            }
        });
        dialog.accept();
        QVERIFY2(message.contains(told), qPrintable(message));
        QVERIFY(!message.contains(u"secret"_s));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(hwdb::settings::teamCatalogUrl.value(), QString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
