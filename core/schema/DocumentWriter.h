#pragma once
#include "schema/Document.h"

#include <string>

namespace relata {

// Serialises a Document deterministically: fixed key order, 2-space indent, trailing newline;
// unknown sections kept as read. Values the reader normalises come out in one canonical form:
// type text upper-cased ("STRING(10)"), unique {"name": x} as "x", index fields {"name": x} as
// "x", through true as null, foreignKey {"name": ""} without name.
class DocumentWriter {
public:
    static OrderedJson toJson(const Document& doc);
    static std::string write(const Document& doc);
    // Atomic write through QSaveFile. Returns false and sets `error` on failure.
    static bool writeFile(const Document& doc, const std::string& path, std::string& error);
};

} // namespace relata
