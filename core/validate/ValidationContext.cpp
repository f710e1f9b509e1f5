#include "validate/ValidationContext.h"


namespace relata::validation {

std::string pointerToken(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

static char lowerChar(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lowerChar(c);
    return out;
}

std::string joinWords(const std::vector<std::string>& items, const char* last) {
    constexpr size_t kShown = 4;
    const size_t shown = items.size() > kShown + 1 ? kShown : items.size();
    std::string out;
    for (size_t i = 0; i < shown; ++i) {
        if (i) out += i + 1 == items.size() ? last : ", ";
        out += items[i];
    }
    if (shown < items.size()) out += std::string(last) + std::to_string(items.size() - shown) + " more";
    return out;
}

static Diagnostic make(const char* code, Severity severity, std::string message, std::string path, std::string fix,
                       std::string model, int association) {
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = std::move(message);
    d.path = std::move(path);
    d.fix = std::move(fix);
    d.model = std::move(model);
    d.association = association;
    return d;
}

Diagnostic warning(const char* code, std::string message, std::string path, std::string fix, std::string model,
                   int association) {
    return make(code, Severity::Warning, std::move(message), std::move(path), std::move(fix), std::move(model),
                association);
}

Diagnostic note(const char* code, std::string message, std::string path, std::string fix, std::string model,
                int association) {
    return make(code, Severity::Info, std::move(message), std::move(path), std::move(fix), std::move(model),
                association);
}

Context::Context(const Document& d, const ResolvedSchema& s, const ValidateOptions& options) : doc(d), schema(s) {
    const std::vector<DialectKind> all = Dialect::all();
    for (DialectKind kind : all) {
        if (options.dialect && *options.dialect != static_cast<int>(kind)) continue;
        if (auto dialect = Dialect::create(kind)) dialects_.push_back(std::move(dialect));
    }
    if (dialects_.empty()) // an out-of-range dialect value: check for all of them
        for (DialectKind kind : all)
            if (auto dialect = Dialect::create(kind)) dialects_.push_back(std::move(dialect));

    primaryKeys_.reserve(schema.tables.size());
    for (const Table& t : schema.tables) {
        size_t primaryKeys = 0;
        for (const Column& c : t.columns) {
            if (c.references) referencing_.push_back({&t, &c});
            if (!c.associations.empty()) associated_.push_back({&t, &c});
            primaryKeys += c.primaryKey ? 1 : 0;
        }
        primaryKeys_.push_back(primaryKeys);
    }

    resolved_.assign(doc.associations.size(), nullptr);
    ends_.assign(doc.associations.size(), {nullptr, nullptr});
    for (const ResolvedAssociation& r : schema.associations) {
        if (r.index < 0 || static_cast<size_t>(r.index) >= resolved_.size()) continue;
        resolved_[static_cast<size_t>(r.index)] = &r;
        ends_[static_cast<size_t>(r.index)] = {schema.findModel(r.source), schema.findModel(r.target)};
        if (r.type != AssociationType::BelongsToMany) continue;
        if (const Table* join = schema.findModel(r.through); join && join->autoCreated)
            joinCreator_.try_emplace(join, r.index);
    }
}

bool Context::inScope(DialectKind kind) const {
    for (const auto& d : dialects_)
        if (d->kind() == kind) return true;
    return false;
}

const Association* Context::authored(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= doc.associations.size()) return nullptr;
    return &doc.associations[static_cast<size_t>(index)];
}

const ResolvedAssociation* Context::resolved(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= resolved_.size()) return nullptr;
    return resolved_[static_cast<size_t>(index)];
}

bool Context::explicitForeignKey(int index) const {
    const Association* a = authored(index);
    return a && a->options.foreignKey && !a->options.foreignKey->name.empty();
}

bool Context::addsReferences(int index) const {
    const ResolvedAssociation* r = resolved(index);
    const Association* a = authored(index);
    if (!r || !a) return false;
    if (r->constraints) return true;
    // helpers.addForeignKeyConstraints: explicit actions still add references (not belongsToMany)
    return r->type != AssociationType::BelongsToMany &&
           (a->options.onDelete || a->options.onUpdate || a->options.foreignKeyConstraint.value_or(false));
}

std::string Context::foldName(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '_' || c == '-' || c == ' ') continue;
        out += lowerChar(c);
    }
    return out;
}

bool Context::foldEquals(std::string_view name, std::string_view folded) {
    size_t j = 0;
    for (char c : name) {
        if (c == '_' || c == '-' || c == ' ') continue;
        if (j == folded.size() || lowerChar(c) != folded[j]) return false;
        ++j;
    }
    return j == folded.size();
}

bool Context::looselyEqual(std::string_view a, std::string_view b) {
    const auto skip = [](char c) { return c == '_' || c == '-' || c == ' '; };
    size_t i = 0, j = 0;
    for (;;) {
        while (i < a.size() && skip(a[i])) ++i;
        while (j < b.size() && skip(b[j])) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (lowerChar(a[i]) != lowerChar(b[j])) return false;
        ++i;
        ++j;
    }
}

