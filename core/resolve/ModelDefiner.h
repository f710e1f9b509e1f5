#pragma once
#include "resolve/ModelState.h"

#include <optional>

namespace relata {

// sequelize.define(): options.name, table name, the auto `id`, timestamps, field names.
class ModelDefiner {
public:
    // Returns the Sequelize error (with its document path) when define() would throw.
    static std::optional<Diagnostic> define(const Model& model, int documentIndex, ModelState& out);
    // The join model a `through` string creates: define(name, {}, associationOptions), where the
    // association options carry the source model's options and the association's `name`.
    static void defineJoinModel(const std::string& name, const ModelState& source, const NamePair& names,
                                bool timestamps, bool paranoid, ModelState& out);
};

} // namespace relata
