#pragma once

// A build: one model in one format on a set of machines, and the workload it must serve.

#include "model/specs.h"

#include <optional>
#include <string>

namespace hw {

enum class KvType { F16, Q8_0, Q4_0, Fp8 };

// The instruction set a runtime's CPU matmul kernels use, when not the CPU's best: KTransformers
// before V0.3 ran its CPU experts on llamafile AVX-512 kernels; AMX kernels came with V0.3
// (https://github.com/kvcache-ai/ktransformers/blob/main/doc/en/AMX.md).
enum class CpuKernels { Amx, Avx512, Avx2 };

struct Workload
{
    int users = 1;
    int context = 4096;       // tokens per user the KV cache must hold, thinking included
    int promptTokens = 512;
    int outputTokens = 512;
    double minTpsPerUser = 6; // seed 000: 6 acceptable, 14 comfortable
};

struct Build
{
    std::string name;
    ModelSpec model;
    QuantSpec quant;
    std::optional<double> fileGB; // published size of this model in this format, if known
    std::optional<WeightGroupBytes> fileGroups; // exact bytes per tensor group, when read from the file
    RuntimeSpec runtime;
    int nodes = 1;
    std::optional<GpuSpec> gpu;
    int gpusPerNode = 0;
    // Serving engines (vLLM --pipeline-parallel-size, SGLang --pp-size): pipeline stages, each a
    // consecutive share of the layers on nodes x gpusPerNode / pipelineParallel GPUs in tensor
    // parallel. 1 = every layer split over all GPUs (--tp nodes x gpusPerNode).
    int pipelineParallel = 1;
    std::optional<double> wiredLimitGB; // unified memory: raised GPU-wired limit
    std::optional<CpuSpec> cpu;
    int sockets = 1;
    double ramGB = 0;       // per node
    int ramMTs = 0;         // 0 = the CPU's maximum
    int ramChannels = 0;    // populated per node; 0 = all
    std::optional<int> cpuThreads;
    std::optional<CpuKernels> cpuKernels; // replaces the runtime's cpu_kernels when stated; capped by what the CPU has
    std::optional<int> maxBatch;        // sequences decoded together when set (llama-server --parallel, vLLM --max-num-seqs)
    std::optional<int> gpuLayers;       // llama.cpp -ngl
    std::optional<int> ubatch;          // prompt tokens per prefill micro-batch (llama.cpp -ub / --ubatch-size); unset = kUbatch
    std::optional<bool> expertsOnCpu;   // KTransformers-style offload
    std::optional<bool> numaDuplicate;  // copy experts per socket
    KvType kvType = KvType::F16;
    std::optional<bool> mlaKv;          // override the runtime's MLA behaviour
    double ssdReadGBs = 3.5;            // NVMe read speed for mmap paging
    Workload workload;
};

} // namespace hw
