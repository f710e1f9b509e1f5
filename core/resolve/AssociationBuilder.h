#pragma once
// Applies one association call (belongsTo, hasOne, hasMany, belongsToMany) to the model states,
// in the order and with the checks of Sequelize 6.37.8 (spec sections 3-5, 8).
#include "resolve/ModelState.h"

#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace relata {

// What the resolver keeps of an association between calls (belongsToMany pairing needs it).
struct AssociationState {
    explicit AssociationState(ResolvedAssociation& r) : resolved(r) {}
    ResolvedAssociation& resolved; // built in place in the result

    const Association* authored = nullptr;
    bool targetKeyDefault = false;
    bool otherKeyDefault = false;
    // The foreignKey / otherKey options as given (object keys are re-applied on injection); they
    // point into the Document, or to an empty spec when the option is absent.
    const KeySpec* foreignKeySpec = nullptr;
    const KeySpec* otherKeySpec = nullptr;
    std::optional<bool> throughUnique;
    std::string_view throughValue; // raw `through.model` string (pairing compares it), in the Document
    bool primaryKeyDeleted = false;
};

class AssociationBuilder {
public:
    // Appends one ResolvedAssociation to `resolved` per apply() and keeps references to them: room
    // for `calls` applications is reserved here, and apply() must not be called more often.
    AssociationBuilder(ModelRegistry& models, std::vector<ResolvedAssociation>& resolved, size_t calls)
        : models_(models), resolved_(resolved) {
        resolved_.reserve(resolved_.size() + calls);
    }

    // Applies association `index`; returns the error Sequelize raises, if any.
    std::optional<Diagnostic> apply(const Association& a, int index);

private:
    ModelRegistry& models_;
    std::vector<ResolvedAssociation>& resolved_;
    std::deque<AssociationState> states_;
    // belongsToMany calls by "source\x1ftarget", for pairing without scanning every association.
    std::unordered_map<std::string, std::vector<AssociationState*>> belongsToMany_;

    std::optional<Diagnostic> applySingle(AssociationState& st, ModelState& source, ModelState& target);
    std::optional<Diagnostic> applyHasMany(AssociationState& st, ModelState& source, ModelState& target);
    std::optional<Diagnostic> applyBelongsToMany(AssociationState& st, ModelState& source, ModelState& target);
    void createBtmKeys(AssociationState& st, const ModelState& source, const ModelState& target);
    void injectBtm(AssociationState& st, ModelState& source, ModelState& target, ModelState& join);
    std::optional<Diagnostic> checkNamingCollision(const AssociationState& st, const ModelState& source);
    void injectForeignKey(AssociationState& st, ModelState& holder, const ModelState& referenced,
                          const std::string& referencedKey, const DataType& keyType, bool belongsTo);
    void installAccessors(AssociationState& st, ModelState& source);
};

} // namespace relata
