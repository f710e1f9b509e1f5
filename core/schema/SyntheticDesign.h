#pragma once
#include "schema/Document.h"

#include <cstdint>

namespace relata {

// A reproducible design for benchmarks and load tests: `models` models with 5 attributes each
// and about three associations per model of all four types (fixed seed => same bytes).
// Foreign keys always point from a later model to an earlier one, so the design is acyclic.
class SyntheticDesign {
public:
    static Document generate(int models, std::uint32_t seed = 20261125u);
};

} // namespace relata
