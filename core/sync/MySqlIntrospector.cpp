// MySQL / MariaDB: five information_schema queries for the whole database (tables, columns,
// index columns, foreign-key rules, foreign-key columns). The rules are read on their own and
// matched here: MariaDB joins KEY_COLUMN_USAGE with REFERENTIAL_CONSTRAINTS by scanning every
// database for each row (2 s of a 3 s no-op diff at 1,250 tables).
#include "sync/Introspector.h"

#include <QVariant>

#include <map>
#include <tuple>
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
const char* kForeignKeyRules =
    "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE "
    "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()";
const char* kForeignKeys =
    "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
    "FROM information_schema.KEY_COLUMN_USAGE "
    "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL "
    "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";

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
    // (table, constraint) -> (ON DELETE, ON UPDATE)
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> rules;
    auto rule = [&](const QSqlQuery& q) { rules[{str(q, 0), str(q, 1)}] = {str(q, 2), str(q, 3)}; };
    if (!connection.query(kForeignKeyRules, rule, &error)) return false;
    ok = connection.query(kForeignKeys, [&](const QSqlQuery& q) {
        LiveTable* t = find(str(q, 0));
        if (!t) return;
        const std::string name = str(q, 1);
        if (t->foreignKeys.empty() || t->foreignKeys.back().name != name) {
            LiveForeignKey fk;
            fk.name = name;
            fk.refTable = str(q, 3);
            const auto actions = rules.find({t->name, name});
            if (actions != rules.end()) std::tie(fk.onDelete, fk.onUpdate) = actions->second;
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
