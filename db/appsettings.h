#pragma once

// User settings, each key, type and default declared once; read through QSettings.

#include "model/cost.h"

#include <QSettings>
#include <QString>
#include <QVariant>

namespace hwdb {

template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;

    T value() const { return QSettings().value(QLatin1StringView(key), QVariant::fromValue(defaultValue)).template value<T>(); }
    void set(const T &v) const { QSettings().setValue(QLatin1StringView(key), QVariant::fromValue(v)); }
};

namespace settings {
inline const Setting<QString> currency{"cost/currency", QStringLiteral("CNY")};
inline const Setting<double> usdRate{"cost/usdToCny", 7.1};
inline const Setting<double> tariff{"cost/tariffPerKWh", 0.8};
inline const Setting<double> pue{"cost/pue", 1.0};
inline const Setting<double> utilisation{"cost/utilisation", 1.0};
inline const Setting<double> depreciationYears{"cost/depreciationYears", 3.0};
inline const Setting<double> opsFte{"cost/opsFte", 0.5};
inline const Setting<double> opsSalary{"cost/opsSalaryPerYear", 300000.0};
inline const Setting<double> servingUtilisation{"cost/servingUtilisation", 0.5};
inline const Setting<int> staleDays{"cost/staleDays", hw::CostSettings().staleDays}; // a price older than this is marked stale
inline const Setting<double> targetTps{"workload/minTpsPerUser", 6.0};
inline const Setting<QString> quoteCompany{"quote/company", QString()};
inline const Setting<QString> quoteLogo{"quote/logo", QString()}; // path of a PNG, JPEG or SVG
inline const Setting<QString> quotePreparedBy{"quote/preparedBy", QString()};
inline const Setting<double> vatRate{"quote/vatRate", 0.13}; // China's standard VAT on goods
inline const Setting<int> quoteValidityDays{"quote/validityDays", 30};
// A postgresql:// URL: the team's shared catalog instead of the file of one's own; empty = the file.
inline const Setting<QString> teamCatalogUrl{"catalog/teamUrl", QString()};
inline const Setting<QString> language{"ui/language", QString()}; // empty = follow the system
inline const Setting<QStringList> recentFiles{"ui/recentFiles", QStringList()};
} // namespace settings

// The cost settings the user chose, on top of the documented defaults.
hw::CostSettings costSettings();
void setCostSettings(const hw::CostSettings &s);

} // namespace hwdb
