#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hwui {

// Cost, quote, display and team-catalog settings; each value is read from and written to hwdb::settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    void accept() override;

private:
    QComboBox *m_currency;
    QComboBox *m_language;
    QLineEdit *m_company, *m_logo, *m_preparedBy, *m_teamUrl;
    QDoubleSpinBox *m_vat;
    QSpinBox *m_validity;
    QDoubleSpinBox *m_usdRate, *m_tariff, *m_pue, *m_utilisation, *m_years, *m_fte, *m_fteWorkstation, *m_fteCluster, *m_salary, *m_serving, *m_target;
    QSpinBox *m_staleDays = nullptr;
};

} // namespace hwui
