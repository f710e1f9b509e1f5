#include "sync/DataProbe.h"

namespace relata {

long long DataProbe::count(const std::string& sql) {
    if (!connection_ || !dialect_) return -1;
    std::string error;
    const std::optional<long long> n = connection_->scalar(sql, &error);
    return n ? *n : -1;
}

long long DataProbe::rows(const std::string& table) {
    auto it = rows_.find(table);
    if (it != rows_.end()) return it->second;
    if (!dialect_) return -1;
    const long long n = count("SELECT COUNT(*) FROM " + id(table));
    rows_[table] = n;
    return n;
}

long long DataProbe::nonNull(const std::string& table, const std::string& column) {
    if (!dialect_) return -1;
    if (rows(table) == 0) return 0;
    return count("SELECT COUNT(" + id(column) + ") FROM " + id(table));
}

long long DataProbe::nulls(const std::string& table, const std::string& column) {
    if (!dialect_) return -1;
    if (rows(table) == 0) return 0;
    return count("SELECT COUNT(*) FROM " + id(table) + " WHERE " + id(column) + " IS NULL");
}

long long DataProbe::duplicates(const std::string& table, const std::vector<std::string>& columns) {
    if (!dialect_ || columns.empty()) return -1;
    if (rows(table) == 0) return 0;
    std::string list, notNull;
    for (const std::string& c : columns) {
        if (!list.empty()) {
            list += ", ";
            notNull += " AND ";
        }
        list += id(c);
        notNull += id(c) + " IS NOT NULL";
    }
    return count("SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM " + id(table) + " WHERE " + notNull +
                 " GROUP BY " + list + " HAVING COUNT(*) > 1) relata_duplicates");
}

long long DataProbe::orphans(const std::string& table, const std::string& column, const std::string& refTable,
                             const std::string& refColumn) {
    if (!dialect_) return -1;
    if (rows(table) == 0) return 0;
    return count("SELECT COUNT(*) FROM " + id(table) + " relata_child WHERE relata_child." + id(column) +
                 " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + id(refTable) + " relata_parent WHERE relata_parent." +
                 id(refColumn) + " = relata_child." + id(column) + ")");
}

long long DataProbe::notIn(const std::string& table, const std::string& column, const std::vector<std::string>& labels) {
    if (!dialect_) return -1;
    if (rows(table) == 0) return 0;
    std::string value = id(column);
    if (dialect_->kind() == DialectKind::Postgres) value += "::text";
    std::string sql = "SELECT COUNT(*) FROM " + id(table) + " WHERE " + id(column) + " IS NOT NULL";
    if (!labels.empty()) {
        sql += " AND " + value + " NOT IN (";
        for (size_t i = 0; i < labels.size(); ++i) sql += (i ? ", " : "") + dialect_->quoteString(labels[i]);
        sql += ")";
    }
    return count(sql);
}

} // namespace relata
