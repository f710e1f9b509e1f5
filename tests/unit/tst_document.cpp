// DocumentReader / DocumentWriter: round trip of the conformance cases, diagnostics for broken
// JSON and wrong shapes, atomic file writing.
#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace relata;

namespace {

QString casesDir() { return QStringLiteral(RELATA_TEST_DATA "/conformance/cases"); }

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

std::string dumpDiagnostics(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds) out += d.format("doc") + "\n";
    return out;
}

const Diagnostic* findDiagnostic(const Diagnostics& ds, const std::string& code, const std::string& path) {
    for (const auto& d : ds)
        if (d.code == code && d.path == path) return &d;
    return nullptr;
}

// A small valid document that the error tests modify.
OrderedJson baseDocument() {
    return OrderedJson::parse(R"J({
  "format": "relata/1",
  "models": [
    {"name": "user", "attributes": {"id": {"type": "INTEGER", "primaryKey": true}}},
    {"name": "company", "attributes": {"name": {"type": "STRING"}}},
    {"name": "product", "attributes": {"price": {"type": "DECIMAL(10,2)"}}}
  ],
  "associations": [
    {"source": "user", "type": "belongsTo", "target": "company"}
  ]
})J");
}

Document sampleDocument() {
    Document doc;
    const std::string text = baseDocument().dump();
    Diagnostics errors;
    DocumentReader::read(text, doc, errors);
    return doc;
}

// Every invariant a successful read must satisfy (used by the fuzz-like tests too).
void checkRoundTrip(const Document& doc) {
    const std::string first = DocumentWriter::write(doc);
    Document again;
    Diagnostics errors;
    QVERIFY2(DocumentReader::read(first, again, errors), dumpDiagnostics(errors).c_str());
    QVERIFY(again == doc);
    const std::string second = DocumentWriter::write(again);
    QCOMPARE(QByteArray::fromStdString(second), QByteArray::fromStdString(first));
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    // --- round trip ----------------------------------------------------------------------
    void roundTripCases_data();
    void roundTripCases();
    void allCasesPresent();
    void unknownSectionsSurvive();
    void fullDocumentRoundTrip();
    void writerIsDeterministic();
    void writerOmitsUnsetOptionals();
    void keySpecFieldName();

    // --- reader semantics -------------------------------------------------------------------
    void acceptedShapes();
    void formatAbsentIsRelata1();
    void throughNullOrTrueKept();

    // --- broken JSON --------------------------------------------------------------------------
    void brokenJson_data();
    void brokenJson();

    // --- wrong shapes -------------------------------------------------------------------------
    void shapeErrors_data();
    void shapeErrors();
    void unknownTypeMessage();
    void unknownSourceSuggestsModel();
    void errorsAreCollected();
    void documentUntouchedOnError();

    // --- robustness ---------------------------------------------------------------------------
    void deepNesting();
    void arbitraryBytes();
    void mutatedCases();

    // --- files --------------------------------------------------------------------------------
    void readFileMissing();
    void readFileDirectory();
    void writeFileRoundTrip();
    void writeFileUnwritable();
    void writeFileReplacesAtomically();
};

// ---------------------------------------------------------------------------------------------

void TestDocument::roundTripCases_data() {
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(casesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files) QTest::newRow(f.toUtf8().constData()) << QDir(casesDir()).filePath(f);
}

void TestDocument::roundTripCases() {
    QFETCH(QString, path);
    Document doc;
    Diagnostics errors;
    QVERIFY2(DocumentReader::readFile(path.toStdString(), doc, errors), dumpDiagnostics(errors).c_str());
    QVERIFY(errors.empty());
    QVERIFY(!doc.models.empty());
    QCOMPARE(doc.format, std::string("relata/1"));
    // the comment keys are kept as extra sections
    QVERIFY(doc.extra.contains("description"));
    const OrderedJson original = OrderedJson::parse(readAll(path).toStdString());
    for (const char* key : {"description", "guide", "notes"}) {
        QCOMPARE(doc.extra.contains(key), original.contains(key));
        if (original.contains(key)) QVERIFY(doc.extra[key] == original[key]);
    }
    QCOMPARE(doc.models.size(), original["models"].size());
    QCOMPARE(doc.associations.size(), original["associations"].size());
    // attribute order is column order
    for (size_t i = 0; i < doc.models.size(); ++i) {
        std::vector<std::string> names;
        for (const auto& [key, value] : original["models"][i]["attributes"].items()) names.push_back(key);
        QCOMPARE(doc.models[i].attributes.size(), names.size());
        for (size_t j = 0; j < names.size(); ++j) QCOMPARE(doc.models[i].attributes[j].name, names[j]);
    }
    checkRoundTrip(doc);
    // The written document says the same as the original, key for key (comments move after the
    // schema sections; nothing else is added or dropped).
    const OrderedJson written = OrderedJson::parse(DocumentWriter::write(doc));
    QVERIFY(nlohmann::json(written) == nlohmann::json(original));
}

