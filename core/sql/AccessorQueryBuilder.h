#pragma once
// The SQL each association method issues, as Sequelize v6 would send it (parameterised,
// per dialect), with association scopes and through scopes applied.
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"

#include <string>
#include <vector>

namespace relata {

struct AccessorQuery {
    int association = -1;        // index into Document::associations
    std::string associationKey;  // Model.associations key (alias)
    AccessorKind kind = AccessorKind::Get;
    std::string method;          // e.g. getComments
    bool installed = true;
    std::vector<std::string> statements; // SQL statements in the order Sequelize issues them
    std::vector<std::string> parameters; // what each $n / ? stands for, in order
};

class AccessorQueryBuilder {
public:
    // Every method the associations add to `model` (as source), grouped by association in
    // document order.
    static std::vector<AccessorQuery> forModel(const ResolvedSchema& schema, const std::string& model,
                                               const Dialect& dialect);
};

} // namespace relata
