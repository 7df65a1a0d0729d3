#include "model/sweep.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace hw {

namespace {

// Sockets worth trying for a CPU: what its product page says it scales to, at most the dual-socket
// boards the catalog prices; one when the catalog does not state it (never a board it may not fit).
int socketsToTry(const CpuSpec &cpu) { return cpu.maxSockets >= 2 ? 2 : 1; }

std::string lower(std::string s)
{
    for (char &ch : s)
        ch = char(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

constexpr double kMaxDimmGB = 256;
constexpr int kMaxSystemGpus = 64; // whole systems are looked up for up to this many GPUs per node

template<typename T>
std::vector<int> selected(const std::vector<T> &items, const std::vector<std::string> &ids)
{
    std::vector<int> out;
    for (int i = 0; i < int(items.size()); ++i)
        if (ids.empty() || std::find(ids.begin(), ids.end(), items[size_t(i)].id) != ids.end())
            out.push_back(i);
    return out;
}

// Prices looked up once per sweep, so the inner loop does no string work.
struct PriceTable
{
    std::vector<std::optional<double>> gpu, cpu, platform;
    std::optional<double> memory[std::size(kMemoryTypes)], nvme, nic;
    std::vector<std::pair<std::string, double>> memoryBySpeed; // "ddr5-4800" -> price per GB
    std::vector<std::vector<std::pair<int, double>>> system;   // per GPU: (GPUs per node, whole-system price)

    PriceTable(const Catalog &c, const PriceBook &prices, bool newOnly)
    {
        // New only: a used or refurbished quote does not price the part (the book prefers new, so a
        // non-new latest quote means there is no new one).
        auto amount = [&](PartKind k, const std::string &id) -> std::optional<double> {
            const auto q = prices.latest(k, id);
            if (!q || (newOnly && !q->condition.empty() && q->condition != "new"))
                return std::nullopt;
            return q->amount;
        };
        for (const GpuSpec &g : c.gpus) {
            gpu.push_back(amount(PartKind::Gpu, g.id));
            auto &systems = system.emplace_back();
            for (int n = 1; n <= kMaxSystemGpus; ++n)
                if (const auto price = amount(PartKind::System, systemPartId(g.id, n)))
                    systems.emplace_back(n, *price);
        }
        for (const CpuSpec &p : c.cpus)
            cpu.push_back(amount(PartKind::Cpu, p.id));
        for (const PlatformSpec &p : prices.platforms())
            platform.push_back(amount(PartKind::Platform, p.id));
        for (MemoryType t : kMemoryTypes)
            memory[int(t)] = amount(PartKind::Memory, memoryTypeId(t));
        for (const CpuSpec &p : c.cpus) {
            const std::string id = memoryPartId(p.memoryType, p.memoryMTs);
            if (const auto price = amount(PartKind::Memory, id))
                memoryBySpeed.emplace_back(id, *price);
        }
        nvme = amount(PartKind::Nvme, "nvme");
        nic = amount(PartKind::Nic, "ib-400g");
    }
};

struct Sweeper
{
    const Catalog &c;
    const SweepTarget &t;
    const PriceBook &prices;
    const CostSettings &s;
    PriceTable table;
    SweepResult r;
    Build b;

    // The platform the bill of materials would pick (the cheapest priced one that hosts the build).
    const PlatformSpec *platformFor(MemoryType memory, double powerW, int *index) const
    {
        const PlatformSpec *best = nullptr;
        double bestPrice = 0;
        const auto &platforms = prices.platforms();
        for (size_t i = 0; i < platforms.size(); ++i) {
            if (!table.platform[i] || !platformHosts(platforms[i], b.gpu ? b.gpusPerNode : 0, b.sockets, memory, powerW, s))
                continue;
            if (!best || *table.platform[i] < bestPrice) {
                best = &platforms[i];
                bestPrice = *table.platform[i];
                *index = int(i);
            }
        }
        return best;
    }

    std::optional<double> memoryPrice(MemoryType memory) const
    {
        if (!table.memoryBySpeed.empty()) {
            const std::string id = memoryPartId(memory, memorySpeed(b));
            for (const auto &m : table.memoryBySpeed)
                if (m.first == id)
                    return m.second;
        }
        return table.memory[int(memory)];
    }

    // The same capex costOf() reports, from the same BOM rules, with the prices looked up once.
    std::optional<double> capex(const Estimate &e, int gpuIndex, int cpuIndex) const
    {
        if (b.gpu && b.gpu->unified) {
            const auto price = table.gpu[size_t(gpuIndex)];
            const BomQuantities q = bomQuantities(b, e.weightsGB, e.ramGB, nullptr, s);
            return price ? std::optional<double>(lineAmount(*price, q.machines)) : std::nullopt;
        }
        if (b.gpu && gpuIndex >= 0) {
            for (const auto &[gpus, price] : table.system[size_t(gpuIndex)]) {
                if (gpus != b.gpusPerNode)
                    continue;
                const double nodes = std::max(1, b.nodes);
                if (nodes <= 1)
                    return lineAmount(price, 1);
                return table.nic ? std::optional<double>(lineAmount(price, nodes) + lineAmount(*table.nic, nodes)) : std::nullopt;
            }
        }
        const MemoryType memory = b.cpu ? b.cpu->memoryType : MemoryType::Ddr5;
        int platformIndex = -1;
        const PlatformSpec *platform = platformFor(memory, nodePowerW(b, s), &platformIndex);
        if (!platform)
            return std::nullopt;
        const BomQuantities q = bomQuantities(b, e.weightsGB, e.ramGB, platform, s);
        double total = lineAmount(*table.platform[size_t(platformIndex)], q.platforms);
        auto add = [&](const std::optional<double> &price, double qty) {
            if (qty <= 0)
                return true;
            if (!price)
                return false;
            total += lineAmount(*price, qty);
            return true;
        };
        if (!add(gpuIndex >= 0 ? table.gpu[size_t(gpuIndex)] : std::optional<double>(0.0), q.gpus)
            || !add(cpuIndex >= 0 ? table.cpu[size_t(cpuIndex)] : std::nullopt, q.cpus) || !add(memoryPrice(memory), q.memoryGB)
            || !add(table.nvme, q.nvmeTB) || !add(table.nic, q.nics))
            return std::nullopt;
        return total;
    }

    // Whether the build can have a complete capex, from the parts alone (before estimating it): the
    // same rules as capex(), without the quantities.
    bool mayBePriced(int gpuIndex, int cpuIndex) const
    {
        if (b.gpu && b.gpu->unified)
            return table.gpu[size_t(gpuIndex)].has_value();
        if (b.gpu && gpuIndex >= 0)
            for (const auto &system : table.system[size_t(gpuIndex)])
                if (system.first == b.gpusPerNode)
                    return b.nodes <= 1 || table.nic.has_value();
        if (b.gpu && gpuIndex >= 0 && !table.gpu[size_t(gpuIndex)])
            return false;
        int platformIndex = -1;
        const PlatformSpec *platform = platformFor(b.cpu ? b.cpu->memoryType : MemoryType::Ddr5, nodePowerW(b, s), &platformIndex);
        if (!platform)
            return false;
        return cpuIndex < 0 || table.cpu[size_t(cpuIndex)] || platform->bundledCpu == c.cpus[size_t(cpuIndex)].id;
    }

    // A hybrid build is priced with the CPU the loop picks: some CPU must be priceable with this GPU count.
    bool mayBePricedWithAnyCpu(int gpuIndex)
    {
        const std::optional<CpuSpec> keep = b.cpu;
        const int sockets = b.sockets;
        bool any = false;
        for (int cpu = 0; cpu < int(c.cpus.size()) && !any; ++cpu) {
            b.cpu = c.cpus[size_t(cpu)];
            any = mayBePriced(gpuIndex, cpu);
        }
        b.cpu = keep;
        b.sockets = sockets;
        return any;
    }

    void evaluate(int model, int quant, int runtime, int gpu, int cpu, const Estimate *known = nullptr)
    {
        ++r.evaluated;
        if (t.pricedOnly && !known && !mayBePriced(gpu, cpu))
            return;
        const Estimate e = known ? *known : estimate(b, Detail::Throughput);
        if (!e.runs)
            return;
        // RAM is bought to fit: more never speeds a build up, so only the needed amount is costed.
        if (b.cpu && e.ramGB > double(b.cpu->memoryChannels) * b.sockets * 2 * kMaxDimmGB)
            return;
        SweepPoint p;
        p.model = int16_t(model);
        p.quant = int16_t(quant);
        p.runtime = int16_t(runtime);
        p.gpu = int16_t(gpu);
        p.cpu = int16_t(cpu);
        p.gpusPerNode = uint8_t(b.gpusPerNode);
        p.nodes = uint8_t(b.nodes);
        p.sockets = uint8_t(b.sockets);
        p.placement = e.placement;
        p.ramGB = float(e.ramGB);
        p.aggregate = float(e.decodeAggregate);
        p.perUser = float(e.decodePerUser);
        p.meets = e.fits && e.decodePerUser >= t.minTpsPerUser;
        const auto cost = capex(e, gpu, cpu);
        p.priced = cost.has_value();
        p.capex = cost.value_or(0);
        r.feasible += p.meets;
        r.points.push_back(p);
    }

    // A CPU with a price of its own, or bundled with a priced platform.
    bool cpuPriceable(int cpu) const
    {
        if (table.cpu[size_t(cpu)])
            return true;
        const auto &platforms = prices.platforms();
        for (size_t i = 0; i < platforms.size(); ++i)
            if (table.platform[i] && platforms[i].bundledCpu == c.cpus[size_t(cpu)].id)
                return true;
        return false;
    }

    // CPUs and socket counts worth trying for a placement that computes on the CPU.
    template<typename F>
    void forEachCpu(F f)
    {
        for (int cpu = 0; cpu < int(c.cpus.size()); ++cpu) {
            if (t.pricedOnly && !cpuPriceable(cpu))
                continue; // every build on it is unpriced
            for (int sockets = 1; sockets <= socketsToTry(c.cpus[size_t(cpu)]); ++sockets) {
                b.cpu = c.cpus[size_t(cpu)];
                b.sockets = sockets;
                f(cpu);
            }
        }
    }

    // For builds that compute on GPUs only, the CPU matters for cost alone: the cheapest priced
    // platform + CPU pair (a bundled CPU counts as free), else the first DDR5 server CPU unpriced.
    std::vector<int> hostCache; // per (GPU, GPUs per node): cpu * 2 + sockets - 1, or -1 = not looked up yet

    int cheapestHostCpu(int gpu)
    {
        const std::size_t slot = std::size_t(gpu) * std::size_t(t.maxGpusPerNode + 1) + std::size_t(b.gpusPerNode);
        if (hostCache.empty())
            hostCache.assign(c.gpus.size() * std::size_t(t.maxGpusPerNode + 1), -1);
        if (slot < hostCache.size() && hostCache[slot] >= 0) { // it depends on the GPU and its count alone
            const int best = hostCache[slot];
            if (!b.cpu || b.cpu->id != c.cpus[size_t(best / 2)].id)
                b.cpu = c.cpus[size_t(best / 2)];
            b.sockets = best % 2 + 1;
            return best / 2;
        }
        const int cpu = lookUpHostCpu();
        if (slot < hostCache.size())
            hostCache[slot] = cpu * 2 + (b.sockets - 1);
        return cpu;
    }

    int lookUpHostCpu()
    {
        int best = -1;
        double bestCost = std::numeric_limits<double>::max();
        for (int cpu = 0; cpu < int(c.cpus.size()); ++cpu) {
            const CpuSpec &spec = c.cpus[size_t(cpu)];
            for (int sockets = 1; sockets <= socketsToTry(spec); ++sockets) {
                b.cpu = spec;
                b.sockets = sockets;
                int platformIndex = -1;
                const PlatformSpec *platform = platformFor(spec.memoryType, nodePowerW(b, s), &platformIndex);
                if (!platform)
                    continue;
                const bool bundled = platform->bundledCpu == spec.id;
                if (!bundled && !table.cpu[size_t(cpu)])
                    continue;
                const double total = *table.platform[size_t(platformIndex)] + (bundled ? 0.0 : *table.cpu[size_t(cpu)] * sockets);
                if (total < bestCost) {
                    bestCost = total;
                    best = cpu * 2 + (sockets - 1);
                }
            }
        }
        if (best < 0) {
            for (int cpu = 0; cpu < int(c.cpus.size()); ++cpu)
                if (c.cpus[size_t(cpu)].memoryType == MemoryType::Ddr5 && c.cpus[size_t(cpu)].memoryChannels >= 8)
                    best = cpu * 2 + 1;
        }
        if (best < 0)
            best = 0;
        b.cpu = c.cpus[size_t(best / 2)];
        b.sockets = best % 2 + 1;
        return best / 2;
    }

    void run(const std::function<bool(double)> &progress)
    {
        const std::vector<int> models = selected(c.models, t.modelIds);
        const std::vector<int> quants = selected(c.quants, t.quantIds);
        const std::vector<int> runtimes = selected(c.runtimes, t.runtimeIds);
        const double combos = double(models.size() * quants.size() * runtimes.size());
        double done = 0;
        r.points.reserve(1 << 16);
        for (int model : models) {
            for (int quant : quants) {
                for (int runtime : runtimes) {
                    done += 1;
                    if (progress && !progress(done / combos)) {
                        r.cancelled = true;
                        return;
                    }
                    const RuntimeSpec &rt = c.runtimes[size_t(runtime)];
                    const QuantSpec &q = c.quants[size_t(quant)];
                    if (!rt.loads(q.format) || (q.nonExpertBits > 0 && !c.models[size_t(model)].isMoe()))
                        continue;
                    if (!passesQuality(t.qualities, c.models[size_t(model)], q))
                        continue;
                    b = Build();
                    b.model = c.models[size_t(model)];
                    b.quant = q;
                    b.fileGB = c.fileGB(b.model.id, q.id);
                    b.fileGroups = c.fileGroups(b.model.id, q.id);
                    b.runtime = rt;
                    b.workload.users = t.users;
                    b.workload.context = std::min(t.context, b.model.maxContext);
                    b.workload.promptTokens = t.promptTokens;
                    b.workload.outputTokens = t.outputTokens;
                    b.workload.minTpsPerUser = t.minTpsPerUser;
                    sweepRuntime(model, quant, runtime);
                }
            }
        }
    }

    void sweepRuntime(int model, int quant, int runtime)
    {
        const RuntimeSpec &rt = c.runtimes[size_t(runtime)];
        const bool appleOnly = rt.id == "mlx" || rt.pipelineAcrossMachines;
        const bool cpuCapable = rt.layerOffload && !rt.expertOffload && !appleOnly;
        if (cpuCapable && t.vendorGroup.empty()) { // CPU only (a vendor group names an accelerator)
            b.gpu.reset();
            b.gpusPerNode = 0;
            b.nodes = 1;
            forEachCpu([&](int cpu) { evaluate(model, quant, runtime, -1, cpu); });
        }
        for (int gpu = 0; gpu < int(c.gpus.size()); ++gpu) {
            const GpuSpec &g = c.gpus[size_t(gpu)];
            if (!rt.runsOn(g.vendor) || !inVendorGroup(g.vendor, t.vendorGroup) || (t.newOnly && isAftermarket(g)))
                continue;
            if (t.pricedOnly && !table.gpu[size_t(gpu)] && table.system[size_t(gpu)].empty())
                continue; // every build with it is unpriced
            if (g.unified) {
                if (rt.tensorParallel || rt.expertOffload)
                    continue;
                b.gpu = g;
                b.gpusPerNode = 1;
                b.cpu.reset();
                b.sockets = 1;
                for (int machines = 1; machines <= t.maxNodes; ++machines) {
                    b.nodes = machines;
                    evaluate(model, quant, runtime, gpu, -1);
                }
                continue;
            }
            if (appleOnly)
                continue;
            b.gpu = g;
            const int maxNodes = rt.tensorParallel ? t.maxNodes : 1;
            for (int nodes = 1; nodes <= maxNodes; ++nodes) {
                b.nodes = nodes;
                for (int count = 1; count <= t.maxGpusPerNode; ++count) {
                    // A module accelerator comes on a baseboard of a published size: no node of 6 OAM GPUs.
                    if (!g.boardGpus.empty() && std::find(g.boardGpus.begin(), g.boardGpus.end(), count) == g.boardGpus.end())
                        continue;
                    b.gpusPerNode = count;
                    // Try GPU-only first: when the weights sit on the GPUs the CPU only adds cost.
                    const int hostCpu = cheapestHostCpu(gpu);
                    if (t.pricedOnly && !rt.tensorParallel && !table.gpu[size_t(gpu)] && table.system[size_t(gpu)].empty())
                        continue;
                    if (t.pricedOnly && !mayBePriced(gpu, -1) && !mayBePricedWithAnyCpu(gpu)) {
                        r.evaluated += 1;
                        continue;
                    }
                    const Estimate probe = estimate(b, Detail::Throughput);
                    if (rt.tensorParallel || probe.placement == Placement::Gpu || !probe.runs) {
                        evaluate(model, quant, runtime, gpu, hostCpu, &probe);
                        continue;
                    }
                    forEachCpu([&](int cpu) { evaluate(model, quant, runtime, gpu, cpu); });
                }
            }
        }
    }
};

} // namespace

std::vector<std::size_t> paretoFrontier(const std::vector<double> &cost, const std::vector<double> &value)
{
    std::vector<std::size_t> order(cost.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Cheapest first; at equal cost the fastest first, so it alone can enter the frontier.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return cost[a] != cost[b] ? cost[a] < cost[b] : value[a] > value[b];
    });
    std::vector<std::size_t> frontier;
    double best = -std::numeric_limits<double>::infinity();
    for (std::size_t i : order) {
        // Strictly faster than every cheaper point: an equal value at a higher cost is dominated.
        if (value[i] > best) {
            frontier.push_back(i);
            best = value[i];
        }
    }
    return frontier;
}

Build sweepBuild(const Catalog &c, const SweepTarget &t, const SweepPoint &p)
{
    Build b;
    b.model = c.models[size_t(p.model)];
    b.quant = c.quants[size_t(p.quant)];
    b.fileGB = c.fileGB(b.model.id, b.quant.id);
    b.fileGroups = c.fileGroups(b.model.id, b.quant.id);
    b.runtime = c.runtimes[size_t(p.runtime)];
    if (p.gpu >= 0) {
        b.gpu = c.gpus[size_t(p.gpu)];
        b.gpusPerNode = p.gpusPerNode;
    }
    if (p.cpu >= 0)
        b.cpu = c.cpus[size_t(p.cpu)];
    b.sockets = p.sockets;
    b.nodes = p.nodes;
    if (b.cpu && p.placement != Placement::Unified)
        b.ramGB = dimmLayout(p.ramGB, b.cpu->memoryChannels * b.sockets, 2).totalGB();
    b.workload.users = t.users;
    b.workload.context = std::min(t.context, b.model.maxContext);
    b.workload.promptTokens = t.promptTokens;
    b.workload.outputTokens = t.outputTokens;
    b.workload.minTpsPerUser = t.minTpsPerUser;
    b.name = b.model.id + " " + b.quant.id + " on " + b.runtime.id + ", "
        + (b.gpu ? std::to_string(b.nodes) + " x " + std::to_string(b.gpusPerNode) + " x " + b.gpu->id : std::string("CPU only"))
        + (b.cpu && p.placement != Placement::Gpu ? ", " + std::to_string(b.sockets) + " x " + b.cpu->id : std::string());
    return b;
}

SweepResult sweep(const Catalog &catalog, const SweepTarget &target, const PriceBook &prices, const CostSettings &settings,
                  const std::function<bool(double)> &progress)
{
    Sweeper s{catalog, target, prices, settings, PriceTable(catalog, prices, target.newOnly), {}, {}, {}};
    s.run(progress);
    SweepResult &r = s.r;

    std::vector<std::size_t> priced;
    for (std::size_t i = 0; i < r.points.size(); ++i)
        if (r.points[i].priced)
            priced.push_back(i);
    std::vector<double> cost, aggregate, perUser;
    for (std::size_t i : priced) {
        cost.push_back(r.points[i].capex);
        aggregate.push_back(r.points[i].aggregate);
        perUser.push_back(r.points[i].perUser);
    }
    for (std::size_t k : paretoFrontier(cost, aggregate))
        r.frontierAggregate.push_back(priced[k]);
    for (std::size_t k : paretoFrontier(cost, perUser))
        r.frontierPerUser.push_back(priced[k]);

    std::vector<std::size_t> meets, unpriced;
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const SweepPoint &p = r.points[i];
        if (!p.meets)
            continue;
        if (!p.priced)
            unpriced.push_back(i);
        else if (target.budget <= 0 || p.capex <= target.budget)
            meets.push_back(i);
    }
    std::sort(meets.begin(), meets.end(), [&](std::size_t a, std::size_t b) {
        const SweepPoint &x = r.points[a], &y = r.points[b];
        return x.capex != y.capex ? x.capex < y.capex : x.aggregate > y.aggregate;
    });
    std::sort(unpriced.begin(), unpriced.end(), [&](std::size_t a, std::size_t b) { return r.points[a].perUser > r.points[b].perUser; });
    const auto top = std::size_t(std::max(1, target.top));
    r.recommended.assign(meets.begin(), meets.begin() + std::ptrdiff_t(std::min(top, meets.size())));
    r.unpricedFeasible.assign(unpriced.begin(), unpriced.begin() + std::ptrdiff_t(std::min(top, unpriced.size())));
    return r;
}

