#pragma once

// Vendor claims checked against the physics, the catalog and the documents' buyer checklist.

#include "model/message.h"
#include "model/catalog.h"
#include "model/cost.h"
#include "model/estimator.h"

#include <optional>
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

// What an offer says. Every field is optional; the build fields name catalog ids.
struct Claim
{
    std::string modelId, quantId, runtimeId, gpuId, cpuId;
    int gpuCount = 0, nodes = 1, sockets = 1;
    double ramGB = 0;
    int ramChannels = 0;
    bool fullModel = false;            // "满血" / "full"
    bool mentionsBf8 = false;
    bool trainingClaimed = false;      // training or fine-tuning offered
    bool fullFineTuning = false;
    std::optional<double> paramsB, contextWindow, perUserTps, aggregateTps, users, context, price;
    std::string priceCurrency = "CNY";
    std::optional<double> claimedMemoryGB; // total memory the offer says the build has
    std::optional<double> claimedModelMemoryGB; // memory the offer says the model needs
    bool aggregateIncludesInput = false;
    std::string condition;             // new, used, refurbished (as stated)
    std::optional<double> warrantyMonths;
    std::vector<QuotedFact> facts;
    std::vector<ArithmeticClaim> arithmetic;
    std::string text;                  // the offer's own words, for the record
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
};

struct ClaimReport
{
    std::string verdict;  // impossible, optimistic, plausible
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

// Reads an offer's free text (Chinese or English; already NFKC-normalised, so full-width digits are
// ASCII) into a claim: models and sizes, quant words, GPUs and CPUs with counts, memory, speeds,
// concurrency, prices and conditions.
Claim extractClaim(const std::string &text, const Catalog &catalog);

} // namespace hw
