#pragma once
// MySQL / MariaDB as Sequelize 6.37.8's mysql dialect writes it: `backticked` identifiers,
// auto_increment, inline ENUM(...), table-level PRIMARY KEY and FOREIGN KEY clauses, ENGINE=InnoDB.
#include "sql/Dialect.h"

namespace relata {

class MySqlDialect final : public Dialect {
public:
    MySqlDialect();

    void appendDefault(std::string& out, const Column& column) const override;
    void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                const Column& column) const override;
    void appendUniqueConstraint(std::string& out, const Table& table, const UniqueKey& key) const override;
    void appendForeignKeyConstraints(std::string& out, const TableContext& ctx) const override;
    void appendCreateTableSuffix(std::string& out) const override;
    std::string createIndex(const Table& table, const TableIndex& index) const override;
    void beforeDropAll(std::vector<std::string>& out, bool cyclic) const override;
    void afterDropAll(std::vector<std::string>& out, bool cyclic) const override;

protected:
    void redeclareUnique(std::vector<std::string>& out, const Table& table,
                         const Column& column) const override;
};

} // namespace relata
