#pragma once

// How far the estimate is from public measurements it was not fitted on, by placement class, and
// the likely range of a new build's speed that follows from it: the 10th-90th percentile of the
// held-out measured/predicted ratios of the narrowest group of similar builds (class, figure, one
// user or several) that has enough points from enough sources.

#include "model/build.h"
#include "model/estimator.h"
#include "model/message.h"

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
    int users = 1;        // the build's concurrent users (a likely-range group splits one from several)
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
// judged against the range speedRanges would give it, drawn from groups computed without its own source.
struct RangeCheck
{
    int points = 0;          // held-out speed points with a prediction
    double inside = 0;       // share whose measurement falls inside its range
    double medianWidth = 0;  // median high / low of those ranges
};

// The groups a likely range is drawn from, narrowest first; a build takes the first with at least
// kMinRangePoints held-out points from kMinRangeSources sources.
enum class RangeLevel
{
    ClassKindUsers, // placement class, decode or prefill, one user or several
    ClassKind,      // placement class, decode or prefill
    AllKind,        // every class, decode or prefill
};
inline constexpr RangeLevel kRangeLevels[] = {RangeLevel::ClassKindUsers, RangeLevel::ClassKind, RangeLevel::AllKind};

// One group of held-out speed points and its ratio range.
struct RangeGroup
{
    std::string cls;   // placement class, "all" for every class
    std::string kind;  // "decode" (per user and aggregate) or "prefill"
    int users = 0;     // 0 = any, 1 = one user at a time, 2 = several users at once
    int points = 0;    // held-out points with a prediction
    int sources = 0;   // distinct sources among them; -1 = not known (a report file of version 1)
    double low = 0;    // measured / predicted, predictionPercentile 0.1
    double high = 0;   // 0.9
    bool enough() const;
};
// The group of `level` a build (or corpus point) of class cls, figure kind and users belongs to (ratios empty).
RangeGroup rangeGroupKey(RangeLevel level, const std::string &cls, const std::string &kind, int users);

struct AccuracyReport
{
    int points = 0;
    int sources = 0;
    std::vector<ClassAccuracy> classes; // sorted by class
    ClassAccuracy overall;
    std::vector<MetricAccuracy> metrics; // decode, prefill, memory (not stored in the report file)
    RangeCheck ranges;                   // not stored in the report file
    std::vector<RangeGroup> groups;      // every group of every level with at least one point
    const ClassAccuracy *find(const std::string &cls) const;
    const RangeGroup *findGroup(const RangeGroup &key) const; // same cls, kind, users
};

AccuracyReport summariseAccuracy(const std::vector<CorpusResult> &results);

// Linear-interpolated percentile (p in 0..1) of unsorted values; 0 for none.
double percentile(std::vector<double> values, double p);

// The p-quantile of n values at rank p(n+1) (Hyndman & Fan 1996, "Sample quantiles in statistical
// packages", The American Statistician 50(4), definition 6), clamped to the smallest and largest: a
// new value of the same distribution falls between the j-th and k-th smallest of n with probability
// (k-j)/(n+1) whatever the distribution (Wilks 1941, distribution-free tolerance limits), so the
// 0.1-0.9 range of few points widens towards their extremes instead of covering less than 80%.
double predictionPercentile(std::vector<double> values, double p);

// A group with fewer held-out points, or points from fewer sources, than these: the next coarser
// group is used. Points of one source share its setup, so they count once in the sources minimum.
inline constexpr int kMinRangePoints = 5;
inline constexpr int kMinRangeSources = 3;

struct SpeedRange
{
    double low = 0;
    double high = 0;
    int points = 0;          // held-out points the ratios come from
    std::string cls;         // the class they come from ("all" when the build's class has too few)
    RangeGroup group;        // the group they come from (cls, kind, users, points, sources)
};
struct SpeedRanges
{
    std::optional<SpeedRange> perUser, aggregate, prefill;
};
// The likely ranges of a build's speeds: prediction x the 10th and 90th percentile ratios of the
// narrowest group with enough points and sources (report.groups; a report without groups, version 1,
// gives each class's decode/prefill ratios as it did).
SpeedRanges speedRanges(const AccuracyReport &report, const Build &build, const Estimate &estimate);
// The group a build's figure of `kind` ("decode" or "prefill") takes its range from; nullptr = none has enough.
// Where a range comes from, in plain words: "Decode ranges: from 23 public measurements (5 sources) of
// builds that split every layer over the GPUs of one node. All of them served several users at once."
std::vector<Message> rangeBasis(const RangeGroup &group);
const RangeGroup *rangeGroupFor(const AccuracyReport &report, const std::string &cls, const std::string &kind, int users);

} // namespace hw
