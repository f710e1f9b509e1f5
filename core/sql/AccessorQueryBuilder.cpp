#include "sql/AccessorQueryBuilder.h"

#include <optional>
#include <utility>
#include <variant>

// One mechanism for all four association types: each association method is planned as a list
// of statements (Select / Update / Insert / Delete with Sequelize-shaped where objects), and one
// Writer renders any statement for any dialect. Citations: sequelize v6 src/associations/*.js
// (get/count/has/set/add/remove/create) and model.js (findAll, findOne, update, destroy,
// bulkCreate, save), abstract/query-generator.js (selectQuery, whereItemsQuery, updateQuery,
// insertQuery, bulkInsertQuery, deleteQuery).

namespace relata {

namespace {

// ---------------------------------------------------------------------------------------------
// Values

// One value in a statement: a bound runtime value, a bound list of values, a literal (scope
// values) or an SQL keyword (DEFAULT).
struct Operand {
    enum class Kind { Param, ParamList, Literal, Keyword };
    Kind kind = Kind::Param;
    std::string text; // Param / ParamList: what the value stands for; Keyword: the SQL
    OrderedJson literal;

    static Operand param(std::string what) { return {Kind::Param, std::move(what), {}}; }
    static Operand list(std::string what) { return {Kind::ParamList, std::move(what), {}}; }
    static Operand value(const OrderedJson& v) { return {Kind::Literal, {}, v}; }
    static Operand keyword(std::string sql) { return {Kind::Keyword, std::move(sql), {}}; }
};

// A JavaScript object built with assignments and spreads: a key keeps its first position and
// takes the last value. Keys are attribute names.
struct Assignments {
    std::vector<std::pair<std::string, Operand>> items;

    void set(const std::string& key, Operand value) {
        for (auto& [k, old] : items)
            if (k == key) {
                old = std::move(value);
                return;
            }
        items.emplace_back(key, std::move(value));
    }
    // Object.assign(this, scope)
    void assignScope(const std::optional<OrderedJson>& scope) {
        if (!scope || !scope->is_object()) return;
        for (const auto& [key, value] : scope->items())
            set(key, Operand::value(value));
    }
    const Operand* find(const std::string& key) const {
        for (const auto& [k, v] : items)
            if (k == key) return &v;
        return nullptr;
    }
};

// ---------------------------------------------------------------------------------------------
// Where objects

// A Sequelize where object: its keys in order, each a column condition or an Op.and / Op.or
// array of where objects. An empty object stands for `undefined` too: both render as nothing.
struct Where {
    struct Key;
    std::vector<Key> keys;

    Where& eq(std::string field, Operand value);
    Where& group(bool isOr, std::vector<Where> items);
    bool empty() const { return keys.empty(); }
};

struct Where::Key {
    enum class Kind { Column, And, Or };
    Kind kind = Kind::Column;
    std::string field; // column name (where keys are mapped to fields before rendering)
    Operand value;
    std::vector<Where> items;
};

Where& Where::eq(std::string field, Operand value) {
    keys.push_back(Key{Key::Kind::Column, std::move(field), std::move(value), {}});
    return *this;
}

Where& Where::group(bool isOr, std::vector<Where> items) {
    keys.push_back(Key{isOr ? Key::Kind::Or : Key::Kind::And, {}, {}, std::move(items)});
    return *this;
}

Where andOf(std::vector<Where> items) {
    Where w;
    w.group(false, std::move(items));
    return w;
}

// ---------------------------------------------------------------------------------------------
// Statements

struct Join {
    const Table* table = nullptr;
    std::string alias;      // the through model's name
    std::string leftField;  // target key (on the main table)
    std::string rightField; // other key (on the join table)
    Where where;            // ANDed into ON
    bool attributes = true; // select the join table's columns too
};

struct Select {
    const Table* table = nullptr;
    std::string alias; // the model name
    enum class List { All, Keys, Count };
    List list = List::All;
    std::vector<const Column*> keys; // List::Keys
    std::string countField;          // List::Count: COUNT("alias"."field") AS "count"
    std::optional<Join> join;
    Where where;
    bool limit1 = false;
};

struct Update {
    const Table* table = nullptr;
    std::vector<std::pair<std::string, Operand>> set; // field -> value
    Where where;
};

struct Insert {
    const Table* table = nullptr;
    std::vector<std::pair<std::string, Operand>> values; // field -> value
    bool returning = false;
};

struct Delete {
    const Table* table = nullptr;
    Where where;
};

using Statement = std::variant<Select, Update, Insert, Delete>;

// ---------------------------------------------------------------------------------------------
// Rendering

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

// Renders statements for one dialect; numbers placeholders in text order and records what
// each stands for. One Writer per statement.
class Writer {
public:
    explicit Writer(const Dialect& dialect) : d_(dialect) {}

