#include "resolve/AssociationBuilder.h"

#include "naming/Inflection.h"
#include "resolve/ModelDefiner.h"

#include <algorithm>
#include <span>

namespace relata {

namespace {

std::string pathOf(int index, const std::string& rest = {}) {
    return "/associations/" + std::to_string(index) + rest;
}

Diagnostic sequelizeError(const std::string& code, const std::string& message, const std::string& path,
                          const std::string& fix, const std::string& model, int index) {
    Diagnostic d;
    d.code = code;
    d.message = message;
    d.path = path;
    d.fix = fix;
    d.model = model;
    d.association = index;
    return d;
}

// Object.assign(dst, src) for the keys src has.
void assignOver(AttributeDef& dst, const AttributeDef& src) {
    auto put = [](auto& mine, const auto& theirs) {
        if (theirs) mine = theirs;
    };
    put(dst.type, src.type);
    put(dst.allowNull, src.allowNull);
    put(dst.primaryKey, src.primaryKey);
    put(dst.autoIncrement, src.autoIncrement);
    put(dst.unique, src.unique);
    put(dst.field, src.field);
    put(dst.defaultValue, src.defaultValue);
    put(dst.onDelete, src.onDelete);
    put(dst.onUpdate, src.onUpdate);
    put(dst.comment, src.comment);
    if (src.references) {
        dst.references = src.references;
        dst.referencesNull = false;
    }
}

std::string camelized(const std::string& s, bool& ok) {
    bool good = true;
    std::string out = naming::camelize(s, &good);
    ok = ok && good;
    return out;
}

bool isMany(AssociationType t) {
    return t == AssociationType::HasMany || t == AssociationType::BelongsToMany;
}

const char* const kCallNames[] = {"belongsTo", "hasOne", "hasMany", "belongsToMany"};

} // namespace

std::optional<Diagnostic> AssociationBuilder::apply(const Association& a, int index) {
    AssociationState& st = states_.emplace_back(resolved_.emplace_back());
    st.authored = &a;
    ResolvedAssociation& r = st.resolved;
    r.index = index;
    r.type = a.type;
    r.source = a.source;
    r.target = a.target;
    r.scope = a.options.scope;
    r.constraints = a.options.constraints.value_or(true);
    static const KeySpec absent;
    st.foreignKeySpec = a.options.foreignKey ? &*a.options.foreignKey : &absent;
    st.otherKeySpec = a.options.otherKey ? &*a.options.otherKey : &absent;

    const char* call = kCallNames[static_cast<int>(a.type)];
    ModelState* source = models_.find(a.source);
    if (!source)
        return sequelizeError("RL-E-UNKNOWN-MODEL", "Association source '" + a.source + "' is not a model of this design",
                              pathOf(index, "/source"), "Define a model named '" + a.source + "' or fix the name.",
                              a.source, index);
    ModelState* target = models_.find(a.target);
    if (!target)
        return sequelizeError("RL-E-NOT-A-MODEL",
                              a.source + "." + call + " called with something that's not a subclass of Sequelize.Model",
                              pathOf(index, "/target"), "Define a model named '" + a.target + "' or fix the target.",
                              a.source, index);

    // base.js: an alias already used as an association key of the source.
    const std::optional<AliasSpec>& as = a.options.as;
    if (as && !as->isObject && source->associationKeys.contains(as->name))
        return sequelizeError("RL-E-DUPLICATE-ALIAS",
                              "You have used the alias " + as->name +
                                  " in two separate associations. Aliased associations must have unique aliases.",
                              pathOf(index, "/options/as"), "Give each association of '" + a.source + "' its own 'as'.",
                              a.source, index);

    switch (a.type) {
    case AssociationType::BelongsTo:
    case AssociationType::HasOne: return applySingle(st, *source, *target);
    case AssociationType::HasMany: return applyHasMany(st, *source, *target);
    case AssociationType::BelongsToMany: return applyBelongsToMany(st, *source, *target);
    }
    return std::nullopt;
}

std::optional<Diagnostic> AssociationBuilder::applySingle(AssociationState& st, ModelState& source, ModelState& target) {
    const Association& a = *st.authored;
    ResolvedAssociation& r = st.resolved;
    const bool belongsTo = a.type == AssociationType::BelongsTo;
    const int index = r.index;
    const std::optional<AliasSpec>& as = a.options.as;

    if (as && as->isObject) {
        if (!belongsTo)
            return sequelizeError("RL-E-ALIAS-OBJECT",
                                  "hasOne takes 'as' as a string; Sequelize crashes on an object alias "
                                  "(TypeError: str.toLowerCase is not a function)",
                                  pathOf(index, "/options/as"), "Write \"as\": \"" + as->singular + "\".", a.source,
                                  index);
        // belongs-to.js stringifies the object.
        r.as = "[object Object]";
        r.aliased = true;
        r.singular = r.as;
    } else if (as && !as->name.empty()) {
        r.as = as->name;
        r.aliased = true;
        r.singular = as->name;
    } else {
        r.as = target.names.singular;
        r.singular = target.names.singular;
        r.plural = target.names.plural;
    }

    bool ok = true;
    const ModelState& keyOwner = belongsTo ? target : source;
    if (st.foreignKeySpec->isObject || !st.foreignKeySpec->name.empty())
        r.foreignKey = st.foreignKeySpec->name;
    if (r.foreignKey.empty()) {
        const std::string pk = keyOwner.primaryKeyAttribute().empty() ? "undefined" : keyOwner.primaryKeyAttribute();
        const std::string prefix =
            belongsTo ? r.as : naming::singularize(as && !as->isObject && !as->name.empty() ? as->name : source.name);
        r.foreignKey = camelized(prefix + "_" + pk, ok);
    }
    if (!ok)
        return sequelizeError("RL-E-FK-NAME", "The default foreign key name of this association ends in '_', '-' or "
                                              "a space, on which Sequelize crashes (TypeError in camelize)",
                              pathOf(index), "Set 'foreignKey' explicitly.", a.source, index);

    const std::optional<std::string>& keyOption = belongsTo ? a.options.targetKey : a.options.sourceKey;
    const std::string keyName = keyOption ? *keyOption : keyOwner.primaryKeyAttribute();
    if (keyOption && !keyOwner.find(*keyOption))
        return sequelizeError(
            "RL-E-UNKNOWN-KEY",
            "Unknown attribute \"" + *keyOption + "\" passed as " + (belongsTo ? "targetKey" : "sourceKey") +
                ", define this attribute on model \"" + keyOwner.name + "\" first",
            pathOf(index, belongsTo ? "/options/targetKey" : "/options/sourceKey"),
            "Add an attribute '" + *keyOption + "' to model '" + keyOwner.name + "', or name an existing one.",
            a.source, index);
    (belongsTo ? r.targetKey : r.sourceKey) = keyName;
    (belongsTo ? r.targetKeyField : r.sourceKeyField) = keyOwner.fieldOf(keyName);

    source.associationKeys.insert(r.as);
    const AttributeState* key = keyOwner.find(keyName);
    const DataType keyType = a.options.keyType ? *a.options.keyType
                                               : (key && key->def.type ? *key->def.type : DataType{"INTEGER", {}, {}});
    ModelState& holder = belongsTo ? source : target;
    injectForeignKey(st, holder, keyOwner, keyOwner.fieldOf(keyName), keyType, belongsTo);
    if (auto err = checkNamingCollision(st, source)) return err;
    installAccessors(st, source);
    return std::nullopt;
}

std::optional<Diagnostic> AssociationBuilder::applyHasMany(AssociationState& st, ModelState& source, ModelState& target) {
    const Association& a = *st.authored;
    ResolvedAssociation& r = st.resolved;
    const int index = r.index;
    if (a.options.through)
        return sequelizeError("RL-E-HASMANY-THROUGH",
                              "N:M associations are not supported with hasMany. Use belongsToMany instead",
                              pathOf(index, "/options/through"),
                              "Change the type to belongsToMany, or remove 'through'.", a.source, index);

    const std::optional<AliasSpec>& as = a.options.as;
    if (as && as->isObject) {
        r.as = as->plural;
        r.plural = as->plural;
        r.singular = as->singular;
        r.aliased = true;
    } else if (as && !as->name.empty()) {
        r.as = as->name;
        r.plural = as->name;
        r.singular = naming::singularize(as->name);
        r.aliased = true;
    } else {
        r.as = target.names.plural;
        r.plural = target.names.plural;
        r.singular = target.names.singular;
    }

    bool ok = true;
    if (st.foreignKeySpec->isObject || !st.foreignKeySpec->name.empty())
        r.foreignKey = st.foreignKeySpec->name;
    const std::string pk = source.primaryKeyAttribute().empty() ? "undefined" : source.primaryKeyAttribute();
    if (r.foreignKey.empty()) r.foreignKey = camelized(source.names.singular + "_" + pk, ok);
    if (!ok)
        return sequelizeError("RL-E-FK-NAME", "The default foreign key name of this association ends in '_', '-' or "
                                              "a space, on which Sequelize crashes (TypeError in camelize)",
                              pathOf(index), "Set 'foreignKey' explicitly.", a.source, index);
    r.sourceKey = a.options.sourceKey ? *a.options.sourceKey : pk;
    if (!source.find(r.sourceKey))
        return sequelizeError("RL-E-UNKNOWN-KEY",
                              "Unknown attribute \"" + r.sourceKey + "\" passed as sourceKey of " + a.source +
                                  ".hasMany(" + a.target +
                                  "); Sequelize crashes here (TypeError: Cannot read properties of undefined "
                                  "(reading 'field'))",
                              pathOf(index, "/options/sourceKey"),
                              "Add an attribute '" + r.sourceKey + "' to model '" + a.source +
                                  "', or name an existing one.",
                              a.source, index);
    r.sourceKeyField = source.fieldOf(r.sourceKey);

    source.associationKeys.insert(r.as);
    const AttributeState* key = source.find(r.sourceKey);
    const DataType keyType = a.options.keyType ? *a.options.keyType
                                               : (key->def.type ? *key->def.type : DataType{"INTEGER", {}, {}});
    injectForeignKey(st, target, source, r.sourceKeyField, keyType, false);
    if (auto err = checkNamingCollision(st, source)) return err;
    installAccessors(st, source);
    return std::nullopt;
}

void AssociationBuilder::injectForeignKey(AssociationState& st, ModelState& holder, const ModelState& referenced,
                                          const std::string& referencedKey, const DataType& keyType, bool belongsTo) {
    const Association& a = *st.authored;
    ResolvedAssociation& r = st.resolved;
    // _.defaults({}, foreignKeyObject, {type, allowNull: true})
    AttributeDef def = st.foreignKeySpec->isObject ? st.foreignKeySpec->def : AttributeDef{};
    if (!def.type) def.type = keyType;
    if (!def.allowNull) def.allowNull = true;

    std::optional<std::string> onDelete = a.options.onDelete;
    std::optional<std::string> onUpdate = a.options.onUpdate;
    if (r.constraints) {
        const AttributeState* existing = holder.find(r.foreignKey);
        const bool nullable = existing ? existing->def.allowNull.value_or(false) : def.allowNull.value_or(true);
        if (!onDelete) onDelete = nullable ? "SET NULL" : (belongsTo ? "NO ACTION" : "CASCADE");
        if (!onUpdate) onUpdate = "CASCADE";
    }
    // helpers.addForeignKeyConstraints
    if (a.options.foreignKeyConstraint.value_or(false) || onDelete || onUpdate) {
        const std::vector<std::string> pks = referenced.primaryKeyFields();
        if (pks.size() == 1 || std::find(pks.begin(), pks.end(), referencedKey) == pks.end()) {
            def.references = References{referenced.tableName, referencedKey.empty() && !pks.empty() ? pks[0] : referencedKey};
            def.onDelete = onDelete;
            def.onUpdate = onUpdate;
        }
    }
    AttributeState& merged = holder.mergeDefaults(r.foreignKey, std::move(def), ColumnOrigin::ForeignKey);
    merged.associations.push_back(r.index);
    holder.refreshAttributes();
    const AttributeState* final = holder.find(r.foreignKey);
    r.foreignKeyField = holder.fieldOf(r.foreignKey);
    if (final && final->def.references && !final->def.referencesNull) {
        r.onDelete = final->def.onDelete;
        r.onUpdate = final->def.onUpdate;
    }
}

std::optional<Diagnostic> AssociationBuilder::checkNamingCollision(const AssociationState& st, const ModelState& source) {
    const ResolvedAssociation& r = st.resolved;
    if (!source.find(r.as)) return std::nullopt;
    return sequelizeError("RL-E-NAMING-COLLISION",
                          "Naming collision between attribute '" + r.as + "' and association '" + r.as + "' on model " +
                              source.name +
                              ". To remedy this, change either foreignKey or as in your association definition",
                          pathOf(r.index, "/options/as"),
                          "Rename the attribute '" + r.as + "' of '" + source.name + "', or give the association another 'as'.",
                          source.name, r.index);
}

void AssociationBuilder::installAccessors(AssociationState& st, ModelState& source) {
    struct Wanted {
        AccessorKind kind;
        const char* prefix;
        bool plural;
    };
    static constexpr Wanted kMany[] = {{AccessorKind::Get, "get", true},
                                       {AccessorKind::Count, "count", true},
                                       {AccessorKind::HasSingle, "has", false},
                                       {AccessorKind::HasAll, "has", true},
                                       {AccessorKind::Set, "set", true},
                                       {AccessorKind::Add, "add", false},
                                       {AccessorKind::AddMultiple, "add", true},
                                       {AccessorKind::Remove, "remove", false},
                                       {AccessorKind::RemoveMultiple, "remove", true},
                                       {AccessorKind::Create, "create", false}};
    static constexpr Wanted kSingle[] = {{AccessorKind::Get, "get", false},
                                         {AccessorKind::Set, "set", false},
                                         {AccessorKind::Create, "create", false}};
    ResolvedAssociation& r = st.resolved;
    const std::string s = naming::upperFirst(r.singular);
    const std::string p = naming::upperFirst(r.plural);
    const std::span<const Wanted> wanted =
        isMany(r.type) ? std::span<const Wanted>(kMany) : std::span<const Wanted>(kSingle);
    r.accessors.reserve(wanted.size());
    for (const Wanted& w : wanted) {
        Accessor& acc = r.accessors.emplace_back(Accessor{w.kind, w.prefix + (w.plural ? p : s), true, {}});
        // One lookup: the name is taken when it is already on the prototype.
        if (source.prototypeNames.insert(acc.name)) continue;
        acc.installed = false;
        acc.skippedBecause = source.find(acc.name) ? "'" + acc.name + "' is an attribute of " + source.name
                                                   : "'" + acc.name + "' is already defined on " +
                                                         source.name + " by an earlier association";
    }
}

std::optional<Diagnostic> AssociationBuilder::applyBelongsToMany(AssociationState& st, ModelState& source,
                                                                 ModelState& target) {
    const Association& a = *st.authored;
    ResolvedAssociation& r = st.resolved;
    const int index = r.index;
    const std::optional<ThroughSpec>& through = a.options.through;
    if (!through || through->isNullOrTrue || through->model.empty())
        return sequelizeError("RL-E-THROUGH-REQUIRED",
                              a.source + ".belongsToMany(" + a.target +
                                  ") requires through option, pass either a string or a model",
                              pathOf(index, "/options/through"),
                              "Set \"through\" to the join table name, e.g. \"" + naming::upperFirst(a.source) +
                                  naming::upperFirst(a.target) + "s\", or to a join model.",
                              a.source, index);
    const bool self = &source == &target;
    const std::optional<AliasSpec>& as = a.options.as;
    const bool hasAlias = as && (as->isObject || !as->name.empty());
    if (self && !hasAlias)
        return sequelizeError("RL-E-SELF-AS-REQUIRED", "'as' must be defined for many-to-many self-associations",
                              pathOf(index, "/options/as"), "Give this self-association an 'as', e.g. \"Friends\".",
                              a.source, index);
    if (as && as->isObject) {
        r.as = as->plural;
        r.plural = as->plural;
        r.singular = as->singular;
        r.aliased = true;
    } else if (hasAlias) {
        r.as = as->name;
        r.plural = as->name;
        r.singular = naming::singularize(as->name);
        r.aliased = true;
    } else {
        r.as = target.names.plural;
        r.plural = target.names.plural;
        r.singular = target.names.singular;
    }
    st.throughValue = through->model;
    st.throughUnique = through->unique;
    r.throughScope = through->scope;

    // Pairing: the target's belongsToMany back to this source over the same `through` value.
    AssociationState* paired = nullptr;
    if (auto it = belongsToMany_.find(target.name + '\x1f' + source.name); it != belongsToMany_.end())
        for (AssociationState* other : it->second)
            if (other->throughValue == st.throughValue) paired = other;
    belongsToMany_[source.name + '\x1f' + target.name].push_back(&st);

    r.sourceKey = a.options.sourceKey ? *a.options.sourceKey : source.primaryKeyAttribute();
    for (const auto& [key, owner, option] :
         {std::tuple{r.sourceKey, &source, "sourceKey"},
          std::tuple{a.options.targetKey.value_or(target.primaryKeyAttribute()), &target, "targetKey"}}) {
        if (owner->find(key)) continue;
        return sequelizeError("RL-E-UNKNOWN-KEY",
                              "Unknown attribute \"" + key + "\" passed as " + option + " of " + a.source +
                                  ".belongsToMany(" + a.target +
                                  "); Sequelize crashes here (TypeError: Cannot read properties of undefined "
                                  "(reading 'field'))",
                              pathOf(index, std::string("/options/") + option),
                              "Add an attribute '" + key + "' to model '" + owner->name + "', or name an existing one.",
                              a.source, index);
    }
    r.sourceKeyField = source.fieldOf(r.sourceKey);
    st.targetKeyDefault = !a.options.targetKey.has_value();
    r.targetKey = a.options.targetKey.value_or(target.primaryKeyAttribute());
    r.targetKeyField = target.fieldOf(r.targetKey);
    createBtmKeys(st, source, target);

    ModelState* join = models_.find(through->model);
    if (!join) {
        ModelState fresh;
        ModelDefiner::defineJoinModel(through->model, source, NamePair{r.singular, r.plural},
                                       a.options.timestamps.value_or(true), through->paranoid.value_or(false), fresh);
        join = &models_.add(std::move(fresh));
    }
    join->joinModel = true;
    r.through = join->name;
    r.throughTable = join->tableName;

    if (paired) {
        bool reinjectPaired = false;
        ResolvedAssociation& p = paired->resolved;
        if (st.targetKeyDefault) {
            r.targetKey = p.sourceKey;
            r.targetKeyField = p.sourceKeyField;
            createBtmKeys(st, source, target);
        }
        if (paired->targetKeyDefault && p.targetKey != r.sourceKey) {
            join->erase(p.otherKey);
            p.targetKey = r.sourceKey;
            p.targetKeyField = r.sourceKeyField;
            createBtmKeys(*paired, target, source);
            reinjectPaired = true;
        }
        if (st.otherKeyDefault) r.otherKey = p.foreignKey;
        if (paired->otherKeyDefault && p.otherKey != r.foreignKey) {
            join->erase(p.otherKey);
            p.otherKey = r.foreignKey;
            reinjectPaired = true;
        }
        r.pairedWith = p.index;
        p.pairedWith = r.index;
        if (reinjectPaired) injectBtm(*paired, target, source, *join);
    }
    source.associationKeys.insert(r.as);
    injectBtm(st, source, target, *join);
    if (auto err = checkNamingCollision(st, source)) return err;
    installAccessors(st, source);
    return std::nullopt;
}

void AssociationBuilder::createBtmKeys(AssociationState& st, const ModelState& source, const ModelState& target) {
    ResolvedAssociation& r = st.resolved;
    const bool self = &source == &target;
    bool ok = true;
    r.foreignKey = !st.foreignKeySpec->name.empty()
                       ? st.foreignKeySpec->name
                       : camelized(source.names.singular + "_" + r.sourceKey, ok);
    if (!st.otherKeySpec->name.empty()) {
        r.otherKey = st.otherKeySpec->name;
    } else {
        st.otherKeyDefault = !st.otherKeySpec->isObject;
        const std::string prefix = self ? naming::singularize(r.as) : target.names.singular;
        r.otherKey = camelized(prefix + "_" + r.targetKey, ok);
    }
}

void AssociationBuilder::injectBtm(AssociationState& st, ModelState& source, ModelState& target, ModelState& join) {
    const Association& a = *st.authored;
    ResolvedAssociation& r = st.resolved;
    // Drop the primary keys Sequelize generated (auto id, earlier join keys), keep this call's keys.
    std::vector<std::string> generatedKeys;
    for (const AttributeState& attr : join.attributes())
        if (attr.def.primaryKey.value_or(false) && attr.autoGenerated) generatedKeys.push_back(attr.def.name);
    for (const std::string& name : generatedKeys) {
        if (name == r.foreignKey || name == r.otherKey) join.find(name)->def.primaryKey = false;
        else join.erase(name);
        st.primaryKeyDeleted = true;
    }

    AttributeDef sourceAttr = st.foreignKeySpec->isObject ? st.foreignKeySpec->def : AttributeDef{};
    AttributeDef targetAttr = st.otherKeySpec->isObject ? st.otherKeySpec->def : AttributeDef{};
    const AttributeState* sk = source.find(r.sourceKey);
    const AttributeState* tk = target.find(r.targetKey);
    if (!sourceAttr.type && sk) sourceAttr.type = sk->def.type;
    if (!targetAttr.type && tk) targetAttr.type = tk->def.type;
    if (st.primaryKeyDeleted) {
        sourceAttr.primaryKey = targetAttr.primaryKey = true;
    } else if (st.throughUnique.value_or(true)) {
        const std::string key = a.options.uniqueKey && !a.options.uniqueKey->empty()
                                    ? *a.options.uniqueKey
                                    : join.tableName + "_" + r.foreignKey + "_" + r.otherKey + "_unique";
        sourceAttr.unique = targetAttr.unique = UniqueSpec{false, key};
    }
    for (const std::string& name : {r.foreignKey, r.otherKey}) {
        if (join.find(name)) continue;
        AttributeState fresh;
        fresh.def.name = name;
        fresh.origin = ColumnOrigin::JoinKey;
        fresh.autoGenerated = true;
        join.append(std::move(fresh));
    }
    if (r.constraints) {
        AttributeState* fk = join.find(r.foreignKey);
        AttributeState* ok = join.find(r.otherKey);
        sourceAttr.references = References{source.tableName, r.sourceKeyField};
        sourceAttr.onDelete = a.options.onDelete ? a.options.onDelete : fk->def.onDelete;
        sourceAttr.onUpdate = a.options.onUpdate ? a.options.onUpdate : fk->def.onUpdate;
        if (!sourceAttr.onDelete) sourceAttr.onDelete = "CASCADE";
        if (!sourceAttr.onUpdate) sourceAttr.onUpdate = "CASCADE";
        targetAttr.references = References{target.tableName, r.targetKeyField};
        targetAttr.onDelete = ok->def.onDelete ? ok->def.onDelete : a.options.onDelete;
        targetAttr.onUpdate = ok->def.onUpdate ? ok->def.onUpdate : a.options.onUpdate;
        if (!targetAttr.onDelete) targetAttr.onDelete = "CASCADE";
        if (!targetAttr.onUpdate) targetAttr.onUpdate = "CASCADE";
        r.onDelete = sourceAttr.onDelete;
        r.onUpdate = sourceAttr.onUpdate;
    }
    AttributeState* fk = join.find(r.foreignKey);
    assignOver(fk->def, sourceAttr);
    if (std::find(fk->associations.begin(), fk->associations.end(), r.index) == fk->associations.end())
        fk->associations.push_back(r.index);
    AttributeState* ok = join.find(r.otherKey);
    assignOver(ok->def, targetAttr);
    if (std::find(ok->associations.begin(), ok->associations.end(), r.index) == ok->associations.end())
        ok->associations.push_back(r.index);
    join.refreshAttributes();
    r.foreignKeyField = join.fieldOf(r.foreignKey);
    r.otherKeyField = join.fieldOf(r.otherKey);
}

} // namespace relata
