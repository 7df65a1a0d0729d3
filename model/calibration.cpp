#include "model/calibration.h"

#include "model/estimator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace hw {

double predictedMetric(const Estimate &e, const std::string &metric)
{
    if (metric == "decode_per_user")
        return e.decodePerUser;
    if (metric == "decode_aggregate")
        return e.decodeAggregate;
    if (metric == "prefill")
        return e.prefillKnown ? e.prefillTps : 0.0;
    if (metric == "gpu_per_device")
        return e.gpuPerDeviceGB;
    if (metric == "ram")
        return e.ramGB;
    return e.placement == Placement::Cpu ? e.ramGB : e.gpuTotalGB; // total_memory
}

const std::vector<FitFactor> &calibrationFactors()
{
    // Runtimes that share kernels share a factor: llama.cpp, its fork ik_llama.cpp and Ollama (which
    // embeds llama.cpp); the serving engines' CUDA kernels; MLX under exo.
    static const std::vector<std::string> llama{"llama.cpp", "ollama", "ik_llama.cpp"};
    static const std::vector<std::string> serving{"sglang", "vllm", "vllm-v0", "trtllm"};
    static const std::vector<FitFactor> factors{
        {"llama.cpp family: GPU bandwidth efficiency", llama, &RuntimeSpec::gpuBandwidthEfficiency, "gpu_bw_eff", 0.3, 0.95, false},
        {"llama.cpp family: CPU bandwidth efficiency", llama, &RuntimeSpec::cpuBandwidthEfficiency, "cpu_bw_eff", 0.2, 0.95, false},
        {"llama.cpp family, MLX, exo: unified bandwidth efficiency", {"llama.cpp", "ollama", "ik_llama.cpp", "mlx", "exo"},
         &RuntimeSpec::unifiedBandwidthEfficiency, "unified_bw_eff", 0.3, 0.95, false},
        {"llama.cpp family: latency per MoE layer per step, experts in RAM (us)", llama, &RuntimeSpec::moeLayerLatencyUs, "moe_layer_latency_us", 0.0, 400.0, false},
        {"llama.cpp family: latency per MoE layer per step, experts on a GPU (us)", llama, &RuntimeSpec::moeLayerLatencyGpuUs, "moe_layer_latency_gpu_us", 0.0, 400.0, false},
        {"llama.cpp family: compute efficiency (prefill)", llama, &RuntimeSpec::computeEfficiency, "compute_eff", 0.1, 0.95, true},
        {"KTransformers: CPU bandwidth efficiency", {"ktransformers"}, &RuntimeSpec::cpuBandwidthEfficiency, "cpu_bw_eff", 0.2, 0.95, false},
        {"KTransformers: compute efficiency (prefill)", {"ktransformers"}, &RuntimeSpec::computeEfficiency, "compute_eff", 0.1, 0.95, true},
        // SGLang's CPU backend (--device cpu, sgl-kernel's AMX kernels) shares neither: its CPU-only points
        // do not inform them. Its host-side step overhead (Python scheduling per step) is the same code.
        {"serving engines: GPU bandwidth efficiency", serving, &RuntimeSpec::gpuBandwidthEfficiency, "gpu_bw_eff", 0.3, 0.95, false, true},
        {"serving engines: compute efficiency (prefill)", serving, &RuntimeSpec::computeEfficiency, "compute_eff", 0.3, 0.95, true, true},
        {"SGLang, TensorRT-LLM: step overhead (ms)", {"sglang", "trtllm"}, &RuntimeSpec::stepOverheadMs, "step_overhead_ms", 0.0, 30.0, false},
        // vLLM's V0 and V1 engines run the same model kernels, so one latency floor per weight matrix a
        // token passes through (estimator.cpp matmulFloorSeconds) for both. V1 (default from 0.8.0) moved
        // scheduling, input preparation and detokenization off the critical path (blog "vLLM V1: A Major
        // Upgrade to vLLM's Core Architecture", 2025-01-27): its step overhead is not fitted (0; fitted
        // freely next to the matmul floor it went to 0), the V0 engine's is.
        {"vLLM (V0 and V1): latency per weight matrix per decode step (us)", {"vllm", "vllm-v0"}, &RuntimeSpec::matmulLatencyUs, "matmul_latency_us", 0.0, 40.0, false},
        // A request's time to first token in SGLang beside the prefill arithmetic: the tokenizer process,
        // the scheduler's event loop, the eagerly launched prefill (only decode replays CUDA graphs,
        // cuda_graph_runner.py) and the detokenizer and HTTP stream back (sglang docs, "SGLang
        // architecture": TokenizerManager -> Scheduler -> DetokenizerManager over ZMQ). Fitted on prompt/TTFT.
        {"SGLang: fixed latency of a request's first token (ms)", {"sglang"}, &RuntimeSpec::firstTokenLatencyMs, "first_token_latency_ms", 0.0, 300.0, true},
        {"vLLM (V0 engine, before 0.8): step overhead (ms)", {"vllm-v0"}, &RuntimeSpec::stepOverheadMs, "step_overhead_ms", 0.0, 30.0, false},
        {"serving engines: network latency per ring step across nodes (ms)", serving, &RuntimeSpec::hopLatencyMs, "hop_latency_ms", 0.001, 0.05, false},
    };
    return factors;
}