void TestDocument::allCasesPresent() {
    QCOMPARE(QDir(casesDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 67);
}

void TestDocument::unknownSectionsSurvive() {
    const QString path = casesDir() + QStringLiteral("/guide-18-btm-custom-join-model.json");
    OrderedJson j = OrderedJson::parse(readAll(path).toStdString());
    j["layout"] = OrderedJson::parse(R"J({"user": {"x": 1}, "project": {"x": 2.5, "y": -3}})J");
    j["connection"] = OrderedJson::parse(R"J({"dialect": "postgres", "host": "db", "port": 5432})J");
    j["models"][0]["color"] = "#ff0000";
    j["models"][0]["options"]["schema"] = "public";
    j["models"][0]["attributes"]["extraCol"] = OrderedJson::parse(R"J({"type": "STRING", "validate": {"len": [2, 10]}})J");
    j["associations"][0]["note"] = "why";
    j["associations"][0]["options"]["hooks"] = true;

    Document doc;
    Diagnostics errors;
    QVERIFY2(DocumentReader::read(j.dump(), doc, errors), dumpDiagnostics(errors).c_str());
    QVERIFY(doc.extra.contains("layout"));
    QCOMPARE(doc.models[0].extra["color"].get<std::string>(), std::string("#ff0000"));
    QVERIFY(doc.models[0].options.extra.contains("schema"));
    QVERIFY(doc.models[0].attributes.back().extra.contains("validate"));
    QVERIFY(doc.associations[0].extra.contains("note"));
    QVERIFY(doc.associations[0].options.extra.contains("hooks"));

    const OrderedJson out = OrderedJson::parse(DocumentWriter::write(doc));
    QVERIFY(out["layout"] == j["layout"]);
    QVERIFY(out["connection"] == j["connection"]);
    QVERIFY(out["models"][0]["color"] == j["models"][0]["color"]);
    QVERIFY(out["models"][0]["options"]["schema"] == j["models"][0]["options"]["schema"]);
    QVERIFY(out["models"][0]["attributes"]["extraCol"] == j["models"][0]["attributes"]["extraCol"]);
    QVERIFY(out["associations"][0]["note"] == j["associations"][0]["note"]);
    QVERIFY(out["associations"][0]["options"]["hooks"] == j["associations"][0]["options"]["hooks"]);
    // the extra sections keep their file order, after the schema sections
    std::vector<std::string> keys;
    for (const auto& [key, value] : out.items()) keys.push_back(key);
    const std::vector<std::string> expected = {"format", "models", "associations", "description", "guide",
                                               "layout", "connection"};
    QVERIFY(keys == expected);
    checkRoundTrip(doc);
}

void TestDocument::fullDocumentRoundTrip() {
    const std::string text = R"J({
  "format": "relata/1",
  "models": [
    {
      "name": "user",
      "attributes": {
        "id": {"type": "integer", "primaryKey": true, "autoIncrement": true, "allowNull": false},
        "username": {"type": "STRING", "allowNull": false, "unique": true},
        "code": {"type": "STRING(10)", "defaultValue": "x", "unique": "code_key", "field": "the_code"},
        "price": {"type": "DECIMAL(10, 2)", "defaultValue": 1.5, "comment": "€ price"},
        "mood": {"type": "ENUM", "values": ["happy", "sad"], "defaultValue": "happy"},
        "token": {"type": "UUID", "defaultValue": {"fn": "UUIDV4"}, "unique": {"name": "tok"}},
        "at": {"type": "DATE", "defaultValue": {"fn": "NOW"}, "renamedFrom": "created"},
        "trainer_id": {"type": "INTEGER", "references": {"model": "trainers", "key": "id"},
                       "onDelete": "cascade", "onUpdate": "SET NULL"},
        "other_id": {"type": "INTEGER", "references": null, "defaultValue": null},
        "tags": {"type": "JSONB", "values": ["ignored", "for", "jsonb"], "validate": {"isIn": [["a"]]}}
      },
      "options": {"timestamps": true, "paranoid": true, "underscored": true, "freezeTableName": true,
                  "tableName": "people", "createdAt": "created_at", "updatedAt": false, "deletedAt": "gone",
                  "name": {"singular": "person", "plural": "people"},
                  "indexes": [{"name": "ix", "unique": true, "fields": ["username", {"name": "code"}], "using": "BTREE"},
                              {"fields": ["mood"]}],
                  "schema": "public"},
      "renamedFrom": "account",
      "color": "blue"
    },
    {"name": "project", "attributes": {}},
    {"name": "trainer", "attributes": {"id": {"type": "BIGINT", "primaryKey": true}}}
  ],
  "associations": [
    {"source": "user", "type": "belongsTo", "target": "trainer",
     "options": {"as": "coach", "foreignKey": {"name": "coachId", "allowNull": false, "field": "coach_id",
                                               "type": "BIGINT", "onDelete": "RESTRICT"},
                 "targetKey": "id", "constraints": true, "foreignKeyConstraint": true,
                 "onDelete": "NO ACTION", "onUpdate": "restrict", "keyType": "BIGINT", "hooks": false}},
    {"source": "user", "type": "belongsToMany", "target": "project",
     "options": {"through": {"model": "UserProject", "unique": false, "paranoid": true, "scope": {"kind": "x"}},
                 "as": {"singular": "task", "plural": "tasks"}, "foreignKey": "userId", "otherKey": {"name": "projectId"},
                 "sourceKey": "id", "uniqueKey": "my_custom_unique", "scope": {"status": "pending"}, "timestamps": false}},
    {"source": "trainer", "type": "hasMany", "target": "user", "options": {"sourceKey": "id", "as": "pupils"}, "why": 1},
    {"source": "project", "type": "hasOne", "target": "user"}
  ],
  "layout": {"user": {"x": 40, "y": 80}}
})J";
    Document doc;
    Diagnostics errors;
    QVERIFY2(DocumentReader::read(text, doc, errors), dumpDiagnostics(errors).c_str());
    const Model& user = doc.models[0];
    QCOMPARE(user.attributes.size(), size_t(10));
    QCOMPARE(user.attributes[0].type->key, std::string("INTEGER"));
    QCOMPARE(user.attributes[0].primaryKey, std::optional<bool>(true));
    QCOMPARE(user.attributes[1].unique->flag, true);
    QCOMPARE(user.attributes[2].unique->name, std::string("code_key"));
    QCOMPARE(user.attributes[2].field, std::optional<std::string>("the_code"));
    QCOMPARE(user.attributes[3].type->text(), std::string("DECIMAL(10,2)"));
    QCOMPARE(user.attributes[3].comment, std::optional<std::string>("€ price"));
    QVERIFY(user.attributes[4].type->values == (std::vector<std::string>{"happy", "sad"}));
    QCOMPARE(user.attributes[5].unique->name, std::string("tok"));
    QVERIFY((*user.attributes[6].defaultValue)["fn"] == "NOW");
    QCOMPARE(user.attributes[6].renamedFrom, std::optional<std::string>("created"));
    QCOMPARE(user.attributes[7].references->model, std::string("trainers"));
    QCOMPARE(user.attributes[7].onDelete, std::optional<std::string>("cascade")); // case kept
    QVERIFY(user.attributes[8].referencesNull);
    QVERIFY(!user.attributes[8].references);
    QVERIFY(user.attributes[8].defaultValue && user.attributes[8].defaultValue->is_null());
    QVERIFY(user.attributes[9].type->values.empty()); // values only mean something for ENUM
    QVERIFY(user.attributes[9].extra.contains("values"));
    QVERIFY(user.attributes[9].extra.contains("validate"));
    QCOMPARE(user.options.tableName, std::optional<std::string>("people"));
    QVERIFY(user.options.createdAt.present && !user.options.createdAt.disabled);
    QCOMPARE(user.options.createdAt.name, std::string("created_at"));
    QVERIFY(user.options.updatedAt.present && user.options.updatedAt.disabled);
    QVERIFY(!user.options.deletedAt.disabled);
    QCOMPARE(user.options.nameSingular, std::optional<std::string>("person"));
    QCOMPARE(user.options.indexes->size(), size_t(2));
    QVERIFY((*user.options.indexes)[0].fields == (std::vector<std::string>{"username", "code"}));
    QVERIFY((*user.options.indexes)[0].unique);
    QVERIFY((*user.options.indexes)[0].extra.contains("using"));
    QVERIFY(user.options.extra.contains("schema"));
    QCOMPARE(user.renamedFrom, std::optional<std::string>("account"));

    const Association& bt = doc.associations[0];
    QCOMPARE(bt.type, AssociationType::BelongsTo);
    QVERIFY(bt.options.foreignKey->isObject);
    QCOMPARE(bt.options.foreignKey->name, std::string("coachId"));
    QCOMPARE(bt.options.foreignKey->def.allowNull, std::optional<bool>(false));
    QCOMPARE(bt.options.foreignKey->def.type->key, std::string("BIGINT"));
    QCOMPARE(bt.options.onUpdate, std::optional<std::string>("restrict"));
    QCOMPARE(bt.options.keyType->key, std::string("BIGINT"));
    QVERIFY(bt.options.extra.contains("hooks"));
    const Association& btm = doc.associations[1];
    QVERIFY(btm.options.through->isObject);
    QCOMPARE(btm.options.through->model, std::string("UserProject"));
    QCOMPARE(btm.options.through->unique, std::optional<bool>(false));
    QVERIFY(btm.options.as->isObject);
    QCOMPARE(btm.options.as->plural, std::string("tasks"));
    QVERIFY(!btm.options.foreignKey->isObject);
    QVERIFY(btm.options.otherKey->isObject);
    QCOMPARE(btm.options.timestamps, std::optional<bool>(false));
    QVERIFY(doc.associations[2].extra.contains("why"));
    checkRoundTrip(doc);

    // Key order inside an attribute and in the options is the fixed one.
    const std::string out = DocumentWriter::write(doc);
    const OrderedJson j = OrderedJson::parse(out);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j["models"][0]["attributes"]["trainer_id"].items()) keys.push_back(key);
    QVERIFY(keys == (std::vector<std::string>{"type", "references", "onDelete", "onUpdate"}));
    keys.clear();
    for (const auto& [key, value] : j["models"][0]["attributes"]["id"].items()) keys.push_back(key);
    QVERIFY(keys == (std::vector<std::string>{"type", "primaryKey", "autoIncrement", "allowNull"}));
    keys.clear();
    for (const auto& [key, value] : j["models"][0].items()) keys.push_back(key);
    QVERIFY(keys == (std::vector<std::string>{"name", "attributes", "options", "renamedFrom", "color"}));
    keys.clear();
    for (const auto& [key, value] : j["models"][0]["options"].items()) keys.push_back(key);
    QVERIFY(keys == (std::vector<std::string>{"timestamps", "paranoid", "underscored", "freezeTableName", "tableName",
                                              "createdAt", "updatedAt", "deletedAt", "name", "indexes", "schema"}));
    keys.clear();
    for (const auto& [key, value] : j["associations"][1]["options"].items()) keys.push_back(key);
    QVERIFY(keys == (std::vector<std::string>{"as", "foreignKey", "otherKey", "sourceKey", "through", "scope",
                                              "uniqueKey", "timestamps"}));
    QCOMPARE(j["models"][0]["attributes"]["id"]["type"].get<std::string>(), std::string("INTEGER"));
    QCOMPARE(j["models"][0]["attributes"]["mood"]["values"].size(), size_t(2));
    QVERIFY(j["models"][0]["options"]["indexes"][0]["fields"][1] == "code");
}

