#include "sync/CatalogNormalizer.h"

#include <nlohmann/json.hpp>

#include <QDateTime>

#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <vector>

namespace relata {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// Collapses runs of whitespace outside quotes and removes spaces next to ( ) and ,.
std::string squeeze(const std::string& s) {
    std::string out;
    char quote = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            out += c;
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            out += c;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ' && out.back() != '(' && out.back() != ',') out += ' ';
            continue;
        }
        if ((c == '(' || c == ')' || c == ',') && !out.empty() && out.back() == ' ') out.pop_back();
        out += c;
    }
    return trim(out);
}

// "name(a,b) rest" -> name, args, rest (all trimmed; args split on top-level commas).
struct TypeParts {
    std::string name;
    std::vector<std::string> args;
    bool hasArgs = false;
    std::string rest;
};

TypeParts splitType(const std::string& t) {
    TypeParts p;
    const size_t open = t.find('(');
    if (open == std::string::npos) {
        p.name = trim(t);
        return p;
    }
    const size_t close = t.find(')', open);
    if (close == std::string::npos) {
        p.name = trim(t);
        return p;
    }
    p.name = trim(t.substr(0, open));
    p.hasArgs = true;
    std::string inner = t.substr(open + 1, close - open - 1);
    size_t start = 0;
    while (start <= inner.size()) {
        size_t comma = inner.find(',', start);
        if (comma == std::string::npos) comma = inner.size();
        p.args.push_back(trim(inner.substr(start, comma - start)));
        start = comma + 1;
    }
    p.rest = trim(t.substr(close + 1));
    return p;
}

bool allDigits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// ENUM('a', 'b') / enum('a','b') with '' or \' escapes -> the labels.
bool parseEnumLabels(const std::string& t, std::vector<std::string>& labels) {
    const size_t open = t.find('(');
    if (open == std::string::npos) return false;
    size_t i = open + 1;
    while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == ',')) ++i;
        if (i >= t.size() || t[i] == ')') return true;
        if (t[i] != '\'') return false;
        ++i;
        std::string label;
        while (i < t.size()) {
            if (t[i] == '\\' && i + 1 < t.size()) {
                label += t[i + 1];
                i += 2;
                continue;
            }
            if (t[i] == '\'') {
                if (i + 1 < t.size() && t[i + 1] == '\'') {
                    label += '\'';
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            label += t[i++];
        }
        labels.push_back(label);
    }
    return true;
}

std::string pgType(const std::string& raw) {
    std::string t = squeeze(raw);
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') {
        std::string name;
        for (size_t i = 1; i + 1 < t.size(); ++i) {
            name += t[i];
            if (t[i] == '"' && t[i + 1] == '"') ++i;
        }
        return lower(name);
    }
    t = lower(t);
    const TypeParts p = splitType(t);
    const std::string& n = p.name;
    if (n == "varchar" || n == "character varying")
        return p.hasArgs ? "character varying(" + p.args[0] + ")" : "character varying";
    if (n == "char" || n == "character" || n == "bpchar") return "character(" + (p.hasArgs ? p.args[0] : "1") + ")";
    if (n == "int" || n == "integer" || n == "int4" || n == "serial" || n == "serial4") return "integer";
    if (n == "bigint" || n == "int8" || n == "bigserial" || n == "serial8") return "bigint";
    if (n == "smallint" || n == "int2" || n == "smallserial" || n == "serial2") return "smallint";
    if (n == "float") {
        if (p.hasArgs && p.args.size() == 1 && allDigits(p.args[0]) && std::atoi(p.args[0].c_str()) <= 24 &&
            std::atoi(p.args[0].c_str()) >= 1)
            return "real";
        return "double precision";
    }
    if (n == "float8" || n == "double precision" || n == "double") return "double precision";
    if (n == "float4" || n == "real") return "real";
    if (n == "decimal" || n == "numeric") {
        if (!p.hasArgs) return "numeric";
        return "numeric(" + p.args[0] + "," + (p.args.size() > 1 ? p.args[1] : "0") + ")";
    }
    if (n == "bool" || n == "boolean") return "boolean";
    if (n == "timestamptz" || n == "timestamp with time zone") return "timestamp with time zone";
    if (n == "timestamp" || n == "timestamp without time zone") return "timestamp without time zone";
    if (n == "time" || n == "time without time zone") return "time without time zone";
    if (n == "timetz" || n == "time with time zone") return "time with time zone";
    return t;
}

