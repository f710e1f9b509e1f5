#include "sync/Importer.h"

#include "naming/Inflection.h"
#include "resolve/Resolver.h"
#include "sync/CatalogNormalizer.h"
#include "sync/ExpectedSchema.h"
#include "sync/SchemaDiff.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace relata {

namespace {

std::vector<std::string> numbersIn(const std::string& type) {
    std::vector<std::string> out;
    const size_t open = type.find('(');
    if (open == std::string::npos) return out;
    std::string cur;
    for (size_t i = open + 1; i < type.size() && type[i] != ')'; ++i) {
        if (std::isdigit(static_cast<unsigned char>(type[i]))) cur += type[i];
        else if (type[i] == ',') {
            out.push_back(cur);
            cur.clear();
        } else if (type[i] != ' ') return {};
    }
    out.push_back(cur);
    for (const std::string& n : out)
        if (n.empty()) return {};
    return out;
}

bool isPrimary(const LiveTable& t, const std::string& column) {
    return std::find(t.primaryKey.begin(), t.primaryKey.end(), column) != t.primaryKey.end();
}

// `c` alone in a table with `t`'s primary key: asks ExpectedSchema what the catalog would read
// for a candidate definition of the column.
Table standIn(const LiveTable& t, const LiveColumn& c, Column& col) {
    Table table;
    table.tableName = t.name;
    col.field = col.attribute = c.name;
    col.primaryKey = isPrimary(t, c.name);
    col.allowNull = c.nullable;
    col.autoIncrement = c.autoIncrement;
    for (const std::string& pk : t.primaryKey) {
        Column k;
        k.field = k.attribute = pk;
        k.primaryKey = true;
        k.type.key = "INTEGER";
        if (pk != c.name) table.columns.push_back(k);
    }
    return table;
}

// Whether `type` without allowNull gives a nullable column (SQLite: also a lone primary key
// that is not the rowid).
bool nullableByDefault(const LiveTable& t, const LiveColumn& c, const DataType& type,
                       const Dialect& dialect) {
    Column col;
    Table table = standIn(t, c, col);
    col.type = type;
    col.allowNull = true;
    table.columns.push_back(col);
    return ExpectedSchema::column(table, table.columns.back(), dialect).nullable;
}

// The DataType whose column the catalog reads as `c.type` (found by building each candidate).
std::optional<DataType> mapType(const LiveSchema& live, const LiveTable& t, const LiveColumn& c,
                                const Dialect& dialect) {
    Column col;
    Table table = standIn(t, c, col);
    // Compared in canonical form, as the diff does: MariaDB reads INTEGER back as int(11).
    const std::string liveType = CatalogNormalizer::canonicalType(dialect.kind(), c.type);
    auto matches = [&](const DataType& type) {
        col.type = type;
        table.columns.push_back(col);
        const bool ok = ExpectedSchema::column(table, table.columns.back(), dialect).type == liveType;
        table.columns.pop_back();
        return ok;
    };
    std::vector<std::string> labels;
    if (dialect.kind() == DialectKind::Postgres) {
        for (const LiveEnum& e : live.enums)
            if (e.name == c.type) {
                DataType d;
                d.key = "ENUM";
                d.values = e.labels;
                if (matches(d)) return d;
            }
    } else if (CatalogNormalizer::enumLabels(c.type, labels) && dialect.kind() == DialectKind::MySql) {
        DataType d;
        d.key = "ENUM";
        d.values = labels;
        if (matches(d)) return d;
    }
    static const std::vector<std::string> order = {"STRING", "INTEGER", "TEXT",  "BOOLEAN", "DATE",      "DATEONLY",
                                                   "TIME",   "BIGINT",  "SMALLINT", "TINYINT", "MEDIUMINT", "FLOAT",
                                                   "DOUBLE", "REAL",    "DECIMAL", "CHAR",    "UUID",      "JSONB",
                                                   "JSON",   "BLOB"};
    const std::vector<std::string> args = numbersIn(c.type);
    for (const std::string& key : order) {
        DataType d;
        d.key = key;
        if (matches(d)) return d;
        if (!args.empty()) {
            d.args = args;
            if (matches(d)) return d;
        }
    }
    return std::nullopt;
}

std::optional<OrderedJson> mapDefault(const LiveTable& t, const LiveColumn& c, const DataType& type, const Dialect& dialect) {
    if (!c.defaultValue) return std::nullopt;
    const DialectKind kind = dialect.kind();
    const std::optional<std::string> value = CatalogNormalizer::defaultValue(kind, c.defaultValue);
    if (!value) return std::nullopt;
    std::vector<OrderedJson> candidates;
    if (type.key == "BOOLEAN") {
        if (*value == "true" || *value == "1" || *value == "TRUE") candidates.push_back(true);
        if (*value == "false" || *value == "0" || *value == "FALSE") candidates.push_back(false);
    }
    try {
        size_t used = 0;
        const long long n = std::stoll(*value, &used);
        if (used == value->size()) candidates.push_back(n);
    } catch (...) {
    }
    try {
        size_t used = 0;
        const double d = std::stod(*value, &used);
        if (used == value->size()) candidates.push_back(d);
    } catch (...) {
    }
    candidates.push_back(*value);
    Table table;
    table.tableName = t.name;
    for (const OrderedJson& v : candidates) {
        Column col;
        col.field = col.attribute = c.name;
        col.type = type;
        col.defaultValue = v;
        const std::string literal = dialect.defaultLiteral(col);
        if (CatalogNormalizer::sameDefault(kind, literal, c.defaultValue, c.type)) return v;
    }
    return OrderedJson(*value);
}

// The name a key column was made from: "parentId" -> "parent", "team_id" -> "team".
std::string keyStem(const std::string& column) {
    std::string base = column;
    if (base.size() > 2 && base.compare(base.size() - 2, 2, "Id") == 0)
        base.resize(base.size() - 2);
    else if (base.size() > 3 && base.compare(base.size() - 3, 3, "_id") == 0)
        base.resize(base.size() - 3);
    return base;
}

size_t columnPosition(const LiveTable& t, const std::string& column) {
    for (size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == column) return i;
    return t.columns.size();
}

class Builder {
public:
    Builder(const LiveSchema& live, DialectKind kind, std::vector<std::string>* notes)
        : live_(live), kind_(kind), dialect_(Dialect::create(kind)), notes_(notes) {}

