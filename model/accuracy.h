#pragma once

// How far the estimate is from public measurements it was not fitted on, by placement class, and
// the likely range of a new build's speed that follows from it (10th-90th percentile of the
// measured/predicted ratios of its class).

#include "model/build.h"
#include "model/estimator.h"

#include <optional>
#include <string>
#include <vector>

namespace hw {

// The placement classes of the calibration corpus (tests/data/calibration/corpus.json).
// One rule for corpus points and new builds alike.
std::string placementClass(const Build &build, const Estimate &estimate);

// One corpus measurement against the engine's prediction.
struct CorpusResult
{
    std::string id;
    std::string sourceId;
    std::string cls;     // placementClass of the point's build
    std::string metric;  // decode_per_user, decode_aggregate, prefill, gpu_per_device, ram, total_memory
    double measured = 0;
    double predicted = 0; // 0 = the engine refused the build (counts as 100% error)
    bool heldOut = true;  // false: same run or source as a point the factors were fitted on
};

bool isSpeedMetric(const std::string &metric);
// "decode", "prefill" or "memory".
std::string metricKind(const std::string &metric);

struct Ratios
{
    int points = 0;   // held-out points with a prediction
    double low = 0;   // 10th percentile of measured / predicted
    double high = 0;  // 90th percentile
};

struct ClassAccuracy
{
    std::string cls;
    int points = 0;          // usable corpus points of the class
    int heldOut = 0;         // of them, predicted held out (leave one source out)
    double heldOutMedianError = 0; // median |predicted - measured| / measured over the held-out points
    double within2x = 0;     // share of held-out points with 0.5 <= predicted / measured <= 2
    Ratios decode;           // held-out decode points (per user and aggregate)
    Ratios prefill;
};

// Held-out error over all classes of one kind of figure: "decode" (per user and aggregate),
// "prefill" or "memory" (GPU per device, RAM, total).
struct MetricAccuracy
{
    std::string kind;
    int heldOut = 0;
    double heldOutMedianError = 0;
    double within2x = 0;
};

// Whether the likely ranges hold on data they were not drawn from: each held-out speed point is
// judged against the 10th-90th percentile range of its class computed without its own source.
struct RangeCheck
{
    int points = 0;          // held-out speed points with a prediction
    double inside = 0;       // share whose measurement falls inside its range
    double medianWidth = 0;  // median high / low of those ranges
};

struct AccuracyReport
{
    int points = 0;
    int sources = 0;
    std::vector<ClassAccuracy> classes; // sorted by class
    ClassAccuracy overall;
    std::vector<MetricAccuracy> metrics; // decode, prefill, memory (not stored in the report file)
    RangeCheck ranges;                   // not stored in the report file
    const ClassAccuracy *find(const std::string &cls) const;
};

AccuracyReport summariseAccuracy(const std::vector<CorpusResult> &results);

// Linear-interpolated percentile (p in 0..1) of unsorted values; 0 for none.
double percentile(std::vector<double> values, double p);

// Fewer held-out points than this in a class: its range is taken from all classes together.
inline constexpr int kMinRangePoints = 5;

struct SpeedRange
{
    double low = 0;
    double high = 0;
    int points = 0;          // held-out points the ratios come from
    std::string cls;         // the class they come from ("all" when the build's class has too few)
};
struct SpeedRanges
{
    std::optional<SpeedRange> perUser, aggregate, prefill;
};
// The likely ranges of a build's speeds: prediction x the 10th and 90th percentile ratios.
SpeedRanges speedRanges(const AccuracyReport &report, const Build &build, const Estimate &estimate);

} // namespace hw
