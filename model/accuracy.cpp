#include "model/accuracy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

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

namespace {

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
// the 10th-90th percentile of measured/predicted over the other sources' points of its class and
// kind (all classes when those are fewer than kMinRangePoints), as speedRanges draws them.
RangeCheck checkRanges(const std::vector<const CorpusResult *> &all)
{
    std::vector<const CorpusResult *> speed;
    for (const CorpusResult *r : all)
        if (r->heldOut && r->measured > 0 && r->predicted > 0 && isSpeedMetric(r->metric))
            speed.push_back(r);
    RangeCheck check;
    std::vector<double> widths;
    int inside = 0;
    for (const CorpusResult *r : speed) {
        const std::string kind = metricKind(r->metric);
        std::vector<double> own, any;
        for (const CorpusResult *o : speed) {
            if (o->sourceId == r->sourceId || metricKind(o->metric) != kind)
                continue;
            any.push_back(o->measured / o->predicted);
            if (o->cls == r->cls)
                own.push_back(o->measured / o->predicted);
        }
        const std::vector<double> &ratios = int(own.size()) >= kMinRangePoints ? own : any;
        if (int(ratios.size()) < kMinRangePoints)
            continue;
        const double low = percentile(ratios, 0.1), high = percentile(ratios, 0.9);
        const double ratio = r->measured / r->predicted;
        ++check.points;
        if (ratio >= low && ratio <= high)
            ++inside;
        if (low > 0)
            widths.push_back(high / low);
    }
    check.inside = check.points > 0 ? double(inside) / check.points : 0.0;
    check.medianWidth = median(widths);
    return check;
}

} // namespace

const ClassAccuracy *AccuracyReport::find(const std::string &cls) const
{
    for (const ClassAccuracy &c : classes)
        if (c.cls == cls)
            return &c;
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
    return report;
}

SpeedRanges speedRanges(const AccuracyReport &report, const Build &b, const Estimate &e)
{
    SpeedRanges r;
    if (!e.runs)
        return r;
    const std::string cls = placementClass(b, e);
    const ClassAccuracy *own = report.find(cls);
    auto pick = [&](const Ratios ClassAccuracy::*which) -> std::pair<const Ratios *, std::string> {
        if (own && (own->*which).points >= kMinRangePoints)
            return {&(own->*which), cls};
        if ((report.overall.*which).points >= kMinRangePoints)
            return {&(report.overall.*which), "all"};
        return {nullptr, {}};
    };
    auto range = [](double value, const std::pair<const Ratios *, std::string> &ratios) -> std::optional<SpeedRange> {
        if (!ratios.first || value <= 0)
            return std::nullopt;
        return SpeedRange{value * ratios.first->low, value * ratios.first->high, ratios.first->points, ratios.second};
    };
    const auto decode = pick(&ClassAccuracy::decode);
    r.perUser = range(e.decodePerUser, decode);
    r.aggregate = range(e.decodeAggregate, decode);
    if (e.prefillKnown)
        r.prefill = range(e.prefillTps, pick(&ClassAccuracy::prefill));
    return r;
}

} // namespace hw
