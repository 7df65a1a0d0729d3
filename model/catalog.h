#pragma once

// The catalog as plain values, looked up by id or alias. db/ fills it from SQLite.

#include "model/pricebook.h"
#include "model/specs.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hw {

// A name offers use for a part: "h20 141g" -> h20 with 141 GB, "sglang" -> runtime sglang.
// `approximate`: the alias names a different part of the same family (an unknown Xeon read as its
// generation's catalog part): memory capacity holds, speeds are estimates the checker calls assumed.
struct PartAlias
{
    std::string alias; // lower case, as offers write it; spaces match any run of spaces, '-' or nothing
    std::string kind;  // gpu, cpu, quant, runtime, model
    std::string partId;
    double memoryGB = 0; // gpu: the variant's memory per card; 0: the catalog part's
    bool approximate = false;
};

struct Catalog
{
    std::vector<ModelSpec> models;
    std::vector<QuantSpec> quants;
    std::vector<ModelFile> modelFiles;
    std::vector<GpuSpec> gpus;
    std::vector<CpuSpec> cpus;
    std::vector<RuntimeSpec> runtimes;
    std::vector<PlatformSpec> platforms;
    std::vector<PriceRecord> prices; // full history, oldest first
    std::vector<ExchangeRate> exchangeRates; // CNY per unit of each currency, by date (not USD's: that is a setting)
    std::map<std::string, std::string> modelAliases; // normalised alias -> model id
    std::vector<PartAlias> partAliases; // longest alias first

    const ModelSpec *model(const std::string &idOrAlias) const;
    const QuantSpec *quant(const std::string &id) const;
    const GpuSpec *gpu(const std::string &id) const;
    const CpuSpec *cpu(const std::string &id) const;
    const RuntimeSpec *runtime(const std::string &id) const;
    const PlatformSpec *platform(const std::string &id) const;
    // Whether `partId` names a part of that kind the catalog knows (memory: ddr4/ddr5/lpddr5, nvme, NICs).
    bool knowsPart(PartKind kind, const std::string &partId) const;
    std::optional<double> fileGB(const std::string &modelId, const std::string &quantId) const;
    std::optional<WeightGroupBytes> fileGroups(const std::string &modelId, const std::string &quantId) const;

    // Up to `count` catalog ids closest to `wanted` (edit distance), for "did you mean" messages.
    static std::vector<std::string> closest(const std::string &wanted, const std::vector<std::string> &ids, int count = 3);
    std::vector<std::string> modelIds() const;
    std::vector<std::string> quantIds() const;
    std::vector<std::string> gpuIds() const;
    std::vector<std::string> cpuIds() const;
    std::vector<std::string> runtimeIds() const;
};

// Lower case, spaces and underscores folded to '-': "RTX 4090" finds "rtx-4090".
std::string normaliseId(const std::string &text);

} // namespace hw
