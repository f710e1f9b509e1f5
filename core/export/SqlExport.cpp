// SQL export: the script of DdlGenerator (what sync({force: true}) runs), laid out for people:
// a header, one commented group per table in sync order, the deferred foreign keys of a cycle
// last. With `split`, each group is its own file, numbered in run order.
#include "export/ExportFormats.h"
#include "export/ExportSupport.h"
#include "sql/DdlGenerator.h"

#include <cctype>
#include <cstddef>
#include <unordered_map>

namespace relata::exporting {

namespace {

const char* databaseLabel(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres: return "PostgreSQL";
    case DialectKind::MySql: return "MySQL / MariaDB";
    case DialectKind::Sqlite: return "SQLite";
    }
    return "SQL";
}

// Text safe inside a `-- ` comment on every client: printable ASCII and UTF-8, no line breaks,
// no block-comment delimiters (the mysql client looks at them).
std::string commentText(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (u < 0x20 || u == 0x7f) out += ' ';
        else if ((ch == '*' && !out.empty() && out.back() == '/') || (ch == '/' && !out.empty() && out.back() == '*'))
            out += ' ', out += ch;
        else out += ch;
    }
    return out;
}

struct Group {
    std::string title;
    std::string fileStem; // without the number
    std::vector<std::string> statements;
};

std::string fileSafe(const std::string& name) {
    std::string out;
    for (char ch : name) {
        const unsigned char u = static_cast<unsigned char>(ch);
        out += (u < 0x80 && (std::isalnum(u) || ch == '_' || ch == '-')) ? ch : '_';
    }
    if (out.size() > 80) out.resize(80);
    if (out.empty()) out = "table";
    return out;
}

std::string statementsText(const std::vector<std::string>& statements) {
    std::string out;
    for (const std::string& s : statements) {
        out += s;
        out += ";\n";
    }
    return out;
}

std::string tableTitle(const Table& t) {
    std::string title = t.tableName;
    if (t.model != t.tableName) title += " (model " + t.model + ")";
    if (t.autoCreated) title += ", join table created by belongsToMany";
    return commentText(title);
}

// The CREATE statements of DdlGenerator, cut into one group per table (in the order the script
// creates them) and a last group with the statements that follow every table (deferred FKs).
// The groups are rebuilt from the dialect's per-table statements and must add up to the script
// exactly; anything else is a bug, reported rather than exported.
std::vector<Group> createGroups(const ResolvedSchema& schema, const Dialect& dialect, const ExportOptions& options) {
    const std::vector<std::string> script = DdlGenerator::createStatements(schema, dialect);
    const bool deferred = schema.cyclic && dialect.defersForeignKeysInCycle();

    std::vector<std::vector<std::string>> perTable(schema.tables.size());
    std::unordered_map<std::string, std::vector<size_t>> byFirst;
    for (size_t i = 0; i < schema.tables.size(); ++i) {
        const Table& t = schema.tables[i];
        size_t pk = 0;
        for (const Column& c : t.columns) pk += c.primaryKey ? 1 : 0;
        const TableContext ctx{t, pk, !deferred};
        dialect.beforeCreateTable(perTable[i], t);
        perTable[i].push_back(dialect.createTable(ctx));
        dialect.afterCreateTable(perTable[i], t);
        byFirst[perTable[i].front()].push_back(i);
    }

    std::vector<Group> groups;
    std::vector<char> used(schema.tables.size(), 0);
    size_t pos = 0, done = 0;
    while (done < schema.tables.size()) {
        if (pos >= script.size()) throw ExportError("internal error: the SQL script has fewer tables than the schema");
        auto it = byFirst.find(script[pos]);
        size_t match = schema.tables.size();
        if (it != byFirst.end()) {
            for (size_t i : it->second) {
                if (used[i]) continue;
                const auto& g = perTable[i];
                if (pos + g.size() > script.size()) continue;
                bool same = true;
                for (size_t k = 0; k < g.size() && same; ++k) same = script[pos + k] == g[k];
                if (same) {
                    match = i;
                    break;
                }
            }
        }
        if (match == schema.tables.size())
            throw ExportError("internal error: cannot assign SQL statement " + std::to_string(pos + 1) +
                              " to a table");
        used[match] = 1;
        const Table& t = schema.tables[match];
        groups.push_back(Group{tableTitle(t), fileSafe(t.tableName), perTable[match]});
        pos += perTable[match].size();
        ++done;
        if (options.progress) options.progress(done, schema.tables.size(), t.tableName);
    }
    if (pos < script.size()) {
        std::string title = "Foreign keys added once every table exists";
        if (!schema.cycleChain.empty()) {
            title += " (cycle: ";
            for (size_t i = 0; i < schema.cycleChain.size(); ++i) title += (i ? " -> " : "") + schema.cycleChain[i];
            title += ")";
        }
        groups.push_back(Group{commentText(title), "foreign_keys", {script.begin() + static_cast<std::ptrdiff_t>(pos), script.end()}});
    }
    return groups;
}

