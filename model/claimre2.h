#pragma once

// RE2 for the offer reader's own sources (tests use model/claimscan.h, which does not need RE2).

#include "model/claimscan.h"

#include <re2/re2.h>

namespace hw::claimtext {

inline RE2::Options options()
{
    RE2::Options o;
    o.set_log_errors(false);
    return o;
}

} // namespace hw::claimtext