std::string mysqlType(const std::string& raw) {
    std::string t = squeeze(raw);
    const std::string low = lower(t);
    if (low.rfind("enum(", 0) == 0 || low.rfind("enum (", 0) == 0 || low.rfind("set(", 0) == 0) {
        std::vector<std::string> labels;
        const bool isSet = low[0] == 's';
        if (!parseEnumLabels(t, labels)) return low;
        std::string out = isSet ? "set(" : "enum(";
        for (size_t i = 0; i < labels.size(); ++i) {
            if (i) out += ',';
            out += '\'';
            for (char c : labels[i]) {
                if (c == '\'') out += '\'';
                out += c;
            }
            out += '\'';
        }
        return out + ")";
    }
    TypeParts p = splitType(low);
    std::string n = p.name;
    std::string rest = p.rest;
    // BINARY / CHARACTER SET / COLLATE / UNSIGNED suffixes: keep only what changes values.
    const bool isUnsigned = rest.find("unsigned") != std::string::npos;
    const std::string sign = isUnsigned ? " unsigned" : "";
    if (n == "integer" || n == "int" || n == "bigint" || n == "smallint" || n == "tinyint" || n == "mediumint") {
        if (n == "integer") n = "int";
        if (n == "tinyint" && p.hasArgs && p.args[0] == "1") return "tinyint(1)" + sign;
        return n + sign;
    }
    if (n == "bool" || n == "boolean") return "tinyint(1)";
    if (n == "varchar" || n == "char" || n == "varbinary" || n == "binary")
        return n + "(" + (p.hasArgs ? p.args[0] : "1") + ")";
    if (n == "real" || n == "double" || n == "double precision") {
        if (p.hasArgs && p.args.size() == 2) return "double(" + p.args[0] + "," + p.args[1] + ")" + sign;
        return "double" + sign;
    }
    if (n == "float") {
        if (p.hasArgs && p.args.size() == 2) return "float(" + p.args[0] + "," + p.args[1] + ")" + sign;
        if (p.hasArgs && p.args.size() == 1 && allDigits(p.args[0]) && std::atoi(p.args[0].c_str()) > 24)
            return "double" + sign;
        return "float" + sign;
    }
    if (n == "decimal" || n == "numeric" || n == "dec" || n == "fixed") {
        const std::string precision = p.hasArgs ? p.args[0] : "10";
        const std::string scale = p.hasArgs && p.args.size() > 1 ? p.args[1] : "0";
        return "decimal(" + precision + "," + scale + ")" + sign;
    }
    if (n == "json") return "longtext"; // MariaDB: JSON is LONGTEXT with a json_valid check
    if (n == "datetime" || n == "timestamp" || n == "time") {
        if (p.hasArgs && p.args[0] != "0") return n + "(" + p.args[0] + ")";
        return n;
    }
    if (p.hasArgs) {
        std::string out = n + "(";
        for (size_t i = 0; i < p.args.size(); ++i) out += (i ? "," : "") + p.args[i];
        return out + ")";
    }
    return n;
}

size_t findCastOutsideQuotes(const std::string& s) {
    size_t last = std::string::npos;
    char quote = 0;
    int depth = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) {
                if (i + 1 < s.size() && s[i + 1] == quote) ++i;
                else quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') quote = c;
        else if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if (c == ':' && depth == 0 && i + 1 < s.size() && s[i + 1] == ':') {
            last = i;
            ++i;
        }
    }
    return last;
}

bool wrappedInParens(const std::string& s) {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') quote = c;
        else if (c == '(') ++depth;
        else if (c == ')' && --depth == 0 && i + 1 != s.size()) return false;
    }
    return true;
}

