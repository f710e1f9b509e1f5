#pragma once
// One class per database. Everything dialect-specific (quoting, types, defaults,
// auto-increment, enums, FK actions, identifier limits) lives behind this interface.
#include "resolve/ResolvedSchema.h"

#include <memory>
#include <string>
#include <vector>

namespace relata {

enum class DialectKind { Postgres, MySql, Sqlite };

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
};

} // namespace relata
