#pragma once

// Catalog value types: what a model, a weight format, a device and a runtime are.
// Plain data filled by db/ (or by hand in tests); every number carries its unit in its name.

#include <algorithm>
#include <string>
#include <vector>

namespace hw {

enum class Attention { Gqa, Mla };

struct ModelSpec
{
    std::string id;
    std::string name;
    std::string kind; // "full", "distill" or "other"
    double totalParamsB = 0;   // billions, as loaded (MTP module excluded)
    double activeParamsB = 0;  // billions read per token
    int layers = 0;
    int denseLayers = 0;       // leading layers with a dense FFN (MoE models)
    int hiddenSize = 0;
    int attentionHeads = 0;
    int kvHeads = 0;           // GQA
    int headDim = 0;           // GQA
    Attention attention = Attention::Gqa;
    int kvLoraRank = 0;        // MLA latent width
    int qkRopeDim = 0;
    int qkNopeDim = 0;
    int vHeadDim = 0;
    int routedExperts = 0;
    int expertsPerToken = 0;
    int sharedExperts = 0;
    int expertFfnDim = 0;
    int denseFfnDim = 0;       // FFN width of the dense layers (0 = not recorded)
    int slidingWindow = 0;     // tokens a sliding-window layer attends to (0 = none)
    int slidingLayers = 0;     // layers that use the sliding window
    int mtpLayers = 0;         // multi-token-prediction layers on disk, not in layers or totalParamsB
    int vocabSize = 0;
    bool tiedEmbeddings = false;
    int maxContext = 0;
    std::string nativePrecision; // "fp8", "bf16"
    std::string qualityNote;     // the source documents' opinion, shown as such
    std::string source;
    std::string sourceDate;

    bool isMoe() const { return routedExperts > 0; }
    int moeLayers() const { return isMoe() ? std::max(0, layers - denseLayers) : 0; } // layers with routed experts
    // Matmul kernels one decode step launches per token path in the serving engines, which fuse the
    // checkpoint's matrices: attention q, k, v as one qkv_proj plus o_proj (vLLM QKVParallelLinear;
    // MLA: fused q_a+kv_a, q_b, the absorbed W_UK and W_UV batched matmuls, o); a dense FFN gate and
    // up as one gate_up_proj plus down_proj (MergedColumnParallelLinear, vllm/model_executor/models/llama.py);
    // a MoE layer its router plus two grouped expert GEMMs however many experts it picks (fused_experts
    // runs invoke_fused_moe_kernel for w13 and w2, vllm/model_executor/layers/fused_moe/fused_moe.py) and
    // each shared expert as a dense FFN; the output head. Each has a latency floor whatever the batch.
    int matmulsPerToken() const
    {
        const int attention = this->attention == Attention::Mla ? 5 : 2;
        const int moe = moeLayers();
        return layers * attention + (layers - moe) * 2 + moe * (1 + 2 + 2 * sharedExperts) + 1;
    }
};

struct QuantSpec
{
    std::string id;
    std::string name;
    std::string format;        // "gguf", "safetensors"
    double bitsPerWeight = 16; // effective, used when no published file size is known
    double nonExpertBits = 0;  // >0 for dynamic quants that keep attention/dense layers wider
    bool needsNativeFp8 = false;
    double computeBytes = 2;   // operand width of the matmuls: 1 for FP8/INT8 W8A8, else 2
    std::string qualityNote;
    std::string source;
    std::string sourceDate;
};

// Exact bytes of a weight file by what the tensors are for (from a GGUF tensor table).
struct WeightGroupBytes
{
    double attention = 0;
    double sharedExperts = 0;
    double routedExperts = 0;
    double denseFfn = 0;
    double embedding = 0; // token embedding: looked up, never streamed
    double output = 0;    // output head (0 when tied to the embedding)
    double other = 0;     // norms, routers, biases
    double total() const { return attention + sharedExperts + routedExperts + denseFfn + embedding + output + other; }
    bool known() const { return total() > 0; }
};

// Published file size of one model in one format.
struct ModelFile
{
    std::string modelId;
    std::string quantId;
    double fileGB = 0;
    std::string source;
    std::string sourceDate;
    WeightGroupBytes groups; // all zero unless imported from the file itself
};

enum class GpuClass { DatacenterTraining, DatacenterInference, Workstation, Consumer, UnifiedMemory };

// Memory capacities are sold in binary units: an H100 "80GB" holds 80 GiB (nvidia-smi: 81,559 MiB of
// 81,920), an H20 "96GB" ~97,900 MiB = 102.6 GB. The engine counts bytes in GB = 10^9 bytes.
inline constexpr double kGiBInGB = 1.073741824;

struct GpuSpec
{
    std::string id;
    std::string name;
    std::string vendor;
    GpuClass gpuClass = GpuClass::Consumer;
    double memoryGB = 0;     // the vendor's figure ("80GB", "96GB"), which counts binary gigabytes (GiB)
    double bandwidthGBs = 0;
    double bf16Tflops = 0;   // dense tensor throughput at 16 bit (FP16 where BF16 is absent); 0 = not published
    double capacityGB() const { return memoryGB * kGiBInGB; } // the card's memory in GB = 10^9 bytes
    double fp8Tflops = 0;    // dense; 0 = no native FP8 (or not published: see fp8Published)
    bool fp8Published = true; // false: the vendor does not say whether it has FP8; planned as without
    double tdpW = 0;          // 0 = not published
    std::string interconnect; // "nvlink", "pcie", "infinity-fabric", "hccs", "thunderbolt"
    double linkGBs = 0;       // per GPU, one direction
    bool unified = false;     // whole machine with unified memory (Apple)
    double wiredFraction = 0; // unified: share the GPU may wire by default
    std::vector<int> boardGpus; // GPUs per node it is sold in (SXM/OAM baseboards: HGX 4 or 8); empty = any count (cards)
    std::string source;
    std::string sourceDate;
    std::string note;

