// SQLite: sqlite_master joined with the table-valued pragmas, three queries for the whole file.
#include "sync/Introspector.h"

#include <QVariant>

#include <cctype>
#include <map>
#include <unordered_map>

namespace relata {

namespace {

const char* kColumns =
    "SELECT m.name, m.sql, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
    "FROM sqlite_master m LEFT JOIN pragma_table_info(m.name) p "
    "WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' ORDER BY m.name, p.cid";
const char* kForeignKeys =
    "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_delete, f.on_update "
    "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
    "WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' ORDER BY m.name, f.id, f.seq";
const char* kIndexes =
    "SELECT m.name, il.name, il.\"unique\", il.origin, ii.name "
    "FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii "
    "WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' ORDER BY m.name, il.name, ii.seqno";

std::string str(const QSqlQuery& q, int i) { return q.value(i).toString().toStdString(); }

} // namespace

bool SqliteIntrospector::declaresAutoincrement(const std::string& sql) {
    char quote = 0;
    std::string word;
    auto flush = [&]() {
        bool hit = false;
        if (word.size() == 13) {
            std::string up;
            for (char c : word) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            hit = up == "AUTOINCREMENT";
        }
        word.clear();
        return hit;
    };
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote) {
                if (i + 1 < sql.size() && sql[i + 1] == quote) ++i;
                else quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            if (flush()) return true;
            quote = c;
        } else if (c == '[') {
            if (flush()) return true;
            quote = ']';
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            word += c;
        } else if (flush()) {
            return true;
        }
    }
    return flush();
}

bool SqliteIntrospector::read(DatabaseConnection& connection, LiveSchema& out, std::string& error) {
    LiveSchema schema;
    std::unordered_map<std::string, size_t> byName;
    std::unordered_map<std::string, std::map<int, std::string>> pkOrder;
    std::unordered_map<std::string, bool> autoincrement;
    bool ok = connection.query(kColumns, [&](const QSqlQuery& q) {
        const std::string name = str(q, 0);
        auto [it, inserted] = byName.try_emplace(name, schema.tables.size());
        if (inserted) {
            schema.tables.emplace_back();
            schema.tables.back().name = name;
            autoincrement[name] = declaresAutoincrement(str(q, 1));
        }
        LiveTable& t = schema.tables[it->second];
        if (q.value(2).isNull()) return;
        LiveColumn c;
        c.name = str(q, 2);
        c.type = str(q, 3);
        c.nullable = q.value(4).toInt() == 0;
        c.defaultValue = textOf(q.value(5));
        const int pk = q.value(6).toInt();
        if (pk > 0) pkOrder[name][pk] = c.name;
        t.columns.push_back(std::move(c));
    }, &error);
    if (!ok) return false;
    for (LiveTable& t : schema.tables) {
        for (const auto& [pos, column] : pkOrder[t.name]) t.primaryKey.push_back(column);
        // AUTOINCREMENT is only allowed on the INTEGER PRIMARY KEY, so it names that column.
        if (autoincrement[t.name] && t.primaryKey.size() == 1)
            for (LiveColumn& c : t.columns)
                if (c.name == t.primaryKey.front()) c.autoIncrement = true;
    }
    ok = connection.query(kForeignKeys, [&](const QSqlQuery& q) {
        auto it = byName.find(str(q, 0));
        if (it == byName.end()) return;
        LiveTable& t = schema.tables[it->second];
        const std::string id = str(q, 1);
        if (t.foreignKeys.empty() || t.foreignKeys.back().name != id) {
            LiveForeignKey fk;
            fk.name = id; // SQLite has no constraint names: the id within the table
            fk.refTable = str(q, 2);
            fk.onDelete = str(q, 5);
            fk.onUpdate = str(q, 6);
            t.foreignKeys.push_back(std::move(fk));
        }
        t.foreignKeys.back().columns.push_back(str(q, 3));
        t.foreignKeys.back().refColumns.push_back(str(q, 4));
    }, &error);
    if (!ok) return false;
    for (LiveTable& t : schema.tables)
        for (LiveForeignKey& fk : t.foreignKeys) fk.name.clear();
    ok = connection.query(kIndexes, [&](const QSqlQuery& q) {
        auto it = byName.find(str(q, 0));
        if (it == byName.end()) return;
        LiveTable& t = schema.tables[it->second];
        const std::string name = str(q, 1);
        const std::string origin = str(q, 3);
        const std::string column = str(q, 4); // empty for an expression
        if (origin == "pk") return;
        if (origin == "u") {
            if (t.uniqueKeys.empty() || t.uniqueKeys.back().name != name) t.uniqueKeys.push_back(LiveKey{name, {}});
            t.uniqueKeys.back().columns.push_back(column);
        } else {
            if (t.indexes.empty() || t.indexes.back().name != name)
                t.indexes.push_back(LiveIndex{name, {}, q.value(2).toInt() != 0});
            t.indexes.back().columns.push_back(column);
        }
    }, &error);
    if (!ok) return false;
    out = std::move(schema);
    return true;
}

} // namespace relata
