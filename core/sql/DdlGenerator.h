#pragma once
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"

#include <string>
#include <vector>

namespace relata {

// The CREATE script Sequelize's sync({force:true}) would run, per dialect: tables in sync
// order with their keys; with an FK cycle, tables first and the FKs added afterwards
// (ALTER TABLE ... ADD FOREIGN KEY on PostgreSQL/MySQL; SQLite as Sequelize does it).
class DdlGenerator {
public:
    // One statement per element, without trailing ';'.
    static std::vector<std::string> createStatements(const ResolvedSchema& schema, const Dialect& dialect);
    // Statements joined with ";\n", ending with ";\n".
    static std::string createScript(const ResolvedSchema& schema, const Dialect& dialect);
    // DROP TABLE IF EXISTS for every table, reverse sync order (PostgreSQL also drops enum types).
    static std::vector<std::string> dropStatements(const ResolvedSchema& schema, const Dialect& dialect);
    // CREATE statements for one table only (the editor's "selection" preview).
    static std::vector<std::string> tableStatements(const ResolvedSchema& schema, const Table& table,
                                                    const Dialect& dialect);
};

} // namespace relata
