#pragma once

#include <QStringList>

namespace hwapp {

// `hwplanner accuracy [--json] [--catalog FILE|URL]`: the engine against the shipped calibration corpus.
// args are what follows "accuracy". Exit code 0, 2 bad input, 1 failure.
int runAccuracy(const QStringList &args);

} // namespace hwapp
