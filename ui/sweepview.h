#pragma once

// Cost versus tokens/s over every candidate build: the sweep runs in a worker thread with progress
// and cancel, within the buyer's filters (quality class, new parts only, vendor group, runtime, budget);
// the chart shows the candidates by placement, the Pareto frontier, the current build and the target;
// hovering names a build, clicking loads it into the editor. Beside it (under it on a narrow page), a sortable table of the builds
// recommended, with Load and Pin. The results are cleared as soon as an input they came from changes.

#include "model/catalog.h"
#include "model/pricebook.h"
#include "model/sweep.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QChart;
class QLabel;
class QLineSeries;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QValueAxis;
class QCategoryAxis;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QTableView;
class QSplitter;
class QLogValueAxis;

namespace hwui {

class SweepModel;
class TopBuildsModel;
class TopBuildsProxy;

class SweepView final : public QWidget
{
    Q_OBJECT

public:
    explicit SweepView(QWidget *parent = nullptr);
    ~SweepView() override;
    Q_DISABLE_COPY_MOVE(SweepView)

    // Starts a sweep for the current build's model and workload (cancelling one under way).
    void start(const hw::Catalog &catalog, const hw::CostSettings &settings, const hw::Build &current);
    void cancel();
    // The build being edited: what "Run sweep" sweeps for, and the highlighted point.
    // The current build is drawn at its capex only when every part is priced; otherwise the legend says why not.
    void setCurrent(const hw::Catalog &catalog, const hw::CostSettings &settings, const hw::Build &build, const hw::CostResult &cost, double aggregate);
    // Pinned builds drawn over the chart: `points` are the fully priced ones, `unpriced` counts the others.
    void setPinned(const QList<QPointF> &points, int unpriced);
    bool isRunning() const { return m_watcher.isRunning(); }
    SweepModel *model() const { return m_model; }
    TopBuildsModel *topBuilds() const { return m_top; }
    QTableView *topTable() const { return m_table; }
    // The filters, as the next sweep will use them (for tests and the status line).
    hw::SweepTarget targetFor(const hw::Build &build) const;
    // The table's row (in view order) loaded or pinned, as the buttons do.
    void loadRow(int viewRow);
    void pinRow(int viewRow);
    QString statusText() const;
    bool hasResults() const;
    QChart *chart() const { return m_chart; }

signals:
    void buildChosen(const hw::Build &build);
    // Pin: the build joins the comparison and stays highlighted on the chart.
    void buildPinned(const hw::Build &build);
    void finished();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onFinished();
    void rescale();
    // Clears the results, saying why (an input changed), unless there are none.
    void invalidate(const QString &why);
    void buildFilters(QBoxLayout *into);
    void reloadRuntimes();

    SweepModel *m_model;
    QChart *m_chart = nullptr;
    QLogValueAxis *m_capexAxis = nullptr;    // places the points; its printf labels are hidden
    QCategoryAxis *m_capexLabels = nullptr;  // the labels people read: 100万, 1,000,000
    QValueAxis *m_speedAxis = nullptr;
    QScatterSeries *m_current = nullptr;
    QScatterSeries *m_pinned = nullptr;
    QLineSeries *m_targetLine = nullptr;
    QLineSeries *m_budgetLine = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QSpinBox *m_budget = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    QLabel *m_chartMessage = nullptr;
    bool m_swept = false; // a sweep has finished at least once
    bool m_splitMoved = false; // the user has dragged the chart/table handle
    QCheckBox *m_full = nullptr, *m_quant = nullptr, *m_distill = nullptr, *m_newOnly = nullptr;
    QComboBox *m_vendor = nullptr, *m_runtime = nullptr;
    TopBuildsModel *m_top = nullptr;
    TopBuildsProxy *m_topProxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_load = nullptr, *m_pin = nullptr;
    QSplitter *m_split = nullptr;
    QFutureWatcher<hw::SweepResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_progressPermille{0};
    const hw::Catalog *m_catalog = nullptr;
    std::unique_ptr<hw::InMemoryPriceBook> m_prices;
    hw::SweepTarget m_target;
    hw::Build m_build;
    hw::CostSettings m_settings;
};

} // namespace hwui
