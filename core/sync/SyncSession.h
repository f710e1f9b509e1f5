#pragma once
// The whole sync, as the CLI and the editor's sync dialog use it: read the live schema, plan
// against the design, check what the plan may do, apply it, and verify that a second diff is
// empty.
#include "resolve/ResolvedSchema.h"
#include "sync/DatabaseConnection.h"
#include "sync/LiveSchema.h"
#include "sync/PlanExecutor.h"
#include "sync/RenameHints.h"
#include "sync/SyncPlan.h"

#include <memory>
#include <string>

namespace relata {

class SyncSession {
public:
    // `doc` gives the renamedFrom hints; `schema` must be Resolver::resolve(doc) without error.
    SyncSession(const Document& doc, const ResolvedSchema& schema, DatabaseConnection& connection);

    // Reads the live schema (a few catalog queries). False with the database's message on failure.
    bool readLive(std::string& error);
    const LiveSchema& live() const { return live_; }

    // The plan for `mode` against the schema read last (figures read from the database).
    SyncPlan plan(SyncMode mode);

    // Whether the plan may run: blocked steps never; data loss only with `allowDataLoss` (alter,
    // create) or `yes` (force); force only with `yes`. False with the reason in `why`.
    static bool permitted(const SyncPlan& plan, bool allowDataLoss, bool yes, std::string& why);

    ApplyResult apply(const SyncPlan& plan, const PlanExecutor::Progress& progress = {});

    const Dialect& dialect() const { return *dialect_; }

private:
    const ResolvedSchema& schema_;
    DatabaseConnection& connection_;
    std::unique_ptr<Dialect> dialect_;
    RenameHints hints_;
    LiveSchema live_;
};

} // namespace relata
