#pragma once

// The shipped calibration corpus (tests/data/calibration/corpus.json, embedded as :/calibration/corpus.json):
// public measurements as build files, evaluated through the same estimate path as any build.

#include "model/accuracy.h"
#include "model/calibration.h"
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

struct CorpusPoints
{
    std::vector<hw::CalibrationPoint> points; // usable points whose build parses and whose metric the engine estimates
    QStringList errors;
    int notEstimated = 0;
};
// The usable corpus points as builds of `catalog` (what the factors are fitted on).
CorpusPoints loadCorpus(const hw::Catalog &catalog);

// Every usable point estimated held out: leave one source out (hw::leaveOneSourceOut), the factors
// refitted without the point's source, starting from `catalog`'s values.
CorpusEvaluation evaluateCorpus(const hw::Catalog &catalog);

// The held-out report of the shipped engine (the embedded seed catalog and its fitted factors) on the
// corpus, computed now: leave one source out, ~6 s (minutes under a sanitizer). `error` gets the
// reason when the seed cannot be opened (the report is then empty).
hw::AccuracyReport seedAccuracy(QString *error = nullptr);
// seedAccuracy() as the file resources/catalog/accuracy.json holds it (full precision).
QJsonObject accuracyToReportFile(const hw::AccuracyReport &report);
// The report file read back (accuracyToReportFile's output, or a version-1 file without range groups,
// whose classes' ratios then stand for their groups). False when it holds no report.
bool accuracyFromReportFile(const QJsonObject &file, hw::AccuracyReport *report);
// seedAccuracy() as it was when this executable was built: the embedded :/catalog/accuracy.json, read
// once per process. What the speed ranges of `estimate` are drawn from; tst_calibration checks it is
// what seedAccuracy() gives.
const hw::AccuracyReport &shippedAccuracy();
// A build's likely speed ranges from shippedAccuracy().
hw::SpeedRanges shippedSpeedRanges(const hw::Build &build, const hw::Estimate &estimate);

// `hwplanner accuracy --json`: points, sources, classes (class, points, held_out_points,
// held_out_median_error, within_2x, decode/prefill ratio ranges) and overall. Errors are fractions.
QJsonObject accuracyToJson(const hw::AccuracyReport &report);
QStringList accuracyToText(const hw::AccuracyReport &report);

} // namespace hwdb
