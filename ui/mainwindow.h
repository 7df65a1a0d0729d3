#pragma once

// The composition of the desktop application: a build document, its editor and its results.

#include "db/quotes.h"
#include "model/catalog.h"
#include "model/pricebook.h"

#include <QMainWindow>

#include <memory>

class QMenu;

namespace hwui {

class BuildDocument;
class BuildEditor;
class CompareModel;
class OfferPage;
class ResultsView;
class SweepView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    BuildDocument *document() const { return m_doc; }
    BuildEditor *editor() const { return m_editor; }
    ResultsView *results() const { return m_results; }
    SweepView *sweepView() const { return m_sweep; }
    CompareModel *compareModel() const { return m_compare; }
    OfferPage *offerPage() const { return m_offer; }
    void pinCurrent();
    void pinBuild(const hw::Build &build, const QString &name);
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    // The builds a quote can hold: the current one (when valid), then the pinned ones.
    QList<hw::Build> quoteCandidates(QStringList *names) const;
    // Numbers, stores and writes a quote of these builds; the findings of the Offer tab when asked.
    bool writeQuote(const QList<hw::Build> &builds, const hwdb::QuoteOptions &options, bool withFindings, const QString &path, QString *number,
                    QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void recompute();
    void reloadCatalog();
    bool maybeSave();
    void open();
    bool save();
    bool saveAs();
    void importPrices();
    void exportQuote();
    void exportResults();
    void exportBom();
    void updateTitle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();

    hw::Catalog m_catalog;
    std::unique_ptr<hw::InMemoryPriceBook> m_prices;
    QString m_catalogPath;
    BuildDocument *m_doc;
    BuildEditor *m_editor = nullptr;
    ResultsView *m_results = nullptr;
    SweepView *m_sweep = nullptr;
    CompareModel *m_compare = nullptr;
    OfferPage *m_offer = nullptr;
    QMenu *m_recent = nullptr;
    hw::Build m_build;
    hw::Estimate m_estimate;
    hw::CostResult m_cost;
    bool m_valid = false;
};

} // namespace hwui