namespace {

bool informs(const FitFactor &f, const CalibrationPoint &p)
{
    const bool prefill = p.metric == "prefill";
    if (!isSpeedMetric(p.metric) || prefill != f.prefill || p.measured <= 0)
        return false;
    if (f.gpuKernels && !(p.build.gpu && p.build.gpusPerNode > 0))
        return false;
    return std::find(f.runtimes.begin(), f.runtimes.end(), p.build.runtime.id) != f.runtimes.end();
}

void setFactor(std::vector<CalibrationPoint> &points, const FitFactor &f, double value)
{
    for (CalibrationPoint &p : points)
        if (std::find(f.runtimes.begin(), f.runtimes.end(), p.build.runtime.id) != f.runtimes.end())
            p.build.runtime.*f.field = value;
}

// Each source weighs the same in a factor's cost, however many points it reports: one benchmark
// run at 8 concurrencies is one setup, not 8 (the same unit leave-one-source-out holds out).
std::vector<double> sourceWeights(const std::vector<CalibrationPoint> &points, const std::vector<int> &which)
{
    std::map<std::string, int> perSource;
    for (int i : which)
        ++perSource[points[std::size_t(i)].sourceId];
    std::vector<double> weights;
    for (int i : which)
        weights.push_back(1.0 / perSource[points[std::size_t(i)].sourceId]);
    return weights;
}

double cost(const std::vector<CalibrationPoint> &points, const std::vector<int> &which, const std::vector<double> &weights)
{
    static const double cap = std::log(4.0);
    double sum = 0;
    for (std::size_t j = 0; j < which.size(); ++j) {
        const CalibrationPoint &p = points[std::size_t(which[j])];
        const double v = predictedMetric(estimate(p.build, Detail::Throughput), p.metric);
        const double r = v > 0 ? std::clamp(std::log(v / p.measured), -cap, cap) : cap;
        sum += weights[j] * r * r;
    }
    return sum;
}

} // namespace