    Document run() {
        nameModels();
        findJoinTables();
        noteCompositeForeignKeys();
        Document doc = build();
        // Check each table against what the design gives; fall back to explicit forms.
        for (int round = 0; round < 3; ++round) {
            const std::set<std::string> bad = mismatched(doc);
            if (bad.empty()) break;
            bool changed = false;
            for (const std::string& t : bad) {
                if (joinTables_.erase(t)) changed = true;
                else if (explicit_.insert(t).second) changed = true;
            }
            if (!changed) {
                for (const std::string& t : bad) note("table " + t + " does not round-trip exactly");
                break;
            }
            doc = build();
        }
        return doc;
    }

private:
    void note(const std::string& s) {
        if (notes_) notes_->push_back(s);
    }

    void nameModels() {
        std::set<std::string> used;
        for (const LiveTable& t : live_.tables) {
            std::string name = naming::singularize(t.name);
            if (name.empty() || naming::pluralize(name) != t.name || used.count(name)) name = t.name;
            if (used.count(name)) name = t.name + "_" + std::to_string(used.size());
            used.insert(name);
            model_[t.name] = name;
        }
    }

    // Their columns stay plain attributes; the diff leaves the constraint alone.
    void noteCompositeForeignKeys() {
        for (const LiveTable& t : live_.tables)
            for (const LiveForeignKey& fk : t.foreignKeys)
                if (fk.columns.size() > 1)
                    note("table " + t.name + ": composite foreign key " + foreignKeyText(fk) +
                         " kept as columns: Sequelize associations use one column");
    }

