// Import (reverse engineering): design -> live schema -> import -> the same live schema.
#include "sync_test_support.h"

#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "sync/DesignMerger.h"
#include "sync/ExpectedSchema.h"
#include "sync/Importer.h"
#include "sync/SchemaDiff.h"

#include <QDir>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <fstream>

using namespace relata;

namespace {

std::string sourceDir() { return RELATA_SOURCE_DIR; }

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    nlohmann::json j;
    try {
        in >> j;
    } catch (...) {
    }
    return j;
}

// Empty when `doc` round-trips through import on `kind`; else what differs.
std::string roundTrip(const Document& doc, DialectKind kind) {
    const ResolvedSchema schema = Resolver::resolve(doc);
    if (schema.error) return "design error";
    const auto dialect = Dialect::create(kind);
    const LiveSchema live = ExpectedSchema::build(schema, *dialect);
    std::vector<std::string> notes;
    const Document imported = Importer::import(live, kind, &notes);
    const ResolvedSchema again = Resolver::resolve(imported);
    if (again.error) return "imported design error: " + again.error->message;
    const SyncPlan plan = SchemaDiff::plan({again, *dialect, live});
    if (!plan.empty()) return plan.text();
    return {};
}

Document load(const std::string& path) {
    Document doc;
    Diagnostics problems;
    DocumentReader::readFile(path, doc, problems);
    return doc;
}

Document importExpected(const Document& doc, DialectKind kind, std::vector<std::string>* notes = nullptr) {
    const ResolvedSchema schema = Resolver::resolve(doc);
    return Importer::import(ExpectedSchema::build(schema, *Dialect::create(kind)), kind, notes);
}

// "user.children: PersonChildren parentId -> childId" per belongsToMany, in document order.
QStringList manyToMany(const Document& doc) {
    QStringList out;
    for (const Association& a : doc.associations) {
        if (a.type != AssociationType::BelongsToMany) continue;
        const std::string as = a.options.as ? a.options.as->name : std::string("-");
        const std::string fk = a.options.foreignKey ? a.options.foreignKey->name : std::string("-");
        const std::string ok = a.options.otherKey ? a.options.otherKey->name : std::string("-");
        const std::string through = a.options.through ? a.options.through->model : std::string("-");
        out << QString::fromStdString(a.source + "." + as + ": " + through + " " + fk + " -> " + ok);
    }
    return out;
}

using Names = std::vector<std::string>;

// One data row per dialect, column "kind".
void dialectRows() {
    QTest::addColumn<int>("kind");
    for (DialectKind kind : Dialect::all())
        QTest::newRow(Dialect::create(kind)->name().c_str()) << static_cast<int>(kind);
}

std::string joinLines(const Names& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += l + "\n";
    return out;
}

