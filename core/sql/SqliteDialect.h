#pragma once
// SQLite as Sequelize 6.37.8's sqlite dialect writes it: `backticked` identifiers, a single
// integer primary key inline as INTEGER PRIMARY KEY [AUTOINCREMENT], ENUM stored as TEXT,
// booleans as 1/0, inline REFERENCES (also inside an FK cycle).
#include "sql/Dialect.h"

namespace relata {

class SqliteDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::Sqlite; }
    std::string name() const override { return "sqlite"; }
    std::string quoteIdentifier(const std::string& name) const override;
    std::string quoteString(const std::string& value) const override;
    size_t maxIdentifierLength() const override { return 0; }
    bool supportsType(const DataType& type) const override { return typeId(type.key) != TypeId::Jsonb; }
    std::string placeholder(int) const override { return "?"; }

    char identifierQuote() const override { return '`'; }
    void appendString(std::string& out, std::string_view value) const override;
    std::string booleanLiteral(bool value) const override { return value ? "1" : "0"; }
    void appendTypeSql(std::string& out, const DataType& type) const override;
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    bool primaryKeyAsTableConstraint(const TableContext& ctx) const override {
        return ctx.primaryKeyCount > 1;
    }
    bool defersForeignKeysInCycle() const override { return false; }
};

} // namespace relata
