#pragma once

// Vendor claims checked against the physics, the catalog and the documents' buyer checklist.

#include "model/message.h"
#include "model/catalog.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hw {

// A hardware figure the offer quotes, e.g. "H100 TF32 1979 TFLOPS" or "400 Gbps HDR".
struct QuotedFact
{
    std::string gpuId;     // empty for network figures
    std::string attribute; // memory_gb, bandwidth_gbs, tflops, tdp_w, network_gbps
    std::string precision; // tflops: tf32, bf16, fp16, fp8, int8
    std::string label;     // network: hdr, ndr, edr
    double value = 0;
    std::string text;      // as written
};

// A figure the offer derives from two others, e.g. "cost per TPS falls 40.6% (133.33 -> 187.50)".
struct ArithmeticClaim
{
    std::string label;
    double before = 0, after = 0;
    double claimedChangePercent = 0;
    bool lowerIsBetter = true;
    bool claimedImprovement = true;
};

// One performance figure as the offer states it: the users it was measured with, the speed each user
// sees, the total, and latencies. Every figure is optional; each point is checked at its own users.
struct PerformancePoint
{
    std::optional<double> users, perUserTps, aggregateTps, ttftMs, tpotMs;
    bool aggregateIncludesInput = false;
    std::string text; // the words it was read from
    std::string quantId; // a table row's own quant ("| Q8_0 | 2 | ~55 |"), when it differs by row
    std::string modelId; // a row's own model, named in it ("| Llama 3.1 70B · 4-bit | 38 tok/s |"), when the offer names several
};

// A line of an itemised quote: "4 x Mac Mini @ $1,999 = $7,996".
struct QuoteLine
{
    std::string label;
    double quantity = 0, unitPrice = 0, amount = 0;
};

// What an offer says. Every field is optional; the build fields name catalog ids.
struct Claim
{
    std::string modelId, quantId, runtimeId, gpuId, cpuId;
    int gpuCount = 0, nodes = 1, sockets = 1;
    double gpuMemoryGB = 0;            // a memory variant the catalog's part lacks ("H20 141G", "4090 48G")
    double ramGB = 0;
    int ramChannels = 0;
    int ramMTs = 0;                    // the DIMMs' stated speed ("DDR5-5600"), when the CPU was read by it
    bool mrdimm = false;               // "MRDIMM-8800", "MCR DIMM": the CPU's channels run MRDIMMs (cpus.mrdimm_mts)
    std::string gpuText, cpuText;      // parts named but not in the catalog, as written
    bool fullModel = false;            // "满血" / "full"
    bool fullDenied = false;           // "非满血", "not the full model": a disclosure, not a claim
    bool mentionsBf8 = false;
    bool trainingClaimed = false;      // training or fine-tuning offered
    bool fullFineTuning = false;
    std::optional<double> paramsB, contextWindow, context, price;
    // The prompt a latency was measured with ("TTFT 127 ms for a 10K-token prompt", "处理 10K 长度文本"):
    // the tokens the first token waits for (readFrom "prompt_tokens").
    std::optional<double> promptTokens;
    bool prefixCached = false; // "prefix caching", "前缀缓存": a cached prompt is not computed again
    // The text runs weights from RAM on the CPU ("--n-cpu-moe 36", "-ot exps=CPU", "MoE offload",
    // KTransformers; readFrom "offload"): with no RAM size stated, the RAM is unknown, not none.
    bool offloadStated = false;
    // "RAM used 18.5 GB", "内存占用 20GB" beside a GPU: weights held in RAM and read from it every token
    // (readFrom "ram_used"); a lower bound on the RAM, not its size.
    std::optional<double> ramUsedGB;
    // A model the catalog does not hold, sized by its name ("Qwen3.6 27B", "Qwen3.5-397B-A17B"): its
    // parameters in billions, and the active ones when the name states them (readFrom "named_active"
    // when read, or "dense" stated; assumed dense otherwise).
    std::optional<double> namedParamsB, namedActiveB;
    std::vector<PerformancePoint> points;
    std::string priceCurrency = "CNY";
    std::optional<double> claimedMemoryGB; // total memory the offer says the build has
    bool claimedMemoryApproximate = false; // stated as "~42 GB", "about", "约": a few per cent either way
    std::optional<double> claimedModelMemoryGB; // memory the offer says the model needs
    // The weights' file size as a tool printed it (llama-bench's size column "307.20 GiB", llama.cpp's
    // "file size = 307.20 GiB", readFrom "file_gb"): the weights' bytes, whatever the file's type label
    // says (a type column names the file's nominal type, not the bits of its mixed tensors).
    std::optional<double> fileGB;
    // "A100 80GB 可加载 175B 参数模型": a memory said to hold a model of so many parameters, whatever
    // the precision (readFrom "capacity").
    std::optional<double> capacityMemoryGB, capacityParamsB;
    // "32GB VRAM is enough for 70B-class models at Q8": the precision the capacity is stated at (bits
    // per weight), and whether the memory named is the GPUs' alone (then RAM does not count).
    std::optional<double> capacityBits;
    bool capacityIsVram = false;
    std::string condition;             // new, used, refurbished (as stated)
    std::optional<double> warrantyMonths;
    std::vector<QuoteLine> quoteLines;
    std::optional<double> quoteTotal;  // the total an itemised quote states
    double quoteTolerance = 0.02;      // "±5%" widens it
    std::vector<QuotedFact> facts;
    std::vector<ArithmeticClaim> arithmetic;
    std::string text;                  // the offer's own words, for the record
    // Where each field came from: field name -> the words it was read from. A field listed in
    // `assumed` was filled in by default or by a guess; findings resting on it are not verdicts.
    std::map<std::string, std::string> readFrom;
    std::map<std::string, std::string> assumed; // field -> what was assumed (English)
    // Fields whose readFrom is the checker's reasoning, not the offer's words ("one machine: the
    // text names no other"): safe defaults that count as read, shown to the user as such.
    std::set<std::string> inferred;
    // For each assumed or inferred field, the same reason as a message the interface translates.
    std::map<std::string, Message> reasons;
    bool nothingRead = false;          // the text said nothing the checker reads (or was not text)