    // A table Sequelize makes for belongsToMany: exactly two single-column FKs to models' single
    // primary keys, forming the primary key, plus optional createdAt/updatedAt.
    void findJoinTables() {
        for (const LiveTable& t : live_.tables) {
            if (t.foreignKeys.size() != 2 || t.primaryKey.size() != 2 || !t.indexes.empty()) continue;
            bool ok = true;
            std::set<std::string> fkCols;
            for (const LiveForeignKey& fk : t.foreignKeys) {
                const LiveTable* r = live_.findTable(fk.refTable);
                if (fk.columns.size() != 1 || !r || r->primaryKey != fk.refColumns || r->name == t.name) ok = false;
                else fkCols.insert(fk.columns[0]);
            }
            if (!ok || fkCols != std::set<std::string>(t.primaryKey.begin(), t.primaryKey.end())) continue;
            for (const LiveColumn& c : t.columns)
                if (!fkCols.count(c.name) && c.name != "createdAt" && c.name != "updatedAt") ok = false;
            if (ok) joinTables_.insert(t.name);
        }
    }

    std::set<std::string> mismatched(const Document& doc) {
        std::set<std::string> out;
        const ResolvedSchema schema = Resolver::resolve(doc);
        if (schema.error) {
            note("imported design does not resolve: " + schema.error->message);
            for (const LiveTable& t : live_.tables) out.insert(t.name);
            return out;
        }
        const SyncPlan plan = SchemaDiff::plan({schema, *dialect_, live_});
        for (const SyncStep& s : plan.steps) out.insert(s.table);
        return out;
    }

    AttributeDef attribute(const LiveTable& t, const LiveColumn& c) {
        AttributeDef a;
        a.name = c.name;
        const std::optional<DataType> type = mapType(live_, t, c, *dialect_);
        if (type) a.type = *type;
        else {
            note("column " + t.name + "." + c.name + ": type " + c.type + " has no DataTypes equivalent; TEXT used");
            a.type = DataType{"TEXT", {}, {}};
        }
        const bool pk = isPrimary(t, c.name);
        if (pk) a.primaryKey = true;
        if (c.autoIncrement) a.autoIncrement = true;
        if (!c.nullable && nullableByDefault(t, c, *a.type, *dialect_)) a.allowNull = false;
        if (auto d = mapDefault(t, c, *a.type, *dialect_)) a.defaultValue = *d;
        for (const LiveKey& k : t.uniqueKeys) {
            if (std::find(k.columns.begin(), k.columns.end(), c.name) == k.columns.end()) continue;
            UniqueSpec u;
            if (k.columns.size() == 1 && k.name == t.name + "_" + c.name + "_unique") u.flag = true;
            else u.name = k.name;
            a.unique = u;
            break;
        }
        return a;
    }

    const LiveForeignKey* fkOf(const LiveTable& t, const std::string& column) {
        for (const LiveForeignKey& fk : t.foreignKeys)
            if (fk.columns.size() == 1 && fk.columns[0] == column) return &fk;
        return nullptr;
    }

    bool isDate(const LiveColumn* c, const std::string& dateType) const {
        return c && CatalogNormalizer::canonicalType(kind_, c->type) == dateType;
    }