bool contains(const Names& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

Model* findModel(Document& doc, const std::string& name) {
    for (Model& m : doc.models)
        if (m.name == name) return &m;
    return nullptr;
}

const LiveForeignKey* foreignKeyOn(const LiveSchema& live, const std::string& table, const Names& columns) {
    const LiveTable* t = live.findTable(table);
    if (!t) return nullptr;
    for (const LiveForeignKey& fk : t->foreignKeys)
        if (fk.columns == columns) return &fk;
    return nullptr;
}

// Two tables joined by a two-column foreign key, made by hand (no design can make it), one row each.
bool createCompositeTables(synctest::Fixture& f) {
    auto id = [&](const std::string& n) { return synctest::q(f, n); };
    return synctest::exec(f, "CREATE TABLE " + id("warehouses") + " (" + id("region") +
                                 " INTEGER NOT NULL, " + id("code") + " INTEGER NOT NULL, PRIMARY KEY (" +
                                 id("region") + ", " + id("code") + "))") &&
           synctest::exec(f, "CREATE TABLE " + id("stock") + " (" + id("sku") +
                                 " VARCHAR(20) NOT NULL PRIMARY KEY, " + id("region") + " INTEGER, " +
                                 id("code") + " INTEGER, " + id("label") + " VARCHAR(10), " + "CONSTRAINT " +
                                 id("fk_stock_warehouse") + " FOREIGN KEY (" + id("region") + ", " +
                                 id("code") + ") REFERENCES " + id("warehouses") + " (" + id("region") +
                                 ", " + id("code") + "))") &&
           synctest::exec(f, "INSERT INTO " + id("warehouses") + " VALUES (1, 1)") &&
           synctest::exec(f, "INSERT INTO " + id("stock") + " VALUES ('a', 1, 1, 'x')");
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void conformanceRoundTrip_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        const QDir cases(QString::fromStdString(sourceDir() + "/tests/conformance/cases"));
        for (const QString& file : cases.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString base = file.chopped(5);
            const nlohmann::json expected =
                readJson(sourceDir() + "/tests/conformance/expected/" + file.toStdString());
            if (!expected.is_object() || !expected.value("ok", false)) continue;
            for (DialectKind kind : Dialect::all()) {
                const char* section = kind == DialectKind::Postgres ? "postgres" : kind == DialectKind::MySql ? "mysql" : "sqlite";
                if (!expected.contains(section) || !expected[section].value("ok", false)) continue;
                QTest::newRow(qPrintable(base + "/" + section)) << base << static_cast<int>(kind);
            }
        }
    }
    void conformanceRoundTrip() {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const Document doc = load(sourceDir() + "/tests/conformance/cases/" + name.toStdString() + ".json");
        const std::string problem = roundTrip(doc, static_cast<DialectKind>(kind));
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void importedNamesFollowConventions() {
        const Document doc = load(sourceDir() + "/tests/conformance/cases/guide-01-belongsto-player-team.json");
        const ResolvedSchema schema = Resolver::resolve(doc);
        const auto dialect = Dialect::create(DialectKind::Sqlite);
        const Document imported = Importer::import(ExpectedSchema::build(schema, *dialect), DialectKind::Sqlite);
        QVERIFY(imported.findModel("player"));
        QVERIFY(imported.findModel("team"));
        QVERIFY(imported.findModel("team")->attributes.empty()); // id + timestamps implicit
        QVERIFY(imported.findModel("player")->attributes.empty()); // teamId through belongsTo
    }

    // A self many-to-many comes back as the belongsToMany pair, each direction named after the
    // key column of the rows it reaches, and resolves to the same tables.
    void selfManyToMany_data() {
        dialectRows();
    }
    void selfManyToMany() {
        QFETCH(int, kind);
        const DialectKind k = static_cast<DialectKind>(kind);
        const Document doc =
            synctest::design(R"({"format": "relata/1", "models": [{"name": "user", "attributes": {}}],
            "associations": [{"source": "user", "type": "belongsToMany", "target": "user", "options": {"as": "children",
            "through": "PersonChildren", "foreignKey": "parentId", "otherKey": "childId"}}]})");
        const Document imported = importExpected(doc, k);
        QCOMPARE(imported.models.size(), size_t(1));
        QCOMPARE(manyToMany(imported),
                 QStringList({QStringLiteral("user.children: PersonChildren parentId -> childId"),
                              QStringLiteral("user.parents: PersonChildren childId -> parentId")}));
        QCOMPARE(imported.associations.size(), size_t(2));
        const std::string problem = roundTrip(doc, k);
        QVERIFY2(problem.empty(), problem.c_str());

        // Sequelize's own defaults (guide-17): personId and ChildId.
        const Document guide = load(sourceDir() + "/tests/conformance/cases/guide-17-btm-self-children.json");
        QCOMPARE(manyToMany(importExpected(guide, k)),
                 QStringList({QStringLiteral("person.Children: PersonChildren personId -> ChildId"),
                              QStringLiteral("person.people: PersonChildren ChildId -> personId")}));
    }

    void live_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("design");
        const QStringList designs = {
            QStringLiteral("resources/examples/shop.relata.json"),
            QStringLiteral("tests/conformance/cases/guide-14-btm-through-string.json"),
            QStringLiteral("tests/conformance/cases/guide-17-btm-self-children.json"),
            QStringLiteral("tests/conformance/cases/guide-30a-document-version-cycle.json")};
        for (DialectKind kind : Dialect::all())
            for (const QString& d : designs)
                QTest::newRow(qPrintable(QString::number(static_cast<int>(kind)) + ":" + QFileInfo(d).fileName()))
                    << static_cast<int>(kind) << d;
    }
    void live() {
        QFETCH(int, kind);
        QFETCH(QString, design);
        SYNC_FIXTURE(static_cast<DialectKind>(kind));
        Document doc = load(sourceDir() + "/" + design.toStdString());
        const synctest::Outcome o = synctest::sync(f, doc, SyncMode::Alter, true, true);
        QVERIFY2(o.permitted, o.why.c_str());
        VERIFY_IN_SYNC(f, doc);
        const LiveSchema live = synctest::live(f);
        std::vector<std::string> notes;
        const Document imported = Importer::import(live, f.kind(), &notes);
        VERIFY_IN_SYNC(f, imported);

        // --into: layout and a hand-written option survive when the tables did not change.
        Document existing = doc;
        existing.extra["layout"] = {{"zoom", 1.5}};
        QVERIFY(!existing.models.empty());
        existing.models[0].options.extra["hooks"] = "hand-written";
        const Document merged = DesignMerger::merge(existing, imported, live, f.kind(), &notes);
        QCOMPARE(QString::fromStdString(merged.extra.value("layout", OrderedJson()).dump()),
                 QStringLiteral("{\"zoom\":1.5}"));
        const Model* first = merged.findModel(existing.models[0].name);
        QVERIFY(first);
        QCOMPARE(QString::fromStdString(first->options.extra.value("hooks", std::string())), QStringLiteral("hand-written"));
        VERIFY_IN_SYNC(f, merged);
    }

    // A two-column foreign key (Sequelize cannot declare one): imported as plain columns with a
    // note; the diff leaves it alone (kept through a SQLite rebuild) until the design drops one
    // of its columns, then the plan drops it first. No row is lost on the way.
    void compositeForeignKey_data() {
        dialectRows();
    }
    void compositeForeignKey() {
        QFETCH(int, kind);
        SYNC_FIXTURE(static_cast<DialectKind>(kind));
        QVERIFY(createCompositeTables(f));
        const Names key = {"region", "code"};
        const std::string name = f.kind() == DialectKind::Sqlite ? "" : "fk_stock_warehouse ";
        std::vector<std::string> notes;
        Document doc = Importer::import(synctest::live(f), f.kind(), &notes);
        QVERIFY2(contains(notes, "table stock: composite foreign key " + name +
                                     "(region, code) -> warehouses (region, code) kept as columns: Sequelize "
                                     "associations use one column"),
                 joinLines(notes).c_str());
        QVERIFY(doc.associations.empty());
        Model* stock = findModel(doc, "stock");
        QVERIFY(stock);
        for (const AttributeDef& a : stock->attributes)
            QVERIFY2(!a.references, a.name.c_str());
        const SyncPlan same = synctest::diff(f, doc);
        QVERIFY2(same.empty(), same.text().c_str());
        QVERIFY2(contains(same.notes,
                          "stock: composite foreign key " + name +
                              "(region, code) -> warehouses (region, code) "
                              "is not in the design (Sequelize associations use one column): left alone"),
                 same.text().c_str());

        // Another change to the table (a rebuild on SQLite) keeps the key; so does a design
        // without MariaDB's index for it.
        for (AttributeDef& a : stock->attributes)
            if (a.name == "label") a.type = DataType{"TEXT", {}, {}};
        stock->options.indexes.reset();
        synctest::Outcome o = synctest::sync(f, doc, SyncMode::Alter, true);
        QVERIFY2(o.permitted && o.result.ok, (o.why + o.result.text()).c_str());
        QVERIFY(foreignKeyOn(synctest::live(f), "stock", key));
        VERIFY_IN_SYNC(f, doc);

        // Dropping one of its columns drops the key first, and says why.
        std::erase_if(stock->attributes, [](const AttributeDef& a) { return a.name == "code"; });
        const SyncPlan drop = synctest::diff(f, doc);
        QVERIFY2(contains({drop.text()},
                          "composite foreign key " + name +
                              "(region, code) -> warehouses (region, code), not in the design: dropped "
                              "because the design drops its column code"),
                 drop.text().c_str());
        o = synctest::sync(f, doc, SyncMode::Alter, true);
        QVERIFY2(o.permitted && o.result.ok, (o.why + o.result.text()).c_str());
        QVERIFY(!foreignKeyOn(synctest::live(f), "stock", key));
        VERIFY_IN_SYNC(f, doc);
        QCOMPARE(synctest::count(f, "SELECT COUNT(*) FROM " + synctest::q(f, "stock")), 1LL);
        QCOMPARE(synctest::count(f, "SELECT COUNT(*) FROM " + synctest::q(f, "warehouses")), 1LL);
    }

    // A design without the referenced table drops the composite key before the table.
    void compositeForeignKeyTargetDropped_data() { dialectRows(); }
    void compositeForeignKeyTargetDropped() {
        QFETCH(int, kind);
        const DialectKind k = static_cast<DialectKind>(kind);
        Document doc = synctest::design(R"({"format": "relata/1", "models": [
            {"name": "warehouse", "attributes": {"region": {"type": "INTEGER", "primaryKey": true},
             "code": {"type": "INTEGER", "primaryKey": true}}, "options": {"timestamps": false}},
            {"name": "stock", "attributes": {"region": {"type": "INTEGER"}, "code": {"type": "INTEGER"}},
             "options": {"timestamps": false, "freezeTableName": true}}]})");
        const auto dialect = Dialect::create(k);
        LiveSchema live = ExpectedSchema::build(Resolver::resolve(doc), *dialect);
        QVERIFY(live.findTable("stock") && live.findTable("warehouses"));
        for (LiveTable& t : live.tables)
            if (t.name == "stock")
                t.foreignKeys.push_back(
                    {"fk_s", {"region", "code"}, "warehouses", {"region", "code"}, "NO ACTION", "NO ACTION"});
        const SyncPlan same = SchemaDiff::plan({Resolver::resolve(doc), *dialect, live});
        QVERIFY2(same.empty() && contains(same.notes, "left alone"), same.text().c_str());
        doc.models.erase(doc.models.begin());
        const SyncPlan plan = SchemaDiff::plan({Resolver::resolve(doc), *dialect, live});
        QVERIFY2(contains({plan.text()},
                          "composite foreign key fk_s (region, code) -> warehouses (region, code), not in "
                          "the design: dropped because the design drops table warehouses"),
                 plan.text().c_str());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
