#include "sql/MySqlDialect.h"

namespace relata {

namespace {

// Sequelize's mysql escaping, except that ' is doubled (valid with and without
// NO_BACKSLASH_ESCAPES, so a literal can never end early).
constexpr CharEscape kStringEscapes[] = {
    {'\0', "\\0"},   {'\n', "\\n"},  {'\r', "\\r"}, {'\b', "\\b"}, {'\t', "\\t"},
    {'\x1a', "\\Z"}, {'\\', "\\\\"}, {'\'', "''"},  {'"', "\\\""},
};

constexpr TypeSpelling kTypes[] = {
    {TypeId::Date, "DATETIME", TypeArgs::Precision},
    {TypeId::Uuid, "CHAR(36) BINARY", TypeArgs::None},
};

} // namespace

MySqlDialect::MySqlDialect() : Dialect({DialectKind::MySql, "mysql", '`', 64, kStringEscapes, kTypes}) {}

void MySqlDialect::appendDefault(std::string& out, const Column& column) const {
    // attributeToSQL: BLOB/TEXT/GEOMETRY/JSON cannot have a default; escape() without the field,
    // so the value is not passed through the type's stringify.
    if (!defaultSchemable(column)) return;
    const std::string type = typeSql(column.type);
    if (type == "TEXT" || type == "BLOB" || type == "JSON" || type == "GEOMETRY") return;
    out += " DEFAULT ";
    appendPlainLiteral(out, *column.defaultValue);
}

void MySqlDialect::appendColumnDefinition(std::string& out, const TableContext&, const Column& c) const {
    appendTypeSql(out, c.type);
    if (!c.allowNull) out += " NOT NULL";
    if (c.autoIncrement) out += " auto_increment";
    appendDefault(out, c);
    if (c.unique && c.unique->flag) out += " UNIQUE";
    // PRIMARY KEY and REFERENCES move to the table-level clauses.
    if (c.comment && !c.comment->empty()) {
        out += " COMMENT ";
        appendString(out, *c.comment);
    }
}

void MySqlDialect::appendUniqueConstraint(std::string& out, const Table&, const UniqueKey& key) const {
    out += "UNIQUE ";
    appendIdentifier(out, key.name);
    out += " (";
    appendIdentifierList(out, key.fields, ", ");
    out += ')';
}

void MySqlDialect::appendForeignKeyConstraints(std::string& out, const TableContext& ctx) const {
    if (!ctx.withForeignKeys) return;
    for (const Column& c : ctx.table.columns) {
        if (!c.references) continue;
        out += ", FOREIGN KEY (";
        appendIdentifier(out, c.field);
        out += ')';
        appendReferences(out, c);
    }
}

void MySqlDialect::appendCreateTableSuffix(std::string& out) const {
    out += " ENGINE=InnoDB";
}

std::string MySqlDialect::createIndex(const Table& table, const TableIndex& index) const {
    // supports.indexViaAlter
    std::string out = alterTable(table);
    out += index.unique ? " ADD UNIQUE INDEX " : " ADD INDEX ";
    appendIdentifier(out, indexName(table, index));
    out += " (";
    appendIdentifierList(out, index.fields, ", ");
    out += ')';
    return out;
}

void MySqlDialect::redeclareUnique(std::vector<std::string>& out, const Table& table, const Column& c) const {
    // changeColumnQuery re-declares every other column (CHANGE `c` `c` <definition>). Only a
    // UNIQUE column changes anything: MariaDB adds a second unique index for it.
    std::string s = alterTable(table);
    s += " CHANGE ";
    appendIdentifier(s, c.field);
    s += ' ';
    appendIdentifier(s, c.field);
    s += ' ';
    const TableContext ctx{table, 0, false};
    appendColumnDefinition(s, ctx, c);
    out.push_back(std::move(s));
}

void MySqlDialect::beforeDropAll(std::vector<std::string>& out, bool cyclic) const {
    // With an FK cycle no drop order works; Sequelize removes the constraints first.
    if (cyclic) out.emplace_back("SET FOREIGN_KEY_CHECKS = 0");
}

void MySqlDialect::afterDropAll(std::vector<std::string>& out, bool cyclic) const {
    if (cyclic) out.emplace_back("SET FOREIGN_KEY_CHECKS = 1");
}

} // namespace relata
