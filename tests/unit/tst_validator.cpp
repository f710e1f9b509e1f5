// The validator's findings beyond Sequelize: for every check a design that triggers it (code,
// severity, path, fix) and a near-identical one that does not; the conformance cases (no error
// on a design Sequelize accepts, the guide's traps found); a 10,000-model design in bounded time.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "schema/SyntheticDesign.h"
#include "sql/Dialect.h"
#include "validate/DiagnosticCodes.h"
#include "validate/Validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <limits>
#include <map>
#include <optional>

using namespace relata;

namespace {

QString conformanceDir() {
    return QStringLiteral(RELATA_TEST_DATA) + "/conformance";
}

struct Run {
    Document doc;
    ResolvedSchema schema;
    Diagnostics found;
    bool loaded = false;
    std::string problem;

    std::vector<const Diagnostic*> all(const std::string& code) const {
        std::vector<const Diagnostic*> out;
        for (const Diagnostic& d : found)
            if (d.code == code) out.push_back(&d);
        return out;
    }
    const Diagnostic* first(const std::string& code) const {
        auto v = all(code);
        return v.empty() ? nullptr : v.front();
    }
    size_t count(const std::string& code) const { return all(code).size(); }
    std::string dump() const {
        std::string out = problem;
        for (const Diagnostic& d : found) out += "\n" + d.format();
        return out;
    }
};

Run validateText(const std::string& json, std::optional<DialectKind> dialect = {}) {
    Run run;
    Diagnostics errors;
    run.loaded = DocumentReader::read(json, run.doc, errors);
    if (!run.loaded) {
        run.problem = errors.empty() ? "unreadable" : errors.front().format();
        return run;
    }
    run.schema = Resolver::resolve(run.doc);
    if (run.schema.error) run.problem = "Sequelize error: " + run.schema.error->message;
    ValidateOptions options;
    if (dialect) options.dialect = static_cast<int>(*dialect);
    run.found = Validator::validate(run.doc, run.schema, options);
    return run;
}

std::string readFile(const QString& path) {
    std::ifstream in(path.toStdString());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Run validateCase(const QString& name, std::optional<DialectKind> dialect = {}) {
    return validateText(readFile(conformanceDir() + "/cases/" + name), dialect);
}

// Replaces each placeholder ("$A") by its value.
std::string subst(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values)
        for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
            text.replace(at, key.size(), value);
    return text;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

// A design that must load and resolve without a Sequelize error.
#define REQUIRE_OK(run) QVERIFY2((run).loaded && !(run).schema.error, (run).problem.c_str())

// Exactly one finding `code`, a warning at `path`.
#define EXPECT_ONE(run, code, expectedPath)                                                                        \
    do {                                                                                                           \
        QVERIFY2((run).count(code) == 1, (run).dump().c_str());                                                    \
        QCOMPARE((run).first(code)->severity, Severity::Warning);                                                  \
        QCOMPARE((run).first(code)->path, std::string(expectedPath));                                              \
    } while (0)

#define EXPECT_NONE(run, code) QVERIFY2((run).count(code) == 0, (run).dump().c_str())

#define EXPECT_IN(text, part) QVERIFY2(contains((text), (part)), (std::string(text) + "\n  lacks: " + (part)).c_str())

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    // ---- RL-W-ALIAS-DUPLICATE-FK ----------------------------------------------------------
    void aliasWithoutForeignKeyLeavesTwoColumns() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "invoice", "attributes": {}}, {"name": "subscription", "attributes": {}}],
            "associations": [
              {"source": "invoice", "type": "belongsTo", "target": "subscription", "options": {"as": "TheSubscription"}},
              {"source": "subscription", "type": "hasMany", "target": "invoice"}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kAliasDuplicateFk, "/associations/0/options/as");
        const Diagnostic& d = *run.first(codes::kAliasDuplicateFk);
        QCOMPARE(d.association, 0);
        QCOMPARE(d.model, std::string("invoice"));
        EXPECT_IN(d.fix, "\"foreignKey\": \"subscriptionId\"");
        EXPECT_IN(d.fix, "association 0 (invoice.belongsTo(subscription, as TheSubscription))");
        EXPECT_IN(d.message, "TheSubscriptionId");
    }
    void aliasWithForeignKeyIsOneColumn() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "invoice", "attributes": {}}, {"name": "subscription", "attributes": {}}],
            "associations": [
              {"source": "invoice", "type": "belongsTo", "target": "subscription",
               "options": {"as": "TheSubscription", "foreignKey": "subscription_id"}},
              {"source": "subscription", "type": "hasMany", "target": "invoice", "options": {"foreignKey": "subscription_id"}}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kAliasDuplicateFk);
    }
    void explicitSecondRelationIsNotTheTrap() {
        // post.editorId is a relation of its own next to user.hasMany(post): no finding.
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "post", "attributes": {}}, {"name": "user", "attributes": {}}],
            "associations": [
              {"source": "post", "type": "belongsTo", "target": "user", "options": {"as": "editor", "foreignKey": "editorId"}},
              {"source": "user", "type": "hasMany", "target": "post"}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kAliasDuplicateFk);
    }
    void hasOneAliasNamesTheColumnToo() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "subscription", "attributes": {}}, {"name": "invoice", "attributes": {}}],
            "associations": [
              {"source": "subscription", "type": "hasOne", "target": "invoice", "options": {"as": "MainInvoice"}},
              {"source": "invoice", "type": "belongsTo", "target": "subscription"}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kAliasDuplicateFk, "/associations/0/options/as");
        EXPECT_IN(run.first(codes::kAliasDuplicateFk)->message, "MainInvoiceId");
        EXPECT_IN(run.first(codes::kAliasDuplicateFk)->fix, "\"foreignKey\": \"subscriptionId\"");
    }
    void roleAliasIsOnlyANote() {
        // post.belongsTo(user, as reviewer) next to user.hasMany(post): maybe one relation, maybe two.
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "post", "attributes": {}}, {"name": "user", "attributes": {}}],
            "associations": [
              {"source": "post", "type": "belongsTo", "target": "user", "options": {"as": "reviewer"}},
              {"source": "user", "type": "hasMany", "target": "post"}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kAliasDuplicateFk);
        QCOMPARE(run.count(codes::kAliasSeparateFk), size_t(1));
        QCOMPARE(run.first(codes::kAliasSeparateFk)->severity, Severity::Info);
        EXPECT_IN(run.first(codes::kAliasSeparateFk)->fix, "\"foreignKey\": \"userId\"");
        // Both sides named: two relations.
        const Run named = validateText(R"({"format": "relata/1",
            "models": [{"name": "post", "attributes": {}}, {"name": "user", "attributes": {}}],
            "associations": [
              {"source": "post", "type": "belongsTo", "target": "user", "options": {"as": "reviewer"}},
              {"source": "user", "type": "hasMany", "target": "post", "options": {"as": "authoredPosts"}}]})");
        REQUIRE_OK(named);
        EXPECT_NONE(named, codes::kAliasDuplicateFk);
        EXPECT_NONE(named, codes::kAliasSeparateFk);
    }
    void homeAndAwayAreTwoRelations() {
        const Run run = validateCase("own-27-two-belongsto-same-target.json");
        EXPECT_NONE(run, codes::kAliasDuplicateFk);
        const Run guide09 = validateCase("guide-09-team-game-double-hasone.json");
        EXPECT_NONE(guide09, codes::kAliasDuplicateFk);
    }

    // ---- RL-W-FK-DUPLICATE-COLUMN ---------------------------------------------------------
    void declaredColumnAndDefaultForeignKey() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "series", "attributes": {"trainer_id": {"type": "INTEGER", "references": {"model": "trainers"}}}},
                       {"name": "trainer", "attributes": {}}],
            "associations": [{"source": "trainer", "type": "hasMany", "target": "series"}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kFkDuplicateColumn, "/associations/0");
        EXPECT_IN(run.first(codes::kFkDuplicateColumn)->fix, "\"foreignKey\": \"trainer_id\"");
        EXPECT_IN(run.first(codes::kFkDuplicateColumn)->message, "series.trainerId");
    }
    void declaredColumnUsedAsForeignKey() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "series", "attributes": {"trainer_id": {"type": "INTEGER"}}},
                       {"name": "trainer", "attributes": {}}],
            "associations": [{"source": "trainer", "type": "hasMany", "target": "series", "options": {"foreignKey": "trainer_id"}}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kFkDuplicateColumn);
    }

    // ---- RL-W-ASSOCIATION-REPLACED / accessors --------------------------------------------
    void unaliasedAssociationReplacesEarlierOne() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "task", "attributes": {}}],
            "associations": [
              {"source": "user", "type": "hasMany", "target": "task"},
              {"source": "user", "type": "hasMany", "target": "task", "options": {"foreignKey": "ownerId"}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kAssociationReplaced, "/associations/1");
        const Diagnostic& d = *run.first(codes::kAssociationReplaced);
        QCOMPARE(d.association, 1);
        EXPECT_IN(d.message, "association 0 (user.hasMany(task))");
        EXPECT_IN(d.message, "getTasks");
        EXPECT_IN(d.fix, "\"as\"");
        // The skipped accessors are told by the replacement finding, not twice.
        EXPECT_NONE(run, codes::kAccessorSkippedWarning);
    }
    void aliasedSecondAssociationKeepsBoth() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "task", "attributes": {}}],
            "associations": [
              {"source": "user", "type": "hasMany", "target": "task"},
              {"source": "user", "type": "hasMany", "target": "task", "options": {"as": "ownedTasks", "foreignKey": "ownerId"}}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kAssociationReplaced);
        EXPECT_NONE(run, codes::kAccessorSkippedWarning);
    }
    void accessorSkippedForAttribute() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {"hasTasks": {"type": "BOOLEAN"}}}, {"name": "task", "attributes": {}}],
            "associations": [{"source": "user", "type": "hasMany", "target": "task"}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kAccessorSkippedWarning, "/associations/0");
        EXPECT_IN(run.first(codes::kAccessorSkippedWarning)->message, "hasTasks");
        EXPECT_IN(run.first(codes::kAccessorSkippedWarning)->fix, "rename the attribute hasTasks");

        const Run other = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {"hasTaskList": {"type": "BOOLEAN"}}}, {"name": "task", "attributes": {}}],
            "associations": [{"source": "user", "type": "hasMany", "target": "task"}]})");
        REQUIRE_OK(other);
        EXPECT_NONE(other, codes::kAccessorSkippedWarning);
    }
    void accessorSkippedForEarlierAssociation() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "avatar", "attributes": {}}, {"name": "picture", "attributes": {}}],
            "associations": [
              {"source": "user", "type": "hasOne", "target": "avatar", "options": {"as": "photo"}},
              {"source": "user", "type": "hasMany", "target": "picture", "options": {"as": "photos"}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kAccessorSkippedWarning, "/associations/1/options/as");
        const Diagnostic& d = *run.first(codes::kAccessorSkippedWarning);
        EXPECT_IN(d.message, "createPhoto");
        EXPECT_IN(d.message, "association 0 (user.hasOne(avatar, as photo))");
        EXPECT_NONE(run, codes::kAssociationReplaced);

        const Run other = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "avatar", "attributes": {}}, {"name": "picture", "attributes": {}}],
            "associations": [
              {"source": "user", "type": "hasOne", "target": "avatar", "options": {"as": "avatar"}},
              {"source": "user", "type": "hasMany", "target": "picture", "options": {"as": "photos"}}]})");
        REQUIRE_OK(other);
        EXPECT_NONE(other, codes::kAccessorSkippedWarning);
    }
    void sameSingularAndPluralIsANote() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "farm", "attributes": {}}, {"name": "sheep", "attributes": {}}],
            "associations": [{"source": "farm", "type": "hasMany", "target": "sheep"}]})");
        REQUIRE_OK(run);
        QCOMPARE(run.count(codes::kAccessorSkippedInfo), size_t(1));
        QCOMPARE(run.first(codes::kAccessorSkippedInfo)->severity, Severity::Info);
        EXPECT_IN(run.first(codes::kAccessorSkippedInfo)->message, "hasSheep");
        EXPECT_NONE(run, codes::kAccessorSkippedWarning);
    }

    // ---- RL-W-FK-CYCLE --------------------------------------------------------------------
    void cycleNamesChainAndAssociations() {
        const Run run = validateCase("guide-30a-document-version-cycle.json");
        EXPECT_ONE(run, codes::kFkCycle, "/associations/1");
        const Diagnostic& d = *run.first(codes::kFkCycle);
        EXPECT_IN(d.message, "documents -> versions -> documents");
        EXPECT_IN(d.message, "adds the foreign keys afterwards");
        EXPECT_IN(d.fix, "\"constraints\": false on association 1 (document.belongsTo(version, as Current))");
        EXPECT_IN(d.fix, "association 0 (document.hasMany(version))");
        EXPECT_IN(d.fix, "two-pass");
    }
    void constraintsFalseBreaksCycle() {
        const Run run = validateCase("guide-30b-document-version-constraints-false.json");
        EXPECT_NONE(run, codes::kFkCycle);
    }
    void everyIndependentCycleIsReported() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "a", "attributes": {}}, {"name": "b", "attributes": {}},
                       {"name": "c", "attributes": {}}, {"name": "d", "attributes": {}}, {"name": "e", "attributes": {}}],
            "associations": [
              {"source": "a", "type": "belongsTo", "target": "b"}, {"source": "b", "type": "belongsTo", "target": "a"},
              {"source": "c", "type": "belongsTo", "target": "d"}, {"source": "d", "type": "belongsTo", "target": "e"},
              {"source": "e", "type": "belongsTo", "target": "c"}, {"source": "a", "type": "belongsTo", "target": "a", "options": {"as": "parent"}}]})");
        REQUIRE_OK(run);
        QCOMPARE(run.count(codes::kFkCycle), size_t(2));
        EXPECT_IN(run.all(codes::kFkCycle)[1]->message, "cs -> ds -> es -> cs");
    }

    // ---- RL-W-FK-TYPE-MISMATCH ------------------------------------------------------------
    void predeclaredForeignKeyOfAnotherType() {
        const Run run = validateCase("own-07b-predeclared-fk-type-mismatch.json");
        EXPECT_ONE(run, codes::kFkTypeMismatch, "/models/1/attributes/petId/type");
        const Diagnostic& d = *run.first(codes::kFkTypeMismatch);
        EXPECT_IN(d.message, "bowls.petId is STRING");
        EXPECT_IN(d.message, "pets.id");
        EXPECT_IN(d.fix, "INTEGER");
        EXPECT_IN(d.fix, "association 0 (pet.hasMany(bowl))");
    }
    void predeclaredForeignKeyOfSameType() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "pet", "attributes": {}}, {"name": "bowl", "attributes": {"petId": {"type": "INTEGER"}}}],
            "associations": [{"source": "pet", "type": "hasMany", "target": "bowl"}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kFkTypeMismatch);
    }
    void integerSizesDifferOnMySqlOnly() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "pet", "attributes": {}}, {"name": "bowl", "attributes": {}}],
            "associations": [{"source": "pet", "type": "hasMany", "target": "bowl", "options": {"keyType": "BIGINT"}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kFkTypeMismatch, "/associations/0/options/keyType");
        EXPECT_IN(run.first(codes::kFkTypeMismatch)->message, "MySQL/MariaDB refuses");
        // String lengths may differ.
        const Run text = validateText(R"json({"format": "relata/1",
            "models": [{"name": "country", "attributes": {"code": {"type": "STRING(2)", "unique": true}}},
                       {"name": "city", "attributes": {"countryCode": {"type": "STRING"}}}],
            "associations": [{"source": "city", "type": "belongsTo", "target": "country",
                              "options": {"foreignKey": "countryCode", "targetKey": "code"}}]})json");
        REQUIRE_OK(text);
        EXPECT_NONE(text, codes::kFkTypeMismatch);
    }

    // ---- RL-W-KEY-NOT-UNIQUE --------------------------------------------------------------
    void targetKeyNotUnique() {
        const Run run = validateCase("guide-06b-belongsto-targetkey-name-not-unique.json");
        EXPECT_ONE(run, codes::kKeyNotUnique, "/associations/0/options/targetKey");
        const Diagnostic& d = *run.first(codes::kKeyNotUnique);
        EXPECT_IN(d.message, "companies.name");
        EXPECT_IN(d.fix, "\"unique\": true to attribute name of model company");
        const Run unique = validateCase("guide-06c-belongsto-targetkey-name-unique.json");
        EXPECT_NONE(unique, codes::kKeyNotUnique);
    }
    void sourceKeyNotUnique() {
        const Run run = validateCase("guide-13a-sourcekey-country-city.json");
        EXPECT_ONE(run, codes::kKeyNotUnique, "/associations/0/options/sourceKey");
        EXPECT_IN(run.first(codes::kKeyNotUnique)->fix, "attribute isoCode of model country");
        const Run unique = validateCase("guide-13b-sourcekey-country-city-unique.json");
        EXPECT_NONE(unique, codes::kKeyNotUnique);
    }
    void namedSingleColumnKeyIsUnique() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}},
                       {"name": "company", "attributes": {"name": {"type": "STRING", "unique": "company_name"}}}],
            "associations": [{"source": "user", "type": "belongsTo", "target": "company",
                              "options": {"foreignKey": "companyName", "targetKey": "name"}}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kKeyNotUnique);
        const Run composite = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}},
                       {"name": "company", "attributes": {"name": {"type": "STRING", "unique": "k"}, "city": {"type": "STRING", "unique": "k"}}}],
            "associations": [{"source": "user", "type": "belongsTo", "target": "company",
                              "options": {"foreignKey": "companyName", "targetKey": "name"}}]})");
        REQUIRE_OK(composite);
        EXPECT_ONE(composite, codes::kKeyNotUnique, "/associations/0/options/targetKey");
    }

    // ---- RL-W-REFERENCES-* ----------------------------------------------------------------
    void referencesModelNameInsteadOfTable() {
        const Run run = validateCase("guide-31a-references-without-association.json");
        EXPECT_ONE(run, codes::kReferencesModelName, "/models/0/attributes/trainer_id/references/model");
        EXPECT_IN(run.first(codes::kReferencesModelName)->fix, "\"model\": \"trainers\"");
        // series is its own plural: video's reference to "series" is right.
        const Run tables = validateCase("guide-31b-references-without-association-table-names.json");
        EXPECT_NONE(tables, codes::kReferencesModelName);
        EXPECT_NONE(tables, codes::kReferencesUnknownTable);
    }
    void referencesUnknownTableAndColumn() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "order", "attributes": {
                "shopId": {"type": "INTEGER", "references": {"model": "shops"}},
                "userId": {"type": "INTEGER", "references": {"model": "Orders", "key": "id"}},
                "selfId": {"type": "INTEGER", "references": {"model": "orders", "key": "code"}}}}],
            "associations": []})");
        REQUIRE_OK(run);
        QCOMPARE(run.count(codes::kReferencesUnknownTable), size_t(2));
        QCOMPARE(run.all(codes::kReferencesUnknownTable)[0]->path, std::string("/models/0/attributes/shopId/references/model"));
        EXPECT_IN(run.all(codes::kReferencesUnknownTable)[1]->fix, "\"model\": \"orders\"");
        EXPECT_ONE(run, codes::kReferencesUnknownColumn, "/models/0/attributes/selfId/references/key");
    }

    // ---- polymorphic ----------------------------------------------------------------------
    void polymorphicGuideCaseWarnsAboutBelongsTo() {
        const Run run = validateCase("guide-21-polymorphic-comment-1m.json");
        EXPECT_NONE(run, codes::kPolymorphicConstraints);
        EXPECT_ONE(run, codes::kPolymorphicUnscoped, "/associations/1");
        const Diagnostic& d = *run.first(codes::kPolymorphicUnscoped);
        EXPECT_IN(d.message, "comment.getPost()");
        EXPECT_IN(d.message, "commentable");
        EXPECT_IN(d.fix, "getItem");
    }
    void polymorphicScopeWithConstraints() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "comment", "attributes": {"commentable": {"type": "STRING"}, "commentable_id": {"type": "INTEGER"}}},
                       {"name": "post", "attributes": {}}, {"name": "image", "attributes": {}}],
            "associations": [
              {"source": "post", "type": "hasMany", "target": "comment",
               "options": {"foreignKey": "commentable_id", "scope": {"commentable": "post"}}},
              {"source": "image", "type": "hasMany", "target": "comment",
               "options": {"foreignKey": "commentable_id", "constraints": false, "scope": {"commentable": "image"}}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kPolymorphicConstraints, "/associations/0");
        const Diagnostic& d = *run.first(codes::kPolymorphicConstraints);
        EXPECT_IN(d.message, "comments.commentable_id");
        EXPECT_IN(d.message, "REFERENCES posts");
        EXPECT_IN(d.fix, "\"constraints\": false on association 0 (post.hasMany(comment))");
        EXPECT_NONE(run, codes::kPolymorphicUnscoped);
    }
    void filteringScopeIsNotPolymorphic() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "task", "attributes": {"status": {"type": "STRING"}}}],
            "associations": [
              {"source": "user", "type": "hasMany", "target": "task"},
              {"source": "user", "type": "hasMany", "target": "task", "options": {"as": "pendingTasks", "scope": {"status": "pending"}}},
              {"source": "task", "type": "belongsTo", "target": "user"}]})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kPolymorphicConstraints);
        EXPECT_NONE(run, codes::kPolymorphicUnscoped);
    }
    void polymorphicManyToManyPairNeedsThroughScope() {
        const Run run = validateCase("guide-22-polymorphic-tag-nm.json");
        EXPECT_ONE(run, codes::kPolymorphicUnscoped, "/associations/1/options/through");
        EXPECT_IN(run.first(codes::kPolymorphicUnscoped)->fix, "\"scope\": {\"taggable\": \"post\"}");
        EXPECT_NONE(run, codes::kPolymorphicConstraints);

        std::string scoped = readFile(conformanceDir() + "/cases/guide-22-polymorphic-tag-nm.json");
        const std::string from = "\"unique\": false\n        },\n        \"foreignKey\": \"tag_id\"";
        const size_t at = scoped.find(from);
        QVERIFY(at != std::string::npos);
        scoped.replace(at, from.size(),
                       "\"unique\": false, \"scope\": {\"taggable\": \"post\"}\n        },\n        \"foreignKey\": \"tag_id\"");
        const Run fixed = validateText(scoped);
        REQUIRE_OK(fixed);
        EXPECT_NONE(fixed, codes::kPolymorphicUnscoped);
    }

    // ---- RL-W-INFLECTION-QUIRK ------------------------------------------------------------
    void cactusBecomesCactu() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "cactus", "attributes": {}}, {"name": "pot", "attributes": {}}],
            "associations": [{"source": "pot", "type": "belongsTo", "target": "cactus"}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kInflectionQuirk, "/models/0/name");
        const Diagnostic& d = *run.first(codes::kInflectionQuirk);
        EXPECT_IN(d.message, "\"cactu\"");
        EXPECT_IN(d.message, "cactuId");
        EXPECT_IN(d.fix, "\"name\": {\"singular\": \"cactus\", \"plural\": \"cacti\"}");
        EXPECT_IN(d.fix, "\"tableName\": \"cacti\"");
    }
    void quirkSilencedByOptionsName() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "cactus", "attributes": {},
                        "options": {"name": {"singular": "cactus", "plural": "cacti"}, "tableName": "cacti"}}],
            "associations": []})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kInflectionQuirk);
    }
    void ordinaryWordsAreNotQuirks() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "status", "attributes": {}}, {"name": "Campus", "attributes": {}},
                       {"name": "menus", "attributes": {}}, {"name": "Person", "attributes": {}}, {"name": "categories", "attributes": {}},
                       {"name": "OrderStatus", "attributes": {}}, {"name": "Address", "attributes": {}}, {"name": "Virus", "attributes": {}},
                       {"name": "Movie", "attributes": {}}, {"name": "Axis", "attributes": {}}, {"name": "Analysis", "attributes": {}},
                       {"name": "Knife", "attributes": {}}, {"name": "Genus", "attributes": {}}, {"name": "series", "attributes": {}}],
            "associations": []})");
        REQUIRE_OK(run);
        EXPECT_NONE(run, codes::kInflectionQuirk);
    }
    void quirkyWordsAreFound() {
        for (const char* name : {"leaf", "TreeLeaf", "Hero", "Axes", "Analyses", "Leaves", "Cookies", "focus", "Metadata", "Sms"}) {
            const Run run = validateText(
                subst(R"({"format": "relata/1", "models": [{"name": "$N", "attributes": {}}], "associations": []})",
                      {{"$N", name}}));
            REQUIRE_OK(run);
            QVERIFY2(run.count(codes::kInflectionQuirk) == 1, (std::string(name) + run.dump()).c_str());
        }
    }
    void quirkyAliasOfHasMany() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "tree", "attributes": {}}, {"name": "foliage", "attributes": {}}],
            "associations": [{"source": "tree", "type": "hasMany", "target": "foliage", "options": {"as": "Leaves"}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kInflectionQuirk, "/associations/0/options/as");
        EXPECT_IN(run.first(codes::kInflectionQuirk)->fix, "{\"singular\": \"Leaf\", \"plural\": \"Leaves\"}");
        const Run fine = validateText(R"({"format": "relata/1",
            "models": [{"name": "tree", "attributes": {}}, {"name": "foliage", "attributes": {}}],
            "associations": [{"source": "tree", "type": "hasMany", "target": "foliage", "options": {"as": "Branches"}}]})");
        REQUIRE_OK(fine);
        EXPECT_NONE(fine, codes::kInflectionQuirk);
    }

    // ---- RL-W-TABLE-SHARED ----------------------------------------------------------------
    void twoModelsOneTable() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "account", "attributes": {}, "options": {"tableName": "users"}}],
            "associations": []})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kTableShared, "/models/1/options/tableName");
        EXPECT_IN(run.first(codes::kTableShared)->fix, "model account its own \"tableName\"");
        const Run apart = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "account", "attributes": {}, "options": {"tableName": "accounts"}}],
            "associations": []})");
        REQUIRE_OK(apart);
        EXPECT_NONE(apart, codes::kTableShared);
    }
    void tablesDifferingInCaseCollideOnSqlite() {
        const std::string json = R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "User", "attributes": {}}], "associations": []})";
        const Run all = validateText(json);
        REQUIRE_OK(all);
        EXPECT_ONE(all, codes::kTableShared, "/models/1/name");
        EXPECT_IN(all.first(codes::kTableShared)->message, "SQLite");
        const Run postgres = validateText(json, DialectKind::Postgres);
        REQUIRE_OK(postgres);
        EXPECT_NONE(postgres, codes::kTableShared);
    }
    void throughTableNameOfAnotherModel() {
        const Run run = validateText(R"({"format": "relata/1",
            "models": [{"name": "user", "attributes": {}}, {"name": "project", "attributes": {}},
                       {"name": "Membership", "attributes": {}, "options": {"tableName": "memberships"}}],
            "associations": [{"source": "user", "type": "belongsToMany", "target": "project", "options": {"through": "memberships"}}]})");
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kTableShared, "/associations/0/options/through");
        EXPECT_IN(run.first(codes::kTableShared)->fix, "\"through\": \"Membership\"");
    }

    // ---- RL-W-IDENTIFIER-TOO-LONG ---------------------------------------------------------
    void identifierLimitsPerDialect() {
        const std::string design = subst(
            R"({"format": "relata/1", "models": [{"name": "m", "attributes": {}, "options": {"tableName": "$T"}}], "associations": []})",
            {{"$T", std::string(64, 't')}});
        const Run all = validateText(design);
        REQUIRE_OK(all);
        EXPECT_ONE(all, codes::kIdentifierTooLong, "/models/0/options/tableName");
        EXPECT_IN(all.first(codes::kIdentifierTooLong)->message, "PostgreSQL");
        QVERIFY(!contains(all.first(codes::kIdentifierTooLong)->message, "MySQL")); // 64 is MySQL's limit
        const Run mysql = validateText(design, DialectKind::MySql);
        REQUIRE_OK(mysql);
        EXPECT_NONE(mysql, codes::kIdentifierTooLong);
        const Run sqlite = validateText(design, DialectKind::Sqlite);
        REQUIRE_OK(sqlite);
        EXPECT_NONE(sqlite, codes::kIdentifierTooLong);

        const char* columnDesign =
            R"({"format": "relata/1", "models": [{"name": "m", "attributes": {"$C": {"type": "INTEGER"}}}], "associations": []})";
        const std::string column(65, 'c');
        const Run both = validateText(subst(columnDesign, {{"$C", column}}));
        REQUIRE_OK(both);
        EXPECT_ONE(both, codes::kIdentifierTooLong, "/models/0/attributes/" + column);
        EXPECT_IN(both.first(codes::kIdentifierTooLong)->message, "MySQL/MariaDB refuses");
        EXPECT_IN(both.first(codes::kIdentifierTooLong)->message, "PostgreSQL silently truncates");

        const Run fits = validateText(subst(columnDesign, {{"$C", std::string(63, 'c')}}));
        REQUIRE_OK(fits);
        EXPECT_NONE(fits, codes::kIdentifierTooLong);
    }
    void longJoinUniqueKeyOnMySql() {
        const std::string json = subst(R"({"format": "relata/1",
            "models": [{"name": "$A", "attributes": {}}, {"name": "$B", "attributes": {}},
                       {"name": "link", "attributes": {"id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true}}}],
            "associations": [{"source": "$A", "type": "belongsToMany", "target": "$B", "options": {"through": "link"}}]})",
                                       {{"$A", std::string(30, 'a')}, {"$B", std::string(30, 'b')}});
        const Run run = validateText(json, DialectKind::MySql);
        REQUIRE_OK(run);
        EXPECT_ONE(run, codes::kIdentifierTooLong, "/associations/0");
        EXPECT_IN(run.first(codes::kIdentifierTooLong)->message, "unique key name");
        EXPECT_IN(run.first(codes::kIdentifierTooLong)->fix, "\"uniqueKey\"");
        const Run postgres = validateText(json, DialectKind::Postgres); // PostgreSQL drops the name
        EXPECT_NONE(postgres, codes::kIdentifierTooLong);
    }

    // ---- RL-W-IDENTIFIER-QUOTE -------------------------------------------------------------
    // Relata doubles a quote character inside an identifier; Sequelize deletes it (another name).
    void quoteCharacterInNames() {
        const char* design =
            R"({"format": "relata/1", "models": [{"name": "m", "attributes": {"$C": {"type": "INTEGER"}},
            "options": {"tableName": "t", "timestamps": false}}], "associations": []})";
        const std::string doubleQuoted = subst(design, {{"$C", "a\\\"b"}}); // column a"b
        const Run all = validateText(doubleQuoted);
        REQUIRE_OK(all);
        EXPECT_ONE(all, codes::kIdentifierQuote, "/models/0/attributes/a\"b");
        const Diagnostic& d = *all.first(codes::kIdentifierQuote);
        EXPECT_IN(d.message, "PostgreSQL: Relata writes \"a\"\"b\", Sequelize \"ab\"");
        QVERIFY(!contains(d.message, "MySQL")); // backticks there: the name is safe
        EXPECT_IN(d.fix, "remove '\"' from the column name");
        const Run postgres = validateText(doubleQuoted, DialectKind::Postgres);
        EXPECT_ONE(postgres, codes::kIdentifierQuote, "/models/0/attributes/a\"b");
        EXPECT_NONE(validateText(doubleQuoted, DialectKind::MySql), codes::kIdentifierQuote);
        EXPECT_NONE(validateText(doubleQuoted, DialectKind::Sqlite), codes::kIdentifierQuote);

        const std::string backticked = subst(design, {{"$C", "a`b"}});
        const Run both = validateText(backticked);
        REQUIRE_OK(both);
        EXPECT_ONE(both, codes::kIdentifierQuote, "/models/0/attributes/a`b"); // one finding for two dialects
        EXPECT_IN(both.first(codes::kIdentifierQuote)->message,
                  "MySQL/MariaDB and SQLite: Relata writes `a``b`, Sequelize `ab`");
        EXPECT_NONE(validateText(backticked, DialectKind::Postgres), codes::kIdentifierQuote);
        const Run sqlite = validateText(backticked, DialectKind::Sqlite);
        EXPECT_ONE(sqlite, codes::kIdentifierQuote, "/models/0/attributes/a`b");

        const Run plain = validateText(subst(design, {{"$C", "a'b; c"}})); // no identifier quote
        REQUIRE_OK(plain);
        EXPECT_NONE(plain, codes::kIdentifierQuote);
    }

    // ---- RL-W-TYPE-UNSUPPORTED ------------------------------------------------------------
    void jsonbOutsidePostgres() {
        const Run run = validateCase("own-23-postgres-only-types.json");
        EXPECT_ONE(run, codes::kTypeUnsupported, "/models/0/attributes/data/type");
        const Diagnostic& d = *run.first(codes::kTypeUnsupported);
        EXPECT_IN(d.message, "PostgreSQL-only");
        EXPECT_IN(d.message, "MySQL/MariaDB rejects it");
        EXPECT_IN(d.message, "SQLite");
        EXPECT_IN(d.fix, "\"JSON\"");
        const Run postgres = validateCase("own-23-postgres-only-types.json", DialectKind::Postgres);
        EXPECT_NONE(postgres, codes::kTypeUnsupported);
        const Run mysql = validateCase("own-23-postgres-only-types.json", DialectKind::MySql);
        EXPECT_ONE(mysql, codes::kTypeUnsupported, "/models/0/attributes/data/type");
        QVERIFY(!contains(mysql.first(codes::kTypeUnsupported)->message, "SQLite"));
    }

    // Reported once where the type is written, naming the dialects that lack it, whether one
    // dialect or all of them are checked.
    void tinyIntReportedOnce() {
        const char* design =
            R"({"format": "relata/1", "models": [{"name": "m", "attributes": {"level": {"type": "TINYINT"}}},
            {"name": "n", "attributes": {}}], "associations": [{"source": "n", "type": "belongsTo", "target": "m",
            "options": {"keyType": "TINYINT"}}]})";
        const Run all = validateText(design);
        REQUIRE_OK(all);
        QVERIFY2(all.count(codes::kTypeUnsupported) == 2, all.dump().c_str());
        size_t level = 0;
        for (const Diagnostic* d : all.all(codes::kTypeUnsupported)) {
            EXPECT_IN(d->message, "PostgreSQL has no TINYINT");
            level += d->path == "/models/0/attributes/level/type" ? 1 : 0;
        }
        QCOMPARE(level, size_t(1));
        EXPECT_IN(all.dump(), "/associations/0/options/keyType");
        const Run postgres = validateText(design, DialectKind::Postgres);
        QVERIFY2(postgres.count(codes::kTypeUnsupported) == 2, postgres.dump().c_str());
        EXPECT_NONE(validateText(design, DialectKind::MySql), codes::kTypeUnsupported);
        EXPECT_NONE(validateText(design, DialectKind::Sqlite), codes::kTypeUnsupported);
    }

    // ---- conformance cases ----------------------------------------------------------------
    void conformance_data() {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(conformanceDir() + "/cases").entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 60);
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << f;
    }
    void conformance() {
        QFETCH(QString, name);
        const Run run = validateCase(name);
        QVERIFY2(run.loaded, run.problem.c_str());
        const nlohmann::json expected = nlohmann::json::parse(readFile(conformanceDir() + "/expected/" + name));
        // validate must exit 0 on every design Sequelize accepts: the validator never says "error".
        for (const Diagnostic& d : run.found) {
            QVERIFY2(d.severity != Severity::Error, d.format().c_str());
            QVERIFY2(!d.code.empty() && !d.message.empty() && !d.fix.empty(), d.format().c_str());
            QVERIFY2(d.path.empty() || d.path.front() == '/', d.format().c_str());
            if (run.schema.error) QVERIFY(d.message != run.schema.error->message);
        }
        QCOMPARE(!run.schema.error, expected["ok"].get<bool>());

        // The traps of the guide each case was written for.
        static const std::map<QString, std::vector<std::string>> traps = {
            {"guide-26b-invoice-subscription-alias-duplicate-fk.json", {codes::kAliasDuplicateFk}},
            {"guide-30a-document-version-cycle.json", {codes::kFkCycle}},
            {"own-07b-predeclared-fk-type-mismatch.json", {codes::kFkTypeMismatch}},
            {"guide-06b-belongsto-targetkey-name-not-unique.json", {codes::kKeyNotUnique}},
            {"guide-13a-sourcekey-country-city.json", {codes::kKeyNotUnique}},
            {"guide-21-polymorphic-comment-1m.json", {codes::kPolymorphicUnscoped}},
            {"guide-22-polymorphic-tag-nm.json", {codes::kPolymorphicUnscoped}},
            {"guide-31a-references-without-association.json",
             {codes::kReferencesModelName, codes::kFkDuplicateColumn}},
            {"own-23-postgres-only-types.json", {codes::kTypeUnsupported}},
        };
        if (auto it = traps.find(name); it != traps.end())
            for (const std::string& code : it->second) QVERIFY2(run.count(code) >= 1, (code + run.dump()).c_str());

        // Where the database refused Sequelize's DDL, the validator saw it coming.
        if (expected["ok"].get<bool>()) {
            bool refused = false;
            for (const char* dialect : {"postgres", "mysql"})
                refused = refused || (expected.contains(dialect) && !expected[dialect]["ok"].get<bool>());
            size_t warnings = 0;
            for (const Diagnostic& d : run.found) warnings += d.severity == Severity::Warning;
            if (refused) QVERIFY2(warnings > 0, run.dump().c_str());
        }
    }
    // validateFor() reports for one database exactly what validate() does for it alone, on every
    // conformance case and a synthetic design (some case names collide in case, some exceed
    // identifier limits, some use types a database lacks).
    void validateForMatchesValidatingOneDatabase() {
        const QStringList files =
            QDir(conformanceDir() + "/cases").entryList({"*.json"}, QDir::Files, QDir::Name);
        std::vector<Run> runs;
        for (const QString& f : files)
            runs.push_back(validateCase(f));
        runs.push_back({SyntheticDesign::generate(300), {}, {}, true, {}});
        runs.back().schema = Resolver::resolve(runs.back().doc);
        runs.back().found = Validator::validate(runs.back().doc, runs.back().schema);
        size_t databaseFindings = 0;
        for (const Run& run : runs) {
            QVERIFY2(run.loaded, run.problem.c_str());
            for (DialectKind kind : {DialectKind::Postgres, DialectKind::MySql, DialectKind::Sqlite}) {
                ValidateOptions options;
                options.dialect = static_cast<int>(kind);
                const Diagnostics alone = Validator::validate(run.doc, run.schema, options);
                const Diagnostics derived =
                    Validator::validateFor(run.doc, run.schema, run.found, static_cast<int>(kind));
                QVERIFY2(derived == alone, run.dump().c_str());
                for (const Diagnostic& d : alone)
                    databaseFindings += d.code == codes::kIdentifierTooLong ||
                                        d.code == codes::kTypeUnsupported || d.code == codes::kTableShared ||
                                        d.code == codes::kIdentifierQuote;
            }
        }
        QVERIFY(databaseFindings > 0); // the database checks did find something to replace
    }
    void sequelizeErrorIsNotRepeated() {
        const Run run = validateCase("own-15-error-duplicate-alias.json");
        QVERIFY(run.schema.error);
        for (const Diagnostic& d : run.found) QVERIFY(d.code != run.schema.error->code);
    }

    // ---- scale ----------------------------------------------------------------------------
    void tenThousandModels() {
        const Document doc = SyntheticDesign::generate(10000);
        QVERIFY(doc.associations.size() >= 25000);
        const ResolvedSchema schema = Resolver::resolve(doc);
        QVERIFY(!schema.error);
        // Processor time, best of three: the machine may be busy with other builds.
        double ms = std::numeric_limits<double>::max();
        Diagnostics found;
        for (int run = 0; run < 3; ++run) {
            const std::clock_t start = std::clock();
            found = Validator::validate(doc, schema);
            ms = std::min(ms, 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC);
        }
        qInfo("validate: %d models, %d associations, %d findings in %.1f ms", int(doc.models.size()),
              int(doc.associations.size()), int(found.size()), ms);
        QVERIFY(!hasErrors(found)); // speed goals live in bench/bench_core, not in a timed test
    }
    void hubTableDoesNotDegrade() {
        // One model that 10,000 others belong to, every pair caught in the alias trap.
        Document doc;
        Model hub;
        hub.name = "hub";
        doc.models.push_back(hub);
        for (int i = 0; i < 10000; ++i) {
            Model m;
            m.name = "m" + std::to_string(i);
            doc.models.push_back(m);
            Association a;
            a.source = "hub";
            a.type = AssociationType::HasMany;
            a.target = m.name;
            a.options.as = AliasSpec{false, "item" + std::to_string(i) + "s", {}, {}};
            doc.associations.push_back(a);
            Association b;
            b.source = m.name;
            b.type = AssociationType::BelongsTo;
            b.target = "hub";
            b.options.as = AliasSpec{false, "ownerHub", {}, {}}; // names the hub: the alias trap each time
            doc.associations.push_back(b);
        }
        const ResolvedSchema schema = Resolver::resolve(doc);
        QVERIFY(!schema.error);
        QElapsedTimer timer;
        timer.start();
        const Diagnostics found = Validator::validate(doc, schema);
        const qint64 ms = timer.elapsed();
        qInfo("hub design: %d findings in %lld ms", int(found.size()), ms);
        QCOMPARE(size_t(std::count_if(found.begin(), found.end(),
                                      [](const Diagnostic& d) { return d.code == codes::kAliasDuplicateFk; })),
                 size_t(10000));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
