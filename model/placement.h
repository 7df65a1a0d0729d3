#pragma once

// Where every byte of a build sits, device by device, and the stages a decode step runs through.

#include "model/build.h"
#include "model/inlinevector.h"
#include "model/message.h"
#include "model/weights.h"

#include <string>
#include <vector>

namespace hw {

enum class Placement { Gpu, Hybrid, Cpu, Unified };
const char *placementName(Placement placement);

struct DeviceMemory
{
    Message device;     // "GPU x8 (H200)", "RAM", "Mac Studio M3 Ultra": translated when shown
    bool gpu = true;    // GPU memory (or unified memory), else system RAM
    int count = 1;      // identical devices this row stands for (per node)
    double weightsGB = 0;
    double kvGB = 0;
    double overheadGB = 0;
    double capacityGB = 0; // 0 = not given
    double usedGB() const { return weightsGB + kvGB + overheadGB; }
};

// One group of devices a decode step passes through; stages run one after the other.
struct Stage
{
    enum Kind { Gpu, Cpu, Unified, Ssd };
    Kind kind = Gpu;
    double bandwidthGBs = 0;  // per device
    double efficiency = 1;
    int devices = 1;          // bytes and FLOPs split evenly over them (tensor parallel)
    double streamedBytes = 0; // read every step, whole stage
    double expertBytes = 0;   // routed experts resident here, read in proportion to distinct experts
    double kvBytesPerTokenPerDevice = 0; // read per user per token of context, on each device
    double flopsShare = 0;    // share of the weight FLOPs of one token done here
    double attentionShare = 0;
    double peakTflops = 0;    // per device
    double prefillCopyGBs = 0; // prefill may stream this stage's weights to a GPU at this rate
    double prefillCopyTflops = 0; // >0: the GPU then also computes this stage's FLOPs, at this peak
    bool prefillCopyPerPrompt = false; // the copy is paid once per prompt (layerwise prefill), not per micro-batch
};

struct Plan
{
    Placement placement = Placement::Gpu;
    bool fits = true;
    bool runs = true;
    int gpuLayers = 0;
    WeightBytes weights;
    double kvBytesPerToken = 0;
    double kvTokenCapacity = 0; // tokens of KV the tightest device can still hold at its limit
    InlineVector<DeviceMemory, 3> devices;
    InlineVector<Stage, 4> stages; // device labels and stage labels are filled only when explaining
    double fixedStepMs = 0;   // per-step latency that does not depend on bytes: all-reduces, hops
    double interconnectMs = 0; // the part of fixedStepMs that is communication
    double allReduceSecondsPerToken = 0; // tensor parallel: all-reduce transfer time per sequence in a step
    int pipelineStages = 1;    // serving pipeline parallel: the batch runs as this many micro-batches in flight
    double gpuTotalGB = 0;     // summed over every GPU of every node
    double ramNeededGB = 0;
    double ramCapacityGB = 0;
    std::vector<Message> lines; // explanation, in order, translated when shown
};

Plan planPlacement(const Build &build, bool explain);

// llama.cpp -ngl rule from Unsloth's DeepSeek-R1 guide (seed 000): floor(VRAM / file x layers) - 4.
int unslothGpuLayers(double vramGB, double fileGB, int layers);

// Effective DRAM bandwidth of one node for a runtime: channels, speed and NUMA, with or without the
// threads' cap (threads x kPerCoreBandwidthGBs per socket).
double cpuBandwidthGBs(const Build &build, bool numaAware, bool threadCapped);
int cpuThreads(const Build &build);

} // namespace hw