    std::vector<std::string> params;

    std::string id(const std::string& name) const { return d_.quoteIdentifier(name); }

    std::string render(const Statement& s) {
        return std::visit([this](const auto& stmt) { return renderOne(stmt); }, s);
    }

private:
    const Dialect& d_;
    int next_ = 0;

    std::string bind(const std::string& what) {
        params.push_back(what);
        return d_.placeholder(++next_);
    }

    // escape(value): strings quoted, booleans as the dialect writes them, null as NULL.
    std::string literal(const OrderedJson& v) const {
        if (v.is_null()) return "NULL";
        if (v.is_string()) return d_.quoteString(v.get<std::string>());
        if (v.is_boolean()) {
            const bool b = v.get<bool>();
            if (d_.kind() == DialectKind::Sqlite) return b ? "1" : "0";
            return b ? "true" : "false";
        }
        if (v.is_number()) return v.dump();
        return d_.quoteString(v.dump()); // arrays / objects as JSON text
    }

    std::string value(const Operand& o) {
        switch (o.kind) {
        case Operand::Kind::Param:
        case Operand::Kind::ParamList:
            return bind(o.text);
        case Operand::Kind::Literal:
            return literal(o.literal);
        case Operand::Kind::Keyword:
            return o.text;
        }
        return {};
    }

    // whereItemQuery: `key = value`, `key IN (...)`, `key IS NULL`.
    std::string condition(const std::string& prefix, const Where::Key& k) {
        const std::string col = prefix.empty() ? id(k.field) : prefix + "." + id(k.field);
        const Operand& o = k.value;
        if (o.kind == Operand::Kind::ParamList) return col + " IN (" + bind(o.text) + ")";
        if (o.kind == Operand::Kind::Literal) {
            if (o.literal.is_null()) return col + " IS NULL";
            if (o.literal.is_array()) {
                std::vector<std::string> items;
                for (const OrderedJson& item : o.literal)
                    items.push_back(literal(item));
                return col + " IN (" + (items.empty() ? std::string("NULL") : joined(items, ", ")) + ")";
            }
        }
        return col + " = " + value(o);
    }

    // whereItemsQuery: the keys of one object joined with AND.
    std::string whereItems(const Where& w, const std::string& prefix) {
        std::vector<std::string> parts;
        for (const Where::Key& k : w.keys) {
            std::string part = k.kind == Where::Key::Kind::Column
                                   ? condition(prefix, k)
                                   : groupBind(k.kind == Where::Key::Kind::Or, k.items, prefix);
            if (!part.empty()) parts.push_back(std::move(part));
        }
        return joined(parts, " AND ");
    }

    // _whereGroupBind: items joined with AND / OR, an item of more than one key in parentheses,
    // the whole in parentheses; an empty Op.or is `0 = 1`.
    std::string groupBind(bool isOr, const std::vector<Where>& items, const std::string& prefix) {
        std::vector<std::string> parts;
        for (const Where& item : items) {
            std::string q = whereItems(item, prefix);
            if (q.empty()) continue;
            if (item.keys.size() > 1) q = "(" + q + ")";
            parts.push_back(std::move(q));
        }
        if (parts.empty()) return isOr ? "0 = 1" : std::string();
        return "(" + joined(parts, isOr ? " OR " : " AND ") + ")";
    }

