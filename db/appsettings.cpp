#include "db/appsettings.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

template<typename T>
bool inRange(const Setting<T> &setting, QString *error)
{
    const QSettings store;
    if (!store.contains(QLatin1StringView(setting.key)))
        return true;
    const QVariant raw = store.value(QLatin1StringView(setting.key));
    bool ok = false;
    const double v = raw.toString().trimmed().toDouble(&ok);
    if (ok && std::isfinite(v) && v >= double(setting.min) && v <= double(setting.max)
        && (!std::is_integral_v<T> || v == std::floor(v)))
        return true;
    *error = u"%1: %2 = \"%3\" is outside %4 to %5; change it in Tools > Settings"_s.arg(store.fileName(), QLatin1StringView(setting.key),
                                                                                     raw.toString())
                 .arg(double(setting.min)).arg(double(setting.max));
    return false;
}

} // namespace

bool checkSettings(QString *error)
{
    using namespace settings;
    return inRange(usdRate, error) && inRange(tariff, error) && inRange(pue, error) && inRange(utilisation, error)
        && inRange(depreciationYears, error) && inRange(opsFte, error) && inRange(opsSalary, error) && inRange(servingUtilisation, error)
        && inRange(targetTps, error) && inRange(staleDays, error) && inRange(vatRate, error) && inRange(quoteValidityDays, error);
}

hw::CostSettings costSettings()
{
    hw::CostSettings s;
    s.currency = settings::currency.value().toStdString();
    s.usdToCny = settings::usdRate.value();
    s.tariffPerKWh = settings::tariff.value();
    s.pue = settings::pue.value();
    s.utilisation = settings::utilisation.value();
    s.depreciationYears = settings::depreciationYears.value();
    s.opsFte = settings::opsFte.value();
    s.opsSalaryPerYear = settings::opsSalary.value();
    s.servingUtilisation = settings::servingUtilisation.value();
    s.staleDays = settings::staleDays.value();
    return s;
}

void setCostSettings(const hw::CostSettings &s)
{
    settings::currency.set(QString::fromStdString(s.currency));
    settings::usdRate.set(s.usdToCny);
    settings::tariff.set(s.tariffPerKWh);
    settings::pue.set(s.pue);
    settings::utilisation.set(s.utilisation);
    settings::depreciationYears.set(s.depreciationYears);
    settings::opsFte.set(s.opsFte);
    settings::opsSalary.set(s.opsSalaryPerYear);
    settings::servingUtilisation.set(s.servingUtilisation);
    settings::staleDays.set(s.staleDays);
}

} // namespace hwdb
