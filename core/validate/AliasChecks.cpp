// Two foreign key columns where one relation needs one.
//
// RL-W-ALIAS-DUPLICATE-FK: the Invoice/Subscription trap of the associations guide. A belongsTo
// and the hasOne/hasMany back (the two sides of one relation: the FK sits on the same model and
// points at the same model) leave different columns because the name of one of them was derived
// from its alias: `invoice.belongsTo(subscription, {as: 'TheSubscription'})` adds
// TheSubscriptionId, `subscription.hasMany(invoice)` adds subscriptionId.
//
// RL-I-ALIAS-SEPARATE-FK: the same shape where the alias names a role (as: 'reviewer'), which may
// well be a relation of its own: only a note.
//
// RL-W-FK-DUPLICATE-COLUMN: the Series/Trainer trap. The model declares `trainer_id` itself, an
// association without `foreignKey` adds `trainerId` next to it.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>
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

// The default FK name came from the alias (belongsTo: as + pk; hasOne: singularize(as) + pk).
// hasMany never uses its alias for the FK.
bool aliasNamedForeignKey(const Context& ctx, const ResolvedAssociation& r) {
    if (ctx.explicitForeignKey(r.index)) return false;
    if (r.type != AssociationType::BelongsTo && r.type != AssociationType::HasOne) return false;
    const Association* a = ctx.authored(r.index);
    return a && a->options.as && (a->options.as->isObject || !a->options.as->name.empty());
}

// The alias still contains the name of the model it stands for, the association's target
// (belongsTo(subscription, as 'TheSubscription'), hasOne(invoice, as 'MainInvoice')).
bool aliasMentionsModel(const Context& ctx, const ResolvedAssociation& r) {
    const Association* a = ctx.authored(r.index);
    if (!a || !a->options.as) return false;
    const std::string alias = Context::foldName(a->options.as->isObject ? a->options.as->singular : a->options.as->name);
    const Table* t = ctx.targetTable(r.index);
    for (const std::string& name : {r.target, t ? t->nameSingular : r.target}) {
        const std::string folded = Context::foldName(name);
        if (!folded.empty() && alias.find(folded) != std::string::npos) return true;
    }
    return false;
}

// The tables of one relation: the FK holder and the table it points at.
struct Relation {
    size_t holder, referenced;
    int index; // association
    bool belongsTo;
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
    const bool alias = aliasNamedForeignKey(ctx, *blamed);
    // How sure is "one relation"? An alias that still names the model (as: 'TheSubscription'), or
    // two default names that differ (options.name), say so: a warning. An alias that names a role
    // (as: 'reviewer') next to an un-aliased association back may be a second relation: a note.
    // Both sides named (+ user.hasMany(post, {as: 'tracked'})): two relations, no finding.
    const bool sure = !alias || aliasMentionsModel(ctx, *blamed);
    if (!sure) {
        const Association* otherAuthored = ctx.authored(other.index);
        if (otherAuthored && otherAuthored->options.as) return;
    }
    const Table* holder = x.type == AssociationType::BelongsTo ? ctx.sourceTable(x.index) : ctx.targetTable(x.index);
    const std::string table = holder ? holder->tableName : holderOf(x);
    const std::string blamedName = ctx.describe(blamed->index);

    std::string message;
    message.reserve(512);
    message += blamedName;
    message += " has no \"foreignKey\", so ";
    message += alias ? "its alias names the column: " : "Sequelize derives the column name: ";
    message += table + " gets " + blamed->foreignKeyField + ", while " + ctx.describe(other.index) + " uses " +
               other.foreignKeyField;
    message += sure ? ". That is two foreign key columns for what is probably one relation (the Invoice/Subscription "
                      "trap of the associations guide): rows linked through one association are invisible to the "
                      "other."
                    : ". If the two are the sides of one relation (the Invoice/Subscription trap of the "
                      "associations guide), rows linked through one are invisible to the other.";
    std::string fix = "add \"foreignKey\": \"" + other.foreignKey + "\" to " + blamedName +
                      " (or give both associations the same \"foreignKey\"); if they really are two relations, "
                      "name this one's column explicitly with \"foreignKey\".";
    std::string path = Context::associationPath(blamed->index, alias ? "/options/as" : "");
    if (sure)
        out.push_back(warning(codes::kAliasDuplicateFk, std::move(message), std::move(path), std::move(fix),
                              blamed->source, blamed->index));
    else
        out.push_back(note(codes::kAliasSeparateFk, std::move(message), std::move(path), std::move(fix),
                           blamed->source, blamed->index));
}

void checkRelationPairs(const Context& ctx, Diagnostics& out) {
    // Group by (holder, referenced) with a sort rather than a hash of names; each group is then
    // split into its belongsTo side and its hasOne/hasMany side.
    std::vector<Relation> relations;
    relations.reserve(ctx.schema.associations.size());
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        if (!holdsOwnForeignKey(r.type) || r.foreignKey.empty()) continue;
        const Table* source = ctx.sourceTable(r.index);
        const Table* target = ctx.targetTable(r.index);
        if (!source || !target) continue;
        const bool belongsTo = r.type == AssociationType::BelongsTo;
        const Table* holder = belongsTo ? source : target;
        const Table* referenced = belongsTo ? target : source;
        relations.push_back({ctx.tableIndex(*holder), ctx.tableIndex(*referenced), r.index, belongsTo});
    }
    std::sort(relations.begin(), relations.end(), [](const Relation& a, const Relation& b) {
        if (a.holder != b.holder) return a.holder < b.holder;
        if (a.referenced != b.referenced) return a.referenced < b.referenced;
        return a.index < b.index;
    });
    const size_t first = out.size();
    std::vector<const ResolvedAssociation*> belongsTo, has; // reused for every group
    for (size_t begin = 0; begin < relations.size();) {
        size_t end = begin;
        belongsTo.clear();
        has.clear();
        for (; end < relations.size() && relations[end].holder == relations[begin].holder &&
               relations[end].referenced == relations[begin].referenced;
             ++end)
            (relations[end].belongsTo ? belongsTo : has).push_back(ctx.resolved(relations[end].index));
        begin = end;
        if (belongsTo.empty() || has.empty()) continue;
        if (belongsTo.size() == 1 && has.size() == 1) { // the usual pair
            if (belongsTo.front()->foreignKey != has.front()->foreignKey)
                checkPair(ctx, *belongsTo.front(), *has.front(), out);
            continue;
        }
        const auto lonelyBelongsTo = unmatched(belongsTo, has);
        const auto lonelyHas = unmatched(has, belongsTo);
        // Only an unambiguous pairing: one association left over on each side.
        if (lonelyBelongsTo.size() != 1 || lonelyHas.size() != 1) continue;
        checkPair(ctx, *lonelyBelongsTo.front(), *lonelyHas.front(), out);
    }
    // Report in document order.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.association < b.association; });
}

void checkDeclaredTwins(const Context& ctx, Diagnostics& out) {
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        if (!holdsOwnForeignKey(r.type) || ctx.explicitForeignKey(r.index)) continue;
        const Table* holder = r.type == AssociationType::BelongsTo ? ctx.sourceTable(r.index) : ctx.targetTable(r.index);
        if (!holder) continue;
        const Column* fk = ctx.attribute(*holder, r.foreignKey);
        // Only the association that created the column (a later one reusing it is fine).
        if (!fk || fk->origin != ColumnOrigin::ForeignKey || fk->associations.empty() ||
            fk->associations.front() != r.index)
            continue;
        const Column* twin = ctx.declaredLoose(*holder, r.foreignKey);
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
