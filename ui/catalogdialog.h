#pragma once

// Browse and edit the catalog: one table per kind of part over the SQLite database, with a filter,
// sorting, validation by the schema's constraints, and undo. Prices are history: they are read-only
// here and grow by import (with a preview) or by the "Add price" form, one dated, sourced record at a
// time; they export to CSV.

#include "db/catalogdb.h"

#include <QDialog>
#include <QUndoStack>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
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
    // Stores one price (validated as priceProblem() says) through CatalogDatabase::addPrices, as an
    // undoable command; false with the reason in lastError().
    bool addPrice(const hw::PriceRecord &record);
    // Why a price cannot be stored, naming the field (known part, positive price, a date not in the
    // future, a source); empty when it can.
    QString priceProblem(const hw::PriceRecord &record) const;
    // The form's fields as a record (what "Add price" stores).
    hw::PriceRecord priceFromForm() const;
    QString lastError() const { return m_lastError; }

signals:
    void catalogChanged();

private:
    friend class CellCommand;
    friend class RowCommand;
    friend class PriceCommand;
    bool applyPrice(const hw::PriceRecord &record, bool insert, QString *error);
    QWidget *makePriceForm(QWidget *parent);
    void fillPartIds();
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
    QComboBox *m_priceKind = nullptr, *m_pricePart = nullptr, *m_priceCurrency = nullptr, *m_priceCondition = nullptr;
    QLineEdit *m_priceVendor = nullptr, *m_priceSource = nullptr, *m_priceNote = nullptr;
    QDoubleSpinBox *m_priceAmount = nullptr;
    QDateEdit *m_priceDate = nullptr;
};

} // namespace hwui
