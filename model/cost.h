#pragma once

// Bill of materials, power and total cost of ownership of a build (domain.md section 7).

#include "model/message.h"
#include "model/build.h"
#include "model/estimator.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace hw {

// A chassis + motherboard + power supply that hosts GPUs and CPUs.
struct PlatformSpec
{
    std::string id;
    std::string name;
    int gpuSlots = 0;
    int sockets = 1;
    MemoryType memoryType = MemoryType::Ddr5;
    int dimmsPerChannel = 2;   // slots per memory channel
    double psuW = 0;           // 0 = rating not known
    std::string bundledCpu;    // CPU included in the price (desktop kits), else empty
    std::string source;
    std::string sourceDate;
    std::string note;
};

// System: a whole machine quoted as one price (part id "<gpu id>:<GPU count>", see systemPartId()); a build
// with that GPU and GPU count per node is priced as one such machine per node.
enum class PartKind { Gpu, Cpu, Memory, Platform, Nvme, Nic, System };
const char *partKindName(PartKind kind);
bool partKindFromName(const std::string &name, PartKind *kind);

// One dated, sourced price of one part, already converted to the report currency.
struct PriceQuote
{
    double amount = 0;          // per unit: card, CPU, GB of memory, TB of NVMe, platform, NIC
    std::string currency;       // of the original quote
    double originalAmount = 0;
    std::string condition;      // new, used, refurbished
    std::string date;           // YYYY-MM-DD
    std::string vendor;
    std::string source;         // the quote's source; for a currency converted through the rate table, followed by the rate used
    std::string note;           // what the quote says it covers (a whole system's contents)
    double cnyPerUnit = 1;      // the rate the original amount was converted at (CNY per unit of `currency`)
    std::string rateDate;       // the date of that rate ("" for CNY and for USD at the settings' rate)
    std::string rateSource;     // who published it ("settings" for USD)
    int ageDays = 0;
    bool stale = false;         // older than the stale limit
};

// Where prices come from: the latest quote per part, preferring new parts.
class PriceBook
{
public:
    virtual ~PriceBook() = default;
    virtual std::optional<PriceQuote> latest(PartKind kind, const std::string &partId) const = 0;
    // The lowest quote ever recorded for the part, any date and condition: a floor for an offer of
    // unknown date (memory cost several times more in 2026 than in early 2025).
    virtual std::optional<PriceQuote> lowest(PartKind kind, const std::string &partId) const = 0;
    virtual const std::vector<PlatformSpec> &platforms() const = 0;
};

// How a build is looked after, for its operations cost: a workstation (one box on a desk: consumer or
// workstation GPUs, up to 4, one socket, or one Apple machine), a server (one node with data-centre GPUs,
// more than 4 GPUs, two sockets or a server CPU) or a cluster (more than one node or machine).
enum class BuildClass { Workstation, Server, Cluster };
BuildClass buildClass(const Build &build);
const char *buildClassId(BuildClass c); // "workstation", "server", "cluster"

struct CostSettings
{
    std::string currency = "CNY";
    double usdToCny = 7.1;          // user setting; quotes in USD are converted with it
    double tariffPerKWh = 0.8;      // CNY, seed 004
    double pue = 1.0;               // seed 004's arithmetic uses none
    double utilisation = 1.0;       // share of TDP drawn on average; seed 004 uses full TDP
    double hoursPerYear = 8760;
    double opsFteWorkstation = 0.02; // assumption (no public source): about half a day a month of an engineer
    double opsFte = 0.5;            // server: half an engineer for an 8 x H100 server (seed 004)
    double opsFteClusterPerNode = 0.5; // cluster, per node: the server figure for each node (assumption)
    double opsSalaryPerYear = 300000; // CNY, seed 004
    double depreciationYears = 3;   // straight line, seed 004
    double servingUtilisation = 0.5; // share of the year the build produces tokens at its aggregate speed
    double psuHeadroom = 1.2;       // PSU rating over the parts' TDP
    double nvmeWeightsFactor = 1.5; // NVMe capacity over the weights file
    double basePlatformW = 150;     // per node: board, fans, drives, memory (assumption)
    int staleDays = 180;
};

// As on an invoice: the quantity (to 0.001) times the unit price shown (to the cent), to the cent, so
// the lines of a quote, its JSON and its PDF add up to the capex they print.
inline double lineAmount(double unitPrice, double qty)
{
    return std::round(std::round(qty * 1000) / 1000 * (std::round(unitPrice * 100) / 100) * 100) / 100;
}

struct BomLine
{
    PartKind kind = PartKind::Gpu;
    std::string part;      // catalog id or description
    std::string name;      // readable, in English
    Message label;         // the same, translatable
    double qty = 0;        // units (GB for memory, TB for NVMe)
    std::string unit;      // "card", "CPU", "GB", "TB", "platform", "NIC", "machine"
    std::optional<PriceQuote> price;
    double total() const { return price ? lineAmount(price->amount, qty) : 0.0; }
};

