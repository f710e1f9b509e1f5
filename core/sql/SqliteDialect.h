#pragma once
// SQLite as Sequelize 6.37.8's sqlite dialect writes it: `backticked` identifiers, a single
// integer primary key inline as INTEGER PRIMARY KEY [AUTOINCREMENT], ENUM stored as TEXT,
// booleans as 1/0, inline REFERENCES (also inside an FK cycle).
#include "sql/Dialect.h"

namespace relata {

class SqliteDialect final : public Dialect {
public:
    SqliteDialect();

    std::string booleanLiteral(bool value) const override { return value ? "1" : "0"; }
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    bool primaryKeyAsTableConstraint(const TableContext& ctx) const override {
        return ctx.primaryKeyCount > 1;
    }
    bool defersForeignKeysInCycle() const override { return false; }
};

} // namespace relata
