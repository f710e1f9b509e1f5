#pragma once
#include "resolve/ResolvedSchema.h"

namespace relata {

// Applies Sequelize 6.37.8's define() + association semantics to a Document
// (spec: tests/spec/sequelize-rules.md). Never throws: a Sequelize error ends resolution
// and is returned in ResolvedSchema::error with the state reached so far.
class Resolver {
public:
    static ResolvedSchema resolve(const Document& doc);
};

} // namespace relata