void TestDocument::writerIsDeterministic() {
    Document doc;
    Model m;
    m.name = "usér";
    AttributeDef a;
    a.name = "naïve";
    a.type = DataType{"STRING", {"10"}, {}};
    a.allowNull = false;
    m.attributes.push_back(a);
    doc.models.push_back(m);
    Association as;
    as.source = "usér";
    as.type = AssociationType::HasMany;
    as.target = "usér";
    as.options.as = AliasSpec{false, "children", {}, {}};
    doc.associations.push_back(as);
    doc.extra["layout"] = OrderedJson::parse(R"J({"usér": {"x": 1}})J");

    const std::string expected = "{\n"
                                 "  \"format\": \"relata/1\",\n"
                                 "  \"models\": [\n"
                                 "    {\n"
                                 "      \"name\": \"usér\",\n"
                                 "      \"attributes\": {\n"
                                 "        \"naïve\": {\n"
                                 "          \"type\": \"STRING(10)\",\n"
                                 "          \"allowNull\": false\n"
                                 "        }\n"
                                 "      }\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"associations\": [\n"
                                 "    {\n"
                                 "      \"source\": \"usér\",\n"
                                 "      \"type\": \"hasMany\",\n"
                                 "      \"target\": \"usér\",\n"
                                 "      \"options\": {\n"
                                 "        \"as\": \"children\"\n"
                                 "      }\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"layout\": {\n"
                                 "    \"usér\": {\n"
                                 "      \"x\": 1\n"
                                 "    }\n"
                                 "  }\n"
                                 "}\n";
    QCOMPARE(QString::fromStdString(DocumentWriter::write(doc)), QString::fromStdString(expected));
    QCOMPARE(DocumentWriter::write(doc), DocumentWriter::write(doc));
    checkRoundTrip(doc);
}

