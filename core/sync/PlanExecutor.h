#pragma once
// Runs a SyncPlan on a live connection. PostgreSQL and SQLite: the whole plan in one
// transaction (SQLite with foreign keys off and PRAGMA foreign_key_check before the commit), so a
// failure anywhere leaves the database exactly as it was. MySQL/MariaDB commit DDL implicitly:
// the steps run one by one and the result says which ran, which did not, and how to finish or
// undo. A progress callback hears about every step (the CLI prints it, the editor shows it).
#include "sync/DatabaseConnection.h"
#include "sync/SyncPlan.h"

#include <functional>
#include <string>
#include <vector>

namespace relata {

struct ApplyResult {
    bool ok = false;
    size_t stepCount = 0;
    size_t stepsApplied = 0;  // steps in the database afterwards (0 after a rollback)
    bool rolledBack = false;  // PostgreSQL / SQLite: nothing of the plan remains
    int failedStep = -1;      // 0-based index of the step that failed
    std::string failedStatement;
    std::string databaseMessage; // the database's own words
    std::vector<std::string> ran;    // MySQL: titles of the steps that ran and stay applied
    std::vector<std::string> notRun; // titles of the steps that did not run
    std::vector<std::string> finish; // MySQL: statements that would finish the plan
    std::vector<std::string> undo;   // MySQL: statements that would undo the steps that ran

    // The outcome for people: what ran, what failed and why, what to do next.
    std::string text() const;
};

class PlanExecutor {
public:
    // Called before each step: index (0-based), count, the step.
    using Progress = std::function<void(size_t index, size_t count, const SyncStep& step)>;

    static ApplyResult apply(DatabaseConnection& connection, const SyncPlan& plan, const Progress& progress = {});

private:
    static ApplyResult applyInTransaction(DatabaseConnection& connection, const SyncPlan& plan, const Progress& progress);
    static ApplyResult applyStepByStep(DatabaseConnection& connection, const SyncPlan& plan, const Progress& progress);
};

} // namespace relata
