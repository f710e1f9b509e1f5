#include "sql/MySqlDialect.h"

namespace relata {

std::string MySqlDialect::quoteIdentifier(const std::string& name) const {
    std::string out;
    out.reserve(name.size() + 2);
    appendIdentifier(out, name);
    return out;
}

void MySqlDialect::appendString(std::string& out, std::string_view value) const {
    // Sequelize's mysql escaping, except that ' is doubled (valid with and without
    // NO_BACKSLASH_ESCAPES, so a literal can never end early).
    out += '\'';
    for (char c : value) {
        switch (c) {
        case '\0':
            out += "\\0";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\x1a':
            out += "\\Z";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "''";
            break;
        case '"':
            out += "\\\"";
            break;
        default:
            out += c;
        }
    }
    out += '\'';
}

std::string MySqlDialect::quoteString(const std::string& value) const {
    std::string out;
    out.reserve(value.size() + 2);
    appendString(out, value);
    return out;
}

void MySqlDialect::appendTypeSql(std::string& out, const DataType& type) const {
    switch (typeId(type.key)) {
    case TypeId::String:
        appendSizedType(out, "VARCHAR", type);
        return;
    case TypeId::Char:
        appendSizedType(out, "CHAR", type);
        return;
    case TypeId::Text:
        out += "TEXT";
        return;
    case TypeId::Integer:
    case TypeId::BigInt:
    case TypeId::SmallInt:
    case TypeId::TinyInt:
    case TypeId::MediumInt:
    case TypeId::Float:
    case TypeId::Real:
        appendNumberType(out, type.key, type);
        return;
    case TypeId::Double:
        appendNumberType(out, "DOUBLE PRECISION", type);
        return;
    case TypeId::Decimal:
        appendDecimalType(out, type);
        return;
    case TypeId::Boolean:
        out += "TINYINT(1)";
        return;
    case TypeId::Date:
        out += "DATETIME";
        if (hasNonZeroArg(type, 0)) {
            out += '(';
            out += type.args[0];
            out += ')';
        }
        return;
    case TypeId::DateOnly:
        out += "DATE";
        return;
    case TypeId::Time:
        out += "TIME";
        return;
    case TypeId::Uuid:
        out += "CHAR(36) BINARY";
        return;
    case TypeId::Json:
        out += "JSON";
        return;
    case TypeId::Jsonb:
        out += "JSONB";
        return; // as Sequelize writes it: MariaDB rejects it
    case TypeId::Blob:
        out += "BLOB";
        return;
    case TypeId::Enum:
        appendEnumValues(out, type);
        return;
    case TypeId::Unknown:
        break;
    }
    out += type.text();
}

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
    std::string out = "ALTER TABLE ";
    appendIdentifier(out, table.tableName);
    out += index.unique ? " ADD UNIQUE INDEX " : " ADD INDEX ";
    appendIdentifier(out, indexName(table, index));
    out += " (";
    appendIdentifierList(out, index.fields, ", ");
    out += ')';
    return out;
}

void MySqlDialect::deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                            const Column& c) const {
    if (c.primaryKey) return;
    if (c.references) {
        out.push_back(addForeignKey(table, c));
        return;
    }
    // changeColumnQuery re-declares every other column (CHANGE `c` `c` <definition>). Only a
    // UNIQUE column changes anything: MariaDB adds a second unique index for it.
    if (c.unique && c.unique->flag) {
        std::string s = "ALTER TABLE ";
        appendIdentifier(s, table.tableName);
        s += " CHANGE ";
        appendIdentifier(s, c.field);
        s += ' ';
        appendIdentifier(s, c.field);
        s += ' ';
        TableContext ctx{table, 0, false};
        appendColumnDefinition(s, ctx, c);
        out.push_back(std::move(s));
    }
}

void MySqlDialect::beforeDropAll(std::vector<std::string>& out, bool cyclic) const {
    // With an FK cycle no drop order works; Sequelize removes the constraints first.
    if (cyclic) out.emplace_back("SET FOREIGN_KEY_CHECKS = 0");
}

void MySqlDialect::afterDropAll(std::vector<std::string>& out, bool cyclic) const {
    if (cyclic) out.emplace_back("SET FOREIGN_KEY_CHECKS = 1");
}

} // namespace relata
