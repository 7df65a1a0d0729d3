#pragma once

// Quotes in the desktop application: choosing what goes into a new quote, and the register of
// stored quotes, from which any quote exports again with the numbers it was issued with.

#include "db/quotes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace hwui {

class QuoteDialog final : public QDialog
{
    Q_OBJECT

public:
    // names: the builds that can go into the quote (the current one, then the pinned ones), all ticked.
    // workload: the one every build of the quote is evaluated at, as proposed (the first build's).
    QuoteDialog(const QStringList &names, const hw::Workload &workload, bool hasFindings, QWidget *parent = nullptr);
    ~QuoteDialog() override;
    Q_DISABLE_COPY_MOVE(QuoteDialog)

    QList<int> chosen() const;
    bool includeFindings() const;
    // The header fields and the workload as entered, with the logo from the settings.
    hwdb::QuoteOptions options() const;
    void accept() override;

private:
    QListWidget *m_builds;
    QComboBox *m_language;
    QLineEdit *m_company, *m_preparedBy;
    QSpinBox *m_validity, *m_users, *m_context;
    QDoubleSpinBox *m_target;
    hw::Workload m_workload;
    QDoubleSpinBox *m_vat;
    QCheckBox *m_findings, *m_remember;
};

class QuotesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuotesDialog(const QString &catalogPath, QWidget *parent = nullptr);
    ~QuotesDialog() override;
    Q_DISABLE_COPY_MOVE(QuotesDialog)

    QTableView *view() const { return m_view; }
    // Writes the stored quote of this row to path (the same numbers), and records the file.
    bool exportAgain(int row, const QString &path, QString *error);

private:
    void reload();
    void exportSelected();

    QString m_catalogPath;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace hwui
