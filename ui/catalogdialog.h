#pragma once

// Browse and edit the catalog: one table per kind of part over the SQLite database, with a filter,
// sorting, validation by the schema's constraints, and undo. Prices are history: they are read-only
// here and grow by import (with a preview); they export to CSV.

#include "db/catalogdb.h"

#include <QDialog>
#include <QUndoStack>

#include <memory>

class QLabel;
class QSqlTableModel;
class QTabWidget;
class QTableView;

namespace hwui {

// Asks for a price list, shows what importing it would change (a dry run), and imports it on
// confirmation. Returns the number of prices added, 0 when cancelled, -1 on error (in *message).
int importPricesWithPreview(QWidget *parent, hwdb::CatalogDatabase &db, const hw::Catalog &catalog, QString *message);

class CatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogDialog(const QString &catalogPath, QWidget *parent = nullptr);
    ~CatalogDialog() override;
    Q_DISABLE_COPY_MOVE(CatalogDialog)

    QUndoStack *undoStack() { return &m_undo; }
    QSqlTableModel *table(const QString &name) const;
    QTabWidget *tabs() const { return m_tabs; }
    // Sets one cell by primary key as an undoable edit; false (with the reason shown) when the
    // database refuses the value.
    bool setCell(const QString &table, const QString &id, const QString &column, const QVariant &value);
    bool addRow(const QString &table);
    QString lastError() const { return m_lastError; }

signals:
    void catalogChanged();

private:
    friend class CellCommand;
    friend class RowCommand;
    bool applyCell(const QString &table, const QString &id, const QString &column, const QVariant &value, QString *error);
    bool applyRow(const QString &table, const QVariantMap &row, bool insert, QString *error);
    void importPrices();
    void exportPrices();
    void importModel();
    void reportError(const QString &message);

    std::unique_ptr<hwdb::CatalogDatabase> m_db;
    hw::Catalog m_catalog;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QUndoStack m_undo;
    QString m_lastError;
    QList<QPair<QString, QSqlTableModel *>> m_tables;
};

} // namespace hwui
