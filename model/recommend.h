#pragma once

// Choosing among alternative builds: every build is evaluated at one workload (the same users,
// context and target speed), only builds that meet it are recommended, the cheapest fully priced
// one wins, and every other build says why it was not chosen. Alternatives are never added up.

#include "model/claims.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <optional>

namespace hw {

// The build with its workload replaced by the comparison's.
Build atWorkload(Build build, const Workload &workload);

// Why the build does not serve its own workload, or none when it does: it does not fit, each user
// decodes below the target, or a buyer check fails.
std::optional<Message> workloadShortfall(const Build &build, const Estimate &estimate, const std::vector<ChecklistItem> &checks);

struct Alternative
{
    Build build;          // already at the comparison's workload
    Estimate estimate;
    CostResult cost;
    std::vector<ChecklistItem> checks;
};

struct Recommendation
{
    int best = -1;                 // index of the recommended build, -1 for none
    std::vector<bool> meets;       // per build: serves the workload
    std::vector<Message> reasons;  // per build: why it is (or is not) the one recommended
};
Recommendation recommend(const std::vector<Alternative> &alternatives);

// "50 users at 14 tok/s each, 4096-token context"
Message workloadMessage(const Workload &workload);

} // namespace hw
