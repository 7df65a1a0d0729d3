#include "model/hardware.h"

#include <cmath>

namespace hw {

double distinctExperts(int experts, int perToken, double batch)
{
    if (experts <= 0 || perToken <= 0 || batch <= 0)
        return 0.0;
    const double pick = double(perToken) / experts;
    return experts * (1.0 - std::pow(1.0 - pick, batch));
}

double socketBandwidthGBs(int channels, int mts)
{
    return channels * double(mts) * 8.0 / 1000.0;
}

double cpuFlopsPerCycle(const CpuSpec &cpu)
{
    if (cpu.amx)
        return 1024.0;
    if (cpu.avx512)
        return 64.0;
    return 32.0;
}

double cpuPeakTflops(const CpuSpec &cpu, int threads)
{
    return threads * cpu.baseGHz * cpuFlopsPerCycle(cpu) / 1000.0;
}

double allReduceLatencyUs(const std::string &interconnect)
{
    if (interconnect == "nvlink" || interconnect == "infinity-fabric")
        return 8.0;
    if (interconnect == "hccs")
        return 15.0;
    return 25.0; // PCIe
}

} // namespace hw
