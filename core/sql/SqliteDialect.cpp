#include "sql/SqliteDialect.h"

namespace relata {

std::string SqliteDialect::quoteIdentifier(const std::string& name) const {
    std::string out;
    out.reserve(name.size() + 2);
    appendIdentifier(out, name);
    return out;
}

void SqliteDialect::appendString(std::string& out, std::string_view value) const {
    out += '\'';
    size_t start = 0;
    for (size_t pos; (pos = value.find('\'', start)) != std::string_view::npos; start = pos + 1) {
        out.append(value.data() + start, pos - start + 1);
        out += '\''; // doubled
    }
    out.append(value.data() + start, value.size() - start);
    out += '\'';
}

std::string SqliteDialect::quoteString(const std::string& value) const {
    std::string out;
    out.reserve(value.size() + 2);
    appendString(out, value);
    return out;
}

void SqliteDialect::appendTypeSql(std::string& out, const DataType& type) const {
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
        return; // no precision in SQLite
    case TypeId::DateOnly:
        out += "DATE";
        return;
    case TypeId::Time:
        out += "TIME";
        return;
    case TypeId::Uuid:
        out += "UUID";
        return;
    case TypeId::Json:
        out += "JSON";
        return;
    case TypeId::Jsonb:
        out += "JSONB";
        return;
    case TypeId::Blob:
        out += "BLOB";
        return;
    case TypeId::Enum:
        out += "TEXT";
        return; // sqlite ENUM.toSql()
    case TypeId::Unknown:
        break;
    }
    out += type.text();
}

void SqliteDialect::appendColumnDefinition(std::string& out, const TableContext& ctx, const Column& c) const {
    const size_t typeStart = out.size();
    appendTypeSql(out, c.type);
    if (c.primaryKey && ctx.primaryKeyCount == 1 &&
        std::string_view(out).substr(typeStart).find("INT") != std::string_view::npos) {
        // createTableQuery: a single primary key of an integer type becomes exactly
        // INTEGER PRIMARY KEY [AUTOINCREMENT] (NOT NULL, DEFAULT and UNIQUE are dropped).
        out.resize(typeStart);
        out += c.autoIncrement ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "INTEGER PRIMARY KEY";
        if (ctx.withForeignKeys) appendReferences(out, c);
        return;
    }
    if (!c.allowNull) out += " NOT NULL";
    appendDefault(out, c);
    if (c.unique && c.unique->flag) out += " UNIQUE";
    if (c.primaryKey) {
        if (ctx.primaryKeyCount == 1)
            out += " PRIMARY KEY";
        else if (c.allowNull)
            out += " NOT NULL"; // PRIMARY KEY -> NOT NULL, moved to the table clause
        if (c.autoIncrement) out += " AUTOINCREMENT";
    }
    if (ctx.withForeignKeys) appendReferences(out, c);
}

} // namespace relata
