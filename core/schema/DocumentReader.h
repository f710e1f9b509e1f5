#pragma once
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <string>

namespace relata {

// Parses *.relata.json text into a Document. On any problem returns false and fills `errors`
// with diagnostics naming the place (line/column for broken JSON, JSON pointer and fix for
// a wrong shape). Never throws; never returns a partial document on failure.
class DocumentReader {
public:
    static bool read(const std::string& text, Document& out, Diagnostics& errors);
    static bool readFile(const std::string& path, Document& out, Diagnostics& errors);
};

} // namespace relata