    bool nativeFp8() const { return fp8Tflops > 0; }
};

// Every type has one id (memoryTypeId, model/cost.h); Mrdimm is DDR5 multiplexed-rank DIMMs (Xeon 6).
enum class MemoryType { Ddr4, Ddr5, Lpddr5, Mrdimm, Lpddr4x, Lpddr5x };

struct CpuSpec
{
    std::string id;
    std::string name;
    std::string vendor;
    int cores = 0;
    double baseGHz = 0;
    int memoryChannels = 0; // per socket
    MemoryType memoryType = MemoryType::Ddr5;
    int memoryMTs = 0;      // fastest supported
    int memoryBusBits = 0;  // per socket, where the bus is not whole 64-bit channels (LPDDR: 256 on Ryzen AI Max); 0 = channels x 64
    bool amx = false;
    bool avx512 = false;
    double tdpW = 0;
    int maxSockets = 0;     // sockets the CPU scales to (ARK "Scalability", AMD "Socket Count"); 0 = not stated
    int mrdimmMTs = 0;      // MRDIMM speed its product page states (ARK "Max Memory Speed"); 0 = no MRDIMM support
    std::string source;
    std::string sourceDate;
};

// How a runtime behaves, and its efficiency factors (fitted on the calibration corpus: model/calibration.h).
struct RuntimeSpec
{
    std::string id;
    std::string name;
    std::vector<std::string> formats; // weight formats it loads: "gguf", "safetensors"
    std::vector<std::string> gpuVendors; // GPU vendors it runs on (CUDA, ROCm, CANN, Metal backends)
    bool mlaCompressedKv = true;      // keeps the MLA latent; false = expands to full heads
    bool layerOffload = false;        // llama.cpp-style -ngl split between GPU and CPU
    bool expertOffload = false;       // KTransformers-style routed experts in RAM
    bool tensorParallel = false;      // splits every layer over the GPUs of a node
    bool pipelineAcrossMachines = false; // exo
    double memoryReservation = 0;     // share of each GPU reserved up front (vLLM 0.9); 0 = as needed
    double gpuOverheadGB = 0;         // per GPU: CUDA context, workspaces, graphs
    int maxBatch = 1;                 // sequences decoded together by default
    double gpuBandwidthEfficiency = 0.7;
    double cpuBandwidthEfficiency = 0.4;
    double unifiedBandwidthEfficiency = 0.6;
    double computeEfficiency = 0.4;
    double stepOverheadMs = 0;        // fixed per decode step (scheduling, launches, sampling)
    double moeLayerLatencyUs = 0;     // per MoE layer per decode step with its experts in RAM (CPU): routing, thread barriers, the GPU-CPU round trip (llama.cpp family)
    double moeLayerLatencyGpuUs = 0;  // the same with its experts on a GPU or in unified memory: routing and expert kernels' launches (llama.cpp family)
    double matmulLatencyUs = 0;       // per weight matrix a token passes through, per decode step: the floor of one small-batch GEMM (launch gap, ramp-up, tail) whatever it reads (serving engines)
    double hopLatencyMs = 0;          // one crossing of a machine boundary: per token in a pipeline, per ring step of an all-reduce in tensor parallel
    std::vector<int> prefillChunkTokens;  // prompt tokens per prefill forward pass when a build sets no micro-batch, by GPU memory; empty = kUbatch
    std::vector<int> prefillChunkBelowGB; // prefillChunkTokens[i] applies below prefillChunkBelowGB[i] GB; the last chunk above them all
    double firstTokenLatencyMs = 0;   // fixed part of a request's time to first token beside the prefill arithmetic (serving engines: request path, eager prefill launch)
    bool cpuBackend = false;          // runs without a GPU on its own CPU kernels; with tensorParallel its ranks map to NUMA nodes
    std::string cpuKernels = "amx";   // widest ISA its CPU matmul kernels use for quantized weights ("amx", "avx512", "avx2"); the CPU caps it
    std::string source;
    std::string sourceDate;
    std::string note;

    bool runsOn(const std::string &vendor) const
    {
        for (const auto &v : gpuVendors)
            if (v == vendor)
                return true;
        return false;
    }
    bool loads(const std::string &format) const
    {
        if (format == "any") // an inline quant that names no format: taken as the runtime's own
            return true;
        for (const auto &f : formats)
            if (f == format)
                return true;
        return false;
    }
};

} // namespace hw
