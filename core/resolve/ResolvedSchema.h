#pragma once
// What Sequelize v6 builds from a Document: tables with columns in attribute order, keys,
// join models, associations with their resolved options and accessors, and the sync order.
// Plain values only; every consumer (DDL, sync, exports, the editor) reads this.
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace relata {

enum class ColumnOrigin {
    Declared,       // written by the user in `attributes`
    AutoPrimaryKey, // the implicit `id`
    Timestamp,      // createdAt / updatedAt / deletedAt
    ForeignKey,     // injected by belongsTo / hasOne / hasMany
    JoinKey,        // injected into a join model by belongsToMany
};
const char* columnOriginName(ColumnOrigin o); // "declared", "autoPrimaryKey", ...

struct ColumnReference {
    std::string table; // referenced table name (may name no model: a hand-written reference)
    std::string key;   // referenced column (field)
    bool operator==(const ColumnReference&) const = default;
};

struct Column {
    std::string attribute; // attribute name (rawAttributes key)
    std::string field;     // column name
    DataType type;
    bool allowNull = true; // false only for `allowNull: false` (a PK is non-null in the database anyway)
    bool primaryKey = false;
    bool autoIncrement = false;
    std::optional<UniqueSpec> unique;        // as on the attribute (true or a key name)
    std::optional<OrderedJson> defaultValue; // scalar or {"fn": ...}
    std::optional<ColumnReference> references;
    std::optional<std::string> onDelete; // case as given ("cascade" stays lower-case)
    std::optional<std::string> onUpdate;
    std::optional<std::string> comment;
    ColumnOrigin origin = ColumnOrigin::Declared;
    std::vector<int> associations; // indices of associations that created or touched it
    bool operator==(const Column&) const = default;
};

struct UniqueKey {
    std::string name;                // Sequelize's key name (`<table>_<attr>_unique` or the given name)
    std::vector<std::string> fields; // column names, attribute order
    bool named = false;              // `unique: "name"` (a table-level constraint) vs `unique: true`
    bool operator==(const UniqueKey&) const = default;
};

struct TableIndex {
    std::string name; // may be empty: the dialect's default name applies
    bool unique = false;
    std::vector<std::string> fields;
    bool operator==(const TableIndex&) const = default;
};

struct Table {
    std::string model;     // model name
    std::string tableName;
    std::string nameSingular, namePlural; // options.name
    bool underscored = false;
    bool timestamps = true;
    bool paranoid = false;
    bool joinModel = false;   // used as `through` by a belongsToMany
    bool autoCreated = false; // defined by a `through` string naming no model
    int documentIndex = -1;   // index into Document::models; -1 for auto-created join models
    std::vector<Column> columns; // attribute order = column order
    std::vector<UniqueKey> uniqueKeys;
    std::vector<TableIndex> indexes;
    // Columns Sequelize maintains itself (empty when the model has none of that kind).
    std::string createdAtField, updatedAtField, deletedAtField;

    const Column* findAttribute(const std::string& attribute) const;
    const Column* findField(const std::string& field) const;
    std::vector<const Column*> primaryKeyColumns() const;
    std::string primaryKeyAttribute() const; // first PK attribute, or empty
    bool operator==(const Table&) const = default;
};

enum class AccessorKind { Get, Set, Create, Add, AddMultiple, Remove, RemoveMultiple, HasSingle, HasAll, Count };
const char* accessorKindName(AccessorKind k); // "get", "addMultiple", ...

struct Accessor {
    AccessorKind kind;
    std::string name;      // e.g. getTasks
    bool installed = true; // false when Sequelize silently skipped it (name already taken)
    std::string skippedBecause; // why, when not installed
    bool operator==(const Accessor&) const = default;
};

struct ResolvedAssociation {
    int index = -1; // index into Document::associations
    AssociationType type = AssociationType::BelongsTo;
    std::string source, target; // model names
    std::string as;             // Model.associations key
    std::string singular, plural;
    bool aliased = false;       // `as` was given
    std::string foreignKey, foreignKeyField; // attribute + column (on source, target or join model)
    std::string otherKey, otherKeyField;     // belongsToMany
    std::string sourceKey, sourceKeyField;
    std::string targetKey, targetKeyField;
    std::string through, throughTable; // belongsToMany join model name + table
    std::optional<OrderedJson> scope;
    std::optional<OrderedJson> throughScope;
    bool constraints = true;
    std::optional<std::string> onDelete, onUpdate; // effective actions on the FK column
    std::vector<Accessor> accessors;
    int pairedWith = -1; // belongsToMany pair (association index)
    bool operator==(const ResolvedAssociation&) const = default;
};

struct ResolvedSchema {
    std::vector<Table> tables; // definition order (auto join models where they were defined)
    std::vector<ResolvedAssociation> associations; // document order (up to an error)
    std::vector<std::string> syncOrder; // table names in Sequelize's create order
    bool cyclic = false;                // FK cycle: two-pass create (see spec 9)
    std::vector<std::string> cycleChain; // "a -> b -> a" tables when cyclic
    std::optional<Diagnostic> error;    // the error Sequelize raises; state is as at that point

    const Table* findModel(const std::string& model) const;
    Table* findModel(const std::string& model);
    const Table* findTable(const std::string& tableName) const;
    int tableIndexOfModel(const std::string& model) const;
    void reindex(); // rebuild lookups after tables changed
private:
    std::unordered_map<std::string, size_t> byModel_;
    std::unordered_map<std::string, size_t> byTable_;
};

} // namespace relata
