#include "sync/PlanExecutor.h"

#include "naming/CountedNoun.h"

#include <QVariant>

namespace relata {

namespace {

bool connectionLost(const std::string& message) {
    for (const char* s : {"server closed the connection", "terminating connection", "no connection to the server",
                          "Lost connection", "gone away", "Connection was killed", "connection to server"})
        if (message.find(s) != std::string::npos) return true;
    return false;
}

std::string numbered(size_t i, const std::string& title) { return std::to_string(i + 1) + ". " + title; }

} // namespace

ApplyResult PlanExecutor::apply(DatabaseConnection& connection, const SyncPlan& plan, const Progress& progress) {
    if (plan.steps.empty()) {
        ApplyResult r;
        r.ok = true;
        return r;
    }
    return plan.transactional() ? applyInTransaction(connection, plan, progress)
                                : applyStepByStep(connection, plan, progress);
}

ApplyResult PlanExecutor::applyInTransaction(DatabaseConnection& connection, const SyncPlan& plan,
                                             const Progress& progress) {
    ApplyResult r;
    r.stepCount = plan.steps.size();
    const bool sqlite = plan.dialect == DialectKind::Sqlite;
    std::string error;
    // SQLite: foreign keys off for the table rebuilds (a DROP TABLE would otherwise run the
    // children's ON DELETE actions); checked as a whole before the commit.
    if (sqlite) connection.exec("PRAGMA foreign_keys = OFF");
    auto restore = [&]() {
        if (sqlite) connection.exec("PRAGMA foreign_keys = ON");
    };
    if (!connection.exec("BEGIN", &error)) {
        r.failedStep = 0;
        r.failedStatement = "BEGIN";
        r.databaseMessage = error;
        r.rolledBack = true;
        for (size_t i = 0; i < plan.steps.size(); ++i) r.notRun.push_back(numbered(i, plan.steps[i].title()));
        restore();
        return r;
    }
    auto fail = [&](size_t step, const std::string& statement, const std::string& message) {
        r.failedStep = static_cast<int>(step);
        r.failedStatement = statement;
        r.databaseMessage = message;
        connection.exec("ROLLBACK"); // a lost connection has rolled back on the server already
        r.rolledBack = true;
        r.stepsApplied = 0;
        for (size_t i = step; i < plan.steps.size(); ++i) r.notRun.push_back(numbered(i, plan.steps[i].title()));
        restore();
        return r;
    };
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const SyncStep& step = plan.steps[i];
        if (progress) progress(i, plan.steps.size(), step);
        for (const std::string& statement : step.sql)
            if (!connection.exec(statement, &error)) return fail(i, statement, error);
    }
    if (sqlite) {
        std::string violations;
        long long count = 0;
        const bool ok = connection.query("PRAGMA foreign_key_check", [&](const QSqlQuery& q) {
            if (++count <= 5)
                violations += (violations.empty() ? "" : "; ") + q.value(0).toString().toStdString() + " row " +
                              q.value(1).toString().toStdString() + " references a missing row of " +
                              q.value(2).toString().toStdString();
        }, &error);
        // A schema SQLite accepts but cannot check (an FK to a column that is not unique, as
        // Sequelize creates it) reads as "foreign key mismatch": no row was checked, none is wrong.
        if (!ok && error.find("foreign key mismatch") == std::string::npos)
            return fail(plan.steps.size() - 1, "PRAGMA foreign_key_check", error);
        if (count > 0)
            return fail(plan.steps.size() - 1, "PRAGMA foreign_key_check",
                        "FOREIGN KEY constraint failed: " + groupedNumber(count) + " " +
                            naming::nounFor(count, "violation") + ": " + violations);
    }
    if (!connection.exec("COMMIT", &error)) return fail(plan.steps.size() - 1, "COMMIT", error);
    restore();
    r.ok = true;
    r.stepsApplied = plan.steps.size();
    return r;
}

ApplyResult PlanExecutor::applyStepByStep(DatabaseConnection& connection, const SyncPlan& plan,
                                          const Progress& progress) {
    ApplyResult r;
    r.stepCount = plan.steps.size();
    std::string error;
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const SyncStep& step = plan.steps[i];
        if (progress) progress(i, plan.steps.size(), step);
        for (size_t k = 0; k < step.sql.size(); ++k) {
            if (connection.exec(step.sql[k], &error)) continue;
            r.failedStep = static_cast<int>(i);
            r.failedStatement = step.sql[k];
            r.databaseMessage = error;
            connection.exec("SET FOREIGN_KEY_CHECKS = 1"); // a failed drop step must not leave them off
            for (size_t j = i; j < plan.steps.size(); ++j) {
                r.notRun.push_back(numbered(j, plan.steps[j].title()));
                const std::vector<std::string>& rest = plan.steps[j].sql;
                // the failed step: from its failing statement on (the ones before it ran)
                r.finish.insert(r.finish.end(), rest.begin() + static_cast<std::ptrdiff_t>(j == i ? k : 0), rest.end());
            }
            for (size_t j = i; j-- > 0;) {
                const std::vector<std::string>& u = plan.steps[j].undo;
                if (u.empty()) r.undo.push_back("-- step " + std::to_string(j + 1) + " (" + plan.steps[j].title() +
                                                ") cannot be undone by a statement");
                r.undo.insert(r.undo.end(), u.begin(), u.end());
            }
            return r;
        }
        r.ran.push_back(numbered(i, step.title()));
        r.stepsApplied = i + 1;
    }
    r.ok = true;
    return r;
}

std::string ApplyResult::text() const {
    std::string out;
    if (ok) return "Applied " + std::to_string(stepsApplied) + (stepsApplied == 1 ? " step.\n" : " steps.\n");
    out += "Step " + std::to_string(failedStep + 1) + " of " + std::to_string(stepCount) + " failed";
    out += notRun.empty() ? ".\n" : ": " + notRun.front().substr(notRun.front().find(' ') + 1) + "\n";
    out += "  statement: " + failedStatement + "\n";
    out += "  database:  " + databaseMessage + "\n";
    if (connectionLost(databaseMessage)) out += "  The connection to the database was lost during the apply.\n";
    if (rolledBack) {
        out += "Nothing was changed: the whole plan was rolled back, the database is as it was before.\n";
        return out;
    }
    if (ran.empty()) {
        out += "No step had run before it: the database is as it was before";
        out += failedStatement.empty() ? ".\n" : " (except what the failing step's earlier statements did).\n";
    } else {
        out += "MySQL/MariaDB committed these steps, which stay applied:\n";
        for (const std::string& s : ran) out += "  " + s + "\n";
    }
    out += "Not run:\n";
    for (const std::string& s : notRun) out += "  " + s + "\n";
    out += "To finish, fix the cause and run the sync again (it plans only what is still missing), or run:\n";
    for (const std::string& s : finish) out += "  " + s + ";\n";
    if (!ran.empty()) {
        out += "To undo the steps that ran, run:\n";
        for (const std::string& s : undo) out += "  " + s + (s.rfind("--", 0) == 0 ? "\n" : ";\n");
    }
    return out;
}

} // namespace relata
