#pragma once
// The figures a plan quotes: row counts, non-null values, NULLs, duplicates, orphans. Read from
// the live database on demand, only for the steps that need them. Without a connection every
// figure is unknown (-1) and a step that might lose data is treated as losing it.
#include "sync/DatabaseConnection.h"

#include <map>
#include <string>
#include <vector>

namespace relata {

class DataProbe {
public:
    explicit DataProbe(DatabaseConnection* connection = nullptr, const Dialect* dialect = nullptr)
        : connection_(connection), dialect_(dialect) {}

    long long rows(const std::string& table);
    long long nonNull(const std::string& table, const std::string& column);
    long long nulls(const std::string& table, const std::string& column);
    // Rows whose non-null value appears more than once (a UNIQUE key would refuse them).
    long long duplicates(const std::string& table, const std::vector<std::string>& columns);
    // Rows whose key names no row of the referenced table.
    long long orphans(const std::string& table, const std::string& column, const std::string& refTable,
                      const std::string& refColumn);
    // Rows whose value is not one of `labels` (an ENUM that drops labels).
    long long notIn(const std::string& table, const std::string& column, const std::vector<std::string>& labels);

private:
    long long count(const std::string& sql);
    std::string id(const std::string& name) const { return dialect_->quoteIdentifier(name); }

    DatabaseConnection* connection_;
    const Dialect* dialect_;
    std::map<std::string, long long> rows_;
};

} // namespace relata