    Document build() {
        Document doc;
        std::string dateType;
        {
            Table tt;
            Column cc;
            cc.type.key = "DATE";
            dateType = ExpectedSchema::column(tt, cc, *dialect_).type;
        }
        std::vector<Association> belongs, many;
        for (const LiveTable& t : live_.tables) {
            if (joinTables_.count(t.name)) continue;
            const bool expl = explicit_.count(t.name) > 0;
            Model m;
            m.name = model_[t.name];
            if (m.name == t.name && naming::pluralize(m.name) != t.name) m.options.freezeTableName = true;
            std::set<std::string> implicit;
            // id
            const LiveColumn* id = t.findColumn("id");
            if (!expl && id && t.primaryKey == std::vector<std::string>{"id"} && id->autoIncrement) implicit.insert("id");
            // timestamps
            const LiveColumn* ca = t.findColumn("createdAt");
            const LiveColumn* ua = t.findColumn("updatedAt");
            const LiveColumn* da = t.findColumn("deletedAt");
            const bool hasCa = !expl && isDate(ca, dateType) && !ca->nullable && !ca->defaultValue && !fkOf(t, "createdAt");
            const bool hasUa = !expl && isDate(ua, dateType) && !ua->nullable && !ua->defaultValue && !fkOf(t, "updatedAt");
            const bool hasDa = !expl && (hasCa || hasUa) && isDate(da, dateType) && da->nullable && !da->defaultValue;
            if (!hasCa && !hasUa) m.options.timestamps = false;
            else {
                if (!hasCa) m.options.createdAt = TimestampOption{true, true, {}};
                if (!hasUa) m.options.updatedAt = TimestampOption{true, true, {}};
                if (hasCa) implicit.insert("createdAt");
                if (hasUa) implicit.insert("updatedAt");
                if (hasDa) {
                    m.options.paranoid = true;
                    implicit.insert("deletedAt");
                }
            }
            // foreign keys
            std::map<std::string, int> perTarget;
            for (const LiveForeignKey& fk : t.foreignKeys)
                if (fk.columns.size() == 1) perTarget[fk.refTable]++;
            std::set<std::string> columnNames;
            for (const LiveColumn& c : t.columns) columnNames.insert(c.name);
            std::set<std::string> aliases;
            for (const LiveForeignKey& fk : t.foreignKeys) {
                const LiveTable* r = live_.findTable(fk.refTable);
                if (fk.columns.size() != 1 || !r || r->primaryKey != fk.refColumns || joinTables_.count(r->name)) continue;
                const std::string col = fk.columns[0];
                const std::string target = model_[r->name];
                const std::string pk = r->primaryKey[0];
                Association bt;
                bt.source = m.name;
                bt.type = AssociationType::BelongsTo;
                bt.target = target;
                std::string as = target;
                const std::string base = keyStem(col);
                if (perTarget[fk.refTable] > 1 || base != target || r->name == t.name) {
                    as = base;
                    if (columnNames.count(as) || as == target) as += "Ref";
                    const std::string stem = as;
                    for (int n = 2; aliases.count(as); ++n) as = stem + std::to_string(n);
                    aliases.insert(as);
                    bt.options.as = AliasSpec{false, as, {}, {}};
                }
                const LiveColumn* c = t.findColumn(col);
                const bool inAttrs = expl || isPrimary(t, col) || (c && c->defaultValue);
                KeySpec key;
                key.name = col;
                if (!inAttrs && c && !c->nullable) {
                    key.isObject = true;
                    key.def.allowNull = false;
                }
                const std::string def = naming::camelize(as + "_" + pk);
                if (key.isObject || col != def) bt.options.foreignKey = key;
                const bool nullable = c ? c->nullable : true;
                const std::string dDel = CatalogNormalizer::action(kind_, nullable ? "SET NULL" : "NO ACTION");
                const std::string dUpd = CatalogNormalizer::action(kind_, "CASCADE");
                if (!inAttrs) {
                    if (fk.onDelete != dDel) bt.options.onDelete = fk.onDelete;
                    if (fk.onUpdate != dUpd) bt.options.onUpdate = fk.onUpdate;
                    implicit.insert(col);
                }
                Association hm;
                hm.source = target;
                hm.type = AssociationType::HasMany;
                hm.target = m.name;
                if (bt.options.as) hm.options.as = AliasSpec{false, as + naming::upperFirst(naming::pluralize(m.name)), {}, {}};
                hm.options.foreignKey = KeySpec{false, col, {}};
                hm.options.onDelete = bt.options.onDelete.value_or(fk.onDelete);
                hm.options.onUpdate = bt.options.onUpdate.value_or(fk.onUpdate);
                if (!inAttrs && r->name == t.name) {
                    // hasMany on the same model runs after belongsTo: the column exists already
                }
                belongs.push_back(bt);
                many.push_back(hm);
            }
            for (const LiveColumn& c : t.columns) {
                if (implicit.count(c.name)) continue;
                AttributeDef a = attribute(t, c);
                if (const LiveForeignKey* fk = fkOf(t, c.name)) {
                    a.references = References{fk->refTable, fk->refColumns[0] == "id" ? std::string() : fk->refColumns[0]};
                    a.onDelete = fk->onDelete;
                    a.onUpdate = fk->onUpdate;
                }
                m.attributes.push_back(std::move(a));
            }
            // indexes
            if (!t.indexes.empty()) {
                std::vector<IndexSpec> list;
                for (const LiveIndex& i : t.indexes) {
                    IndexSpec s;
                    std::string joined = t.name;
                    for (const std::string& f : i.columns) joined += "_" + f;
                    if (i.name != naming::underscore(joined)) s.name = i.name;
                    s.unique = i.unique;
                    s.fields = i.columns;
                    list.push_back(std::move(s));
                }
                m.options.indexes = std::move(list);
            }
            doc.models.push_back(std::move(m));
        }
        for (Association& a : belongs) doc.associations.push_back(std::move(a));
        for (Association& a : many) doc.associations.push_back(std::move(a));
        for (const LiveTable& t : live_.tables)
            if (joinTables_.count(t.name)) addJoinAssociations(doc, t);
        return doc;
    }

