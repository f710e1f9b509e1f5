// What Sequelize does silently with names on the source model.
//
// RL-W-ASSOCIATION-REPLACED: `source.associations[key]` is overwritten without a word when the
// new association has no alias (or an object alias): Sequelize only checks string aliases.
// RL-W-ACCESSOR-SKIPPED / RL-I-ACCESSOR-SKIPPED: an accessor whose name is already an own
// property of the prototype (an attribute getter, or a method another association installed) is
// not installed. A skip inside one association (singular == plural) is only a note.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <map>
#include <unordered_set>

namespace relata::validation {

namespace {

// Sequelize's duplicate-alias check (base.js) looks at a string `as` only.
bool aliasCheckedBySequelize(const Association* a) {
    return a && a->options.as && !a->options.as->isObject;
}

std::string aliasPath(const Context& ctx, int index) {
    const Association* a = ctx.authored(index);
    return Context::associationPath(index, a && a->options.as ? "/options/as" : "");
}

struct Skips {
    std::vector<std::string> byAttribute;
    std::map<int, std::vector<std::string>> byAssociation; // installer -> names
};

void reportReplaced(const Context& ctx, const ResolvedAssociation& r, int previous, const std::string& accessors,
                    Diagnostics& out) {
    std::string message = ctx.describe(r.index) + " has no string \"as\", so Sequelize does not notice that " +
                          r.source + ".associations[\"" + r.as + "\"] already holds " + ctx.describe(previous) +
                          ": the new association silently replaces it there (include and eager loading use " +
                          "the new one)";
    if (!accessors.empty()) message += ", while " + accessors + " stay bound to " + ctx.describe(previous);
    message += ".";
    std::string fix = "give " + ctx.describe(r.index) + " its own \"as\"";
    // An alias renames the default foreign key of a belongsTo / hasOne.
    const bool aliasRenamesKey = r.type == AssociationType::BelongsTo || r.type == AssociationType::HasOne;
    if (aliasRenamesKey && !ctx.explicitForeignKey(r.index) && !r.foreignKey.empty())
        fix += " (with \"foreignKey\": \"" + r.foreignKey + "\" if it should keep that column)";
    fix += ".";
    out.push_back(warning(codes::kAssociationReplaced, std::move(message), Context::associationPath(r.index),
                          std::move(fix), r.source, r.index));
}

void reportSkips(const Context& ctx, const ResolvedAssociation& r, const Skips& skips, int replacedOwner,
                 Diagnostics& out) {
    if (!skips.byAttribute.empty()) {
        const std::string names = joinWords(skips.byAttribute);
        out.push_back(warning(
            codes::kAccessorSkippedWarning,
            "Sequelize did not install " + names + " on " + r.source + " for " + ctx.describe(r.index) + ": " +
                r.source + " has an attribute of that name, so " + r.source + "." + skips.byAttribute.front() +
                " is the attribute, not the association method.",
            aliasPath(ctx, r.index),
            "rename the attribute " + skips.byAttribute.front() + " of model " + r.source + ", or give " +
                ctx.describe(r.index) + " another \"as\".",
            r.source, r.index));
    }
    for (const auto& [owner, names] : skips.byAssociation) {
        if (owner == replacedOwner) continue; // said by RL-W-ASSOCIATION-REPLACED
        const std::string list = joinWords(names);
        if (owner == r.index) {
            const Association* a = ctx.authored(r.index);
            const bool aliased = a && a->options.as;
            std::string fix = aliased ? "give " + ctx.describe(r.index) +
                                            " an \"as\" object with two different forms, e.g. {\"singular\": \"" +
                                            r.singular + "\", \"plural\": \"" + r.plural + "s\"}."
                                      : "set \"name\": {\"singular\": ..., \"plural\": ...} with two different "
                                        "forms in the options of model " + r.target + ".";
            out.push_back(note(codes::kAccessorSkippedInfo,
                               "the singular and plural of " + ctx.describe(r.index) + " are both \"" + r.plural +
                                   "\", so the accessors for one and for many items share names and Sequelize "
                                   "keeps the first of each pair: " + list + " were skipped (the one-item forms "
                                   "remain).",
                               aliasPath(ctx, r.index), std::move(fix), r.source, r.index));
            continue;
        }
        out.push_back(warning(codes::kAccessorSkippedWarning,
                              "Sequelize did not install " + list + " on " + r.source + " for " +
                                  ctx.describe(r.index) + ": " + ctx.describe(owner) +
                                  " installed them first, so they act on that association.",
                              aliasPath(ctx, r.index), "give " + ctx.describe(r.index) + " a different \"as\".",
                              r.source, r.index));
    }
}

} // namespace

void checkAssociationKeys(const Context& ctx, Diagnostics& out) {
    // Skipped accessors are rare, and most are skipped within their own association (singular ==
    // plural). Only the others need to know which earlier association installed the name: collect
    // those names first, then follow only them.
    std::unordered_set<NamePair, NamePairHash> wanted;
    std::unordered_set<std::string_view> wantedSources;
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        for (size_t i = 0; i < r.accessors.size(); ++i) {
            if (r.accessors[i].installed) continue;
            bool own = false;
            for (size_t j = 0; j < i && !own; ++j)
                own = r.accessors[j].installed && r.accessors[j].name == r.accessors[i].name;
            if (own) continue;
            wanted.emplace(r.source, r.accessors[i].name);
            wantedSources.insert(r.source);
        }
    }

    std::unordered_map<NamePair, int, NamePairHash> keyHolder;     // (source, key) -> association now there
    std::unordered_map<NamePair, int, NamePairHash> accessorOwner; // (source, method) -> who installed it
    keyHolder.reserve(ctx.schema.associations.size());
    for (const ResolvedAssociation& r : ctx.schema.associations) {
        int replaced = -1;
        auto [slot, fresh] = keyHolder.try_emplace(NamePair(r.source, r.as), r.index);
        if (!fresh) {
            if (!aliasCheckedBySequelize(ctx.authored(r.index))) replaced = slot->second;
            slot->second = r.index;
        }

        Skips skips;
        std::vector<std::string> keptByReplaced;
        const bool followed = !wantedSources.empty() && wantedSources.count(r.source);
        for (size_t i = 0; i < r.accessors.size(); ++i) {
            const Accessor& acc = r.accessors[i];
            if (acc.installed) {
                if (followed && wanted.count(NamePair(r.source, acc.name)))
                    accessorOwner.try_emplace(NamePair(r.source, acc.name), r.index);
                continue;
            }
            bool own = false;
            for (size_t j = 0; j < i && !own; ++j) own = r.accessors[j].installed && r.accessors[j].name == acc.name;
            if (own) {
                skips.byAssociation[r.index].push_back(acc.name);
                continue;
            }
            auto owner = accessorOwner.find(NamePair(r.source, acc.name));
            if (owner == accessorOwner.end()) {
                skips.byAttribute.push_back(acc.name);
            } else {
                skips.byAssociation[owner->second].push_back(acc.name);
                if (owner->second == replaced) keptByReplaced.push_back(acc.name);
            }
        }
        if (replaced >= 0) reportReplaced(ctx, r, replaced, joinWords(keptByReplaced), out);
        if (!skips.byAttribute.empty() || !skips.byAssociation.empty()) reportSkips(ctx, r, skips, replaced, out);
    }
}

} // namespace relata::validation
