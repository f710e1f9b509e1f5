#include "sync/DesignMerger.h"

#include "resolve/Resolver.h"
#include "sync/SchemaDiff.h"

#include <map>
#include <set>

namespace relata {

namespace {

bool inSync(const Document& doc, const LiveSchema& live, const Dialect& dialect) {
    const ResolvedSchema schema = Resolver::resolve(doc);
    if (schema.error) return false;
    return SchemaDiff::plan({schema, dialect, live}).empty();
}

} // namespace

Document DesignMerger::merge(const Document& existing, const Document& imported, const LiveSchema& live,
                             DialectKind kind, std::vector<std::string>* notes) {
    const std::unique_ptr<Dialect> dialect = Dialect::create(kind);
    const ResolvedSchema old = Resolver::resolve(existing);
    std::set<std::string> changed;
    if (!old.error)
        for (const SyncStep& s : SchemaDiff::plan({old, *dialect, live}).steps) changed.insert(s.table);

    // Existing models by table; those whose table is unchanged are kept as written.
    std::map<std::string, std::string> modelOfTable; // table -> existing model
    std::set<std::string> kept;                      // existing model names
    if (!old.error)
        for (const Table& t : old.tables) {
            if (t.documentIndex < 0) continue;
            modelOfTable[t.tableName] = t.model;
            if (live.findTable(t.tableName) && !changed.count(t.tableName)) kept.insert(t.model);
        }

    // The imported models of the other tables, under the existing name where there is one.
    const ResolvedSchema fresh = Resolver::resolve(imported);
    std::map<std::string, std::string> rename; // imported model -> merged name
    std::set<std::string> importedKeptTables;
    for (const Table& t : fresh.tables) {
        if (t.documentIndex < 0) continue;
        auto it = modelOfTable.find(t.tableName);
        rename[t.model] = it != modelOfTable.end() ? it->second : t.model;
    }

    Document out;
    out.format = existing.format;
    out.extra = existing.extra;
    for (const Model& m : existing.models)
        if (kept.count(m.name)) out.models.push_back(m);
    std::set<std::string> taken = kept;
    for (const Model& m : imported.models) {
        Model copy = m;
        copy.name = rename.count(m.name) ? rename[m.name] : m.name;
        if (kept.count(copy.name)) continue;
        if (taken.count(copy.name)) continue;
        if (copy.name != m.name && !copy.options.tableName && !copy.options.freezeTableName) {
            // keep the table: the imported name gave it, the existing name may not
            const Table* t = fresh.findModel(m.name);
            if (t) copy.options.tableName = t->tableName;
        }
        taken.insert(copy.name);
        out.models.push_back(std::move(copy));
    }
    for (const Association& a : existing.associations)
        if (kept.count(a.source) && kept.count(a.target)) out.associations.push_back(a);
    for (const Association& a : imported.associations) {
        Association copy = a;
        if (rename.count(a.source)) copy.source = rename[a.source];
        if (rename.count(a.target)) copy.target = rename[a.target];
        if (kept.count(copy.source) && kept.count(copy.target)) continue;
        out.associations.push_back(std::move(copy));
    }
    if (inSync(out, live, *dialect)) return out;
    if (notes) notes->push_back("the merged design does not reproduce the database; the import replaces the models");
    Document fallback = imported;
    fallback.extra = existing.extra;
    return fallback;
}

} // namespace relata
