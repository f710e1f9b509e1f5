#pragma once
// PostgreSQL as Sequelize 6.37.8's postgres dialect writes it: "quoted" identifiers, SERIAL /
// BIGSERIAL for auto-increment, inline REFERENCES, ENUMs as named types created before the table.
#include "sql/Dialect.h"

namespace relata {

class PostgresDialect final : public Dialect {
public:
    PostgresDialect();
    bool supportsType(const DataType& type) const override;
    std::string placeholder(int n) const override;

    void appendColumnType(std::string& out, const Table& table, const Column& column) const override;
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    void beforeCreateTable(std::vector<std::string>& out, const Table& table) const override;
    void afterCreateTable(std::vector<std::string>& out, const Table& table) const override;
    std::string dropTable(const Table& table) const override;
    void afterDropTable(std::vector<std::string>& out, const Table& table) const override;

    // Sequelize's pgEnumName: "enum_<tableName>_<field>" (unquoted name).
    static std::string enumTypeName(const Table& table, const Column& column);

protected:
    void appendBlobLiteral(std::string& out, const std::string& hex) const override;
    void redeclareUnique(std::vector<std::string>& out, const Table& table,
                         const Column& column) const override;
};

} // namespace relata
