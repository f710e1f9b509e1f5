#include "schema/DataType.h"

#include <algorithm>
#include <cctype>

namespace relata {

const std::vector<std::string>& DataType::knownKeys() {
    static const std::vector<std::string> keys = {
        "STRING", "CHAR", "TEXT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT",
        "FLOAT", "DOUBLE", "REAL", "DECIMAL", "BOOLEAN", "DATE", "DATEONLY", "TIME",
        "UUID", "JSON", "JSONB", "BLOB", "ENUM"};
    return keys;
}

std::string DataType::text() const {
    std::string out = key;
    if (!args.empty()) {
        out += '(';
        for (size_t i = 0; i < args.size(); ++i) {
            if (i) out += ',';
            out += args[i];
        }
        out += ')';
    }
    return out;
}

static std::string trimmed(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

bool DataType::parse(const std::string& raw, DataType& out) {
    std::string text = trimmed(raw);
    DataType result;
    const size_t open = text.find('(');
    std::string key = open == std::string::npos ? text : trimmed(text.substr(0, open));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::toupper(c); });
    const auto& keys = knownKeys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) return false;
    result.key = key;
    if (open != std::string::npos) {
        if (text.back() != ')') return false;
        const std::string inner = text.substr(open + 1, text.size() - open - 2);
        size_t start = 0;
        while (start <= inner.size()) {
            size_t comma = inner.find(',', start);
            if (comma == std::string::npos) comma = inner.size();
            std::string arg = trimmed(inner.substr(start, comma - start));
            if (arg.empty() || !std::all_of(arg.begin(), arg.end(), [](unsigned char c) { return std::isdigit(c); }))
                return false;
            result.args.push_back(arg);
            start = comma + 1;
        }
        if (result.args.size() > 2) return false;
    }
    out = std::move(result);
    return true;
}

} // namespace relata