void TestDocument::writerOmitsUnsetOptionals() {
    Document doc;
    Model m;
    m.name = "a";
    m.attributes.push_back(AttributeDef{});
    m.attributes.back().name = "x";
    doc.models.push_back(m);
    const OrderedJson j = OrderedJson::parse(DocumentWriter::write(doc));
    QVERIFY(j["models"][0]["attributes"]["x"].empty());
    QVERIFY(!j["models"][0].contains("options"));
    QVERIFY(!j["models"][0].contains("renamedFrom"));
    QVERIFY(j["associations"].is_array() && j["associations"].empty());

    // through in its string form, null form, and `as` object form
    Association a;
    a.source = a.target = "a";
    a.type = AssociationType::BelongsToMany;
    a.options.through = ThroughSpec{};
    a.options.through->model = "ab";
    a.options.as = AliasSpec{true, {}, "kid", "kids"};
    doc.associations.push_back(a);
    a.options.through = ThroughSpec{};
    a.options.through->isNullOrTrue = true;
    doc.associations.push_back(a);
    const OrderedJson k = OrderedJson::parse(DocumentWriter::write(doc));
    QVERIFY(k["associations"][0]["options"]["through"] == "ab");
    QVERIFY(k["associations"][0]["options"]["as"] == OrderedJson::parse(R"J({"singular": "kid", "plural": "kids"})J"));
    QVERIFY(k["associations"][1]["options"]["through"].is_null());
    checkRoundTrip(doc);
}

void TestDocument::keySpecFieldName() {
    // Sequelize takes foreignKey.name || foreignKey.fieldName.
    const std::string text = R"J({"models": [{"name": "a", "attributes": {}}, {"name": "b", "attributes": {}}],
      "associations": [
        {"source": "a", "type": "hasMany", "target": "b", "options": {"foreignKey": {"fieldName": "aRef", "allowNull": false}}},
        {"source": "b", "type": "belongsTo", "target": "a", "options": {"foreignKey": {"name": "x", "fieldName": "y"}}},
        {"source": "b", "type": "belongsTo", "target": "a", "options": {"foreignKey": {"allowNull": true}}}
      ]})J";
    Document doc;
    Diagnostics errors;
    QVERIFY2(DocumentReader::read(text, doc, errors), dumpDiagnostics(errors).c_str());
    QCOMPARE(doc.associations[0].options.foreignKey->name, std::string("aRef"));
    QCOMPARE(doc.associations[1].options.foreignKey->name, std::string("x"));
    QCOMPARE(doc.associations[2].options.foreignKey->name, std::string());
    QVERIFY(doc.associations[2].options.foreignKey->isObject);
    checkRoundTrip(doc);
    const OrderedJson j = OrderedJson::parse(DocumentWriter::write(doc));
    QVERIFY(!j["associations"][0]["options"]["foreignKey"].contains("name"));
    QVERIFY(j["associations"][0]["options"]["foreignKey"]["fieldName"] == "aRef");
    QVERIFY(j["associations"][1]["options"]["foreignKey"]["name"] == "x");
}

// ---------------------------------------------------------------------------------------------

void TestDocument::acceptedShapes() {
    OrderedJson j = baseDocument();
    j["models"][0]["attributes"]["flag"] = OrderedJson::parse(R"J({"type": "BOOLEAN", "unique": false})J");
    j["models"][0]["attributes"]["name"] = OrderedJson::parse(R"J({"type": " string ( 20 ) "})J");
    j["associations"][0]["options"] = OrderedJson::parse(
        R"J({"onDelete": "set null", "onUpdate": "No Action", "as": "", "foreignKey": "", "uniqueKey": ""})J");
    Document doc;
    Diagnostics errors;
    QVERIFY2(DocumentReader::read(j.dump(), doc, errors), dumpDiagnostics(errors).c_str());
    QCOMPARE(doc.models[0].attributes[1].unique->flag, false);
    QCOMPARE(doc.models[0].attributes[2].type->text(), std::string("STRING(20)"));
    QCOMPARE(doc.associations[0].options.onDelete, std::optional<std::string>("set null"));
    QCOMPARE(doc.associations[0].options.onUpdate, std::optional<std::string>("No Action"));
    checkRoundTrip(doc);

    // models / associations / attributes may be absent
    Document empty;
    QVERIFY(DocumentReader::read(R"J({"format": "relata/1", "models": [{"name": "a"}]})J", empty, errors));
    QCOMPARE(empty.models.size(), size_t(1));
    QVERIFY(empty.associations.empty());
    QVERIFY(DocumentReader::read("{}", empty, errors));
    QVERIFY(empty.models.empty());
    QVERIFY(errors.empty());
    // a UTF-8 byte order mark is accepted
    QVERIFY(DocumentReader::read("\xEF\xBB\xBF{}", empty, errors));
}

void TestDocument::formatAbsentIsRelata1() {
    OrderedJson j = baseDocument();
    j.erase("format");
    Document doc;
    doc.format = "junk";
    Diagnostics errors;
    QVERIFY(DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(doc.format, std::string("relata/1"));
    QVERIFY(OrderedJson::parse(DocumentWriter::write(doc))["format"] == "relata/1");
}

void TestDocument::throughNullOrTrueKept() {
    for (const char* value : {"null", "true"}) {
        OrderedJson j = baseDocument();
        j["associations"].push_back(OrderedJson::parse(std::string(R"J({"source": "user", "type": "belongsToMany",
            "target": "company", "options": {"through": )J") + value + "}}"));
        Document doc;
        Diagnostics errors;
        QVERIFY2(DocumentReader::read(j.dump(), doc, errors), dumpDiagnostics(errors).c_str());
        QVERIFY(doc.associations[1].options.through);
        QVERIFY(doc.associations[1].options.through->isNullOrTrue);
        checkRoundTrip(doc);
    }
}

// ---------------------------------------------------------------------------------------------

void TestDocument::brokenJson_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"relata/1\"\n    \"models\": []\n}") << 3 << 5
                                   << "comma";
    QTest::newRow("missing comma before number") << QByteArray("[1,\n 2\n 3]") << 3 << 2 << "comma";
    QTest::newRow("missing colon") << QByteArray("{\"models\" []}") << 1 << 11 << "colon";
    QTest::newRow("trailing comma") << QByteArray("{\"models\": [1, 2,\n]}") << 2 << 1 << "trailing comma";
    QTest::newRow("unexpected end") << QByteArray("{\n  \"models\": [") << 2 << 14 << "ends too early";
    QTest::newRow("empty") << QByteArray("") << 1 << 1 << "ends too early";
    QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << 1 << 10 << "lower case";
    QTest::newRow("control char") << QByteArray("{\"a\": \"x\x01\"}") << 1 << 9 << "Escape";
    QTest::newRow("bad utf8") << QByteArray("{\"é\": \"\xff\"}") << 1 << 8 << "UTF-8";
    QTest::newRow("garbage after") << QByteArray("{}\n}") << 2 << 1 << "follows";
    QTest::newRow("number overflow") << QByteArray("{\n \"a\": 1e400}") << 2 << 7 << "double";
    QTest::newRow("columns count characters") << QByteArray("{\"ééé\": 1 \"b\": 2}") << 1 << 11 << "comma";
}