std::string header(const ResolvedSchema& schema, const Dialect& dialect, const std::string& what) {
    std::string out = "-- " + what + " for " + databaseLabel(dialect.kind()) + ", generated by Relata.\n";
    out += "-- What Sequelize 6.37.8 runs for sync({force: true}): " + std::to_string(schema.tables.size()) +
           (schema.tables.size() == 1 ? " table" : " tables") + " in dependency order.\n";
    if (schema.cyclic)
        out += dialect.defersForeignKeysInCycle()
                   ? "-- The foreign keys form a cycle: tables are created first, their foreign keys added at the end.\n"
                   : "-- The foreign keys form a cycle: tables are created in definition order (SQLite checks\n"
                     "-- foreign keys when rows are written, not when tables are created).\n";
    return out;
}

} // namespace

ExportResult exportSql(const Document&, const ResolvedSchema& schema, const ExportOptions& options) {
    if (!options.dialect) throw ExportError("the SQL export needs a dialect: postgres, mysql or sqlite");
    const std::unique_ptr<Dialect> dialect = Dialect::create(*options.dialect);
    const std::vector<Group> groups = createGroups(schema, *dialect, options);
    const std::vector<std::string> drops = options.drop ? DdlGenerator::dropStatements(schema, *dialect)
                                                        : std::vector<std::string>{};
    ExportResult result;
    if (!options.split) {
        std::string out = header(schema, *dialect, "Schema");
        if (options.drop) {
            out += "\n-- Drop every table first (reverse dependency order), as sync({force: true}) does.\n";
            out += statementsText(drops);
        }
        for (const Group& g : groups) {
            out += "\n-- " + g.title + "\n";
            out += statementsText(g.statements);
        }
        result.files.push_back(ExportFile{{}, std::move(out)});
        return result;
    }

    const size_t count = groups.size() + (options.drop ? 1 : 0);
    size_t width = 3;
    while (std::to_string(count).size() > width) ++width;
    auto numbered = [width](size_t n, const std::string& stem) {
        std::string num = std::to_string(n);
        return std::string(width - num.size(), '0') + num + "_" + stem + ".sql";
    };
    if (options.drop) {
        std::string out = header(schema, *dialect, "Drop script");
        out += "-- Drops every table (reverse dependency order). Run it before the numbered files to start over.\n\n";
        out += statementsText(drops);
        result.files.push_back(ExportFile{numbered(0, "drop"), std::move(out)});
    }
    for (size_t i = 0; i < groups.size(); ++i) {
        const Group& g = groups[i];
        std::string out = "-- " + g.title + "\n-- File " + std::to_string(i + 1) + " of " +
                          std::to_string(groups.size()) + " for " + databaseLabel(dialect->kind()) +
                          ", generated by Relata: run the files in name order.\n\n";
        out += statementsText(g.statements);
        result.files.push_back(ExportFile{numbered(i + 1, g.fileStem), std::move(out)});
    }
    return result;
}

} // namespace relata::exporting
