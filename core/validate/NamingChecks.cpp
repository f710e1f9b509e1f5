// Names Sequelize derives that the author did not expect.
//
// RL-W-INFLECTION-QUIRK: inflection 1.13.4 gets some English words wrong (cactus -> cactu,
// leaf -> leafs, Leaves -> Leave, Analyses -> AnalyAsis, cookies -> cooky ...). The singular of
// a model name goes into foreign keys and accessors, the plural into the table name and the
// to-many accessors. Words are recognised by their last part (`TreeLeaf`), with a short list of
// known words and their English forms; the result of the real inflection is compared with them,
// so a word inflection handles well is never reported. One generic rule: a word ending in "us"
// whose singular loses the "s" (focus -> focu), unless it is the plural of a word in -u (menus).
//
// RL-W-TABLE-SHARED: two models with one table name (or, on SQLite, names that differ in case only).
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include "naming/Inflection.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <unordered_set>

namespace relata::validation {

namespace {

// ---- the word list ----

struct Word {
    const char* singular;
    const char* plurals; // English plurals, '|'-separated, the preferred one first
};

// Words whose inflection result surprises (the list is checked against the real inflection at run
// time: a word it handles correctly is simply never reported).
constexpr Word kWords[] = {
    {"cactus", "cacti|cactuses"}, {"fungus", "fungi|funguses"}, {"alumnus", "alumni"},
    {"radius", "radii|radiuses"}, {"nucleus", "nuclei"},        {"stimulus", "stimuli"},
    {"focus", "foci|focuses"},    {"syllabus", "syllabi|syllabuses"}, {"octopus", "octopuses|octopi"},
    {"leaf", "leaves"},           {"thief", "thieves"},         {"loaf", "loaves"},
    {"hoof", "hooves|hoofs"},     {"hero", "heroes"},           {"echo", "echoes"},
    {"veto", "vetoes"},           {"torpedo", "torpedoes"},     {"embargo", "embargoes"},
    {"axis", "axes"},             {"axe", "axes"},              {"analysis", "analyses"},
    {"phenomenon", "phenomena"},  {"criterion", "criteria"},    {"moose", "moose"},
    {"gas", "gases"},             {"atlas", "atlases"},         {"bias", "biases"},
    {"lens", "lenses"},           {"iris", "irises"},           {"chassis", "chassis"},
    {"sms", "sms"},               {"gps", "gps"},               {"cms", "cms"},
    {"dns", "dns"},               {"data", "data"},             {"metadata", "metadata"},
    {"cookie", "cookies"},        {"zombie", "zombies"},        {"tie", "ties"},
    {"pie", "pies"},              {"lie", "lies"},              {"calorie", "calories"},
    {"rookie", "rookies"},        {"goalie", "goalies"},        {"selfie", "selfies"},
    {"brownie", "brownies"},      {"smoothie", "smoothies"},    {"newbie", "newbies"},
    {"hoodie", "hoodies"},        {"movie", "movies"},
};

// Plurals of words in -u, for the generic "-us" rule.
constexpr const char* kWordsInU[] = {"menu", "guru", "emu",    "gnu",   "haiku", "tutu",     "tofu",  "bayou",
                                     "caribou", "sudoku", "kudzu", "tiramisu", "impromptu", "snafu", "bijou",
                                     "zebu", "ecu",  "fondu", "jujitsu", "bantu", "hindu", "kanji"};

std::vector<std::string> split(const char* list) {
    std::vector<std::string> out(1);
    for (const char* p = list; *p; ++p) {
        if (*p == '|') out.emplace_back();
        else out.back() += *p;
    }
    return out;
}

struct Forms {
    std::vector<std::string> singulars, plurals; // lower case, whole name
    bool pluralKnown = true; // false for the generic "-us" rule (genus -> genera is fine)
};

struct WordIndex {
    // lower-case word -> (entries where it is the singular, entries where it is a plural)
    std::unordered_map<std::string, std::pair<std::vector<const Word*>, std::vector<const Word*>>> words;
    std::unordered_set<std::string> inU;
    size_t longest = 0;
    WordIndex() {
        for (const Word& w : kWords) {
            words[w.singular].first.push_back(&w);
            for (const std::string& p : split(w.plurals)) words[p].second.push_back(&w);
        }
        for (const auto& [word, entries] : words) longest = std::max(longest, word.size());
        for (const char* u : kWordsInU) inU.insert(u);
    }
};

const WordIndex& wordIndex() {
    static const WordIndex index;
    return index;
}

// Start of the last word: after the last '_', '-', ' ', or at the last upper-case letter that
// follows a lower-case one (TreeLeaf -> Leaf).
size_t lastWordStart(const std::string& name) {
    for (size_t i = name.size(); i-- > 1;) {
        const auto c = static_cast<unsigned char>(name[i]);
        const auto prev = static_cast<unsigned char>(name[i - 1]);
        if (prev == '_' || prev == '-' || prev == ' ') return i;
        if (std::isupper(c) && std::islower(prev)) return i;
    }
    return 0;
}

// What English expects of `name`, when its last word is one the list or the "-us" rule knows.
bool expectedForms(const std::string& name, Forms& forms) {
    const size_t start = lastWordStart(name);
    const std::string prefix = lowerAscii(name.substr(0, start));
    const std::string word = lowerAscii(name.substr(start));
    const WordIndex& idx = wordIndex();
    if (word.size() <= idx.longest) {
        auto it = idx.words.find(word);
        if (it != idx.words.end()) {
            for (const Word* w : it->second.first) { // the name is this word's singular
                forms.singulars.push_back(prefix + w->singular);
                for (const std::string& p : split(w->plurals)) forms.plurals.push_back(prefix + p);
            }
            for (const Word* w : it->second.second) { // the name is one of this word's plurals
                forms.singulars.push_back(prefix + w->singular);
                forms.plurals.push_back(prefix + word);
            }
            return true;
        }
    }
    // focus -> focu: inflection drops the "s" of a singular in -us it does not know.
    if (word.size() > 3 && word.compare(word.size() - 2, 2, "us") == 0 &&
        !idx.inU.count(word.substr(0, word.size() - 1))) {
        forms.singulars.push_back(prefix + word);
        forms.plurals.push_back(prefix + word + "es");
        forms.pluralKnown = false;
        return true;
    }
    return false;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), lowerAscii(value)) != list.end();
}

