#pragma once
// What a sync would do, step by step, before anything runs: each step's SQL, its risk and the
// figure that proves a data loss ("users.age: 1,204 non-null values would be lost").
#include "sql/Dialect.h"

#include <string>
#include <vector>

namespace relata {

enum class SyncMode {
    Create, // only what is missing (tables, their indexes), like Sequelize's sync()
    Alter,  // the full plan; data-loss steps need an explicit allowance
    Force,  // drop every table and recreate the design (needs an explicit yes)
};
const char* syncModeName(SyncMode mode); // "create", "alter", "force"
bool parseSyncMode(const std::string& text, SyncMode& out);

enum class StepKind {
    CreateEnum, RenameEnum, AlterEnum, DropEnum,
    CreateTable, RenameTable, RebuildTable, DropTable,
    AddColumn, AlterColumn, RenameColumn, DropColumn,
    AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique, AddForeignKey, DropForeignKey,
    CreateIndex, DropIndex,
};
const char* stepKindName(StepKind kind); // "create table", "drop column", ...

enum class Risk {
    Safe,     // no stored value is lost
    DataLoss, // values or rows are lost: refused unless allowed (force: --yes)
    Blocked,  // cannot succeed on the data as it is (NULLs for NOT NULL, duplicates, orphans)
};
const char* riskName(Risk risk); // "safe", "data loss", "blocked"

struct SyncStep {
    StepKind kind = StepKind::CreateTable;
    std::string table;
    std::string column;  // or the key / index / enum the step is about
    std::string summary; // plain words: "type integer -> bigint, NOT NULL"
    std::vector<std::string> sql; // statements, without ';'
    Risk risk = Risk::Safe;
    std::string lossFigure;        // why the risk is what it is, with the figure
    std::vector<std::string> undo; // statements that reverse the step (empty: cannot be undone)
    bool operator==(const SyncStep&) const = default;

    std::string title() const; // "drop column users.age"
};

struct SyncPlan {
    DialectKind dialect = DialectKind::Sqlite;
    SyncMode mode = SyncMode::Alter;
    std::vector<SyncStep> steps;
    std::vector<std::string> notes; // left alone, possible renames, how the plan is applied

    bool empty() const { return steps.empty(); }
    bool hasRisk(Risk risk) const;
    size_t count(Risk risk) const;
    // Whether the whole plan runs in one transaction (PostgreSQL, SQLite); MySQL/MariaDB
    // commit DDL implicitly, so there each step stands on its own.
    bool transactional() const { return dialect != DialectKind::MySql; }
    std::vector<std::string> statements() const; // every step's SQL in order
    // The plan for people: numbered steps with risk and SQL, then the notes.
    std::string text(const std::string& target = {}) const;
    // The statements as a script ("...;\n" each).
    std::string script() const;
};

// 1204 -> "1,204"
std::string groupedNumber(long long n);

} // namespace relata