const Table* Context::sourceTable(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= ends_.size()) return nullptr;
    return ends_[static_cast<size_t>(index)].first;
}

const Table* Context::targetTable(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= ends_.size()) return nullptr;
    return ends_[static_cast<size_t>(index)].second;
}

const Table* Context::referencedTable(const Table& table, const Column& column) const {
    if (!column.references) return nullptr;
    const std::string& name = column.references->table;
    for (int i : column.associations) {
        const ResolvedAssociation* r = resolved(i);
        if (!r) continue;
        const Table* candidate = nullptr;
        if (r->type == AssociationType::BelongsTo) candidate = targetTable(i);
        else if (r->type != AssociationType::BelongsToMany) candidate = sourceTable(i);
        else if (r->through == table.model) // join column: foreignKey -> source, otherKey -> target
            candidate = column.field == r->foreignKeyField ? sourceTable(i) : targetTable(i);
        if (candidate && candidate->tableName == name) return candidate;
    }
    return schema.findTable(name);
}

const Model* Context::documentModel(const Table& table) const {
    if (table.documentIndex < 0 || static_cast<size_t>(table.documentIndex) >= doc.models.size()) return nullptr;
    return &doc.models[static_cast<size_t>(table.documentIndex)];
}

const Context::ColumnIndex& Context::index(const Table& table) const {
    auto [it, inserted] = columns_.try_emplace(&table);
    ColumnIndex& idx = it->second;
    if (!inserted) return idx;
    for (const Column& c : table.columns) {
        idx.byField.try_emplace(c.field, &c);
        idx.byAttribute.try_emplace(c.attribute, &c);
        if (c.primaryKey) ++idx.primaryKeys;
        if (c.origin == ColumnOrigin::Declared) {
            idx.declaredLoose.try_emplace(foldName(c.attribute), &c);
            idx.declaredLoose.try_emplace(foldName(c.field), &c);
        }
    }
    for (const Column& c : table.columns)
        if ((c.primaryKey && idx.primaryKeys == 1) || (c.unique && c.unique->flag)) idx.uniqueFields[c.field] = true;
    for (const UniqueKey& key : table.uniqueKeys)
        if (key.fields.size() == 1) idx.uniqueFields[key.fields.front()] = true;
    for (const TableIndex& i : table.indexes)
        if (i.unique && i.fields.size() == 1) idx.uniqueFields[i.fields.front()] = true;
    if (const Model* m = documentModel(table))
        for (const AttributeDef& a : m->attributes) idx.declared.try_emplace(a.name, &a);
    return idx;
}

namespace {

// The mapped pointer, or nullptr when the key is absent.
template <class Map, class Key> auto lookup(const Map& map, const Key& key) -> typename Map::mapped_type {
    auto it = map.find(key);
    return it == map.end() ? nullptr : it->second;
}

} // namespace

const Column* Context::columnBy(const Table& table, std::string Column::*name, ColumnMap ColumnIndex::*byName,
                                const std::string& value) const {
    if (table.columns.size() <= kLinearLimit) {
        for (const Column& c : table.columns)
            if (c.*name == value) return &c;
        return nullptr;
    }
    return lookup(index(table).*byName, value);
}

const Column* Context::field(const Table& table, const std::string& name) const {
    return columnBy(table, &Column::field, &ColumnIndex::byField, name);
}

const Column* Context::attribute(const Table& table, const std::string& name) const {
    return columnBy(table, &Column::attribute, &ColumnIndex::byAttribute, name);
}

const Column* Context::declaredLoose(const Table& table, const std::string& name) const {
    if (table.columns.size() <= kLinearLimit) {
        for (const Column& c : table.columns)
            if (c.origin == ColumnOrigin::Declared && (looselyEqual(c.attribute, name) || looselyEqual(c.field, name)))
                return &c;
        return nullptr;
    }
    return lookup(index(table).declaredLoose, foldName(name));
}

size_t Context::primaryKeyCount(const Table& table) const {
    const Table* first = schema.tables.data();
    if (&table >= first && &table < first + schema.tables.size())
        return primaryKeys_[static_cast<size_t>(&table - first)];
    size_t n = 0;
    for (const Column& c : table.columns) n += c.primaryKey ? 1 : 0;
    return n;
}

bool Context::uniqueAlone(const Table& table, const Column& column) const {
    if (table.columns.size() > kLinearLimit) return index(table).uniqueFields.count(column.field) > 0;
    if (column.primaryKey && primaryKeyCount(table) == 1) return true;
    if (column.unique && column.unique->flag) return true;
    for (const UniqueKey& key : table.uniqueKeys)
        if (key.fields.size() == 1 && key.fields.front() == column.field) return true;
    for (const TableIndex& i : table.indexes)
        if (i.unique && i.fields.size() == 1 && i.fields.front() == column.field) return true;
    return false;
}

