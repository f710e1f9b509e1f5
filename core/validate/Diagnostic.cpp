#include "validate/Diagnostic.h"

#include <algorithm>

namespace relata {

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "error";
}

std::string Diagnostic::format(const std::string& file) const {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
        out += ": ";
    }
    out += severityName(severity);
    out += ": " + message;
    if (!code.empty()) out += " [" + code + "]";
    if (!path.empty()) out += "\n  at " + path;
    if (!fix.empty()) out += "\n  fix: " + fix;
    return out;
}

bool hasErrors(const Diagnostics& d) {
    return std::any_of(d.begin(), d.end(), [](const Diagnostic& x) { return x.severity == Severity::Error; });
}

} // namespace relata
