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

    void live_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("design");
        const QStringList designs = {QStringLiteral("resources/examples/shop.relata.json"),
                                     QStringLiteral("tests/conformance/cases/guide-14-btm-through-string.json"),
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
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
