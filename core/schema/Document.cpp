#include "schema/Document.h"

namespace relata {

const char* associationTypeName(AssociationType t) {
    switch (t) {
    case AssociationType::BelongsTo: return "belongsTo";
    case AssociationType::HasOne: return "hasOne";
    case AssociationType::HasMany: return "hasMany";
    case AssociationType::BelongsToMany: return "belongsToMany";
    }
    return "belongsTo";
}

bool parseAssociationType(const std::string& s, AssociationType& out) {
    for (AssociationType t : {AssociationType::BelongsTo, AssociationType::HasOne, AssociationType::HasMany,
                              AssociationType::BelongsToMany}) {
        if (s == associationTypeName(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

const Model* Document::findModel(const std::string& name) const {
    const int i = modelIndex(name);
    return i < 0 ? nullptr : &models[static_cast<size_t>(i)];
}

int Document::modelIndex(const std::string& name) const {
    for (size_t i = 0; i < models.size(); ++i)
        if (models[i].name == name) return static_cast<int>(i);
    return -1;
}

} // namespace relata
