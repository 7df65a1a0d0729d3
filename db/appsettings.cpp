#include "db/appsettings.h"

namespace hwdb {

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
