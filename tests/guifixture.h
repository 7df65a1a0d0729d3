#pragma once

// Shared by the GUI tests: the environment they run in (a fresh catalog and settings folder, the
// interface language of HWPLANNER_SCREENSHOT_LANG), screenshots into HWPLANNER_SCREENSHOTS, and the
// readers of visible text that check the Chinese interface for English left in it.

#include "testcatalog.h"

#include "db/appsettings.h"
#include "db/catalogdb.h"
#include "ui/builddocument.h"
#include "ui/buildeditor.h"
#include "ui/mainwindow.h"
#include "ui/resultmodels.h"
#include "ui/resultsview.h"
#include "ui/catalogcolumns.h"
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
#include <QDoubleSpinBox>
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
inline QStringList markers(const QString &text)
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
inline QStringList visibleTexts(QWidget *root)
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
inline QStringList englishWords(QString text, const QStringList &names)
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
        u"ddr4"_s, u"ddr5"_s, u"lpddr5"_s, u"AVX-512"_s, u"MTP"_s, u"RoPE"_s, u"FFN"_s, u"DIMM"_s, u"DIMMs"_s, u"MRDIMM"_s, u"GHz"_s, u"BF16"_s, u"HBM3"_s, u"ddr5-4800"_s, u"Ctrl"_s, u"Shift"_s,
        u"INT4"_s, u"Qwen3"_s, u"H100"_s, u"pipeline-parallel-size"_s, u"pp-size"_s}; // the last two: command-line options, quoted as typed
    QStringList found;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        if (!allowed.contains(m.captured(), Qt::CaseInsensitive))
            found << m.captured();
    return found;
}


// The base of every GUI test class: the catalog, settings and language each starts from, written once.
// Its initTestCase points the catalog and settings at a temporary folder and, with
// HWPLANNER_SCREENSHOT_LANG=zh_CN, installs the Chinese interface; a test class that needs more in its
// own initTestCase calls GuiTestCase::initTestCase() first.
class GuiTestCase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    QTranslator m_translator;   // the interface's, empty in English
    QTranslator m_qtTranslator; // Qt's own buttons (Close, OK, Cancel)

    // Saves DIR/<name>-<lang>.png when HWPLANNER_SCREENSHOTS=DIR.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString out = qEnvironmentVariable("HWPLANNER_SCREENSHOTS");
        if (out.isEmpty())
            return;
        const QString lang = qEnvironmentVariable("HWPLANNER_SCREENSHOT_LANG", u"en"_s);
        w->grab().save(out + u'/' + name + u'-' + lang + u".png"_s);
    }
    // Picks the item whose data is `id` in the editor's combo box for `field` ("model", "quant", "runtime").
    static void choose(hwui::MainWindow &w, const QString &field, const QString &id)
    {
        auto *box = qobject_cast<QComboBox *>(w.editor()->fieldWidget(field));
        QVERIFY2(box, qPrintable(field));
        box->setCurrentIndex(box->findData(id));
    }

protected slots:
    void initTestCase()
    {
        qputenv("HWPLANNER_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        const QString lang = qEnvironmentVariable("HWPLANNER_SCREENSHOT_LANG");
        if (!lang.isEmpty() && lang != u"en") {
            QVERIFY(m_translator.load(u":/i18n/hwplanner_"_s + lang));
            QCoreApplication::installTranslator(&m_translator);
            // Qt's own buttons as the application shows them (qt6-translations-l10n).
            if (m_qtTranslator.load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        QFont font = QApplication::font();
        font.setFamilies({u"WenQuanYi Micro Hei"_s, font.family()});
        QApplication::setFont(font);
    }
};
