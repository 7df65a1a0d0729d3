#pragma once

// Fitting the runtimes' efficiency factors on public measurements, and measuring the engine held
// out: every source is predicted by factors fitted without any of its points (leave one source out).
// Pure C++: the corpus is parsed by db/, the arithmetic is here.

#include "model/accuracy.h"
#include "model/build.h"

#include <string>
#include <vector>

namespace hw {

// One public measurement as a build, with the figure it reports.
struct CalibrationPoint
{
    std::string id;
    std::string sourceId;
    std::string metric; // decode_per_user, decode_aggregate, prefill, gpu_per_device, ram, total_memory
    double measured = 0;
    Build build;
};

// The figure of an estimate a metric names (0 when the engine does not estimate it).
double predictedMetric(const Estimate &estimate, const std::string &metric);

// A factor the calibration fits: one RuntimeSpec field, shared by runtimes with the same kernels,
// informed by the decode points (or the prefill points) of those runtimes. lo..hi is the physical
// range it may take (an efficiency within roughly 0.3-0.95 of a peak).
struct FitFactor
{
    const char *name;
    std::vector<std::string> runtimes;
    double RuntimeSpec::*field;
    const char *key; // the runtime column in the catalog seed
    double lo;
    double hi;
    bool prefill; // informed by prefill points, else by decode points
    bool gpuKernels = false; // a GPU kernel's efficiency: builds with no GPU (a runtime's CPU backend) do not inform it
};
const std::vector<FitFactor> &calibrationFactors();

struct FitResult
{
    std::vector<double> values; // one per calibrationFactors() entry
    std::vector<int> points;    // points that informed each factor
};

// Coordinate descent on the squared log ratio predicted/measured (each point's ratio capped at 4x
// so one mis-measured point cannot pull a factor alone; each source weighs the same), from the
// values the points' runtimes carry. Points of `excludeSource` are ignored. A factor no point informs keeps its starting value.
FitResult fitFactors(std::vector<CalibrationPoint> &points, const std::string &excludeSource = {});
// Sets every point's runtime fields to `fit` (runtimes the factors do not name are left alone).
void applyFactors(std::vector<CalibrationPoint> &points, const FitResult &fit);

// Every point predicted with factors fitted without its source; the points' runtimes are restored after.
// cls is the point's placement class; heldOut is true for every result. With onlySources, only those
// sources' points are predicted (one refit each); the other results stay empty with heldOut false.
std::vector<CorpusResult> leaveOneSourceOut(std::vector<CalibrationPoint> &points, const std::vector<std::string> &onlySources = {});

} // namespace hw
