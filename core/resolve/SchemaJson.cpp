#include "resolve/SchemaJson.h"

namespace relata {

namespace {

void putString(OrderedJson& obj, const char* key, const std::string& value) {
    if (!value.empty()) obj[key] = value;
}

void putOptionalString(OrderedJson& obj, const char* key, const std::optional<std::string>& value) {
    if (value) obj[key] = *value;
}

void putOptionalJson(OrderedJson& obj, const char* key, const std::optional<OrderedJson>& value) {
    if (value) obj[key] = *value;
}

OrderedJson stringList(const std::vector<std::string>& items) {
    OrderedJson out = OrderedJson::array();
    for (const std::string& s : items) out.push_back(s);
    return out;
}

OrderedJson uniqueToJson(const UniqueSpec& u) {
    if (!u.name.empty()) return u.name;
    return u.flag;
}

OrderedJson accessorToJson(const Accessor& a) {
    OrderedJson out = OrderedJson::object();
    out["kind"] = accessorKindName(a.kind);
    out["name"] = a.name;
    out["installed"] = a.installed;
    putString(out, "skippedBecause", a.skippedBecause);
    return out;
}

} // namespace

OrderedJson columnToJson(const Column& c) {
    OrderedJson out = OrderedJson::object();
    out["attribute"] = c.attribute;
    out["field"] = c.field;
    if (!c.type.empty()) out["type"] = c.type.text();
    if (!c.type.values.empty()) out["values"] = stringList(c.type.values);
    out["allowNull"] = c.allowNull;
    out["primaryKey"] = c.primaryKey;
    out["autoIncrement"] = c.autoIncrement;
    if (c.unique) out["unique"] = uniqueToJson(*c.unique);
    putOptionalJson(out, "defaultValue", c.defaultValue);
    if (c.references) {
        OrderedJson ref = OrderedJson::object();
        ref["table"] = c.references->table;
        ref["key"] = c.references->key;
        out["references"] = std::move(ref);
    }
    putOptionalString(out, "onDelete", c.onDelete);
    putOptionalString(out, "onUpdate", c.onUpdate);
    putOptionalString(out, "comment", c.comment);
    out["origin"] = columnOriginName(c.origin);
    OrderedJson assoc = OrderedJson::array();
    for (int i : c.associations) assoc.push_back(i);
    out["associations"] = std::move(assoc);
    return out;
}

OrderedJson tableToJson(const Table& t) {
    OrderedJson out = OrderedJson::object();
    out["model"] = t.model;
    out["tableName"] = t.tableName;
    out["joinModel"] = t.joinModel;
    out["autoCreated"] = t.autoCreated;
    if (!t.nameSingular.empty() || !t.namePlural.empty()) {
        OrderedJson name = OrderedJson::object();
        name["singular"] = t.nameSingular;
        name["plural"] = t.namePlural;
        out["name"] = std::move(name);
    }
    out["underscored"] = t.underscored;
    out["timestamps"] = t.timestamps;
    out["paranoid"] = t.paranoid;
    putString(out, "createdAt", t.createdAtField);
    putString(out, "updatedAt", t.updatedAtField);
    putString(out, "deletedAt", t.deletedAtField);

    OrderedJson columns = OrderedJson::array();
    for (const Column& c : t.columns) columns.push_back(columnToJson(c));
    out["columns"] = std::move(columns);

    OrderedJson pk = OrderedJson::array();
    for (const Column* c : t.primaryKeyColumns()) pk.push_back(c->field);
    out["primaryKey"] = std::move(pk);

    OrderedJson uniques = OrderedJson::array();
    for (const UniqueKey& u : t.uniqueKeys) {
        OrderedJson k = OrderedJson::object();
        k["name"] = u.name;
        k["fields"] = stringList(u.fields);
        k["named"] = u.named;
        uniques.push_back(std::move(k));
    }
    out["uniqueKeys"] = std::move(uniques);

    OrderedJson indexes = OrderedJson::array();
    for (const TableIndex& ix : t.indexes) {
        OrderedJson k = OrderedJson::object();
        putString(k, "name", ix.name);
        k["unique"] = ix.unique;
        k["fields"] = stringList(ix.fields);
        indexes.push_back(std::move(k));
    }
    out["indexes"] = std::move(indexes);
    return out;
}

OrderedJson associationToJson(const ResolvedAssociation& a) {
    OrderedJson out = OrderedJson::object();
    out["index"] = a.index;
    out["type"] = associationTypeName(a.type);
    out["source"] = a.source;
    out["target"] = a.target;
    out["as"] = a.as;
    out["aliased"] = a.aliased;
    putString(out, "singular", a.singular);
    putString(out, "plural", a.plural);
    putString(out, "foreignKey", a.foreignKey);
    putString(out, "foreignKeyField", a.foreignKeyField);
    putString(out, "otherKey", a.otherKey);
    putString(out, "otherKeyField", a.otherKeyField);
    putString(out, "sourceKey", a.sourceKey);
    putString(out, "sourceKeyField", a.sourceKeyField);
    putString(out, "targetKey", a.targetKey);
    putString(out, "targetKeyField", a.targetKeyField);
    putString(out, "through", a.through);
    putString(out, "throughTable", a.throughTable);
    putOptionalJson(out, "scope", a.scope);
    putOptionalJson(out, "throughScope", a.throughScope);
    out["constraints"] = a.constraints;
    putOptionalString(out, "onDelete", a.onDelete);
    putOptionalString(out, "onUpdate", a.onUpdate);
    if (a.pairedWith >= 0) out["pairedWith"] = a.pairedWith;
    OrderedJson accessors = OrderedJson::array();
    for (const Accessor& acc : a.accessors) accessors.push_back(accessorToJson(acc));
    out["accessors"] = std::move(accessors);
    return out;
}

OrderedJson toJson(const Diagnostic& d) {
    OrderedJson out = OrderedJson::object();
    putString(out, "code", d.code);
    out["severity"] = severityName(d.severity);
    out["message"] = d.message;
    putString(out, "path", d.path);
    putString(out, "fix", d.fix);
    putString(out, "model", d.model);
    if (d.association >= 0) out["association"] = d.association;
    if (d.line > 0) {
        out["line"] = d.line;
        out["column"] = d.column;
    }
    return out;
}

OrderedJson toJson(const Diagnostics& diagnostics) {
    OrderedJson out = OrderedJson::array();
    for (const Diagnostic& d : diagnostics) out.push_back(toJson(d));
    return out;
}

OrderedJson toJson(const ResolvedSchema& schema) {
    OrderedJson out = OrderedJson::object();
    OrderedJson tables = OrderedJson::array();
    for (const Table& t : schema.tables) tables.push_back(tableToJson(t));
    out["tables"] = std::move(tables);
    OrderedJson associations = OrderedJson::array();
    for (const ResolvedAssociation& a : schema.associations) associations.push_back(associationToJson(a));
    out["associations"] = std::move(associations);
    out["syncOrder"] = stringList(schema.syncOrder);
    out["cyclic"] = schema.cyclic;
    out["cycleChain"] = stringList(schema.cycleChain);
    out["error"] = schema.error ? toJson(*schema.error) : OrderedJson(nullptr);
    return out;
}

} // namespace relata
