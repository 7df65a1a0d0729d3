#include "model/accuracy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace hw {

std::string placementClass(const Build &b, const Estimate &e)
{
    const int gpus = b.gpu ? std::max(1, b.gpusPerNode) : 0;
    switch (e.placement) {
    case Placement::Unified:
        if (b.nodes * gpus > 1)
            return "pipeline_cluster";
        return b.gpu && b.gpu->vendor == "Apple" ? "apple_unified" : "other_unified";
    case Placement::Cpu:
        return "cpu_only";
    case Placement::Hybrid:
        return b.model.isMoe() && b.expertsOnCpu.value_or(b.runtime.expertOffload) ? "expert_offload_hybrid" : "layer_split_hybrid";
    case Placement::Gpu:
        break;
    }
    if (b.nodes > 1)
        return b.runtime.tensorParallel ? "multi_node" : "pipeline_cluster";
    return gpus > 1 ? "tp_in_node" : "single_gpu";
}

bool isSpeedMetric(const std::string &metric)
{
    return metric == "decode_per_user" || metric == "decode_aggregate" || metric == "prefill";
}

std::string metricKind(const std::string &metric)
{
    if (metric == "prefill")
        return "prefill";
    return isSpeedMetric(metric) ? "decode" : "memory";
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double at = std::clamp(p, 0.0, 1.0) * double(v.size() - 1);
    const auto i = std::size_t(std::floor(at));
    const std::size_t j = std::min(v.size() - 1, i + 1);
    return v[i] + (v[j] - v[i]) * (at - double(i));
}

double predictionPercentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double n = double(v.size());
    const double at = std::clamp(std::clamp(p, 0.0, 1.0) * (n + 1.0) - 1.0, 0.0, n - 1.0); // 0-based rank
    const auto i = std::size_t(std::floor(at));
    const std::size_t j = std::min(v.size() - 1, i + 1);
    return v[i] + (v[j] - v[i]) * (at - double(i));
}

bool RangeGroup::enough() const
{
    return points >= kMinRangePoints && (sources < 0 || sources >= kMinRangeSources);
}

RangeGroup rangeGroupKey(RangeLevel level, const std::string &cls, const std::string &kind, int users)
{
    RangeGroup g;
    g.cls = level == RangeLevel::AllKind ? std::string("all") : cls;
    g.kind = kind;
    g.users = level == RangeLevel::ClassKindUsers ? (users > 1 ? 2 : 1) : 0;
    return g;
}

