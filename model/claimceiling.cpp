// The physical ceilings the claim checks weigh speeds against: see model/claimceiling.h.

#include "model/claimceiling.h"

#include "model/textformat.h"
#include "model/weights.h"

#include <algorithm>
#include <cmath>

namespace hw {

double weightStreamCeiling(const Build &b)
{
    if (!b.gpu || b.gpu->bandwidthGBs <= 0 || b.model.totalParamsB <= 0)
        return 0;
    const double weights = weightBytes(b, true).total;
    const double active = b.model.isMoe() ? weights * b.model.activeParamsB / b.model.totalParamsB : weights;
    const double bandwidth = b.gpu->bandwidthGBs * 1e9 * std::max(1, b.gpusPerNode) * std::max(1, b.nodes);
    return active > 0 ? bandwidth / active : 0;
}

double smallestOfSameWidthGB(const Catalog &cat, const Build &build)
{
    double smallest = 0;
    for (const QuantSpec &q : cat.quants) {
        if (std::floor(q.bitsPerWeight) != std::floor(build.quant.bitsPerWeight))
            continue;
        Build b = build;
        b.quant = q;
        b.fileGB = cat.fileGB(b.model.id, q.id);
        const double gb = weightBytes(b, true).total / 1e9;
        if (gb > 0 && (smallest == 0 || gb < smallest))
            smallest = gb;
    }
    return smallest;
}

Estimate rooflineOf(Build b, int users)
{
    b.runtime.gpuBandwidthEfficiency = b.runtime.cpuBandwidthEfficiency = b.runtime.unifiedBandwidthEfficiency = 1.0;
    b.runtime.computeEfficiency = 1.0;
    b.runtime.stepOverheadMs = 0;
    b.runtime.matmulLatencyUs = 0; // a fitted latency floor, like the step overhead: not part of a roofline
    b.runtime.hopLatencyMs = 0;
    b.workload.users = users;
    return estimate(b, Detail::Figures);
}

// The most tokens per second the build gives in all at any concurrency, every efficiency at 100%.
double bestTotalCeiling(const Build &b)
{
    double best = 0;
    for (int users = 1; users <= 256; users *= 2) {
        Build at = b;
        at.workload.minTpsPerUser = 0.01;
        at.maxBatch = users;
        if (const Estimate top = rooflineOf(at, users); top.runs)
            best = std::max(best, top.decodePerUser * users);
    }
    return best;
}

// A reading no runtime of the catalog runs lifts nothing; with no reading run at all nothing is dropped.
std::vector<Message> dropReadingsThatDoNotMatter(const Claim &c, const Catalog &cat, const Build &build, const PerformancePoint &p, double claimed,
                                                 std::vector<std::string> &inputs)
{
    std::vector<Build> readings{build};
    const bool quantApproximate = c.isAssumed("quant") && c.readFrom.count("quant") && !c.quantId.empty() && p.quantId.empty();
    if (quantApproximate)
        for (const QuantSpec &q : cat.quants)
            if (std::floor(q.bitsPerWeight) == std::floor(build.quant.bitsPerWeight) && q.id != build.quant.id) {
                Build b = build;
                b.quant = q;
                b.fileGB = cat.fileGB(b.model.id, q.id);
                readings.push_back(b);
            }
    bool quantMatters = false, usersMatter = false, anyRan = false;
    for (const Build &reading : readings)
        for (const RuntimeSpec &rt : cat.runtimes) {
            // Every runtime that loads the reading (the offer named one: that one only).
            if ((!c.runtimeId.empty() && rt.id != c.runtimeId) || !rt.loads(reading.quant.format) || (reading.gpu && !rt.runsOn(reading.gpu->vendor)))
                continue;
            Build b = reading;
            b.runtime = rt;
            const Estimate one = rooflineOf(b, 1);
            if (!one.runs)
                continue;
            anyRan = true;
            if (claimed <= one.decodePerUser * 1.02)
                quantMatters = true;
            else if (!p.users && claimed <= bestTotalCeiling(b) * 1.02)
                usersMatter = true;
        }
    const auto drop = [&](const char *field) { inputs.erase(std::remove(inputs.begin(), inputs.end(), field), inputs.end()); };
    std::vector<Message> said;
    if (!anyRan)
        return said;
    if (quantApproximate && !quantMatters) {
        drop("quant");
        said.push_back({QT_TRANSLATE_NOOP("hw::Message", "It is above the ceiling at every %1-bit quant the catalog holds, not only at %2."),
                        {num(std::floor(build.quant.bitsPerWeight), 0), build.quant.name}});
    }
    if (!p.users && !usersMatter && !quantMatters) {
        drop("users");
        said.push_back({QT_TRANSLATE_NOOP("hw::Message", "Read as a total at any concurrency instead of one user's speed, it is above the ceiling too."), {}});
    }
    return said;
}

} // namespace hw
