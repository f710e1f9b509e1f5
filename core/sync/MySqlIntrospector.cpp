// MySQL / MariaDB: four information_schema queries for the whole database (tables, columns,
// index columns, foreign-key columns with their rules).
#include "sync/Introspector.h"

#include <QVariant>

#include <unordered_map>

namespace relata {

namespace {

const char* kTables =
    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
    "ORDER BY TABLE_NAME";
const char* kColumns =
    "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION";
const char* kIndexes =
    "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
const char* kForeignKeys =
    "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
    "r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k "
    "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
    "AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
    "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL "
    "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";

std::string str(const QSqlQuery& q, int i) { return q.value(i).toString().toStdString(); }

} // namespace

bool MySqlIntrospector::read(DatabaseConnection& connection, LiveSchema& out, std::string& error) {
    LiveSchema schema;
    std::unordered_map<std::string, size_t> byName;
    bool ok = connection.query(kTables, [&](const QSqlQuery& q) {
        byName.emplace(str(q, 0), schema.tables.size());
        schema.tables.emplace_back();
        schema.tables.back().name = str(q, 0);
    }, &error);
    if (!ok) return false;
    auto find = [&](const std::string& name) -> LiveTable* {
        auto it = byName.find(name);
        return it == byName.end() ? nullptr : &schema.tables[it->second];
    };
    ok = connection.query(kColumns, [&](const QSqlQuery& q) {
        LiveTable* t = find(str(q, 0));
        if (!t) return; // a view
        LiveColumn c;
        c.name = str(q, 1);
        c.type = str(q, 2);
        c.nullable = str(q, 3) == "YES";
        c.defaultValue = textOf(q.value(4));
        // MariaDB reads "no default" on a nullable column as the text NULL ('NULL' is a string).
        if (c.defaultValue && *c.defaultValue == "NULL") c.defaultValue.reset();
        c.autoIncrement = str(q, 5).find("auto_increment") != std::string::npos;
        t->columns.push_back(std::move(c));
    }, &error);
    if (!ok) return false;
    ok = connection.query(kIndexes, [&](const QSqlQuery& q) {
        LiveTable* t = find(str(q, 0));
        if (!t) return;
        const std::string name = str(q, 1);
        const bool unique = q.value(2).toInt() == 0;
        std::string column = str(q, 3);
        if (!q.value(4).isNull()) column += "(" + str(q, 4) + ")"; // a prefix index: never a design index
        if (name == "PRIMARY") {
            t->primaryKeyName = name;
            t->primaryKey.push_back(column);
            return;
        }
        if (unique) {
            if (t->uniqueKeys.empty() || t->uniqueKeys.back().name != name) t->uniqueKeys.push_back(LiveKey{name, {}});
            t->uniqueKeys.back().columns.push_back(column);
        } else {
            if (t->indexes.empty() || t->indexes.back().name != name) t->indexes.push_back(LiveIndex{name, {}, false});
            t->indexes.back().columns.push_back(column);
        }
    }, &error);
    if (!ok) return false;
    ok = connection.query(kForeignKeys, [&](const QSqlQuery& q) {
        LiveTable* t = find(str(q, 0));
        if (!t) return;
        const std::string name = str(q, 1);
        if (t->foreignKeys.empty() || t->foreignKeys.back().name != name) {
            LiveForeignKey fk;
            fk.name = name;
            fk.refTable = str(q, 3);
            fk.onDelete = str(q, 5);
            fk.onUpdate = str(q, 6);
            t->foreignKeys.push_back(std::move(fk));
        }
        t->foreignKeys.back().columns.push_back(str(q, 2));
        t->foreignKeys.back().refColumns.push_back(str(q, 4));
    }, &error);
    if (!ok) return false;
    out = std::move(schema);
    return true;
}

} // namespace relata