namespace {

bool sameGroup(const RangeGroup &a, const RangeGroup &b)
{
    return a.cls == b.cls && a.kind == b.kind && a.users == b.users;
}

// The speed points that likely ranges are drawn from and judged on.
bool rangePoint(const CorpusResult &r)
{
    return r.heldOut && r.measured > 0 && r.predicted > 0 && isSpeedMetric(r.metric);
}

RangeGroup keyOf(RangeLevel level, const CorpusResult &r)
{
    return rangeGroupKey(level, r.cls, metricKind(r.metric), r.users);
}

// The group `key` over `points`, leaving out the points of `excludeSource` (none when empty).
RangeGroup gather(RangeGroup key, RangeLevel level, const std::vector<const CorpusResult *> &points, const std::string &excludeSource)
{
    std::vector<double> ratios;
    std::set<std::string> sources;
    for (const CorpusResult *o : points) {
        if ((!excludeSource.empty() && o->sourceId == excludeSource) || !sameGroup(keyOf(level, *o), key))
            continue;
        ratios.push_back(o->measured / o->predicted);
        sources.insert(o->sourceId);
    }
    key.points = int(ratios.size());
    key.sources = int(sources.size());
    key.low = predictionPercentile(ratios, 0.1);
    key.high = predictionPercentile(ratios, 0.9);
    return key;
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

ClassAccuracy summariseClass(const std::string &cls, const std::vector<const CorpusResult *> &points)
{
    ClassAccuracy a;
    a.cls = cls;
    a.points = int(points.size());
    std::vector<double> errors, decode, prefill;
    int within = 0;
    for (const CorpusResult *r : points) {
        if (!r->heldOut || r->measured <= 0)
            continue;
        ++a.heldOut;
        const double error = r->predicted > 0 ? std::abs(r->predicted - r->measured) / r->measured : 1.0;
        errors.push_back(error);
        const double ratio = r->predicted / r->measured;
        if (ratio >= 0.5 && ratio <= 2.0)
            ++within;
        if (r->predicted <= 0)
            continue;
        if (r->metric == "prefill")
            prefill.push_back(r->measured / r->predicted);
        else if (isSpeedMetric(r->metric))
            decode.push_back(r->measured / r->predicted);
    }
    a.heldOutMedianError = median(errors);
    a.within2x = a.heldOut > 0 ? double(within) / a.heldOut : 0.0;
    a.decode = {int(decode.size()), percentile(decode, 0.1), percentile(decode, 0.9)};
    a.prefill = {int(prefill.size()), percentile(prefill, 0.1), percentile(prefill, 0.9)};
    return a;
}

// The range each held-out speed point would have been given had its source not been in the corpus:
// every group computed again without that source, the narrowest with enough points and sources
// taken, as speedRanges takes it for a new build.
RangeCheck checkRanges(const std::vector<const CorpusResult *> &all)
{
    std::vector<const CorpusResult *> speed;
    for (const CorpusResult *r : all)
        if (rangePoint(*r))
            speed.push_back(r);
    RangeCheck check;
    std::vector<double> widths;
    int inside = 0;
    for (const CorpusResult *r : speed) {
        for (RangeLevel level : kRangeLevels) {
            const RangeGroup g = gather(keyOf(level, *r), level, speed, r->sourceId);
            if (!g.enough())
                continue;
            const double ratio = r->measured / r->predicted;
            ++check.points;
            if (ratio >= g.low && ratio <= g.high)
                ++inside;
            if (g.low > 0)
                widths.push_back(g.high / g.low);
            break;
        }
    }
    check.inside = check.points > 0 ? double(inside) / check.points : 0.0;
    check.medianWidth = median(widths);
    return check;
}

// Every group of every level that holds at least one held-out speed point, from all sources.
std::vector<RangeGroup> rangeGroups(const std::vector<const CorpusResult *> &all)
{
    std::vector<const CorpusResult *> speed;
    for (const CorpusResult *r : all)
        if (rangePoint(*r))
            speed.push_back(r);
    std::vector<RangeGroup> groups;
    for (RangeLevel level : kRangeLevels)
        for (const CorpusResult *r : speed) {
            const RangeGroup key = keyOf(level, *r);
            if (std::none_of(groups.begin(), groups.end(), [&](const RangeGroup &g) { return sameGroup(g, key); }))
                groups.push_back(gather(key, level, speed, {}));
        }
    std::sort(groups.begin(), groups.end(), [](const RangeGroup &a, const RangeGroup &b) {
        return std::tie(a.cls, a.kind, a.users) < std::tie(b.cls, b.kind, b.users);
    });
    return groups;
}

} // namespace

const ClassAccuracy *AccuracyReport::find(const std::string &cls) const
{
    for (const ClassAccuracy &c : classes)
        if (c.cls == cls)
            return &c;
    return nullptr;
}

const RangeGroup *AccuracyReport::findGroup(const RangeGroup &key) const
{
    for (const RangeGroup &g : groups)
        if (sameGroup(g, key))
            return &g;
    return nullptr;
}

AccuracyReport summariseAccuracy(const std::vector<CorpusResult> &results)
{
    AccuracyReport report;
    std::map<std::string, std::vector<const CorpusResult *>> byClass;
    std::vector<const CorpusResult *> all;
    std::set<std::string> sources;
    for (const CorpusResult &r : results) {
        byClass[r.cls].push_back(&r);
        all.push_back(&r);
        sources.insert(r.sourceId);
    }
    report.points = int(results.size());
    report.sources = int(sources.size());
    for (const auto &[cls, points] : byClass)
        report.classes.push_back(summariseClass(cls, points));
    report.overall = summariseClass("all", all);
    for (const char *kind : {"decode", "prefill", "memory"}) {
        std::vector<const CorpusResult *> of;
        for (const CorpusResult *r : all)
            if (metricKind(r->metric) == kind)
                of.push_back(r);
        const ClassAccuracy a = summariseClass(kind, of);
        if (a.heldOut > 0)
            report.metrics.push_back({kind, a.heldOut, a.heldOutMedianError, a.within2x});
    }
    report.ranges = checkRanges(all);
    report.groups = rangeGroups(all);
    return report;
}

const RangeGroup *rangeGroupFor(const AccuracyReport &report, const std::string &cls, const std::string &kind, int users)
{
    for (RangeLevel level : kRangeLevels) {
        const RangeGroup *g = report.findGroup(rangeGroupKey(level, cls, kind, users));
        if (g && g->enough())
            return g;
    }
    return nullptr;
}

SpeedRanges speedRanges(const AccuracyReport &report, const Build &b, const Estimate &e)
{
    SpeedRanges r;
    if (!e.runs)
        return r;
    const std::string cls = placementClass(b, e);
    auto range = [](double value, const RangeGroup *g) -> std::optional<SpeedRange> {
        if (!g || value <= 0)
            return std::nullopt;
        return SpeedRange{value * g->low, value * g->high, g->points, g->cls, *g};
    };
    const RangeGroup *decode = rangeGroupFor(report, cls, "decode", b.workload.users);
    r.perUser = range(e.decodePerUser, decode);
    r.aggregate = range(e.decodeAggregate, decode);
    if (e.prefillKnown)
        r.prefill = range(e.prefillTps, rangeGroupFor(report, cls, "prefill", b.workload.users));
    return r;
}

std::vector<Message> rangeBasis(const RangeGroup &g)
{
    std::vector<Message> out;
    const std::string points = std::to_string(g.points), sources = std::to_string(g.sources);
    // Version-1 report files do not say how many sources: the sentence leaves the count out.
    const bool known = g.sources >= 0;
    const bool prefill = g.kind == "prefill";
    out.push_back({prefill ? QT_TRANSLATE_NOOP("hw::Message", "Prefill range:") : QT_TRANSLATE_NOOP("hw::Message", "Decode ranges:"), {}});
    if (known)
        out.push_back({QT_TRANSLATE_NOOP("hw::Message", "10th-90th percentile of measured/predicted on %1 public measurements from %2 sources the factors were not fitted on,"), {points, sources}});
    else
        out.push_back({QT_TRANSLATE_NOOP("hw::Message", "10th-90th percentile of measured/predicted on %1 public measurements the factors were not fitted on,"), {points}});
    static const std::pair<const char *, const char *> classes[] = {
        {"apple_unified", QT_TRANSLATE_NOOP("hw::Message", "of builds on an Apple computer's unified memory.")},
        {"other_unified", QT_TRANSLATE_NOOP("hw::Message", "of builds on unified memory other than Apple's.")},
        {"pipeline_cluster", QT_TRANSLATE_NOOP("hw::Message", "of builds that split the layers over several machines or unified-memory GPUs.")},
        {"cpu_only", QT_TRANSLATE_NOOP("hw::Message", "of builds on the CPU and RAM alone.")},
        {"expert_offload_hybrid", QT_TRANSLATE_NOOP("hw::Message", "of builds that keep the routed experts in RAM and the rest on GPUs.")},
        {"layer_split_hybrid", QT_TRANSLATE_NOOP("hw::Message", "of builds that split the layers between GPUs and RAM.")},
        {"multi_node", QT_TRANSLATE_NOOP("hw::Message", "of builds that split every layer over the GPUs of several nodes.")},
        {"single_gpu", QT_TRANSLATE_NOOP("hw::Message", "of builds on one GPU.")},
        {"tp_in_node", QT_TRANSLATE_NOOP("hw::Message", "of builds that split every layer over the GPUs of one node.")},
    };
    const char *of = QT_TRANSLATE_NOOP("hw::Message", "of every kind of build.");
    for (const auto &[cls, text] : classes)
        if (g.cls == cls)
            of = text;
    out.push_back({of, {}});
    if (g.users == 1)
        out.push_back({QT_TRANSLATE_NOOP("hw::Message", "All of them served one user at a time."), {}});
    else if (g.users == 2)
        out.push_back({QT_TRANSLATE_NOOP("hw::Message", "All of them served several users at once."), {}});
    return out;
}

} // namespace hw