    std::string renderOne(const Select& s) {
        const std::string as = id(s.alias);
        const bool included = s.join.has_value(); // attributes of the main model get its alias
        auto column = [&](const Column& c) {
            std::string t = included ? as + "." + id(c.field) : id(c.field);
            if (c.field != c.attribute) t += " AS " + id(c.attribute);
            return t;
        };
        std::vector<std::string> cols;
        switch (s.list) {
        case Select::List::All:
            for (const Column& c : s.table->columns)
                cols.push_back(column(c));
            break;
        case Select::List::Keys:
            for (const Column* c : s.keys)
                cols.push_back(column(*c));
            break;
        case Select::List::Count:
            cols.push_back("COUNT(" + as + "." + id(s.countField) + ") AS " + id("count"));
            break;
        }
        if (included && s.join->attributes) {
            const std::string jas = id(s.join->alias);
            for (const Column& c : s.join->table->columns)
                cols.push_back(jas + "." + id(c.field) + " AS " + id(s.join->alias + "." + c.attribute));
        }
        std::string sql = "SELECT " + joined(cols, ", ") + " FROM " + id(s.table->tableName) + " AS " + as;
        if (included) {
            const std::string jas = id(s.join->alias);
            sql += " INNER JOIN " + id(s.join->table->tableName) + " AS " + jas + " ON " + as + "." +
                   id(s.join->leftField) + " = " + jas + "." + id(s.join->rightField);
            const std::string on = whereItems(s.join->where, jas);
            if (!on.empty()) sql += " AND " + on;
        }
        const std::string where = whereItems(s.where, as);
        if (!where.empty()) sql += " WHERE " + where;
        if (s.limit1) sql += " LIMIT 1";
        return sql;
    }

    std::string renderOne(const Update& u) {
        std::vector<std::string> set;
        for (const auto& [field, v] : u.set)
            set.push_back(id(field) + "=" + value(v));
        std::string sql = "UPDATE " + id(u.table->tableName) + " SET " + joined(set, ",");
        const std::string where = whereItems(u.where, {});
        if (!where.empty()) sql += " WHERE " + where;
        return sql;
    }

    std::string renderOne(const Insert& ins) {
        std::vector<std::string> fields, values;
        for (const auto& [field, v] : ins.values) {
            fields.push_back(id(field));
            values.push_back(value(v));
        }
        std::string sql = "INSERT INTO " + id(ins.table->tableName) + " (" + joined(fields, ",") +
                          ") VALUES (" + joined(values, ",") + ")";
        if (ins.returning) {
            std::vector<std::string> all;
            for (const Column& c : ins.table->columns)
                all.push_back(id(c.field));
            sql += " RETURNING " + joined(all, ",");
        }
        return sql;
    }

    std::string renderOne(const Delete& del) {
        std::string sql = "DELETE FROM " + id(del.table->tableName);
        const std::string where = whereItems(del.where, {});
        if (!where.empty()) sql += " WHERE " + where;
        return sql;
    }
};

// ---------------------------------------------------------------------------------------------
// Models

// A table with Sequelize's _timestampAttributes.
struct ModelView {
    const Table* table = nullptr;
    const Column* createdAt = nullptr;
    const Column* updatedAt = nullptr;
    const Column* deletedAt = nullptr; // paranoid models only

    const std::string& name() const { return table->model; }

