// Number and unit parsing and the matching primitives of the offer reader: full-width forms and
// thousands separators folded, digit runs read with a cap, Chinese magnitudes and counts, clauses.

#include "model/claimre2.h"

#include <algorithm>
#include <cctype>

namespace hw::claimtext {

// Full-width ASCII (U+FF01..U+FF5E) and the ideographic space folded, ASCII lower-cased, and the
// thousands separators of numbers dropped ("3,976" -> "3976"), so patterns see one spelling.
std::string fold(const std::string &in)
{
    std::string out;
    out.reserve(in.size());
    size_t lastDrop = std::string::npos; // where the last dropped separator was, in `out`
    for (size_t i = 0; i < in.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(in[i]);
        if (ch == 0xEF && i + 2 < in.size()) { // U+FF01..U+FF5E: EF BC 81 .. EF BD 9E
            const unsigned char b1 = static_cast<unsigned char>(in[i + 1]), b2 = static_cast<unsigned char>(in[i + 2]);
            const int code = ((b1 & 0x3F) << 6) | (b2 & 0x3F); // low 12 bits of U+Fxxx
            if ((b1 == 0xBC || b1 == 0xBD) && code >= 0xF01 && code <= 0xF5E) {
                out += char(std::tolower(code - 0xF01 + 0x21));
                i += 2;
                continue;
            }
        }
        if (ch == 0xE3 && i + 2 < in.size() && in[i + 1] == char(0x80) && in[i + 2] == char(0x80)) { // U+3000
            out += ' ';
            i += 2;
            continue;
        }
        if (ch == ',' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back())) && i + 3 < in.size() + 1) {
            // a separator when exactly three digits follow
            size_t j = i + 1, n = 0;
            while (j < in.size() && std::isdigit(static_cast<unsigned char>(in[j])) && n < 4) {
                ++j;
                ++n;
            }
            size_t k = out.size(), lead = 0; // digits since the last separator: 1 to 3 in "1,500,000"
            while (k > 0 && std::isdigit(static_cast<unsigned char>(out[k - 1])) && lead < 4) {
                --k;
                ++lead;
            }
            const bool grouped = lead == 4 && lastDrop == out.size() - 3;
            if (n == 3 && (lead <= 3 || grouped) && !(j < in.size() && std::isdigit(static_cast<unsigned char>(in[j])))) {
                lastDrop = out.size();
                continue;
            }
        }
        out += ch < 0x80 ? char(std::tolower(ch)) : char(ch);
    }
    return out;
}

double toNumber(sv s)
{
    double v = 0, scale = 0;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') {
            if (scale == 0)
                v = v * 10 + (ch - '0');
            else {
                v += (ch - '0') * scale;
                scale /= 10;
            }
            if (v > 1e15)
                return 1e15; // a digit run is a number only this far
        } else if (ch == '.' && scale == 0)
            scale = 0.1;
    }
    return v;
}

// Counts as offers write them: digits, Chinese numerals, English words.
int countFrom(sv s)
{
    static const std::pair<sv, int> words[] = {{"十六", 16}, {"十二", 12}, {"一", 1}, {"单", 1}, {"二", 2}, {"两", 2}, {"双", 2}, {"三", 3}, {"四", 4},
                                               {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"one", 1}, {"single", 1},
                                               {"two", 2}, {"dual", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"eight", 8}};
    for (auto [w, v] : words)
        if (s == w)
            return v;
    const double v = toNumber(s);
    return v >= 1 && v <= 100000 ? int(v) : 0;
}

// Chinese magnitudes after a number: 0.025亿 = 2.5 million.
double magnitude(sv unit)
{
    if (unit == "亿")
        return 1e8;
    if (unit == "万")
        return 1e4;
    if (unit == "千" || unit == "k")
        return 1e3;
    if (unit == "百")
        return 1e2;
    if (unit == "m")
        return 1e6;
    return 1;
}

const std::string kCount = "([0-9]+|十六|十二|一|单|二|两|双|三|四|五|六|七|八|九|十|one|single|two|dual|three|four|five|six|eight)";

// Every non-overlapping match of `re` in `text`, in order. RE2 keeps each search linear.
void forEach(const RE2 &re, sv text, const std::function<void(const Match &)> &f)
{
    re2::StringPiece groups[11];
    const re2::StringPiece whole(text.data(), text.size());
    const int n = std::min(10, re.NumberOfCapturingGroups());
    size_t start = 0;
    while (start <= text.size() && re.Match(whole, start, text.size(), RE2::UNANCHORED, groups, n + 1)) {
        Match m;
        m.pos = size_t(groups[0].data() - text.data());
        m.len = groups[0].size();
        for (int i = 0; i < n; ++i)
            m.g[i] = sv(groups[i + 1].data(), groups[i + 1].size());
        f(m);
        start = m.pos + std::max<size_t>(1, m.len);
        // keep to UTF-8 boundaries after an empty match
        while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            ++start;
    }
}

bool find(const RE2 &re, sv text, Match *m)
{
    re2::StringPiece groups[11];
    const int n = std::min(10, re.NumberOfCapturingGroups());
    if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, groups, n + 1))
        return false;
    if (m) {
        m->pos = size_t(groups[0].data() - text.data());
        m->len = groups[0].size();
        for (int i = 0; i < n; ++i)
            m->g[i] = sv(groups[i + 1].data(), groups[i + 1].size());
    }
    return true;
}

std::string excerpt(const std::string &folded, size_t b, size_t e)
{
    b = std::min(b, folded.size());
    e = std::min(std::max(e, b), folded.size());
    while (b > 0 && (static_cast<unsigned char>(folded[b]) & 0xC0) == 0x80)
        --b;
    while (e < folded.size() && (static_cast<unsigned char>(folded[e]) & 0xC0) == 0x80)
        ++e;
    std::string s = folded.substr(b, std::min<size_t>(e - b, 120));
    for (char &ch : s)
        if (ch == '\n' || ch == '\r' || ch == '|')
            ch = ' ';
    return s;
}

// The clause around a position: offers put one figure and its conditions between line breaks and
// Chinese or English clause punctuation.
std::pair<size_t, size_t> clauseAround(const std::string &t, size_t pos)
{
    static const sv stops[] = {"\n", "；", ";", "。", "! ", "? "};
    size_t b = 0, e = t.size();
    for (sv s : stops) {
        const size_t before = pos == 0 ? std::string::npos : t.rfind(s, pos - 1);
        if (before != std::string::npos)
            b = std::max(b, before + s.size());
        const size_t after = t.find(s, pos);
        if (after != std::string::npos)
            e = std::min(e, after);
    }
    return {b, e};
}

bool contains(sv hay, std::initializer_list<sv> needles)
{
    for (sv n : needles)
        if (hay.find(n) != sv::npos)
            return true;
    return false;
}

} // namespace hw::claimtext