const AttributeDef* Context::declared(const Table& table, const std::string& name) const {
    const Model* m = documentModel(table);
    if (!m) return nullptr;
    if (m->attributes.size() <= kLinearLimit) {
        for (const AttributeDef& a : m->attributes)
            if (a.name == name) return &a;
        return nullptr;
    }
    return lookup(index(table).declared, name);
}

int Context::creatorOf(const Table& table) const {
    auto it = joinCreator_.find(&table);
    return it == joinCreator_.end() ? -1 : it->second;
}

std::string Context::describe(int index) const {
    const std::string number = std::to_string(index);
    const Association* a = authored(index);
    std::string out;
    out.reserve(64);
    out += "association ";
    out += number;
    if (!a) return out;
    out += " (";
    out += a->source;
    out += '.';
    out += associationTypeName(a->type);
    out += '(';
    out += a->target;
    if (a->options.as) {
        const AliasSpec& as = *a->options.as;
        if (as.isObject) {
            out += ", as ";
            out += as.singular;
            out += '/';
            out += as.plural;
        } else if (!as.name.empty()) {
            out += ", as ";
            out += as.name;
        }
    }
    out += "))";
    return out;
}

std::string Context::columnName(const Table& table, const Column& column) {
    return table.tableName + "." + column.field;
}

std::string Context::associationPath(int index, std::string_view rest) {
    std::string out = "/associations/" + std::to_string(index);
    out.append(rest);
    return out;
}

std::string Context::modelPath(const Table& table) const {
    if (table.documentIndex >= 0) return "/models/" + std::to_string(table.documentIndex);
    const int creator = creatorOf(table);
    return creator >= 0 ? associationPath(creator, "/options/through") : std::string();
}

std::string Context::tableNamePath(const Table& table) const {
    if (table.documentIndex < 0) return modelPath(table);
    const Model& m = doc.models[static_cast<size_t>(table.documentIndex)];
    return modelPath(table) + (m.options.tableName ? "/options/tableName" : "/name");
}

namespace {

bool hasLeaf(const AttributeDef& def, std::string_view leaf) {
    if (leaf == "type") return def.type.has_value();
    if (leaf == "field") return def.field.has_value();
    if (leaf == "unique") return def.unique.has_value();
    if (leaf == "references" || leaf == "references/model") return def.references.has_value() || def.referencesNull;
    if (leaf == "references/key") return def.references && !def.references->key.empty();
    return false;
}

} // namespace

Context::KeySource Context::keySource(const Column& column) const {
    for (int i : column.associations) {
        const ResolvedAssociation* r = resolved(i);
        const Association* a = authored(i);
        if (!r || !a) continue;
        if (r->foreignKeyField == column.field || r->foreignKey == column.attribute)
            return {i, r, a, "foreignKey", &a->options.foreignKey};
        if (r->type == AssociationType::BelongsToMany &&
            (r->otherKeyField == column.field || r->otherKey == column.attribute))
            return {i, r, a, "otherKey", &a->options.otherKey};
    }
    return {};
}

std::string Context::columnPath(const Table& table, const Column& column, std::string_view leaf) const {
    if (const AttributeDef* def = declared(table, column.attribute)) {
        std::string out = modelPath(table) + "/attributes/" + pointerToken(column.attribute);
        if (!leaf.empty() && hasLeaf(*def, leaf)) {
            out += '/';
            out.append(leaf);
        }
        return out;
    }
    if (const KeySource key = keySource(column); key.option) {
        const std::optional<KeySpec>& spec = *key.spec;
        if (!spec) return associationPath(key.index);
        std::string out = associationPath(key.index, "/options/") + key.option;
        if (spec->isObject && !leaf.empty() && hasLeaf(spec->def, leaf)) {
            out += '/';
            out.append(leaf);
        }
        return out;
    }
    if (!column.associations.empty()) return associationPath(column.associations.front());
    return modelPath(table);
}

std::string Context::authoredTypePath(const Table& table, const Column& column) const {
    if (const AttributeDef* def = declared(table, column.attribute))
        return def->type ? columnPath(table, column, "type") : std::string();
    const KeySource key = keySource(column);
    if (!key.option) return {};
    const std::optional<KeySpec>& spec = *key.spec;
    if (spec && spec->isObject && spec->def.type)
        return associationPath(key.index, "/options/") + key.option + "/type";
    // keyType types the foreignKey of belongsTo / hasOne / hasMany only.
    const bool foreignKey = key.spec == &key.authored->options.foreignKey;
    if (foreignKey && key.resolved->type != AssociationType::BelongsToMany && key.authored->options.keyType)
        return associationPath(key.index, "/options/keyType");
    return {};
}

} // namespace relata::validation
