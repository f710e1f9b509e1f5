// What the chosen database(s) cannot take; with no dialect chosen, every dialect that fails is
// named. Limits and types come from the Dialect classes (core/sql/).
//
// RL-W-IDENTIFIER-TOO-LONG: table, column, index, named unique key (MySQL writes their names) and
// PostgreSQL enum type names longer than maxIdentifierLength(). PostgreSQL counts bytes and
// truncates silently; MySQL/MariaDB counts characters and refuses.
// RL-W-IDENTIFIER-QUOTE: the same names (but enum types) holding a dialect's identifier quote
// character. Relata's DDL doubles it (the SQL escape), so the name stays as written; Sequelize 6's
// quoteIdentifier deletes it (removeTicks), so Sequelize creates another name. The spec
// (tests/spec/sequelize-rules.md) has no rule for it: Relata keeps the correct quoting and warns.
// RL-W-TYPE-UNSUPPORTED: a type written in the design that a dialect lacks (supportsType()).
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>
#include <optional>

namespace relata::validation {

namespace {

const char* label(DialectKind k) {
    switch (k) {
    case DialectKind::Postgres: return "PostgreSQL";
    case DialectKind::MySql: return "MySQL/MariaDB";
    case DialectKind::Sqlite: return "SQLite";
    }
    return "?";
}

bool continuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// PostgreSQL measures identifiers in bytes (NAMEDATALEN - 1), MySQL in characters.
size_t lengthIn(DialectKind k, const std::string& s) {
    if (k != DialectKind::MySql) return s.size();
    size_t n = 0;
    for (char c : s) n += continuationByte(c) ? 0 : 1;
    return n;
}

// What PostgreSQL keeps: at most `max` bytes, not splitting a character.
std::string truncated(const std::string& s, size_t max) {
    size_t end = std::min(max, s.size());
    while (end > 0 && end < s.size() && continuationByte(s[end])) --end;
    return s.substr(0, end);
}

struct Identifier {
    const char* what; // "table name", "column name", ...
    const std::string& name;
    std::string path;
    std::string fix;
    std::string model;
    int association = -1;
    std::optional<DialectKind> only; // written by this dialect only
};

// A cheap test before any message is built: a name that fits the shortest limit in scope and holds
// no quote character of a dialect in scope is fine everywhere.
struct Screen {
    size_t limit = 0;   // the shortest limit of the dialects in scope (0: none)
    std::string quotes; // their identifier quote characters
    bool suspect(const std::string& name) const {
        return (limit && name.size() > limit) || name.find_first_of(quotes) != std::string::npos;
    }
};

Screen screenOf(const Context& ctx) {
    Screen screen;
    for (const auto& d : ctx.dialects()) {
        if (const size_t max = d->maxIdentifierLength(); max && (!screen.limit || max < screen.limit))
            screen.limit = max;
        if (screen.quotes.find(d->identifierQuote()) == std::string::npos)
            screen.quotes += d->identifierQuote();
    }
    return screen;
}

void checkLength(const Context& ctx, const Identifier& id, Diagnostics& out) {
    std::vector<std::string> problems;
    for (const auto& d : ctx.dialects()) {
        const size_t max = d->maxIdentifierLength();
        if (!max || (id.only && *id.only != d->kind())) continue;
        const size_t length = lengthIn(d->kind(), id.name);
        if (length <= max) continue;
        if (d->kind() == DialectKind::MySql)
            problems.push_back(std::string(label(d->kind())) + " refuses names longer than " + std::to_string(max) +
                               " characters (\"Identifier name is too long\")");
        else
            problems.push_back(std::string(label(d->kind())) + " silently truncates names longer than " +
                               std::to_string(max) + " bytes, to \"" + truncated(id.name, max) +
                               "\", so two names that agree that far collide");
    }
    if (problems.empty()) return;
    const size_t characters = lengthIn(DialectKind::MySql, id.name);
    std::string message = std::string(id.what) + " \"" + id.name + "\" is " + std::to_string(characters) +
                          " characters";
    if (characters != id.name.size()) message += " (" + std::to_string(id.name.size()) + " bytes)";
    message += " long: ";
    for (size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    message += ".";
    out.push_back(warning(codes::kIdentifierTooLong, std::move(message), id.path, id.fix, id.model, id.association));
}

// "'\"'" or "'\"' and '`'"
std::string quoteList(const std::string& quotes) {
    std::vector<std::string> items;
    for (char q : quotes)
        items.push_back(std::string("'") + q + "'");
    return joinWords(items);
}

// One finding for all dialects in scope whose quote character the name holds.
void checkQuotes(const Context& ctx, const Identifier& id, Diagnostics& out) {
    std::vector<std::string> problems;
    std::string removed; // the quote characters Sequelize deletes
    for (const char quote : {'"', '`'}) {
        if (id.name.find(quote) == std::string::npos) continue;
        std::vector<std::string> dialects;
        const Dialect* dialect = nullptr;
        for (const auto& d : ctx.dialects()) {
            if (d->identifierQuote() != quote || (id.only && *id.only != d->kind())) continue;
            dialects.push_back(label(d->kind()));
            dialect = d.get();
        }
        if (!dialect) continue;
        std::string sequelizeName = id.name;
        std::erase(sequelizeName, quote);
        removed += quote;
        problems.push_back(joinWords(dialects) + ": Relata writes " + dialect->quoteIdentifier(id.name) +
                           ", Sequelize " + dialect->quoteIdentifier(sequelizeName));
    }
    if (problems.empty()) return;
    std::string message =
        std::string(id.what) + " \"" + id.name + "\" contains " + quoteList(removed) +
        ": Relata's DDL keeps it (doubled inside the quotes, as SQL requires), Sequelize 6 " +
        "deletes it from identifiers, so the two create different names: ";
    for (size_t i = 0; i < problems.size(); ++i)
        message += (i ? "; " : "") + problems[i];
    message += ".";
    std::string fix = "remove " + quoteList(removed) + " from the " + id.what +
                      ", so that Relata's DDL and Sequelize's sync create the same name.";
    out.push_back(warning(codes::kIdentifierQuote, std::move(message), id.path, std::move(fix), id.model,
                          id.association));
}

// Every check of a name Relata writes quoted.
void checkName(const Context& ctx, const Identifier& id, Diagnostics& out) {
    checkLength(ctx, id, out);
    checkQuotes(ctx, id, out);
}

void checkColumnNames(const Context& ctx, const Table& t, const Screen& screen, Diagnostics& out) {
    for (const Column& c : t.columns) {
        if (screen.suspect(c.field)) {
            std::string fix;
            int association = -1;
            if (ctx.declared(t, c.attribute)) {
                fix = "give attribute " + c.attribute + " of model " + t.model + " a shorter \"field\".";
            } else if (!c.associations.empty()) {
                association = c.associations.front();
                fix = "name the column of " + ctx.describe(association) +
                      " shorter: \"foreignKey\": {\"name\": ..., \"field\": ...}.";
            } else {
                fix = "shorten the column name " + c.field + ".";
            }
            checkName(ctx, {"column name", c.field, ctx.columnPath(t, c, "field"), fix, t.model, association, {}},
                      out);
        }
        if (c.type.key != "ENUM" || !ctx.inScope(DialectKind::Postgres)) continue;
        const std::string type = "enum_" + t.tableName + "_" + c.field;
        if (type.size() <= screen.limit) continue;
        // Only the length: the enum type name loses its double quotes in Relata as in Sequelize.
        checkLength(ctx,
                    {"enum type name", type, ctx.columnPath(t, c, "type"),
                     "shorten the table or column name: PostgreSQL names the type of an ENUM column "
                     "enum_<table>_<column>.",
                     t.model, c.associations.empty() ? -1 : c.associations.front(), DialectKind::Postgres},
                    out);
    }
}

void checkKeyNames(const Context& ctx, const Table& t, const Screen& screen, Diagnostics& out) {
    // Only MySQL writes the names of `unique: "name"` keys (PostgreSQL and SQLite drop them).
    for (const UniqueKey& key : t.uniqueKeys) {
        if (!key.named || key.fields.empty() || !screen.suspect(key.name)) continue;
        const Column* first = ctx.field(t, key.fields.front());
        std::string path = ctx.modelPath(t);
        std::string fix = "give the unique key a shorter name.";
        int association = -1;
        if (first && ctx.declared(t, first->attribute)) {
            path = ctx.columnPath(t, *first, "unique");
            fix = "give the unique key of attribute " + first->attribute + " of model " + t.model +
                  " a shorter name (\"unique\": \"...\").";
        } else if (first && !first->associations.empty()) {
            association = first->associations.back();
            const Association* a = ctx.authored(association);
            path = Context::associationPath(association, a && a->options.uniqueKey ? "/options/uniqueKey" : "");
            fix = "set a shorter \"uniqueKey\" on " + ctx.describe(association) + ".";
        }
        checkName(ctx, {"unique key name", key.name, path, fix, t.model, association, DialectKind::MySql}, out);
    }
    for (size_t i = 0; i < t.indexes.size(); ++i) {
        const TableIndex& idx = t.indexes[i];
        const std::string name = idx.name.empty() ? Dialect::indexName(t, idx) : idx.name;
        if (!screen.suspect(name)) continue;
        checkName(ctx,
                  {"index name", name, ctx.modelPath(t) + "/options/indexes/" + std::to_string(i),
                   "give index " + std::to_string(i) + " of model " + t.model + " a shorter \"name\".", t.model, -1, {}},
                  out);
    }
}

std::string typeProblem(DialectKind k, const DataType& type) {
    const bool jsonb = type.key == "JSONB";
    switch (k) {
    case DialectKind::Postgres: return "PostgreSQL has no " + type.key + " (CREATE TABLE fails)";
    case DialectKind::MySql:
        return jsonb ? "MySQL/MariaDB rejects it (Unknown data type: 'JSONB')" : "MySQL/MariaDB rejects it";
    case DialectKind::Sqlite:
        return jsonb ? "SQLite accepts the name but stores the values as text"
                     : "SQLite has no such type and stores the values with its own affinity";
    }
    return {};
}

} // namespace

void checkIdentifiers(const Context& ctx, Diagnostics& out) {
    const Screen screen = screenOf(ctx);
    for (const Table& t : ctx.schema.tables) {
        if (screen.suspect(t.tableName)) {
            const int creator = ctx.creatorOf(t);
            const std::string fix = creator >= 0 ? "use a shorter \"through\" name in " + ctx.describe(creator) + "."
                                                 : "set a shorter \"tableName\" on model " + t.model + ".";
            checkName(ctx, {"table name", t.tableName, ctx.tableNamePath(t), fix, t.model, creator, {}}, out);
        }
        checkColumnNames(ctx, t, screen, out);
        checkKeyNames(ctx, t, screen, out);
    }
}

void checkTypes(const Context& ctx, Diagnostics& out) {
    // The type names some dialect in scope lacks; a column of another type is not asked about
    // (supportsType() decides by the type name).
    std::vector<std::string> suspects;
    for (const std::string& key : DataType::knownKeys()) {
        const DataType bare{key, {}, {}};
        for (const auto& d : ctx.dialects())
            if (!d->supportsType(bare)) {
                suspects.push_back(key);
                break;
            }
    }
    if (suspects.empty()) return;
    for (const Table& t : ctx.schema.tables) {
        for (const Column& c : t.columns) {
            if (c.type.empty() || std::find(suspects.begin(), suspects.end(), c.type.key) == suspects.end()) continue;
            std::vector<DialectKind> failing;
            for (const auto& d : ctx.dialects())
                if (!d->supportsType(c.type)) failing.push_back(d->kind());
            if (failing.empty()) continue;
            // Report where the type is written; a column that copies a referenced key's type
            // is a consequence of that key.
            const std::string path = ctx.authoredTypePath(t, c);
            if (path.empty()) continue;
            std::string message = Context::columnName(t, c) + " is " + c.type.text();
            if (c.type.key == "JSONB") message += ", which is PostgreSQL-only";
            message += ": ";
            for (size_t i = 0; i < failing.size(); ++i)
                message += (i ? (i + 1 == failing.size() ? " and " : ", ") : "") + typeProblem(failing[i], c.type);
            message += ".";
            std::string fix;
            if (c.type.key == "JSONB")
                fix = "use \"JSON\" (every dialect has it) for " + t.model + "." + c.attribute +
                      ", unless the design targets PostgreSQL only.";
            else if (c.type.key == "TINYINT" || c.type.key == "MEDIUMINT")
                fix = "use \"SMALLINT\" or \"INTEGER\" for " + t.model + "." + c.attribute + ".";
            else
                fix = "use a type every target database has for " + t.model + "." + c.attribute + ".";
            out.push_back(warning(codes::kTypeUnsupported, std::move(message), path, std::move(fix), t.model,
                                  c.associations.empty() ? -1 : c.associations.front()));
        }
    }
}

} // namespace relata::validation