    std::string fieldOf(const std::string& attribute) const {
        const Column* c = table->findAttribute(attribute);
        return c && !c->field.empty() ? c->field : attribute;
    }
};

// The timestamp attributes: the columns define() added (origin Timestamp), recognised by their
// default names; a declared attribute with a default name is used as well. A renamed one is
// recognised by position (createdAt, updatedAt) or, being nullable, as deletedAt.
ModelView viewOf(const Table* table) {
    ModelView v;
    v.table = table;
    if (!table || !table->timestamps) return v;
    std::vector<const Column*> renamed;
    for (const Column& c : table->columns) {
        const bool generated = c.origin == ColumnOrigin::Timestamp;
        if (c.attribute == "createdAt" && !v.createdAt)
            v.createdAt = &c;
        else if (c.attribute == "updatedAt" && !v.updatedAt)
            v.updatedAt = &c;
        else if (c.attribute == "deletedAt" && table->paranoid && !v.deletedAt)
            v.deletedAt = &c;
        else if (generated)
            renamed.push_back(&c);
    }
    for (const Column* c : renamed) {
        if (table->paranoid && !v.deletedAt && c->allowNull)
            v.deletedAt = c;
        else if (!v.createdAt)
            v.createdAt = c;
        else if (!v.updatedAt)
            v.updatedAt = c;
    }
    return v;
}

// Where keys are attribute names; Sequelize maps them to fields (mapOptionFieldNames).
Where toWhere(const ModelView& m, const Assignments& a) {
    Where w;
    for (const auto& [attr, v] : a.items)
        w.eq(m.fieldOf(attr), v);
    return w;
}

// _paranoidClause: `deletedAt IS NULL` first, the original where ANDed after it.
Where paranoid(const ModelView& m, Where where) {
    if (!m.deletedAt) return where;
    Where deleted;
    deleted.eq(m.deletedAt->field, Operand::value(nullptr));
    if (where.empty()) return deleted;
    return andOf({std::move(deleted), std::move(where)});
}

// findOne adds LIMIT 1 unless the where names the primary key or a single-column unique
// attribute with a primitive value (model.js findOne).
bool findOneNeedsLimit(const ModelView& m, const Assignments& where) {
    const std::string pk = m.table->primaryKeyAttribute();
    for (const auto& [attr, v] : where.items) {
        const bool primitive = v.kind == Operand::Kind::Param ||
                               (v.kind == Operand::Kind::Literal &&
                                (v.literal.is_string() || v.literal.is_number() || v.literal.is_boolean()));
        if (!primitive) continue;
        if (!pk.empty() && attr == pk) return false;
        for (const UniqueKey& key : m.table->uniqueKeys) {
            if (key.fields.size() != 1) continue;
            const Column* c = m.table->findField(key.fields[0]);
            if (c && c->attribute == attr) return false;
        }
    }
    return true;
}

struct DialectTraits {
    bool returning = false;     // INSERT ... RETURNING (postgres)
    bool defaultKeyword = true; // DEFAULT for an auto-increment key (sqlite writes NULL)
};

DialectTraits traitsOf(const Dialect& d) {
    DialectTraits t;
    t.returning = d.kind() == DialectKind::Postgres;
    t.defaultKeyword = d.kind() != DialectKind::Sqlite;
    return t;
}

std::string defaultText(const OrderedJson& v) {
    if (v.is_object() && v.contains("fn") && v["fn"].is_string()) {
        const std::string fn = v["fn"].get<std::string>();
        if (fn == "NOW") return "now";
        if (fn == "UUIDV4") return "a new UUID v4";
        return fn;
    }
    return v.dump();
}

// ---------------------------------------------------------------------------------------------
// Planning: the statements each association method issues.

class Planner {
public:
    Planner(const ResolvedSchema& schema, const ResolvedAssociation& r, const DialectTraits& traits)
        : r_(r), traits_(traits), src_(viewOf(schema.findModel(r.source))),
          tgt_(viewOf(schema.findModel(r.target))),
          thr_(viewOf(r.through.empty() ? nullptr : schema.findModel(r.through))) {}

    bool ready() const {
        return src_.table && tgt_.table && (r_.type != AssociationType::BelongsToMany || thr_.table);
    }

