#include "naming/Inflection.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

// String helpers reproducing what Sequelize v6 gets from inflection 1.13.4 and lodash
// (tests/spec/sequelize-rules.md, section 1).
//
// pluralize/singularize: inflection keeps an ordered list of (regex, replacement) rules, all
// compiled with the flags "gi". The first rule whose regex matches anywhere in the word wins:
// rules without a replacement are "already plural/singular" guards that return the word
// unchanged, the others are applied with String.prototype.replace (global). Words whose
// JS toLowerCase() is in the uncountable list are returned as is. The rule regexes use a tiny
// subset of ECMAScript syntax (literals, [classes], (groups), (?:groups), |, ^, $, no
// quantifiers), so they are run by the small matcher below instead of std::regex: it
// reproduces the JS semantics exactly (leftmost match, alternatives in order, undefined groups
// substitute as ""), it is much faster, and it lets each rule be skipped cheaply when the
// word's last byte cannot end a match.
//
// Strings are UTF-8. JS works on UTF-16 code units, but matching bytes is equivalent here:
// the only pattern elements that can match a non-ASCII unit are negated classes, a non-ASCII
// unit never case-folds to ASCII under /i without /u, and every such match is put back
// unchanged through its group ($1) by the rule's replacement.

namespace relata::naming {
namespace {

// ------------------------------------------------------------------------------------------
// UTF-8 helpers

struct Decoded {
    char32_t cp;     // valid only if ok
    std::size_t len; // bytes consumed (1 for an invalid byte)
    bool ok;
};

Decoded decodeUtf8(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return {b0, 1, true};
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return {0, 1, false};
    }
    if (i + len > s.size())
        return {0, 1, false};
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return {0, 1, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        return {0, 1, false};
    return {cp, len, true};
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

constexpr char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char asciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Unicode case mapping of one code point (full mappings: "ß" upper-cases to "SS"), as
// String.prototype.toUpperCase/toLowerCase do outside the Final_Sigma context. Qt's tables
// agree with V8/ICU except for characters added after Qt's Unicode version.
void appendUpper(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += asciiUpper(static_cast<char>(cp));
        return;
    }
    out += QString::fromUcs4(&cp, 1).toUpper().toStdString();
}

void appendLower(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += asciiLower(static_cast<char>(cp));
        return;
    }
    out += QString::fromUcs4(&cp, 1).toLower().toStdString();
}

// ECMAScript WhiteSpace + LineTerminator (what \s and String.prototype.trim use).
bool isJsSpace(char32_t cp)
{
    switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

// Unicode Cased / Case_Ignorable (approximated with Qt's general categories plus the
// Other_Lowercase/Other_Uppercase and Word_Break MidLetter/MidNumLet/Single_Quote lists),
// needed for the Final_Sigma rule of toLowerCase.
bool isCaseIgnorable(char32_t cp)
{
    switch (cp) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018:
    case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07:
    case 0xFF0E: case 0xFF1A:
        return true;
    default:
        break;
    }
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        return false;
    }
}

bool isCased(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
        return true;
    default:
        break;
    }
    static constexpr std::pair<char32_t, char32_t> kOther[] = {
        {0xAA, 0xAA},       {0xBA, 0xBA},       {0x2B0, 0x2B8},     {0x2C0, 0x2C1},
        {0x2E0, 0x2E4},     {0x345, 0x345},     {0x37A, 0x37A},     {0x10FC, 0x10FC},
        {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},   {0x1D9B, 0x1DBF},   {0x2071, 0x2071},
        {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2160, 0x217F},   {0x24B6, 0x24E9},
        {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F2, 0xA7F4},
        {0xA7F8, 0xA7F9},   {0xAB5C, 0xAB5F},   {0xAB69, 0xAB69},   {0x10780, 0x107BA},
        {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
    };
    return std::any_of(std::begin(kOther), std::end(kOther),
                       [cp](const auto& r) { return cp >= r.first && cp <= r.second; });
}