std::optional<QDateTime> instant(std::string v) {
    v = trim(v);
    if (v.size() < 10) return std::nullopt;
    if (v.size() == 10) v += " 00:00:00";
    if (v.size() > 10 && (v[10] == ' ' || v[10] == 'T')) v[10] = 'T';
    else return std::nullopt;
    // the offset: " +00:00", "+00", "Z" or none (UTC)
    std::string offset = "Z";
    const size_t sign = v.find_first_of("+-", 19);
    if (sign != std::string::npos) {
        offset = v.substr(sign);
        v.resize(sign);
        if (offset.size() == 3) offset += ":00";
        else if (offset.size() == 5 && offset[3] != ':') offset.insert(3, ":");
    } else if (!v.empty() && (v.back() == 'Z' || v.back() == 'z')) {
        v.pop_back();
    }
    v = trim(v);
    const QDateTime t = QDateTime::fromString(QString::fromStdString(v + offset), Qt::ISODateWithMs);
    if (!t.isValid()) return std::nullopt;
    return t.toUTC();
}

std::optional<double> number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    const char* begin = s.c_str();
    char* end = nullptr;
    const double v = std::strtod(begin, &end);
    if (end == begin || *end != '\0') return std::nullopt;
    return v;
}

std::string canonicalTypeOf(DialectKind kind, const std::string& type) {
    switch (kind) {
    case DialectKind::Postgres: return pgType(type);
    case DialectKind::MySql: return mysqlType(type);
    case DialectKind::Sqlite: return upper(squeeze(type));
    }
    return type;
}

} // namespace

std::string CatalogNormalizer::canonicalType(DialectKind kind, const std::string& type) {
    // A diff asks this for every live and every expected column, while a schema uses a handful
    // of spellings: remembering the answers took most of the plan's time off a no-op diff.
    thread_local std::unordered_map<std::string, std::string> memo[3];
    auto& known = memo[static_cast<int>(kind)];
    auto it = known.find(type);
    if (it != known.end()) return it->second;
    if (known.size() >= 4096) known.clear(); // bounded: types with many lengths or enum labels
    return known.emplace(type, canonicalTypeOf(kind, type)).first->second;
}

std::optional<std::string> CatalogNormalizer::defaultValue(DialectKind kind, const std::optional<std::string>& expression) {
    if (!expression) return std::nullopt;
    std::string s = trim(*expression);
    for (int guard = 0; guard < 8; ++guard) {
        bool changed = false;
        if (kind == DialectKind::Postgres) {
            const size_t cast = findCastOutsideQuotes(s);
            if (cast != std::string::npos) {
                s = trim(s.substr(0, cast));
                changed = true;
            }
        }
        if (wrappedInParens(s)) {
            s = trim(s.substr(1, s.size() - 2));
            changed = true;
        }
        if (!changed) break;
    }
    if (s.empty()) return std::nullopt;
    const std::string low = lower(s);
    if (low == "null") return std::nullopt;
    const bool eString = (s[0] == 'E' || s[0] == 'e') && s.size() >= 3 && s[1] == '\'' && s.back() == '\'';
    if (eString || (s.size() >= 2 && s.front() == '\'' && s.back() == '\'')) {
        const size_t start = eString ? 2 : 1;
        std::string out;
        const bool backslashes = eString || kind == DialectKind::MySql;
        for (size_t i = start; i + 1 < s.size(); ++i) {
            const char c = s[i];
            if (c == '\'' && i + 2 < s.size() && s[i + 1] == '\'') {
                out += '\'';
                ++i;
            } else if (backslashes && c == '\\' && i + 2 < s.size()) {
                const char n = s[++i];
                switch (n) {
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'b': out += '\b'; break;
                case '0': out += '\0'; break;
                case 'Z': out += '\x1a'; break;
                default: out += n;
                }
            } else {
                out += c;
            }
        }
        return out;
    }
    if (s.size() >= 3 && (s[0] == 'X' || s[0] == 'x') && s[1] == '\'' && s.back() == '\'')
        return "\\x" + lower(s.substr(2, s.size() - 3)); // blob literal, as postgres shows bytea
    return s;
}