    std::vector<Statement> plan(AccessorKind kind) const {
        switch (r_.type) {
        case AssociationType::BelongsTo:
            return belongsTo(kind);
        case AssociationType::HasOne:
            return hasOne(kind);
        case AssociationType::HasMany:
            return hasMany(kind);
        case AssociationType::BelongsToMany:
            return belongsToMany(kind);
        }
        return {};
    }

private:
    const ResolvedAssociation& r_;
    DialectTraits traits_;
    ModelView src_, tgt_, thr_;

    // ---- descriptions ----
    std::string sourceKeyValue() const { return src_.name() + "." + r_.sourceKey; }
    std::string targetKeyAttr() const { return tgt_.table->primaryKeyAttribute(); }
    std::string targets(const std::string& which, bool many) const {
        const std::string pk = tgt_.name() + "." + targetKeyAttr();
        return many ? pk + " of each " + which + " (one placeholder per value)" : pk + " of the " + which;
    }
    static std::string now(const Column* c) { return "now (" + c->attribute + ")"; }

    // ---- shared statement shapes ----

    // Model.findAll / findOne on one table without include.
    static Select selectAll(const ModelView& m, Where where, bool limit1 = false) {
        Select s;
        s.table = m.table;
        s.alias = m.name();
        s.where = paranoid(m, std::move(where));
        s.limit1 = limit1;
        return s;
    }

    // instance.where(): every primary key attribute.
    static Where instanceWhere(const ModelView& m, const std::string& which) {
        Where w;
        for (const Column* pk : m.table->primaryKeyColumns())
            w.eq(pk->field, Operand::param(m.name() + "." + pk->attribute + which));
        return w;
    }

    // Model.update(values, {where}): the values in order, updatedAt appended; paranoid where.
    static Update bulkUpdate(const ModelView& m, const Assignments& values, Where where) {
        Update u;
        u.table = m.table;
        for (const auto& [attr, v] : values.items) {
            if (!m.table->findAttribute(attr)) continue; // _.intersection with tableAttributes
            if (m.updatedAt && attr == m.updatedAt->attribute) continue;
            u.set.emplace_back(m.fieldOf(attr), v);
        }
        if (m.updatedAt) u.set.emplace_back(m.updatedAt->field, Operand::param(now(m.updatedAt)));
        u.where = paranoid(m, std::move(where));
        return u;
    }

    // instance.save({fields}) of a persisted instance: the fields, updatedAt, WHERE its key.
    static Update saveFields(const ModelView& m, const Assignments& values, const std::string& which) {
        Update u;
        u.table = m.table;
        for (const auto& [attr, v] : values.items)
            if (m.table->findAttribute(attr))
                u.set.emplace_back(m.fieldOf(attr), v); // only attributes change
        if (m.updatedAt) u.set.emplace_back(m.updatedAt->field, Operand::param(now(m.updatedAt)));
        u.where = instanceWhere(m, which);
        return u;
    }

    // Model.destroy({where}): DELETE, or for a paranoid model the soft delete
    // UPDATE ... SET deletedAt WHERE deletedAt IS NULL AND <where>.
    static Statement destroy(const ModelView& m, const Assignments& where) {
        if (!m.deletedAt) return Delete{m.table, toWhere(m, where)};
        Update u;
        u.table = m.table;
        u.set.emplace_back(m.deletedAt->field, Operand::param(now(m.deletedAt)));
        u.where.eq(m.deletedAt->field, Operand::value(nullptr));
        for (Where::Key& k : toWhere(m, where).keys)
            u.where.keys.push_back(std::move(k));
        return u;
    }

