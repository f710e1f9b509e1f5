// Polymorphic relations (associations guide, "Scopes"): one FK column holds ids of rows of several
// tables, and a type column tells which (`commentable_id` + `commentable`).
//
// A column is polymorphic when the associations that use it point at two or more models, or when
// a scope of one of them names its own source model ({commentable: 'post'} on
// post.hasMany(comment); through.scope on a belongsToMany).
//
// RL-W-POLYMORPHIC-CONSTRAINTS: such a column still gets REFERENCES (to one of the tables only).
// RL-W-POLYMORPHIC-UNSCOPED: a side of the relation that does not look at the type column: a
// belongsTo (Sequelize ignores its scope in get/set), a hasOne/hasMany without the scope, the
// belongsToMany paired with a scoped one but without a through scope of its own.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>
#include <unordered_set>

namespace relata::validation {

namespace {

// The scope key whose value names the source model, or empty.
std::string discriminator(const Context& ctx, const std::optional<OrderedJson>& scope, const std::string& source) {
    if (!scope || !scope->is_object() || scope->empty()) return {};
    const Table* t = ctx.model(source);
    std::vector<std::string> names{lowerAscii(source)};
    if (t) {
        names.push_back(lowerAscii(t->nameSingular));
        names.push_back(lowerAscii(t->namePlural));
        names.push_back(lowerAscii(t->tableName));
    }
    for (auto it = scope->begin(); it != scope->end(); ++it) {
        if (!it->is_string()) continue;
        if (std::find(names.begin(), names.end(), lowerAscii(it->get<std::string>())) != names.end()) return it.key();
    }
    return {};
}

bool scopeHasKey(const std::optional<OrderedJson>& scope, const std::string& key) {
    return scope && scope->is_object() && scope->contains(key);
}

std::string accessorName(const ResolvedAssociation& r, AccessorKind kind) {
    for (const Accessor& a : r.accessors)
        if (a.kind == kind) return a.name;
    return {};
}

struct PolymorphicColumn {
    const Table* table = nullptr;
    const Column* column = nullptr;
    std::vector<const ResolvedAssociation*> users; // associations keyed on this column
    std::vector<std::string> referenced;            // models, in order of appearance
    std::string typeColumn;                         // the scope key, when one names it
};

void reportConstraints(const Context& ctx, const PolymorphicColumn& p, Diagnostics& out) {
    const Column& c = *p.column;
    std::vector<int> culprits;
    for (const ResolvedAssociation* r : p.users)
        if (ctx.addsReferences(r->index)) culprits.push_back(r->index);
    std::string message = Context::columnName(*p.table, c) + " is polymorphic (it holds ids of " +
                          joinWords(p.referenced, " or ") + " rows";
    if (!p.typeColumn.empty()) message += ", told apart by " + p.typeColumn;
    message += ") but gets REFERENCES " + c.references->table +
               ": the database refuses every row that points at another table's id unless a " +
               c.references->table + " row happens to have the same id, and ON DELETE acts on the wrong rows.";
    std::string fix;
    std::string path;
    int association = -1;
    if (!culprits.empty()) {
        std::vector<std::string> names;
        for (int i : culprits) names.push_back(ctx.describe(i));
        fix = "set \"constraints\": false on " + joinWords(names) +
              " (without \"onDelete\"/\"onUpdate\", which add the REFERENCES back), as the associations guide does "
              "for polymorphic associations.";
        association = culprits.front();
        path = Context::associationPath(association);
    } else {
        fix = "remove \"references\" from attribute " + c.attribute + " of model " + p.table->model + ".";
        path = ctx.columnPath(*p.table, c, "references");
    }
    out.push_back(warning(codes::kPolymorphicConstraints, std::move(message), std::move(path), std::move(fix),
                          p.table->model, association));
}

void reportUnscopedBelongsTo(const PolymorphicColumn& p,
                             const std::vector<const ResolvedAssociation*>& belongsTo, Diagnostics& out) {
    std::vector<std::string> getters;
    for (const ResolvedAssociation* r : belongsTo)
        if (const std::string g = accessorName(*r, AccessorKind::Get); !g.empty()) getters.push_back(p.table->model + "." + g + "()");
    if (getters.empty()) return;
    const std::string type = p.typeColumn.empty() ? "a type column" : p.typeColumn;
    std::string message = joinWords(getters) + " read " + Context::columnName(*p.table, *p.column) +
                          " without looking at " + type + " (a belongsTo ignores scopes in get/set): for a row that " +
                          "belongs to another table, " + getters.front() + " returns whichever " +
                          belongsTo.front()->target + " has the same id.";
    std::string fix = p.typeColumn.empty()
                          ? "record the kind of row in a type column and check it before calling these getters."
                          : "check " + p.typeColumn + " before calling them, as the associations guide's getItem "
                                                      "helper does.";
    out.push_back(warning(codes::kPolymorphicUnscoped, std::move(message),
                          Context::associationPath(belongsTo.front()->index), std::move(fix), p.table->model,
                          belongsTo.front()->index));
}

void reportUnscopedHas(const Context& ctx, const PolymorphicColumn& p, const ResolvedAssociation& r,
                       Diagnostics& out) {
    const std::string getter = accessorName(r, AccessorKind::Get);
    std::string message = ctx.describe(r.index) + " shares " + Context::columnName(*p.table, *p.column) +
                          " with associations from " + joinWords(p.referenced, " and ") + " but has no scope, so " +
                          r.source + "." + getter + "() also returns rows that belong to another table with the " +
                          "same id.";
    std::string fix = p.typeColumn.empty()
                          ? "add a type column to " + p.table->model + " and a \"scope\" on it to every association "
                                                                       "that uses " + p.column->field + "."
                          : "add \"scope\": {\"" + p.typeColumn + "\": \"" + r.source + "\"} to " +
                                ctx.describe(r.index) + ".";
    out.push_back(warning(codes::kPolymorphicUnscoped, std::move(message), Context::associationPath(r.index),
                          std::move(fix), r.source, r.index));
}

// Cheap filter: several referenced models, or a scope, among the associations of the column.
bool worthALook(const Context& ctx, const Table& t, const Column& c) {
    std::string_view first;
    for (int i : c.associations) {
        const ResolvedAssociation* r = ctx.resolved(i);
        if (!r) continue;
        if (r->type == AssociationType::BelongsToMany) {
            if (r->throughScope && r->through == t.model) return true;
            continue;
        }
        if (r->scope && r->type != AssociationType::BelongsTo) return true;
        const std::string_view referenced = r->type == AssociationType::BelongsTo ? r->target : r->source;
        if (first.empty()) first = referenced;
        else if (referenced != first) return true;
    }
    return false;
}

void checkColumns(const Context& ctx, Diagnostics& out) {
    for (const auto& [table, column] : ctx.associated()) {
        const Table& t = *table;
        const Column& c = *column;
        {
            if (!worthALook(ctx, t, c)) continue;
            PolymorphicColumn p;
            std::unordered_set<std::string> seen;
            p.table = &t;
            p.column = &c;
            for (int i : c.associations) {
                const ResolvedAssociation* r = ctx.resolved(i);
                if (!r) continue;
                std::string key;
                if (r->type == AssociationType::BelongsToMany) {
                    if (r->foreignKeyField != c.field || r->through != t.model) continue; // the otherKey side
                    key = discriminator(ctx, r->throughScope, r->source);
                } else {
                    const std::string& referenced = r->type == AssociationType::BelongsTo ? r->target : r->source;
                    if (seen.insert(referenced).second) p.referenced.push_back(referenced);
                    if (r->type != AssociationType::BelongsTo) key = discriminator(ctx, r->scope, r->source);
                }
                p.users.push_back(r);
                if (p.typeColumn.empty()) p.typeColumn = key;
            }
            const bool shared = p.referenced.size() >= 2;
            if (!shared && p.typeColumn.empty()) continue;
            if (p.referenced.empty())
                for (const ResolvedAssociation* r : p.users) p.referenced.push_back(r->source);
            if (c.references) reportConstraints(ctx, p, out);
            if (!shared) continue;
            std::vector<const ResolvedAssociation*> belongsTo;
            for (const ResolvedAssociation* r : p.users)
                if (r->type == AssociationType::BelongsTo) belongsTo.push_back(r);
            if (!belongsTo.empty()) reportUnscopedBelongsTo(p, belongsTo, out);
            for (const ResolvedAssociation* r : p.users) {
                if (r->type != AssociationType::HasOne && r->type != AssociationType::HasMany) continue;
                if (p.typeColumn.empty() ? !r->scope : !scopeHasKey(r->scope, p.typeColumn))
                    reportUnscopedHas(ctx, p, *r, out);
            }
        }
    }
}

// A belongsToMany paired with a scoped one, without the through scope itself (guide: Tag -> Post).
void checkPairedThroughScopes(const Context& ctx, Diagnostics& out) {
    std::unordered_set<int> reported; // several scoped associations may pair with one
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        if (r.type != AssociationType::BelongsToMany) continue;
        const std::string key = discriminator(ctx, r.throughScope, r.source);
        if (key.empty()) continue;
        const ResolvedAssociation* pair = ctx.resolved(r.pairedWith);
        if (!pair || scopeHasKey(pair->throughScope, key) || !reported.insert(pair->index).second) continue;
        const std::string getter = accessorName(*pair, AccessorKind::Get);
        out.push_back(warning(
            codes::kPolymorphicUnscoped,
            ctx.describe(pair->index) + " has no through scope, while its pair " + ctx.describe(r.index) +
                " keeps only " + r.throughTable + " rows with " + key + " = \"" +
                r.throughScope->at(key).get<std::string>() + "\": " + pair->source + "." + getter +
                "() also follows rows of other " + key + " kinds whose " + pair->otherKeyField +
                " equals a " + pair->target + " id.",
            Context::associationPath(pair->index, "/options/through"),
            "add \"scope\": {\"" + key + "\": \"" + r.throughScope->at(key).get<std::string>() +
                "\"} to the \"through\" of " + ctx.describe(pair->index) + ".",
            pair->source, pair->index));
    }
}

} // namespace

void checkPolymorphic(const Context& ctx, Diagnostics& out) {
    checkColumns(ctx, out);
    checkPairedThroughScopes(ctx, out);
}

} // namespace relata::validation
