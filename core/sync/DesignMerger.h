#pragma once
// Re-import into an existing design: the models (and their associations) whose tables the
// database still has unchanged are kept as written, with their options and the design's layout;
// the other tables come from the fresh import.
#include "schema/Document.h"
#include "sql/Dialect.h"
#include "sync/LiveSchema.h"

#include <string>
#include <vector>

namespace relata {

class DesignMerger {
public:
    static Document merge(const Document& existing, const Document& imported, const LiveSchema& live,
                          DialectKind dialect, std::vector<std::string>* notes = nullptr);
};

} // namespace relata
