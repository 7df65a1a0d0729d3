#pragma once

#include <QStringList>

namespace hwapp {

// `hwplanner catalog import-model`: args are what follows "import-model". Exit code 0, 2 bad input, 1 failure.
int runImportModel(const QStringList &args);

} // namespace hwapp
