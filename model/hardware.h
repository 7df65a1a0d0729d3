#pragma once

#include "model/specs.h"

#include <string>

namespace hw {

// Distinct routed experts a step reads when `batch` tokens each pick k of E at random:
// E x (1 - (1 - k/E)^B) (domain.md section 5). Dense models: 0.
double distinctExperts(int experts, int perToken, double batch);

// Peak DRAM bandwidth of one socket: populated channels x MT/s x 8 bytes.
double socketBandwidthGBs(int channels, int mts);
// The same for a bus stated in bits (LPDDR5X on a 256-bit bus: 32 bytes x MT/s).
double busBandwidthGBs(int busBits, int mts);
// One socket of this CPU with every channel populated, at mts (0 = the CPU's maximum; never above it).
double cpuSocketPeakGBs(const CpuSpec &cpu, int mts = 0);

// A GPU's vendor as the runtimes name it ("NVIDIA", "AMD", "Apple", "Huawei", "Intel"), inferred from
// its marketing name ("GeForce RTX 5090", "Radeon 8060S", "M3 Ultra", "Ascend 910B", "Arc B580"); empty when unknown.
std::string gpuVendorFromName(const std::string &name);

// Dense matmul FLOPs per cycle per core by ISA, the vendors' peak figures:
// AMX BF16 1024 (Intel Optimization Reference Manual, AMX chapter), AVX-512 two FMA ports
// x 16 FP32 x 2 = 64, AVX2 two FMA ports x 8 FP32 x 2 = 32.
double cpuFlopsPerCycle(const CpuSpec &cpu);
double cpuPeakTflops(const CpuSpec &cpu, int threads);

// Assumptions, not fitted (no calibration point isolates them); named so they can be revisited.
inline constexpr double kPerCoreBandwidthGBs = 12.0;   // one core's sustained DRAM stream (Little's law)
inline constexpr double kCrossSocketScaling = 0.5;      // 2nd socket's gain without NUMA-aware placement
inline constexpr double kOsReserveGB = 2.0;             // RAM the OS and runtime keep for themselves
inline constexpr double kUnifiedOsReserveGB = 8.0;      // macOS share of a unified-memory machine
inline constexpr double kPcieGBs = 25.0;                // PCIe 4.0 x16 effective host-to-GPU copy
inline constexpr double kNicGBs = 50.0;                 // one 400 Gb/s NIC per GPU (ConnectX-7 NDR in HGX H100/H200)
inline constexpr int kUbatch = 512;                     // llama.cpp default physical batch
// Fewest tokens in a batch for which ggml's CUDA backend runs an op on the GPU even when its weights
// sit in RAM, copying them over PCIe first (ggml-cuda.cu, ggml_backend_cuda_device_offload_op:
// min_batch_size = 32; for MUL_MAT_ID the batch is the token count, ne[2]).
inline constexpr int kGpuOffloadMinBatch = 32;

// Effective host-to-GPU copy rate of a card on PCIe: kPcieGBs for PCIe 4.0 x16 (the catalog's link_gbs 64,
// 32 GB/s each way), twice that on PCIe 5.0 x16 (link_gbs 128, 64 GB/s each way: PCI-SIG, PCIe 5.0
// specification, 32 GT/s per lane).
double hostToGpuCopyGBs(const GpuSpec &gpu);

// Latency of one small all-reduce across a node's GPUs, by interconnect (NCCL-class small-message
// latency; assumed, folded with the fitted per-step overhead on the calibration points).
double allReduceLatencyUs(const std::string &interconnect);

} // namespace hw
