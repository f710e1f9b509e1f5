// Holds the resolver against what real Sequelize 6.37.8 built for every conformance case:
// models (table names, attributes in order with field, type, nullability, primary key,
// references and actions), accessors, sync order and errors.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <set>

using namespace relata;
using Json = nlohmann::json;

namespace {

QString dataDir() {
    return QStringLiteral(RELATA_TEST_DATA) + "/conformance";
}

Json readJson(const QString& path) {
    std::ifstream in(path.toStdString());
    return Json::parse(in);
}

std::string str(const Json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// Compares one case; returns human-readable differences.
std::vector<std::string> compareCase(const Json& expected, const ResolvedSchema& schema) {
    std::vector<std::string> diffs;
    auto diff = [&](const std::string& what) { diffs.push_back(what); };
    const bool ok = expected["ok"].get<bool>();
    if (!ok) {
        if (!schema.error) diff("expected error: " + expected["error"]["message"].get<std::string>());
        else {
            const std::string want = expected["error"]["message"].get<std::string>();
            if (expected["error"]["name"] != "TypeError" && schema.error->message.find(want.substr(0, want.find(". "))) == std::string::npos)
                diff("error text: got '" + schema.error->message + "' want '" + want + "'");
        }
        return diffs;
    }
    if (schema.error) {
        diff("unexpected error: " + schema.error->message);
        return diffs;
    }
    for (const Json& m : expected["models"]) {
        const std::string name = m["name"];
        const Table* t = schema.findModel(name);
        if (!t) {
            diff("missing model " + name);
            continue;
        }
        if (t->tableName != m["tableName"]) diff(name + ": table " + t->tableName + " want " + m["tableName"].get<std::string>());
        std::vector<std::string> got, want;
        for (const Column& c : t->columns) got.push_back(c.attribute);
        for (const Json& a : m["attributes"]) want.push_back(a["name"]);
        if (got != want) {
            std::string g, w;
            for (auto& x : got) g += x + ",";
            for (auto& x : want) w += x + ",";
            diff(name + ": attributes [" + g + "] want [" + w + "]");
            continue;
        }
        for (const Json& a : m["attributes"]) {
            const Column* c = t->findAttribute(a["name"]);
            const std::string where = name + "." + a["name"].get<std::string>();
            if (c->field != a["field"]) diff(where + ": field " + c->field);
            if (c->type.key != a["type"]["key"]) diff(where + ": type " + c->type.key + " want " + a["type"]["key"].get<std::string>());
            const bool allowNull = a.contains("allowNull") ? a["allowNull"].get<bool>() : true;
            if (c->allowNull != allowNull) diff(where + ": allowNull");
            const bool pk = a.contains("primaryKey") && a["primaryKey"].is_boolean() && a["primaryKey"].get<bool>();
            if (c->primaryKey != pk) diff(where + ": primaryKey");
            const bool refs = a.contains("references") && a["references"].is_object();
            if (refs != c->references.has_value()) {
                diff(where + ": references presence");
            } else if (refs) {
                if (c->references->table != str(a["references"], "model") || c->references->key != str(a["references"], "key"))
                    diff(where + ": references " + c->references->table + "." + c->references->key);
                if (c->onDelete.value_or("") != str(a, "onDelete")) diff(where + ": onDelete " + c->onDelete.value_or("-"));
                if (c->onUpdate.value_or("") != str(a, "onUpdate")) diff(where + ": onUpdate " + c->onUpdate.value_or("-"));
            }
        }
    }
    if (schema.tables.size() != expected["models"].size()) diff("model count " + std::to_string(schema.tables.size()));
    // Accessors as installed on each model.
    for (auto& [model, names] : expected["accessors"].items()) {
        std::set<std::string> want(names.begin(), names.end()), got;
        for (const ResolvedAssociation& r : schema.associations)
            if (r.source == model)
                for (const Accessor& acc : r.accessors)
                    if (acc.installed) got.insert(acc.name);
        if (got != want) {
            std::string g;
            for (auto& x : got) g += x + ",";
            diff(model + ": accessors [" + g + "]");
        }
    }
    std::vector<std::string> order(expected["syncOrder"].begin(), expected["syncOrder"].end());
    if (schema.syncOrder != order) diff("syncOrder differs");
    return diffs;
}

ResolvedSchema resolveText(const std::string& text) {
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::read(text, doc, errors)) qFatal("test document did not load: %s", errors.front().message.c_str());
    return Resolver::resolve(doc);
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT
private slots:
    void conformanceCases_data() {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(dataDir() + "/cases").entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 60);
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << f;
    }
    void conformanceCases() {
        QFETCH(QString, name);
        Document doc;
        Diagnostics errors;
        QVERIFY2(DocumentReader::readFile((dataDir() + "/cases/" + name).toStdString(), doc, errors),
                 errors.empty() ? "" : errors.front().message.c_str());
        const ResolvedSchema schema = Resolver::resolve(doc);
        const std::vector<std::string> diffs = compareCase(readJson(dataDir() + "/expected/" + name), schema);
        std::string all;
        for (const auto& d : diffs) all += "\n  " + d;
        QVERIFY2(diffs.empty(), all.c_str());
    }


