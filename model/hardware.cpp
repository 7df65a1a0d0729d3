#include "model/hardware.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <vector>

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

double busBandwidthGBs(int busBits, int mts)
{
    return busBits / 8.0 * double(mts) / 1000.0;
}

double cpuSocketPeakGBs(const CpuSpec &cpu, int mts)
{
    mts = mts > 0 ? std::min(mts, cpu.memoryMTs) : cpu.memoryMTs;
    return cpu.memoryBusBits > 0 ? busBandwidthGBs(cpu.memoryBusBits, mts) : socketBandwidthGBs(cpu.memoryChannels, mts);
}

std::string gpuVendorFromName(const std::string &name)
{
    std::vector<std::string> words; // lower-case alphanumeric words
    std::string w;
    for (char ch : name + " ") {
        if (std::isalnum(static_cast<unsigned char>(ch))) {
            w += char(std::tolower(static_cast<unsigned char>(ch)));
        } else if (!w.empty()) {
            words.push_back(w);
            w.clear();
        }
    }
    auto any = [&](std::initializer_list<const char *> list) {
        for (const std::string &word : words)
            for (const char *l : list)
                if (word == l)
                    return true;
        return false;
    };
    auto anyPrefix = [&](const char *prefix, bool digitsAfter) {
        const std::string p(prefix);
        for (const std::string &word : words)
            if (word.size() > p.size() && word.compare(0, p.size(), p) == 0
                && (!digitsAfter || std::isdigit(static_cast<unsigned char>(word[p.size()]))))
                return true;
        return false;
    };
    // The maker's own name first: "AMD Radeon 8060S (Ryzen AI Max+ 395)", "NVIDIA DGX Spark".
    if (any({"nvidia"}))
        return "NVIDIA";
    if (any({"amd"}))
        return "AMD";
    if (any({"apple"}))
        return "Apple";
    if (any({"huawei"}))
        return "Huawei";
    if (any({"intel"}))
        return "Intel";
    if (any({"geforce", "rtx", "tesla", "quadro", "titan", "dgx", "jetson", "gb10", "h100", "h200", "h800", "h20", "a100", "a800", "b200", "b300",
             "gb200", "l40", "l40s", "l4", "v100", "t4", "a10", "a40"})
        || anyPrefix("rtx", true))
        return "NVIDIA";
    if (any({"radeon", "instinct", "ryzen"}) || anyPrefix("mi", true))
        return "AMD";
    if (any({"mac", "macbook", "m1", "m2", "m3", "m4", "m5"}))
        return "Apple";
    if (any({"ascend", "atlas"}))
        return "Huawei";
    if (any({"arc", "gaudi", "gaudi2", "gaudi3"}))
        return "Intel";
    return {};
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

double hostToGpuCopyGBs(const GpuSpec &gpu)
{
    if (gpu.interconnect == "pcie" && gpu.linkGBs >= 128)
        return 2.0 * kPcieGBs;
    return kPcieGBs;
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
