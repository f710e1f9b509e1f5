#pragma once
// SQLite's twelve-step ALTER for what ALTER TABLE cannot do (types, NOT NULL, defaults, keys):
// create the new table under a temporary name, copy the rows, drop the old table, rename the
// new one, recreate its indexes. Runs inside the plan's transaction with foreign keys off;
// PRAGMA foreign_key_check runs before the commit (PlanExecutor).
#include "resolve/ResolvedSchema.h"
#include "sql/Dialect.h"
#include "sync/LiveSchema.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relata {

class SqliteRebuild {
public:
    struct Source {
        std::string column;              // the live column the values come from
        std::optional<std::string> fill; // a literal for its NULLs (the design's default, for NOT NULL)
    };
    // `sources`: design field -> where its values come from; fields not listed start empty
    // (their default). `liveTable` is the table's current name. `keep`: live foreign keys the
    // design cannot express (multi-column) that the new table declares too.
    static std::vector<std::string> statements(const Table& design, const std::string& liveTable,
                                               const std::map<std::string, Source>& sources,
                                               const Dialect& dialect,
                                               const std::vector<LiveForeignKey>& keep = {});
    static std::string temporaryName(const std::string& table) { return "relata_rebuild_" + table; }
};

} // namespace relata
