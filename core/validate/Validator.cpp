#include "validate/Validator.h"

#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace relata {

namespace {

using Check = void (*)(const validation::Context&, Diagnostics&);
// Order of the report: relations first, then keys, then names, then the databases. The checks
// whose findings depend on the databases in scope come last, so that validateFor() can replace
// them alone.
constexpr Check kDesignChecks[] = {
    validation::checkForeignKeyColumns, validation::checkAssociationKeys,
    validation::checkPolymorphic,       validation::checkCycles,
    validation::checkReferences,        validation::checkInflection,
};
constexpr Check kDatabaseChecks[] = {
    validation::checkSharedTables,
    validation::checkIdentifiers,
    validation::checkTypes,
};
// Every code the database checks report (and no other check does).
constexpr std::string_view kDatabaseCodes[] = {
    codes::kTableShared,
    codes::kIdentifierTooLong,
    codes::kIdentifierQuote,
    codes::kTypeUnsupported,
};

bool dependsOnDatabase(const Diagnostic& d) {
    return std::find(std::begin(kDatabaseCodes), std::end(kDatabaseCodes), d.code) !=
           std::end(kDatabaseCodes);
}

} // namespace

Diagnostics Validator::validate(const Document& doc, const ResolvedSchema& schema,
                                const ValidateOptions& options) {
    const validation::Context ctx(doc, schema, options);
    Diagnostics out;
    for (Check check : kDesignChecks)
        check(ctx, out);
    for (Check check : kDatabaseChecks)
        check(ctx, out);
    // The Sequelize error (schema.error) is the resolver's to report; nothing here is an error.
    return out;
}

Diagnostics Validator::validateFor(const Document& doc, const ResolvedSchema& schema,
                                   const Diagnostics& allDialects, int dialect) {
    Diagnostics out;
    std::copy_if(allDialects.begin(), allDialects.end(), std::back_inserter(out),
                 [](const Diagnostic& d) { return !dependsOnDatabase(d); });
    ValidateOptions options;
    options.dialect = dialect;
    const validation::Context ctx(doc, schema, options);
    for (Check check : kDatabaseChecks)
        check(ctx, out);
    return out;
}

} // namespace relata
