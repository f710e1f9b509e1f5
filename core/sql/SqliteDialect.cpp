#include "sql/SqliteDialect.h"

namespace relata {

namespace {

constexpr CharEscape kStringEscapes[] = {{'\'', "''"}};
constexpr TypeSpelling kTypes[] = {{TypeId::Enum, "TEXT", TypeArgs::None}}; // sqlite ENUM.toSql()

} // namespace

SqliteDialect::SqliteDialect() : Dialect({DialectKind::Sqlite, "sqlite", '`', 0, kStringEscapes, kTypes}) {}

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
