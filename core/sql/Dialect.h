#pragma once
// One class per database. Everything dialect-specific (quoting, types, defaults,
// auto-increment, enums, FK actions, identifier limits) lives behind this interface.
//
// The DDL building blocks below reproduce what Sequelize 6.37.8's query generators write
// (attributeToSQL / createTableQuery / addIndexQuery / changeColumnQuery per dialect), but
// structurally: pieces are appended per column instead of being patched into strings, so a
// hostile identifier can never be mistaken for a keyword. DdlGenerator assembles them in one
// dialect-neutral pass.
#include "resolve/ResolvedSchema.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace relata {

enum class DialectKind { Postgres, MySql, Sqlite };

// What a column definition needs to know about its table.
struct TableContext {
    const Table& table;
    size_t primaryKeyCount = 0;  // columns with primaryKey
    bool withForeignKeys = true; // false in the first pass of an FK cycle (postgres/mysql)
};

// DataType keys as an enum, for dispatch on the hot path.
enum class TypeId {
    Unknown,
    String,
    Char,
    Text,
    Integer,
    BigInt,
    SmallInt,
    TinyInt,
    MediumInt,
    Float,
    Double,
    Real,
    Decimal,
    Boolean,
    Date,
    DateOnly,
    Time,
    Uuid,
    Json,
    Jsonb,
    Blob,
    Enum
};
TypeId typeId(const std::string& key); // "STRING" -> TypeId::String; unknown keys -> Unknown

class Dialect {
public:
    virtual ~Dialect() = default;
    virtual DialectKind kind() const = 0;
    virtual std::string name() const = 0; // "postgres", "mysql", "sqlite"
    // Quotes an identifier so that any name (quotes, semicolons, spaces) stays one identifier.
    virtual std::string quoteIdentifier(const std::string& name) const = 0;
    // A SQL string literal.
    virtual std::string quoteString(const std::string& value) const = 0;
    virtual size_t maxIdentifierLength() const = 0; // 63 postgres, 64 mysql, 0 = no limit
    // false when the database has no such type (JSONB outside PostgreSQL).
    virtual bool supportsType(const DataType& type) const = 0;
    // Parameter placeholder for the n-th (1-based) bound value: $1 or ?.
    virtual std::string placeholder(int n) const = 0;

    static std::unique_ptr<Dialect> create(DialectKind kind);
    static bool parse(const std::string& name, DialectKind& out); // postgres|postgresql|mysql|mariadb|sqlite
    static std::vector<DialectKind> all();

    // ---- Quoting (append forms, used on the hot path) ----
    // The quote character of identifiers: '"' or '`'. Embedded ones are doubled.
    virtual char identifierQuote() const = 0;
    void appendIdentifier(std::string& out, std::string_view name) const;
    virtual void appendString(std::string& out, std::string_view value) const = 0;

    // ---- Types and values ----
    // DataType.toSql() of this dialect: "VARCHAR(255)", "TIMESTAMP WITH TIME ZONE",
    // "ENUM('a', 'b')" (mysql; postgres before its type name replaces it), "TEXT" (sqlite ENUM).
    virtual void appendTypeSql(std::string& out, const DataType& type) const = 0;
    std::string typeSql(const DataType& type) const;
    // The type as written in the column definition (postgres ENUM: its "enum_<table>_<field>").
    virtual void appendColumnType(std::string& out, const Table& table, const Column& column) const;
    // Appends " DEFAULT <literal>" when Sequelize writes a database default. NOW / UUIDV4 are set
    // by Sequelize on the client (defaultValueSchemable() is false): no DEFAULT clause.
    virtual void appendDefault(std::string& out, const Column& column) const;
    // The literal Sequelize's escape(value, attribute) gives; empty when there is none.
    std::string defaultLiteral(const Column& column) const;
    virtual std::string booleanLiteral(bool value) const { return value ? "true" : "false"; }