QualityClass qualityClass(const ModelSpec &model, const QuantSpec &quant)
{
    return model.kind == "distill" ? QualityClass::Distill : precisionClass(model, quant);
}

bool passesQuality(unsigned qualities, const ModelSpec &model, const QuantSpec &quant)
{
    if (qualities == 0)
        return true;
    if (model.kind == "distill" && !(qualities & unsigned(QualityClass::Distill)))
        return false;
    const unsigned precision = qualities & (unsigned(QualityClass::Full) | unsigned(QualityClass::Quant));
    return precision == 0 || (precision & unsigned(precisionClass(model, quant)));
}

QualityClass precisionClass(const ModelSpec &model, const QuantSpec &quant)
{
    const std::string &p = model.nativePrecision;
    const double published = p == "bf16" || p == "fp16" ? 16 : p == "mxfp4" ? 4.25 : p == "fp4" || p == "nvfp4" ? 4 : 8;
    return quant.bitsPerWeight + 1e-6 >= published ? QualityClass::Full : QualityClass::Quant;
}

namespace {

constexpr std::pair<QualityClass, const char *> qualityIds[] = {
    {QualityClass::Full, "full"}, {QualityClass::Quant, "quant"}, {QualityClass::Distill, "distill"}};

} // namespace

const char *qualityClassId(QualityClass c)
{
    for (const auto &[quality, id] : qualityIds)
        if (quality == c)
            return id;
    return "";
}