// String.prototype.toLowerCase on UTF-8 (invalid bytes are kept as they are).
std::string jsToLower(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    if (isAscii(s)) {
        for (char c : s)
            out += asciiLower(c);
        return out;
    }
    std::vector<Decoded> cps;
    for (std::size_t i = 0; i < s.size();) {
        cps.push_back(decodeUtf8(s, i));
        i += cps.back().len;
    }
    std::size_t offset = 0;
    for (std::size_t k = 0; k < cps.size(); offset += cps[k].len, ++k) {
        const Decoded& d = cps[k];
        if (!d.ok) {
            out += s[offset];
            continue;
        }
        if (d.cp != 0x3A3) { // not GREEK CAPITAL LETTER SIGMA
            appendLower(out, d.cp);
            continue;
        }
        // Final_Sigma: preceded by a cased letter and not followed by one (case-ignorable
        // characters skipped on both sides).
        auto casedAt = [&](std::size_t j) { return cps[j].ok && isCased(cps[j].cp); };
        auto ignorableAt = [&](std::size_t j) { return cps[j].ok && isCaseIgnorable(cps[j].cp); };
        bool before = false;
        for (std::size_t j = k; j-- > 0;) {
            if (ignorableAt(j))
                continue;
            before = casedAt(j);
            break;
        }
        bool after = false;
        for (std::size_t j = k + 1; j < cps.size(); ++j) {
            if (ignorableAt(j))
                continue;
            after = casedAt(j);
            break;
        }
        appendUtf8(out, before && !after ? char32_t{0x3C2} : char32_t{0x3C3});
    }
    return out;
}

// ------------------------------------------------------------------------------------------
// Mini regex engine for the inflection rule tables (case-insensitive, like their "gi" flags).
//
// The patterns have no quantifiers, so each one is expanded at compile time into its finite,
// ordered list of linear alternatives ("paths"): a path is a fixed sequence of byte sets plus
// anchors, and every capture group covers a fixed byte range of it. A backtracking matcher
// tries start positions left to right and, at each, alternatives in source order; that is
// exactly the order of the expanded paths, so "first path that matches at the leftmost start"
// is the ECMAScript match, captures included (a group not on the path is undefined).

constexpr int kMaxCaptures = 10;
constexpr std::size_t kMaxPaths = 256;
constexpr std::size_t kUndefined = static_cast<std::size_t>(-1);

using Span = std::pair<std::size_t, std::size_t>; // byte offsets; kUndefined = not matched
using Captures = std::array<Span, kMaxCaptures>;

struct Path {
    std::vector<std::bitset<256>> sets;                 // one per matched byte
    std::vector<std::pair<std::size_t, bool>> anchors;  // (offset, isBegin) for ^ and $
    Captures caps;                                      // relative to the match start

    Path() { caps.fill({kUndefined, kUndefined}); }
    std::size_t width() const { return sets.size(); }

    bool matchesAt(std::string_view s, std::size_t start) const
    {
        if (start + sets.size() > s.size())
            return false;
        for (const auto& [offset, isBegin] : anchors)
            if (isBegin ? start + offset != 0 : start + offset != s.size())
                return false;
        for (std::size_t i = sets.size(); i-- > 0;) // from the end: rejects suffix rules fast
            if (!sets[i][static_cast<unsigned char>(s[start + i])])
                return false;
        return true;
    }
};

std::bitset<256> foldedByte(unsigned char c)
{
    std::bitset<256> set;
    set.set(c);
    set.set(static_cast<unsigned char>(asciiLower(static_cast<char>(c))));
    set.set(static_cast<unsigned char>(asciiUpper(static_cast<char>(c))));
    return set;
}

class Regex {
public:
    explicit Regex(std::string_view source);

    struct Match {
        std::size_t start = 0;
        std::size_t end = 0;
        Captures caps{};
    };

    // First match starting at or after `from` (RegExpBuiltinExec with lastIndex = from).
    bool exec(std::string_view s, std::size_t from, Match& m) const;
    // False when no match can exist in a word whose last byte is `last` (cheap pre-filter).
    bool mayMatchEndingWith(unsigned char last) const { return !endAnchored_ || lastBytes_[last]; }
    int captureCount() const { return captures_; }

private:
    std::vector<Path> parseAlternation();
    std::vector<Path> parseSequence();
    [[noreturn]] void fail() const;

