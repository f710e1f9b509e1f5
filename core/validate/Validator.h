#pragma once
#include "resolve/ResolvedSchema.h"
#include "validate/Diagnostic.h"

#include <optional>

namespace relata {

struct ValidateOptions {
    // When set, also checks what this database cannot take (identifier length, JSONB ...).
    // When unset, dialect checks run for all three dialects.
    std::optional<int> dialect; // a DialectKind value
};

// Diagnostics beyond the Sequelize error itself (which the resolver reports): the traps of the
// associations guide, FK cycles, type mismatches, non-unique referenced keys, inflection
// surprises, identifier limits. Each has a code, severity, JSON path and a suggested fix.
class Validator {
public:
    static Diagnostics validate(const Document& doc, const ResolvedSchema& schema,
                                const ValidateOptions& options = {});
    // What validate() with options.dialect = `dialect` reports, given what it reported for all
    // databases (`allDialects`): the findings no database changes are taken over and only the
    // checks that depend on the database run again, for views that show the design's
    // diagnostics and one database's beside them.
    static Diagnostics validateFor(const Document& doc, const ResolvedSchema& schema,
                                   const Diagnostics& allDialects, int dialect);
};

} // namespace relata
