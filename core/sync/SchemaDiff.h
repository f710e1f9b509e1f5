#pragma once
// Compares a resolved design with a live schema and plans the steps that make the database match
// it: ordered so that every step can run (keys dropped before their columns, tables created
// before the foreign keys that point at them), each with its SQL, its risk and the figure
// behind the risk.
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"
#include "sync/DataProbe.h"
#include "sync/LiveSchema.h"
#include "sync/RenameHints.h"
#include "sync/SyncPlan.h"

namespace relata {

class SchemaDiff {
public:
    struct Input {
        const ResolvedSchema& design;
        const Dialect& dialect;
        const LiveSchema& live;
        SyncMode mode = SyncMode::Alter;
        const RenameHints* renames = nullptr; // renamedFrom of the design (alter mode)
        DataProbe* probe = nullptr;           // figures for the risks; none: every figure unknown
    };
    static SyncPlan plan(const Input& input);
};

} // namespace relata
