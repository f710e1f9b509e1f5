#pragma once
// The authored design: what the user wrote in a *.relata.json file, before any Sequelize
// semantics are applied. Optional fields mirror JavaScript's "key absent" so that the
// resolver can reproduce mergeDefaults exactly.
#include "schema/DataType.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace relata {

using OrderedJson = nlohmann::ordered_json;

struct References {
    std::string model; // a TABLE name, as in Sequelize
    std::string key;   // a column (field); empty means "id"
    bool operator==(const References&) const = default;
};

// `unique: true` or `unique: "name"`.
struct UniqueSpec {
    bool flag = false;     // true when given as boolean true
    std::string name;      // non-empty when given as a key name
    bool operator==(const UniqueSpec&) const = default;
};

struct AttributeDef {
    std::string name;
    std::optional<DataType> type;
    std::optional<bool> allowNull;
    std::optional<bool> primaryKey;
    std::optional<bool> autoIncrement;
    std::optional<UniqueSpec> unique;
    std::optional<std::string> field;
    std::optional<OrderedJson> defaultValue; // scalar, or {"fn": "NOW"|"UUIDV4"}
    std::optional<References> references;
    bool referencesNull = false; // `references: null` written explicitly (kept by mergeDefaults)
    std::optional<std::string> onDelete;
    std::optional<std::string> onUpdate;
    std::optional<std::string> comment;
    std::optional<std::string> renamedFrom; // sync: rename instead of drop + add
    OrderedJson extra = OrderedJson::object(); // unknown keys, kept on save
    bool operator==(const AttributeDef&) const = default;
};

// createdAt / updatedAt / deletedAt: absent, a column name, or false.
struct TimestampOption {
    bool present = false;
    bool disabled = false; // given as false
    std::string name;      // given as a string
    bool operator==(const TimestampOption&) const = default;
};

struct IndexSpec {
    std::string name;
    bool unique = false;
    std::vector<std::string> fields;
    OrderedJson extra = OrderedJson::object();
    bool operator==(const IndexSpec&) const = default;
};

struct ModelOptions {
    std::optional<bool> timestamps;
    std::optional<bool> paranoid;
    std::optional<bool> underscored;
    std::optional<bool> freezeTableName;
    std::optional<std::string> tableName;
    TimestampOption createdAt, updatedAt, deletedAt;
    std::optional<std::string> nameSingular;
    std::optional<std::string> namePlural;
    std::optional<std::vector<IndexSpec>> indexes;
    OrderedJson extra = OrderedJson::object();
    bool operator==(const ModelOptions&) const = default;
};

struct Model {
    std::string name;
    std::vector<AttributeDef> attributes; // order is column order
    ModelOptions options;
    std::optional<std::string> renamedFrom;
    OrderedJson extra = OrderedJson::object();
    bool operator==(const Model&) const = default;
};

enum class AssociationType { BelongsTo, HasOne, HasMany, BelongsToMany };
const char* associationTypeName(AssociationType t); // "belongsTo", ...
bool parseAssociationType(const std::string& s, AssociationType& out);

// `as`: a string or {singular, plural}.
struct AliasSpec {
    bool isObject = false;
    std::string name;     // string form
    std::string singular; // object form
    std::string plural;
    bool operator==(const AliasSpec&) const = default;
};

// foreignKey / otherKey: a string, or an attribute definition object with `name`.
struct KeySpec {
    bool isObject = false;
    std::string name;  // string form, or the object's name/fieldName (may be empty)
    AttributeDef def;  // object form: allowNull, field, type ... (def.name unused)
    bool operator==(const KeySpec&) const = default;
};

struct ThroughSpec {
    bool isObject = false;             // {model, unique, scope} vs plain string
    bool isNullOrTrue = false;         // through: null / true (Sequelize error)
    std::string model;                 // join model / table name
    std::optional<bool> unique;
    std::optional<bool> paranoid;
    std::optional<OrderedJson> scope;
    bool operator==(const ThroughSpec&) const = default;
};

struct AssociationOptions {
    std::optional<AliasSpec> as;
    std::optional<KeySpec> foreignKey;
    std::optional<KeySpec> otherKey;
    std::optional<std::string> sourceKey;
    std::optional<std::string> targetKey;
    std::optional<ThroughSpec> through;
    std::optional<OrderedJson> scope;
    std::optional<bool> constraints;
    std::optional<bool> foreignKeyConstraint;
    std::optional<std::string> onDelete;
    std::optional<std::string> onUpdate;
    std::optional<std::string> uniqueKey;
    std::optional<DataType> keyType;
    std::optional<bool> timestamps; // belongsToMany join model timestamps
    OrderedJson extra = OrderedJson::object();
    bool operator==(const AssociationOptions&) const = default;
};

struct Association {
    std::string source;
    AssociationType type = AssociationType::BelongsTo;
    std::string target;
    AssociationOptions options;
    OrderedJson extra = OrderedJson::object();
    bool operator==(const Association&) const = default;
};

struct Document {
    std::string format = "relata/1";
    std::vector<Model> models;
    std::vector<Association> associations;
    // Every top-level key other than format/models/associations (layout, connection, notes ...),
    // in file order, kept untouched on save.
    OrderedJson extra = OrderedJson::object();
    bool operator==(const Document&) const = default;

    const Model* findModel(const std::string& name) const;
    int modelIndex(const std::string& name) const;
};

} // namespace relata
