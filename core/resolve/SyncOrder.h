#pragma once
#include "resolve/ResolvedSchema.h"

#include <string>
#include <vector>

namespace relata {

struct SyncPlan {
    std::vector<std::string> order; // table names in create order
    bool cyclic = false;
    std::vector<std::string> cycleChain; // first cycle found: t1, t2, ..., t1
};

// model-manager.js getModelsTopoSortedByForeignKey + toposort-class: visit tables in definition
// order, emit each after its (not yet emitted) dependencies in attribute order; self references
// do not count; a name that is no model's table takes part but is not emitted. On a cycle
// Sequelize falls back to definition order (two-pass create).
class SyncOrder {
public:
    static SyncPlan compute(const std::vector<Table>& tables);
};

} // namespace relata