    std::string_view src_;
    std::size_t pos_ = 0;
    int captures_ = 0;
    std::vector<Path> paths_;        // in backtracking order
    std::vector<Path> byWidth_;      // end-anchored: widest first (= leftmost start first)
    bool startAnchored_ = false;     // every path starts with ^
    bool endAnchored_ = false;       // every path ends with $
    std::bitset<256> lastBytes_;     // end-anchored: bytes a match can end with (all if one is empty)
};

void Regex::fail() const
{
    // The patterns are fixed data; a syntax this engine does not know is a programming error.
    std::abort();
}

// Concatenation: every path of `a` followed by every path of `b`, in backtracking order.
std::vector<Path> concat(const std::vector<Path>& a, const std::vector<Path>& b)
{
    std::vector<Path> out;
    out.reserve(a.size() * b.size());
    for (const Path& x : a) {
        for (const Path& y : b) {
            Path p = x;
            const std::size_t shift = x.width();
            p.sets.insert(p.sets.end(), y.sets.begin(), y.sets.end());
            for (const auto& [offset, isBegin] : y.anchors)
                p.anchors.emplace_back(offset + shift, isBegin);
            for (std::size_t g = 0; g < y.caps.size(); ++g)
                if (y.caps[g].first != kUndefined)
                    p.caps[g] = {y.caps[g].first + shift, y.caps[g].second + shift};
            out.push_back(std::move(p));
        }
    }
    if (out.size() > kMaxPaths)
        std::abort();
    return out;
}

std::vector<Path> Regex::parseAlternation()
{
    std::vector<Path> paths = parseSequence();
    while (pos_ < src_.size() && src_[pos_] == '|') {
        ++pos_;
        std::vector<Path> more = parseSequence();
        paths.insert(paths.end(), more.begin(), more.end());
    }
    return paths;
}

std::vector<Path> Regex::parseSequence()
{
    std::vector<Path> seq(1);
    while (pos_ < src_.size() && src_[pos_] != '|' && src_[pos_] != ')') {
        const char c = src_[pos_++];
        std::vector<Path> atom(1);
        switch (c) {
        case '^':
        case '$':
            atom[0].anchors.emplace_back(0, c == '^');
            break;
        case '(': {
            int capture = -1;
            if (src_.substr(pos_, 2) == "?:") {
                pos_ += 2;
            } else {
                capture = ++captures_;
                if (captures_ >= kMaxCaptures)
                    fail();
            }
            atom = parseAlternation();
            if (pos_ >= src_.size() || src_[pos_] != ')')
                fail();
            ++pos_;
            if (capture > 0)
                for (Path& p : atom)
                    p.caps[static_cast<std::size_t>(capture)] = {0, p.width()};
            break;
        }
        case '[': {
            const bool negated = pos_ < src_.size() && src_[pos_] == '^';
            if (negated)
                ++pos_;
            std::bitset<256> members;
            while (pos_ < src_.size() && src_[pos_] != ']') {
                const auto lo = static_cast<unsigned char>(src_[pos_++]);
                auto hi = lo;
                if (pos_ + 1 < src_.size() && src_[pos_] == '-' && src_[pos_ + 1] != ']') {
                    hi = static_cast<unsigned char>(src_[pos_ + 1]);
                    pos_ += 2;
                }
                if (lo >= 0x80 || hi >= 0x80 || hi < lo || lo == '\\')
                    fail();
                for (unsigned b = lo; b <= hi; ++b)
                    members |= foldedByte(static_cast<unsigned char>(b));
            }
            if (pos_ >= src_.size())
                fail();
            ++pos_;
            // Bytes >= 0x80 (parts of non-ASCII characters) only ever match a negated class.
            atom[0].sets.push_back(negated ? ~members : members);
            break;
        }
        default:
            if (static_cast<unsigned char>(c) >= 0x80 || std::string_view("\\.*+?{}]").find(c) != std::string_view::npos)
                fail(); // not used by the tables
            atom[0].sets.push_back(foldedByte(static_cast<unsigned char>(c)));
            break;
        }
        seq = concat(seq, atom);
    }
    return seq;
}

