#include "sync/AlterSql.h"

#include <cstdio>

namespace relata {

std::string AlterSql::list(const std::vector<std::string>& names) const {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + id(names[i]);
    return out;
}

std::string AlterSql::fitName(const std::string& base) const {
    const size_t max = d_.maxIdentifierLength();
    if (max == 0 || base.size() <= max) return base;
    unsigned long h = 5381;
    for (unsigned char c : base) h = h * 33 + c;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "_%08lx", h & 0xffffffffUL);
    std::string out = base.substr(0, max - 9);
    // never cut a UTF-8 sequence in half
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
    return out + suffix;
}

std::string AlterSql::columnDefinition(const Table& table, const Column& column, bool withReferences) const {
    Column c = column;
    c.unique.reset();
    c.primaryKey = false;
    if (!withReferences) c.references.reset();
    std::string out;
    const TableContext ctx{table, 0, withReferences};
    d_.appendColumnDefinition(out, ctx, c);
    return out;
}

std::string AlterSql::addColumn(const Table& table, const Column& column, bool withReferences) const {
    return alterTable(table.tableName) + "ADD COLUMN " + id(column.field) + " " +
           columnDefinition(table, column, withReferences);
}

std::string AlterSql::dropColumn(const std::string& table, const std::string& column) const {
    return alterTable(table) + "DROP COLUMN " + id(column);
}

std::string AlterSql::renameColumn(const std::string& table, const std::string& from, const std::string& to) const {
    return alterTable(table) + "RENAME COLUMN " + id(from) + " TO " + id(to);
}

std::string AlterSql::renameTable(const std::string& from, const std::string& to) const {
    if (d_.kind() == DialectKind::MySql) return "RENAME TABLE " + id(from) + " TO " + id(to);
    return alterTable(from) + "RENAME TO " + id(to);
}

std::vector<std::string> AlterSql::dropTable(const std::string& table) const {
    switch (d_.kind()) {
    case DialectKind::Postgres: return {"DROP TABLE IF EXISTS " + id(table) + " CASCADE"};
    case DialectKind::MySql:
        return {"SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS " + id(table), "SET FOREIGN_KEY_CHECKS = 1"};
    case DialectKind::Sqlite: return {"DROP TABLE IF EXISTS " + id(table)};
    }
    return {};
}

std::string AlterSql::modifyColumn(const Table& table, const Column& column) const {
    return alterTable(table.tableName) + "MODIFY " + id(column.field) + " " + columnDefinition(table, column, false);
}

std::string AlterSql::liveColumnDefinition(const LiveColumn& c) const {
    std::string out = c.type;
    if (!c.nullable) out += " NOT NULL";
    if (c.autoIncrement) out += " auto_increment";
    if (c.defaultValue) out += " DEFAULT " + *c.defaultValue;
    return out;
}

std::string AlterSql::addPrimaryKey(const std::string& table, const std::vector<std::string>& columns) const {
    return alterTable(table) + "ADD PRIMARY KEY (" + list(columns) + ")";
}

std::string AlterSql::dropPrimaryKey(const std::string& table, const std::string& constraintName) const {
    if (d_.kind() == DialectKind::MySql) return alterTable(table) + "DROP PRIMARY KEY";
    return alterTable(table) + "DROP CONSTRAINT " + id(constraintName);
}

std::string AlterSql::addUnique(const std::string& table, const std::string& name,
                                const std::vector<std::string>& columns) const {
    if (d_.kind() == DialectKind::MySql)
        return alterTable(table) + "ADD UNIQUE INDEX " + id(fitName(name)) + " (" + list(columns) + ")";
    // PostgreSQL names it itself (<table>_<columns>_key), as for Sequelize's UNIQUE (...).
    return alterTable(table) + "ADD UNIQUE (" + list(columns) + ")";
}

std::string AlterSql::dropUnique(const std::string& table, const std::string& name, bool constraint) const {
    if (d_.kind() == DialectKind::Postgres && constraint) return alterTable(table) + "DROP CONSTRAINT " + id(name);
    return dropIndex(table, name);
}

std::string AlterSql::addForeignKey(const Table& table, const Column& column, const std::string& name) const {
    std::string out = alterTable(table.tableName) + "ADD ";
    if (!name.empty()) out += "CONSTRAINT " + id(name) + " ";
    out += "FOREIGN KEY (" + id(column.field) + ")";
    d_.appendReferences(out, column);
    return out;
}

std::string AlterSql::foreignKeyClause(const LiveForeignKey& fk) const {
    std::string out;
    if (!fk.name.empty()) out += "CONSTRAINT " + id(fk.name) + " ";
    out += "FOREIGN KEY (" + list(fk.columns) + ") REFERENCES " + id(fk.refTable) + " (" + list(fk.refColumns) + ")";
    if (!fk.onDelete.empty()) out += " ON DELETE " + fk.onDelete;
    if (!fk.onUpdate.empty()) out += " ON UPDATE " + fk.onUpdate;
    return out;
}

std::string AlterSql::addLiveForeignKey(const std::string& table, const LiveForeignKey& fk) const {
    return alterTable(table) + "ADD " + foreignKeyClause(fk);
}

std::string AlterSql::dropForeignKey(const std::string& table, const std::string& name) const {
    if (d_.kind() == DialectKind::MySql) return alterTable(table) + "DROP FOREIGN KEY " + id(name);
    return alterTable(table) + "DROP CONSTRAINT " + id(name);
}

std::string AlterSql::createIndex(const std::string& table, const std::string& name,
                                  const std::vector<std::string>& columns, bool unique) const {
    if (d_.kind() == DialectKind::MySql)
        return alterTable(table) + (unique ? "ADD UNIQUE INDEX " : "ADD INDEX ") + id(fitName(name)) + " (" +
               list(columns) + ")";
    return std::string(unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + id(fitName(name)) + " ON " + id(table) +
           " (" + list(columns) + ")";
}

std::string AlterSql::dropIndex(const std::string& table, const std::string& name) const {
    if (d_.kind() == DialectKind::MySql) return alterTable(table) + "DROP INDEX " + id(name);
    return "DROP INDEX " + id(name);
}

std::string AlterSql::createEnum(const std::string& name, const std::vector<std::string>& labels) const {
    std::string out = "CREATE TYPE " + id(name) + " AS ENUM(";
    for (size_t i = 0; i < labels.size(); ++i) out += (i ? ", " : "") + d_.quoteString(labels[i]);
    return out + ")";
}

std::string AlterSql::dropEnum(const std::string& name) const { return "DROP TYPE IF EXISTS " + id(name); }

std::string AlterSql::renameEnum(const std::string& from, const std::string& to) const {
    return "ALTER TYPE " + id(from) + " RENAME TO " + id(to);
}

} // namespace relata
