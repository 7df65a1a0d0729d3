#pragma once

// The builds a sweep recommends, as a table a buyer sorts and picks from: the cheapest fully priced
// builds that meet the target (within the budget), then those that meet it but lack a price. Each row
// carries the whole build, so "Load" and "Pin" need nothing else.

#include "model/cost.h"
#include "model/sweep.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace hwui {

class TopBuildsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Capex, PerUser, Aggregate, UsersServed, CostPerUser, ColumnCount };
    struct Row
    {
        hw::Build build;          // named for the reader (buildDisplayName)
        std::size_t point = 0;    // index into the sweep's points
        double capex = 0;         // the priced lines: the whole capex only when complete
        bool complete = false;
        int unpriced = 0;         // parts without a price
        double perUser = 0;       // tok/s each user gets at the target users
        double aggregate = 0;     // tok/s of all users together
        int usersServed = 0;      // users served at the target speed (the estimator's maximum)
        std::optional<double> costPerUser; // capex per user served; none while incomplete
        bool pinned = false;
    };

    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(TopBuildsModel)

    // The rows of a finished sweep: recommended first (capex ascending), then the unpriced that meet the target.
    static std::vector<Row> rowsFor(const hw::Catalog &catalog, const hw::SweepTarget &target, const hw::SweepResult &result,
                                    const hw::PriceBook &prices, const hw::CostSettings &settings);
    void setRows(std::vector<Row> rows);
    void clear() { setRows({}); }
    const Row &row(int r) const { return m_rows[std::size_t(r)]; }
    void setPinned(int row, bool pinned);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCurrency(const QString &currency) { m_currency = currency; }

private:
    std::vector<Row> m_rows;
    QString m_currency = QStringLiteral("CNY");
};

// Sorts by the raw numbers; a capex (or capex per user) that is incomplete is a lower bound, so those
// rows come after the complete ones in either order.
class TopBuildsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace hwui
