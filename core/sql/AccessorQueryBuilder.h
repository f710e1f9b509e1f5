#pragma once
// The SQL each association method issues, as Sequelize v6 would send it (parameterised,
// per dialect), with association scopes and through scopes applied.
//
// Statements follow the query generators of Sequelize 6.37.8: SELECTs as Model.findAll writes
// them (`FROM "table" AS "model"`, qualified WHERE, the through model as an INNER JOIN),
// UPDATE / INSERT / DELETE as Model.update, instance.save, Model.create, bulkCreate and
// Model.destroy write them. Differences that are deliberate:
//  * every runtime value is a placeholder (Sequelize inlines WHERE values and bulk-insert rows);
//    a list of values (`IN (...)`, one OR-ed term per instance, one row per bulk-inserted
//    record) is shown with one placeholder and its parameter says so;
//  * association / through scope values are written as literals (Sequelize binds them on
//    INSERT / UPDATE);
//  * create() inserts every attribute as if `values` gave it (Sequelize leaves out the ones
//    not given); deletedAt is left out;
//  * statements carry no trailing ';'.
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"

#include <string>
#include <vector>

namespace relata {

struct AccessorQuery {
    int association = -1;       // index into Document::associations
    std::string associationKey; // Model.associations key (alias)
    AccessorKind kind = AccessorKind::Get;
    std::string method; // e.g. getComments
    bool installed = true;
    std::vector<std::string> statements; // SQL statements in the order Sequelize issues them
    std::vector<std::string> parameters; // what each $n / ? stands for, in order (all statements)
    // The same, per statement: each statement numbers its own placeholders from $1.
    std::vector<std::vector<std::string>> parametersByStatement;
};

class AccessorQueryBuilder {
public:
    // Every method the associations add to `model` (as source), grouped by association in
    // document order.
    static std::vector<AccessorQuery> forModel(const ResolvedSchema& schema, const std::string& model,
                                               const Dialect& dialect);
};

} // namespace relata
