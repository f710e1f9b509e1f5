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

#include <array>
#include <memory>
#include <span>
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

// How a dialect spells a type key. The base class writes every form; a dialect only lists the
// keys it spells differently from the shared table (kCommonTypes in Dialect.cpp).
enum class TypeArgs : unsigned char {
    AsWritten,     // an unknown key: type.text()
    None,          // the name alone: "TEXT", "BOOLEAN"
    Number,        // NUMBER.toSql: NAME[(length[,decimals])]
    NumberIfWhole, // postgres FLOAT: FLOAT(p), but plain FLOAT when decimals are given
    Precision,     // NAME[(p)] for a non-zero p (mysql DATETIME(3))
    Sized,         // STRING / CHAR: NAME(n), 255 without a length
    Decimal,       // DECIMAL[(p[,s])] without its zero parts
    EnumValues     // ENUM('a', 'b') with this dialect's string literals
};
struct TypeSpelling {
    TypeId id;
    std::string_view sql;
    TypeArgs args;
};
// A character a string literal escapes, and what it becomes.
struct CharEscape {
    char c;
    std::string_view with;
};
// What sets a dialect's spelling apart, as data: the base class does all the writing with it.
struct DialectSpec {
    DialectKind kind;
    const char* name;                          // "postgres", "mysql", "sqlite"
    char identifierQuote;                      // '"' or '`'; embedded ones are doubled
    size_t maxIdentifierLength;                // 0 = no limit
    std::span<const CharEscape> stringEscapes; // inside '...'
    std::span<const TypeSpelling> types;       // where the spelling differs from kCommonTypes
};

class Dialect {
public:
    explicit Dialect(const DialectSpec& spec);
    virtual ~Dialect() = default;
    DialectKind kind() const { return kind_; }
    std::string name() const { return name_; }
    // Quotes an identifier so that any name (quotes, semicolons, spaces) stays one identifier.
    std::string quoteIdentifier(const std::string& name) const;
    // A SQL string literal.
    std::string quoteString(const std::string& value) const;
    size_t maxIdentifierLength() const { return maxIdentifierLength_; } // 63 postgres, 64 mysql, 0 = none
    // false when the database has no such type (JSONB outside PostgreSQL).
    virtual bool supportsType(const DataType& type) const { return typeId(type.key) != TypeId::Jsonb; }
    // Parameter placeholder for the n-th (1-based) bound value: $1 or ?.
    virtual std::string placeholder(int) const { return "?"; }

    static std::unique_ptr<Dialect> create(DialectKind kind);
    static bool parse(const std::string& name, DialectKind& out); // postgres|postgresql|mysql|mariadb|sqlite
    static std::vector<DialectKind> all();

    // ---- Quoting (append forms, used on the hot path) ----
    // The quote character of identifiers: '"' or '`'. Embedded ones are doubled.
    char identifierQuote() const { return identifierQuote_; }
    void appendIdentifier(std::string& out, std::string_view name) const;
    void appendString(std::string& out, std::string_view value) const;

    // ---- Types and values ----
    // DataType.toSql() of this dialect: "VARCHAR(255)", "TIMESTAMP WITH TIME ZONE",
    // "ENUM('a', 'b')" (mysql; postgres before its type name replaces it), "TEXT" (sqlite ENUM).
    void appendTypeSql(std::string& out, const DataType& type) const;
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
    // non-PK column with references, else what redeclareUnique() adds for a UNIQUE one.
    void deferredColumnStatements(std::vector<std::string>& out, const Table& table,
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
    // "ALTER TABLE <table>": the start of every statement of the second pass.
    std::string alterTable(const Table& table) const;
    // What Sequelize's changeColumn re-declares for a UNIQUE non-key column in the second pass
    // (nothing by default).
    virtual void redeclareUnique(std::vector<std::string>& out, const Table& table,
                                 const Column& column) const;
    // escape(value) without a field (the mysql dialect's DEFAULT).
    void appendPlainLiteral(std::string& out, const OrderedJson& value) const;
    // escape(value, attribute): the type's stringify first (JSON, FLOAT/DOUBLE/REAL, BLOB ...).
    void appendTypedLiteral(std::string& out, const OrderedJson& value, const DataType& type) const;
    virtual void appendBlobLiteral(std::string& out, const std::string& hex) const;
    // true when a `defaultValue` gives a database default (false for {"fn": ...}).
    static bool defaultSchemable(const Column& column);
    // ENUM('a', 'b') with this dialect's string literals.
    void appendEnumValues(std::string& out, const DataType& type) const;

private:
    static constexpr size_t kTypeIdCount = static_cast<size_t>(TypeId::Enum) + 1;

    DialectKind kind_;
    const char* name_;
    char identifierQuote_;
    size_t maxIdentifierLength_;
    std::span<const CharEscape> stringEscapes_;
    std::string stringSpecials_;                   // the characters of stringEscapes_, for find_first_of
    std::array<TypeSpelling, kTypeIdCount> types_; // kCommonTypes with the dialect's own spellings
};

} // namespace relata
