#pragma once

// Item models for the buyer checklist and for claim findings (severity and status coloured).

#include "model/claims.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace hwui {

// The checklist's rule and status names, and engine messages, in the interface's language.
QString ruleName(const std::string &id);
QString statusName(const std::string &status);
QString translated(const std::vector<hw::Message> &parts);
// Messages as a quote stores them (hwdb::messagesToJson), in the current language.
QString translated(const QJsonArray &parts);

class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rule, Status, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(ChecklistModel)

    void setItems(std::vector<hw::ChecklistItem> items);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<hw::ChecklistItem> m_items;
};

class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Claim, Computed, Rule, Ask, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    Q_DISABLE_COPY_MOVE(FindingsModel)

    void setFindings(std::vector<hw::Finding> findings);
    const std::vector<hw::Finding> &findings() const { return m_findings; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<hw::Finding> m_findings;
};

} // namespace hwui
