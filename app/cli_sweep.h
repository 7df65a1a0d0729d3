#pragma once

#include <QStringList>

namespace hwapp {

// The sweep's lines of the usage text.
QString sweepUsage();
// `hwplanner sweep ...`: every build the catalog allows for a target, within the buyer's filters (the
// sweep page's: quality class, new parts only, vendor group, runtime, budget); the cheapest builds that
// meet it, named as the GUI names them, and the Pareto frontier. args are what follows "sweep".
// Exit code 0, 2 bad input, 1 failure.
int runSweepCommand(const QStringList &args);

} // namespace hwapp
