#include "db/appsettings.h"

#include "db/safeio.h"

#include <type_traits>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

template<typename T>
bool inRange(const Setting<T> &setting, QString *error)
{
    const QSettings store;
    if (!store.contains(QLatin1StringView(setting.key)))
        return true;
    double v = 0;
    QString why;
    if (parseBoundedNumber(store.value(QLatin1StringView(setting.key)).toString(), double(setting.min), double(setting.max), std::is_integral_v<T>, &v, &why))
        return true;
    *error = u"%1: %2: %3; change it in Tools > Settings"_s.arg(store.fileName(), QLatin1StringView(setting.key), why);
    return false;
}

} // namespace

bool checkSettings(QString *error)
{
    using namespace settings;
    return inRange(usdRate, error) && inRange(tariff, error) && inRange(pue, error) && inRange(utilisation, error)
        && inRange(depreciationYears, error) && inRange(opsFte, error) && inRange(opsFteWorkstation, error) && inRange(opsFteClusterPerNode, error) && inRange(opsSalary, error) && inRange(servingUtilisation, error)
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
    s.opsFteWorkstation = settings::opsFteWorkstation.value();
    s.opsFte = settings::opsFte.value();
    s.opsFteClusterPerNode = settings::opsFteClusterPerNode.value();
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
    settings::opsFteWorkstation.set(s.opsFteWorkstation);
    settings::opsFte.set(s.opsFte);
    settings::opsFteClusterPerNode.set(s.opsFteClusterPerNode);
    settings::opsSalary.set(s.opsSalaryPerYear);
    settings::servingUtilisation.set(s.servingUtilisation);
    settings::staleDays.set(s.staleDays);
}

} // namespace hwdb
