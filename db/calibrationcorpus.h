#pragma once

// The shipped calibration corpus (tests/data/calibration/corpus.json, embedded as :/calibration/corpus.json
// beside the fit set :/calibration.csv):
// public measurements as build files, evaluated through the same estimate path as any build.

#include "model/accuracy.h"
#include "model/catalog.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace hwdb {

struct CorpusEvaluation
{
    std::vector<hw::CorpusResult> results; // usable points only
    QStringList errors;                    // points whose build no longer parses: "M123: file:line: ..."
    int notEstimated = 0;                  // prefill points on GPUs without a published TFLOPS figure: the engine says so, no error counted
};

// Every usable point estimated with `catalog`. Held out = its source (URL or source id) has no point
// in the fit set: neither marked in_engine_calibration nor cited by a calibration.csv row.
CorpusEvaluation evaluateCorpus(const hw::Catalog &catalog);

// The report of the shipped engine (the embedded seed catalog and its fitted factors) on the corpus,
// computed once per process: what the speed ranges of `estimate` are drawn from.
const hw::AccuracyReport &shippedAccuracy();
// A build's likely speed ranges from shippedAccuracy().
hw::SpeedRanges shippedSpeedRanges(const hw::Build &build, const hw::Estimate &estimate);

// `hwplanner accuracy --json`: points, sources, classes (class, points, held_out_points,
// held_out_median_error, within_2x, decode/prefill ratio ranges) and overall. Errors are fractions.
QJsonObject accuracyToJson(const hw::AccuracyReport &report);
QStringList accuracyToText(const hw::AccuracyReport &report);

} // namespace hwdb