    // Model.create(values) (save of a new record) when `full`: every attribute as if given,
    // in attribute order. bulkCreate of join rows otherwise: only the values set, defaults,
    // the primary key and the timestamps.
    Insert insertRow(const ModelView& m, const Assignments& given, bool full) const {
        Insert ins;
        ins.table = m.table;
        ins.returning = traits_.returning;
        for (const Column& c : m.table->columns) {
            if (const Operand* v = given.find(c.attribute)) {
                ins.values.emplace_back(c.field, *v);
            } else if (&c == m.createdAt || &c == m.updatedAt) {
                ins.values.emplace_back(c.field, Operand::param(now(&c)));
            } else if (&c == m.deletedAt) {
                if (c.defaultValue)
                    ins.values.emplace_back(c.field,
                                            Operand::param(m.name() + "." + c.attribute + " default " +
                                                           defaultText(*c.defaultValue)));
            } else if (c.primaryKey && c.autoIncrement) {
                ins.values.emplace_back(c.field,
                                        Operand::keyword(traits_.defaultKeyword ? "DEFAULT" : "NULL"));
            } else if (full) {
                std::string what = m.name() + "." + c.attribute + " from values";
                if (c.defaultValue) what += ", else its default " + defaultText(*c.defaultValue);
                ins.values.emplace_back(c.field, Operand::param(what));
            } else if (c.defaultValue) {
                ins.values.emplace_back(c.field, Operand::param(m.name() + "." + c.attribute + " default " +
                                                                defaultText(*c.defaultValue)));
            } else if (c.primaryKey) {
                ins.values.emplace_back(c.field, Operand::keyword("NULL"));
            }
        }
        return ins;
    }

    // The has() where: {[Op.or]: instances.map(i => i.where())} inside an Op.and with the
    // caller's (absent) where.
    Where hasWhere(bool many) const {
        const std::string which =
            many ? "each " + tgt_.name() + " checked (one OR-ed term per " + tgt_.name() + ")"
                 : "the " + tgt_.name() + " checked";
        Where pk;
        for (const Column* c : tgt_.table->primaryKeyColumns())
            pk.eq(c->field, Operand::param(tgt_.name() + "." + c->attribute + " of " + which));
        Where anyOf;
        anyOf.group(true, {std::move(pk)});
        return andOf({std::move(anyOf), Where{}});
    }

    std::vector<const Column*> primaryKeyAttributeColumn(const ModelView& m) const {
        const Column* c = m.table->findAttribute(m.table->primaryKeyAttribute());
        return c ? std::vector<const Column*>{c} : std::vector<const Column*>{};
    }

    // ---- belongsTo (belongs-to.js): the key is on the source; scope is ignored ----
    std::vector<Statement> belongsTo(AccessorKind kind) const {
        Where get;
        get.eq(tgt_.fieldOf(r_.targetKey), Operand::param(src_.name() + "." + r_.foreignKey));
        auto setKey = [&](const std::string& what) {
            Assignments fk;
            fk.set(r_.foreignKey, Operand::param(what));
            return saveFields(src_, fk, "");
        };
        switch (kind) {
        case AccessorKind::Get:
            return {selectAll(tgt_, std::move(get))}; // findByPk / findOne({limit: null})
        case AccessorKind::Set:
            return {setKey(tgt_.name() + "." + r_.targetKey + " of the new " + tgt_.name() + ", or NULL")};
        case AccessorKind::Create:
            return {insertRow(tgt_, {}, true),
                    setKey(tgt_.name() + "." + r_.targetKey + " of the created " + tgt_.name())};
        default:
            return {};
        }
    }

    // ---- hasOne (has-one.js): the key is on the target ----
    std::vector<Statement> hasOne(AccessorKind kind) const {
        Assignments get; // {[fk]: source key, ...scope}
        get.set(r_.foreignKey, Operand::param(sourceKeyValue()));
        get.assignScope(r_.scope);
        Select find = selectAll(tgt_, toWhere(tgt_, get), findOneNeedsLimit(tgt_, get));
        switch (kind) {
        case AccessorKind::Get:
            return {find};
        case AccessorKind::Set: {
            Assignments unset;
            unset.set(r_.foreignKey, Operand::param("NULL"));
            Assignments link; // Object.assign(instance, scope), then set(fk): changed in that order
            link.assignScope(r_.scope);
            link.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            return {find, saveFields(tgt_, unset, " of the previous " + tgt_.name()),
                    saveFields(tgt_, link, " of the new " + tgt_.name())};
        }
        case AccessorKind::Create: {
            Assignments values;
            values.assignScope(r_.scope);
            values.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            return {insertRow(tgt_, values, true)};
        }
        default:
            return {};
        }
    }

