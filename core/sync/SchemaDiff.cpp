#include "sync/SchemaDiff.h"

#include "sql/PostgresDialect.h"
#include "sync/AlterSql.h"
#include "sync/CatalogNormalizer.h"
#include "sync/ExpectedSchema.h"
#include "sync/SqliteRebuild.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

namespace relata {

namespace {

// Steps are collected per phase and concatenated in this order, so that each step finds what it
// needs: names free, keys gone before their columns, tables there before FKs point at them.
enum Phase {
    RenameTables,
    CreateEnums,
    DropForeignKeys,
    DropKeys,
    RenameColumns,
    Columns,
    DropTables,
    ForceDropEnums,
    CreateTables,
    AddKeys,
    AddForeignKeys,
    DropEnums,
    PhaseCount
};

using Names = std::vector<std::string>;

std::string joinNames(const Names& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out;
}

size_t primaryKeyCount(const Table& t) {
    size_t n = 0;
    for (const Column& c : t.columns) n += c.primaryKey ? 1 : 0;
    return n;
}

std::string plural(long long n, const char* one, const char* many) {
    return groupedNumber(n) + " " + (n == 1 ? one : many);
}

// Raises a step's risk (never lowers it) and adds the figure.
void raise(SyncStep& step, Risk risk, const std::string& figure) {
    if (static_cast<int>(risk) > static_cast<int>(step.risk)) step.risk = risk;
    if (!figure.empty()) step.lossFigure += (step.lossFigure.empty() ? "" : "; ") + figure;
}

class Planner {
public:
    explicit Planner(const SchemaDiff::Input& in)
        : in_(in), d_(in.dialect), kind_(in.dialect.kind()), sql_(in.dialect),
          probe_(in.probe ? in.probe : &nullProbe_) {}

    SyncPlan run() {
        SyncPlan plan;
        plan.dialect = kind_;
        plan.mode = in_.mode;
        if (in_.mode == SyncMode::Force) planForce();
        else planAlter();
        for (auto& bucket : phases_)
            for (SyncStep& s : bucket) plan.steps.push_back(std::move(s));
        if (in_.mode == SyncMode::Create) keepCreateOnly(plan);
        plan.notes.insert(plan.notes.end(), notes_.begin(), notes_.end());
        return plan;
    }

private:
    // ------------------------------------------------------------------ helpers
    SyncStep& add(Phase phase, StepKind kind, const std::string& table, const std::string& column = {}) {
        phases_[phase].emplace_back();
        SyncStep& s = phases_[phase].back();
        s.kind = kind;
        s.table = table;
        s.column = column;
        return s;
    }

    std::string canonical(const std::string& type) const { return CatalogNormalizer::canonicalType(kind_, type); }
    std::string id(const std::string& name) const { return d_.quoteIdentifier(name); }
    std::string where(const std::string& table, const std::string& column) const { return table + "." + column; }

    const LiveEnum* liveEnum(const std::string& name) const {
        for (const LiveEnum& e : in_.live.enums)
            if (e.name == name) return &e;
        return nullptr;
    }
    const LiveEnum* expectedEnum(const std::string& name) const {
        for (const LiveEnum& e : expected_.enums)
            if (e.name == name) return &e;
        return nullptr;
    }

    // ------------------------------------------------------------------ force
    void planForce() {
        for (const LiveTable& t : in_.live.tables) {
            SyncStep& s = add(DropTables, StepKind::DropTable, t.name);
            s.sql = sql_.dropTable(t.name);
            const long long rows = probe_->rows(t.name);
            if (rows != 0) raise(s, Risk::DataLoss, rows < 0 ? t.name + ": rows unknown" : t.name + " has " + plural(rows, "row", "rows"));
        }
        for (const LiveEnum& e : in_.live.enums) {
            SyncStep& s = add(ForceDropEnums, StepKind::DropEnum, {}, e.name);
            s.sql = {sql_.dropEnum(e.name)};
        }
        createTables(ExpectedSchema::createOrder(in_.design), /*dedupe=*/false);
    }

    // ------------------------------------------------------------------ create tables
    void createTables(const std::vector<const Table*>& tables, bool dedupe) {
        const bool deferred = in_.design.cyclic && d_.defersForeignKeysInCycle();
        std::set<std::string> done;
        for (const Table* t : tables) {
            if (dedupe && !done.insert(t->tableName).second) continue;
            SyncStep& s = add(CreateTables, StepKind::CreateTable, t->tableName);
            d_.beforeCreateTable(s.sql, *t);
            s.sql.push_back(d_.createTable(TableContext{*t, primaryKeyCount(*t), !deferred}));
            d_.afterCreateTable(s.sql, *t);
            s.summary = plural(static_cast<long long>(t->columns.size()), "column", "columns");
            s.undo = sql_.dropTable(t->tableName);
            if (kind_ == DialectKind::Postgres)
                for (const Column& c : t->columns)
                    if (c.type.key == "ENUM") s.undo.push_back(sql_.dropEnum(PostgresDialect::enumTypeName(*t, c)));
            created_.insert(t->tableName);
        }
        if (!deferred) return;
        for (const Table* t : tables) {
            for (const Column& c : t->columns) {
                std::vector<std::string> statements;
                d_.deferredColumnStatements(statements, *t, c);
                if (statements.empty()) continue;
                SyncStep& s = add(AddForeignKeys, c.references ? StepKind::AddForeignKey : StepKind::AddUnique,
                                  t->tableName, c.field);
                s.sql = std::move(statements);
                s.summary = c.references ? "deferred: the tables reference each other" : "as Sequelize re-declares it";
            }
        }
    }

