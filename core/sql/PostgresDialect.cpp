#include "sql/PostgresDialect.h"

namespace relata {

namespace {

// Standard-conforming strings: only ' is special. NUL cannot be stored; Sequelize writes \0.
constexpr CharEscape kStringEscapes[] = {{'\'', "''"}, {'\0', "\\0"}};

constexpr TypeSpelling kTypes[] = {
    // Integer types drop LENGTH (removeUnsupportedIntegerOptions); MEDIUMINT is not overridden.
    {TypeId::Integer, "INTEGER", TypeArgs::None},
    {TypeId::BigInt, "BIGINT", TypeArgs::None},
    {TypeId::SmallInt, "SMALLINT", TypeArgs::None},
    {TypeId::TinyInt, "TINYINT", TypeArgs::None},
    {TypeId::Float, "FLOAT", TypeArgs::NumberIfWhole}, // FLOAT(p) is kept; with decimals plain FLOAT
    {TypeId::Double, "DOUBLE PRECISION", TypeArgs::None},
    {TypeId::Real, "REAL", TypeArgs::None},
    {TypeId::Boolean, "BOOLEAN", TypeArgs::None},
    {TypeId::Date, "TIMESTAMP WITH TIME ZONE", TypeArgs::None},
    {TypeId::Blob, "BYTEA", TypeArgs::None},
    // ENUM('a', ...) is attributeToSQL's form; columns use the type name (appendColumnType).
};

} // namespace

PostgresDialect::PostgresDialect()
    : Dialect({DialectKind::Postgres, "postgres", '"', 63, kStringEscapes, kTypes}) {}

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

void PostgresDialect::redeclareUnique(std::vector<std::string>& out, const Table& table,
                                      const Column& c) const {
    // changeColumnQuery turns a definition ending in UNIQUE into ADD UNIQUE, a second unique
    // constraint on the column (with a DEFAULT the UNIQUE is swallowed by the SET DEFAULT part).
    if (defaultSchemable(c) || (c.comment && !c.comment->empty())) return;
    std::string s = alterTable(table);
    s += " ADD UNIQUE (";
    appendIdentifier(s, c.field);
    s += ')';
    out.push_back(std::move(s));
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
