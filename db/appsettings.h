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
    T min{}; // numbers: the documented range; checkSettings() refuses a stored value outside it
    T max{};

    T value() const { return QSettings().value(QLatin1StringView(key), QVariant::fromValue(defaultValue)).template value<T>(); }
    void set(const T &v) const { QSettings().setValue(QLatin1StringView(key), QVariant::fromValue(v)); }
};

namespace settings {
inline const Setting<QString> currency{"cost/currency", QStringLiteral("CNY")};
inline const Setting<double> usdRate{"cost/usdToCny", 7.1, 0.01, 1000};
inline const Setting<double> tariff{"cost/tariffPerKWh", 0.8, 0, 100};
inline const Setting<double> pue{"cost/pue", 1.0, 1, 3};
inline const Setting<double> utilisation{"cost/utilisation", 1.0, 0, 1};
inline const Setting<double> depreciationYears{"cost/depreciationYears", 3.0, 1, 20};
inline const Setting<double> opsFteWorkstation{"cost/opsFteWorkstation", hw::CostSettings().opsFteWorkstation, 0, 20};
inline const Setting<double> opsFte{"cost/opsFte", hw::CostSettings().opsFte, 0, 20}; // a server (the key predates the classes)
inline const Setting<double> opsFteClusterPerNode{"cost/opsFteClusterPerNode", hw::CostSettings().opsFteClusterPerNode, 0, 20};
inline const Setting<double> opsSalary{"cost/opsSalaryPerYear", 300000.0, 0, 1e8};
inline const Setting<double> servingUtilisation{"cost/servingUtilisation", 0.5, 0, 1};
inline const Setting<int> staleDays{"cost/staleDays", hw::CostSettings().staleDays, 1, 3650}; // a price older than this is marked stale
inline const Setting<double> targetTps{"workload/minTpsPerUser", 6.0, 0.1, 1000};
inline const Setting<QString> quoteCompany{"quote/company", QString()};
inline const Setting<QString> quoteLogo{"quote/logo", QString()}; // path of a PNG, JPEG or SVG
inline const Setting<QString> quotePreparedBy{"quote/preparedBy", QString()};
inline const Setting<double> vatRate{"quote/vatRate", 0.13, 0, 1}; // China's standard VAT on goods
inline const Setting<int> quoteValidityDays{"quote/validityDays", 30, 1, 3650};
// A postgresql:// URL: the team's shared catalog instead of the file of one's own; empty = the file.
inline const Setting<QString> teamCatalogUrl{"catalog/teamUrl", QString()};
inline const Setting<QString> language{"ui/language", QString()}; // empty = follow the system
inline const Setting<QStringList> recentFiles{"ui/recentFiles", QStringList()};
} // namespace settings

// Every stored number within its documented range (a hand-edited settings file may hold nan, -50% VAT
// or a negative validity). False with "SETTINGS-FILE: key: value is outside min to max".
bool checkSettings(QString *error);

// The cost settings the user chose, on top of the documented defaults.
hw::CostSettings costSettings();
void setCostSettings(const hw::CostSettings &s);

} // namespace hwdb