    void modelOptionsShapeTheTable() {
        const ResolvedSchema s = resolveText(R"({"models": [
            {"name": "Person", "attributes": {"nick": {"type": "STRING"}},
             "options": {"underscored": true, "paranoid": true, "createdAt": "bornAt", "updatedAt": false,
                         "name": {"singular": "human"}, "indexes": [{"fields": ["nick"], "unique": true}]}},
            {"name": "city", "attributes": {}, "options": {"freezeTableName": true, "timestamps": false}},
            {"name": "town", "attributes": {}, "options": {"tableName": "towns_v2"}}],
          "associations": [{"source": "city", "type": "hasMany", "target": "Person"}]})");
        QVERIFY(!s.error);
        const Table* p = s.findModel("Person");
        QCOMPARE(p->tableName, std::string("people"));
        QCOMPARE(p->nameSingular, std::string("human"));
        QCOMPARE(p->namePlural, std::string("People"));
        std::vector<std::string> fields;
        for (const Column& c : p->columns) fields.push_back(c.field);
        QCOMPARE(fields, (std::vector<std::string>{"id", "nick", "born_at", "deleted_at", "city_id"}));
        QCOMPARE(p->createdAtField, std::string("born_at"));
        QCOMPARE(p->updatedAtField, std::string());
        QCOMPARE(p->deletedAtField, std::string("deleted_at"));
        QVERIFY(p->findAttribute("deletedAt")->allowNull);
        QVERIFY(!p->findAttribute("bornAt")->allowNull);
        QCOMPARE(p->indexes.size(), size_t(1));
        QCOMPARE(p->indexes[0].name, std::string("people_nick"));
        QCOMPARE(s.findModel("city")->tableName, std::string("city"));
        QCOMPARE(s.findModel("city")->columns.size(), size_t(1));
        QCOMPARE(s.findModel("town")->tableName, std::string("towns_v2"));
        // hasMany FK: camelize(source singular + '_' + pk), column underscored on the target.
        QCOMPARE(p->findAttribute("cityId")->field, std::string("city_id"));
    }

    void uniqueKeysAreGroupedByName() {
        const ResolvedSchema s = resolveText(R"({"models": [{"name": "slot", "attributes": {
            "a": {"type": "INTEGER", "unique": "ab"}, "b": {"type": "INTEGER", "unique": "ab"},
            "c": {"type": "STRING", "unique": true}}}]})");
        const Table* t = s.findModel("slot");
        QCOMPARE(t->uniqueKeys.size(), size_t(2));
        QCOMPARE(t->uniqueKeys[0].name, std::string("ab"));
        QCOMPARE(t->uniqueKeys[0].fields, (std::vector<std::string>{"a", "b"}));
        QVERIFY(t->uniqueKeys[0].named);
        QCOMPARE(t->uniqueKeys[1].name, std::string("slots_c_unique"));
        QVERIFY(!t->uniqueKeys[1].named);
    }

    void sequelizeErrorsCarryTheirPlace() {
        ResolvedSchema s = resolveText(R"({"models": [{"name": "a", "attributes": {"id": {"type": "INTEGER"}}}]})");
        QVERIFY(s.error);
        QCOMPARE(s.error->message, std::string("A column called 'id' was added to the attributes of 'as' but not marked with 'primaryKey: true'"));
        QCOMPARE(s.error->path, std::string("/models/0/attributes/id"));

        s = resolveText(R"({"models": [{"name": "a", "attributes": {"x": {}}}]})");
        QVERIFY(s.error);
        QCOMPARE(s.error->message, std::string("Unrecognized datatype for attribute \"a.x\""));

        s = resolveText(R"({"models": [{"name": "a", "attributes": {}}, {"name": "b", "attributes": {}}],
            "associations": [{"source": "a", "type": "hasMany", "target": "b", "options": {"sourceKey": "nope"}}]})");
        QVERIFY(s.error);
        QCOMPARE(s.error->path, std::string("/associations/0/options/sourceKey"));
        QVERIFY(s.error->message.find("nope") != std::string::npos);

        s = resolveText(R"({"models": [{"name": "a", "attributes": {"b": {"type": "STRING"}}}, {"name": "b", "attributes": {}}],
            "associations": [{"source": "a", "type": "belongsTo", "target": "b"}]})");
        QVERIFY(s.error);
        QCOMPARE(s.error->message, std::string("Naming collision between attribute 'b' and association 'b' on model a. "
                                               "To remedy this, change either foreignKey or as in your association definition"));
        QCOMPARE(s.error->association, 0);
    }

    void takenAccessorNamesAreSkipped() {
        const ResolvedSchema s = resolveText(R"({"models": [
            {"name": "user", "attributes": {"hasTasks": {"type": "BOOLEAN"}}}, {"name": "task", "attributes": {}}],
            "associations": [{"source": "user", "type": "hasMany", "target": "task"},
                             {"source": "user", "type": "hasMany", "target": "task", "options": {"as": "jobs"}}]})");
        QVERIFY(!s.error);
        const auto& acc = s.associations[0].accessors;
        auto hasAll = std::find_if(acc.begin(), acc.end(), [](const Accessor& a) { return a.kind == AccessorKind::HasAll; });
        QCOMPARE(hasAll->name, std::string("hasTasks"));
        QVERIFY(!hasAll->installed);
        QVERIFY(hasAll->skippedBecause.find("attribute") != std::string::npos);
        QCOMPARE(s.associations[1].accessors.front().name, std::string("getJobs"));
        QVERIFY(s.associations[1].accessors.front().installed);
    }

    void deepChainsResolveWithoutRecursion() {
        // 20,000 tables each referencing the previous: the sync order must be the chain itself.
        Document doc;
        for (int i = 0; i < 20000; ++i) {
            Model m;
            m.name = "t" + std::to_string(i);
            doc.models.push_back(m);
            if (i > 0) {
                Association a;
                a.source = m.name;
                a.type = AssociationType::BelongsTo;
                a.target = "t" + std::to_string(i - 1);
                doc.associations.push_back(a);
            }
        }
        std::reverse(doc.models.begin(), doc.models.end());
        const ResolvedSchema s = Resolver::resolve(doc);
        QVERIFY(!s.error);
        QVERIFY(!s.cyclic);
        QCOMPARE(s.syncOrder.front(), std::string("t0s"));
        QCOMPARE(s.syncOrder.back(), std::string("t19999s"));
    }

    void cycleIsDetectedAndOrderFallsBack() {
        Document doc;
        Diagnostics errors;
        QVERIFY(DocumentReader::readFile((dataDir() + "/cases/guide-30a-document-version-cycle.json").toStdString(),
                                         doc, errors));
        const ResolvedSchema s = Resolver::resolve(doc);
        QVERIFY(s.cyclic);
        QCOMPARE(s.cycleChain.front(), s.cycleChain.back());
        QCOMPARE(s.syncOrder, (std::vector<std::string>{"documents", "versions"}));
    }

    void columnOriginsAreRecorded() {
        Document doc;
        Diagnostics errors;
        QVERIFY(DocumentReader::readFile((dataDir() + "/cases/guide-14-btm-through-string.json").toStdString(), doc,
                                         errors));
        const ResolvedSchema s = Resolver::resolve(doc);
        const Table* join = s.findModel("UserProject");
        QVERIFY(join && join->autoCreated && join->joinModel);
        QCOMPARE(join->findAttribute("userId")->origin, ColumnOrigin::JoinKey);
        QCOMPARE(join->findAttribute("createdAt")->origin, ColumnOrigin::Timestamp);
        QCOMPARE(s.findModel("user")->findAttribute("id")->origin, ColumnOrigin::AutoPrimaryKey);
        QCOMPARE(s.associations[0].pairedWith, 1);
        QCOMPARE(s.associations[1].pairedWith, 0);
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
