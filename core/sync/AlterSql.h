#pragma once
// The ALTER statements a sync needs, per database, built from the Dialect's own pieces (quoting,
// types, column definitions, REFERENCES clauses), so that every identifier is quoted the same
// way as in CREATE TABLE and a hostile name stays one identifier.
#include "sql/Dialect.h"
#include "sync/LiveSchema.h"

#include <string>
#include <vector>

namespace relata {

class AlterSql {
public:
    explicit AlterSql(const Dialect& dialect) : d_(dialect) {}

    std::string id(const std::string& name) const { return d_.quoteIdentifier(name); }
    std::string alterTable(const std::string& table) const { return "ALTER TABLE " + id(table) + " "; }

    // Everything after the column name in ADD COLUMN / MODIFY: the CREATE TABLE definition
    // without UNIQUE and PRIMARY KEY (added as keys of their own); REFERENCES only when asked.
    std::string columnDefinition(const Table& table, const Column& column, bool withReferences) const;
    std::string addColumn(const Table& table, const Column& column, bool withReferences) const;
    std::string dropColumn(const std::string& table, const std::string& column) const;
    std::string renameColumn(const std::string& table, const std::string& from, const std::string& to) const;
    std::string renameTable(const std::string& from, const std::string& to) const;
    std::vector<std::string> dropTable(const std::string& table) const;
    // MySQL: MODIFY to the design's definition.
    std::string modifyColumn(const Table& table, const Column& column) const;
    // MySQL: the definition of a live column (to undo a MODIFY or a DROP COLUMN).
    std::string liveColumnDefinition(const LiveColumn& column) const;

    std::string addPrimaryKey(const std::string& table, const std::vector<std::string>& columns) const;
    std::string dropPrimaryKey(const std::string& table, const std::string& constraintName) const;
    std::string addUnique(const std::string& table, const std::string& name, const std::vector<std::string>& columns) const;
    // `constraint`: a UNIQUE constraint (postgres) rather than a unique index.
    std::string dropUnique(const std::string& table, const std::string& name, bool constraint) const;
    std::string addForeignKey(const Table& table, const Column& column, const std::string& name) const;
    // "[CONSTRAINT name] FOREIGN KEY (...) REFERENCES t (...) ON DELETE ... ON UPDATE ...".
    std::string foreignKeyClause(const LiveForeignKey& fk) const;
    std::string addLiveForeignKey(const std::string& table, const LiveForeignKey& fk) const;
    std::string dropForeignKey(const std::string& table, const std::string& name) const;
    std::string createIndex(const std::string& table, const std::string& name, const std::vector<std::string>& columns,
                            bool unique) const;
    std::string dropIndex(const std::string& table, const std::string& name) const;

    // PostgreSQL enum types.
    std::string createEnum(const std::string& name, const std::vector<std::string>& labels) const;
    std::string dropEnum(const std::string& name) const;
    std::string renameEnum(const std::string& from, const std::string& to) const;

    // A constraint / index name of at most the dialect's length: `base`, or a prefix + hash.
    std::string fitName(const std::string& base) const;

private:
    std::string list(const std::vector<std::string>& names) const;
    const Dialect& d_;
};

} // namespace relata
