#pragma once
#include <string>
#include <vector>

namespace relata {

enum class Severity { Error, Warning, Info };
const char* severityName(Severity s); // "error", "warning", "info"

// One finding about a design: a stable code, where it is, and what to do about it.
struct Diagnostic {
    std::string code;     // e.g. "RL-E-ALIAS-DUPLICATE" (errors) / "RL-W-..." (warnings)
    Severity severity = Severity::Error;
    std::string message;  // plain words; for Sequelize errors the exact Sequelize message
    std::string path;     // JSON pointer into the document: /models/3/attributes/price/type
    std::string fix;      // suggested fix, one sentence
    std::string model;    // model at fault, when there is one
    int association = -1; // index into Document::associations, when there is one
    int line = 0;         // 1-based, for broken JSON
    int column = 0;

    // "file:line:col: error: message [code]\n  at /path\n  fix: ..."
    std::string format(const std::string& file = {}) const;
    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& d);

} // namespace relata