bool CatalogNormalizer::sameDefault(DialectKind kind, const std::optional<std::string>& a,
                                    const std::optional<std::string>& b, const std::string& type) {
    std::optional<std::string> va = defaultValue(kind, a);
    std::optional<std::string> vb = defaultValue(kind, b);
    if (!va || !vb) return !va && !vb;
    if (*va == *vb) return true;
    auto boolish = [&](std::string& v) {
        const std::string l = lower(v);
        if (kind == DialectKind::Postgres) {
            if (l == "true" || l == "t") v = "true";
            else if (l == "false" || l == "f") v = "false";
            return;
        }
        if (l == "true") v = "1";
        else if (l == "false") v = "0";
    };
    boolish(*va);
    boolish(*vb);
    if (*va == *vb) return true;
    const std::optional<double> na = number(*va), nb = number(*vb);
    if (na && nb) return *na == *nb;
    const std::string t = lower(type);
    if (t.find("json") != std::string::npos || t == "longtext") {
        const auto ja = nlohmann::json::parse(*va, nullptr, false);
        const auto jb = nlohmann::json::parse(*vb, nullptr, false);
        if (!ja.is_discarded() && !jb.is_discarded()) return ja == jb;
    }
    if (t.find("time") != std::string::npos || t.find("date") != std::string::npos) {
        // '2020-01-01', '2020-01-01 00:00:00', '2020-01-01 00:00:00.000 +00:00' and
        // '2020-01-01 01:00:00+01' are the same instant (no offset: UTC).
        const std::optional<QDateTime> da = instant(*va), db = instant(*vb);
        if (da && db) return *da == *db;
        return false;
    }
    return false;
}

std::string CatalogNormalizer::action(DialectKind kind, const std::string& action) {
    std::string a = upper(trim(action));
    if (a.empty()) a = kind == DialectKind::MySql ? "RESTRICT" : "NO ACTION";
    if (kind == DialectKind::MySql && a == "NO ACTION") a = "RESTRICT";
    return a;
}

bool CatalogNormalizer::enumLabels(const std::string& type, std::vector<std::string>& labels) {
    const std::string low = lower(trim(type));
    if (low.rfind("enum", 0) != 0) return false;
    labels.clear();
    return parseEnumLabels(type, labels);
}

namespace {

int integerRank(const std::string& name) {
    static const char* ranks[] = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"};
    static const int values[] = {1, 2, 3, 4, 4, 5};
    for (size_t i = 0; i < 6; ++i)
        if (name == ranks[i]) return values[i];
    return 0;
}

long argOr(const TypeParts& p, size_t i, long fallback) {
    return p.args.size() > i && allDigits(p.args[i]) ? std::atol(p.args[i].c_str()) : fallback;
}

} // namespace

bool CatalogNormalizer::widening(DialectKind kind, const std::string& from, const std::string& to) {
    if (kind == DialectKind::Sqlite || from == to) return true;
    if (to == "text" || to == "longtext" || to == "mediumtext") return true;
    const TypeParts f = splitType(from), t = splitType(to);
    auto isString = [](const std::string& n) {
        return n == "character varying" || n == "varchar" || n == "character" || n == "char";
    };
    if (isString(f.name) && isString(t.name)) {
        const bool toFixed = t.name == "character" || t.name == "char";
        const bool fromFixed = f.name == "character" || f.name == "char";
        if (toFixed && !fromFixed) return false; // padding changes the values
        return argOr(t, 0, 1L << 30) >= argOr(f, 0, 1L << 30);
    }
    if (f.name == "tinyint(1)" || from == "tinyint(1)") return integerRank(t.name) > 0;
    const int fr = integerRank(f.name), tr = integerRank(t.name);
    if (fr && tr) return tr >= fr;
    if ((f.name == "real" || f.name == "float") && (t.name == "double precision" || t.name == "double")) return true;
    if ((f.name == "numeric" || f.name == "decimal") && (t.name == "numeric" || t.name == "decimal")) {
        if (!t.hasArgs) return true;
        if (!f.hasArgs) return false;
        const long fp = argOr(f, 0, 10), fs = argOr(f, 1, 0), tp = argOr(t, 0, 10), ts = argOr(t, 1, 0);
        return ts >= fs && tp - ts >= fp - fs;
    }
    return false;
}

bool CatalogNormalizer::isIntegerType(const std::string& t) {
    const std::string l = lower(t);
    return l.find("int") != std::string::npos && l.find("interval") == std::string::npos && l.find("point") == std::string::npos;
}

} // namespace relata
