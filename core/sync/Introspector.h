#pragma once
// Reads a live schema from a database's catalogs into LiveSchema, in a few queries for the whole
// database (never one round trip per table). One implementation per database.
#include "sync/DatabaseConnection.h"
#include "sync/LiveSchema.h"

#include <memory>
#include <string>

namespace relata {

class Introspector {
public:
    virtual ~Introspector() = default;
    // Reads every table of the connection's database (postgres: its current schema). On failure
    // returns false with the database's message in `error`.
    virtual bool read(DatabaseConnection& connection, LiveSchema& out, std::string& error) = 0;

    static std::unique_ptr<Introspector> create(DialectKind kind);
};

class PostgresIntrospector final : public Introspector {
public:
    bool read(DatabaseConnection& connection, LiveSchema& out, std::string& error) override;
};

class MySqlIntrospector final : public Introspector {
public:
    bool read(DatabaseConnection& connection, LiveSchema& out, std::string& error) override;
};

class SqliteIntrospector final : public Introspector {
public:
    bool read(DatabaseConnection& connection, LiveSchema& out, std::string& error) override;
    // Whether a CREATE TABLE statement declares AUTOINCREMENT (outside quoted names and strings).
    static bool declaresAutoincrement(const std::string& createSql);
};

} // namespace relata