    // ------------------------------------------------------------------ alter
    void planAlter() {
        expected_ = ExpectedSchema::build(in_.design, d_);
        for (const LiveTable& t : expected_.tables) expectedByName_.emplace(t.name, &t);
        std::map<std::string, const LiveTable*> live;
        for (const LiveTable& t : in_.live.tables) live[t.name] = &t;
        std::set<std::string> designNames;
        for (const Table& t : in_.design.tables) designNames.insert(t.tableName);

        std::vector<const Table*> missing;
        std::set<std::string> seen;
        std::vector<std::pair<const Table*, const LiveTable*>> matched;
        for (const Table* t : ExpectedSchema::createOrder(in_.design)) {
            if (!seen.insert(t->tableName).second) continue;
            auto it = live.find(t->tableName);
            if (it != live.end()) {
                claimed_.insert(t->tableName);
                matched.emplace_back(t, it->second);
                continue;
            }
            const LiveTable* old = nullptr;
            if (in_.renames && in_.mode == SyncMode::Alter)
                if (const auto* olds = in_.renames->oldTables(t->tableName))
                    for (const std::string& o : *olds) {
                        auto found = live.find(o);
                        if (found != live.end() && !designNames.count(o) && !claimed_.count(o)) {
                            old = found->second;
                            break;
                        }
                    }
            if (!old) {
                missing.push_back(t);
                continue;
            }
            claimed_.insert(old->name);
            tableRenames_[old->name] = t->tableName;
            SyncStep& s = add(RenameTables, StepKind::RenameTable, t->tableName);
            s.summary = "from " + old->name + " (renamedFrom), rows kept";
            s.sql = {sql_.renameTable(old->name, t->tableName)};
            s.undo = {sql_.renameTable(t->tableName, old->name)};
            matched.emplace_back(t, old);
        }
        for (const LiveTable& t : in_.live.tables) {
            if (claimed_.count(t.name)) continue;
            SyncStep& s = add(DropTables, StepKind::DropTable, t.name);
            s.summary = "not in the design";
            s.sql = sql_.dropTable(t.name);
            const long long rows = probe_->rows(t.name);
            if (rows != 0)
                raise(s, Risk::DataLoss, rows < 0 ? t.name + ": rows unknown" : t.name + " has " + plural(rows, "row", "rows"));
        }
        for (const auto& [design, liveTable] : matched) diffTable(*design, *liveTable);
        createTables(missing, /*dedupe=*/true);
        if (kind_ == DialectKind::Postgres) dropUnusedEnums();
    }

    void dropUnusedEnums() {
        for (const LiveEnum& e : in_.live.enums) {
            if (expectedEnum(e.name) || enumsConsumed_.count(e.name)) continue;
            SyncStep& s = add(DropEnums, StepKind::DropEnum, {}, e.name);
            s.summary = "no column of the design uses it";
            s.sql = {sql_.dropEnum(e.name)};
            s.undo = {sql_.createEnum(e.name, e.labels)};
        }
    }

    // The live table as the design names things: renamed columns under their new names.
    struct Mapping {
        std::map<std::string, const LiveColumn*> liveOf; // design field -> live column
        std::map<std::string, std::string> newName;      // live column -> design field (renames)
        std::vector<const Column*> added;
        std::vector<const LiveColumn*> dropped;
        Names map(const Names& live) const {
            Names out;
            for (const std::string& c : live) {
                auto it = newName.find(c);
                out.push_back(it == newName.end() ? c : it->second);
            }
            return out;
        }
    };

    Mapping mapColumns(const Table& design, const LiveTable& live) {
        Mapping m;
        std::set<std::string> claimed, fields;
        for (const Column& c : design.columns) fields.insert(c.field);
        for (const Column& c : design.columns)
            if (const LiveColumn* lc = live.findColumn(c.field)) {
                m.liveOf[c.field] = lc;
                claimed.insert(lc->name);
            }
        for (const Column& c : design.columns) {
            if (m.liveOf.count(c.field)) continue;
            const std::vector<std::string>* olds =
                in_.renames && in_.mode == SyncMode::Alter ? in_.renames->oldColumns(design.tableName, c.field) : nullptr;
            if (olds)
                for (const std::string& o : *olds) {
                    const LiveColumn* lc = live.findColumn(o);
                    if (lc && !fields.count(o) && !claimed.count(o)) {
                        m.liveOf[c.field] = lc;
                        m.newName[o] = c.field;
                        claimed.insert(o);
                        break;
                    }
                }
            if (!m.liveOf.count(c.field)) m.added.push_back(&c);
        }
        for (const LiveColumn& lc : live.columns)
            if (!claimed.count(lc.name)) m.dropped.push_back(&lc);
        return m;
    }

    const LiveColumn& expectedColumn(const LiveTable& e, const std::string& field) const {
        static const LiveColumn none;
        const LiveColumn* c = e.findColumn(field);
        return c ? *c : none;
    }

    struct ColumnChange {
        bool type = false, nullable = false, defaultValue = false, autoIncrement = false, enumLabels = false;
        bool any() const { return type || nullable || defaultValue || autoIncrement || enumLabels; }
    };

    ColumnChange compare(const Column& c, const LiveColumn& ec, const LiveColumn& lc) const {
        ColumnChange ch;
        ch.type = canonical(lc.type) != ec.type;
        ch.nullable = lc.nullable != ec.nullable;
        ch.autoIncrement = lc.autoIncrement != ec.autoIncrement;
        if (!(ec.autoIncrement && lc.autoIncrement))
            ch.defaultValue = !CatalogNormalizer::sameDefault(kind_, lc.defaultValue, ec.defaultValue, ec.type);
        if (kind_ == DialectKind::Postgres && c.type.key == "ENUM" && !ch.type) {
            const LiveEnum* e = liveEnum(lc.type);
            ch.enumLabels = e && e->labels != c.type.values;
        }
        return ch;
    }

    std::string describe(const ColumnChange& ch, const LiveColumn& ec, const LiveColumn& lc) const {
        std::vector<std::string> parts;
        if (ch.type) parts.push_back("type " + lc.type + " -> " + ec.type);
        if (ch.enumLabels) parts.push_back("enum labels");
        if (ch.nullable) parts.push_back(ec.nullable ? "allow NULL" : "NOT NULL");
        if (ch.defaultValue)
            parts.push_back("default " + lc.defaultValue.value_or("none") + " -> " + ec.defaultValue.value_or("none"));
        if (ch.autoIncrement) parts.push_back(ec.autoIncrement ? "auto-increment" : "no auto-increment");
        return joinNames(parts);
    }