    // The belongsToMany pair of a join table. The key of its first column comes first, so that
    // Sequelize creates the columns (and the composite primary key) in the live order.
    void addJoinAssociations(Document& doc, const LiveTable& t) {
        const LiveForeignKey* a = &t.foreignKeys[0];
        const LiveForeignKey* b = &t.foreignKeys[1];
        if (columnPosition(t, b->columns[0]) < columnPosition(t, a->columns[0])) std::swap(a, b);
        const bool timestamps = t.findColumn("createdAt") || t.findColumn("updatedAt");
        std::set<std::string> aliases;
        doc.associations.push_back(joinAssociation(t.name, *a, *b, timestamps, aliases));
        doc.associations.push_back(joinAssociation(t.name, *b, *a, timestamps, aliases));
    }

    Association joinAssociation(const std::string& through, const LiveForeignKey& from,
                                const LiveForeignKey& to, bool timestamps, std::set<std::string>& aliases) {
        Association x;
        x.type = AssociationType::BelongsToMany;
        x.source = model_[from.refTable];
        x.target = model_[to.refTable];
        ThroughSpec th;
        th.model = through;
        x.options.through = th;
        const bool self = from.refTable == to.refTable;
        if (self) x.options.as = AliasSpec{false, selfAlias(from.refTable, to.columns[0], aliases), {}, {}};
        const std::string fkDef = naming::camelize(x.source + "_" + from.refColumns[0]);
        const std::string okDef = naming::camelize(x.target + "_" + to.refColumns[0]);
        // Self pairs name both keys: the defaults would give both directions the same column.
        if (self || from.columns[0] != fkDef) x.options.foreignKey = KeySpec{false, from.columns[0], {}};
        if (self || to.columns[0] != okDef) x.options.otherKey = KeySpec{false, to.columns[0], {}};
        if (!timestamps) x.options.timestamps = false;
        if (from.onDelete != "CASCADE") x.options.onDelete = from.onDelete;
        if (from.onUpdate != "CASCADE") x.options.onUpdate = from.onUpdate;
        return x;
    }

    // Sequelize refuses a self many-to-many without `as`: each direction is named after the key
    // column of the rows it reaches (parentId, childId -> 'children' and 'parents'), kept apart
    // from the other direction and from the model's columns (a naming collision otherwise).
    std::string selfAlias(const std::string& table, const std::string& otherKey,
                          std::set<std::string>& aliases) const {
        std::string as = naming::pluralize(keyStem(otherKey));
        const LiveTable* source = live_.findTable(table);
        if (as.empty() || (source && source->findColumn(as))) as += "Ref";
        const std::string stem = as;
        for (int n = 2; aliases.count(as); ++n)
            as = stem + std::to_string(n);
        aliases.insert(as);
        return as;
    }

    const LiveSchema& live_;
    DialectKind kind_;
    std::unique_ptr<Dialect> dialect_;
    std::vector<std::string>* notes_;
    std::map<std::string, std::string> model_; // table -> model
    std::set<std::string> joinTables_;
    std::set<std::string> explicit_;
};

} // namespace

Document Importer::import(const LiveSchema& live, DialectKind dialect, std::vector<std::string>* notes) {
    return Builder(live, dialect, notes).run();
}

} // namespace relata
