#include "ui/sweepmodel.h"

#include "model/claims.h"
#include "ui/buildnames.h"
#include "ui/resultmodels.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace hwui {

void SweepModel::setResult(const hw::Catalog &catalog, const hw::SweepTarget &target, hw::SweepResult result, const hw::PriceBook *prices,
                           const hw::CostSettings &settings, int buckets)
{
    beginResetModel();
    m_catalog = &catalog;
    m_target = target;
    m_result = std::move(result);
    m_rows.clear();
    m_onFrontier.clear();
    double lo = 1e300, hi = 0;
    for (const hw::SweepPoint &p : m_result.points) {
        if (!p.priced || p.capex <= 0)
            continue;
        lo = std::min(lo, p.capex);
        hi = std::max(hi, p.capex);
    }
    std::vector<bool> frontier(m_result.points.size(), false);
    for (std::size_t i : m_result.frontierAggregate)
        frontier[i] = true;
    std::map<std::pair<int, int>, std::size_t> best; // (placement, capex band) -> point
    const double span = hi > lo ? std::log(hi / lo) : 1.0;
    for (std::size_t i = 0; i < m_result.points.size(); ++i) {
        const hw::SweepPoint &p = m_result.points[i];
        if (!p.priced || p.capex <= 0)
            continue;
        if (frontier[i]) {
            m_rows.push_back(i);
            continue;
        }
        const int band = int(std::log(p.capex / lo) / span * (buckets - 1));
        auto &slot = best[{int(p.placement), band}];
        if (!slot || m_result.points[slot].aggregate < p.aggregate)
            slot = i;
    }
    for (const auto &kv : best)
        if (!frontier[kv.second])
            m_rows.push_back(kv.second);
    m_failsChecklist.clear();
    for (std::size_t i : m_rows) {
        m_onFrontier.push_back(frontier[i]);
        bool fails = false;
        if (prices) {
            const hw::Build b = hw::sweepBuild(catalog, m_target, m_result.points[i]);
            const hw::Estimate e = hw::estimate(b, hw::Detail::Throughput);
            for (const hw::ChecklistItem &item : hw::buyerChecklist(b, e, hw::costOf(b, e, *prices, settings)))
                fails = fails || item.status == "fail";
        }
        m_failsChecklist.push_back(fails);
    }
    endResetModel();
}

int SweepModel::nearestRow(double capex, double aggregate) const
{
    int best = -1;
    double bestDistance = 1e300;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const hw::SweepPoint &p = point(r);
        const double dx = std::log(std::max(1.0, p.capex) / std::max(1.0, capex));
        const double dy = (p.aggregate - aggregate) / std::max(1.0, std::max<double>(p.aggregate, aggregate));
        const double d = dx * dx + dy * dy;
        if (d < bestDistance) {
            bestDistance = d;
            best = r;
        }
    }
    return best;
}

int SweepModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int SweepModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SweepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const hw::SweepPoint &p = point(index.row());
    QVariant raw;
    switch (index.column()) {
    case Capex:
        raw = p.capex;
        break;
    case Aggregate:
        raw = double(p.aggregate);
        break;
    case PerUser:
        raw = double(p.perUser);
        break;
    case Placement:
        raw = QString::fromLatin1(hw::placementName(p.placement));
        break;
    case OnFrontier:
        raw = bool(m_onFrontier[size_t(index.row())]);
        break;
    case Meets:
        raw = p.meets;
        break;
    case FailsChecklist:
        raw = bool(m_failsChecklist[size_t(index.row())]);
        break;
    case Name:
        raw = buildDisplayName(hw::sweepBuild(*m_catalog, m_target, p), m_target.modelIds.size() != 1);
        break;
    }
    if (role == RawValueRole || role == Qt::EditRole)
        return raw;
    // Numbers stay numbers in DisplayRole: the chart mappers read it (a "4,615" string would be 0).
    if (role == Qt::DisplayRole) {
        if (index.column() == Capex)
            return std::round(p.capex);
        if (index.column() == Aggregate || index.column() == PerUser)
            return std::round(raw.toDouble() * 10) / 10;
        return raw;
    }
    return {};
}

QVariant SweepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Capex:
        return tr("Capex");
    case Aggregate:
        return tr("Aggregate tok/s");
    case PerUser:
        return tr("Per user tok/s");
    case Placement:
        return tr("Placement");
    case OnFrontier:
        return tr("On the frontier");
    case Meets:
        return tr("Meets the target");
    case FailsChecklist:
        return tr("Fails a checklist rule");
    case Name:
        return tr("Build");
    }
    return {};
}

} // namespace hwui
