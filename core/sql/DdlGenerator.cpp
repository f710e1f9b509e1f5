#include "sql/DdlGenerator.h"

#include <string_view>
#include <unordered_map>

namespace relata {

namespace {

// The tables in the order sync({force: true}) creates them: syncOrder without a cycle (tables it
// does not name follow in definition order), definition order with one.
std::vector<const Table*> createOrder(const ResolvedSchema& schema) {
    std::vector<const Table*> order;
    order.reserve(schema.tables.size());
    if (schema.cyclic || schema.syncOrder.empty()) {
        for (const Table& t : schema.tables)
            order.push_back(&t);
        return order;
    }
    // A name may belong to several tables (two models, one tableName): hand them out in turn.
    const size_t n = schema.tables.size();
    std::unordered_map<std::string_view, size_t> head; // first unused table of that name
    head.reserve(n);
    std::vector<size_t> next(n, n); // the next table of the same name
    for (size_t i = n; i-- > 0;) {
        auto [it, inserted] = head.try_emplace(schema.tables[i].tableName, i);
        if (!inserted) {
            next[i] = it->second;
            it->second = i;
        }
    }
    std::vector<char> used(n, 0);
    for (const std::string& name : schema.syncOrder) {
        auto it = head.find(name);
        if (it == head.end() || it->second == n) continue;
        const size_t i = it->second;
        it->second = next[i];
        used[i] = 1;
        order.push_back(&schema.tables[i]);
    }
    for (size_t i = 0; i < schema.tables.size(); ++i)
        if (!used[i]) order.push_back(&schema.tables[i]);
    return order;
}

size_t primaryKeyCount(const Table& t) {
    size_t n = 0;
    for (const Column& c : t.columns)
        n += c.primaryKey ? 1 : 0;
    return n;
}

bool defersForeignKeys(const ResolvedSchema& schema, const Dialect& dialect) {
    return schema.cyclic && dialect.defersForeignKeysInCycle();
}

void appendTable(std::vector<std::string>& out, const Table& t, const Dialect& dialect,
                 bool withForeignKeys) {
    dialect.beforeCreateTable(out, t);
    const TableContext ctx{t, primaryKeyCount(t), withForeignKeys};
    out.push_back(dialect.createTable(ctx));
    dialect.afterCreateTable(out, t);
}

} // namespace

std::vector<std::string> DdlGenerator::createStatements(const ResolvedSchema& schema,
                                                        const Dialect& dialect) {
    const std::vector<const Table*> order = createOrder(schema);
    const bool deferred = defersForeignKeys(schema, dialect);
    std::vector<std::string> out;
    out.reserve(order.size() + order.size() / 4 + 8);
    for (const Table* t : order)
        appendTable(out, *t, dialect, !deferred);
    if (deferred) {
        // Second pass: sync({alter: true}) model by model, in definition order.
        for (const Table* t : order)
            for (const Column& c : t->columns)
                dialect.deferredColumnStatements(out, *t, c);
    }
    return out;
}

std::string DdlGenerator::createScript(const ResolvedSchema& schema, const Dialect& dialect) {
    const std::vector<std::string> statements = createStatements(schema, dialect);
    size_t total = 0;
    for (const std::string& s : statements)
        total += s.size() + 2;
    std::string out;
    out.reserve(total);
    for (const std::string& s : statements) {
        out += s;
        out += ";\n";
    }
    return out;
}

std::vector<std::string> DdlGenerator::dropStatements(const ResolvedSchema& schema, const Dialect& dialect) {
    const std::vector<const Table*> order = createOrder(schema);
    std::vector<std::string> out;
    out.reserve(order.size() + 4);
    dialect.beforeDropAll(out, schema.cyclic);
    for (size_t i = order.size(); i-- > 0;) {
        out.push_back(dialect.dropTable(*order[i]));
        dialect.afterDropTable(out, *order[i]);
    }
    dialect.afterDropAll(out, schema.cyclic);
    return out;
}

std::vector<std::string> DdlGenerator::tableStatements(const ResolvedSchema& schema, const Table& table,
                                                       const Dialect& dialect) {
    const bool deferred = defersForeignKeys(schema, dialect);
    std::vector<std::string> out;
    appendTable(out, table, dialect, !deferred);
    if (deferred)
        for (const Column& c : table.columns)
            dialect.deferredColumnStatements(out, table, c);
    return out;
}

} // namespace relata
