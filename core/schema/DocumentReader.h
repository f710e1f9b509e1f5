#pragma once
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <string>

namespace relata {

// Parses *.relata.json text into a Document. On any problem returns false and fills `errors`
// with diagnostics naming the place (line/column for broken JSON, JSON pointer and fix for
// a wrong shape). Never throws; never returns a partial document on failure.
//
// Diagnostic codes: RL-E-JSON (broken JSON, with line/column; also nesting deeper than 256 levels
// or an object with 5000+ members), RL-E-IO (readFile), RL-E-FORMAT, RL-E-SHAPE (a value of the
// wrong kind / missing key), RL-E-MODEL-NAME, RL-E-MODEL-DUPLICATE, RL-E-MODEL-UNKNOWN
// (association source/target), RL-E-TYPE-UNKNOWN, RL-E-TYPE-ARGS, RL-E-ENUM-VALUES,
// RL-E-DEFAULT-VALUE, RL-E-ASSOC-TYPE, RL-E-ACTION (onDelete/onUpdate). Errors are appended to
// `errors` (at most ~200 per read); `out` is only assigned on success.
class DocumentReader {
public:
    static bool read(const std::string& text, Document& out, Diagnostics& errors);
    static bool readFile(const std::string& path, Document& out, Diagnostics& errors);
};

} // namespace relata
