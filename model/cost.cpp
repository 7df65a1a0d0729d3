#include "model/cost.h"

#include <iterator>

#include "model/textformat.h"

#include <algorithm>
#include <cmath>

namespace hw {

namespace {

constexpr int kDimmSizesGB[] = {8, 16, 32, 48, 64, 96, 128, 256};

} // namespace

namespace {

// One id per memory type, in enum order (kMemoryTypes).
constexpr const char *kMemoryTypeIds[] = {"ddr4", "ddr5", "lpddr5", "mrdimm", "lpddr4x", "lpddr5x"};
static_assert(std::size(kMemoryTypeIds) == std::size(kMemoryTypes));

} // namespace

const char *memoryTypeId(MemoryType t)
{
    const auto i = std::size_t(t);
    return i < std::size(kMemoryTypeIds) ? kMemoryTypeIds[i] : "ddr5";
}

bool memoryTypeFromId(const std::string &id, MemoryType *type)
{
    for (std::size_t i = 0; i < std::size(kMemoryTypeIds); ++i)
        if (id == kMemoryTypeIds[i]) {
            *type = kMemoryTypes[i];
            return true;
        }
    return false;
}

bool useMrdimm(CpuSpec &cpu)
{
    if (cpu.mrdimmMTs <= 0)
        return false;
    cpu.memoryType = MemoryType::Mrdimm;
    cpu.memoryMTs = cpu.mrdimmMTs;
    return true;
}

std::string systemPartId(const std::string &gpuId, int gpus)
{
    return gpuId + ":" + std::to_string(gpus);
}

Message capexMessage(const CostResult &c, const std::string &amount)
{
    if (c.complete())
        return {QT_TRANSLATE_NOOP("hw::Message", "%1 %2"), {amount, c.currency}};
    if (c.unpricedCount() == 1)
        return {QT_TRANSLATE_NOOP("hw::Message", "incomplete: at least %1 %2, 1 part unpriced"), {amount, c.currency}};
    return {QT_TRANSLATE_NOOP("hw::Message", "incomplete: at least %1 %2, %3 parts unpriced"), {amount, c.currency, std::to_string(c.unpricedCount())}};
}

Message tcoMessage(const CostResult &c, const std::string &amount)
{
    if (c.complete())
        return {QT_TRANSLATE_NOOP("hw::Message", "%1 %2/year"), {amount, c.currency}};
    return {QT_TRANSLATE_NOOP("hw::Message", "at least %1 %2/year (capex incomplete)"), {amount, c.currency}};
}

std::string memoryPartId(MemoryType type, int mts)
{
    return std::string(memoryTypeId(type)) + "-" + std::to_string(mts);
}

int memorySpeed(const Build &b)
{
    if (!b.cpu)
        return 0;
    return b.ramMTs > 0 ? std::min(b.ramMTs, b.cpu->memoryMTs) : b.cpu->memoryMTs;
}

namespace {

std::string missing(PartKind kind, const std::string &part)
{
    return std::string(partKindName(kind)) + " " + part;
}

} // namespace

const char *partKindName(PartKind kind)
{
    switch (kind) {
    case PartKind::Gpu:
        return "gpu";
    case PartKind::Cpu:
        return "cpu";
    case PartKind::Memory:
        return "memory";
    case PartKind::Platform:
        return "platform";
    case PartKind::Nvme:
        return "nvme";
    case PartKind::Nic:
        return "nic";
    case PartKind::System:
        return "system";
    }
    return "gpu";
}

bool partKindFromName(const std::string &name, PartKind *kind)
{
    for (PartKind k : {PartKind::Gpu, PartKind::Cpu, PartKind::Memory, PartKind::Platform, PartKind::Nvme, PartKind::Nic, PartKind::System}) {
        if (name == partKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

DimmLayout dimmLayout(double ramGB, int channels, int dimmsPerChannel)
{
    DimmLayout best;
    if (ramGB <= 0 || channels <= 0)
        return best;
    for (int perChannel = 1; perChannel <= std::max(1, dimmsPerChannel); ++perChannel) {
        for (int size : kDimmSizesGB) {
            const int dimms = channels * perChannel;
            if (double(dimms) * size >= ramGB - 1e-9)
                return {dimms, size};
        }
    }
    // More than the slots hold: the largest DIMMs in every slot (the build then has less RAM than asked).
    return {channels * std::max(1, dimmsPerChannel), kDimmSizesGB[std::size(kDimmSizesGB) - 1]};
}

double nodePowerW(const Build &b, const CostSettings &s)
{
    if (b.gpu && b.gpu->unified)
        return b.gpu->tdpW * std::max(1, b.gpusPerNode);
    double w = s.basePlatformW;
    if (b.gpu)
        w += b.gpu->tdpW * b.gpusPerNode;
    if (b.cpu)
        w += b.cpu->tdpW * b.sockets;
    return w;
}

bool platformHosts(const PlatformSpec &p, int gpus, int sockets, MemoryType memory, double powerW, const CostSettings &settings)
{
    return p.gpuSlots >= gpus && p.sockets == sockets && p.memoryType == memory && (p.psuW <= 0 || p.psuW >= powerW * settings.psuHeadroom);
}

const PlatformSpec *choosePlatform(const PriceBook &prices, int gpus, int sockets, MemoryType memory, double powerW,
                                   const CostSettings &settings, std::optional<PriceQuote> *price)
{
    const PlatformSpec *best = nullptr;
    for (const PlatformSpec &p : prices.platforms()) {
        if (!platformHosts(p, gpus, sockets, memory, powerW, settings))
            continue;
        const std::optional<PriceQuote> q = prices.latest(PartKind::Platform, p.id);
        if (q && (!best || q->amount < (*price)->amount)) {
            best = &p;
            *price = q;
        }
    }
    return best;
}

BomQuantities bomQuantities(const Build &b, double weightsGB, double ramNeededGB, const PlatformSpec *platform, const CostSettings &s)
{
    BomQuantities q;
    const int nodes = std::max(1, b.nodes);
    q.powerW = nodePowerW(b, s) * nodes;
    if (b.gpu && b.gpu->unified) {
        q.unified = true;
        q.machines = double(nodes) * std::max(1, b.gpusPerNode);
        return q;
    }
    q.gpusPerNode = b.gpu ? b.gpusPerNode : 0;
    q.gpus = double(nodes) * q.gpusPerNode;
    q.sockets = b.sockets;
    q.platforms = nodes;
    q.memoryType = b.cpu ? b.cpu->memoryType : MemoryType::Ddr5;
    if (b.cpu) {
        q.cpus = platform && platform->bundledCpu == b.cpu->id ? 0.0 : double(nodes) * b.sockets;
        q.channels = b.ramChannels > 0 ? b.ramChannels : b.cpu->memoryChannels * b.sockets;
        q.dimms = dimmLayout(b.ramGB > 0 ? b.ramGB : ramNeededGB, q.channels, platform ? platform->dimmsPerChannel : 2);
        q.memoryGB = q.dimms.totalGB() * nodes;
    }
    q.nvmeTB = std::max(1.0, std::ceil(weightsGB * s.nvmeWeightsFactor / 1000.0)) * nodes;
    q.nics = nodes > 1 ? nodes : 0;
    return q;
}

BuildClass buildClass(const Build &b)
{
    if (b.nodes > 1)
        return BuildClass::Cluster;
    if (b.gpu && b.gpu->unified)
        return BuildClass::Workstation;
    if (b.gpu && (b.gpu->gpuClass == GpuClass::DatacenterTraining || b.gpu->gpuClass == GpuClass::DatacenterInference || b.gpusPerNode > 4))
        return BuildClass::Server;
    if (b.sockets > 1 || (b.cpu && b.cpu->memoryChannels >= 8))
        return BuildClass::Server;
    return BuildClass::Workstation;
}

const char *buildClassId(BuildClass c)
{
    switch (c) {
    case BuildClass::Workstation:
        return "workstation";
    case BuildClass::Server:
        return "server";
    case BuildClass::Cluster:
        return "cluster";
    }
    return "workstation";
}

double opsFteFor(const Build &b, const CostSettings &s)
{
    switch (buildClass(b)) {
    case BuildClass::Workstation:
        return s.opsFteWorkstation;
    case BuildClass::Server:
        return s.opsFte;
    case BuildClass::Cluster:
        return s.opsFteClusterPerNode * std::max(1, b.nodes);
    }
    return s.opsFte;
}

CostResult costOf(const Build &b, const Estimate &e, const PriceBook &prices, const CostSettings &s)
{
    CostResult r;
    r.currency = s.currency;
    r.staleDays = s.staleDays;
    // A catalog name is shown as it is ("%1" is not marked for translation); a description is a sentence.
    const auto named = [](const std::string &name) { return Message{"%1", {name}}; };
    auto add = [&](PartKind kind, const std::string &part, Message label, double qty, const std::string &unit) {
        BomLine line;
        line.kind = kind;
        line.part = part;
        line.name = english({label});
        line.label = std::move(label);
        line.qty = qty;
        line.unit = unit;
        line.price = prices.latest(kind, part);
        if (!line.price)
            r.missingPrices.push_back(missing(kind, part));
        r.lines.push_back(line);
    };

    const MemoryType memory = b.cpu ? b.cpu->memoryType : MemoryType::Ddr5;
    std::optional<PriceQuote> platformPrice;
    const bool unified = b.gpu && b.gpu->unified;
    const PlatformSpec *platform = unified ? nullptr
                                           : choosePlatform(prices, b.gpu ? b.gpusPerNode : 0, b.sockets, memory, nodePowerW(b, s), s, &platformPrice);
    const BomQuantities q = bomQuantities(b, e.weightsGB, e.ramGB, platform, s);
    // A whole machine quoted for exactly this GPU and count per node replaces the GPU, platform, CPU, RAM
    // and NVMe lines: the quote's note says what it holds, and the assumptions ask the buyer to check it.
    const std::optional<PriceQuote> system = !unified && b.gpu && b.gpusPerNode > 0
                                                 ? prices.latest(PartKind::System, systemPartId(b.gpu->id, b.gpusPerNode))
                                                 : std::nullopt;
    Message systemAssumption;
    if (system) {
        BomLine line;
        line.kind = PartKind::System;
        line.part = systemPartId(b.gpu->id, b.gpusPerNode);
        line.label = {QT_TRANSLATE_NOOP("hw::Message", "%1 x %2 server (as quoted: %3)"),
                      {std::to_string(b.gpusPerNode), b.gpu->name, system->note.empty() ? system->source : system->note}};
        line.name = english({line.label});
        line.qty = q.platforms;
        line.unit = "machine";
        line.price = system;
        r.lines.push_back(line);
        const std::string cpus = b.cpu ? std::to_string(b.sockets) + " x " + b.cpu->name : std::string("-");
        systemAssumption = {QT_TRANSLATE_NOOP("hw::Message", "%1 priced as a whole system per node (%2): taken to include its CPUs, RAM and storage; "
                                                             "check that it holds %3 and %4 GB of RAM"),
                            {line.part, system->source, cpus, num(q.dimms.totalGB(), 0)}};
        if (q.nics > 0)
            add(PartKind::Nic, "ib-400g", {QT_TRANSLATE_NOOP("hw::Message", "400 Gb/s InfiniBand NDR adapter"), {}}, q.nics, "NIC");
    } else if (q.unified) {
        add(PartKind::Gpu, b.gpu->id, named(b.gpu->name), q.machines, "machine");
    } else {
        if (q.gpus > 0)
            add(PartKind::Gpu, b.gpu->id, named(b.gpu->name), q.gpus, "card");
        BomLine line;
        line.kind = PartKind::Platform;
        line.qty = q.platforms;
        line.unit = "platform";
        if (platform) {
            line.part = platform->id;
            line.label = named(platform->name);
            line.price = platformPrice;
        } else {
            line.part = "platform";
            line.label = {QT_TRANSLATE_NOOP("hw::Message", "Platform with %1 GPU slots, %2 socket(s), %3, >= %4 W PSU"),
                          {std::to_string(q.gpusPerNode), std::to_string(b.sockets), memoryTypeId(memory), num(nodePowerW(b, s) * s.psuHeadroom, 0)}};
            r.missingPrices.push_back(fill("platform with %1 GPU slots, %2 socket(s), %3, >= %4 W PSU", line.label.args));
        }
        line.name = english({line.label});
        r.lines.push_back(line);
        if (q.cpus > 0)
            add(PartKind::Cpu, b.cpu->id, named(b.cpu->name), q.cpus, "CPU");
        // Memory is priced by type and speed where a quote names the speed, else by type.
        const std::string speedId = memoryPartId(memory, memorySpeed(b));
        if (q.memoryGB > 0)
            add(PartKind::Memory, prices.latest(PartKind::Memory, speedId) ? speedId : std::string(memoryTypeId(memory)),
                {QT_TRANSLATE_NOOP("hw::Message", "%1 x %2 GB %3 per node (all %4 channels populated)"),
                 {std::to_string(q.dimms.dimms), std::to_string(q.dimms.sizeGB), memoryTypeId(memory), std::to_string(q.channels)}},
                q.memoryGB, "GB");
        add(PartKind::Nvme, "nvme", {QT_TRANSLATE_NOOP("hw::Message", "NVMe for the weights (%1 GB x %2)"), {num(e.weightsGB, 0), num(s.nvmeWeightsFactor, 1)}},
            q.nvmeTB, "TB");
        if (q.nics > 0)
            add(PartKind::Nic, "ib-400g", {QT_TRANSLATE_NOOP("hw::Message", "400 Gb/s InfiniBand NDR adapter"), {}}, q.nics, "NIC");
    }

    for (const BomLine &line : r.lines)
        r.capex += line.total();
    r.powerW = q.powerW;
    r.energyKWhPerYear = r.powerW / 1000.0 * s.utilisation * s.pue * s.hoursPerYear;
    r.powerCostPerYear = r.energyKWhPerYear * s.tariffPerKWh;
    r.buildClass = buildClass(b);
    r.opsFte = opsFteFor(b, s);
    r.opsCostPerYear = r.opsFte * s.opsSalaryPerYear;
    r.opexPerYear = r.powerCostPerYear + r.opsCostPerYear;
    r.depreciationPerYear = s.depreciationYears > 0 ? r.capex / s.depreciationYears : r.capex;
    r.tcoPerYear = r.depreciationPerYear + r.opexPerYear;
    r.threeYearTotal = r.capex + 3 * r.opexPerYear;
    // A ratio over a partial sum would look like a real, low figure: it does not exist until every part is priced.
    if (r.complete() && e.maxUsers > 0)
        r.perUser = r.capex / e.maxUsers;
    const double tokensPerYear = e.decodeAggregate * s.servingUtilisation * s.hoursPerYear * 3600.0;
    if (r.complete() && tokensPerYear > 0)
        r.perMillionTokens = r.tcoPerYear / (tokensPerYear / 1e6);

    r.assumptionMessages = {
        {QT_TRANSLATE_NOOP("hw::Message", "power: %1 W at full TDP x utilisation %2 x PUE %3 x %4 h = %5 kWh/year at %6 %7/kWh"),
         {num(r.powerW, 0), num(s.utilisation, 2), num(s.pue, 2), num(s.hoursPerYear, 0), num(r.energyKWhPerYear, 0), num(s.tariffPerKWh, 2), s.currency}},
        r.buildClass == BuildClass::Cluster
            ? Message{QT_TRANSLATE_NOOP("hw::Message", "operations (cluster of %1 nodes): %2 FTE per node x %3 %4/year"),
                      {std::to_string(std::max(1, b.nodes)), num(s.opsFteClusterPerNode, 2), num(s.opsSalaryPerYear, 0), s.currency}}
        : r.buildClass == BuildClass::Server
            ? Message{QT_TRANSLATE_NOOP("hw::Message", "operations (server): %1 FTE x %2 %3/year"), {num(r.opsFte, 2), num(s.opsSalaryPerYear, 0), s.currency}}
            : Message{QT_TRANSLATE_NOOP("hw::Message", "operations (workstation): %1 FTE x %2 %3/year"), {num(r.opsFte, 2), num(s.opsSalaryPerYear, 0), s.currency}},
        {QT_TRANSLATE_NOOP("hw::Message", "depreciation: straight line over %1 years"), {num(s.depreciationYears, 0)}},
        {QT_TRANSLATE_NOOP("hw::Message", "per million tokens: aggregate decode speed at %1% of the year"), {num(s.servingUtilisation * 100, 0)}},
        {QT_TRANSLATE_NOOP("hw::Message", "USD converted at %1 CNY; prices older than %2 days are marked stale"), {num(s.usdToCny, 2), std::to_string(s.staleDays)}},
    };
    if (b.gpu && b.gpu->tdpW <= 0)
        r.assumptionMessages.push_back({QT_TRANSLATE_NOOP("hw::Message", "power: %1 has no published TDP, so its power is not counted (the energy cost is too low)"),
                                        {b.gpu->name}});
    if (system)
        r.assumptionMessages.push_back(systemAssumption);
    for (const Message &m : r.assumptionMessages)
        r.assumptions.push_back(english({m}));
    return r;
}

} // namespace hw