void TestDocument::brokenJson() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fixContains);
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(text.toStdString(), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    const Diagnostic& d = errors[0];
    QCOMPARE(d.code, std::string("RL-E-JSON"));
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(QString::fromStdString(d.fix).contains(fixContains), d.fix.c_str());
    QVERIFY(d.message.find("Broken JSON") == 0);
    QVERIFY2(d.message.find("json.exception") == std::string::npos, d.message.c_str());
}

// ---------------------------------------------------------------------------------------------

void TestDocument::shapeErrors_data() {
    QTest::addColumn<QString>("patch"); // a JSON merge-patch style edit, applied below
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    auto row = [](const char* name, const char* patch, const char* code, const char* path) {
        QTest::newRow(name) << QString::fromUtf8(patch) << QString::fromUtf8(code) << QString::fromUtf8(path);
    };
    // Each patch is a list of [pointer, value] pairs set on baseDocument(); value "<remove>" erases.
    row("root not object", R"J([["", [1]]])J", "RL-E-SHAPE", "");
    row("models not array", R"J([["/models", {"user": {}}]])J", "RL-E-SHAPE", "/models");
    row("associations not array", R"J([["/associations", "x"]])J", "RL-E-SHAPE", "/associations");
    row("format", R"J([["/format", "relata/2"]])J", "RL-E-FORMAT", "/format");
    row("format not string", R"J([["/format", 1]])J", "RL-E-FORMAT", "/format");
    row("model not object", R"J([["/models/1", "company"]])J", "RL-E-SHAPE", "/models/1");
    row("model without name", R"J([["/models/1/name", "<remove>"]])J", "RL-E-MODEL-NAME", "/models/1");
    row("model name not string", R"J([["/models/1/name", 3]])J", "RL-E-MODEL-NAME", "/models/1/name");
    row("model name empty", R"J([["/models/1/name", ""]])J", "RL-E-MODEL-NAME", "/models/1/name");
    row("duplicate model", R"J([["/models/2/name", "user"]])J", "RL-E-MODEL-DUPLICATE", "/models/2/name");
    row("attributes not object", R"J([["/models/0/attributes", []]])J", "RL-E-SHAPE", "/models/0/attributes");
    row("attribute not object", R"J([["/models/2/attributes/price", "DECIMAL"]])J", "RL-E-SHAPE",
        "/models/2/attributes/price");
    row("attribute name with slash", R"J([["/models/2/attributes/a~1b", 1]])J", "RL-E-SHAPE",
        "/models/2/attributes/a~1b");
    row("unknown type", R"J([["/models/2/attributes/price/type", "STRNG"]])J", "RL-E-TYPE-UNKNOWN",
        "/models/2/attributes/price/type");
    row("type not string", R"J([["/models/2/attributes/price/type", {"type": "STRING"}]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/type");
    row("type bad args", R"J([["/models/2/attributes/price/type", "DECIMAL(a,b)"]])J", "RL-E-TYPE-ARGS",
        "/models/2/attributes/price/type");
    row("enum without values", R"J([["/models/2/attributes/price/type", "ENUM"]])J", "RL-E-ENUM-VALUES",
        "/models/2/attributes/price");
    row("enum values not array", R"J([["/models/2/attributes/price", {"type": "ENUM", "values": "a,b"}]])J",
        "RL-E-ENUM-VALUES", "/models/2/attributes/price/values");
    row("enum values empty", R"J([["/models/2/attributes/price", {"type": "ENUM", "values": []}]])J",
        "RL-E-ENUM-VALUES", "/models/2/attributes/price/values");
    row("enum label not string", R"J([["/models/2/attributes/price", {"type": "ENUM", "values": ["a", 2]}]])J",
        "RL-E-ENUM-VALUES", "/models/2/attributes/price/values/1");
    row("allowNull not bool", R"J([["/models/2/attributes/price/allowNull", "no"]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/allowNull");
    row("primaryKey not bool", R"J([["/models/2/attributes/price/primaryKey", 1]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/primaryKey");
    row("unique wrong", R"J([["/models/2/attributes/price/unique", 1]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/unique");
    row("unique object without name", R"J([["/models/2/attributes/price/unique", {"msg": "x"}]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/unique");
    row("field empty", R"J([["/models/2/attributes/price/field", ""]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/field");
    row("defaultValue array", R"J([["/models/2/attributes/price/defaultValue", [1]]])J", "RL-E-DEFAULT-VALUE",
        "/models/2/attributes/price/defaultValue");
    row("defaultValue object", R"J([["/models/2/attributes/price/defaultValue", {"a": 1}]])J", "RL-E-DEFAULT-VALUE",
        "/models/2/attributes/price/defaultValue");
    row("defaultValue fn", R"J([["/models/2/attributes/price/defaultValue", {"fn": "UUIDV1"}]])J",
        "RL-E-DEFAULT-VALUE", "/models/2/attributes/price/defaultValue/fn");
    row("references string", R"J([["/models/2/attributes/price/references", "users"]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/references");
    row("references without model", R"J([["/models/2/attributes/price/references", {"key": "id"}]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/references");
    row("references model not string", R"J([["/models/2/attributes/price/references", {"model": 1}]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/references/model");
    row("attribute onDelete", R"J([["/models/2/attributes/price/onDelete", "DELETE"]])J", "RL-E-ACTION",
        "/models/2/attributes/price/onDelete");
    row("comment not string", R"J([["/models/2/attributes/price/comment", 1]])J", "RL-E-SHAPE",
        "/models/2/attributes/price/comment");
    row("options not object", R"J([["/models/0/options", true]])J", "RL-E-SHAPE", "/models/0/options");
    row("timestamps not bool", R"J([["/models/0/options", {"timestamps": "false"}]])J", "RL-E-SHAPE",
        "/models/0/options/timestamps");
    row("createdAt true", R"J([["/models/0/options", {"createdAt": true}]])J", "RL-E-SHAPE",
        "/models/0/options/createdAt");
    row("tableName number", R"J([["/models/0/options", {"tableName": 5}]])J", "RL-E-SHAPE",
        "/models/0/options/tableName");
    row("name not object", R"J([["/models/0/options", {"name": "users"}]])J", "RL-E-SHAPE", "/models/0/options/name");
    row("name singular", R"J([["/models/0/options", {"name": {"singular": 1}}]])J", "RL-E-SHAPE",
        "/models/0/options/name/singular");
    row("indexes not array", R"J([["/models/0/options", {"indexes": {}}]])J", "RL-E-SHAPE", "/models/0/options/indexes");
    row("index field", R"J([["/models/0/options", {"indexes": [{"fields": ["a", 2]}]}]])J", "RL-E-SHAPE",
        "/models/0/options/indexes/0/fields/1");
    row("index without fields", R"J([["/models/0/options", {"indexes": [{"name": "x"}]}]])J", "RL-E-SHAPE",
        "/models/0/options/indexes/0");
    row("model renamedFrom", R"J([["/models/0/renamedFrom", false]])J", "RL-E-SHAPE", "/models/0/renamedFrom");
    row("association not object", R"J([["/associations/0", []]])J", "RL-E-SHAPE", "/associations/0");
    row("association type unknown", R"J([["/associations/0/type", "belongsToOne"]])J", "RL-E-ASSOC-TYPE",
        "/associations/0/type");
    row("association type missing", R"J([["/associations/0/type", "<remove>"]])J", "RL-E-ASSOC-TYPE",
        "/associations/0");
    row("association source unknown", R"J([["/associations/0/source", "usr"]])J", "RL-E-MODEL-UNKNOWN",
        "/associations/0/source");
    row("association target unknown", R"J([["/associations/0/target", "Company"]])J", "RL-E-MODEL-UNKNOWN",
        "/associations/0/target");
    row("association source missing", R"J([["/associations/0/source", "<remove>"]])J", "RL-E-SHAPE", "/associations/0");
    row("association options", R"J([["/associations/0/options", "as"]])J", "RL-E-SHAPE", "/associations/0/options");
    row("as number", R"J([["/associations/0/options", {"as": 1}]])J", "RL-E-SHAPE", "/associations/0/options/as");
    row("as object key", R"J([["/associations/0/options", {"as": {"one": "a"}}]])J", "RL-E-SHAPE",
        "/associations/0/options/as/one");
    row("foreignKey number", R"J([["/associations/0/options", {"foreignKey": 1}]])J", "RL-E-SHAPE",
        "/associations/0/options/foreignKey");
    row("foreignKey type", R"J([["/associations/0/options", {"foreignKey": {"name": "a", "type": "INT"}}]])J",
        "RL-E-TYPE-UNKNOWN", "/associations/0/options/foreignKey/type");
    row("foreignKey name", R"J([["/associations/0/options", {"foreignKey": {"name": ["a"]}}]])J", "RL-E-SHAPE",
        "/associations/0/options/foreignKey/name");
    row("otherKey bool", R"J([["/associations/0/options", {"otherKey": true}]])J", "RL-E-SHAPE",
        "/associations/0/options/otherKey");
    row("through false", R"J([["/associations/0/options", {"through": false}]])J", "RL-E-SHAPE",
        "/associations/0/options/through");
    row("through number", R"J([["/associations/0/options", {"through": 3}]])J", "RL-E-SHAPE",
        "/associations/0/options/through");
    row("through no model", R"J([["/associations/0/options", {"through": {"unique": false}}]])J", "RL-E-SHAPE",
        "/associations/0/options/through");
    row("through unique", R"J([["/associations/0/options", {"through": {"model": "a", "unique": "no"}}]])J",
        "RL-E-SHAPE", "/associations/0/options/through/unique");
    row("through scope", R"J([["/associations/0/options", {"through": {"model": "a", "scope": [1]}}]])J", "RL-E-SHAPE",
        "/associations/0/options/through/scope");
    row("through unknown key", R"J([["/associations/0/options", {"through": {"model": "a", "as": "b"}}]])J",
        "RL-E-SHAPE", "/associations/0/options/through/as");
    row("scope not object", R"J([["/associations/0/options", {"scope": "x"}]])J", "RL-E-SHAPE",
        "/associations/0/options/scope");
    row("onDelete", R"J([["/associations/0/options", {"onDelete": "CASCADES"}]])J", "RL-E-ACTION",
        "/associations/0/options/onDelete");
    row("onUpdate", R"J([["/associations/0/options", {"onUpdate": null}]])J", "RL-E-ACTION",
        "/associations/0/options/onUpdate");
    row("constraints", R"J([["/associations/0/options", {"constraints": "false"}]])J", "RL-E-SHAPE",
        "/associations/0/options/constraints");
    row("keyType", R"J([["/associations/0/options", {"keyType": "NUMBER"}]])J", "RL-E-TYPE-UNKNOWN",
        "/associations/0/options/keyType");
    row("sourceKey", R"J([["/associations/0/options", {"sourceKey": 1}]])J", "RL-E-SHAPE",
        "/associations/0/options/sourceKey");
    row("uniqueKey", R"J([["/associations/0/options", {"uniqueKey": false}]])J", "RL-E-SHAPE",
        "/associations/0/options/uniqueKey");
}

