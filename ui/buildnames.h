#pragma once

// Names a reader understands, in the interface language: a build as "AWQ INT4 on TensorRT-LLM,
// 1 × 4 × NVIDIA H200" (catalog names, not ids), a build class, a quality class, a vendor group.

#include "model/build.h"
#include "model/cost.h"
#include "model/sweep.h"

#include <QString>

namespace hwui {

// "<model>, <quant> on <runtime>, <nodes> × <GPUs> × <GPU>[, <sockets> × <CPU>]" from the catalog's
// names; `withModel` false leaves the model out (a sweep of one model).
QString buildDisplayName(const hw::Build &build, bool withModel = true);
// "workstation", "server", "cluster", translated; the id as stored in results.
QString buildClassName(const QString &id);
QString buildClassName(hw::BuildClass c);
QString qualityClassName(hw::QualityClass c);

} // namespace hwui