Regex::Regex(std::string_view source) : src_(source)
{
    paths_ = parseAlternation();
    if (pos_ != src_.size())
        fail();
    auto hasAnchor = [](const Path& p, std::size_t offset, bool isBegin) {
        return std::find(p.anchors.begin(), p.anchors.end(), std::make_pair(offset, isBegin)) != p.anchors.end();
    };
    startAnchored_ = std::all_of(paths_.begin(), paths_.end(), [&](const Path& p) { return hasAnchor(p, 0, true); });
    endAnchored_ = std::all_of(paths_.begin(), paths_.end(), [&](const Path& p) { return hasAnchor(p, p.width(), false); });
    if (endAnchored_) {
        byWidth_ = paths_;
        std::stable_sort(byWidth_.begin(), byWidth_.end(),
                         [](const Path& a, const Path& b) { return a.width() > b.width(); });
        for (const Path& p : paths_) {
            if (p.width() == 0)
                lastBytes_.set();
            else
                lastBytes_ |= p.sets.back();
        }
    }
}

bool Regex::exec(std::string_view s, std::size_t from, Match& m) const
{
    auto found = [&](const Path& p, std::size_t start) {
        m.start = start;
        m.end = start + p.width();
        for (std::size_t g = 0; g < p.caps.size(); ++g)
            m.caps[g] = p.caps[g].first == kUndefined ? p.caps[g]
                                                       : Span{p.caps[g].first + start, p.caps[g].second + start};
        return true;
    };
    if (endAnchored_) {
        // A match from `start` must end at s.size(): only widths n - start are possible, and
        // trying the widest path first is trying the leftmost start first.
        for (const Path& p : byWidth_) {
            if (p.width() > s.size() || s.size() - p.width() < from)
                continue;
            if (p.matchesAt(s, s.size() - p.width()))
                return found(p, s.size() - p.width());
        }
        return false;
    }
    const std::size_t last = startAnchored_ ? 0 : s.size(); // ^ only matches at 0
    for (std::size_t start = from; start <= last; ++start)
        for (const Path& p : paths_)
            if (p.matchesAt(s, start))
                return found(p, start);
    return false;
}

// A replacement string of String.prototype.replace ($n, $nn, $&, $`, $', $$).
class Replacement {
public:
    Replacement(std::string_view text, int captureCount)
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const char d = i + 1 < text.size() ? text[i + 1] : '\0';
            auto isDigit = [](char x) { return x >= '0' && x <= '9'; };
            if (c == '$' && d == '$') {
                literal('$');
                ++i;
            } else if (c == '$' && (d == '&' || d == '`' || d == '\'')) {
                parts_.push_back({{}, d == '&' ? kWhole : d == '`' ? kBefore : kAfter});
                ++i;
            } else if (c == '$' && isDigit(d)) {
                const char e = i + 2 < text.size() ? text[i + 2] : '\0';
                const int one = d - '0';
                const int two = isDigit(e) ? one * 10 + (e - '0') : 0;
                if (two >= 1 && two <= captureCount) {
                    parts_.push_back({{}, two});
                    i += 2;
                } else if (one >= 1 && one <= captureCount) {
                    parts_.push_back({{}, one});
                    ++i;
                } else {
                    literal(c);
                }
            } else {
                literal(c);
            }
        }
    }

    void append(std::string& out, std::string_view s, const Regex::Match& m) const
    {
        for (const Part& p : parts_) {
            if (p.ref == kLiteral) {
                out += p.text;
            } else if (p.ref == kWhole) {
                out += s.substr(m.start, m.end - m.start);
            } else if (p.ref == kBefore) {
                out += s.substr(0, m.start);
            } else if (p.ref == kAfter) {
                out += s.substr(m.end);
            } else {
                const auto& cap = m.caps[static_cast<std::size_t>(p.ref)];
                if (cap.first != kUndefined) // an unmatched group substitutes as ""
                    out += s.substr(cap.first, cap.second - cap.first);
            }
        }
    }

