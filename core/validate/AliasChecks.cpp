// Two foreign key columns where one relation needs one.
//
// RL-W-ALIAS-DUPLICATE-FK: the Invoice/Subscription trap of the associations guide. A belongsTo
// and the hasOne/hasMany back (the two sides of one relation: the FK sits on the same model and
// points at the same model) leave different columns because the name of one of them was derived
// from its alias: `invoice.belongsTo(subscription, {as: 'TheSubscription'})` adds
// TheSubscriptionId, `subscription.hasMany(invoice)` adds subscriptionId.
//
// RL-W-FK-DUPLICATE-COLUMN: the Series/Trainer trap. The model declares `trainer_id` itself, an
// association without `foreignKey` adds `trainerId` next to it.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <unordered_set>

namespace relata::validation {

namespace {

bool holdsOwnForeignKey(AssociationType t) {
    return t != AssociationType::BelongsToMany;
}

// belongsTo: FK on the source pointing at the target; hasOne/hasMany the other way round.
const std::string& holderOf(const ResolvedAssociation& r) {
    return r.type == AssociationType::BelongsTo ? r.source : r.target;
}
const std::string& referencedOf(const ResolvedAssociation& r) {
    return r.type == AssociationType::BelongsTo ? r.target : r.source;
}

// The default FK name came from the alias (belongsTo: as + pk; hasOne: singularize(as) + pk).
// hasMany never uses its alias for the FK.
bool aliasNamedForeignKey(const Context& ctx, const ResolvedAssociation& r) {
    if (ctx.explicitForeignKey(r.index)) return false;
    if (r.type != AssociationType::BelongsTo && r.type != AssociationType::HasOne) return false;
    const Association* a = ctx.authored(r.index);
    return a && a->options.as && (a->options.as->isObject || !a->options.as->name.empty());
}

// The alias contains the name of the model it points at ("TheSubscription" -> subscription).
bool aliasMentionsModel(const Context& ctx, const ResolvedAssociation& r) {
    const Association* a = ctx.authored(r.index);
    if (!a || !a->options.as) return false;
    const std::string alias = Context::foldName(a->options.as->isObject ? a->options.as->singular : a->options.as->name);
    const std::string& model = referencedOf(r);
    const Table* t = ctx.model(model);
    for (const std::string& name : {model, t ? t->nameSingular : model}) {
        const std::string folded = Context::foldName(name);
        if (!folded.empty() && alias.find(folded) != std::string::npos) return true;
    }
    return false;
}

struct RelationGroup {
    std::vector<const ResolvedAssociation*> belongsTo; // FK side
    std::vector<const ResolvedAssociation*> has;       // hasOne / hasMany back
};

// The associations of `side` whose FK no association of `other` uses.
std::vector<const ResolvedAssociation*> unmatched(const std::vector<const ResolvedAssociation*>& side,
                                                  const std::vector<const ResolvedAssociation*>& other) {
    std::vector<const ResolvedAssociation*> out;
    if (other.size() <= 8) { // the usual case: one or two associations back
        for (const ResolvedAssociation* r : side) {
            bool used = false;
            for (const ResolvedAssociation* o : other) used = used || o->foreignKey == r->foreignKey;
            if (!used) out.push_back(r);
        }
        return out;
    }
    std::unordered_set<std::string_view> used;
    for (const ResolvedAssociation* r : other) used.insert(r->foreignKey);
    for (const ResolvedAssociation* r : side)
        if (!used.count(r->foreignKey)) out.push_back(r);
    return out;
}

void checkPair(const Context& ctx, const ResolvedAssociation& x, const ResolvedAssociation& y, Diagnostics& out) {
    const bool xExplicit = ctx.explicitForeignKey(x.index);
    const bool yExplicit = ctx.explicitForeignKey(y.index);
    if (xExplicit && yExplicit) return; // two names chosen on purpose
    const bool xAlias = aliasNamedForeignKey(ctx, x);
    const bool yAlias = aliasNamedForeignKey(ctx, y);
    const ResolvedAssociation* blamed = nullptr;
    if (!xExplicit && !yExplicit) {
        if (xAlias != yAlias) blamed = xAlias ? &x : &y;
        else blamed = x.index > y.index ? &x : &y; // both derived the same way: the later one
    } else if (!xExplicit && xAlias) {
        blamed = &x;
    } else if (!yExplicit && yAlias) {
        blamed = &y;
    }
    // A default name next to an explicit one (post.belongsTo(user, {foreignKey: 'editorId'}) +
    // user.hasMany(post)) is usually two relations: no finding.
    if (!blamed) return;
    const ResolvedAssociation& other = blamed == &x ? y : x;
    // Both sides named (post.belongsTo(user, as reviewer) + user.hasMany(post, as tracked)) are
    // two relations, unless the alias still names the model (as: 'TheSubscription').
    const Association* otherAuthored = ctx.authored(other.index);
    if (aliasNamedForeignKey(ctx, *blamed) && otherAuthored && otherAuthored->options.as &&
        !aliasMentionsModel(ctx, *blamed))
        return;
    const Table* holder = ctx.model(holderOf(x));
    const std::string table = holder ? holder->tableName : holderOf(x);
    const bool alias = aliasNamedForeignKey(ctx, *blamed);
    const std::string blamedName = ctx.describe(blamed->index);

    std::string message;
    message.reserve(512);
    message += blamedName;
    message += " has no \"foreignKey\", so ";
    message += alias ? "its alias names the column: " : "Sequelize derives the column name: ";
    message += table + " gets " + blamed->foreignKeyField + ", while " + ctx.describe(other.index) + " uses " +
               other.foreignKeyField +
               ". That is two foreign key columns for what is probably one relation (the Invoice/Subscription "
               "trap of the associations guide): rows linked through one association are invisible to the other.";
    std::string fix = "add \"foreignKey\": \"" + other.foreignKey + "\" to " + blamedName +
                      " (or give both associations the same \"foreignKey\"); if they really are two relations, "
                      "name this one's column explicitly with \"foreignKey\".";
    out.push_back(warning(codes::kAliasDuplicateFk, std::move(message),
                          Context::associationPath(blamed->index, alias ? "/options/as" : ""), std::move(fix),
                          blamed->source, blamed->index));
}

void checkRelationPairs(const Context& ctx, Diagnostics& out) {
    std::unordered_map<NamePair, RelationGroup, NamePairHash> groups;
    std::vector<const RelationGroup*> order; // first appearance, for a stable report
    groups.reserve(ctx.schema.associations.size());
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        if (!holdsOwnForeignKey(r.type) || r.foreignKey.empty()) continue;
        auto [it, inserted] = groups.try_emplace(NamePair(holderOf(r), referencedOf(r)));
        if (inserted) order.push_back(&it->second);
        (r.type == AssociationType::BelongsTo ? it->second.belongsTo : it->second.has).push_back(&r);
    }
    for (const RelationGroup* g : order) {
        if (g->belongsTo.empty() || g->has.empty()) continue;
        if (g->belongsTo.size() == 1 && g->has.size() == 1) { // the usual pair
            if (g->belongsTo.front()->foreignKey != g->has.front()->foreignKey)
                checkPair(ctx, *g->belongsTo.front(), *g->has.front(), out);
            continue;
        }
        const auto lonelyBelongsTo = unmatched(g->belongsTo, g->has);
        const auto lonelyHas = unmatched(g->has, g->belongsTo);
        // Only an unambiguous pairing: one association left over on each side.
        if (lonelyBelongsTo.size() != 1 || lonelyHas.size() != 1) continue;
        checkPair(ctx, *lonelyBelongsTo.front(), *lonelyHas.front(), out);
    }
}

void checkDeclaredTwins(const Context& ctx, Diagnostics& out) {
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        if (!holdsOwnForeignKey(r.type) || ctx.explicitForeignKey(r.index)) continue;
        const Table* holder = ctx.model(holderOf(r));
        if (!holder) continue;
        const Column* fk = ctx.attribute(*holder, r.foreignKey);
        // Only the association that created the column (a later one reusing it is fine).
        if (!fk || fk->origin != ColumnOrigin::ForeignKey || fk->associations.empty() ||
            fk->associations.front() != r.index)
            continue;
        const Column* twin = ctx.declaredLoose(*holder, Context::foldName(r.foreignKey));
        if (!twin || twin == fk || !twin->associations.empty()) continue;
        std::string message = ctx.describe(r.index) + " has no \"foreignKey\" and adds " +
                              Context::columnName(*holder, *fk) + ", but " + holder->model + " already declares " +
                              twin->attribute;
        if (twin->references) message += " (REFERENCES " + twin->references->table + ")";
        message += " for this relation: the table ends up with both columns, and the association ignores " +
                   twin->attribute + ".";
        out.push_back(warning(codes::kFkDuplicateColumn, std::move(message), Context::associationPath(r.index),
                              "add \"foreignKey\": \"" + twin->attribute + "\" to " + ctx.describe(r.index) + ".",
                              r.source, r.index));
    }
}

} // namespace

void checkForeignKeyColumns(const Context& ctx, Diagnostics& out) {
    checkRelationPairs(ctx, out);
    checkDeclaredTwins(ctx, out);
}

} // namespace relata::validation