    // ------------------------------------------------------------------ one table
    void diffTable(const Table& design, const LiveTable& live) {
        auto found = expectedByName_.find(design.tableName);
        if (found == expectedByName_.end()) return;
        const LiveTable& e = *found->second;
        const Mapping m = mapColumns(design, live);
        noteRenameCandidates(design, e, m);
        const Composites composites = compositeForeignKeys(live, m);
        noteKeptComposites(design.tableName, composites);
        if (kind_ == DialectKind::Sqlite && sqliteNeedsRebuild(design, e, live, m, composites)) {
            sqliteRebuild(design, e, live, m, composites);
            return;
        }
        const std::string& T = design.tableName;
        for (const auto& [oldName, newName] : m.newName) {
            SyncStep& s = add(RenameColumns, StepKind::RenameColumn, T, newName);
            s.summary = "from " + oldName + " (renamedFrom), values kept";
            s.sql = {sql_.renameColumn(T, oldName, newName)};
            s.undo = {sql_.renameColumn(T, newName, oldName)};
        }
        diffPrimaryKey(design, e, live, m);
        for (const Column& c : design.columns) {
            auto it = m.liveOf.find(c.field);
            if (it == m.liveOf.end()) continue;
            const LiveColumn& ec = expectedColumn(e, c.field);
            const ColumnChange ch = compare(c, ec, *it->second);
            if (!ch.any()) continue;
            if (kind_ == DialectKind::Postgres) alterColumnPostgres(design, c, ec, *it->second, ch);
            else alterColumnMySql(design, c, ec, *it->second, ch);
        }
        for (const Column* c : m.added) addColumn(design, *c, e);
        for (const LiveColumn* lc : m.dropped) dropColumn(T, *lc);
        diffUniques(design, e, live, m);
        diffIndexes(design, e, live, m, composites);
        if (kind_ != DialectKind::Sqlite) diffForeignKeys(design, e, live, m, composites);
    }

    // ------------------------------------------------------------------ composite foreign keys
    // A multi-column foreign key cannot come from a design (Sequelize associations use one
    // column). It is left alone while its columns and the ones it references stay; when the
    // design drops one of them, the plan drops the key first (else the database refuses).
    struct Composite {
        const LiveForeignKey* live = nullptr;
        LiveForeignKey mapped;   // under the design's names (renamed columns and tables)
        std::string dropBecause; // empty: left alone
    };
    struct Composites {
        std::vector<Composite> all;
        const Composite* of(const LiveForeignKey& fk) const {
            for (const Composite& c : all)
                if (c.live == &fk) return &c;
            return nullptr;
        }
        bool kept(const LiveForeignKey& fk) const {
            const Composite* c = of(fk);
            return c && c->dropBecause.empty();
        }
    };

    Composites compositeForeignKeys(const LiveTable& live, const Mapping& m) const {
        Composites out;
        for (const LiveForeignKey& fk : live.foreignKeys) {
            if (fk.columns.size() < 2) continue;
            Composite c{&fk, fk, {}};
            c.mapped.columns = m.map(fk.columns);
            c.mapped.refTable = designName(fk.refTable);
            c.dropBecause = compositeDropReason(fk, m, c.mapped.refColumns);
            out.all.push_back(std::move(c));
        }
        return out;
    }

    // Why the plan cannot keep `fk` (empty: it can); `refColumns` get their design names.
    std::string compositeDropReason(const LiveForeignKey& fk, const Mapping& m, Names& refColumns) const {
        for (const LiveColumn* lc : m.dropped)
            if (std::find(fk.columns.begin(), fk.columns.end(), lc->name) != fk.columns.end())
                return "the design drops its column " + lc->name;
        if (!claimed_.count(fk.refTable)) return "the design drops table " + fk.refTable;
        const std::string ref = designName(fk.refTable);
        for (std::string& col : refColumns) {
            const std::optional<std::string> kept = designColumn(ref, col);
            if (!kept) return "the design drops " + ref + "." + col;
            col = *kept;
        }
        return {};
    }

    std::string designName(const std::string& liveTable) const {
        auto it = tableRenames_.find(liveTable);
        return it == tableRenames_.end() ? liveTable : it->second;
    }

    // The design's name for a live column of a kept table: its own, or the attribute renamed from it.
    std::optional<std::string> designColumn(const std::string& designTable,
                                            const std::string& liveColumn) const {
        auto e = expectedByName_.find(designTable);
        if (e == expectedByName_.end()) return std::nullopt;
        if (e->second->findColumn(liveColumn)) return liveColumn;
        if (!in_.renames || in_.mode != SyncMode::Alter) return std::nullopt;
        for (const LiveColumn& c : e->second->columns)
            if (const Names* olds = in_.renames->oldColumns(designTable, c.name))
                if (std::find(olds->begin(), olds->end(), liveColumn) != olds->end()) return c.name;
        return std::nullopt;
    }

    void noteKeptComposites(const std::string& T, const Composites& composites) {
        for (const Composite& c : composites.all)
            if (c.dropBecause.empty())
                notes_.push_back(T + ": composite foreign key " + foreignKeyText(*c.live) +
                                 " is not in the design (Sequelize associations use one column): left alone");
    }

    std::string compositeDropSummary(const Composite& c) const {
        return "composite foreign key " + foreignKeyText(*c.live) + ", not in the design: dropped because " +
               c.dropBecause;
    }

    void noteRenameCandidates(const Table& design, const LiveTable& e, const Mapping& m) {
        for (const LiveColumn* lc : m.dropped)
            for (const Column* c : m.added) {
                if (canonical(lc->type) != expectedColumn(e, c->field).type) continue;
                notes_.push_back(design.tableName + ": column " + lc->name + " is dropped and " + c->field +
                                 " is added, both " + canonical(lc->type) + ". If this is a rename, add \"renamedFrom\": \"" +
                                 lc->name + "\" to attribute " + c->attribute + " in the design: its values are then kept.");
            }
    }

