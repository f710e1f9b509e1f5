#pragma once
// `"renamedFrom": "oldName"` on models and attributes, turned into the table and column names
// the old design had, so that a sync renames instead of dropping and adding.
#include "resolve/ResolvedSchema.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace relata {

struct RenameHints {
    // new table name -> the old table names to look for, most likely first
    std::map<std::string, std::vector<std::string>> tables;
    // (new table name, new column) -> old column names to look for
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> columns;

    static RenameHints fromDocument(const Document& doc, const ResolvedSchema& schema);
    const std::vector<std::string>* oldTables(const std::string& table) const;
    const std::vector<std::string>* oldColumns(const std::string& table, const std::string& column) const;
};

} // namespace relata
