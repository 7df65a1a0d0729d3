#pragma once

// The results of the current build: headline figures, memory per device, speed against users, the
// bill of materials and the explanation. Thin: it shows what the item models hold.

#include "model/cost.h"
#include "model/claims.h"
#include "model/estimator.h"

#include <QWidget>

class QBarCategoryAxis;
class QAbstractAxis;
class QChart;
class QLabel;
class QStackedWidget;
class QAreaSeries;
class QLineSeries;
class QPlainTextEdit;
class QScatterSeries;
class QTabWidget;
class QValueAxis;

namespace hwui {

class BomModel;
class ChecklistModel;
class ConcurrencyModel;
class MemoryModel;

class ResultsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;
    Q_DISABLE_COPY_MOVE(ResultsView)

    void showResult(const hw::Build &build, const hw::Estimate &estimate, const hw::CostResult &cost);
    void setChecklist(std::vector<hw::ChecklistItem> items);
    ChecklistModel *checklistModel() const { return m_checklist; }
    void showError(const QString &message);
    // A pinned build's per-user speed drawn over the speed chart (its own model feeds its line).
    void addOverlay(const QString &name, const hw::Build &build, bool runs);
    void clearOverlays();

    MemoryModel *memoryModel() const { return m_memory; }
    ConcurrencyModel *concurrencyModel() const { return m_concurrency; }
    BomModel *bomModel() const { return m_bom; }
    QChart *memoryChart() const { return m_memoryChart; }
    QChart *throughputChart() const { return m_throughputChart; }
    QLabel *headline() const { return m_headline; }
    // True when the memory and speed pages show a message instead of a chart (the build cannot run).
    bool chartsReplacedByMessage() const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    MemoryModel *m_memory;
    ConcurrencyModel *m_concurrency;
    BomModel *m_bom;
    ChecklistModel *m_checklist;
    QLabel *m_headline = nullptr;
    QLabel *m_costSummary = nullptr;
    QLabel *m_assumptions = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_memoryStack = nullptr; // the chart, or a message when the build cannot run
    QStackedWidget *m_speedStack = nullptr;
    QLabel *m_memoryMessage = nullptr;
    QLabel *m_speedMessage = nullptr;
    QChart *m_memoryChart = nullptr;
    QBarCategoryAxis *m_devicesAxis = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
    QChart *m_throughputChart = nullptr;
    QValueAxis *m_perUserAxis = nullptr;
    QValueAxis *m_aggregateAxis = nullptr;
    QLineSeries *m_acceptable = nullptr;
    QLineSeries *m_comfortable = nullptr;
    QScatterSeries *m_target = nullptr;
    QAreaSeries *m_perUserBand = nullptr; // the per-user line x the held-out 10th-90th percentile ratios
    QLineSeries *m_bandLow = nullptr, *m_bandHigh = nullptr;
    QList<QObject *> m_overlays; // series and their models
};

} // namespace hwui