void TestDocument::shapeErrors() {
    QFETCH(QString, patch);
    QFETCH(QString, code);
    QFETCH(QString, path);
    OrderedJson j = baseDocument();
    for (const auto& edit : OrderedJson::parse(patch.toStdString())) {
        const auto pointer = OrderedJson::json_pointer(edit[0].get<std::string>());
        if (edit[1] == "<remove>")
            j[pointer.parent_pointer()].erase(pointer.back());
        else
            j[pointer] = edit[1];
    }
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(j.dump(2), doc, errors));
    QVERIFY(!errors.empty());
    const Diagnostic* d = findDiagnostic(errors, code.toStdString(), path.toStdString());
    QVERIFY2(d, dumpDiagnostics(errors).c_str());
    QCOMPARE(d->severity, Severity::Error);
    QVERIFY(!d->message.empty());
    QVERIFY(!d->fix.empty());
    QCOMPARE(d->line, 0);
    QVERIFY(doc == Document{});
}

void TestDocument::unknownTypeMessage() {
    OrderedJson j = baseDocument();
    j["models"][2]["attributes"]["price"]["type"] = "STRNG";
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    const Diagnostic& d = errors[0];
    QCOMPARE(d.path, std::string("/models/2/attributes/price/type"));
    QCOMPARE(d.model, std::string("product"));
    QVERIFY2(d.message.find("\"STRNG\"") != std::string::npos, d.message.c_str());
    QVERIFY2(d.message.find("\"price\"") != std::string::npos, d.message.c_str());
    QVERIFY2(d.message.find("\"product\"") != std::string::npos, d.message.c_str());
    QVERIFY2(d.fix.find("Did you mean \"STRING\"") != std::string::npos, d.fix.c_str());
    for (const auto& key : DataType::knownKeys()) QVERIFY2(d.fix.find(key) != std::string::npos, key.c_str());

    // association type: lists the four, suggests the closest
    j = baseDocument();
    j["associations"][0]["type"] = "hasmany";
    errors.clear();
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors[0].fix.find("Did you mean \"hasMany\"") != std::string::npos, errors[0].fix.c_str());
    for (const char* t : {"belongsTo", "hasOne", "hasMany", "belongsToMany"})
        QVERIFY(errors[0].fix.find(t) != std::string::npos);
    QCOMPARE(errors[0].association, 0);

    // an abbreviation is suggested too
    j = baseDocument();
    j["associations"][0]["options"]["foreignKey"] = OrderedJson::parse(R"J({"name": "cid", "type": "INT"})J");
    errors.clear();
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].path, std::string("/associations/0/options/foreignKey/type"));
    QVERIFY2(errors[0].fix.find("Did you mean \"INTEGER\"") != std::string::npos, errors[0].fix.c_str());
    QVERIFY2(errors[0].message.find("foreignKey of association 0") != std::string::npos, errors[0].message.c_str());

    // onDelete: lists the actions
    j = baseDocument();
    j["associations"][0]["options"]["onDelete"] = "cascad";
    errors.clear();
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QVERIFY2(errors[0].fix.find("CASCADE") != std::string::npos && errors[0].fix.find("NO ACTION") != std::string::npos,
             errors[0].fix.c_str());
}

