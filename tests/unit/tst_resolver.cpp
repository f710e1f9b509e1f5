// Holds the resolver against what real Sequelize 6.37.8 built for every conformance case:
// models (table names, attributes in order with field, type, nullability, primary key,
// references and actions), accessors, sync order and errors.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"

#include <QDir>
#include <QTest>

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
