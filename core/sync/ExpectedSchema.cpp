#include "sync/ExpectedSchema.h"

#include "sql/PostgresDialect.h"
#include "sync/CatalogNormalizer.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace relata {

namespace {

size_t primaryKeyCount(const Table& t) {
    size_t n = 0;
    for (const Column& c : t.columns) n += c.primaryKey ? 1 : 0;
    return n;
}

bool isPgSerialType(const std::string& key) { return key == "INTEGER" || key == "BIGINT" || key == "SMALLINT"; }

} // namespace

std::vector<const Table*> ExpectedSchema::createOrder(const ResolvedSchema& schema) {
    std::vector<const Table*> order;
    order.reserve(schema.tables.size());
    if (schema.cyclic || schema.syncOrder.empty()) {
        for (const Table& t : schema.tables) order.push_back(&t);
        return order;
    }
    std::unordered_map<std::string_view, std::vector<size_t>> byName;
    for (size_t i = schema.tables.size(); i-- > 0;) byName[schema.tables[i].tableName].push_back(i);
    std::vector<char> used(schema.tables.size(), 0);
    for (const std::string& name : schema.syncOrder) {
        auto it = byName.find(name);
        if (it == byName.end() || it->second.empty()) continue;
        const size_t i = it->second.back();
        it->second.pop_back();
        used[i] = 1;
        order.push_back(&schema.tables[i]);
    }
    for (size_t i = 0; i < schema.tables.size(); ++i)
        if (!used[i]) order.push_back(&schema.tables[i]);
    return order;
}

bool ExpectedSchema::sqliteRowidKey(const Table& table, const Column& column, const Dialect& dialect) {
    if (dialect.kind() != DialectKind::Sqlite || !column.primaryKey || primaryKeyCount(table) != 1) return false;
    return dialect.typeSql(column.type).find("INT") != std::string::npos;
}

LiveColumn ExpectedSchema::column(const Table& table, const Column& c, const Dialect& dialect) {
    const DialectKind kind = dialect.kind();
    LiveColumn out;
    out.name = c.field;
    std::string type;
    std::string defaultSql = dialect.defaultLiteral(c);
    switch (kind) {
    case DialectKind::Postgres:
        if (c.type.key == "ENUM") type = PostgresDialect::enumTypeName(table, c);
        else dialect.appendColumnType(type, table, c);
        out.autoIncrement = c.autoIncrement && isPgSerialType(c.type.key);
        out.nullable = c.allowNull && !c.primaryKey && !out.autoIncrement;
        if (out.autoIncrement) defaultSql.clear();
        break;
    case DialectKind::MySql:
        dialect.appendColumnType(type, table, c);
        out.autoIncrement = c.autoIncrement;
        out.nullable = c.allowNull && !c.primaryKey;
        break;
    case DialectKind::Sqlite: {
        const size_t pkCount = primaryKeyCount(table);
        if (sqliteRowidKey(table, c, dialect)) {
            type = "INTEGER";
            out.autoIncrement = c.autoIncrement;
            out.nullable = true; // SQLite reports notnull = 0 for the rowid alias
            defaultSql.clear();
        } else {
            dialect.appendColumnType(type, table, c);
            out.nullable = c.allowNull && !(c.primaryKey && pkCount > 1);
        }
        break;
    }
    }
    out.type = CatalogNormalizer::canonicalType(kind, type);
    if (!defaultSql.empty() && defaultSql != "NULL") out.defaultValue = defaultSql;
    return out;
}

LiveTable ExpectedSchema::table(const ResolvedSchema& schema, const Table& t, const Dialect& dialect) {
    const DialectKind kind = dialect.kind();
    LiveTable out;
    out.name = t.tableName;
    out.columns.reserve(t.columns.size());
    for (const Column& c : t.columns) {
        out.columns.push_back(column(t, c, dialect));
        if (c.primaryKey) out.primaryKey.push_back(c.field);
    }
    std::set<std::vector<std::string>> seen;
    auto addUnique = [&](const std::string& name, const std::vector<std::string>& fields) {
        if (fields.empty() || fields == out.primaryKey || !seen.insert(fields).second) return;
        out.uniqueKeys.push_back(LiveKey{name, fields});
    };
    for (const UniqueKey& k : t.uniqueKeys) {
        if (k.named) {
            addUnique(k.name, k.fields);
            continue;
        }
        for (const std::string& f : k.fields) {
            const Column* c = t.findField(f);
            if (c && sqliteRowidKey(t, *c, dialect)) continue; // INTEGER PRIMARY KEY drops UNIQUE
            addUnique(k.name, {f});
        }
    }
    for (const TableIndex& i : t.indexes) {
        LiveIndex index{Dialect::indexName(t, i), i.fields, i.unique};
        if (i.unique && (i.fields == out.primaryKey || seen.count(i.fields))) continue;
        out.indexes.push_back(std::move(index));
    }
    const bool deferred = schema.cyclic && dialect.defersForeignKeysInCycle();
    for (const Column& c : t.columns) {
        if (!c.references) continue;
        if (deferred && c.primaryKey) continue; // the second pass skips primary-key columns
        LiveForeignKey fk;
        fk.columns = {c.field};
        fk.refTable = c.references->table;
        fk.refColumns = {c.references->key.empty() ? std::string("id") : c.references->key};
        fk.onDelete = CatalogNormalizer::action(kind, c.onDelete.value_or(""));
        fk.onUpdate = CatalogNormalizer::action(kind, c.onUpdate.value_or(""));
        out.foreignKeys.push_back(std::move(fk));
    }
    return out;
}

LiveSchema ExpectedSchema::build(const ResolvedSchema& schema, const Dialect& dialect) {
    LiveSchema out;
    std::set<std::string> names;
    std::set<std::string> enumNames;
    for (const Table* t : createOrder(schema)) {
        if (!names.insert(t->tableName).second) continue; // CREATE TABLE IF NOT EXISTS: the first wins
        out.tables.push_back(table(schema, *t, dialect));
        if (dialect.kind() != DialectKind::Postgres) continue;
        for (const Column& c : t->columns) {
            if (c.type.key != "ENUM") continue;
            const std::string name = PostgresDialect::enumTypeName(*t, c);
            auto it = std::find_if(out.enums.begin(), out.enums.end(), [&](const LiveEnum& e) { return e.name == name; });
            if (it != out.enums.end()) it->labels = c.type.values; // DROP TYPE + CREATE TYPE: the last wins
            else out.enums.push_back(LiveEnum{name, c.type.values});
        }
    }
    return out;
}

} // namespace relata