    bool isAssumed(const std::string &field) const { return assumed.count(field) > 0; }
    void read(const std::string &field, std::string words)
    {
        readFrom[field] = std::move(words);
        assumed.erase(field);
        inferred.erase(field);
        reasons.erase(field);
    }
    void infer(const std::string &field, Message why)
    {
        read(field, fill(why.text, why.args));
        inferred.insert(field);
        reasons[field] = std::move(why);
    }
    void assume(const std::string &field, Message what)
    {
        assumed[field] = fill(what.text, what.args);
        reasons[field] = std::move(what);
    }
    // The user confirmed or corrected the field: it is no longer an assumption.
    void unassume(const std::string &field)
    {
        assumed.erase(field);
        reasons.erase(field);
    }
};

enum class Severity { Ok, Unverifiable, Warning, Optimistic, Impossible };
const char *severityName(Severity s);

struct Finding
{
    std::string id;       // stable English slug
    Severity severity = Severity::Ok;
    Message claim;                 // what the offer says
    std::vector<Message> computed; // what the planner computed, with numbers: sentences
    std::string rule;     // the rule behind it
    std::string ask;      // the question to put to the vendor
    std::vector<std::string> inputs; // the claim fields it rests on (for the verdict policy)
};

struct ClaimReport
{
    std::string verdict;  // impossible, optimistic, plausible; unverifiable when nothing was read
    std::vector<Finding> findings;
    bool buildKnown = false;
    Build build;          // the offer as a build, when it names enough
    Estimate estimate;    // the best the catalog's runtimes do on it
};

ClaimReport checkClaim(const Claim &claim, const Catalog &catalog, const PriceBook &prices, const CostSettings &settings);

// The buyer checklist of seed 000 ("avoid the pits"), on any build.
struct ChecklistItem
{
    std::string id;     // model-identity, hardware-and-run-mode, speed-and-concurrency, new-and-warranty
    std::string status; // pass, warn, fail
    std::vector<Message> parts; // the reason, translatable
    std::string message;        // the reason in English
};
std::vector<ChecklistItem> buyerChecklist(const Build &build, const Estimate &estimate, const CostResult &cost);

// Reads an offer's free text (UTF-8, Chinese or English; full-width forms are folded) into a claim:
// models and sizes, quant words, runtimes, GPUs and CPUs with counts and variants (through the
// catalog's part aliases), machines, memory, every performance point, prices, itemised quotes,
// quoted facts, conditions and warranty. Linear in the text's length; refuses nothing (the caller caps
// the size). Each field records the words it came from.
inline constexpr std::size_t kMaxOfferBytes = 1 << 20;

// A model the catalog does not hold but whose name gives its size: its weights at the offer's quant
// against the memory offered, and every stated speed against the bandwidth ceiling (each decode step
// reads the active weights at least once). Findings carry their inputs for the verdict policy.
std::vector<Finding> weighNamedModel(const Claim &claim, const Catalog &catalog);
// A memory said to hold a model of N billion parameters: impossible below the fewest bits per weight
// the catalog knows, certain at 16 bits, and in between a question of the precision, which it asks
// ("capacity-needs-precision": the offer cannot be judged without it).
std::vector<Finding> weighCapacityClaim(const Claim &claim, const Catalog &catalog);
Claim extractClaim(const std::string &text, const Catalog &catalog);

} // namespace hw
