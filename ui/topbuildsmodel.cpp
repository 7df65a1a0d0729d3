#include "ui/topbuildsmodel.h"

#include "ui/buildnames.h"
#include "ui/resultmodels.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hwui {

std::vector<TopBuildsModel::Row> TopBuildsModel::rowsFor(const hw::Catalog &catalog, const hw::SweepTarget &target, const hw::SweepResult &result,
                                                         const hw::PriceBook &prices, const hw::CostSettings &settings)
{
    std::vector<Row> rows;
    const bool oneModel = target.modelIds.size() == 1;
    auto add = [&](std::size_t i) {
        Row r;
        r.point = i;
        r.build = hw::sweepBuild(catalog, target, result.points[i]);
        r.build.name = buildDisplayName(r.build, !oneModel).toStdString();
        const hw::Estimate e = hw::estimate(r.build, hw::Detail::Figures);
        const hw::CostResult c = hw::costOf(r.build, e, prices, settings);
        r.capex = c.capex;
        r.complete = c.complete();
        r.unpriced = c.unpricedCount();
        r.perUser = e.decodePerUser;
        r.aggregate = e.decodeAggregate;
        r.usersServed = e.maxUsers;
        r.costPerUser = c.perUser;
        rows.push_back(std::move(r));
    };
    for (std::size_t i : result.recommended)
        add(i);
    for (std::size_t i : result.unpricedFeasible)
        add(i);
    return rows;
}

void TopBuildsModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TopBuildsModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= rowCount() || m_rows[std::size_t(row)].pinned == pinned)
        return;
    m_rows[std::size_t(row)].pinned = pinned;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TopBuildsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TopBuildsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TopBuildsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const QLocale l;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(r.build.name);
        case Capex:
            return r.capex;
        case PerUser:
            return r.perUser;
        case Aggregate:
            return r.aggregate;
        case UsersServed:
            return r.usersServed;
        case CostPerUser:
            return r.costPerUser ? QVariant(*r.costPerUser) : QVariant();
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.pinned ? tr("%1 (pinned)").arg(QString::fromStdString(r.build.name)) : QString::fromStdString(r.build.name);
        case Capex:
            return r.complete ? l.toString(r.capex, 'f', 0) : tr("≥ %1").arg(l.toString(r.capex, 'f', 0)); // the tooltip says why
        case PerUser:
            return l.toString(r.perUser, 'f', 1);
        case Aggregate:
            return l.toString(r.aggregate, 'f', 1);
        case UsersServed:
            return l.toString(r.usersServed);
        case CostPerUser:
            return r.costPerUser ? l.toString(*r.costPerUser, 'f', 0) : tr("not known");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.pinned) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == UsersServed)
            return tr("Users this build serves at the target speed each; the capex per user divides by it.");
        if (!r.complete && (index.column() == Capex || index.column() == CostPerUser))
            return tr("Incomplete: %n part(s) have no price, so the capex is a lower bound and the cost per user is not known.", "", r.unpriced);
        return QString::fromStdString(r.build.name);
    }
    return {};
}

QVariant TopBuildsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Build");
    case Capex:
        return tr("Capex\n(%1)").arg(m_currency);
    case PerUser:
        return tr("Per user\n(tok/s)");
    case Aggregate:
        return tr("Aggregate\n(tok/s)");
    case UsersServed:
        return tr("Users\nserved");
    case CostPerUser:
        return tr("Capex per\nuser (%1)").arg(m_currency);
    }
    return {};
}

bool TopBuildsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const TopBuildsModel *>(sourceModel());
    const int column = left.column();
    if (model && (column == TopBuildsModel::Capex || column == TopBuildsModel::CostPerUser)) {
        const bool a = model->row(left.row()).complete, b = model->row(right.row()).complete;
        if (a != b) // complete first in either order: the descending sort asks lessThan(right, left)
            return sortOrder() == Qt::AscendingOrder ? a : !a;
    }
    const QVariant x = left.data(RawValueRole), y = right.data(RawValueRole);
    if (x.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(x.toString(), y.toString()) < 0;
    return x.toDouble() < y.toDouble();
}

} // namespace hwui
