#pragma once
// What every check of the validator needs: the design, what Sequelize built from it, hash
// lookups over both (designs have 10,000 models: no check may scan the schema per item), the
// dialects in scope, and the wording of paths and names shared by all diagnostics.
#include "sql/Dialect.h"
#include "validate/Validator.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relata::validation {

// One RFC 6901 reference token: "~" -> "~0", "/" -> "~1".
std::string pointerToken(std::string_view s);
// A key for hash maps built from two names (views into the document or the schema, which outlive
// the validation).
using NamePair = std::pair<std::string_view, std::string_view>;
struct NamePairHash {
    size_t operator()(const NamePair& p) const noexcept {
        const size_t a = std::hash<std::string_view>{}(p.first);
        return a ^ (std::hash<std::string_view>{}(p.second) + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    }
};
std::string lowerAscii(std::string_view s);
// "a, b and c"; long lists are cut ("a, b, c, d and 997 more") so that messages stay readable.
std::string joinWords(const std::vector<std::string>& items, const char* last = " and ");

Diagnostic warning(const char* code, std::string message, std::string path, std::string fix,
                   std::string model = {}, int association = -1);
Diagnostic note(const char* code, std::string message, std::string path, std::string fix,
                std::string model = {}, int association = -1);

class Context {
public:
    Context(const Document& doc, const ResolvedSchema& schema, const ValidateOptions& options);
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Document& doc;
    const ResolvedSchema& schema;

    // Columns that matter to several checks, collected in one sweep over the schema.
    struct ColumnRef {
        const Table* table;
        const Column* column;
    };
    const std::vector<ColumnRef>& referencing() const { return referencing_; } // with `references`
    const std::vector<ColumnRef>& associated() const { return associated_; }   // made/touched by associations

    // The dialects the design is checked for: options.dialect, or all three.
    const std::vector<std::unique_ptr<Dialect>>& dialects() const { return dialects_; }
    bool inScope(DialectKind kind) const;

    // Association `index` as written / as resolved (nullptr when resolution stopped before it).
    const Association* authored(int index) const;
    const ResolvedAssociation* resolved(int index) const;
    // Does the association put `references` on its key column(s)? (constraints, or explicit actions)
    bool addsReferences(int index) const;
    // `foreignKey` given with a name (an object without one leaves the default name).
    bool explicitForeignKey(int index) const;

    const Table* model(const std::string& name) const { return schema.findModel(name); }
    // The tables of an association's source and target (looked up once; nullptr if unknown).
    const Table* sourceTable(int index) const;
    const Table* targetTable(int index) const;
    // The table a column's `references` names (nullptr: no such table). Uses the association that
    // made the column when it can, a lookup by name otherwise.
    const Table* referencedTable(const Table& table, const Column& column) const;
    // Position of a table in schema.tables.
    size_t tableIndex(const Table& table) const { return static_cast<size_t>(&table - schema.tables.data()); }
    const Column* field(const Table& table, const std::string& field) const;
    const Column* attribute(const Table& table, const std::string& attribute) const;
    // A declared column whose name equals `name` but for case, '_', '-' and spaces
    // (trainer_id for trainerId).
    const Column* declaredLoose(const Table& table, const std::string& name) const;
    size_t primaryKeyCount(const Table& table) const;
    // The column is a key by itself: the only primary key column, `unique: true`, a unique key or
    // a unique index of this column alone (what a REFERENCES needs).
    bool uniqueAlone(const Table& table, const Column& column) const;
    // The attribute as written in the document (nullptr for columns the design does not declare).
    const AttributeDef* declared(const Table& table, const std::string& attribute) const;
    // The association that defined an auto-created join model (-1 otherwise).
    int creatorOf(const Table& table) const;

    // "association 3 (invoice.belongsTo(subscription, as TheSubscription))"
    std::string describe(int association) const;
    // "bowls.petId"
    static std::string columnName(const Table& table, const Column& column);
    static std::string foldName(std::string_view name);
    // foldName(name) == folded, without building the string.
    static bool foldEquals(std::string_view name, std::string_view folded);
    // foldName(a) == foldName(b), without building either.
    static bool looselyEqual(std::string_view a, std::string_view b);

    // ---- JSON pointers into the document ----
    static std::string associationPath(int index, std::string_view rest = {});
    // The model (/models/3) or, for an auto-created join model, the `through` that made it.
    std::string modelPath(const Table& table) const;
    // Where the table name comes from: options.tableName, or the model name.
    std::string tableNamePath(const Table& table) const;
    // Where a column is defined: the declared attribute (plus `leaf` when the design writes that
    // key: "type", "field", "references", "references/model", "unique"), or the association
    // option that made it, or the model.
    std::string columnPath(const Table& table, const Column& column, std::string_view leaf = {}) const;
    // Where the column's type was written, or empty when it was copied from the key it references.
    std::string authoredTypePath(const Table& table, const Column& column) const;

private:
    // Tables with more columns than this get hash maps (built on first use); smaller ones are
    // searched in place, which is cheaper than building maps for 10,000 small tables.
    static constexpr size_t kLinearLimit = 24;
    using ColumnMap = std::unordered_map<std::string_view, const Column*>;
    struct ColumnIndex {
        ColumnMap byField, byAttribute;
        std::unordered_map<std::string_view, const AttributeDef*> declared;
        std::unordered_map<std::string, const Column*> declaredLoose; // folded names
        std::unordered_map<std::string_view, bool> uniqueFields;       // fields unique by themselves
        size_t primaryKeys = 0;
    };
    const ColumnIndex& index(const Table& table) const;
    // The column whose `name` member equals `value`: searched in place in small tables, through
    // the `byName` map of the table's index in large ones.
    const Column* columnBy(const Table& table, std::string Column::*name, ColumnMap ColumnIndex::*byName,
                           const std::string& value) const;
    const Model* documentModel(const Table& table) const;
    // For an association-made column: the first association whose foreignKey / otherKey it is.
    struct KeySource {
        int index = -1;
        const ResolvedAssociation* resolved = nullptr;
        const Association* authored = nullptr;
        const char* option = nullptr;                 // "foreignKey", "otherKey"; nullptr: none
        const std::optional<KeySpec>* spec = nullptr; // that option as written
    };
    KeySource keySource(const Column& column) const;

    std::vector<std::unique_ptr<Dialect>> dialects_;
    std::vector<ColumnRef> referencing_, associated_;
    std::vector<size_t> primaryKeys_; // per table, schema.tables order
    std::vector<const ResolvedAssociation*> resolved_; // by document index
    std::vector<std::pair<const Table*, const Table*>> ends_; // source, target tables by document index
    std::unordered_map<const Table*, int> joinCreator_;
    mutable std::unordered_map<const Table*, ColumnIndex> columns_; // built on first use
};

} // namespace relata::validation
