#include "ui/comparemodel.h"

#include "ui/claimmodels.h"
#include "ui/resultmodels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>
#include <limits>

namespace hwui {

void CompareModel::pin(Pinned pinned)
{
    beginInsertColumns({}, int(m_pinned.size()), int(m_pinned.size()));
    m_pinned.push_back(std::move(pinned));
    endInsertColumns();
    recommend();
}

std::optional<hw::Workload> CompareModel::workload() const
{
    if (m_pinned.empty())
        return std::nullopt;
    return m_pinned.front().build.workload;
}

void CompareModel::recommend()
{
    std::vector<hw::Alternative> alternatives;
    for (const Pinned &p : m_pinned)
        alternatives.push_back({p.build, p.estimate, p.cost, hw::buyerChecklist(p.build, p.estimate, p.cost)});
    m_recommendation = hw::recommend(alternatives);
    if (!m_pinned.empty())
        Q_EMIT dataChanged(index(Workload, 0), index(Verdict, columnCount() - 1));
}

void CompareModel::unpin(int column)
{
    if (column < 0 || column >= int(m_pinned.size()))
        return;
    beginRemoveColumns({}, column, column);
    m_pinned.erase(m_pinned.begin() + column);
    endRemoveColumns();
    recommend();
}

void CompareModel::clear()
{
    beginResetModel();
    m_pinned.clear();
    m_recommendation = {};
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : RowCount; }
int CompareModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_pinned.size()); }

bool CompareModel::higherIsBetter(int row) const
{
    return row == PerUser || row == Aggregate || row == Prefill || row == MaxUsers;
}

double CompareModel::number(int row, int column) const
{
    const Pinned &p = m_pinned[size_t(column)];
    const bool priced = p.cost.complete();
    switch (row) {
    case PerUser:
        return p.estimate.decodePerUser;
    case Aggregate:
        return p.estimate.decodeAggregate;
    case Prefill:
        return p.estimate.prefillTps;
    case MaxUsers:
        return p.estimate.maxUsers;
    case Capex:
        return priced ? p.cost.capex : std::numeric_limits<double>::quiet_NaN();
    case TcoPerYear:
        return priced ? p.cost.tcoPerYear : std::numeric_limits<double>::quiet_NaN();
    case PerUserCost:
        return p.cost.perUser.value_or(std::numeric_limits<double>::quiet_NaN());
    case PerMillionTokens:
        return p.cost.perMillionTokens.value_or(std::numeric_limits<double>::quiet_NaN());
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Pinned &p = m_pinned[size_t(index.column())];
    const QLocale locale;
    const double v = number(index.row(), index.column());
    if (role == Qt::DisplayRole) {
        switch (index.row()) {
        case Workload:
            return translated({hw::workloadMessage(p.build.workload)});
        case Verdict:
            return size_t(index.column()) < m_recommendation.reasons.size() ? translated({m_recommendation.reasons[size_t(index.column())]}) : QString();
        case Model:
            return tr("%1, %2").arg(QString::fromStdString(p.build.model.name), QString::fromStdString(p.build.quant.name));
        case Hardware:
            return QString(QString::fromStdString(p.build.gpu ? std::to_string(p.build.nodes) + " x " + std::to_string(p.build.gpusPerNode) + " x " + p.build.gpu->name
                                                      : std::string("CPU only"))
                + (p.build.cpu ? QStringLiteral(", ") + QString::fromStdString(p.build.cpu->name) : QString()));
        case Runtime:
            return QString::fromStdString(p.build.runtime.name);
        case Fits:
            return p.estimate.fits ? tr("yes") : (p.estimate.runs ? tr("no, runs degraded") : tr("no"));
        case Bound:
            return boundText(p.estimate.bound);
        case GpuPerDevice:
            return tr("%1 of %2 GB").arg(locale.toString(p.estimate.gpuPerDeviceGB, 'f', 1), locale.toString(p.estimate.gpuCapacityPerDeviceGB, 'f', 0));
        case MaxUsers:
            return locale.toString(p.estimate.maxUsers);
        // An incomplete capex is a lower bound: shown as one, and never a number the "best" mark compares.
        case Capex:
            return translated({hw::capexMessage(p.cost, locale.toString(p.cost.capex, 'f', 0).toStdString())});
        case TcoPerYear:
            return translated({hw::tcoMessage(p.cost, locale.toString(p.cost.tcoPerYear, 'f', 0).toStdString())});
        case PerUserCost:
            return std::isnan(v) ? (p.cost.complete() ? tr("none") : tr("none (capex incomplete)"))
                                 : tr("%1 %2").arg(locale.toString(v, 'f', 0), QString::fromStdString(p.cost.currency));
        case PerMillionTokens:
            return std::isnan(v) ? (p.cost.complete() ? tr("none") : tr("none (capex incomplete)"))
                                 : tr("%1 %2").arg(locale.toString(v, 'f', 2), QString::fromStdString(p.cost.currency));
        default:
            return locale.toString(v, 'f', 1);
        }
    }
    if (role == RawValueRole)
        return std::isnan(v) ? QVariant() : QVariant(v);
    // The best of a row among the builds that have the figure; with one such build there is nothing to compare.
    if (role == Qt::BackgroundRole && !std::isnan(v) && m_pinned.size() > 1) {
        bool best = true;
        int known = 0;
        for (int c = 0; c < columnCount(); ++c) {
            const double o = number(index.row(), c);
            known += !std::isnan(o);
            if (!std::isnan(o) && (higherIsBetter(index.row()) ? o > v : o < v))
                best = false;
        }
        if (best && known > 1)
            return QBrush(QColor(0xc8, 0xe6, 0xc9));
    }
    if (role == Qt::BackgroundRole && index.row() == Verdict && m_pinned.size() > 1 && index.column() == m_recommendation.best)
        return QBrush(QColor(0xc8, 0xe6, 0xc9));
    if (role == Qt::ForegroundRole && index.row() == Verdict && size_t(index.column()) < m_recommendation.meets.size()
        && !m_recommendation.meets[size_t(index.column())])
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && !p.cost.complete() && (index.row() == Capex || index.row() == TcoPerYear))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < int(m_pinned.size()) ? m_pinned[size_t(section)].name : QVariant();
    switch (section) {
    case Workload:
        return tr("Workload (the same for every build)");
    case Verdict:
        return tr("Verdict");
    case Model:
        return tr("Model");
    case Hardware:
        return tr("Hardware");
    case Runtime:
        return tr("Runtime");
    case Fits:
        return tr("Fits");
    case PerUser:
        return tr("Decode per user (tok/s)");
    case Aggregate:
        return tr("Decode aggregate (tok/s)");
    case Prefill:
        return tr("Prefill (tok/s)");
    case MaxUsers:
        return tr("Most users at the target");
    case Bound:
        return tr("Bound");
    case GpuPerDevice:
        return tr("GPU memory per device");
    case Capex:
        return tr("Capex");
    case TcoPerYear:
        return tr("TCO per year");
    case PerUserCost:
        return tr("Capex per user");
    case PerMillionTokens:
        return tr("Per million output tokens");
    }
    return {};
}

} // namespace hwui