private:
    static constexpr int kLiteral = 0, kWhole = -1, kBefore = -2, kAfter = -3;
    struct Part {
        std::string text;
        int ref; // capture index, or one of the constants above
    };
    void literal(char c)
    {
        if (parts_.empty() || parts_.back().ref != kLiteral)
            parts_.push_back({{}, kLiteral});
        parts_.back().text += c;
    }
    std::vector<Part> parts_;
};

// String.prototype.replace with a global regex.
std::string replaceAll(const Regex& re, const Replacement& repl, std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t copied = 0;
    std::size_t from = 0;
    Regex::Match m;
    while (from <= s.size() && re.exec(s, from, m)) {
        out += s.substr(copied, m.start - copied);
        repl.append(out, s, m);
        copied = m.end;
        from = m.end == m.start ? m.end + 1 : m.end;
    }
    out += s.substr(copied);
    return out;
}

// ------------------------------------------------------------------------------------------
// inflection 1.13.4 rule tables (data transcribed from the package, same order).

struct RuleDef {
    const char* pattern;
    const char* replacement; // nullptr: "already in the target form", stop without change
};

constexpr RuleDef kPluralRules[] = {
    // already plural
    {"^(m|wom)en$", nullptr},
    {"(pe)ople$", nullptr},
    {"(child)ren$", nullptr},
    {"([ti])a$", nullptr},
    {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", nullptr},
    {"(database)s$", nullptr},
    {"(drive)s$", nullptr},
    {"(hi|ti)ves$", nullptr},
    {"(curve)s$", nullptr},
    {"([lr])ves$", nullptr},
    {"([^fo])ves$", nullptr},
    {"([^aeiouy]|qu)ies$", nullptr},
    {"(s)eries$", nullptr},
    {"(m)ovies$", nullptr},
    {"(x|ch|ss|sh)es$", nullptr},
    {"([m|l])ice$", nullptr},
    {"(bus)es$", nullptr},
    {"(o)es$", nullptr},
    {"(shoe)s$", nullptr},
    {"(cris|ax|test)es$", nullptr},
    {"(octop|vir)uses$", nullptr},
    {"(alias|canvas|status|campus)es$", nullptr},
    {"^(summons|bonus)es$", nullptr},
    {"^(ox)en", nullptr},
    {"(matr)ices$", nullptr},
    {"^feet$", nullptr},
    {"^teeth$", nullptr},
    {"^geese$", nullptr},
    {"(quiz)zes$", nullptr},
    {"^(whereas)es$", nullptr},
    {"^(criteri)a$", nullptr},
    {"^genera$", nullptr},
    // rules
    {"^(m|wom)an$", "$1en"},
    {"(pe)rson$", "$1ople"},
    {"(child)$", "$1ren"},
    {"(drive)$", "$1s"},
    {"^(ox)$", "$1en"},
    {"(ax|test)is$", "$1es"},
    {"(octop|vir)us$", "$1uses"},
    {"(alias|status|canvas|campus)$", "$1es"},
    {"^(summons|bonus)$", "$1es"},
    {"(bu)s$", "$1ses"},
    {"(buffal|tomat|potat)o$", "$1oes"},
    {"([ti])um$", "$1a"},
    {"sis$", "ses"},
    {"(?:([^f])fe|([lr])f)$", "$1$2ves"},
    {"(hi|ti)ve$", "$1ves"},
    {"([^aeiouy]|qu)y$", "$1ies"},
    {"(matr)ix$", "$1ices"},
    {"(vert|ind)ex$", "$1ices"},
    {"(x|ch|ss|sh)$", "$1es"},
    {"([m|l])ouse$", "$1ice"},
    {"^foot$", "feet"},
    {"^tooth$", "teeth"},
    {"^goose$", "geese"},
    {"(quiz)$", "$1zes"},
    {"^(whereas)$", "$1es"},
    {"^(criteri)on$", "$1a"},
    {"^genus$", "genera"},
    {"s$", "s"},
    {"$", "s"},
};

constexpr RuleDef kSingularRules[] = {
    // already singular
    {"^(m|wom)an$", nullptr},
    {"(pe)rson$", nullptr},
    {"(child)$", nullptr},
    {"(drive)$", nullptr},
    {"^(ox)$", nullptr},
    {"(ax|test)is$", nullptr},
    {"(octop|vir)us$", nullptr},
    {"(alias|status|canvas|campus)$", nullptr},
    {"^(summons|bonus)$", nullptr},
    {"(bu)s$", nullptr},
    {"(buffal|tomat|potat)o$", nullptr},
    {"([ti])um$", nullptr},
    {"sis$", nullptr},
    {"(?:([^f])fe|([lr])f)$", nullptr},
    {"(hi|ti)ve$", nullptr},
    {"([^aeiouy]|qu)y$", nullptr},
    {"(x|ch|ss|sh)$", nullptr},
    {"(matr)ix$", nullptr},
    {"([m|l])ouse$", nullptr},
    {"^foot$", nullptr},
    {"^tooth$", nullptr},
    {"^goose$", nullptr},
    {"(quiz)$", nullptr},
    {"^(whereas)$", nullptr},
    {"^(criteri)on$", nullptr},
    {"^genus$", nullptr},
    // rules
    {"^(m|wom)en$", "$1an"},
    {"(pe)ople$", "$1rson"},
    {"(child)ren$", "$1"},
    {"(database)s$", "$1"},
    {"(drive)s$", "$1"},
    {"^genera$", "genus"},
    {"^(criteri)a$", "$1on"},
    {"([ti])a$", "$1um"},
    {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", "$1$2sis"},
    {"(hi|ti)ves$", "$1ve"},
    {"(curve)s$", "$1"},
    {"([lr])ves$", "$1f"},
    {"([a])ves$", "$1ve"},
    {"([^fo])ves$", "$1fe"},
    {"(m)ovies$", "$1ovie"},
    {"([^aeiouy]|qu)ies$", "$1y"},
    {"(s)eries$", "$1eries"},
    {"(x|ch|ss|sh)es$", "$1"},
    {"([m|l])ice$", "$1ouse"},
    {"(bus)es$", "$1"},
    {"(o)es$", "$1"},
    {"(shoe)s$", "$1"},
    {"(cris|ax|test)es$", "$1is"},
    {"(octop|vir)uses$", "$1us"},
    {"(alias|canvas|status|campus)es$", "$1"},
    {"^(summons|bonus)es$", "$1"},
    {"^(ox)en", "$1"},
    {"(matr)ices$", "$1ix"},
    {"(vert|ind)ices$", "$1ex"},
    {"^feet$", "foot"},
    {"^teeth$", "tooth"},
    {"^geese$", "goose"},
    {"(quiz)zes$", "$1"},
    {"^(whereas)es$", "$1"},
    {"ss$", "ss"},
    {"s$", ""},
};

constexpr std::string_view kUncountable[] = {
    "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft",
    "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage",
    "beef", "biology", "blood", "botany", "bread", "butter", "carbon", "cardboard", "cash",
    "chalk", "chaos", "chess", "crossroads", "countryside", "dancing", "deer", "dignity", "dirt",
    "dust", "economics", "education", "electricity", "engineering", "enjoyment", "envy",
    "equipment", "ethics", "evidence", "evolution", "fame", "fiction", "flour", "flu", "food",
    "fuel", "fun", "furniture", "gallows", "garbage", "garlic", "genetics", "gold", "golf",
    "gossip", "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware", "harm",
    "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey", "hospitality",
    "housework", "humour", "hunger", "hydrogen", "ice", "importance", "inflation", "information",
    "innocence", "iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack",
    "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini", "linguistics",
    "literature", "litter", "livestock", "logic", "loneliness", "luck", "luggage", "macaroni",
    "machinery", "magic", "management", "mankind", "marble", "mathematics", "mayonnaise",
    "measles", "methane", "milk", "minus", "money", "mud", "music", "mumps", "nature", "news",
    "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen", "pasta",
    "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
    "punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect",
    "revenge", "rice", "rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series",
    "shame", "sheep", "shopping", "sleep", "smoke", "smoking", "snow", "soap", "software", "soil",
    "spaghetti", "species", "steam", "stuff", "stupidity", "sunshine", "symmetry", "tennis",
    "thirst", "thunder", "timber", "traffic", "transportation", "trust", "underwear",
    "unemployment", "unity", "validity", "veal", "vegetation", "vegetarianism", "vengeance",
    "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat", "wildlife",
    "wisdom", "yoga", "zinc", "zoology",
};

struct Rule {
    Regex re;
    bool replaces;
    Replacement repl;
};

class RuleSet {
public:
    template <std::size_t N>
    explicit RuleSet(const RuleDef (&defs)[N])
    {
        rules_.reserve(N);
        for (const RuleDef& d : defs) {
            Regex re(d.pattern);
            const int caps = re.captureCount();
            rules_.push_back(Rule{std::move(re), d.replacement != nullptr,
                                  Replacement(d.replacement ? d.replacement : "", caps)});
        }
        for (unsigned b = 0; b < 256; ++b)
            for (std::size_t i = 0; i < rules_.size(); ++i)
                if (rules_[i].re.mayMatchEndingWith(static_cast<unsigned char>(b)))
                    byLastByte_[b].push_back(static_cast<std::uint16_t>(i));
    }

    std::string apply(const std::string& word) const
    {
        Regex::Match m;
        if (word.empty()) {
            for (const Rule& r : rules_)
                if (r.re.exec(word, 0, m))
                    return r.replaces ? replaceAll(r.re, r.repl, word) : word;
            return word;
        }
        for (std::uint16_t i : byLastByte_[static_cast<unsigned char>(word.back())]) {
            const Rule& r = rules_[i];
            if (r.re.exec(word, 0, m))
                return r.replaces ? replaceAll(r.re, r.repl, word) : word;
        }
        return word;
    }

private:
    std::vector<Rule> rules_;
    std::array<std::vector<std::uint16_t>, 256> byLastByte_;
};

// inflection skips words whose JS toLowerCase() is an uncountable word. Among non-ASCII
// characters only U+212A KELVIN SIGN lower-cases to ASCII ("k").
bool isUncountable(std::string_view word)
{
    static const std::unordered_set<std::string_view> set(std::begin(kUncountable), std::end(kUncountable));
    static const std::size_t maxLen = [] {
        std::size_t n = 0;
        for (std::string_view w : kUncountable)
            n = std::max(n, w.size());
        return n;
    }();
    if (word.empty() || word.size() > 3 * maxLen)
        return false;
    char buf[64];
    std::size_t n = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (n == maxLen)
            return false;
        if (c < 0x80) {
            buf[n++] = asciiLower(static_cast<char>(c));
        } else if (word.substr(i, 3) == "\xE2\x84\xAA") {
            buf[n++] = 'k';
            i += 2;
        } else {
            return false;
        }
    }
    return set.count(std::string_view(buf, n)) > 0;
}

const RuleSet& pluralRules()
{
    static const RuleSet rules(kPluralRules);
    return rules;
}

const RuleSet& singularRules()
{
    static const RuleSet rules(kSingularRules);
    return rules;
}

// lodash's first "symbol" (reUnicode): a code point, an optional combining mark, then optional
// variation selector / modifier and zero-width-joiner sequences. Returns its byte length.
std::size_t lodashFirstSymbolLength(std::string_view s)
{
    auto at = [&](std::size_t i) -> Decoded { return i < s.size() ? decodeUtf8(s, i) : Decoded{0, 0, false}; };
    auto isCombo = [](const Decoded& d) {
        return d.ok && ((d.cp >= 0x300 && d.cp <= 0x36F) || (d.cp >= 0xFE20 && d.cp <= 0xFE2F) ||
                        (d.cp >= 0x20D0 && d.cp <= 0x20FF));
    };
    auto isFitz = [](const Decoded& d) { return d.ok && d.cp >= 0x1F3FB && d.cp <= 0x1F3FF; };
    auto isVar = [](const Decoded& d) { return d.ok && (d.cp == 0xFE0E || d.cp == 0xFE0F); };
    auto isRegional = [](const Decoded& d) { return d.ok && d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF; };

    // One code point, or a pair of regional indicators.
    auto base = [&](std::size_t i) {
        const Decoded d = at(i);
        if (isRegional(d)) {
            const Decoded e = at(i + d.len);
            if (isRegional(e))
                return d.len + e.len;
        }
        return d.len;
    };
    auto optVarMod = [&](std::size_t i) {
        if (isVar(at(i)))
            i += at(i).len;
        const Decoded d = at(i);
        if (isCombo(d) || isFitz(d))
            i += d.len;
        return i;
    };

    const Decoded first = at(0);
    if (isFitz(first) && isFitz(at(first.len)))
        return first.len;
    std::size_t i = 0;
    if (first.ok && first.cp < 0x10000) {
        i = first.len;
        if (isCombo(at(i)))
            i += at(i).len;
    } else {
        i = base(0);
    }
    i = optVarMod(i);
    while (i < s.size()) {
        const Decoded zwj = at(i);
        if (!(zwj.ok && zwj.cp == 0x200D) || i + zwj.len >= s.size())
            break;
        i = optVarMod(i + zwj.len + base(i + zwj.len));
    }
    return i;
}

} // namespace

