#include "sync/Introspector.h"

namespace relata {

std::unique_ptr<Introspector> Introspector::create(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres: return std::make_unique<PostgresIntrospector>();
    case DialectKind::MySql: return std::make_unique<MySqlIntrospector>();
    case DialectKind::Sqlite: return std::make_unique<SqliteIntrospector>();
    }
    return nullptr;
}

} // namespace relata
