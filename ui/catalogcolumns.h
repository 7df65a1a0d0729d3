#pragma once

// The catalog dialog's column headers as a buyer reads them: words and units instead of the SQL column
// names (the column name stays available as the header's tooltip), and numbers in the locale's format.

#include <QStyledItemDelegate>

namespace hwui {

// "Memory (GB)" for memory_gb; a column without a title: its name, with its unit from the catalog's
// column descriptions (hwdb::catalogColumns) when it has one.
QString catalogColumnTitle(const QString &column);

// Shows REAL cells as the locale writes numbers: 1,500,000 and 0.38, not 1.5E+06. In a column where the
// catalog stores 0 for a figure the vendor does not publish (a GPU's BF16 TFLOPS, its TDP), 0 reads
// "not published" instead of passing for a value.
class LocaleNumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LocaleNumberDelegate(QObject *parent, bool zeroIsUnpublished = false) : QStyledItemDelegate(parent), m_zeroIsUnpublished(zeroIsUnpublished) {}
    QString displayText(const QVariant &value, const QLocale &locale) const override;

private:
    bool m_zeroIsUnpublished = false;
};

} // namespace hwui