std::string pluralize(const std::string& word)
{
    if (isUncountable(word))
        return word;
    return pluralRules().apply(word);
}

std::string singularize(const std::string& word)
{
    if (isUncountable(word))
        return word;
    return singularRules().apply(word);
}

std::string camelize(const std::string& s, bool* ok)
{
    if (ok)
        *ok = true;
    // trim()
    std::size_t begin = 0;
    std::size_t end = 0;
    bool seenContent = false;
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decodeUtf8(s, i);
        if (!(d.ok && isJsSpace(d.cp))) {
            if (!seenContent)
                begin = i;
            seenContent = true;
            end = i + d.len;
        }
        i += d.len;
    }
    const std::string_view t = std::string_view(s).substr(begin, end - begin);

    // replace(/[-_\s]+(.)?/g, (match, c) => c.toUpperCase())
    std::string out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size();) {
        Decoded d = decodeUtf8(t, i);
        const auto inRun = [](const Decoded& x) { return x.ok && (x.cp == '-' || x.cp == '_' || isJsSpace(x.cp)); };
        if (!inRun(d)) {
            out.append(t.substr(i, d.len));
            i += d.len;
            continue;
        }
        while (i < t.size() && inRun(d)) {
            i += d.len;
            if (i < t.size())
                d = decodeUtf8(t, i);
        }
        if (i >= t.size()) { // nothing after the run: c is undefined, a TypeError in JS
            if (ok)
                *ok = false;
            break;
        }
        // `.` takes one UTF-16 unit: a supplementary character is only its high surrogate,
        // which toUpperCase leaves alone.
        if (d.ok && d.cp < 0x10000)
            appendUpper(out, d.cp);
        else
            out.append(t.substr(i, d.len));
        i += d.len;
    }
    return out;
}

