#include "validate/Validator.h"

#include "validate/Checks.h"

namespace relata {

Diagnostics Validator::validate(const Document& doc, const ResolvedSchema& schema, const ValidateOptions& options) {
    using Check = void (*)(const validation::Context&, Diagnostics&);
    // Order of the report: relations first, then keys, then names, then the databases.
    static constexpr Check kChecks[] = {
        validation::checkForeignKeyColumns, validation::checkAssociationKeys, validation::checkPolymorphic,
        validation::checkCycles,            validation::checkReferences,      validation::checkInflection,
        validation::checkSharedTables,      validation::checkIdentifiers,     validation::checkTypes,
    };
    const validation::Context ctx(doc, schema, options);
    Diagnostics out;
    for (Check check : kChecks) check(ctx, out);
    // The Sequelize error (schema.error) is the resolver's to report; nothing here is an error.
    return out;
}

} // namespace relata
