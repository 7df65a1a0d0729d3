#pragma once

#include "model/estimator.h"
#include "model/catalog.h"

#include <QJsonObject>
#include <QStringList>

namespace hwapp {

// The `hwplanner estimate --json` shape (see README): GB are 10^9 bytes.
QJsonObject estimateToJson(const hw::Build &build, const hw::Estimate &estimate);
QStringList estimateToText(const hw::Build &build, const hw::Estimate &estimate);

QJsonObject catalogToJson(const hw::Catalog &catalog, const QString &kind);
QStringList catalogToText(const hw::Catalog &catalog, const QString &kind);
QStringList catalogKinds();

} // namespace hwapp