std::string underscore(const std::string& s)
{
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t pos = 0;
    for (bool first = true;; first = false) {
        const std::size_t sep = s.find("::", pos);
        const std::string_view part =
            std::string_view(s).substr(pos, sep == std::string::npos ? std::string::npos : sep - pos);
        if (!first)
            out += '/';
        const std::size_t partStart = out.size();
        for (char c : part) {
            if (c >= 'A' && c <= 'Z')
                out += '_';
            out += c;
        }
        if (out.size() > partStart && out[partStart] == '_')
            out.erase(partStart, 1);
        if (sep == std::string::npos)
            break;
        pos = sep + 2;
    }
    return jsToLower(out);
}

std::string upperFirst(const std::string& s)
{
    if (s.empty())
        return s;
    // Common case: the first symbol is one ASCII character (nothing non-ASCII can combine with it).
    if (static_cast<unsigned char>(s[0]) < 0x80 &&
        (s.size() == 1 || static_cast<unsigned char>(s[1]) < 0x80)) {
        std::string out = s;
        out[0] = asciiUpper(out[0]);
        return out;
    }
    const std::size_t len = lodashFirstSymbolLength(s);
    std::string out;
    out.reserve(s.size() + 4);
    for (std::size_t i = 0; i < len;) {
        const Decoded d = decodeUtf8(s, i);
        if (d.ok)
            appendUpper(out, d.cp);
        else
            out += s[i];
        i += d.len;
    }
    out.append(s, len, std::string::npos);
    return out;
}

} // namespace relata::naming
