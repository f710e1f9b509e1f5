#include "resolve/ModelState.h"

#include "naming/Inflection.h"

#include <algorithm>

namespace relata {

namespace {

// Attribute count above which ModelState keeps a hash index.
constexpr size_t kIndexedAbove = 16;

} // namespace

bool NameSet::contains(const std::string& name) const {
    if (hashed_) return large_.count(name) > 0;
    return std::find(small_.begin(), small_.end(), name) != small_.end();
}

bool NameSet::insert(const std::string& name) {
    if (hashed_) return large_.insert(name).second;
    if (contains(name)) return false;
    if (small_.size() < kScanUpTo) {
        small_.push_back(name);
        return true;
    }
    large_.reserve(2 * kScanUpTo);
    for (std::string& n : small_)
        large_.insert(std::move(n));
    small_ = {};
    hashed_ = true;
    return large_.insert(name).second;
}

size_t ModelState::position(const std::string& attribute) const {
    if (attributes_.size() > kIndexedAbove) {
        auto it = index_.find(attribute);
        return it == index_.end() ? attributes_.size() : it->second;
    }
    for (size_t i = attributes_.size(); i-- > 0;) // the last one wins, as in the index
        if (attributes_[i].def.name == attribute) return i;
    return attributes_.size();
}

AttributeState* ModelState::find(const std::string& attribute) {
    const size_t i = position(attribute);
    return i == attributes_.size() ? nullptr : &attributes_[i];
}

const AttributeState* ModelState::find(const std::string& attribute) const {
    const size_t i = position(attribute);
    return i == attributes_.size() ? nullptr : &attributes_[i];
}

void ModelState::append(AttributeState attribute) {
    attributes_.push_back(std::move(attribute));
    if (attributes_.size() <= kIndexedAbove) return;
    if (index_.empty())
        reindex();
    else
        index_[attributes_.back().def.name] = attributes_.size() - 1;
}

void ModelState::erase(const std::string& attribute) {
    const size_t i = position(attribute);
    if (i == attributes_.size()) return;
    attributes_.erase(attributes_.begin() + static_cast<std::ptrdiff_t>(i));
    reindex();
}

void ModelState::reindex() {
    index_.clear();
    if (attributes_.size() <= kIndexedAbove) return;
    for (size_t i = 0; i < attributes_.size(); ++i) index_[attributes_[i].def.name] = i;
}

const std::string& ModelState::primaryKeyAttribute() const {
    static const std::string none;
    for (const AttributeState& a : attributes_)
        if (a.def.primaryKey.value_or(false)) return a.def.name;
    return none;
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
    // An attribute keeps its field and getter once given, so only new ones need the work.
    for (AttributeState& a : attributes_) {
        if (a.refreshed) continue;
        if (!a.def.field) a.def.field = underscored ? naming::underscore(a.def.name) : a.def.name;
        prototypeNames.insert(a.def.name);
        a.refreshed = true;
    }
}

AttributeState& ModelState::mergeDefaults(const std::string& attribute, AttributeDef def,
                                          ColumnOrigin origin) {
    AttributeState* existing = find(attribute);
    if (!existing) {
        AttributeState fresh(std::move(def), origin);
        fresh.def.name = attribute;
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

namespace {

// Sequelize's unique keys: one per `unique: true` column, one per shared key name, in column order.
void addToUniqueKey(std::vector<UniqueKey>& keys, const std::string& tableName, const Column& c) {
    const std::string keyName =
        c.unique->name.empty() ? tableName + "_" + c.attribute + "_unique" : c.unique->name;
    // Linear: a table has few unique keys.
    auto it = std::find_if(keys.begin(), keys.end(), [&](const UniqueKey& k) { return k.name == keyName; });
    if (it == keys.end()) {
        keys.emplace_back();
        it = keys.end() - 1;
        it->name = keyName;
    }
    it->fields.push_back(c.field);
    it->named = !c.unique->flag;
}

Column takeColumn(AttributeState& a) {
    AttributeDef& def = a.def;
    Column c;
    c.field = def.field ? std::move(*def.field) : def.name;
    c.attribute = std::move(def.name);
    if (def.type) c.type = std::move(*def.type);
    c.primaryKey = def.primaryKey.value_or(false);
    // As Sequelize holds it: only `allowNull: false` writes NOT NULL. The database still
    // keeps primary-key columns non-null.
    c.allowNull = def.allowNull.value_or(true);
    c.autoIncrement = def.autoIncrement.value_or(false);
    c.unique = std::move(def.unique);
    c.defaultValue = std::move(def.defaultValue);
    if (def.references && !def.referencesNull) {
        References& r = *def.references;
        c.references = ColumnReference{std::move(r.model), r.key.empty() ? "id" : std::move(r.key)};
        c.onDelete = std::move(def.onDelete);
        c.onUpdate = std::move(def.onUpdate);
    }
    c.comment = std::move(def.comment);
    c.origin = a.origin;
    c.associations = std::move(a.associations);
    return c;
}

} // namespace

Table ModelState::takeTable() {
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
    t.createdAtField = createdAtAttribute.empty() ? std::string() : fieldOf(createdAtAttribute);
    t.updatedAtField = updatedAtAttribute.empty() ? std::string() : fieldOf(updatedAtAttribute);
    t.deletedAtField = deletedAtAttribute.empty() ? std::string() : fieldOf(deletedAtAttribute);
    t.columns.reserve(attributes_.size());
    for (AttributeState& a : attributes_) {
        t.columns.push_back(takeColumn(a));
        const Column& c = t.columns.back();
        if (c.unique && (c.unique->flag || !c.unique->name.empty()))
            addToUniqueKey(t.uniqueKeys, tableName, c);
    }
    t.indexes = std::move(indexes);
    attributes_ = {};
    index_ = {};
    prototypeNames = {};
    associationKeys = {};
    return t;
}

ModelState* ModelRegistry::find(const std::string& name) {
    auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : it->second;
}

ModelState& ModelRegistry::add(ModelState&& m) {
    ModelState& added = models_.emplace_back(std::move(m));
    byName_[added.name] = &added;
    return added;
}

} // namespace relata
