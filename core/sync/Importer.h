#pragma once
// Reverse engineering: a live schema back into a design that Sequelize turns into the same
// tables. Models from tables (names mapped back through Sequelize's pluralize where they fit),
// attributes from columns, belongsTo + hasMany from foreign keys, belongsToMany pairs from join
// tables. Every column is checked against what the imported design produces (ExpectedSchema);
// where the conventional form (implicit id, timestamps, a key declared by its association) does
// not reproduce it, the column is written out as an explicit attribute instead.
#include "schema/Document.h"
#include "sql/Dialect.h"
#include "sync/LiveSchema.h"

#include <string>
#include <vector>

namespace relata {

class Importer {
public:
    // Pure: no database access. `notes` gets what could not be reproduced exactly.
    static Document import(const LiveSchema& live, DialectKind dialect, std::vector<std::string>* notes = nullptr);
};

} // namespace relata