    // ---- hasMany (has-many.js): the key is on the target ----
    std::vector<Statement> hasMany(AccessorKind kind) const {
        Assignments get; // {...scope, [fk]: source key}
        get.assignScope(r_.scope);
        get.set(r_.foreignKey, Operand::param(sourceKeyValue()));
        const std::string pk = targetKeyAttr();
        auto byKeys = [&](const std::string& what) {
            Assignments w;
            w.set(pk, Operand::list(what));
            return toWhere(tgt_, w);
        };
        auto link =
            [&](const std::string& which) { // update({[fk]: source key, ...scope}, {where: {pk: [...]}})
                Assignments values;
                values.set(r_.foreignKey, Operand::param(sourceKeyValue()));
                values.assignScope(r_.scope);
                return bulkUpdate(tgt_, values, byKeys(which));
            };
        Assignments unset;
        unset.set(r_.foreignKey, Operand::param("NULL"));
        switch (kind) {
        case AccessorKind::Get:
            return {selectAll(tgt_, toWhere(tgt_, get))};
        case AccessorKind::Count: {
            Select s = selectAll(tgt_, toWhere(tgt_, get));
            s.list = Select::List::Count;
            s.countField = tgt_.fieldOf(pk);
            return {s};
        }
        case AccessorKind::HasSingle:
        case AccessorKind::HasAll: {
            Select s = selectAll(tgt_, andOf({toWhere(tgt_, get), hasWhere(kind == AccessorKind::HasAll)}));
            s.list = Select::List::Keys;
            s.keys = primaryKeyAttributeColumn(tgt_);
            return {s};
        }
        case AccessorKind::Set:
            return {selectAll(tgt_, toWhere(tgt_, get)),
                    bulkUpdate(tgt_, unset, byKeys(targets(tgt_.name() + " no longer associated", true))),
                    link(targets("newly associated " + tgt_.name(), true))};
        case AccessorKind::Add:
            return {link(targets(tgt_.name() + " added", false))};
        case AccessorKind::AddMultiple:
            return {link(targets(tgt_.name() + " added", true))};
        case AccessorKind::Remove:
        case AccessorKind::RemoveMultiple: {
            Assignments where; // {[fk]: source key, [pk]: [...]}
            where.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            where.set(pk,
                      Operand::list(targets(tgt_.name() + " removed", kind == AccessorKind::RemoveMultiple)));
            return {bulkUpdate(tgt_, unset, toWhere(tgt_, where))};
        }
        case AccessorKind::Create: {
            Assignments values;
            values.assignScope(r_.scope);
            values.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            return {insertRow(tgt_, values, true)};
        }
        }
        return {};
    }

