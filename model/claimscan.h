#pragma once

// The scanning layer under the offer reader (model/claimtext.cpp): number and unit parsing, the folded
// text and its clauses, RE2 matching (declared here without RE2's header, so tests can use the rest),
// catalog part aliases, and the extractor's sections, each filling its part of a Claim.

#include "model/claims.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace hw::claimtext {

using sv = std::string_view;

// Numbers and units.
std::string fold(const std::string &in);
double toNumber(sv s);
int countFrom(sv s);
double magnitude(sv unit);
extern const std::string kCount; // a count as a pattern: digits, Chinese numerals, English words

// Matching.
struct Match
{
    size_t pos = 0, len = 0;
    sv g[10];
};
void forEach(const re2::RE2 &re, sv text, const std::function<void(const Match &)> &f);
bool find(const re2::RE2 &re, sv text, Match *m = nullptr);
bool contains(sv hay, std::initializer_list<sv> needles);
std::string excerpt(const std::string &folded, size_t b, size_t e);
std::pair<size_t, size_t> clauseAround(const std::string &t, size_t pos);

// Part aliases.
bool isAlnum(char ch);
// The folded text with spaces, '-' and '_' squeezed out, and where each squeezed byte came from: part
// aliases match "2696 v3", "2696v3" and "e5-2696-v3" alike.
struct Squeezed
{
    std::string text;
    std::vector<size_t> origin;
    explicit Squeezed(const std::string &folded);
};
std::string squeeze(const std::string &s);
struct AliasHit
{
    const PartAlias *alias;
    size_t begin, end; // in the folded text
};
// The catalog's aliases of each kind, squeezed and longest first, built once per text: a table of a
// hundred thousand rows asks for them on every row.
struct AliasIndex
{
    struct Key
    {
        std::string squeezed;
        const PartAlias *alias;
    };
    std::vector<std::pair<std::string, std::vector<Key>>> byKind;
    explicit AliasIndex(const Catalog &cat);
    const std::vector<Key> &of(const std::string &kind) const;
};
std::vector<AliasHit> aliasHits(const AliasIndex &aliases, const std::string &kind, const std::string &folded, const Squeezed &sq);

// The text as the sections read it.
struct Scan
{
    const Catalog &catalog;
    std::string t; // folded
    Squeezed sq;
    AliasIndex aliases;
    Scan(const Catalog &cat, const std::string &input) : catalog(cat), t(fold(input)), sq(t), aliases(cat) {}
    sv text() const { return t; }
    std::string words(size_t b, size_t e) const { return excerpt(t, b, e); }
    std::string wordsOf(const Match &x) const { return excerpt(t, x.pos, x.pos + x.len); }
};

// The sections, in the order extractClaim runs them (later ones use what earlier ones read).
void readModel(const Scan &s, Claim &c);          // claimparts.cpp
void readQuantAndRuntime(const Scan &s, Claim &c);
void readGpus(const Scan &s, Claim &c);
void readMachines(const Scan &s, Claim &c);
void readCpus(const Scan &s, Claim &c);
void readMemory(const Scan &s, Claim &c);          // claimmemory.cpp
void readPoints(const Scan &s, Claim &c);         // claimpoints.cpp
void readTablePoints(const Scan &s, Claim &c);    // (part of readPoints: tables without units)
void readPrices(const Scan &s, Claim &c);         // claimfigures.cpp
void readFacts(const Scan &s, Claim &c);
void readConditionAndWarranty(const Scan &s, Claim &c);

} // namespace hw::claimtext