    // ------------------------------------------------------------------ columns
    void addColumn(const Table& design, const Column& c, const LiveTable& e) {
        const std::string& T = design.tableName;
        const LiveColumn& ec = expectedColumn(e, c.field);
        if (kind_ == DialectKind::Postgres && c.type.key == "ENUM") ensureEnum(design, c);
        SyncStep& s = add(Columns, StepKind::AddColumn, T, c.field);
        s.summary = ec.type + (ec.nullable ? "" : " NOT NULL") + (ec.defaultValue ? " DEFAULT " + *ec.defaultValue : "");
        s.sql = {sql_.addColumn(design, c, kind_ == DialectKind::Sqlite)};
        s.undo = {sql_.dropColumn(T, c.field)};
        if (!ec.nullable && !ec.defaultValue && !ec.autoIncrement) {
            const long long rows = probe_->rows(T);
            if (rows != 0) {
                const std::string count = rows < 0 ? "an unknown number of rows" : plural(rows, "row", "rows");
                if (kind_ == DialectKind::MySql)
                    raise(s, Risk::Safe, T + " has " + count + ": they get MySQL's implicit default ('' or 0) in " + c.field);
                else
                    raise(s, Risk::Blocked, T + " has " + count + " and " + c.field +
                                                " is NOT NULL without a default: give it a defaultValue or allowNull");
            }
        }
    }

    void dropColumn(const std::string& T, const LiveColumn& lc) {
        SyncStep& s = add(Columns, StepKind::DropColumn, T, lc.name);
        s.summary = "not in the design";
        s.sql = {sql_.dropColumn(T, lc.name)};
        if (kind_ == DialectKind::MySql) s.undo = {sql_.alterTable(T) + "ADD COLUMN " + id(lc.name) + " " + sql_.liveColumnDefinition(lc)};
        const long long n = probe_->nonNull(T, lc.name);
        if (n != 0)
            raise(s, Risk::DataLoss, where(T, lc.name) + ": " + (n < 0 ? "its values" : plural(n, "non-null value", "non-null values")) +
                                         " would be lost");
    }

    // NOT NULL on a column that holds NULLs: filled with the design's default, or blocked.
    void requireNotNull(SyncStep& s, const std::string& T, const std::string& field, const LiveColumn& ec) {
        const long long nulls = probe_->nulls(T, field);
        if (nulls == 0) return;
        if (ec.defaultValue) {
            s.sql.push_back("UPDATE " + id(T) + " SET " + id(field) + " = " + *ec.defaultValue + " WHERE " + id(field) +
                            " IS NULL");
            raise(s, Risk::Safe, where(T, field) + ": " + (nulls < 0 ? "its NULLs" : plural(nulls, "NULL", "NULLs")) +
                                     " set to the default " + *ec.defaultValue);
            return;
        }
        raise(s, Risk::Blocked, where(T, field) + ": " + (nulls < 0 ? "rows may hold NULL" : plural(nulls, "row holds", "rows hold") + " NULL") +
                                    ", so NOT NULL cannot be applied: fill them or give the attribute a defaultValue");
    }

    void typeRisk(SyncStep& s, const std::string& T, const std::string& field, const LiveColumn& ec, const LiveColumn& lc) {
        const std::string from = canonical(lc.type);
        std::vector<std::string> fromLabels, toLabels;
        if (CatalogNormalizer::enumLabels(from, fromLabels) && CatalogNormalizer::enumLabels(ec.type, toLabels)) {
            labelRisk(s, T, field, fromLabels, toLabels);
            return;
        }
        if (CatalogNormalizer::widening(kind_, from, ec.type)) return;
        const long long n = probe_->nonNull(T, field);
        if (n == 0) return;
        raise(s, Risk::DataLoss, where(T, field) + ": " + (n < 0 ? "its values" : plural(n, "non-null value", "non-null values")) +
                                     " would be converted from " + from + " to " + ec.type +
                                     " (values that do not fit are cut or make the step fail)");
    }

    void labelRisk(SyncStep& s, const std::string& T, const std::string& field, const Names& from, const Names& to) {
        Names gone;
        for (const std::string& l : from)
            if (std::find(to.begin(), to.end(), l) == to.end()) gone.push_back(l);
        if (gone.empty()) return;
        const long long n = probe_->notIn(T, field, to);
        if (n == 0) return;
        raise(s, Risk::Blocked, where(T, field) + ": " + (n < 0 ? "rows may hold" : plural(n, "row holds", "rows hold")) +
                                    " a label the design drops (" + joinNames(gone) + ")");
    }

    void alterColumnMySql(const Table& design, const Column& c, const LiveColumn& ec, const LiveColumn& lc,
                          const ColumnChange& ch) {
        const std::string& T = design.tableName;
        SyncStep& s = add(Columns, StepKind::AlterColumn, T, c.field);
        s.summary = describe(ch, ec, lc);
        if (ch.nullable && !ec.nullable) requireNotNull(s, T, c.field, ec);
        if (ch.type) typeRisk(s, T, c.field, ec, lc);
        s.sql.push_back(sql_.modifyColumn(design, c));
        s.undo = {sql_.alterTable(T) + "MODIFY " + id(c.field) + " " + sql_.liveColumnDefinition(lc)};
    }

