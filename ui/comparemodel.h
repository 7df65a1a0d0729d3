#pragma once

// Pinned builds side by side: one column per build, one row per key figure, the best of each row marked.
// They are alternatives for one workload (the first pinned build's): the caller pins each build evaluated
// at it, the recommendation is made among the builds that meet it, and every other build says why not.

#include "model/cost.h"
#include "model/estimator.h"
#include "model/recommend.h"

#include <QAbstractTableModel>

namespace hwui {

class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { Workload, Verdict, Model, Hardware, Runtime, Fits, PerUser, Aggregate, Prefill, MaxUsers, Bound, GpuPerDevice, Capex, TcoPerYear, PerUserCost,
               PerMillionTokens, RowCount };
    struct Pinned
    {
        QString name;
        hw::Build build;
        hw::Estimate estimate;
        hw::CostResult cost;
    };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(CompareModel)

    void pin(Pinned pinned);
    void unpin(int column);
    void clear();
    const std::vector<Pinned> &pinned() const { return m_pinned; }
    // The workload every pinned build is evaluated at; none while nothing is pinned.
    std::optional<hw::Workload> workload() const;
    // Index of the recommended build, -1 for none.
    int recommended() const { return m_recommendation.best; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double number(int row, int column) const;     // the figure compared, NaN when not numeric
    bool higherIsBetter(int row) const;
    void recommend();
    std::vector<Pinned> m_pinned;
    hw::Recommendation m_recommendation;
};

} // namespace hwui
