#pragma once

// Internal to the claim checks (claimchecks.cpp: identity, price, facts, run mode, quote, assumptions;
// claimcheckmemory.cpp: memory and precision; claimcheckspeed.cpp: speed, latency and concurrency).
// Not part of the model library's interface.

#include "model/claims.h"
#include "model/claimceiling.h"
#include "model/hardware.h"

#include "model/textformat.h"
#include "model/kvcache.h"
#include "model/weights.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hw::claimcheck {

constexpr double GBy = 1e9;

inline bool near(double a, double b, double tolerance) { return b != 0 && std::abs(a - b) / std::abs(b) <= tolerance; }

// The quant a release ships in when the offer names none: its native precision when the catalog holds
// it as a quant (gpt-oss ships MXFP4: read as BF16 it was 3.7x its size), else FP8 or BF16.
inline std::string nativeQuant(const Catalog &cat, const ModelSpec &m)
{
    if (!m.nativePrecision.empty() && cat.quant(m.nativePrecision))
        return m.nativePrecision;
    return m.nativePrecision == "fp8" ? "fp8" : "bf16";
}

inline bool isFullPrecision(const std::string &quant) { return quant == "fp8" || quant == "bf16" || quant == "fp16" || quant == "int8"; }

struct Checker
{
    const Claim &c;
    const Catalog &cat;
    const PriceBook &prices;
    const CostSettings &settings;
    ClaimReport r;

    // claim and computed are messages (ui/ translates them and fills in the numbers); rule and ask are
    // fixed sentences marked QT_TRANSLATE_NOOP: ui/ translates them by their English text.
    std::vector<std::string> inputs; // the claim fields the next findings rest on
    bool undecided = false;          // an impossibility that only the unstated RAM could lift
    void add(std::string id, Severity s, Message claim, std::vector<Message> computed, std::string rule, std::string ask)
    {
        r.findings.push_back({std::move(id), s, std::move(claim), std::move(computed), std::move(rule), std::move(ask), inputs});
    }
    void restsOn(std::vector<std::string> fields) { inputs = std::move(fields); }
    // The build's fields: the memory and speed findings rest on all of them.
    std::vector<std::string> buildInputs() const
    {
        std::vector<std::string> f{"model", "quant", "gpu", "gpu_count", "gpu_memory", "nodes", "cpu", "sockets", "ram_gb"};
        // A row naming its own model (and quant) states them itself: they rest on the row ("points").
        f.erase(std::remove_if(f.begin(), f.end(), [&](const std::string &x) { return rowOwn.count(x) > 0; }), f.end());
        return f;
    }
    std::set<std::string> rowOwn{}; // the build fields the point being checked states itself
    static Message quoted(std::string offerText) { return {"%1", {std::move(offerText)}}; } // the offer's own words

    double firstUsers() const
    {
        for (const PerformancePoint &p : c.points)
            if (p.users)
                return *p.users;
        return 1;
    }
    std::optional<double> firstPerUser() const
    {
        for (const PerformancePoint &p : c.points)
            if (p.perUserTps)
                return p.perUserTps;
        return {};
    }

    // The offer as a build: what it names, the rest filled in its favour (the best runtime).
    bool makeBuild();

    // The physical ceiling: the same build with every efficiency at 100% and no fixed overhead.
    Estimate roofline(int users) const { return roofline(r.build, users); }
    static Estimate roofline(Build b, int users) { return rooflineOf(std::move(b), users); }

    // The checks, each adding its findings (defined in the three claimcheck*.cpp files).
    void identity();
    void memory();
    void ramStreaming();
    void precision();
    void speed();
    void firstTokenLatency();
    void totalAtBestConcurrency(double claimed);
    void point(const PerformancePoint &p);
    void rowFits(const PerformancePoint &p);
    void speedAt(const PerformancePoint &p);
    void concurrency();
    void concurrencyAt(double users);
    void price();
    void facts();
    void runMode();
    void quote();
    void applyAssumptions();
    void arithmetic();
};

} // namespace hw::claimcheck