    void alterColumnPostgres(const Table& design, const Column& c, const LiveColumn& ec, const LiveColumn& lc,
                             const ColumnChange& ch) {
        const std::string& T = design.tableName;
        const std::string col = "ALTER TABLE " + id(T) + " ALTER COLUMN " + id(c.field) + " ";
        const bool isEnum = c.type.key == "ENUM";
        const std::string enumName = isEnum ? PostgresDialect::enumTypeName(design, c) : std::string();
        // A renamed table keeps its enum type under the old name: rename the type instead.
        if (isEnum && ch.type && renameEnumInstead(design, c, lc)) {
            ColumnChange rest = ch;
            rest.type = false;
            if (!rest.any()) return;
            alterColumnPostgres(design, c, ec, LiveColumn{lc.name, enumName, lc.nullable, lc.defaultValue, lc.autoIncrement}, rest);
            return;
        }
        SyncStep& s = add(Columns, isEnum && ch.enumLabels ? StepKind::AlterEnum : StepKind::AlterColumn, T, c.field);
        s.summary = describe(ch, ec, lc);
        bool setDefault = ch.defaultValue;
        if ((ch.type || ch.enumLabels) && lc.defaultValue) {
            s.sql.push_back(col + "DROP DEFAULT");
            setDefault = true;
        }
        if (ch.enumLabels) {
            const LiveEnum* current = liveEnum(lc.type);
            if (current) labelRisk(s, T, c.field, current->labels, c.type.values);
            const std::string old = sql_.fitName(enumName + "_relata_old");
            s.sql.push_back(sql_.renameEnum(enumName, old));
            s.sql.push_back(sql_.createEnum(enumName, c.type.values));
            s.sql.push_back(col + "TYPE " + id(enumName) + " USING " + id(c.field) + "::text::" + id(enumName));
            s.sql.push_back(sql_.dropEnum(old));
        } else if (ch.type) {
            typeRisk(s, T, c.field, ec, lc);
            std::string type;
            if (isEnum) {
                ensureEnum(design, c);
                type = id(enumName);
            } else {
                d_.appendTypeSql(type, c.type);
            }
            const bool fromEnum = liveEnum(lc.type) != nullptr;
            s.sql.push_back(col + "TYPE " + type + " USING " + id(c.field) + (isEnum || fromEnum ? "::text" : "") + "::" + type);
        }
        if (ch.autoIncrement) {
            if (ec.autoIncrement) {
                const std::string seq = sql_.fitName(T + "_" + c.field + "_seq");
                s.sql.push_back("CREATE SEQUENCE IF NOT EXISTS " + id(seq) + " OWNED BY " + id(T) + "." + id(c.field));
                s.sql.push_back(col + "SET DEFAULT nextval(" + d_.quoteString(id(seq)) + "::regclass)");
                s.sql.push_back("SELECT setval(" + d_.quoteString(id(seq)) + "::regclass, COALESCE(MAX(" + id(c.field) +
                                "), 0) + 1, false) FROM " + id(T));
                setDefault = false;
            } else {
                s.sql.push_back(col + "DROP DEFAULT");
                setDefault = ec.defaultValue.has_value();
            }
        }
        if (setDefault && !ec.autoIncrement) {
            if (ec.defaultValue) s.sql.push_back(col + "SET DEFAULT " + *ec.defaultValue);
            else if (!(ch.type || ch.enumLabels)) s.sql.push_back(col + "DROP DEFAULT");
        }
        if (ch.nullable || (ch.autoIncrement && !ec.nullable)) {
            if (ec.nullable) {
                s.sql.push_back(col + "DROP NOT NULL");
            } else if (lc.nullable) {
                requireNotNull(s, T, c.field, ec);
                s.sql.push_back(col + "SET NOT NULL");
            }
        }
    }

    bool renameEnumInstead(const Table& design, const Column& c, const LiveColumn& lc) {
        const std::string target = PostgresDialect::enumTypeName(design, c);
        const LiveEnum* from = liveEnum(lc.type);
        if (!from || liveEnum(target) || enumsCreated_.count(target) || expectedEnum(from->name) ||
            enumsConsumed_.count(from->name) || from->labels != c.type.values)
            return false;
        SyncStep& s = add(CreateEnums, StepKind::RenameEnum, design.tableName, target);
        s.summary = "from " + from->name + ", as its table or column was renamed";
        s.sql = {sql_.renameEnum(from->name, target)};
        s.undo = {sql_.renameEnum(target, from->name)};
        enumsConsumed_.insert(from->name);
        enumsCreated_.insert(target);
        return true;
    }

    void ensureEnum(const Table& design, const Column& c) {
        const std::string name = PostgresDialect::enumTypeName(design, c);
        if (enumsCreated_.count(name)) return;
        enumsCreated_.insert(name);
        const LiveEnum* existing = liveEnum(name);
        if (existing && existing->labels == c.type.values) return;
        SyncStep& s = add(CreateEnums, StepKind::CreateEnum, design.tableName, name);
        s.summary = joinNames(c.type.values);
        if (existing) {
            s.sql.push_back(sql_.dropEnum(name));
            enumsConsumed_.insert(name);
        }
        s.sql.push_back(sql_.createEnum(name, c.type.values));
        s.undo = {sql_.dropEnum(name)};
    }

    // ------------------------------------------------------------------ keys
    void diffPrimaryKey(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m) {
        const Names current = m.map(live.primaryKey);
        if (current == e.primaryKey) return;
        const std::string& T = design.tableName;
        if (!live.primaryKey.empty()) {
            SyncStep& s = add(DropKeys, StepKind::DropPrimaryKey, T, joinNames(current));
            s.sql = {sql_.dropPrimaryKey(T, live.primaryKeyName)};
            s.undo = {sql_.addPrimaryKey(T, live.primaryKey)};
        }
        if (!e.primaryKey.empty()) {
            SyncStep& s = add(AddKeys, StepKind::AddPrimaryKey, T, joinNames(e.primaryKey));
            s.sql = {sql_.addPrimaryKey(T, e.primaryKey)};
            s.undo = {sql_.dropPrimaryKey(T, T + "_pkey")};
            const long long dup = probe_->duplicates(T, e.primaryKey);
            if (dup > 0)
                raise(s, Risk::Blocked, T + ": " + plural(dup, "row shares", "rows share") + " a value of (" +
                                            joinNames(e.primaryKey) + ")");
        }
    }

