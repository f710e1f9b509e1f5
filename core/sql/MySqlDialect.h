#pragma once
// MySQL / MariaDB as Sequelize 6.37.8's mysql dialect writes it: `backticked` identifiers,
// auto_increment, inline ENUM(...), table-level PRIMARY KEY and FOREIGN KEY clauses, ENGINE=InnoDB.
#include "sql/Dialect.h"

namespace relata {

class MySqlDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::MySql; }
    std::string name() const override { return "mysql"; }
    std::string quoteIdentifier(const std::string& name) const override;
    std::string quoteString(const std::string& value) const override;
    size_t maxIdentifierLength() const override { return 64; }
    bool supportsType(const DataType& type) const override { return typeId(type.key) != TypeId::Jsonb; }
    std::string placeholder(int) const override { return "?"; }

    char identifierQuote() const override { return '`'; }
    void appendString(std::string& out, std::string_view value) const override;
    void appendTypeSql(std::string& out, const DataType& type) const override;
    void appendDefault(std::string& out, const Column& column) const override;
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    void appendUniqueConstraint(std::string& out, const Table& table, const UniqueKey& key) const override;
    void appendForeignKeyConstraints(std::string& out, const TableContext& ctx) const override;
    void appendCreateTableSuffix(std::string& out) const override;
    std::string createIndex(const Table& table, const TableIndex& index) const override;
    void deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                  const Column& column) const override;
    void beforeDropAll(std::vector<std::string>& out, bool cyclic) const override;
    void afterDropAll(std::vector<std::string>& out, bool cyclic) const override;
};

} // namespace relata
