#pragma once

#include "model/cost.h"
#include "model/estimator.h"
#include "model/catalog.h"
#include "model/claims.h"
#include "model/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace hwdb {

// The `hwplanner estimate --json` shape (see README): GB are 10^9 bytes.
QJsonObject estimateToJson(const hw::Build &build, const hw::Estimate &estimate, const hw::CostResult *cost = nullptr);
QStringList estimateToText(const hw::Build &build, const hw::Estimate &estimate, const hw::CostResult *cost = nullptr);
QJsonObject costToJson(const hw::CostResult &cost);
QStringList costToText(const hw::CostResult &cost);

// Engine messages as {"text": English template, "args": [...]} objects, translated when shown (ui/).
QJsonArray messagesToJson(const std::vector<hw::Message> &parts);
// The buyer checklist: id, status, English message and its translatable parts.
QJsonArray checklistToJson(const std::vector<hw::ChecklistItem> &items);
// Findings on a vendor's claims: id, severity, claim and computed in English and as messages
// (claim_parts, computed_parts), rule and ask (fixed English sentences, translated by their text).
QJsonArray findingsToJson(const std::vector<hw::Finding> &findings);

QJsonObject catalogToJson(const hw::Catalog &catalog, const QString &kind);
QStringList catalogToText(const hw::Catalog &catalog, const QString &kind);
QStringList catalogKinds();

// Files a spreadsheet opens correctly (Excel, WPS): UTF-8 with BOM, CRLF, quoted where needed; written
// atomically. False with a message naming the file.
bool writeResultsCsv(const QString &path, const hw::Build &build, const hw::Estimate &estimate, const hw::CostResult &cost, QString *error);
bool writeBomCsv(const QString &path, const hw::CostResult &cost, QString *error);
bool writeJsonFile(const QString &path, const QJsonObject &json, QString *error);

} // namespace hwdb