    struct KeyRef {
        std::string name;
        bool constraint = false; // a UNIQUE constraint, not a unique index
    };

    void diffUniques(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m) {
        const std::string& T = design.tableName;
        const Names livePk = m.map(live.primaryKey);
        std::set<Names> expected;
        for (const LiveKey& k : e.uniqueKeys) expected.insert(k.columns);
        for (const LiveIndex& i : e.indexes)
            if (i.unique) expected.insert(i.columns);
        std::map<Names, std::vector<KeyRef>> current;
        for (const LiveKey& k : live.uniqueKeys) {
            Names cols = m.map(k.columns);
            if (cols == livePk || cols == e.primaryKey) continue;
            current[cols].push_back(KeyRef{k.name, true});
        }
        for (const LiveIndex& i : live.indexes) {
            if (!i.unique) continue;
            Names cols = m.map(i.columns);
            if (cols == livePk || cols == e.primaryKey) continue;
            current[cols].push_back(KeyRef{i.name, false});
        }
        for (const auto& [cols, refs] : current) {
            if (expected.count(cols)) continue;
            for (const KeyRef& r : refs) {
                SyncStep& s = add(DropKeys, StepKind::DropUnique, T, r.name);
                s.summary = "(" + joinNames(cols) + ") is not unique in the design";
                s.sql = {sql_.dropUnique(T, r.name, r.constraint)};
                s.undo = {sql_.createIndex(T, r.name, liveColumns(cols, m), true)};
            }
        }
        for (const LiveKey& k : e.uniqueKeys) {
            if (current.count(k.columns)) continue;
            SyncStep& s = add(AddKeys, StepKind::AddUnique, T, k.name);
            s.summary = "(" + joinNames(k.columns) + ")";
            s.sql = {sql_.addUnique(T, k.name, k.columns)};
            s.undo = {sql_.dropUnique(T, kind_ == DialectKind::MySql ? sql_.fitName(k.name) : T + "_" + k.columns.front() + "_key",
                                      true)};
            uniqueRisk(s, T, k.columns, m);
        }
        for (const TableIndex& i : design.indexes) {
            if (!i.unique || current.count(i.fields)) continue;
            if (std::any_of(e.uniqueKeys.begin(), e.uniqueKeys.end(), [&](const LiveKey& k) { return k.columns == i.fields; }))
                continue;
            SyncStep& s = add(AddKeys, StepKind::CreateIndex, T, Dialect::indexName(design, i));
            s.summary = "unique (" + joinNames(i.fields) + ")";
            s.sql = {d_.createIndex(design, i)};
            s.undo = {sql_.dropIndex(T, Dialect::indexName(design, i))};
            uniqueRisk(s, T, i.fields, m);
        }
    }

    // The live names of design columns (before a rename), for figures read before the plan runs.
    Names liveColumns(const Names& fields, const Mapping& m) const {
        Names out;
        for (const std::string& f : fields) {
            auto it = m.liveOf.find(f);
            out.push_back(it == m.liveOf.end() ? f : it->second->name);
        }
        return out;
    }

    void uniqueRisk(SyncStep& s, const std::string& T, const Names& fields, const Mapping& m) {
        for (const std::string& f : fields)
            if (!m.liveOf.count(f)) return; // a new column: empty
        const long long dup = probe_->duplicates(currentName(T), liveColumns(fields, m));
        if (dup > 0)
            raise(s, Risk::Blocked, T + ": " + plural(dup, "row shares", "rows share") + " a value of (" + joinNames(fields) +
                                        "), so it cannot be unique");
    }

    std::string currentName(const std::string& designTable) const {
        for (const auto& [oldName, newName] : tableRenames_)
            if (newName == designTable) return oldName;
        return designTable;
    }

    void diffIndexes(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m,
                     const Composites& composites) {
        const std::string& T = design.tableName;
        std::set<Names> expected;
        for (const LiveIndex& i : e.indexes)
            if (!i.unique) expected.insert(i.columns);
        std::set<Names> current;
        for (const LiveIndex& i : live.indexes) {
            if (i.unique) continue;
            const Names cols = m.map(i.columns);
            current.insert(cols);
            if (expected.count(cols)) continue;
            // MariaDB keeps an index for every foreign key: not the design's to drop.
            if (kind_ == DialectKind::MySql && coversForeignKey(e, composites, cols)) continue;
            SyncStep& s = add(DropKeys, StepKind::DropIndex, T, i.name);
            s.summary = "(" + joinNames(cols) + ") is not an index of the design";
            s.sql = {sql_.dropIndex(T, i.name)};
            s.undo = {sql_.createIndex(T, i.name, i.columns, false)};
        }
        for (const TableIndex& i : design.indexes) {
            if (i.unique || current.count(i.fields)) continue;
            current.insert(i.fields);
            SyncStep& s = add(AddKeys, StepKind::CreateIndex, T, Dialect::indexName(design, i));
            s.summary = "(" + joinNames(i.fields) + ")";
            s.sql = {d_.createIndex(design, i)};
            s.undo = {sql_.dropIndex(T, Dialect::indexName(design, i))};
        }
    }

    static bool coversForeignKey(const LiveTable& e, const Composites& composites, const Names& cols) {
        auto covers = [&](const Names& fkCols) {
            return cols.size() >= fkCols.size() && std::equal(fkCols.begin(), fkCols.end(), cols.begin());
        };
        for (const LiveForeignKey& fk : e.foreignKeys)
            if (covers(fk.columns)) return true;
        for (const Composite& c : composites.all)
            if (c.dropBecause.empty() && covers(c.mapped.columns)) return true;
        return false;
    }

    using FkKey = std::array<std::string, 5>;
    FkKey fkKey(const Names& cols, const std::string& refTable, const Names& refCols, const std::string& del,
                const std::string& upd) const {
        return {joinNames(cols), refTable, joinNames(refCols), CatalogNormalizer::action(kind_, del),
                CatalogNormalizer::action(kind_, upd)};
    }

