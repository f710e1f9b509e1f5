#include "sql/PostgresDialect.h"

namespace relata {

std::string PostgresDialect::quoteIdentifier(const std::string& name) const {
    std::string out;
    out.reserve(name.size() + 2);
    appendIdentifier(out, name);
    return out;
}

void PostgresDialect::appendString(std::string& out, std::string_view value) const {
    // Standard-conforming string: only ' is special. NUL cannot be stored; Sequelize writes \0.
    out += '\'';
    size_t start = 0;
    for (size_t pos; (pos = value.find_first_of(std::string_view("'\0", 2), start)) != std::string_view::npos;
         start = pos + 1) {
        out.append(value.data() + start, pos - start);
        out += value[pos] == '\'' ? "''" : "\\0";
    }
    out.append(value.data() + start, value.size() - start);
    out += '\'';
}

std::string PostgresDialect::quoteString(const std::string& value) const {
    std::string out;
    out.reserve(value.size() + 2);
    appendString(out, value);
    return out;
}

std::string PostgresDialect::placeholder(int n) const {
    std::string out(1, '$');
    out += std::to_string(n);
    return out;
}

bool PostgresDialect::supportsType(const DataType& type) const {
    // Sequelize keeps TINYINT / MEDIUMINT as written; PostgreSQL has neither.
    const TypeId id = typeId(type.key);
    return id != TypeId::TinyInt && id != TypeId::MediumInt;
}

void PostgresDialect::appendTypeSql(std::string& out, const DataType& type) const {
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
    // Integer types drop LENGTH (removeUnsupportedIntegerOptions); MEDIUMINT is not overridden.
    case TypeId::Integer:
    case TypeId::BigInt:
    case TypeId::SmallInt:
    case TypeId::TinyInt:
        out += type.key;
        return;
    case TypeId::MediumInt:
        appendNumberType(out, type.key, type);
        return;
    case TypeId::Float: // FLOAT(p) is kept; with (non-zero) decimals plain FLOAT
        if (hasNonZeroArg(type, 1))
            out += "FLOAT";
        else
            appendNumberType(out, "FLOAT", type);
        return;
    case TypeId::Double:
        out += "DOUBLE PRECISION";
        return;
    case TypeId::Real:
        out += "REAL";
        return;
    case TypeId::Decimal:
        appendDecimalType(out, type);
        return;
    case TypeId::Boolean:
        out += "BOOLEAN";
        return;
    case TypeId::Date:
        out += "TIMESTAMP WITH TIME ZONE";
        return;
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
        out += "BYTEA";
        return;
    case TypeId::Enum:
        appendEnumValues(out, type);
        return; // attributeToSQL's form; columns use the type name
    case TypeId::Unknown:
        break;
    }
    out += type.text();
}

std::string PostgresDialect::enumTypeName(const Table& table, const Column& column) {
    // Utils.generateEnumName + addTicks: double quotes inside the name are removed.
    std::string name = "enum_";
    name.reserve(6 + table.tableName.size() + column.field.size());
    for (char c : table.tableName)
        if (c != '"') name += c;
    name += '_';
    for (char c : column.field)
        if (c != '"') name += c;
    return name;
}

void PostgresDialect::appendColumnType(std::string& out, const Table& table, const Column& column) const {
    if (typeId(column.type.key) == TypeId::Enum)
        appendIdentifier(out, enumTypeName(table, column));
    else
        appendTypeSql(out, column.type);
}

void PostgresDialect::appendColumnDefinition(std::string& out, const TableContext& ctx,
                                             const Column& c) const {
    if (c.autoIncrement) {
        // "<type> NOT NULL SERIAL" with the type and NOT NULL removed (dataTypeMapping):
        // INTEGER -> SERIAL, BIGINT -> BIGSERIAL, SMALLINT -> SMALLSERIAL. Other types keep
        // theirs and fail in PostgreSQL, as they do with Sequelize.
        const TypeId id = typeId(c.type.key);
        if (id == TypeId::BigInt)
            out += "BIGSERIAL";
        else if (id == TypeId::SmallInt)
            out += "SMALLSERIAL";
        else if (id == TypeId::Integer)
            out += "SERIAL";
        else {
            appendColumnType(out, ctx.table, c);
            out += " SERIAL";
        }
    } else {
        appendColumnType(out, ctx.table, c);
        if (!c.allowNull) out += " NOT NULL";
    }
    appendDefault(out, c);
    if (c.unique && c.unique->flag) out += " UNIQUE";
    // PRIMARY KEY is moved to the table's PRIMARY KEY (...) clause.
    if (ctx.withForeignKeys) appendReferences(out, c);
}

void PostgresDialect::beforeCreateTable(std::vector<std::string>& out, const Table& table) const {
    // ensureEnums() with sync({force: true}): pgEnum() prefixes the CREATE TYPE with a DROP.
    for (const Column& c : table.columns) {
        if (typeId(c.type.key) != TypeId::Enum) continue;
        const std::string typeName = enumTypeName(table, c);
        std::string drop = "DROP TYPE IF EXISTS ";
        appendIdentifier(drop, typeName);
        out.push_back(std::move(drop));
        std::string create = "CREATE TYPE ";
        appendIdentifier(create, typeName);
        create += " AS ";
        appendEnumValues(create, c.type);
        out.push_back(std::move(create));
    }
}

void PostgresDialect::afterCreateTable(std::vector<std::string>& out, const Table& table) const {
    // createTableQuery moves column comments into COMMENT ON COLUMN statements.
    for (const Column& c : table.columns) {
        if (!c.comment || c.comment->empty()) continue;
        std::string s = "COMMENT ON COLUMN ";
        appendIdentifier(s, table.tableName);
        s += '.';
        appendIdentifier(s, c.field);
        s += " IS ";
        appendString(s, *c.comment);
        out.push_back(std::move(s));
    }
    Dialect::afterCreateTable(out, table);
}

void PostgresDialect::deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                               const Column& c) const {
    if (c.primaryKey) return;
    if (c.references) {
        out.push_back(addForeignKey(table, c));
        return;
    }
    // changeColumnQuery turns a definition ending in UNIQUE into ADD UNIQUE, a second unique
    // constraint on the column (with a DEFAULT the UNIQUE is swallowed by the SET DEFAULT part).
    if (c.unique && c.unique->flag && !defaultSchemable(c) && !(c.comment && !c.comment->empty())) {
        std::string s = "ALTER TABLE ";
        appendIdentifier(s, table.tableName);
        s += " ADD UNIQUE (";
        appendIdentifier(s, c.field);
        s += ')';
        out.push_back(std::move(s));
    }
}

std::string PostgresDialect::dropTable(const Table& table) const {
    std::string out = Dialect::dropTable(table);
    out += " CASCADE";
    return out;
}

void PostgresDialect::afterDropTable(std::vector<std::string>& out, const Table& table) const {
    for (const Column& c : table.columns) {
        if (typeId(c.type.key) != TypeId::Enum) continue;
        std::string s = "DROP TYPE IF EXISTS ";
        appendIdentifier(s, enumTypeName(table, c));
        out.push_back(std::move(s));
    }
}

void PostgresDialect::appendBlobLiteral(std::string& out, const std::string& hex) const {
    out += "E'\\\\x";
    out += hex;
    out += '\'';
}

} // namespace relata