// An unpriced part is never counted as 0: while any part lacks a price, capex and TCO are lower bounds
// ("at least") and the per-user and per-token figures do not exist.
struct CostResult
{
    std::string currency;
    int staleDays = 0;              // the limit the lines' stale marks were set by (CostSettings::staleDays)
    double capex = 0;               // sum of the priced lines: the whole capex only when complete()
    double powerW = 0;              // whole build, at full TDP
    double energyKWhPerYear = 0;
    double powerCostPerYear = 0;
    double opsCostPerYear = 0;
    BuildClass buildClass = BuildClass::Workstation; // what the operations cost was charged for
    double opsFte = 0;              // engineers the operations cost counts (the class's setting, x nodes for a cluster)
    double opexPerYear = 0;
    double tcoPerYear = 0;          // capex / depreciation + opex; a lower bound too when incomplete
    double depreciationPerYear = 0; // capex / depreciation years (straight line)
    double threeYearTotal = 0;      // capex + 3 years of opex: what the build costs over a typical life
    std::optional<double> perUser;  // capex per concurrent user served at the target speed; none when incomplete or no user is served
    std::optional<double> perMillionTokens; // TCO per year over a year's output tokens at the serving utilisation; none when incomplete
    std::vector<BomLine> lines;
    std::vector<std::string> missingPrices; // parts without any price: the capex is incomplete
    std::vector<std::string> assumptions;   // every setting the result used, as text
    std::vector<Message> assumptionMessages; // the same, translatable
    bool complete() const { return missingPrices.empty(); }
    int unpricedCount() const { return int(missingPrices.size()); }
};

// The capex as a sentence: "2,796,000 CNY", or "incomplete: at least 400 CNY, 2 parts unpriced".
// The amount is formatted by the caller (locale), so the message takes it as text.
Message capexMessage(const CostResult &cost, const std::string &amount);
// The same for the TCO per year: "at least ..." when the capex is incomplete.
Message tcoMessage(const CostResult &cost, const std::string &amount);

// The part id a whole system with `gpus` x `gpuId` per node is priced under: "a100-80g:8".
std::string systemPartId(const std::string &gpuId, int gpus);

// RAM rounded up to identical DIMMs that populate every channel: channels x per-channel DIMMs x size.
struct DimmLayout
{
    int dimms = 0;
    int sizeGB = 0;
    double totalGB() const { return double(dimms) * sizeGB; }
};
DimmLayout dimmLayout(double ramGB, int channels, int dimmsPerChannel);

// Whether a platform hosts `gpus` GPUs and `sockets` CPUs of the given memory type with `powerW` x headroom
// of supply (a platform whose PSU rating is unknown passes the power check).
bool platformHosts(const PlatformSpec &platform, int gpus, int sockets, MemoryType memory, double powerW, const CostSettings &settings);

// The cheapest priced platform that hosts the build; nullptr when none does.
const PlatformSpec *choosePlatform(const PriceBook &prices, int gpus, int sockets, MemoryType memory, double powerW,
                                   const CostSettings &settings, std::optional<PriceQuote> *price);

// What a build needs bought, per part, before any price: the rules of the bill of materials.
struct BomQuantities
{
    bool unified = false;
    double machines = 0;      // unified-memory machines
    double gpus = 0;          // cards, all nodes
    int gpusPerNode = 0;
    int sockets = 1;
    double platforms = 0;     // one per node (discrete GPUs or CPU-only)
    double cpus = 0;          // 0 when the platform bundles its CPU
    MemoryType memoryType = MemoryType::Ddr5;
    int channels = 0;         // populated per node
    DimmLayout dimms;         // per node
    double memoryGB = 0;      // all nodes
    double nvmeTB = 0;        // all nodes
    double nics = 0;
    double powerW = 0;        // all nodes, full TDP
};
BomQuantities bomQuantities(const Build &build, double weightsGB, double ramNeededGB, const PlatformSpec *platform, const CostSettings &settings);
const char *memoryTypeId(MemoryType type);
// The inverse of memoryTypeId; false for an id that names no memory type.
bool memoryTypeFromId(const std::string &id, MemoryType *type);
// Runs the CPU's channels at its MRDIMM speed (cpus.mrdimm_mts, e.g. Xeon 6: ARK "MRDIMM 8800");
// false, and the CPU unchanged, when it takes no MRDIMMs.
bool useMrdimm(CpuSpec &cpu);
// Every memory type, in enum order.
inline constexpr MemoryType kMemoryTypes[] = {MemoryType::Ddr4, MemoryType::Ddr5, MemoryType::Lpddr5, MemoryType::Mrdimm, MemoryType::Lpddr4x, MemoryType::Lpddr5x};
// Memory part ids a build's RAM may be priced under, most specific first: "ddr5-4800", then "ddr5".
std::string memoryPartId(MemoryType type, int mts);
// The RAM speed a build runs at: the build's, capped by the CPU's maximum.
int memorySpeed(const Build &build);

// Power of one node at full TDP: GPUs, CPUs and the base platform.
double nodePowerW(const Build &build, const CostSettings &settings);

// Engineers (FTE) operating the build, by its class.
double opsFteFor(const Build &build, const CostSettings &settings);

CostResult costOf(const Build &build, const Estimate &estimate, const PriceBook &prices, const CostSettings &settings);

} // namespace hw