    void diffForeignKeys(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m,
                         const Composites& composites) {
        const std::string& T = design.tableName;
        std::set<FkKey> expected;
        for (const LiveForeignKey& fk : e.foreignKeys)
            expected.insert(fkKey(fk.columns, fk.refTable, fk.refColumns, fk.onDelete, fk.onUpdate));
        std::set<FkKey> current;
        for (const LiveForeignKey& fk : live.foreignKeys) {
            auto renamed = tableRenames_.find(fk.refTable);
            const std::string ref = renamed == tableRenames_.end() ? fk.refTable : renamed->second;
            const FkKey key = fkKey(m.map(fk.columns), ref, fk.refColumns, fk.onDelete, fk.onUpdate);
            current.insert(key);
            if (expected.count(key) || composites.kept(fk)) continue;
            SyncStep& s = add(DropForeignKeys, StepKind::DropForeignKey, T, fk.name);
            const Composite* composite = composites.of(fk);
            s.summary = composite
                            ? compositeDropSummary(*composite)
                            : "(" + joinNames(fk.columns) + ") -> " + fk.refTable + " is not in the design";
            s.sql = {sql_.dropForeignKey(T, fk.name)};
            LiveForeignKey back = fk;
            back.columns = m.map(fk.columns);
            back.refTable = ref;
            s.undo = {sql_.addLiveForeignKey(T, back)};
        }
        for (const Column& c : design.columns) {
            if (!c.references) continue;
            const LiveForeignKey* fk = nullptr;
            for (const LiveForeignKey& f : e.foreignKeys)
                if (f.columns.size() == 1 && f.columns.front() == c.field) fk = &f;
            if (!fk) continue; // not created for this column (cycle quirk)
            if (current.count(fkKey(fk->columns, fk->refTable, fk->refColumns, fk->onDelete, fk->onUpdate))) continue;
            const std::string name = kind_ == DialectKind::MySql ? sql_.fitName(T + "_" + c.field + "_fk") : std::string();
            SyncStep& s = add(AddForeignKeys, StepKind::AddForeignKey, T, c.field);
            s.summary = "-> " + fk->refTable + " (" + joinNames(fk->refColumns) + ") ON DELETE " + fk->onDelete +
                        " ON UPDATE " + fk->onUpdate;
            s.sql = {sql_.addForeignKey(design, c, name)};
            s.undo = {sql_.dropForeignKey(T, name.empty() ? T + "_" + c.field + "_fkey" : name)};
            auto liveCol = m.liveOf.find(c.field);
            if (liveCol != m.liveOf.end() && !created_.count(fk->refTable) && claimed_.count(currentName(fk->refTable))) {
                const long long n = probe_->orphans(currentName(T), liveCol->second->name, currentName(fk->refTable),
                                                    fk->refColumns.front());
                if (n > 0)
                    raise(s, Risk::Blocked, where(T, c.field) + ": " + plural(n, "row references", "rows reference") +
                                                " no row of " + fk->refTable);
            }
        }
    }

    // ------------------------------------------------------------------ SQLite rebuild
    bool sqliteNeedsRebuild(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m,
                            const Composites& composites) const {
        for (const Column& c : design.columns) {
            auto it = m.liveOf.find(c.field);
            if (it != m.liveOf.end() && compare(c, expectedColumn(e, c.field), *it->second).any()) return true;
        }
        if (m.map(live.primaryKey) != e.primaryKey) return true;
        std::set<Names> expectedKeys, liveKeys;
        for (const LiveKey& k : e.uniqueKeys) expectedKeys.insert(k.columns);
        for (const LiveKey& k : live.uniqueKeys) liveKeys.insert(m.map(k.columns));
        liveKeys.erase(e.primaryKey);
        if (expectedKeys != liveKeys) return true;
        std::set<FkKey> expectedFks, liveFks;
        for (const LiveForeignKey& fk : e.foreignKeys)
            expectedFks.insert(fkKey(fk.columns, fk.refTable, fk.refColumns, fk.onDelete, fk.onUpdate));
        for (const LiveForeignKey& fk : live.foreignKeys) {
            if (composites.kept(fk)) continue; // the rebuild would keep it as it is
            auto renamed = tableRenames_.find(fk.refTable);
            liveFks.insert(fkKey(m.map(fk.columns), renamed == tableRenames_.end() ? fk.refTable : renamed->second,
                                 fk.refColumns, fk.onDelete, fk.onUpdate));
        }
        // FKs of added columns come with ADD COLUMN ... REFERENCES.
        for (const Column* c : m.added)
            for (const LiveForeignKey& fk : e.foreignKeys)
                if (fk.columns.size() == 1 && fk.columns.front() == c->field)
                    liveFks.insert(fkKey(fk.columns, fk.refTable, fk.refColumns, fk.onDelete, fk.onUpdate));
        if (expectedFks != liveFks) return true;
        for (const Column* c : m.added) {
            const LiveColumn& ec = expectedColumn(e, c->field);
            const bool nullDefault = !ec.defaultValue;
            if (c->primaryKey || (c->unique && (c->unique->flag || !c->unique->name.empty()))) return true;
            if (!ec.nullable && nullDefault) return true;
            if (c->references && !nullDefault) return true;
        }
        for (const LiveColumn* lc : m.dropped) {
            auto uses = [&](const Names& cols) { return std::find(cols.begin(), cols.end(), lc->name) != cols.end(); };
            if (uses(live.primaryKey)) return true;
            for (const LiveKey& k : live.uniqueKeys)
                if (uses(k.columns)) return true;
            for (const LiveIndex& i : live.indexes)
                if (uses(i.columns)) return true;
            for (const LiveForeignKey& fk : live.foreignKeys)
                if (uses(fk.columns)) return true;
        }
        return false;
    }

