#pragma once

// Item models over one estimate, shared by the tables and the charts (charts map these models, they
// do not copy the numbers).

#include "model/cost.h"
#include "model/estimator.h"

#include <QAbstractTableModel>

namespace hwui {

// A bill-of-materials unit ("card", "platform", ...) in the interface's language.
QString unitName(const std::string &unit);

inline constexpr int RawValueRole = Qt::UserRole + 1; // the number behind a cell, for sorting and charts

// The engine's placement and bound, in the user's language.
QString placementText(hw::Placement placement);
QString boundText(hw::Bound bound);

// Memory per device: weights, KV cache, overhead and what is left of the capacity (GB).
class MemoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The *Share columns are percent of the device's capacity, for the chart (each device on its own scale):
    // weights, KV and overhead fill up to 100%, what does not fit is OverflowShare, drawn past 100%.
    enum Column { Device, Weights, KvCache, Overhead, Free, Capacity, WeightsShare, KvShare, OverheadShare, OverflowShare, FreeShare, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(MemoryModel)

    void setEstimate(const hw::Estimate &estimate);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<hw::DeviceMemory> m_devices;
};

// Decode speed per user and in aggregate against the number of concurrent users.
class ConcurrencyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Users, PerUser, Aggregate, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(ConcurrencyModel)

    static const std::vector<int> &userSteps(); // 1 to 256 on a doubling-ish scale
    void setBuild(const hw::Build &build, bool runs);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int users;
        double perUser, aggregate;
    };
    std::vector<Row> m_rows;
};

// The bill of materials, one line per part.
class BomModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Part, Quantity, UnitPrice, Total, PriceDate, Condition, Source, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(BomModel)

    void setCost(const hw::CostResult &cost);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    hw::CostResult m_cost;
};

} // namespace hwui
