#include "schema/DocumentWriter.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relata {

namespace {

using Members = std::vector<std::pair<const std::string, OrderedJson>>;

// Builds an object from members in one go (ordered_json looks keys up linearly, so inserting
// many keys one by one would be quadratic).
OrderedJson objectFrom(Members& members) {
    return OrderedJson(OrderedJson::object_t(std::make_move_iterator(members.begin()),
                                             std::make_move_iterator(members.end())));
}

// Copies `extra` into `out` after the known keys; a key the writer already wrote wins, so a
// hand-built Document cannot make the output ambiguous. `out` holds only the few known keys.
void appendExtra(OrderedJson& out, const OrderedJson& extra) {
    if (!extra.is_object() || extra.empty()) return;
    Members members;
    members.reserve(out.size() + extra.size());
    for (auto it = out.begin(); it != out.end(); ++it) members.emplace_back(it.key(), std::move(it.value()));
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (out.contains(it.key())) continue;
        members.emplace_back(it.key(), it.value());
    }
    out = objectFrom(members);
}

void putBool(OrderedJson& out, const char* key, const std::optional<bool>& v) {
    if (v) out[key] = *v;
}

void putString(OrderedJson& out, const char* key, const std::optional<std::string>& v) {
    if (v) out[key] = *v;
}

void putTimestamp(OrderedJson& out, const char* key, const TimestampOption& t) {
    if (!t.present) return;
    if (t.disabled)
        out[key] = false;
    else
        out[key] = t.name;
}

OrderedJson uniqueJson(const UniqueSpec& u) {
    if (!u.name.empty()) return u.name;
    return u.flag;
}

// The attribute keys in their fixed order, then the attribute's unknown keys.
void appendAttributeKeys(OrderedJson& o, const AttributeDef& a) {
    if (a.type) {
        o["type"] = a.type->text();
        if (a.type->key == "ENUM") {
            OrderedJson values = OrderedJson::array();
            for (const auto& v : a.type->values) values.push_back(v);
            o["values"] = std::move(values);
        }
    }
    putBool(o, "primaryKey", a.primaryKey);
    putBool(o, "autoIncrement", a.autoIncrement);
    putBool(o, "allowNull", a.allowNull);
    if (a.unique) o["unique"] = uniqueJson(*a.unique);
    putString(o, "field", a.field);
    if (a.defaultValue) o["defaultValue"] = *a.defaultValue;
    if (a.references) {
        OrderedJson r = OrderedJson::object();
        r["model"] = a.references->model;
        if (!a.references->key.empty()) r["key"] = a.references->key;
        o["references"] = std::move(r);
    } else if (a.referencesNull) {
        o["references"] = nullptr;
    }
    putString(o, "onDelete", a.onDelete);
    putString(o, "onUpdate", a.onUpdate);
    putString(o, "comment", a.comment);
    putString(o, "renamedFrom", a.renamedFrom);
    appendExtra(o, a.extra);
}

OrderedJson attributeJson(const AttributeDef& a) {
    OrderedJson o = OrderedJson::object();
    appendAttributeKeys(o, a);
    return o;
}

OrderedJson indexJson(const IndexSpec& idx) {
    OrderedJson o = OrderedJson::object();
    if (!idx.name.empty()) o["name"] = idx.name;
    if (idx.unique) o["unique"] = true;
    OrderedJson fields = OrderedJson::array();
    for (const auto& f : idx.fields) fields.push_back(f);
    o["fields"] = std::move(fields);
    appendExtra(o, idx.extra);
    return o;
}

OrderedJson modelOptionsJson(const ModelOptions& m) {
    OrderedJson o = OrderedJson::object();
    putBool(o, "timestamps", m.timestamps);
    putBool(o, "paranoid", m.paranoid);
    putBool(o, "underscored", m.underscored);
    putBool(o, "freezeTableName", m.freezeTableName);
    putString(o, "tableName", m.tableName);
    putTimestamp(o, "createdAt", m.createdAt);
    putTimestamp(o, "updatedAt", m.updatedAt);
    putTimestamp(o, "deletedAt", m.deletedAt);
    if (m.nameSingular || m.namePlural) {
        OrderedJson n = OrderedJson::object();
        putString(n, "singular", m.nameSingular);
        putString(n, "plural", m.namePlural);
        o["name"] = std::move(n);
    }
    if (m.indexes) {
        OrderedJson list = OrderedJson::array();
        for (const auto& idx : *m.indexes) list.push_back(indexJson(idx));
        o["indexes"] = std::move(list);
    }
    appendExtra(o, m.extra);
    return o;
}

