#pragma once

// The estimate: fit, decode and prefill speed, and the most users a build serves.

#include "model/placement.h"

namespace hw {

enum class Bound { GpuMemoryBandwidth, CpuMemoryBandwidth, Compute, Interconnect, Ssd, Overhead, None };
inline constexpr Bound kBounds[] = {Bound::GpuMemoryBandwidth, Bound::CpuMemoryBandwidth, Bound::Compute, Bound::Interconnect,
                                    Bound::Ssd, Bound::Overhead, Bound::None}; // every value, for lookups by name
const char *boundName(Bound bound);
// The bound as a sentence for the explanation (a hw::Message template without arguments).
const char *boundSentence(Bound bound);

struct Estimate
{
    bool fits = false;
    bool runs = false;
    Placement placement = Placement::Gpu;
    int gpuLayers = 0;
    double weightsGB = 0;
    double kvCacheGB = 0;
    double overheadGB = 0;
    double gpuPerDeviceGB = 0;
    double gpuCapacityPerDeviceGB = 0;
    double gpuTotalGB = 0;
    double ramGB = 0;
    double ramCapacityGB = 0;
    std::vector<DeviceMemory> devices;
    double decodePerUser = 0;
    double decodeAggregate = 0;
    Bound bound = Bound::None;
    double prefillTps = 0;
    bool prefillKnown = true; // false: a GPU has no published BF16 TFLOPS figure, so prefill is not estimated
    int maxUsers = 0;
    std::vector<Message> explanation; // how each figure was computed, a sentence a line
};

// Per decode step at `batch` sequences, split by what it waits on (seconds).
struct StepTime
{
    double gpuMemory = 0;
    double cpuMemory = 0;
    double ssd = 0;
    double compute = 0;
    double interconnect = 0;
    double overhead = 0;
    double total() const { return gpuMemory + cpuMemory + ssd + compute + interconnect + overhead; }
};
StepTime decodeStep(const Build &build, const Plan &plan, double batch);
double prefillTokensPerSecond(const Build &build, const Plan &plan);

// Decode speed each of `users` sees, and in aggregate, with the runtime's batch limit and the stall
// that other users' prompts put on the batch.
struct Throughput
{
    double perUser = 0;
    double aggregate = 0;
};
Throughput throughputAt(const Build &build, const Plan &plan, int users, double prefillTps);
// Users whose whole context the KV cache holds (very large when the workload has no context).
double kvUserCapacity(const Build &build, const Plan &plan);
// Sequences decoded together: the runtime's default limit, and no more than the KV cache holds.
int batchLimit(const Build &build, const Plan &plan);

// Explained: everything, with explanation lines and per-device rows. Figures: the numbers only.
// Throughput: the numbers without the max-users search (the sweep's inner loop).
enum class Detail { Explained, Figures, Throughput };
Estimate estimate(const Build &build, Detail detail = Detail::Explained);

} // namespace hw