    // ---- Column definitions and table constraints ----
    // Everything after the quoted column name inside CREATE TABLE (...).
    virtual void appendColumnDefinition(std::string& out, const TableContext& ctx,
                                        const Column& column) const = 0;
    // ` REFERENCES "t" ("k") ON DELETE X ON UPDATE Y` (actions upper-cased, absent ones omitted).
    void appendReferences(std::string& out, const Column& column) const;
    // Named (`unique: "name"`) keys, then PRIMARY KEY (...), then table-level FKs (mysql).
    virtual void appendTableConstraints(std::string& out, const TableContext& ctx) const;
    virtual void appendUniqueConstraint(std::string& out, const Table& table, const UniqueKey& key) const;
    // Whether PRIMARY KEY (...) is written after the columns (else inline, sqlite single PK).
    virtual bool primaryKeyAsTableConstraint(const TableContext& ctx) const;
    virtual void appendForeignKeyConstraints(std::string& out, const TableContext& ctx) const;
    virtual void appendCreateTableSuffix(std::string& out) const;

    // ---- Statements around a table ----
    // The whole CREATE TABLE statement (no trailing ';').
    std::string createTable(const TableContext& ctx) const;
    // Before CREATE TABLE: postgres enum types (DROP TYPE IF EXISTS + CREATE TYPE, as force sync).
    virtual void beforeCreateTable(std::vector<std::string>& out, const Table& table) const;
    // After CREATE TABLE: postgres column comments, then the model's indexes.
    virtual void afterCreateTable(std::vector<std::string>& out, const Table& table) const;
    virtual std::string createIndex(const Table& table, const TableIndex& index) const;
    // Sequelize's Utils.nameIndex: underscore(`${tableName}_${fields.join('_')}`) when unnamed.
    static std::string indexName(const Table& table, const TableIndex& index);

    // ---- FK cycles ----
    // true: tables are created without FKs, then altered (postgres/mysql). false: sqlite
    // creates the tables in definition order with inline references.
    virtual bool defersForeignKeysInCycle() const { return true; }
    // The second pass (sync({alter: true}) per model) for one column: ADD FOREIGN KEY for a
    // non-PK column with references; the re-declared UNIQUE Sequelize's changeColumn adds.
    virtual void deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                          const Column& column) const;
    std::string addForeignKey(const Table& table, const Column& column) const;

    // ---- Drops ----
    virtual std::string dropTable(const Table& table) const;
    virtual void afterDropTable(std::vector<std::string>& out, const Table& table) const;
    virtual void beforeDropAll(std::vector<std::string>& out, bool cyclic) const;
    virtual void afterDropAll(std::vector<std::string>& out, bool cyclic) const;

protected:
    // Shared helpers for the dialects.
    void appendIdentifierList(std::string& out, const std::vector<std::string>& names, const char* sep) const;
    static void appendUpper(std::string& out, std::string_view s);
    // escape(value) without a field (the mysql dialect's DEFAULT).
    void appendPlainLiteral(std::string& out, const OrderedJson& value) const;
    // escape(value, attribute): the type's stringify first (JSON, FLOAT/DOUBLE/REAL, BLOB ...).
    void appendTypedLiteral(std::string& out, const OrderedJson& value, const DataType& type) const;
    virtual void appendBlobLiteral(std::string& out, const std::string& hex) const;
    // true when a `defaultValue` gives a database default (false for {"fn": ...}).
    static bool defaultSchemable(const Column& column);
    // NUMBER.toSql: KEY[(length[,decimals])].
    static void appendNumberType(std::string& out, std::string_view key, const DataType& type);
    // DECIMAL[(p[,s])] without zero parts.
    static void appendDecimalType(std::string& out, const DataType& type);
    // VARCHAR(n) / CHAR(n), n = 255 when absent.
    static void appendSizedType(std::string& out, std::string_view sqlName, const DataType& type);
    static bool hasNonZeroArg(const DataType& type, size_t i);
    // ENUM('a', 'b') with this dialect's string literals.
    void appendEnumValues(std::string& out, const DataType& type) const;
};

} // namespace relata
