#include "sync/RenameHints.h"

#include "naming/Inflection.h"

#include <algorithm>

namespace relata {

namespace {

void addUnique(std::vector<std::string>& list, const std::string& name) {
    if (!name.empty() && std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

} // namespace

RenameHints RenameHints::fromDocument(const Document& doc, const ResolvedSchema& schema) {
    RenameHints hints;
    for (const Table& t : schema.tables) {
        if (t.documentIndex < 0 || static_cast<size_t>(t.documentIndex) >= doc.models.size()) continue;
        const Model& m = doc.models[static_cast<size_t>(t.documentIndex)];
        if (m.renamedFrom && !m.renamedFrom->empty()) {
            // The old model's table: its name as given (freezeTableName / a table name), or the
            // plural Sequelize makes of it (underscored when the model is).
            std::vector<std::string>& list = hints.tables[t.tableName];
            const std::string& old = *m.renamedFrom;
            addUnique(list, old);
            const std::string plural = naming::pluralize(old);
            addUnique(list, t.underscored ? naming::underscore(plural) : plural);
            addUnique(list, plural);
        }
        for (const AttributeDef& a : m.attributes) {
            if (!a.renamedFrom || a.renamedFrom->empty()) continue;
            const Column* c = t.findAttribute(a.name);
            if (!c) continue;
            std::vector<std::string>& list = hints.columns[{t.tableName, c->field}];
            addUnique(list, *a.renamedFrom);
            if (t.underscored) addUnique(list, naming::underscore(*a.renamedFrom));
        }
    }
    return hints;
}

const std::vector<std::string>* RenameHints::oldTables(const std::string& table) const {
    auto it = tables.find(table);
    return it == tables.end() ? nullptr : &it->second;
}

const std::vector<std::string>* RenameHints::oldColumns(const std::string& table, const std::string& column) const {
    auto it = columns.find({table, column});
    return it == columns.end() ? nullptr : &it->second;
}

} // namespace relata
