#pragma once

// The sweep's priced candidates as rows, for the cost versus tokens/s chart (one filtered proxy per
// placement and one for the frontier feed the series).

#include "model/pricebook.h"
#include "model/sweep.h"

#include <QAbstractTableModel>

namespace hwui {

class SweepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Capex, Aggregate, PerUser, Placement, OnFrontier, Meets, FailsChecklist, Name, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(SweepModel)

    // Keeps the frontier and, per placement, the fastest build in each of `buckets` capex bands (a
    // scatter of 100,000 points says no more and draws slowly).
    void setResult(const hw::Catalog &catalog, const hw::SweepTarget &target, hw::SweepResult result, const hw::PriceBook *prices = nullptr,
                   const hw::CostSettings &settings = {}, int buckets = 160);
    const hw::SweepPoint &point(int row) const { return m_result.points[m_rows[size_t(row)]]; }
    const hw::SweepResult &result() const { return m_result; }
    const hw::SweepTarget &target() const { return m_target; }
    const hw::Catalog *catalog() const { return m_catalog; }
    // The row nearest to a chart point (capex, aggregate), in log-capex and relative speed.
    int nearestRow(double capex, double aggregate) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const hw::Catalog *m_catalog = nullptr;
    hw::SweepTarget m_target;
    hw::SweepResult m_result;
    std::vector<std::size_t> m_rows; // indices into m_result.points
    std::vector<bool> m_onFrontier;
    std::vector<bool> m_failsChecklist; // a buyer-checklist rule fails
};

} // namespace hwui
