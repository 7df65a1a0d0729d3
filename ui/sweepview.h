#pragma once

// Cost versus tokens/s over every candidate build: the sweep runs in a worker thread with progress
// and cancel; the chart shows the candidates by placement, the Pareto frontier, the current build and
// the target; hovering names a build, clicking loads it into the editor.

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
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QValueAxis;
class QCategoryAxis;
class QLogValueAxis;

namespace hwui {

class SweepModel;

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
    QChart *chart() const { return m_chart; }

signals:
    void buildChosen(const hw::Build &build);
    void finished();

private:
    void onFinished();
    void rescale();

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