// `form` (lower case, whole name) written with the case of `like`: Cactus -> Cacti, CACTUS -> CACTI.
std::string withCaseOf(const std::string& form, const std::string& like) {
    std::string out = form;
    bool allUpper = true, anyAlpha = false;
    for (char c : like) {
        if (!std::isalpha(static_cast<unsigned char>(c))) continue;
        anyAlpha = true;
        allUpper = allUpper && std::isupper(static_cast<unsigned char>(c));
    }
    if (anyAlpha && allUpper) {
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
    }
    // Copy the case letter by letter over the common length (keeps TreeLeaf -> TreeLeaves).
    for (size_t i = 0; i < out.size() && i < like.size(); ++i)
        if (std::isupper(static_cast<unsigned char>(like[i]))) out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    return out;
}

struct Verdict {
    std::string singular, plural;       // what inflection gives
    std::string goodSingular, goodPlural; // what to write instead (case of the name)
    bool wrongSingular = false, wrongPlural = false;
};

bool judge(const std::string& name, Verdict& v) {
    Forms forms;
    if (!expectedForms(name, forms)) return false;
    v.singular = naming::singularize(name);
    v.plural = naming::pluralize(name);
    v.wrongSingular = !contains(forms.singulars, v.singular);
    // Without a known plural, only an unchanged word is wrong (focus -> focus).
    v.wrongPlural = forms.pluralKnown ? !contains(forms.plurals, v.plural) : lowerAscii(v.plural) == lowerAscii(name);
    v.goodSingular = withCaseOf(forms.singulars.front(), name);
    v.goodPlural = withCaseOf(forms.plurals.front(), name);
    return v.wrongSingular || v.wrongPlural;
}

std::string inQuotes(const std::string& s) {
    return "\"" + s + "\"";
}

void checkModel(const Context& ctx, const Table& t, Diagnostics& out) {
    const Model& m = ctx.doc.models[static_cast<size_t>(t.documentIndex)];
    Verdict v;
    if (!judge(m.name, v)) return;
    const ModelOptions& o = m.options;
    const bool tableFromPlural = !(o.tableName && !o.tableName->empty()) && !o.freezeTableName.value_or(false);
    const bool singularMatters = v.wrongSingular && !o.nameSingular;
    const bool pluralMatters = v.wrongPlural && (!o.namePlural || tableFromPlural);
    if (!singularMatters && !pluralMatters) return;

    std::string message = "model " + inQuotes(m.name) + ": inflection 1.13.4, which Sequelize uses, gives the singular " +
                          inQuotes(v.singular) + " and the plural " + inQuotes(v.plural) + ", so ";
    std::vector<std::string> effects;
    if (singularMatters) {
        const std::string pk = t.primaryKeyAttribute().empty() ? "id" : t.primaryKeyAttribute();
        effects.push_back("foreign keys and accessors use " + inQuotes(t.nameSingular) + " (" +
                          naming::camelize(t.nameSingular + "_" + pk) + ", get" + naming::upperFirst(t.nameSingular) +
                          ")");
    }
    if (pluralMatters) {
        if (tableFromPlural) effects.push_back("the table is " + inQuotes(t.tableName));
        if (!o.namePlural) effects.push_back("to-many accessors use " + inQuotes(t.namePlural) + " (get" +
                                             naming::upperFirst(t.namePlural) + ")");
    }
    for (size_t i = 0; i < effects.size(); ++i) message += (i ? (i + 1 == effects.size() ? " and " : ", ") : "") + effects[i];
    message += ".";

    std::string fix = "set \"name\": {\"singular\": " + inQuotes(v.goodSingular) + ", \"plural\": " +
                      inQuotes(v.goodPlural) + "} in the options of model " + m.name;
    if (pluralMatters && tableFromPlural)
        fix += ", and \"tableName\": " + inQuotes(t.underscored ? naming::underscore(v.goodPlural) : v.goodPlural) +
               " if the table should be named so (options.name does not change the table)";
    out.push_back(warning(codes::kInflectionQuirk, std::move(message), ctx.modelPath(t) + "/name", fix + ".",
                          m.name));
}

