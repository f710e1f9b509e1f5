#pragma once
// The validator's check families. Each appends its findings to `out`, in document order, and
// touches every model, association and column a bounded number of times (hash lookups only).
#include "validate/ValidationContext.h"

namespace relata::validation {

// AliasChecks.cpp: RL-W-ALIAS-DUPLICATE-FK, RL-I-ALIAS-SEPARATE-FK, RL-W-FK-DUPLICATE-COLUMN
void checkForeignKeyColumns(const Context& ctx, Diagnostics& out);
// AssociationKeyChecks.cpp: RL-W-ASSOCIATION-REPLACED, RL-W-ACCESSOR-SKIPPED, RL-I-ACCESSOR-SKIPPED
void checkAssociationKeys(const Context& ctx, Diagnostics& out);
// CycleCheck.cpp: RL-W-FK-CYCLE
void checkCycles(const Context& ctx, Diagnostics& out);
// KeyChecks.cpp: RL-W-REFERENCES-*, RL-W-FK-TYPE-MISMATCH, RL-W-KEY-NOT-UNIQUE
void checkReferences(const Context& ctx, Diagnostics& out);
// PolymorphicChecks.cpp: RL-W-POLYMORPHIC-CONSTRAINTS, RL-W-POLYMORPHIC-UNSCOPED
void checkPolymorphic(const Context& ctx, Diagnostics& out);
// NamingChecks.cpp: RL-W-INFLECTION-QUIRK, RL-W-TABLE-SHARED
void checkInflection(const Context& ctx, Diagnostics& out);
void checkSharedTables(const Context& ctx, Diagnostics& out);
// DialectChecks.cpp: RL-W-IDENTIFIER-TOO-LONG, RL-W-IDENTIFIER-QUOTE, RL-W-TYPE-UNSUPPORTED
void checkIdentifiers(const Context& ctx, Diagnostics& out);
void checkTypes(const Context& ctx, Diagnostics& out);

} // namespace relata::validation
