// What the database will say about each REFERENCES clause, before it says it.
//
// RL-W-REFERENCES-MODEL-NAME    references.model is a model name; Sequelize takes it as a table name.
// RL-W-REFERENCES-UNKNOWN-TABLE references.model is no table of the design.
// RL-W-REFERENCES-UNKNOWN-COLUMN references.key is no column of the referenced table.
// RL-W-FK-TYPE-MISMATCH         the FK column's type is not the referenced key's (a pre-declared
//                               column keeps its own type: mergeDefaults).
// RL-W-KEY-NOT-UNIQUE           the referenced column is neither the primary key nor unique.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>

namespace relata::validation {

namespace {

// ---- references to tables and columns that do not exist ----

const Table* tableIgnoringCase(const Context& ctx, const std::string& name,
                               std::unordered_map<std::string, const Table*>& folded) {
    if (folded.empty())
        for (const Table& t : ctx.schema.tables) folded.try_emplace(lowerAscii(t.tableName), &t);
    auto it = folded.find(lowerAscii(name));
    return it == folded.end() ? nullptr : it->second;
}

void reportMissingTable(const Context& ctx, const Table& t, const Column& c,
                        std::unordered_map<std::string, const Table*>& folded, Diagnostics& out) {
    const std::string& name = c.references->table;
    const std::string path = ctx.columnPath(t, c, "references/model");
    const std::string where = Context::columnName(t, c);
    if (const Table* model = ctx.model(name)) {
        out.push_back(warning(
            codes::kReferencesModelName,
            where + " references \"" + name + "\", the name of a model; Sequelize takes references.model as a " +
                "table name, and model " + name + "'s table is \"" + model->tableName + "\", so there is no table \"" +
                name + "\": PostgreSQL refuses the foreign key (relation \"" + name + "\" does not exist), " +
                "MySQL/MariaDB too, and SQLite fails on the first write.",
            path, "write \"model\": \"" + model->tableName + "\" in the references of " + where + ".", t.model));
        return;
    }
    std::string fix = "add a model whose table is \"" + name + "\", or point references.model at a table of the design";
    if (const Table* near = tableIgnoringCase(ctx, name, folded))
        fix = "write \"model\": \"" + near->tableName + "\" (table names are case-sensitive), or add a model whose "
              "table is \"" + name + "\"";
    out.push_back(warning(codes::kReferencesUnknownTable,
                          where + " references table \"" + name + "\", which no model of the design creates: the " +
                              "database refuses the foreign key unless that table already exists (SQLite fails on " +
                              "the first write instead).",
                          path, fix + ".", t.model));
}

void reportMissingColumn(const Context& ctx, const Table& t, const Column& c, const Table& referenced,
                         Diagnostics& out) {
    std::string fix = "reference an existing column of " + referenced.tableName;
    const std::vector<const Column*> pk = referenced.primaryKeyColumns();
    if (pk.size() == 1) fix += ", e.g. \"key\": \"" + pk.front()->field + "\" (its primary key)";
    out.push_back(warning(codes::kReferencesUnknownColumn,
                          Context::columnName(t, c) + " references " + referenced.tableName + "(" +
                              c.references->key + "), but " + referenced.tableName + " has no column " +
                              c.references->key + ": the database refuses the foreign key.",
                          ctx.columnPath(t, c, "references/key"), fix + ".", t.model));
}

// ---- type mismatch ----

enum class Family { Integer, Float, Decimal, Text, Other };

Family familyOf(const std::string& key) {
    if (key == "INTEGER" || key == "BIGINT" || key == "SMALLINT" || key == "TINYINT" || key == "MEDIUMINT")
        return Family::Integer;
    if (key == "FLOAT" || key == "DOUBLE" || key == "REAL") return Family::Float;
    if (key == "DECIMAL") return Family::Decimal;
    if (key == "STRING" || key == "CHAR" || key == "TEXT") return Family::Text;
    return Family::Other;
}

// MySQL's DECIMAL is DECIMAL(10,0); DECIMAL(p) is DECIMAL(p,0).
std::vector<std::string> decimalArgs(const DataType& t) {
    std::vector<std::string> args = t.args;
    if (args.empty()) args.push_back("10");
    if (args.size() == 1) args.push_back("0");
    return args;
}

// Empty when the databases take the pair (same type; strings of another length); else which refuse.
std::string refusal(const DataType& fk, const DataType& key) {
    if (fk.key == key.key && fk.key != "DECIMAL") return {};
    const Family a = familyOf(fk.key), b = familyOf(key.key);
    if (fk.key == key.key) {
        if (a == Family::Decimal && decimalArgs(fk) != decimalArgs(key))
            return "MySQL/MariaDB refuses this FOREIGN KEY (precision and scale must match)";
        return {};
    }
    if (a == b) {
        if (a == Family::Text) return {};
        return "MySQL/MariaDB refuses this FOREIGN KEY (the types must be the same size); PostgreSQL and SQLite "
               "accept it";
    }
    const auto numeric = [](Family f) { return f == Family::Integer || f == Family::Float || f == Family::Decimal; };
    if (numeric(a) && numeric(b))
        return "MySQL/MariaDB refuses this FOREIGN KEY, and PostgreSQL takes it only where an implicit cast "
               "exists; SQLite accepts it";
    return "PostgreSQL (\"foreign key constraint cannot be implemented\") and MySQL/MariaDB refuse this FOREIGN "
           "KEY; SQLite accepts it";
}

void checkType(const Context& ctx, const Table& t, const Column& c, const Table& rt, const Column& key,
               Diagnostics& out) {
    if (c.type.empty() || key.type.empty() || c.type.key == "ENUM" || key.type.key == "ENUM") return;
    const std::string refused = refusal(c.type, key.type);
    if (refused.empty()) return;
    std::string path = ctx.authoredTypePath(t, c);
    if (path.empty()) path = ctx.columnPath(t, c);
    const std::string where = Context::columnName(t, c);
    std::string message = where + " is " + c.type.text() + " but references " + rt.tableName + "." + key.field +
                          ", which is " + key.type.text();
    const AttributeDef* def = ctx.declared(t, c.attribute);
    if (def && def->type && !c.associations.empty())
        message += " (a declared attribute keeps its own type when an association makes it a foreign key)";
    message += ": " + refused + ".";
    std::string fix = "change the type of " + t.model + "." + c.attribute + " to " + key.type.text();
    if (def && def->type && !c.associations.empty())
        fix += ", or remove its \"type\" so that " + ctx.describe(c.associations.front()) + " sets it";
    out.push_back(warning(codes::kFkTypeMismatch, std::move(message), std::move(path), fix + ".", t.model,
                          c.associations.empty() ? -1 : c.associations.front()));
}

// ---- referenced key not unique ----

// The association option that chose the referenced key, if any: path and association.
std::pair<std::string, int> keyChoice(const Context& ctx, const Column& c) {
    for (int i : c.associations) {
        const ResolvedAssociation* r = ctx.resolved(i);
        const Association* a = ctx.authored(i);
        if (!r || !a) continue;
        const char* option = nullptr;
        switch (r->type) {
        case AssociationType::BelongsTo: option = "targetKey"; break;
        case AssociationType::HasOne:
        case AssociationType::HasMany: option = "sourceKey"; break;
        case AssociationType::BelongsToMany:
            option = r->otherKeyField == c.field ? "targetKey" : "sourceKey";
            break;
        }
        const bool given = std::string_view(option) == "targetKey" ? a->options.targetKey.has_value()
                                                                   : a->options.sourceKey.has_value();
        if (given) return {Context::associationPath(i, "/options/") + option, i};
    }
    if (!c.associations.empty()) return {Context::associationPath(c.associations.front()), c.associations.front()};
    return {{}, -1};
}

void checkUnique(const Context& ctx, const Table& t, const Column& c, const Table& rt, const Column& key,
                 Diagnostics& out) {
    if (ctx.uniqueAlone(rt, key)) return;
    auto [path, association] = keyChoice(ctx, c);
    if (path.empty()) path = ctx.columnPath(t, c, "references/key");
    const std::string where = Context::columnName(t, c);
    const std::string target = rt.tableName + "." + key.field;
    std::string message = where + " references " + target + ", which is neither the primary key of " +
                          rt.tableName + " nor unique";
    if (key.primaryKey) message += " (it is only part of a composite primary key)";
    message += ": PostgreSQL (\"there is no unique constraint matching given keys\") and MySQL/MariaDB refuse the "
               "FOREIGN KEY, and SQLite accepts the table but fails writes with \"foreign key mismatch\".";
    if (c.associations.size() > 1) {
        std::vector<std::string> users;
        for (int i : c.associations) users.push_back(ctx.describe(i));
        message += " Used by " + joinWords(users) + ".";
    }
    std::string fix;
    if (ctx.declared(rt, key.attribute))
        fix = "add \"unique\": true to attribute " + key.attribute + " of model " + rt.model + " (" +
              ctx.columnPath(rt, key) + ")";
    else
        fix = "make " + target + " unique";
    if (association >= 0) fix += ", or let " + ctx.describe(association) + " reference the primary key";
    out.push_back(warning(codes::kKeyNotUnique, std::move(message), std::move(path), fix + ".", t.model,
                          association));
}

} // namespace

void checkReferences(const Context& ctx, Diagnostics& out) {
    std::unordered_map<std::string, const Table*> folded; // built only when a table is missing
    for (const auto& [table, column] : ctx.referencing()) {
        const Table& t = *table;
        const Column& c = *column;
        const Table* rt = ctx.referencedTable(t, c);
        if (!rt) {
            reportMissingTable(ctx, t, c, folded, out);
            continue;
        }
        const Column* key = ctx.field(*rt, c.references->key);
        if (!key) {
            reportMissingColumn(ctx, t, c, *rt, out);
            continue;
        }
        checkType(ctx, t, c, *rt, *key, out);
        checkUnique(ctx, t, c, *rt, *key, out);
    }
}

} // namespace relata::validation
