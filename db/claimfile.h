#pragma once

// Claim files ("hwplanner.claim/1"): an offer's build fields, its figures, quoted facts and text.

#include "db/buildfile.h"
#include "model/claims.h"

#include <QJsonObject>

namespace hwdb {

inline constexpr char kClaimFormat[] = "hwplanner.claim/1";

// Free text to a claim: NFKC first, so full-width digits and letters read as ASCII.
hw::Claim claimFromText(const QString &text, const hw::Catalog &catalog);

// An offer's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM (or plainly UTF-16 by its
// zero bytes) and GB18030 (through ICU; refused with a message where Qt lacks it). Refuses empty
// input, more than hw::kMaxOfferBytes and bytes that are none of these, with a message for `error`.
bool decodeOfferText(const QByteArray &bytes, QString *text, QString *error);

// A claim file; its "text", when present, is read first and the explicit fields override it.
bool parseClaim(const QByteArray &json, const QString &fileName, const hw::Catalog &catalog, hw::Claim *claim, BuildError *error);

QJsonObject claimToJson(const hw::Claim &claim);
QJsonObject reportToJson(const hw::ClaimReport &report, const hw::Claim &claim);

} // namespace hwdb
