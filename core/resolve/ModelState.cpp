#include "resolve/ModelState.h"

#include "naming/Inflection.h"

#include <map>

namespace relata {

AttributeState* ModelState::find(const std::string& attribute) {
    auto it = index_.find(attribute);
    return it == index_.end() ? nullptr : &attributes_[it->second];
}

const AttributeState* ModelState::find(const std::string& attribute) const {
    auto it = index_.find(attribute);
    return it == index_.end() ? nullptr : &attributes_[it->second];
}

void ModelState::append(AttributeState attribute) {
    index_[attribute.def.name] = attributes_.size();
    attributes_.push_back(std::move(attribute));
}

void ModelState::erase(const std::string& attribute) {
    auto it = index_.find(attribute);
    if (it == index_.end()) return;
    attributes_.erase(attributes_.begin() + static_cast<std::ptrdiff_t>(it->second));
    reindex();
}

void ModelState::reindex() {
    index_.clear();
    for (size_t i = 0; i < attributes_.size(); ++i) index_[attributes_[i].def.name] = i;
}

std::string ModelState::primaryKeyAttribute() const {
    for (const AttributeState& a : attributes_)
        if (a.def.primaryKey.value_or(false)) return a.def.name;
    return {};
}

std::vector<std::string> ModelState::primaryKeyFields() const {
    std::vector<std::string> out;
    for (const AttributeState& a : attributes_)
        if (a.def.primaryKey.value_or(false)) out.push_back(a.def.field.value_or(a.def.name));
    return out;
}

std::string ModelState::fieldOf(const std::string& attribute) const {
    const AttributeState* a = find(attribute);
    return a && a->def.field ? *a->def.field : attribute;
}

void ModelState::refreshAttributes() {
    for (AttributeState& a : attributes_) {
        if (!a.def.field) a.def.field = underscored ? naming::underscore(a.def.name) : a.def.name;
        prototypeNames.insert(a.def.name);
    }
}

AttributeState& ModelState::mergeDefaults(const std::string& attribute, const AttributeDef& def, ColumnOrigin origin) {
    AttributeState* existing = find(attribute);
    if (!existing) {
        AttributeState fresh;
        fresh.def = def;
        fresh.def.name = attribute;
        fresh.origin = origin;
        append(std::move(fresh));
        return attributes_.back();
    }
    AttributeDef& e = existing->def;
    auto fill = [](auto& mine, const auto& theirs) {
        if (!mine && theirs) mine = theirs;
    };
    fill(e.type, def.type);
    fill(e.allowNull, def.allowNull);
    fill(e.primaryKey, def.primaryKey);
    fill(e.autoIncrement, def.autoIncrement);
    fill(e.unique, def.unique);
    fill(e.field, def.field);
    fill(e.defaultValue, def.defaultValue);
    fill(e.onDelete, def.onDelete);
    fill(e.onUpdate, def.onUpdate);
    fill(e.comment, def.comment);
    // `references: null` is a value too: mergeDefaults keeps it. A references object is merged
    // key by key.
    if (!e.referencesNull) {
        if (!e.references) {
            e.references = def.references;
        } else if (def.references && e.references->key.empty()) {
            e.references->key = def.references->key;
        }
    }
    return *existing;
}

Table ModelState::toTable() const {
    Table t;
    t.model = name;
    t.tableName = tableName;
    t.nameSingular = names.singular;
    t.namePlural = names.plural;
    t.underscored = underscored;
    t.timestamps = timestamps;
    t.paranoid = paranoid;
    t.joinModel = joinModel;
    t.autoCreated = autoCreated;
    t.documentIndex = documentIndex;
    t.columns.reserve(attributes_.size());
    std::vector<std::string> keyOrder;
    std::map<std::string, UniqueKey> keys;
    for (const AttributeState& a : attributes_) {
        Column c;
        c.attribute = a.def.name;
        c.field = a.def.field.value_or(a.def.name);
        c.type = a.def.type.value_or(DataType{});
        c.primaryKey = a.def.primaryKey.value_or(false);
        // As Sequelize holds it: only `allowNull: false` writes NOT NULL. The database still
        // keeps primary-key columns non-null.
        c.allowNull = a.def.allowNull.value_or(true);
        c.autoIncrement = a.def.autoIncrement.value_or(false);
        c.unique = a.def.unique;
        c.defaultValue = a.def.defaultValue;
        if (a.def.references && !a.def.referencesNull) {
            c.references = ColumnReference{a.def.references->model,
                                           a.def.references->key.empty() ? "id" : a.def.references->key};
            c.onDelete = a.def.onDelete;
            c.onUpdate = a.def.onUpdate;
        }
        c.comment = a.def.comment;
        c.origin = a.origin;
        c.associations = a.associations;
        if (c.unique && (c.unique->flag || !c.unique->name.empty())) {
            const std::string keyName = c.unique->name.empty() ? tableName + "_" + c.attribute + "_unique"
                                                               : c.unique->name;
            auto [it, inserted] = keys.try_emplace(keyName);
            if (inserted) {
                keyOrder.push_back(keyName);
                it->second.name = keyName;
            }
            it->second.fields.push_back(c.field);
            it->second.named = !c.unique->flag;
        }
        t.columns.push_back(std::move(c));
    }
    for (const std::string& k : keyOrder) t.uniqueKeys.push_back(keys[k]);
    t.indexes = indexes;
    t.createdAtField = createdAtAttribute.empty() ? std::string() : fieldOf(createdAtAttribute);
    t.updatedAtField = updatedAtAttribute.empty() ? std::string() : fieldOf(updatedAtAttribute);
    t.deletedAtField = deletedAtAttribute.empty() ? std::string() : fieldOf(deletedAtAttribute);
    return t;
}

} // namespace relata
