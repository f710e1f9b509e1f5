#include "resolve/ResolvedSchema.h"

namespace relata {

const char* columnOriginName(ColumnOrigin o) {
    switch (o) {
    case ColumnOrigin::Declared: return "declared";
    case ColumnOrigin::AutoPrimaryKey: return "autoPrimaryKey";
    case ColumnOrigin::Timestamp: return "timestamp";
    case ColumnOrigin::ForeignKey: return "foreignKey";
    case ColumnOrigin::JoinKey: return "joinKey";
    }
    return "declared";
}

const char* accessorKindName(AccessorKind k) {
    switch (k) {
    case AccessorKind::Get: return "get";
    case AccessorKind::Set: return "set";
    case AccessorKind::Create: return "create";
    case AccessorKind::Add: return "add";
    case AccessorKind::AddMultiple: return "addMultiple";
    case AccessorKind::Remove: return "remove";
    case AccessorKind::RemoveMultiple: return "removeMultiple";
    case AccessorKind::HasSingle: return "hasSingle";
    case AccessorKind::HasAll: return "hasAll";
    case AccessorKind::Count: return "count";
    }
    return "get";
}

const Column* Table::findAttribute(const std::string& attribute) const {
    for (const Column& c : columns)
        if (c.attribute == attribute) return &c;
    return nullptr;
}

const Column* Table::findField(const std::string& field) const {
    for (const Column& c : columns)
        if (c.field == field) return &c;
    return nullptr;
}

std::vector<const Column*> Table::primaryKeyColumns() const {
    std::vector<const Column*> out;
    for (const Column& c : columns)
        if (c.primaryKey) out.push_back(&c);
    return out;
}

std::string Table::primaryKeyAttribute() const {
    for (const Column& c : columns)
        if (c.primaryKey) return c.attribute;
    return {};
}

const Table* ResolvedSchema::findModel(const std::string& model) const {
    auto it = byModel_.find(model);
    return it == byModel_.end() ? nullptr : &tables[it->second];
}

Table* ResolvedSchema::findModel(const std::string& model) {
    auto it = byModel_.find(model);
    return it == byModel_.end() ? nullptr : &tables[it->second];
}

const Table* ResolvedSchema::findTable(const std::string& tableName) const {
    auto it = byTable_.find(tableName);
    return it == byTable_.end() ? nullptr : &tables[it->second];
}

int ResolvedSchema::tableIndexOfModel(const std::string& model) const {
    auto it = byModel_.find(model);
    return it == byModel_.end() ? -1 : static_cast<int>(it->second);
}

void ResolvedSchema::reindex() {
    byModel_.clear();
    byTable_.clear();
    byModel_.reserve(tables.size());
    byTable_.reserve(tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
        byModel_.emplace(tables[i].model, i);
        byTable_.emplace(tables[i].tableName, i); // first model wins for a shared table
    }
}

} // namespace relata