    // ---- belongsToMany (belongs-to-many.js): the keys are on the through model ----
    std::vector<Statement> belongsToMany(AccessorKind kind) const {
        const std::string otherKeyOf = tgt_.name() + "." + r_.targetKey;
        auto otherKeys = [&](const std::string& which, bool many) {
            return many ? otherKeyOf + " of each " + which + " (one placeholder per value)"
                        : otherKeyOf + " of the " + which;
        };
        // The target model's findAll with the through model included (required, paranoid).
        auto throughSelect = [&](Where extra, bool attributes) {
            Assignments through; // {[fk]: source key, ...through.scope}
            through.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            through.assignScope(r_.throughScope);
            Assignments scope;
            scope.assignScope(r_.scope);
            Select s = selectAll(tgt_, andOf({toWhere(tgt_, scope), std::move(extra)}));
            s.join = Join{thr_.table,
                          thr_.name(),
                          r_.targetKeyField,
                          r_.otherKeyField,
                          paranoid(thr_, toWhere(thr_, through)),
                          attributes};
            return s;
        };
        // add(): find the join rows already there, bulkCreate the missing ones.
        auto add = [&](const std::string& which, bool many) {
            Assignments existing; // {[fk]: source key, [otherKey]: [...], ...through.scope}
            existing.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            existing.set(r_.otherKey, Operand::list(otherKeys(which, many)));
            existing.assignScope(r_.throughScope);
            return std::vector<Statement>{selectAll(thr_, toWhere(thr_, existing)),
                                          joinRow(otherKeys(which, many))};
        };
        switch (kind) {
        case AccessorKind::Get:
            return {throughSelect({}, true)};
        case AccessorKind::Count: {
            Select s = throughSelect({}, false);
            s.list = Select::List::Count;
            s.countField = r_.targetKeyField;
            return {s};
        }
        case AccessorKind::HasSingle:
        case AccessorKind::HasAll: {
            Select s = throughSelect(hasWhere(kind == AccessorKind::HasAll), false);
            s.list = Select::List::Keys;
            if (const Column* c = tgt_.table->findAttribute(r_.targetKey)) s.keys = {c};
            return {s};
        }
        case AccessorKind::Set: {
            Assignments current; // {[fk]: source key, ...through.scope}
            current.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            current.assignScope(r_.throughScope);
            Assignments obsolete;
            obsolete.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            obsolete.set(r_.otherKey, Operand::list(otherKeys(tgt_.name() + " no longer associated", true)));
            obsolete.assignScope(r_.throughScope);
            return {selectAll(thr_, toWhere(thr_, current)), destroy(thr_, obsolete),
                    joinRow(otherKeys("newly associated " + tgt_.name(), true))};
        }
        case AccessorKind::Add:
            return add(tgt_.name() + " added", false);
        case AccessorKind::AddMultiple:
            return add(tgt_.name() + " added", true);
        case AccessorKind::Remove:
        case AccessorKind::RemoveMultiple: {
            Assignments where; // {[fk]: source key, [otherKey]: [...]}: no through scope
            where.set(r_.foreignKey, Operand::param(sourceKeyValue()));
            where.set(r_.otherKey, Operand::list(otherKeys(tgt_.name() + " removed",
                                                           kind == AccessorKind::RemoveMultiple)));
            return {destroy(thr_, where)};
        }
        case AccessorKind::Create: {
            Assignments values;
            values.assignScope(r_.scope);
            std::vector<Statement> out{insertRow(tgt_, values, true)};
            for (Statement& s : add("created " + tgt_.name(), false))
                out.push_back(std::move(s));
            return out;
        }
        }
        return {};
    }

    // bulkCreate of the join rows: {[fk]: source key, [otherKey]: target key, ...through.scope}.
    Insert joinRow(const std::string& otherKeyWhat) const {
        Assignments row;
        row.set(r_.foreignKey, Operand::param(sourceKeyValue()));
        row.set(r_.otherKey, Operand::param(otherKeyWhat + ", one row each"));
        row.assignScope(r_.throughScope);
        return insertRow(thr_, row, false);
    }
};

} // namespace

std::vector<AccessorQuery> AccessorQueryBuilder::forModel(const ResolvedSchema& schema,
                                                          const std::string& model, const Dialect& dialect) {
    std::vector<AccessorQuery> out;
    const DialectTraits traits = traitsOf(dialect);
    for (const ResolvedAssociation& r : schema.associations) {
        if (r.source != model) continue;
        const Planner planner(schema, r, traits);
        for (const Accessor& acc : r.accessors) {
            AccessorQuery q;
            q.association = r.index;
            q.associationKey = r.as;
            q.kind = acc.kind;
            q.method = acc.name;
            q.installed = acc.installed;
            if (acc.installed && planner.ready()) {
                for (const Statement& s : planner.plan(acc.kind)) {
                    Writer w(dialect);
                    q.statements.push_back(w.render(s));
                    q.parameters.insert(q.parameters.end(), w.params.begin(), w.params.end());
                    q.parametersByStatement.push_back(std::move(w.params));
                }
            }
            out.push_back(std::move(q));
        }
    }
    return out;
}

} // namespace relata
