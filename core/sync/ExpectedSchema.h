#pragma once
// The LiveSchema a design should produce on a database: what introspection would read right
// after Relata created it, in CatalogNormalizer's canonical spelling (types, defaults, FK
// actions), with the quirks of each database's DDL (SQLite's INTEGER PRIMARY KEY, PostgreSQL's
// SERIAL and enum types, FKs skipped for primary-key columns in an FK cycle ...).
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"
#include "sync/LiveSchema.h"

namespace relata {

class ExpectedSchema {
public:
    static LiveSchema build(const ResolvedSchema& schema, const Dialect& dialect);
    static LiveTable table(const ResolvedSchema& schema, const Table& table, const Dialect& dialect);
    // The column as the catalog reads it (canonical type, nullability, default, auto-increment).
    static LiveColumn column(const Table& table, const Column& column, const Dialect& dialect);
    // The tables in the order Sequelize's sync creates them (see DdlGenerator).
    static std::vector<const Table*> createOrder(const ResolvedSchema& schema);
    // SQLite's INTEGER PRIMARY KEY: the single primary-key column of an integer type.
    static bool sqliteRowidKey(const Table& table, const Column& column, const Dialect& dialect);
};

} // namespace relata
