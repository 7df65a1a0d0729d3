#pragma once

// The physical ceilings the claim checks weigh speeds against (model/claimceiling.cpp): the build with
// every efficiency at 100% and no fixed overhead, at one concurrency or the best of them, and whether a
// speed above the ceiling stays above it at every reading of what the offer left unstated.

#include "model/claims.h"

#include <string>
#include <vector>

namespace hw {

// Tokens per second per user when a decode step only reads the active weights (native precision,
// no KV) over the bandwidth of every GPU offered: a floor on step time that no runtime beats.
double weightStreamCeiling(const Build &b);
// The weights at the fewest bits per weight among the catalog's quants of the build's quant's
// nominal width (4.x bits for Q4_K_M: AWQ, Q4_0, IQ4_XS ...), in GB.
double smallestOfSameWidthGB(const Catalog &cat, const Build &build);
// The same build with every efficiency at 100% and no fixed overhead, at `users` at once.
Estimate rooflineOf(Build b, int users);
// The most tokens per second the build gives in all at any concurrency (1 to 256), at its roofline.
double bestTotalCeiling(const Build &b);
// A speed above the ceiling at every reading of an assumption does not rest on it: read as one user's
// or as a total at any concurrency (the users assumed), at any quant of the width read approximately
// ("4-bit": Q4_K_M, Q4_0, AWQ ...), on any runtime that loads it (the named one only, when named).
// Removes those fields from `inputs` and returns what it said about them.
std::vector<Message> dropReadingsThatDoNotMatter(const Claim &c, const Catalog &cat, const Build &build, const PerformancePoint &p, double claimed,
                                                 std::vector<std::string> &inputs);

} // namespace hw
