#include "sync/SqliteRebuild.h"

#include "sync/AlterSql.h"

namespace relata {

std::vector<std::string> SqliteRebuild::statements(const Table& design, const std::string& liveTable,
                                                   const std::map<std::string, Source>& sources,
                                                   const Dialect& dialect,
                                                   const std::vector<LiveForeignKey>& keep) {
    std::vector<std::string> out;
    const std::string temp = temporaryName(design.tableName);
    out.push_back("DROP TABLE IF EXISTS " + dialect.quoteIdentifier(temp));
    Table shadow = design;
    shadow.tableName = temp;
    size_t pkCount = 0;
    for (const Column& c : design.columns) pkCount += c.primaryKey ? 1 : 0;
    std::string create = dialect.createTable(TableContext{shadow, pkCount, true});
    // Table constraints go before the closing parenthesis of CREATE TABLE.
    if (!create.empty() && create.back() == ')') {
        create.pop_back();
        const AlterSql sql(dialect);
        for (const LiveForeignKey& fk : keep)
            create += ", " + sql.foreignKeyClause(fk);
        create += ')';
    }
    out.push_back(create);
    std::string into, select;
    for (const Column& c : design.columns) {
        auto it = sources.find(c.field);
        if (it == sources.end()) continue;
        if (!into.empty()) {
            into += ", ";
            select += ", ";
        }
        into += dialect.quoteIdentifier(c.field);
        const std::string from = dialect.quoteIdentifier(it->second.column);
        select += it->second.fill ? "COALESCE(" + from + ", " + *it->second.fill + ")" : from;
    }
    if (!into.empty())
        out.push_back("INSERT INTO " + dialect.quoteIdentifier(temp) + " (" + into + ") SELECT " + select + " FROM " +
                      dialect.quoteIdentifier(liveTable));
    out.push_back("DROP TABLE " + dialect.quoteIdentifier(liveTable));
    out.push_back("ALTER TABLE " + dialect.quoteIdentifier(temp) + " RENAME TO " +
                  dialect.quoteIdentifier(design.tableName));
    for (const TableIndex& index : design.indexes) out.push_back(dialect.createIndex(design, index));
    return out;
}

} // namespace relata
