#include "ui/mainwindow.h"
#include "ui/windowsize.h"
#include "ui/helpdialog.h"

#include "db/appsettings.h"
#include "db/catalogdb.h"
#include "db/pricecsv.h"
#include "ui/builddocument.h"
#include "ui/buildeditor.h"
#include "ui/catalogdialog.h"
#include "ui/resultsview.h"
#include "ui/comparemodel.h"
#include "db/resultjson.h"
#include "ui/claimmodels.h"
#include "ui/offerpage.h"
#include "ui/quotedialog.h"
#include "ui/quotewriter.h"
#include "ui/settingsdialog.h"
#include "ui/sweepview.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QStandardPaths>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new BuildDocument(this))
{
    m_catalogPath = hwdb::CatalogDatabase::defaultPath();
    reloadCatalog();

    m_editor = new BuildEditor(m_doc, &m_catalog, this);
    m_results = new ResultsView(this);
    m_sweep = new SweepView(m_results);
    m_results->tabs()->addTab(m_sweep, tr("Cost &vs tok/s"));
    m_compare = new CompareModel(this);
    auto *comparePage = new QWidget(m_results);
    auto *compareLayout = new QVBoxLayout(comparePage);
    auto *compareTable = new QTableView(comparePage);
    compareTable->setModel(m_compare);
    compareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    compareTable->setWordWrap(true);
    auto *pinButton = new QPushButton(tr("&Pin this build"), comparePage);
    auto *clearButton = new QPushButton(tr("C&lear pins"), comparePage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(pinButton);
    buttons->addWidget(clearButton);
    buttons->addStretch(1);
    compareLayout->addLayout(buttons);
    compareLayout->addWidget(compareTable, 1);
    m_results->tabs()->addTab(comparePage, tr("Com&pare"));
    connect(pinButton, &QPushButton::clicked, this, &MainWindow::pinCurrent);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_compare->clear();
        m_results->clearOverlays();
        m_sweep->setPinned({}, 0);
    });
    m_offer = new OfferPage(m_results);
    m_offer->setCatalog(&m_catalog, hwdb::costSettings());
    m_results->tabs()->addTab(m_offer, tr("Check an &offer"));
    connect(m_offer, &OfferPage::openAsBuild, this, [this](const hw::Build &build) {
        m_doc->replace(hwdb::buildToJson(build), tr("Open the offer as a build"));
        m_results->tabs()->setCurrentIndex(0);
    });
    connect(m_sweep, &SweepView::buildChosen, this, [this](const hw::Build &build) {
        m_doc->replace(hwdb::buildToJson(build), tr("Load %1 from the sweep").arg(QString::fromStdString(build.name)));
    });
    connect(m_sweep, &SweepView::buildPinned, this, [this](const hw::Build &build) { pinBuild(build, QString::fromStdString(build.name)); });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_editor->sizeHint().width() + 24);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    // Tab moves on from every control: tables do not cycle through their cells (the arrow keys do),
    // text boxes do not type a tab (pasted offers keep theirs).
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New build"), QKeySequence::New, this, [this] {
        if (maybeSave())
            m_doc->newBuild();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import prices (CSV)…"), this, &MainWindow::importPrices);
    file->addSeparator();
    file->addAction(tr("Export &quote (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this, &MainWindow::exportQuote);
    file->addAction(tr("Export &results (JSON, CSV)…"), this, &MainWindow::exportResults);
    file->addAction(tr("Export &bill of materials (CSV)…"), this, &MainWindow::exportBom);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Pin build for comparison"), QKeySequence(Qt::CTRL | Qt::Key_P), this, &MainWindow::pinCurrent);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Catalog…"), this, [this] {
        CatalogDialog dialog(m_catalogPath, this);
        bool changed = false;
        connect(&dialog, &CatalogDialog::catalogChanged, this, [&changed] { changed = true; });
        dialog.exec();
        if (changed) {
            reloadCatalog();
            m_editor->reloadChoices();
            recompute();
        }
    });
    tools->addAction(tr("&Quotes…"), this, [this] {
        QuotesDialog dialog(m_catalogPath, this);
        dialog.exec();
    });
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            m_catalogPath = hwdb::CatalogDatabase::defaultPath(); // the team catalog may have changed
            statusBar()->showMessage(tr("Catalog: %1").arg(hwdb::CatalogDatabase::displayLocation(m_catalogPath)));
            reloadCatalog();
            m_editor->reloadChoices();
            recompute();
        }
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Guide and glossary"), QKeySequence::HelpContents, this, [this] {
        auto *dialog = new HelpDialog(this); // beside the window, not blocking it
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About hwplanner"), this, [this] {
        QMessageBox::about(this, tr("About hwplanner"),
                           tr("<b>hwplanner %1</b><br>Plans hardware for running large language models on your own machines: "
                              "whether a model fits, how fast it answers, what it costs.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    rebuildRecentMenu();

    connect(m_doc, &BuildDocument::changed, this, &MainWindow::recompute);
    connect(m_doc, &BuildDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &BuildDocument::filePathChanged, this, &MainWindow::updateTitle);
    statusBar()->showMessage(tr("Catalog: %1").arg(hwdb::CatalogDatabase::displayLocation(m_catalogPath)));
    resizeToFit(this, QSize(1600, 1000));
    updateTitle();
    recompute();
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadCatalog()
{
    hwdb::CatalogDatabase db(m_catalogPath);
    hwdb::Recovery recovery;
    const bool opened = hwdb::openOrRecover(db, &recovery);
    if (!recovery.movedTo.isEmpty())
        QMessageBox::warning(this, tr("Catalog"), tr("The catalog was damaged (%1).\n\nIt was moved to %2 and a fresh catalog was created.\n\n%3")
                                                     .arg(recovery.damaged, recovery.movedTo,
                                                          recovery.salvaged.isEmpty() ? tr("No prices or quotes of your own could be read from it.")
                                                                                      : tr("Your prices and quotes were saved first to: %1. Import the prices "
                                                                                           "with File > Import prices.").arg(recovery.salvaged.join(u", "_s))));
    if (!opened || !db.load(&m_catalog))
        QMessageBox::critical(this, tr("Catalog"), tr("The catalog could not be opened:\n%1").arg(db.errorString()));
    m_prices = hwdb::makePriceBook(m_catalog, hwdb::costSettings());
    if (m_offer)
        m_offer->setCatalog(&m_catalog, hwdb::costSettings());
}

void MainWindow::recompute()
{
    hw::Build build;
    hwdb::BuildError error;
    m_valid = false;
    if (!m_doc->resolve(m_catalog, &build, &error)) {
        m_editor->setFieldError(error.field, error.message);
        m_results->showError(error.field.isEmpty() ? error.message : tr("%1: %2").arg(error.field, error.message));
        return;
    }
    m_editor->setFieldError(QString(), QString());
    m_build = build;
    m_estimate = hw::estimate(build);
    m_cost = hw::costOf(build, m_estimate, *m_prices, hwdb::costSettings());
    m_valid = true;
    m_results->showResult(build, m_estimate, m_cost);
    m_results->setChecklist(hw::buyerChecklist(build, m_estimate, m_cost));
    m_sweep->setCurrent(m_catalog, hwdb::costSettings(), build, m_cost, m_estimate.decodeAggregate);
}

void MainWindow::pinCurrent()
{
    if (!m_valid)
        return;
    pinBuild(m_build, m_doc->filePath().isEmpty() ? tr("Build %1").arg(m_compare->columnCount() + 1) : m_doc->displayName());
}

void MainWindow::pinBuild(const hw::Build &chosen, const QString &name)
{
    // Alternatives are compared for one workload, the first pinned build's.
    const hw::Build build = m_compare->workload() ? hw::atWorkload(chosen, *m_compare->workload()) : chosen;
    // Pinning the same build twice would compare it with itself (and quote it twice).
    const QJsonObject json = hwdb::buildToJson(build);
    for (const CompareModel::Pinned &p : m_compare->pinned())
        if (hwdb::buildToJson(p.build) == json) {
            statusBar()->showMessage(tr("%1 is already pinned").arg(name), 4000);
            return;
        }
    const hw::Estimate estimate = hw::estimate(build);
    m_compare->pin({name, build, estimate, hw::costOf(build, estimate, *m_prices, hwdb::costSettings())});
    m_results->addOverlay(name, build, estimate.runs);
    // Only a complete capex has a place on the cost axis: the others are counted, not drawn.
    QList<QPointF> pinned;
    int unpriced = 0;
    for (const CompareModel::Pinned &p : m_compare->pinned()) {
        if (p.cost.complete())
            pinned << QPointF(p.cost.capex, p.estimate.decodeAggregate);
        else
            ++unpriced;
    }
    m_sweep->setPinned(pinned, unpriced);
    statusBar()->showMessage(tr("Pinned %1 for comparison (%2 pinned)").arg(name).arg(m_compare->columnCount()), 4000);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — hwplanner").arg(m_doc->displayName()));
    setWindowModified(m_doc->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(m_doc->displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->load(path, &error)) {
        QMessageBox::warning(this, tr("Open build"), error);
        return false;
    }
    addRecent(path);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open build"), QString(), tr("Build files (*.hwplan *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_doc->save(path, &error)) {
        QMessageBox::warning(this, tr("Save build"), error);
        return false;
    }
    addRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveFile(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save build"), m_doc->filePath(), tr("Build files (*.hwplan)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".hwplan"_s;
    return saveFile(path);
}

void MainWindow::importPrices()
{
    hwdb::CatalogDatabase db(m_catalogPath);
    QString message;
    const int added = db.open() ? importPricesWithPreview(this, db, m_catalog, &message) : -1;
    if (added < 0) {
        QMessageBox::warning(this, tr("Import prices"), message.isEmpty() ? db.errorString() : message);
        return;
    }
    if (added > 0) {
        reloadCatalog();
        recompute();
    }
    statusBar()->showMessage(message, 5000);
}

QList<hw::Build> MainWindow::quoteCandidates(QStringList *names) const
{
    QList<hw::Build> builds;
    names->clear();
    if (m_valid) {
        builds << m_build;
        *names << tr("Current: %1").arg(m_build.name.empty() ? m_doc->displayName() : QString::fromStdString(m_build.name));
    }
    for (const CompareModel::Pinned &p : m_compare->pinned()) {
        hw::Build b = p.build;
        if (b.name.empty())
            b.name = p.name.toStdString();
        builds << b;
        *names << tr("Pinned: %1").arg(p.name);
    }
    return builds;
}

bool MainWindow::writeQuote(const QList<hw::Build> &builds, const hwdb::QuoteOptions &options, bool withFindings, const QString &path,
                            QString *number, QString *error)
{
    QList<hw::Build> named = builds;
    if (!named.isEmpty() && named.first().name.empty())
        named.first().name = m_doc->displayName().toStdString();
    QJsonObject data = hwdb::makeQuoteData(named, m_catalog, *m_prices, hwdb::costSettings(), options,
                                           withFindings ? m_offer->findings()->findings() : std::vector<hw::Finding>{});
    hwdb::CatalogDatabase db(m_catalogPath);
    hwdb::QuoteStore store(db);
    if (!db.open()) {
        *error = db.errorString();
        return false;
    }
    if (!store.issue(&data, path, renderQuotePdf, error))
        return false;
    *number = data.value(u"number"_s).toString();
    return true;
}

void MainWindow::exportQuote()
{
    QStringList names;
    const QList<hw::Build> builds = quoteCandidates(&names);
    if (builds.isEmpty()) {
        QMessageBox::information(this, tr("Export quote"), tr("There is no valid build to quote: correct the build or pin one first."));
        return;
    }
    QuoteDialog dialog(names, builds.first().workload, m_offer->findings()->rowCount() > 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<hw::Build> chosen;
    for (int row : dialog.chosen())
        chosen << builds[row];
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists()) // a fresh account without ~/Documents: the home folder, not the launch directory
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quote"), QDir(folder).filePath(tr("quote-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString number, error;
    const bool ok = writeQuote(chosen, dialog.options(), dialog.includeFindings(), path, &number, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Export quote"), error);
        return;
    }
    statusBar()->showMessage(tr("Quote %1 saved to %2; Tools > Quotes lists it.").arg(number, path), 8000);
}

void MainWindow::exportResults()
{
    if (!m_valid) {
        QMessageBox::information(this, tr("Export results"), tr("The build is not valid; correct it first."));
        return;
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), QString(), tr("JSON (*.json);;CSV for Excel and WPS (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive) || (filter.contains(u"csv"_s) && !path.endsWith(u".json"_s, Qt::CaseInsensitive));
    const bool ok = csv ? hwdb::writeResultsCsv(path, m_build, m_estimate, m_cost, &error)
                        : hwdb::writeJsonFile(path, hwdb::estimateToJson(m_build, m_estimate, &m_cost), &error);
    if (!ok)
        QMessageBox::critical(this, tr("Export results"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportBom()
{
    if (!m_valid) {
        QMessageBox::information(this, tr("Export bill of materials"), tr("The build is not valid; correct it first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bill of materials"), QString(), tr("CSV for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!hwdb::writeBomCsv(path, m_cost, &error))
        QMessageBox::critical(this, tr("Export bill of materials"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = hwdb::settings::recentFiles.value();
    recent.removeAll(path);
    recent.prepend(path);
    hwdb::settings::recentFiles.set(recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = hwdb::settings::recentFiles.value();
    for (const QString &path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

} // namespace hwui
