#pragma once

// Pinned builds side by side: one column per build, one row per key figure, the best of each row marked.

#include "model/cost.h"
#include "model/estimator.h"

#include <QAbstractTableModel>

namespace hwui {

class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { Model, Hardware, Runtime, Fits, PerUser, Aggregate, Prefill, MaxUsers, Bound, GpuPerDevice, Capex, TcoPerYear, PerUserCost,
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double number(int row, int column) const;     // the figure compared, NaN when not numeric
    bool higherIsBetter(int row) const;
    std::vector<Pinned> m_pinned;
};

} // namespace hwui
