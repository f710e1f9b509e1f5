#include "schema/SyntheticDesign.h"

#include <array>
#include <string>

namespace relata {

namespace {

// Small deterministic generator (no std::*_distribution: their output differs across libraries).
class Lcg {
public:
    explicit Lcg(std::uint32_t seed) : state_(seed) {}
    std::uint32_t below(std::uint32_t n) {
        state_ = state_ * 1664525u + 1013904223u;
        return n == 0 ? 0 : (state_ >> 8) % n;
    }

private:
    std::uint32_t state_;
};

const std::array<const char*, 16> kNouns = {"customer", "order",   "invoice", "product", "category", "address",
                                            "payment",  "shipment", "review", "tag",     "account",  "session",
                                            "person",   "company", "project", "task"};

AttributeDef attribute(const std::string& name, const std::string& type) {
    AttributeDef a;
    a.name = name;
    DataType t;
    DataType::parse(type, t);
    a.type = t;
    return a;
}

Association association(const std::string& source, AssociationType type, const std::string& target) {
    Association a;
    a.source = source;
    a.type = type;
    a.target = target;
    return a;
}

} // namespace

Document SyntheticDesign::generate(int models, std::uint32_t seed) {
    Document doc;
    Lcg rng(seed);
    doc.models.reserve(static_cast<size_t>(models));
    for (int i = 0; i < models; ++i) {
        Model m;
        m.name = std::string(kNouns[static_cast<size_t>(i) % kNouns.size()]) + std::to_string(i);
        m.attributes.push_back(attribute("title", "STRING"));
        AttributeDef code = attribute("code", "STRING(32)");
        code.unique = UniqueSpec{true, {}};
        m.attributes.push_back(code);
        m.attributes.push_back(attribute("amount", "DECIMAL(10,2)"));
        AttributeDef active = attribute("active", "BOOLEAN");
        active.allowNull = false;
        active.defaultValue = OrderedJson(true);
        m.attributes.push_back(active);
        m.attributes.push_back(attribute("notes", "TEXT"));
        if (i % 10 == 3) m.options.underscored = true;
        doc.models.push_back(std::move(m));
    }
    auto name = [&](int i) { return doc.models[static_cast<size_t>(i)].name; };
    for (int i = 1; i < models; ++i) {
        const int j = static_cast<int>(rng.below(static_cast<std::uint32_t>(i)));
        const int k = static_cast<int>(rng.below(static_cast<std::uint32_t>(i)));
        doc.associations.push_back(association(name(i), AssociationType::BelongsTo, name(j)));
        Association second;
        switch (i % 4) {
        case 0: second = association(name(k), AssociationType::HasMany, name(i)); break;
        case 1: second = association(name(k), AssociationType::HasOne, name(i)); break;
        case 2:
            second = association(name(i), AssociationType::BelongsToMany, name(k));
            second.options.through = ThroughSpec{false, false, name(i) + "_" + name(k) + "_links", {}, {}, {}};
            if (i == k) second.options.as = AliasSpec{false, "peers", {}, {}};
            break;
        default:
            second = association(name(k), AssociationType::HasMany, name(i));
            second.options.as = AliasSpec{false, "tracked" + std::to_string(i), {}, {}};
            break;
        }
        doc.associations.push_back(std::move(second));
        Association third = association(name(i), AssociationType::BelongsTo, name(k));
        third.options.as = AliasSpec{false, "reviewer" + std::to_string(i), {}, {}};
        third.options.onDelete = "CASCADE";
        doc.associations.push_back(std::move(third));
    }
    return doc;
}

} // namespace relata