// String aliases Sequelize inflects: hasMany/belongsToMany singularize the plural alias
// (accessors), hasOne singularizes its alias for the foreign key.
void checkAlias(const Context& ctx, const ResolvedAssociation& r, Diagnostics& out) {
    const Association* a = ctx.authored(r.index);
    if (!a || !a->options.as || a->options.as->isObject || a->options.as->name.empty()) return;
    if (r.type == AssociationType::BelongsTo) return; // used verbatim
    if (r.type == AssociationType::HasOne && ctx.explicitForeignKey(r.index)) return; // the only use
    const std::string& as = a->options.as->name;
    Verdict v;
    if (!judge(as, v) || !v.wrongSingular) return;
    const std::string path = Context::associationPath(r.index, "/options/as");
    if (r.type == AssociationType::HasOne) {
        out.push_back(warning(codes::kInflectionQuirk,
                              ctx.describe(r.index) + ": inflection singularizes the alias " + inQuotes(as) + " to " +
                                  inQuotes(v.singular) + ", which names the foreign key " + inQuotes(r.foreignKey) + ".",
                              path,
                              "set \"foreignKey\" explicitly on " + ctx.describe(r.index) + " (a hasOne takes no "
                              "alias object).",
                              r.source, r.index));
        return;
    }
    out.push_back(warning(codes::kInflectionQuirk,
                          ctx.describe(r.index) + ": inflection singularizes the alias " + inQuotes(as) + " to " +
                              inQuotes(v.singular) + ", so the one-item accessors are add" +
                              naming::upperFirst(r.singular) + ", create" + naming::upperFirst(r.singular) +
                              ", remove" + naming::upperFirst(r.singular) + " and has" +
                              naming::upperFirst(r.singular) + ".",
                          path,
                          "write \"as\": {\"singular\": " + inQuotes(v.goodSingular) + ", \"plural\": " + inQuotes(as) +
                              "} on " + ctx.describe(r.index) + ".",
                          r.source, r.index));
}

} // namespace

void checkInflection(const Context& ctx, Diagnostics& out) {
    for (const Table& t : ctx.schema.tables)
        if (t.documentIndex >= 0 && static_cast<size_t>(t.documentIndex) < ctx.doc.models.size()) checkModel(ctx, t, out);
    for (const ResolvedAssociation& r : ctx.schema.associations) checkAlias(ctx, r, out);
}

void checkSharedTables(const Context& ctx, Diagnostics& out) {
    std::unordered_map<std::string_view, const Table*> exact, folded;
    std::deque<std::string> lowered; // keys of `folded` for names with upper-case letters
    exact.reserve(ctx.schema.tables.size());
    const bool caseMatters = ctx.inScope(DialectKind::Sqlite);
    if (caseMatters) folded.reserve(ctx.schema.tables.size());
    for (const Table& t : ctx.schema.tables) {
        auto [it, fresh] = exact.try_emplace(t.tableName, &t);
        const Table* first = fresh ? nullptr : it->second;
        bool onlyCase = false;
        if (fresh && caseMatters) {
            std::string_view key = t.tableName;
            if (std::any_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                key = lowered.emplace_back(lowerAscii(key));
            auto [f, freshFolded] = folded.try_emplace(key, &t);
            if (!freshFolded) {
                first = f->second;
                onlyCase = true;
            }
        }
        if (!first) continue;
        const int creator = ctx.creatorOf(t);
        std::string message = "models " + first->model + " and " + t.model;
        std::string fix;
        if (onlyCase) {
            message += " use tables " + inQuotes(first->tableName) + " and " + inQuotes(t.tableName) +
                       ", which SQLite (and MySQL on case-insensitive file systems) treats as one table: creating "
                       "the second replaces or collides with the first.";
        } else {
            message += " both use table " + inQuotes(t.tableName) +
                       ": the database gets one table for both, built from only one of the definitions.";
        }
        if (creator >= 0)
            fix = "the \"through\" of " + ctx.describe(creator) + " is a table name, so Sequelize defined a new join "
                  "model " + t.model + "; name the model instead (\"through\": " + inQuotes(first->model) +
                  ") or choose another join table name.";
        else
            fix = "give model " + t.model + " its own \"tableName\".";
        out.push_back(warning(codes::kTableShared, std::move(message), ctx.tableNamePath(t), std::move(fix), t.model,
                              creator));
    }
}

} // namespace relata::validation
