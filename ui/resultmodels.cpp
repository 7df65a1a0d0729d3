#include "ui/resultmodels.h"

#include "ui/claimmodels.h"

#include "model/placement.h"

#include <algorithm>

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace hwui {

namespace {

// Numbers stay numbers in DisplayRole (chart mappers read it); views format them for the locale.
double gb(double v) { return v < 10 ? std::round(v * 100) / 100 : std::round(v * 10) / 10; }

} // namespace

QString placementText(hw::Placement p)
{
    switch (p) {
    case hw::Placement::Gpu:
        return QCoreApplication::translate("hwui::ResultsView", "GPU");
    case hw::Placement::Hybrid:
        return QCoreApplication::translate("hwui::ResultsView", "hybrid CPU+GPU");
    case hw::Placement::Cpu:
        return QCoreApplication::translate("hwui::ResultsView", "CPU only");
    case hw::Placement::Unified:
        return QCoreApplication::translate("hwui::ResultsView", "unified memory");
    }
    return {};
}

QString boundText(hw::Bound b)
{
    switch (b) {
    case hw::Bound::GpuMemoryBandwidth:
        return QCoreApplication::translate("hwui::ResultsView", "GPU memory bandwidth");
    case hw::Bound::CpuMemoryBandwidth:
        return QCoreApplication::translate("hwui::ResultsView", "CPU memory bandwidth");
    case hw::Bound::Compute:
        return QCoreApplication::translate("hwui::ResultsView", "compute");
    case hw::Bound::Interconnect:
        return QCoreApplication::translate("hwui::ResultsView", "interconnect");
    case hw::Bound::Ssd:
        return QCoreApplication::translate("hwui::ResultsView", "SSD paging");
    case hw::Bound::Overhead:
        return QCoreApplication::translate("hwui::ResultsView", "runtime overhead");
    case hw::Bound::None:
        return QCoreApplication::translate("hwui::ResultsView", "none");
    }
    return {};
}


void MemoryModel::setEstimate(const hw::Estimate &e)
{
    beginResetModel();
    m_devices = e.devices;
    endResetModel();
}

int MemoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_devices.size()); }
int MemoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MemoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const hw::DeviceMemory &d = m_devices[size_t(index.row())];
    double v = 0;
    switch (index.column()) {
    case Device:
        if (role == Qt::DisplayRole)
            return translated({d.device});
        return {};
    case Weights:
        v = d.weightsGB;
        break;
    case KvCache:
        v = d.kvGB;
        break;
    case Overhead:
        v = d.overheadGB;
        break;
    case Free:
    case Capacity:
        if (d.capacityGB <= 0) { // a build that names no RAM size: nothing to compare with
            if (role == Qt::DisplayRole)
                return tr("not given");
            if (role == Qt::ToolTipRole)
                return tr("The build names no size for this memory, so whether it fits is not checked.");
        }
        v = index.column() == Capacity ? d.capacityGB : std::max(0.0, d.capacityGB - d.usedGB());
        break;
    case WeightsShare:
    case KvShare:
    case OverheadShare:
    case OverflowShare:
    case FreeShare: {
        // Filled in order up to the capacity; the rest is the overflow, so a device that does not fit shows it.
        double room = d.capacityGB;
        double parts[5] = {};
        const double used[] = {d.weightsGB, d.kvGB, d.overheadGB};
        for (int i = 0; i < 3; ++i) {
            parts[i] = std::clamp(used[i], 0.0, std::max(0.0, room));
            room -= parts[i];
        }
        parts[3] = std::max(0.0, d.usedGB() - d.capacityGB);
        parts[4] = std::max(0.0, d.capacityGB - d.usedGB());
        v = d.capacityGB > 0 ? 100.0 * parts[index.column() - WeightsShare] / d.capacityGB : 0.0;
        break;
    }
    }
    if (role == Qt::DisplayRole)
        return gb(v);
    if (role == RawValueRole || role == Qt::EditRole)
        return v;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MemoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Device:
        return tr("Device");
    case Weights:
        return tr("Weights (GB)");
    case KvCache:
        return tr("KV cache (GB)");
    case Overhead:
        return tr("Overhead (GB)");
    case Free:
        return tr("Free (GB)");
    case Capacity:
        return tr("Capacity (GB)");
    case WeightsShare:
        return tr("Weights");
    case KvShare:
        return tr("KV cache");
    case OverheadShare:
        return tr("Overhead");
    case OverflowShare:
        return tr("Does not fit");
    case FreeShare:
        return tr("Free");
    }
    return {};
}