    void sqliteRebuild(const Table& design, const LiveTable& e, const LiveTable& live, const Mapping& m,
                       const Composites& composites) {
        const std::string& T = design.tableName;
        SyncStep& s = add(Columns, StepKind::RebuildTable, T);
        std::vector<std::string> what;
        std::map<std::string, SqliteRebuild::Source> sources;
        for (const Column& c : design.columns) {
            auto it = m.liveOf.find(c.field);
            if (it == m.liveOf.end()) continue;
            const LiveColumn& lc = *it->second;
            const LiveColumn& ec = expectedColumn(e, c.field);
            SqliteRebuild::Source src{lc.name, std::nullopt};
            const ColumnChange ch = compare(c, ec, lc);
            if (ch.any()) what.push_back(c.field + ": " + describe(ch, ec, lc));
            if (lc.name != c.field) what.push_back(c.field + ": renamed from " + lc.name);
            if (!ec.nullable && lc.nullable && !(c.primaryKey && ExpectedSchema::sqliteRowidKey(design, c, d_))) {
                const long long nulls = probe_->nulls(live.name, lc.name);
                if (nulls != 0) {
                    if (ec.defaultValue) {
                        src.fill = *ec.defaultValue;
                        raise(s, Risk::Safe, where(T, c.field) + ": " + (nulls < 0 ? "its NULLs" : plural(nulls, "NULL", "NULLs")) +
                                                 " set to the default " + *ec.defaultValue);
                    } else {
                        raise(s, Risk::Blocked, where(T, c.field) + ": " +
                                                    (nulls < 0 ? "rows may hold NULL" : plural(nulls, "row holds", "rows hold") + " NULL") +
                                                    ", so NOT NULL cannot be applied: fill them or give the attribute a defaultValue");
                    }
                }
            }
            sources[c.field] = src;
        }
        for (const Column* c : m.added) {
            what.push_back("add " + c->field);
            const LiveColumn& ec = expectedColumn(e, c->field);
            if (!ec.nullable && !ec.defaultValue && !ec.autoIncrement) {
                const long long rows = probe_->rows(live.name);
                if (rows != 0)
                    raise(s, Risk::Blocked, T + " has " + (rows < 0 ? "rows" : plural(rows, "row", "rows")) + " and " + c->field +
                                                " is NOT NULL without a default: give it a defaultValue or allowNull");
            }
        }
        for (const LiveColumn* lc : m.dropped) {
            what.push_back("drop " + lc->name);
            const long long n = probe_->nonNull(live.name, lc->name);
            if (n != 0)
                raise(s, Risk::DataLoss, where(T, lc->name) + ": " + (n < 0 ? "its values" : plural(n, "non-null value", "non-null values")) +
                                             " would be lost");
        }
        if (m.map(live.primaryKey) != e.primaryKey) what.push_back("primary key (" + joinNames(e.primaryKey) + ")");
        for (const LiveKey& k : e.uniqueKeys) {
            bool present = false;
            for (const LiveKey& l : live.uniqueKeys) present = present || m.map(l.columns) == k.columns;
            if (!present) {
                what.push_back("unique (" + joinNames(k.columns) + ")");
                uniqueRisk(s, T, k.columns, m);
            }
        }
        for (const LiveForeignKey& fk : e.foreignKeys) {
            bool present = false;
            for (const LiveForeignKey& l : live.foreignKeys)
                present = present || (m.map(l.columns) == fk.columns && l.refTable == fk.refTable &&
                                      CatalogNormalizer::action(kind_, l.onDelete) == fk.onDelete &&
                                      CatalogNormalizer::action(kind_, l.onUpdate) == fk.onUpdate);
            if (present) continue;
            what.push_back("foreign key (" + joinNames(fk.columns) + ") -> " + fk.refTable);
            auto it = m.liveOf.find(fk.columns.front());
            if (it != m.liveOf.end() && claimed_.count(currentName(fk.refTable))) {
                const long long n = probe_->orphans(live.name, it->second->name, currentName(fk.refTable), fk.refColumns.front());
                if (n > 0)
                    raise(s, Risk::Blocked, where(T, fk.columns.front()) + ": " +
                                                plural(n, "row references", "rows reference") + " no row of " + fk.refTable);
            }
        }
        std::vector<LiveForeignKey> keep;
        for (const Composite& c : composites.all) {
            if (c.dropBecause.empty())
                keep.push_back(c.mapped);
            else
                what.push_back(compositeDropSummary(c));
        }
        s.summary = "new table, rows copied (" + joinNames(what) + ")";
        s.sql = SqliteRebuild::statements(design, live.name, sources, d_, keep);
    }

    // ------------------------------------------------------------------ create mode
    void keepCreateOnly(SyncPlan& plan) {
        std::vector<SyncStep> kept;
        size_t left = 0;
        for (SyncStep& s : plan.steps) {
            const bool keep = s.kind == StepKind::CreateTable ||
                              (created_.count(s.table) && (s.kind == StepKind::AddForeignKey || s.kind == StepKind::AddUnique)) ||
                              (s.kind == StepKind::CreateIndex && !created_.count(s.table));
            if (keep) kept.push_back(std::move(s));
            else ++left;
        }
        plan.steps = std::move(kept);
        if (left)
            notes_.push_back("create mode leaves " + plural(static_cast<long long>(left), "other difference", "other differences") +
                             " alone: run 'relata-cli diff' to see them, and --mode alter to apply them.");
    }

    const SchemaDiff::Input& in_;
    const Dialect& d_;
    DialectKind kind_;
    AlterSql sql_;
    DataProbe nullProbe_;
    DataProbe* probe_;
    LiveSchema expected_;
    std::map<std::string, const LiveTable*> expectedByName_;
    std::array<std::vector<SyncStep>, PhaseCount> phases_;
    std::vector<std::string> notes_;
    std::set<std::string> claimed_;                   // live tables kept (by their live name)
    std::set<std::string> created_;                   // tables created by the plan
    std::map<std::string, std::string> tableRenames_; // live name -> design name
    std::set<std::string> enumsCreated_, enumsConsumed_;
};

} // namespace

SyncPlan SchemaDiff::plan(const Input& input) { return Planner(input).run(); }

} // namespace relata