bool parseQualityClass(const std::string &id, QualityClass *out)
{
    for (const auto &[quality, name] : qualityIds)
        if (lower(id) == name) {
            *out = quality;
            return true;
        }
    return false;
}

const std::vector<std::string> &vendorGroups()
{
    static const std::vector<std::string> groups = {"NVIDIA", "AMD", "Apple", "Intel", "domestic"};
    return groups;
}

bool inVendorGroup(const std::string &vendor, const std::string &group)
{
    if (group.empty())
        return true;
    if (group == "domestic") {
        static const char *const domestic[] = {"huawei", "cambricon", "moore threads", "biren", "hygon", "metax", "iluvatar", "enflame", "kunlunxin"};
        const std::string v = lower(vendor);
        return std::any_of(std::begin(domestic), std::end(domestic), [&](const char *d) { return v == d; });
    }
    return lower(vendor) == lower(group);
}

bool isAftermarket(const GpuSpec &gpu)
{
    return lower(gpu.name).find("modified") != std::string::npos;
}

std::vector<std::string> distillsOf(const Catalog &catalog, const std::string &modelId)
{
    std::vector<std::string> out;
    const ModelSpec *base = catalog.model(modelId);
    if (!base || base->kind == "distill")
        return out;
    const std::string prefix = lower(base->name.substr(0, base->name.find(' '))) + "-distill";
    for (const ModelSpec &m : catalog.models)
        if (m.kind == "distill" && lower(m.name).rfind(prefix, 0) == 0)
            out.push_back(m.id);
    return out;
}

