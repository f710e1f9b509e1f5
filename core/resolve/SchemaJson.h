#pragma once
// The resolved schema as JSON: what `relata-cli inspect --json` prints, and what exports and
// the editor read. Key order is fixed, so the same schema always gives the same text.
//
// Conventions: a std::optional that is unset and a string that is empty are left out; lists are
// always present (possibly empty); booleans are always present.
#include "resolve/ResolvedSchema.h"
#include "schema/Document.h"
#include "validate/Diagnostic.h"

namespace relata {

// {"tables": [...], "associations": [...], "syncOrder": [...], "cyclic": bool,
//  "cycleChain": [...], "error": null | diagnostic}
OrderedJson toJson(const ResolvedSchema& schema);

// {"code", "severity", "message", "path", "fix", "model", "association", "line", "column"}
// (empty strings, association -1 and line/column 0 left out).
OrderedJson toJson(const Diagnostic& diagnostic);
OrderedJson toJson(const Diagnostics& diagnostics);

// The parts, for callers that show one table or one association.
OrderedJson tableToJson(const Table& table);
OrderedJson columnToJson(const Column& column);
OrderedJson associationToJson(const ResolvedAssociation& association);

} // namespace relata
