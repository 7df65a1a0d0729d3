#pragma once

#include <cstdio>
#include <string>

namespace hw {

// A number with a fixed count of decimals, for explanation lines.
inline std::string num(double v, int decimals = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

} // namespace hw
