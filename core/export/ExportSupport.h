#pragma once
// Shared by the exports: the relations between tables (from foreign key columns and from
// associations without a constraint), literal escaping, and identifier scopes.
#include "resolve/ResolvedSchema.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relata::exporting {

// One link from a child column to the key it points at.
struct Relation {
    const Table* child = nullptr;   // table holding the foreign key column
    const Column* column = nullptr; // the foreign key column
    std::string parentTable;        // referenced table name
    const Table* parent = nullptr;  // its model's table; nullptr when no model has that table
    std::string parentField;        // referenced column
    bool constraint = true;         // a REFERENCES constraint exists (false: association only)
    std::optional<std::string> onDelete, onUpdate;
    std::vector<const ResolvedAssociation*> associations; // the associations behind it, document order
    bool parentRequired = false; // the FK column is NOT NULL: every child has a parent
    bool childUnique = false;    // at most one child per parent (unique FK, or hasOne only)
    bool identifying = false;    // the FK column is part of the child's primary key
};

// Every relation of the schema: the columns with `references` in table and column order, then
// the associations whose foreign key has no constraint (constraints: false), in document order.
std::vector<Relation> collectRelations(const ResolvedSchema& schema);

// The association as code: "order.belongsTo(customer)".
std::string associationCall(const ResolvedAssociation& a);
// What made a column: "declared", "implicit primary key", "timestamp", ...
std::string originText(ColumnOrigin origin);
// True when the column alone is unique (unique: true, a one-column unique key, or the only PK column).
bool columnAloneUnique(const Table& table, const Column& column);
// The associations that touched a column (Column::associations are document indices).
std::vector<const ResolvedAssociation*> columnAssociations(const ResolvedSchema& schema, const Column& column);
const ResolvedAssociation* findAssociation(const ResolvedSchema& schema, int documentIndex);
// Upper-cased referential action ("cascade" -> "CASCADE").
std::string upperAction(const std::string& action);

// A JSON value as compact text with a space after ':' and ',' (for comments and notes).
std::string compactJson(const OrderedJson& value);

// Names unique within one scope: claim() hands out `wanted`, else wanted_2, wanted_3 ...
class NameScope {
public:
    NameScope() = default;
    explicit NameScope(std::set<std::string> reserved) : used_(std::move(reserved)) {}
    std::string claim(const std::string& wanted);
    void reserve(const std::string& name) { used_.insert(name); }
    bool taken(const std::string& name) const { return used_.count(name) != 0; }

private:
    std::set<std::string> used_;
};

// Splits on everything but ASCII letters and digits and joins the parts with their first letter
// upper-cased: "line_item" -> "LineItem", "2fa-token" -> "2faToken". May be empty.
std::string pascalWords(std::string_view name);

} // namespace relata::exporting
