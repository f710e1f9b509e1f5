#pragma once
// The stable codes of the validator's findings (core/validate/). The CLI, the editor and users'
// CI scripts may match on them: never rename one, add a new code instead.
// RL-W-* are warnings, RL-I-* notes. Errors (RL-E-*) come from the resolver only: the
// validator never calls a design invalid that Sequelize accepts.

namespace relata::codes {

// Two foreign key columns for one relation: an alias without `foreignKey` (guide: Invoice/Subscription).
inline constexpr char kAliasDuplicateFk[] = "RL-W-ALIAS-DUPLICATE-FK";
// The same shape where the alias names a role (as: 'reviewer'): maybe one relation, maybe two.
inline constexpr char kAliasSeparateFk[] = "RL-I-ALIAS-SEPARATE-FK";
// An association adds `trainerId` next to a declared `trainer_id` meant for the same relation.
inline constexpr char kFkDuplicateColumn[] = "RL-W-FK-DUPLICATE-COLUMN";
// Two associations of one source under one key: the later silently replaces the earlier.
inline constexpr char kAssociationReplaced[] = "RL-W-ASSOCIATION-REPLACED";
// An accessor Sequelize did not install: the name is an attribute or another association's method.
inline constexpr char kAccessorSkippedWarning[] = "RL-W-ACCESSOR-SKIPPED";
// An accessor skipped because singular and plural of the association are the same word.
inline constexpr char kAccessorSkippedInfo[] = "RL-I-ACCESSOR-SKIPPED";
// Foreign keys form a cycle (two-pass DDL needed; deletes need care).
inline constexpr char kFkCycle[] = "RL-W-FK-CYCLE";
// A foreign key column whose type differs from the key it references.
inline constexpr char kFkTypeMismatch[] = "RL-W-FK-TYPE-MISMATCH";
// REFERENCES to a column that is neither the primary key nor unique.
inline constexpr char kKeyNotUnique[] = "RL-W-KEY-NOT-UNIQUE";
// references.model names a model, not its table.
inline constexpr char kReferencesModelName[] = "RL-W-REFERENCES-MODEL-NAME";
// references.model names a table that no model of the design has.
inline constexpr char kReferencesUnknownTable[] = "RL-W-REFERENCES-UNKNOWN-TABLE";
// references.key names a column the referenced table does not have.
inline constexpr char kReferencesUnknownColumn[] = "RL-W-REFERENCES-UNKNOWN-COLUMN";
// A polymorphic foreign key (scope / several target models) that still gets REFERENCES.
inline constexpr char kPolymorphicConstraints[] = "RL-W-POLYMORPHIC-CONSTRAINTS";
// A side of a polymorphic relation that ignores the type column (belongsTo, unscoped pair).
inline constexpr char kPolymorphicUnscoped[] = "RL-W-POLYMORPHIC-UNSCOPED";
// inflection 1.13.4 gives a surprising singular/plural (cactus -> cactu).
inline constexpr char kInflectionQuirk[] = "RL-W-INFLECTION-QUIRK";
// Two models map to one table (exactly, or only differing in case on SQLite).
inline constexpr char kTableShared[] = "RL-W-TABLE-SHARED";
// An identifier longer than the dialect allows (PostgreSQL 63 bytes, MySQL 64 characters).
inline constexpr char kIdentifierTooLong[] = "RL-W-IDENTIFIER-TOO-LONG";
// An identifier holding the dialect's quote character: Relata doubles it, Sequelize deletes it.
inline constexpr char kIdentifierQuote[] = "RL-W-IDENTIFIER-QUOTE";
// A type the chosen dialect lacks (JSONB outside PostgreSQL).
inline constexpr char kTypeUnsupported[] = "RL-W-TYPE-UNSUPPORTED";

} // namespace relata::codes
