#pragma once

// The design space: every build the catalog allows for a target, evaluated, priced, and ranked.

#include "model/catalog.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hw {

// What a buyer calls the quality of a build: the model as published, a quantised copy of it, or a
// smaller model distilled from it.
enum class QualityClass : unsigned { Full = 1, Quant = 2, Distill = 4 };
// Full when the weights are at least as wide as the model's published precision (FP8 for DeepSeek-R1,
// BF16 for Qwen3, MXFP4 for gpt-oss; 8 bits when the precision is not recorded), else Quant; a model of
// kind "distill" is Distill whatever its weights.
QualityClass qualityClass(const ModelSpec &model, const QuantSpec &quant);
// Full or Quant by the weights alone (a distilled model at its own published precision is Full).
QualityClass precisionClass(const ModelSpec &model, const QuantSpec &quant);
// Whether a model and weights pass a QualityClass filter: the Full and Quant bits select the precision
// (neither = any), the Distill bit lets distilled models in. 0 = everything passes.
bool passesQuality(unsigned qualities, const ModelSpec &model, const QuantSpec &quant);
// The one table of quality class ids: "full", "quant", "distill" (the CLI's --quality, JSON output).
const char *qualityClassId(QualityClass c);
// The class of an id from that table, case-insensitive; false for any other word.
bool parseQualityClass(const std::string &id, QualityClass *out);
// Accelerator vendor groups a buyer filters by: "NVIDIA", "AMD", "Apple", "Intel", or "domestic" (Chinese
// accelerators: Huawei, Cambricon, Moore Threads, Biren, Hygon, MetaX, Iluvatar, Enflame). Empty = any.
bool inVendorGroup(const std::string &vendor, const std::string &group);
// The groups inVendorGroup() knows, as a buyer names them: "NVIDIA", "AMD", "Apple", "Intel", "domestic".
const std::vector<std::string> &vendorGroups();
// Cards whose memory was changed after sale (no vendor warranty): the catalog names them "memory-modified".
bool isAftermarket(const GpuSpec &gpu);
// The distilled models of a model (DeepSeek-R1 -> DeepSeek-R1-Distill-*), by the catalog's names.
std::vector<std::string> distillsOf(const Catalog &catalog, const std::string &modelId);

struct SweepTarget
{
    std::vector<std::string> modelIds;   // empty = every model
    std::vector<std::string> quantIds;   // empty = every quant
    std::vector<std::string> runtimeIds; // empty = every runtime
    int users = 1;
    double minTpsPerUser = 6;
    int context = 8192;
    int promptTokens = 512;
    int outputTokens = 512;
    double budget = 0;                   // 0 = no budget
    int top = 10;
    unsigned qualities = 0;              // QualityClass bits (passesQuality); 0 = every class
    bool newOnly = false;                // only new parts: used quotes are ignored, aftermarket cards left out
    std::string vendorGroup;             // inVendorGroup(); a group leaves CPU-only builds out
    bool pricedOnly = false;             // skip GPUs with no price at all (nor a whole-system price): the frontier
                                         // and the recommendations are the same, the unpriced lists are not
    int maxGpusPerNode = 8;
    int maxNodes = 4;
};

// Every build of this build's model for the same workload: the sweep a build is placed against.
SweepTarget sweepTargetFor(const Build &build);

// The buyer's filters, as the sweep page and `hwplanner sweep` both take them.
struct SweepFilters
{
    unsigned qualities = 0;              // QualityClass bits; 0 = every class
    bool newOnly = false;
    std::string vendorGroup;             // one of vendorGroups(); empty = any vendor
    std::vector<std::string> runtimeIds; // empty = every runtime
    double budget = 0;                   // 0 = no budget
};
// Puts the filters into a target. With the Distill bit, the distilled models of each model the target
// names join it; a model the target names that is itself distilled is always swept (the Distill bit is set).
void applySweepFilters(const Catalog &catalog, const SweepFilters &filters, SweepTarget *target);

// One evaluated build, compact: indices into the catalog (-1 = none) and its figures.
struct SweepPoint
{
    int16_t model = 0, quant = 0, runtime = 0, gpu = -1, cpu = -1;
    uint8_t gpusPerNode = 0, nodes = 1, sockets = 1;
    Placement placement = Placement::Gpu;
    float ramGB = 0;      // RAM per node the build needs (rounded up to DIMMs in the bill of materials)
    float aggregate = 0;  // tok/s at the target users
    float perUser = 0;
    double capex = 0;     // only when priced
    bool priced = false;
    bool meets = false;   // fits, runs, and every target user gets the target speed
};

struct SweepResult
{
    std::size_t evaluated = 0;
    std::size_t feasible = 0;          // meets the target, priced or not
    std::vector<SweepPoint> points;    // every build that runs
    std::vector<std::size_t> frontierAggregate; // indices into points, capex ascending
    std::vector<std::size_t> frontierPerUser;
    std::vector<std::size_t> recommended;       // cheapest priced builds that meet the target within budget
    std::vector<std::size_t> unpricedFeasible;  // builds that meet the target but lack a price, fastest first
    bool cancelled = false;
};

// Indices of the points no other point dominates (cost no higher and value no lower, one strictly
// better), ordered by cost. Equal points are kept once; of two points with the same value only the
// cheaper is kept, so no two frontier points tie on value or on cost.
std::vector<std::size_t> paretoFrontier(const std::vector<double> &cost, const std::vector<double> &value);

// The full build a point stands for.
Build sweepBuild(const Catalog &catalog, const SweepTarget &target, const SweepPoint &point);

// `progress` is called now and then with the share done; returning false cancels.
SweepResult sweep(const Catalog &catalog, const SweepTarget &target, const PriceBook &prices, const CostSettings &settings,
                  const std::function<bool(double)> &progress = {});

} // namespace hw