OrderedJson modelJson(const Model& m) {
    OrderedJson o = OrderedJson::object();
    o["name"] = m.name;
    // Attribute names are unique in a read document; for a hand-built one the last definition
    // of a name wins, at the place of the first (as a JSON object would keep it).
    Members attrs;
    std::unordered_map<std::string, size_t> position;
    for (const auto& a : m.attributes) {
        const auto [it, inserted] = position.emplace(a.name, attrs.size());
        if (inserted)
            attrs.emplace_back(a.name, attributeJson(a));
        else
            attrs[it->second].second = attributeJson(a);
    }
    o["attributes"] = objectFrom(attrs);
    OrderedJson options = modelOptionsJson(m.options);
    if (!options.empty()) o["options"] = std::move(options);
    putString(o, "renamedFrom", m.renamedFrom);
    appendExtra(o, m.extra);
    return o;
}

OrderedJson aliasJson(const AliasSpec& a) {
    if (!a.isObject) return a.name;
    OrderedJson o = OrderedJson::object();
    if (!a.singular.empty()) o["singular"] = a.singular;
    if (!a.plural.empty()) o["plural"] = a.plural;
    return o;
}

OrderedJson keySpecJson(const KeySpec& k) {
    if (!k.isObject) return k.name;
    OrderedJson o = OrderedJson::object();
    // The reader takes the name from `fieldName` when `name` is absent (as Sequelize does); in
    // that case the name is already in the extra keys and is not repeated.
    bool fromFieldName = false;
    if (k.def.extra.is_object()) {
        const auto it = k.def.extra.find("fieldName");
        fromFieldName = it != k.def.extra.end() && it->is_string() && it->get_ref<const std::string&>() == k.name;
    }
    if (!k.name.empty() && !fromFieldName) o["name"] = k.name;
    appendAttributeKeys(o, k.def);
    return o;
}

OrderedJson throughJson(const ThroughSpec& t) {
    if (t.isNullOrTrue) return nullptr;
    if (!t.isObject) return t.model;
    OrderedJson o = OrderedJson::object();
    o["model"] = t.model;
    putBool(o, "unique", t.unique);
    putBool(o, "paranoid", t.paranoid);
    if (t.scope) o["scope"] = *t.scope;
    return o;
}

OrderedJson associationOptionsJson(const AssociationOptions& a) {
    OrderedJson o = OrderedJson::object();
    if (a.as) o["as"] = aliasJson(*a.as);
    if (a.foreignKey) o["foreignKey"] = keySpecJson(*a.foreignKey);
    if (a.otherKey) o["otherKey"] = keySpecJson(*a.otherKey);
    putString(o, "sourceKey", a.sourceKey);
    putString(o, "targetKey", a.targetKey);
    if (a.through) o["through"] = throughJson(*a.through);
    if (a.scope) o["scope"] = *a.scope;
    putBool(o, "constraints", a.constraints);
    putBool(o, "foreignKeyConstraint", a.foreignKeyConstraint);
    putString(o, "onDelete", a.onDelete);
    putString(o, "onUpdate", a.onUpdate);
    putString(o, "uniqueKey", a.uniqueKey);
    if (a.keyType) o["keyType"] = a.keyType->text();
    putBool(o, "timestamps", a.timestamps);
    appendExtra(o, a.extra);
    return o;
}

OrderedJson associationJson(const Association& a) {
    OrderedJson o = OrderedJson::object();
    o["source"] = a.source;
    o["type"] = associationTypeName(a.type);
    o["target"] = a.target;
    OrderedJson options = associationOptionsJson(a.options);
    if (!options.empty()) o["options"] = std::move(options);
    appendExtra(o, a.extra);
    return o;
}

} // namespace

OrderedJson DocumentWriter::toJson(const Document& doc) {
    OrderedJson root = OrderedJson::object();
    root["format"] = doc.format;
    OrderedJson models = OrderedJson::array();
    for (const auto& m : doc.models) models.push_back(modelJson(m));
    root["models"] = std::move(models);
    OrderedJson associations = OrderedJson::array();
    for (const auto& a : doc.associations) associations.push_back(associationJson(a));
    root["associations"] = std::move(associations);
    appendExtra(root, doc.extra);
    return root;
}

std::string DocumentWriter::write(const Document& doc) {
    // `replace`: a hand-built Document holding invalid UTF-8 must not make the writer throw.
    std::string out = toJson(doc).dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    out += '\n';
    return out;
}

bool DocumentWriter::writeFile(const Document& doc, const std::string& path, std::string& error) {
    const std::string text = write(doc);
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        error = "Cannot write \"" + path + "\": " + file.errorString().toStdString();
        return false;
    }
    const qint64 size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size) {
        error = "Cannot write \"" + path + "\": " + file.errorString().toStdString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        error = "Cannot save \"" + path + "\": " + file.errorString().toStdString();
        return false;
    }
    error.clear();
    return true;
}

} // namespace relata