void TestDocument::unknownSourceSuggestsModel() {
    OrderedJson j = baseDocument();
    j["associations"][0]["source"] = "usr";
    j["associations"][0]["target"] = "Compnay";
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].path, std::string("/associations/0/source"));
    QVERIFY2(errors[0].fix.find("\"user\"") != std::string::npos, errors[0].fix.c_str());
    QCOMPARE(errors[1].path, std::string("/associations/0/target"));
    QVERIFY2(errors[1].fix.find("\"company\"") != std::string::npos, errors[1].fix.c_str());
    QCOMPARE(errors[1].association, 0);

    // nothing close: no suggestion
    j["associations"][0]["source"] = "zzzzzzzzzz";
    errors.clear();
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QVERIFY(errors[0].fix.find("Did you mean") == std::string::npos);
}

void TestDocument::errorsAreCollected() {
    OrderedJson j = baseDocument();
    j["format"] = "relata/9";
    j["models"][0]["attributes"]["id"]["type"] = "INTEGR";
    j["models"][1]["attributes"]["name"]["allowNull"] = "yes";
    j["models"][2]["name"] = "user";
    j["associations"][0]["type"] = "owns";
    j["associations"][0]["options"] = OrderedJson::parse(R"J({"as": 1, "onDelete": "BOOM"})J");
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QCOMPARE(errors.size(), size_t(7));
    QVERIFY(findDiagnostic(errors, "RL-E-FORMAT", "/format"));
    QVERIFY(findDiagnostic(errors, "RL-E-TYPE-UNKNOWN", "/models/0/attributes/id/type"));
    QVERIFY(findDiagnostic(errors, "RL-E-SHAPE", "/models/1/attributes/name/allowNull"));
    QVERIFY(findDiagnostic(errors, "RL-E-MODEL-DUPLICATE", "/models/2/name"));
    QVERIFY(findDiagnostic(errors, "RL-E-ASSOC-TYPE", "/associations/0/type"));
    QVERIFY(findDiagnostic(errors, "RL-E-SHAPE", "/associations/0/options/as"));
    QVERIFY(findDiagnostic(errors, "RL-E-ACTION", "/associations/0/options/onDelete"));

    // errors are appended to what the caller already has
    Diagnostics existing(1);
    QVERIFY(!DocumentReader::read(j.dump(), doc, existing));
    QCOMPARE(existing.size(), size_t(8));

    // a flood of errors is capped
    OrderedJson many = baseDocument();
    for (int i = 0; i < 1000; ++i) many["models"][0]["attributes"]["a" + std::to_string(i)] = 1;
    errors.clear();
    QVERIFY(!DocumentReader::read(many.dump(), doc, errors));
    QVERIFY(errors.size() > 100 && errors.size() < 1000);
}

void TestDocument::documentUntouchedOnError() {
    Document doc = sampleDocument();
    QCOMPARE(doc.models.size(), size_t(3));
    const Document before = doc;
    Diagnostics errors;
    OrderedJson j = baseDocument();
    j["models"][0]["attributes"]["id"]["type"] = "NOPE";
    QVERIFY(!DocumentReader::read(j.dump(), doc, errors));
    QVERIFY(doc == before);
    QVERIFY(!DocumentReader::read("{\"models\": [", doc, errors));
    QVERIFY(doc == before);
    QVERIFY(!DocumentReader::readFile("/nonexistent/relata/x.json", doc, errors));
    QVERIFY(doc == before);
}

// ---------------------------------------------------------------------------------------------