const std::vector<int> &ConcurrencyModel::userSteps()
{
    static const std::vector<int> steps = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256};
    return steps;
}

void ConcurrencyModel::setBuild(const hw::Build &build, bool runs)
{
    beginResetModel();
    m_rows.clear();
    if (runs) {
        const hw::Plan plan = hw::planPlacement(build, false);
        const double prefill = hw::prefillTokensPerSecond(build, plan);
        for (int users : userSteps()) {
            hw::Build b = build;
            b.workload.users = users;
            const hw::Throughput t = hw::throughputAt(b, plan, users, prefill);
            m_rows.push_back({users, t.perUser, t.aggregate});
        }
    }
    endResetModel();
}

int ConcurrencyModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ConcurrencyModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConcurrencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const double v = index.column() == Users ? r.users : index.column() == PerUser ? r.perUser : r.aggregate;
    if (role == Qt::DisplayRole)
        return index.column() == Users ? QVariant(r.users) : QVariant(std::round(v * 10) / 10);
    if (role == RawValueRole || role == Qt::EditRole)
        return v;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConcurrencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Users:
        return tr("Users");
    case PerUser:
        return tr("Per user (tok/s)");
    case Aggregate:
        return tr("Aggregate (tok/s)");
    }
    return {};
}

void BomModel::setCost(const hw::CostResult &cost)
{
    beginResetModel();
    m_cost = cost;
    endResetModel();
}

int BomModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cost.lines.size()); }
int BomModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString unitName(const std::string &unit)
{
    if (unit == "card")
        return BomModel::tr("card");
    if (unit == "machine")
        return BomModel::tr("machine");
    if (unit == "platform")
        return BomModel::tr("platform");
    if (unit == "NIC")
        return BomModel::tr("NIC");
    return QString::fromStdString(unit); // CPU, GB, TB read the same in both languages
}

QVariant BomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const hw::BomLine &l = m_cost.lines[size_t(index.row())];
    const QLocale locale;
    const QString currency = QString::fromStdString(m_cost.currency);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Part:
            return translated({l.label});
        case Quantity:
            return tr("%1 %2").arg(locale.toString(l.qty, 'g', 6), unitName(l.unit));
        case UnitPrice:
            return l.price ? tr("%1 %2").arg(locale.toString(l.price->amount, 'f', 2), currency) : tr("no price");
        case Total:
            return l.price ? tr("%1 %2").arg(locale.toString(l.total(), 'f', 0), currency) : tr("no price");
        case PriceDate:
            if (!l.price)
                return QString();
            return l.price->stale ? tr("%1, stale: price %n day(s) old", "", l.price->ageDays).arg(QString::fromStdString(l.price->date))
                                  : tr("%1 (%n day(s))", "", l.price->ageDays).arg(QString::fromStdString(l.price->date));
        case Condition:
            if (!l.price)
                return QString();
            if (l.price->condition == "new")
                return tr("new");
            if (l.price->condition == "used")
                return tr("used");
            if (l.price->condition == "refurbished")
                return tr("refurbished");
            return QString::fromStdString(l.price->condition);
        case Source:
            return l.price ? QString::fromStdString(l.price->source) : QString();
        }
    }
    if (role == RawValueRole) {
        if (index.column() == Quantity)
            return l.qty;
        if (index.column() == UnitPrice)
            return l.price ? l.price->amount : 0.0;
        if (index.column() == Total)
            return l.total();
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && (!l.price || l.price->stale) && (index.column() == UnitPrice || index.column() == Total || index.column() == PriceDate))
        return QBrush(l.price ? QColor(0xb3, 0x6b, 0x00) : QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole) {
        if (!l.price)
            return tr("No sourced price in the catalog: the capex leaves this line out. Import a vendor quote (File > Import prices).");
        if (l.price->stale)
            return tr("Stale: this price is %n day(s) old, older than the %1 days set in Settings. Ask for a current quote.", "", l.price->ageDays)
                .arg(m_cost.staleDays);
        return QString::fromStdString(l.price->source);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Quantity || index.column() == UnitPrice || index.column() == Total))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Part:
        return tr("Part");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Total:
        return tr("Total");
    case PriceDate:
        return tr("Price date");
    case Condition:
        return tr("Condition");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace hwui
