#pragma once
// PostgreSQL as Sequelize 6.37.8's postgres dialect writes it: "quoted" identifiers, SERIAL /
// BIGSERIAL for auto-increment, inline REFERENCES, ENUMs as named types created before the table.
#include "sql/Dialect.h"

namespace relata {

class PostgresDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::Postgres; }
    std::string name() const override { return "postgres"; }
    std::string quoteIdentifier(const std::string& name) const override;
    std::string quoteString(const std::string& value) const override;
    size_t maxIdentifierLength() const override { return 63; }
    bool supportsType(const DataType& type) const override;
    std::string placeholder(int n) const override;

    char identifierQuote() const override { return '"'; }
    void appendString(std::string& out, std::string_view value) const override;
    void appendTypeSql(std::string& out, const DataType& type) const override;
    void appendColumnType(std::string& out, const Table& table, const Column& column) const override;
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    void beforeCreateTable(std::vector<std::string>& out, const Table& table) const override;
    void afterCreateTable(std::vector<std::string>& out, const Table& table) const override;
    void deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                  const Column& column) const override;
    std::string dropTable(const Table& table) const override;
    void afterDropTable(std::vector<std::string>& out, const Table& table) const override;

    // Sequelize's pgEnumName: "enum_<tableName>_<field>" (unquoted name).
    static std::string enumTypeName(const Table& table, const Column& column);

protected:
    void appendBlobLiteral(std::string& out, const std::string& hex) const override;
};

} // namespace relata