void TestDocument::deepNesting() {
    for (const int depth : {100, 200000}) {
        std::string text = "{\"layout\": ";
        text += std::string(static_cast<size_t>(depth), '[');
        text += std::string(static_cast<size_t>(depth), ']');
        text += "}";
        Document doc;
        Diagnostics errors;
        const bool ok = DocumentReader::read(text, doc, errors);
        if (depth == 100) {
            QVERIFY2(ok, dumpDiagnostics(errors).c_str());
            checkRoundTrip(doc);
        } else {
            QVERIFY(!ok);
            QCOMPARE(errors.size(), size_t(1));
            QCOMPARE(errors[0].code, std::string("RL-E-JSON"));
            QCOMPARE(errors[0].line, 1);
        }
    }
    // unterminated deep nesting
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::read(std::string(100000, '{'), doc, errors));
    errors.clear();
    QVERIFY(!DocumentReader::read(std::string(100, '['), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
}

void TestDocument::arbitraryBytes() {
    std::mt19937 rng(1234);
    const std::string alphabet = "{}[]\":,0123456789.eE+-tfnrul \n\\abc\x01\xc3\xa9\xff";
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        const size_t n = rng() % 200;
        for (size_t k = 0; k < n; ++k)
            text += (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
        Document doc;
        Diagnostics errors;
        if (DocumentReader::read(text, doc, errors)) {
            QVERIFY(errors.empty());
            checkRoundTrip(doc);
        } else {
            QVERIFY(!errors.empty());
            for (const auto& d : errors) QVERIFY(!d.message.empty());
        }
    }
}

void TestDocument::mutatedCases() {
    // Byte-level mutations of real documents: never crash; any success round-trips.
    std::mt19937 rng(99);
    const QStringList files = QDir(casesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    const std::string tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "\"ENUM\"",
                                  "\"type\"", "\"through\"", "\"foreignKey\"", "{\"fn\":\"NOW\"}", "\\u0000", "\xc3"};
    int succeeded = 0;
    for (int i = 0; i < 2000; ++i) {
        std::string text = readAll(QDir(casesDir()).filePath(files[static_cast<int>(rng() % files.size())])).toStdString();
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0: text.erase(at, 1 + rng() % 8); break;
            case 1: text.insert(at, tokens[rng() % std::size(tokens)]); break;
            default: text[at] = static_cast<char>(rng() % 256); break;
            }
        }
        Document doc;
        Diagnostics errors;
        if (DocumentReader::read(text, doc, errors)) {
            ++succeeded;
            checkRoundTrip(doc);
        } else {
            QVERIFY(!errors.empty());
        }
    }
    QVERIFY(succeeded > 0);
}

// ---------------------------------------------------------------------------------------------

void TestDocument::readFileMissing() {
    Document doc;
    Diagnostics errors;
    const std::string path = "/nonexistent/dir/design.relata.json";
    QVERIFY(!DocumentReader::readFile(path, doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].code, std::string("RL-E-IO"));
    QVERIFY2(errors[0].message.find(path) != std::string::npos, errors[0].message.c_str());
    QVERIFY(!errors[0].fix.empty());
}

void TestDocument::readFileDirectory() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    Diagnostics errors;
    QVERIFY(!DocumentReader::readFile(dir.path().toStdString(), doc, errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].code, std::string("RL-E-IO"));
    QVERIFY(errors[0].message.find(dir.path().toStdString()) != std::string::npos);
}

void TestDocument::writeFileRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    Diagnostics errors;
    QVERIFY(DocumentReader::readFile((casesDir() + "/own-21-foreignkey-object-field.json").toStdString(), doc, errors));
    const std::string path = dir.filePath(QStringLiteral("dé sign.relata.json")).toStdString();
    std::string error = "stale";
    QVERIFY2(DocumentWriter::writeFile(doc, path, error), error.c_str());
    QVERIFY(error.empty());
    QCOMPARE(readAll(QString::fromStdString(path)).toStdString(), DocumentWriter::write(doc));
    Document again;
    QVERIFY(DocumentReader::readFile(path, again, errors));
    QVERIFY(again == doc);
}

void TestDocument::writeFileUnwritable() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Document doc = sampleDocument();

    // a directory that does not exist
    std::string error;
    const std::string missing = dir.filePath(QStringLiteral("no/such/dir/x.relata.json")).toStdString();
    QVERIFY(!DocumentWriter::writeFile(doc, missing, error));
    QVERIFY2(error.find(missing) != std::string::npos, error.c_str());
    QVERIFY(error.size() > missing.size() + 20); // says why, too
    QVERIFY(!QFileInfo::exists(QString::fromStdString(missing)));

    // a "directory" that is a regular file (fails even for root)
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    error.clear();
    const std::string underFile = (blocker + QStringLiteral("/x.relata.json")).toStdString();
    QVERIFY(!DocumentWriter::writeFile(doc, underFile, error));
    QVERIFY2(error.find(underFile) != std::string::npos, error.c_str());
    QCOMPARE(readAll(blocker), QByteArray("x"));

    // the target is a directory
    const QString sub = dir.filePath(QStringLiteral("sub"));
    QVERIFY(QDir().mkpath(sub));
    error.clear();
    QVERIFY(!DocumentWriter::writeFile(doc, sub.toStdString(), error));
    QVERIFY(!error.empty());
    QVERIFY(QFileInfo(sub).isDir());

#ifdef Q_OS_UNIX
    // a read-only directory (root ignores permissions, so only checked for other users)
    if (::geteuid() != 0) {
        const QString ro = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        error.clear();
        const std::string target = (ro + QStringLiteral("/x.relata.json")).toStdString();
        QVERIFY(!DocumentWriter::writeFile(doc, target, error));
        QVERIFY2(error.find(target) != std::string::npos, error.c_str());
        QVERIFY(QDir(ro).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
#endif
    // nothing else was left behind (no temporary files)
    const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                                        QDir::Name);
    QStringList expected = {QStringLiteral("blocker"), QStringLiteral("sub")};
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) expected.append(QStringLiteral("readonly"));
#endif
    expected.sort();
    QCOMPARE(left, expected);
    QVERIFY(QDir(sub).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestDocument::writeFileReplacesAtomically() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("design.relata.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'o')); // longer than the new content: no stale tail may survive
    }
#ifdef Q_OS_UNIX
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
#endif
    const Document doc = sampleDocument();
    std::string error;
    QVERIFY2(DocumentWriter::writeFile(doc, path.toStdString(), error), error.c_str());
    QCOMPARE(readAll(path).toStdString(), DocumentWriter::write(doc));
#ifdef Q_OS_UNIX
    // replaced by rename of a new file, not rewritten in place
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
#endif
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("design.relata.json")});

    // a second save with the same design gives the same bytes
    QVERIFY(DocumentWriter::writeFile(doc, path.toStdString(), error));
    QCOMPARE(readAll(path).toStdString(), DocumentWriter::write(doc));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