void applySweepFilters(const Catalog &catalog, const SweepFilters &filters, SweepTarget *target)
{
    target->qualities = filters.qualities;
    target->newOnly = filters.newOnly;
    target->vendorGroup = filters.vendorGroup;
    target->budget = filters.budget;
    if (!filters.runtimeIds.empty())
        target->runtimeIds = filters.runtimeIds;
    const std::vector<std::string> named = target->modelIds;
    for (const std::string &id : named) {
        const ModelSpec *m = catalog.model(id);
        if (m && m->kind == "distill")
            target->qualities |= unsigned(QualityClass::Distill);
        if (filters.qualities & unsigned(QualityClass::Distill))
            for (const std::string &distill : distillsOf(catalog, id))
                if (std::find(target->modelIds.begin(), target->modelIds.end(), distill) == target->modelIds.end())
                    target->modelIds.push_back(distill);
    }
}

SweepTarget sweepTargetFor(const Build &build)
{
    SweepTarget t;
    t.modelIds = {build.model.id};
    t.users = build.workload.users;
    t.minTpsPerUser = build.workload.minTpsPerUser;
    t.context = build.workload.context;
    t.promptTokens = build.workload.promptTokens;
    t.outputTokens = build.workload.outputTokens;
    return t;
}

} // namespace hw