FitResult fitFactors(std::vector<CalibrationPoint> &points, const std::string &excludeSource)
{
    const std::vector<FitFactor> &factors = calibrationFactors();
    FitResult fit;
    std::vector<std::vector<int>> which(factors.size());
    std::vector<std::vector<double>> weights(factors.size());
    for (std::size_t k = 0; k < factors.size(); ++k) {
        double start = 0;
        bool found = false;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const CalibrationPoint &p = points[i];
            if (!found && std::find(factors[k].runtimes.begin(), factors[k].runtimes.end(), p.build.runtime.id) != factors[k].runtimes.end()) {
                start = p.build.runtime.*factors[k].field;
                found = true;
            }
            if (p.sourceId != excludeSource && informs(factors[k], p))
                which[k].push_back(int(i));
        }
        weights[k] = sourceWeights(points, which[k]);
        fit.values.push_back(start);
        fit.points.push_back(int(which[k].size()));
    }
    for (int round = 0; round < 6; ++round) {
        double change = 0;
        for (std::size_t k = 0; k < factors.size(); ++k) {
            const FitFactor &f = factors[k];
            if (which[k].empty())
                continue;
            // A log-spaced grid brackets the minimum (the cost is flat where another bound takes
            // over), then golden-section search refines it inside the bracket.
            constexpr int kGrid = 20;
            const double lo = std::max(f.lo, 1e-3);
            double best = fit.values[k], bestCost = 1e300;
            for (int i = 0; i <= kGrid; ++i) {
                const double x = lo * std::pow(f.hi / lo, double(i) / kGrid);
                setFactor(points, f, x);
                const double c = cost(points, which[k], weights[k]);
                if (c < bestCost - 1e-12) {
                    bestCost = c;
                    best = x;
                }
            }
            const double step = std::pow(f.hi / lo, 1.0 / kGrid);
            double a = std::max(f.lo, best / step), b = std::min(f.hi, best * step);
            const double g = (std::sqrt(5.0) - 1) / 2;
            for (int i = 0; i < 18; ++i) {
                const double c = b - g * (b - a), d = a + g * (b - a);
                setFactor(points, f, c);
                const double fc = cost(points, which[k], weights[k]);
                setFactor(points, f, d);
                const double fd = cost(points, which[k], weights[k]);
                if (fc < fd)
                    b = d;
                else
                    a = c;
            }
            double x = (a + b) / 2;
            setFactor(points, f, x);
            if (cost(points, which[k], weights[k]) > bestCost) // the bracket missed a flat minimum's edge: keep the grid's
                x = best;
            if (f.lo <= 0 && x <= lo * 1.0001)
                x = 0; // a latency that does not help is none
            change = std::max(change, std::abs(x - fit.values[k]) / std::max(1e-9, std::abs(fit.values[k])));
            fit.values[k] = x;
            setFactor(points, f, x);
        }
        if (change < 1e-3)
            break;
    }
    return fit;
}

void applyFactors(std::vector<CalibrationPoint> &points, const FitResult &fit)
{
    const std::vector<FitFactor> &factors = calibrationFactors();
    for (std::size_t k = 0; k < factors.size() && k < fit.values.size(); ++k)
        setFactor(points, factors[k], fit.values[k]);
}

std::vector<CorpusResult> leaveOneSourceOut(std::vector<CalibrationPoint> &points, const std::vector<std::string> &onlySources)
{
    std::vector<RuntimeSpec> stored;
    stored.reserve(points.size());
    for (const CalibrationPoint &p : points)
        stored.push_back(p.build.runtime);
    const auto restore = [&] {
        for (std::size_t i = 0; i < points.size(); ++i)
            points[i].build.runtime = stored[i];
    };
    std::set<std::string> sources;
    for (const CalibrationPoint &p : points)
        if (onlySources.empty() || std::find(onlySources.begin(), onlySources.end(), p.sourceId) != onlySources.end())
            sources.insert(p.sourceId);
    std::vector<CorpusResult> results(points.size());
    for (CorpusResult &r : results)
        r.heldOut = false; // until predicted below
    for (const std::string &source : sources) {
        restore();
        const FitResult fit = fitFactors(points, source);
        applyFactors(points, fit);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const CalibrationPoint &p = points[i];
            if (p.sourceId != source)
                continue;
            const Estimate e = estimate(p.build, Detail::Figures);
            CorpusResult &r = results[i];
            r.id = p.id;
            r.sourceId = p.sourceId;
            r.cls = placementClass(p.build, e);
            r.metric = p.metric;
            r.users = p.build.workload.users;
            r.measured = p.measured;
            r.predicted = e.runs ? predictedMetric(e, p.metric) : 0.0;
            r.heldOut = true;
        }
    }
    restore();
    return results;
}

} // namespace hw
