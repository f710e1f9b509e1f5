// The SQL each association method issues (AccessorQueryBuilder), held against what Sequelize
// 6.37.8's association mixins and query generators send: the guide's polymorphic examples, every
// method of every association type in Sequelize's order, scopes, paranoid models, skipped
// accessors, hostile identifiers; and every statement of every conformance case prepared on a
// real SQLite database.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "sql/AccessorQueryBuilder.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cctype>
#include <map>
#include <set>

using namespace relata;

namespace {

QString casesDir() {
    return QStringLiteral(RELATA_TEST_DATA) + "/conformance/cases";
}

ResolvedSchema resolveText(const std::string& json) {
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::read(json, doc, errors)) {
        std::string all;
        for (const Diagnostic& d : errors) all += d.message + "; ";
        qFatal("design does not read: %s", all.c_str());
    }
    return Resolver::resolve(doc);
}

ResolvedSchema resolveCase(const QString& file) {
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::readFile((casesDir() + "/" + file).toStdString(), doc, errors))
        qFatal("case does not read: %s", qPrintable(file));
    return Resolver::resolve(doc);
}

std::unique_ptr<Dialect> dialect(DialectKind kind) {
    return Dialect::create(kind);
}

const AccessorQuery* findMethod(const std::vector<AccessorQuery>& queries, const std::string& method) {
    for (const AccessorQuery& q : queries)
        if (q.method == method && q.installed) return &q;
    for (const AccessorQuery& q : queries)
        if (q.method == method) return &q;
    return nullptr;
}

struct Expect {
    std::vector<std::string> statements;
    std::vector<std::string> parameters;
};

#define CHECK_METHOD(queries, name, ...)                                                            \
    do {                                                                                            \
        const AccessorQuery* q_ = findMethod(queries, name);                                        \
        QVERIFY2(q_, name);                                                                         \
        const Expect e_ = __VA_ARGS__;                                                              \
        QCOMPARE(q_->statements.size(), e_.statements.size());                                      \
        for (size_t i_ = 0; i_ < e_.statements.size(); ++i_)                                        \
            QCOMPARE(QString::fromStdString(q_->statements[i_]), QString::fromStdString(e_.statements[i_])); \
        if (!e_.parameters.empty()) {                                                               \
            QCOMPARE(q_->parameters.size(), e_.parameters.size());                                  \
            for (size_t i_ = 0; i_ < e_.parameters.size(); ++i_)                                    \
                QCOMPARE(QString::fromStdString(q_->parameters[i_]), QString::fromStdString(e_.parameters[i_])); \
        }                                                                                           \
    } while (0)

// Placeholders in one statement: $n (postgres) or ? outside quoted identifiers and strings.
int countPlaceholders(const std::string& sql, DialectKind kind) {
    int n = 0;
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote) {
                if (i + 1 < sql.size() && sql[i + 1] == quote) ++i;
                else quote = 0;
            } else if (c == '\\' && quote == '\'' && kind == DialectKind::MySql) {
                ++i;
            }
            continue;
        }
        if (c == '"' || c == '`' || c == '\'') quote = c;
        else if (kind == DialectKind::Postgres && c == '$' && i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1])))
            ++n;
        else if (kind != DialectKind::Postgres && c == '?')
            ++n;
    }
    return n;
}

std::vector<std::string> modelsOf(const ResolvedSchema& schema) {
    std::vector<std::string> out;
    for (const Table& t : schema.tables) out.push_back(t.model);
    return out;
}

const char* const kPolymorphic = R"({
  "format": "relata/1",
  "models": [
    {"name": "comment", "attributes": {"title": {"type": "STRING"}, "commentable": {"type": "STRING"},
                                       "commentable_id": {"type": "INTEGER"}}},
    {"name": "post", "attributes": {}},
    {"name": "image", "attributes": {}}
  ],
  "associations": [
    {"source": "post", "type": "hasMany", "target": "comment",
     "options": {"foreignKey": "commentable_id", "constraints": false, "scope": {"commentable": "post"}}},
    {"source": "comment", "type": "belongsTo", "target": "post",
     "options": {"foreignKey": "commentable_id", "constraints": false, "as": "post"}},
    {"source": "image", "type": "hasMany", "target": "comment",
     "options": {"foreignKey": "commentable_id", "constraints": false, "scope": {"commentable": "image"}}},
    {"source": "comment", "type": "belongsTo", "target": "image",
     "options": {"foreignKey": "commentable_id", "constraints": false, "as": "image"}}
  ]
})";

// Built as JSON (not a raw string literal: moc misreads `\"` inside one).
std::string designWithHostileNames() {
    const std::string model = "a\"b`c", attribute = "x; DROP TABLE t";
    OrderedJson d;
    d["format"] = "relata/1";
    d["models"] = OrderedJson::array();
    OrderedJson hostile;
    hostile["name"] = model;
    hostile["attributes"][attribute] = {{"type", "STRING"}, {"field", "f\"`ld"}};
    hostile["options"]["tableName"] = "t\"1`; --";
    d["models"].push_back(hostile);
    d["models"].push_back({{"name", "owner"}, {"attributes", OrderedJson::object()}});
    OrderedJson a;
    a["source"] = "owner";
    a["type"] = "hasMany";
    a["target"] = model;
    a["options"]["foreignKey"] = "o\"k";
    a["options"]["scope"][attribute] = "it's";
    d["associations"] = OrderedJson::array({a});
    return d.dump();
}

} // namespace

class TestAccessorQueries : public QObject {
    Q_OBJECT

private slots:
    // The guide's `image.getComments()` on every dialect.
    void polymorphicGetCommentsPerDialect() {
        const ResolvedSchema schema = resolveText(kPolymorphic);
        QVERIFY(!schema.error);
        const auto pg = AccessorQueryBuilder::forModel(schema, "image", *dialect(DialectKind::Postgres));
        CHECK_METHOD(pg, "getComments",
                     {{"SELECT \"id\", \"title\", \"commentable\", \"commentable_id\", \"createdAt\", \"updatedAt\" "
                       "FROM \"comments\" AS \"comment\" "
                       "WHERE \"comment\".\"commentable\" = 'image' AND \"comment\".\"commentable_id\" = $1"},
                      {"image.id"}});
        for (DialectKind kind : {DialectKind::MySql, DialectKind::Sqlite}) {
            const auto q = AccessorQueryBuilder::forModel(schema, "image", *dialect(kind));
            CHECK_METHOD(q, "getComments",
                         {{"SELECT `id`, `title`, `commentable`, `commentable_id`, `createdAt`, `updatedAt` "
                           "FROM `comments` AS `comment` "
                           "WHERE `comment`.`commentable` = 'image' AND `comment`.`commentable_id` = ?"},
                          {"image.id"}});
        }
    }

    // Every hasMany method of image, in Sequelize's order, with the scope where Sequelize puts it.
    void polymorphicHasManyMethods() {
        const ResolvedSchema schema = resolveText(kPolymorphic);
        const auto q = AccessorQueryBuilder::forModel(schema, "image", *dialect(DialectKind::Postgres));
        std::vector<std::string> methods;
        for (const AccessorQuery& a : q) methods.push_back(a.method);
        QCOMPARE(methods, (std::vector<std::string>{"getComments", "countComments", "hasComment", "hasComments",
                                                    "setComments", "addComment", "addComments", "removeComment",
                                                    "removeComments", "createComment"}));
        for (const AccessorQuery& a : q) {
            QCOMPARE(a.association, 2);
            QCOMPARE(a.associationKey, std::string("comments"));
        }
        const std::string get = "SELECT \"id\", \"title\", \"commentable\", \"commentable_id\", \"createdAt\", "
                                "\"updatedAt\" FROM \"comments\" AS \"comment\" WHERE \"comment\".\"commentable\" = "
                                "'image' AND \"comment\".\"commentable_id\" = $1";
        CHECK_METHOD(q, "countComments",
                     {{"SELECT COUNT(\"comment\".\"id\") AS \"count\" FROM \"comments\" AS \"comment\" "
                       "WHERE \"comment\".\"commentable\" = 'image' AND \"comment\".\"commentable_id\" = $1"},
                      {"image.id"}});
        CHECK_METHOD(q, "hasComment",
                     {{"SELECT \"id\" FROM \"comments\" AS \"comment\" WHERE ((\"comment\".\"commentable\" = 'image' "
                       "AND \"comment\".\"commentable_id\" = $1) AND ((\"comment\".\"id\" = $2)))"},
                      {"image.id", "comment.id of the comment checked"}});
        CHECK_METHOD(q, "setComments",
                     {{get, "UPDATE \"comments\" SET \"commentable_id\"=$1,\"updatedAt\"=$2 WHERE \"id\" IN ($3)",
                       "UPDATE \"comments\" SET \"commentable_id\"=$1,\"commentable\"='image',\"updatedAt\"=$2 "
                       "WHERE \"id\" IN ($3)"},
                      {}});
        CHECK_METHOD(q, "addComment",
                     {{"UPDATE \"comments\" SET \"commentable_id\"=$1,\"commentable\"='image',\"updatedAt\"=$2 "
                       "WHERE \"id\" IN ($3)"},
                      {"image.id", "now (updatedAt)", "comment.id of the comment added"}});
        CHECK_METHOD(q, "removeComments",
                     {{"UPDATE \"comments\" SET \"commentable_id\"=$1,\"updatedAt\"=$2 "
                       "WHERE \"commentable_id\" = $3 AND \"id\" IN ($4)"},
                      {"NULL", "now (updatedAt)", "image.id",
                       "comment.id of each comment removed (one placeholder per value)"}});
        CHECK_METHOD(q, "createComment",
                     {{"INSERT INTO \"comments\" (\"id\",\"title\",\"commentable\",\"commentable_id\",\"createdAt\","
                       "\"updatedAt\") VALUES (DEFAULT,$1,'image',$2,$3,$4) RETURNING \"id\",\"title\","
                       "\"commentable\",\"commentable_id\",\"createdAt\",\"updatedAt\""},
                      {"comment.title from values", "image.id", "now (createdAt)", "now (updatedAt)"}});
        const auto lite = AccessorQueryBuilder::forModel(schema, "image", *dialect(DialectKind::Sqlite));
        CHECK_METHOD(lite, "createComment",
                     {{"INSERT INTO `comments` (`id`,`title`,`commentable`,`commentable_id`,`createdAt`,`updatedAt`) "
                       "VALUES (NULL,?,'image',?,?,?)"},
                      {}});
        const auto my = AccessorQueryBuilder::forModel(schema, "image", *dialect(DialectKind::MySql));
        CHECK_METHOD(my, "createComment",
                     {{"INSERT INTO `comments` (`id`,`title`,`commentable`,`commentable_id`,`createdAt`,`updatedAt`) "
                       "VALUES (DEFAULT,?,'image',?,?,?)"},
                      {}});
    }

    // belongsTo ignores the scope; get is findByPk (no LIMIT), set / create save the source.
    void belongsToMethods() {
        const ResolvedSchema schema = resolveText(kPolymorphic);
        const auto q = AccessorQueryBuilder::forModel(schema, "comment", *dialect(DialectKind::Postgres));
        std::vector<std::string> methods;
        for (const AccessorQuery& a : q) methods.push_back(a.method);
        QCOMPARE(methods, (std::vector<std::string>{"getPost", "setPost", "createPost", "getImage", "setImage",
                                                    "createImage"}));
        CHECK_METHOD(q, "getImage",
                     {{"SELECT \"id\", \"createdAt\", \"updatedAt\" FROM \"images\" AS \"image\" "
                       "WHERE \"image\".\"id\" = $1"},
                      {"comment.commentable_id"}});
        CHECK_METHOD(q, "setImage",
                     {{"UPDATE \"comments\" SET \"commentable_id\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3"},
                      {"image.id of the new image, or NULL", "now (updatedAt)", "comment.id"}});
        CHECK_METHOD(q, "createImage",
                     {{"INSERT INTO \"images\" (\"id\",\"createdAt\",\"updatedAt\") VALUES (DEFAULT,$1,$2) "
                       "RETURNING \"id\",\"createdAt\",\"updatedAt\"",
                       "UPDATE \"comments\" SET \"commentable_id\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3"},
                      {"now (createdAt)", "now (updatedAt)", "image.id of the created image", "now (updatedAt)",
                       "comment.id"}});
    }

    // hasOne: findOne adds LIMIT 1; set reads, unlinks the old row and links the new one.
    void hasOneMethods() {
        const ResolvedSchema schema = resolveCase("guide-07a-hasone-project-user.json");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "project", *dialect(DialectKind::Postgres));
        std::vector<std::string> methods;
        for (const AccessorQuery& a : q) methods.push_back(a.method);
        QCOMPARE(methods, (std::vector<std::string>{"getUser", "setUser", "createUser"}));
        const std::string get = "SELECT \"id\", \"createdAt\", \"updatedAt\", \"projectId\" FROM \"users\" AS \"user\" "
                                "WHERE \"user\".\"projectId\" = $1 LIMIT 1";
        CHECK_METHOD(q, "getUser", {{get}, {"project.id"}});
        CHECK_METHOD(q, "setUser",
                     {{get, "UPDATE \"users\" SET \"projectId\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3",
                       "UPDATE \"users\" SET \"projectId\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3"},
                      {"project.id", "NULL", "now (updatedAt)", "user.id of the previous user", "project.id",
                       "now (updatedAt)", "user.id of the new user"}});
        QCOMPARE(findMethod(q, "setUser")->parametersByStatement.size(), size_t(3));
        QCOMPARE(findMethod(q, "setUser")->parametersByStatement[1].size(), size_t(3));
        CHECK_METHOD(q, "createUser",
                     {{"INSERT INTO \"users\" (\"id\",\"createdAt\",\"updatedAt\",\"projectId\") "
                       "VALUES (DEFAULT,$1,$2,$3) RETURNING \"id\",\"createdAt\",\"updatedAt\",\"projectId\""},
                      {"now (createdAt)", "now (updatedAt)", "project.id"}});
    }

    // hasOne with a scope and a unique FK: the scope follows the FK in the where, no LIMIT on a
    // unique column, the scope is written on set and create.
    void hasOneScopeAndUniqueKey() {
        const ResolvedSchema schema = resolveText(R"({"format": "relata/1",
          "models": [{"name": "person", "attributes": {}},
                     {"name": "photo", "attributes": {"kind": {"type": "STRING"},
                                                      "ownerId": {"type": "INTEGER", "unique": true}}}],
          "associations": [{"source": "person", "type": "hasOne", "target": "photo",
                            "options": {"as": "avatar", "foreignKey": "ownerId", "scope": {"kind": "avatar"}}}]})");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "person", *dialect(DialectKind::Postgres));
        const std::string get = "SELECT \"id\", \"kind\", \"ownerId\", \"createdAt\", \"updatedAt\" FROM \"photos\" AS "
                                "\"photo\" WHERE \"photo\".\"ownerId\" = $1 AND \"photo\".\"kind\" = 'avatar'";
        CHECK_METHOD(q, "getAvatar", {{get}, {"person.id"}});
        CHECK_METHOD(q, "setAvatar",
                     {{get, "UPDATE \"photos\" SET \"ownerId\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3",
                       "UPDATE \"photos\" SET \"kind\"='avatar',\"ownerId\"=$1,\"updatedAt\"=$2 WHERE \"id\" = $3"},
                      {}});
        CHECK_METHOD(q, "createAvatar",
                     {{"INSERT INTO \"photos\" (\"id\",\"kind\",\"ownerId\",\"createdAt\",\"updatedAt\") VALUES "
                       "(DEFAULT,'avatar',$1,$2,$3) RETURNING \"id\",\"kind\",\"ownerId\",\"createdAt\",\"updatedAt\""},
                      {"person.id", "now (createdAt)", "now (updatedAt)"}});
    }

    // The guide's tag example: the through scope goes into the JOIN, the target scope into WHERE.
    void belongsToManyThroughAndTargetScope() {
        const ResolvedSchema schema = resolveCase("guide-23b-btm-pending-tags.json");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "post", *dialect(DialectKind::Postgres));
        const std::string tagCols = "\"tag\".\"id\", \"tag\".\"name\", \"tag\".\"createdAt\", \"tag\".\"updatedAt\"";
        const std::string throughCols =
            "\"item_tag\".\"id\" AS \"item_tag.id\", \"item_tag\".\"tag_id\" AS \"item_tag.tag_id\", "
            "\"item_tag\".\"taggable\" AS \"item_tag.taggable\", \"item_tag\".\"taggable_id\" AS "
            "\"item_tag.taggable_id\", \"item_tag\".\"createdAt\" AS \"item_tag.createdAt\", "
            "\"item_tag\".\"updatedAt\" AS \"item_tag.updatedAt\"";
        const std::string join = " FROM \"tags\" AS \"tag\" INNER JOIN \"item_tags\" AS \"item_tag\" ON "
                                 "\"tag\".\"id\" = \"item_tag\".\"tag_id\" AND \"item_tag\".\"taggable_id\" = $1 "
                                 "AND \"item_tag\".\"taggable\" = 'post'";
        CHECK_METHOD(q, "getTags", {{"SELECT " + tagCols + ", " + throughCols + join}, {"post.id"}});
        CHECK_METHOD(q, "getPendingTags",
                     {{"SELECT " + tagCols + ", " + throughCols + join + " WHERE (\"tag\".\"status\" = 'pending')"},
                      {"post.id"}});
        CHECK_METHOD(q, "countPendingTags",
                     {{"SELECT COUNT(\"tag\".\"id\") AS \"count\"" + join + " WHERE (\"tag\".\"status\" = 'pending')"},
                      {"post.id"}});
        CHECK_METHOD(q, "hasPendingTags",
                     {{"SELECT \"tag\".\"id\"" + join +
                       " WHERE (\"tag\".\"status\" = 'pending' AND ((\"tag\".\"id\" = $2)))"},
                      {"post.id", "tag.id of each tag checked (one OR-ed term per tag)"}});
        CHECK_METHOD(q, "hasTag", {{"SELECT \"tag\".\"id\"" + join + " WHERE (((\"tag\".\"id\" = $2)))"}, {}});
        const std::string existing = "SELECT \"id\", \"tag_id\", \"taggable\", \"taggable_id\", \"createdAt\", "
                                     "\"updatedAt\" FROM \"item_tags\" AS \"item_tag\" WHERE "
                                     "\"item_tag\".\"taggable_id\" = $1 AND \"item_tag\".\"tag_id\" IN ($2) AND "
                                     "\"item_tag\".\"taggable\" = 'post'";
        const std::string insertRow =
            "INSERT INTO \"item_tags\" (\"id\",\"tag_id\",\"taggable\",\"taggable_id\",\"createdAt\",\"updatedAt\") "
            "VALUES (DEFAULT,$1,'post',$2,$3,$4) RETURNING \"id\",\"tag_id\",\"taggable\",\"taggable_id\","
            "\"createdAt\",\"updatedAt\"";
        CHECK_METHOD(q, "addPendingTags",
                     {{existing, insertRow},
                      {"post.id", "tag.id of each tag added (one placeholder per value)",
                       "tag.id of each tag added (one placeholder per value), one row each", "post.id",
                       "now (createdAt)", "now (updatedAt)"}});
        CHECK_METHOD(q, "setTags",
                     {{"SELECT \"id\", \"tag_id\", \"taggable\", \"taggable_id\", \"createdAt\", \"updatedAt\" FROM "
                       "\"item_tags\" AS \"item_tag\" WHERE \"item_tag\".\"taggable_id\" = $1 AND "
                       "\"item_tag\".\"taggable\" = 'post'",
                       "DELETE FROM \"item_tags\" WHERE \"taggable_id\" = $1 AND \"tag_id\" IN ($2) AND "
                       "\"taggable\" = 'post'",
                       insertRow},
                      {}});
        CHECK_METHOD(q, "removeTag",
                     {{"DELETE FROM \"item_tags\" WHERE \"taggable_id\" = $1 AND \"tag_id\" IN ($2)"},
                      {"post.id", "tag.id of the tag removed"}});
        CHECK_METHOD(q, "createPendingTag",
                     {{"INSERT INTO \"tags\" (\"id\",\"name\",\"createdAt\",\"updatedAt\") VALUES "
                       "(DEFAULT,$1,$2,$3) RETURNING \"id\",\"name\",\"createdAt\",\"updatedAt\"",
                       existing, insertRow},
                      {}});
    }

    // An auto-created join model: keys after the timestamps, as the join model's attributes are.
    void belongsToManyAutoJoinModel() {
        const ResolvedSchema schema = resolveCase("guide-15-btm-worker-tasks.json");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "user", *dialect(DialectKind::MySql));
        CHECK_METHOD(q, "getTasks",
                     {{"SELECT `project`.`id`, `project`.`createdAt`, `project`.`updatedAt`, `worker_tasks`.`createdAt` "
                       "AS `worker_tasks.createdAt`, `worker_tasks`.`updatedAt` AS `worker_tasks.updatedAt`, "
                       "`worker_tasks`.`userId` AS `worker_tasks.userId`, `worker_tasks`.`projectId` AS "
                       "`worker_tasks.projectId` FROM `projects` AS `project` INNER JOIN `worker_tasks` AS "
                       "`worker_tasks` ON `project`.`id` = `worker_tasks`.`projectId` AND `worker_tasks`.`userId` = ?"},
                      {"user.id"}});
        CHECK_METHOD(q, "addTask",
                     {{"SELECT `createdAt`, `updatedAt`, `userId`, `projectId` FROM `worker_tasks` AS `worker_tasks` "
                       "WHERE `worker_tasks`.`userId` = ? AND `worker_tasks`.`projectId` IN (?)",
                       "INSERT INTO `worker_tasks` (`createdAt`,`updatedAt`,`userId`,`projectId`) VALUES (?,?,?,?)"},
                      {"user.id", "project.id of the project added", "now (createdAt)", "now (updatedAt)", "user.id",
                       "project.id of the project added, one row each"}});
    }

    // Paranoid models: SELECTs and bulk updates get `deletedAt IS NULL`, destroy soft-deletes.
    void paranoidModels() {
        const ResolvedSchema schema = resolveText(R"({"format": "relata/1",
          "models": [{"name": "user", "attributes": {}},
                     {"name": "task", "attributes": {}, "options": {"paranoid": true}},
                     {"name": "group", "attributes": {}}],
          "associations": [{"source": "user", "type": "hasMany", "target": "task"},
                           {"source": "user", "type": "belongsToMany", "target": "group",
                            "options": {"through": {"model": "membership", "paranoid": true}}}]})");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "user", *dialect(DialectKind::Postgres));
        CHECK_METHOD(q, "getTasks",
                     {{"SELECT \"id\", \"createdAt\", \"updatedAt\", \"deletedAt\", \"userId\" FROM \"tasks\" AS "
                       "\"task\" WHERE (\"task\".\"deletedAt\" IS NULL AND \"task\".\"userId\" = $1)"},
                      {"user.id"}});
        CHECK_METHOD(q, "removeTask",
                     {{"UPDATE \"tasks\" SET \"userId\"=$1,\"updatedAt\"=$2 WHERE (\"deletedAt\" IS NULL AND "
                       "(\"userId\" = $3 AND \"id\" IN ($4)))"},
                      {}});
        CHECK_METHOD(q, "getGroups",
                     {{"SELECT \"group\".\"id\", \"group\".\"createdAt\", \"group\".\"updatedAt\", "
                       "\"membership\".\"createdAt\" AS \"membership.createdAt\", \"membership\".\"updatedAt\" AS "
                       "\"membership.updatedAt\", \"membership\".\"deletedAt\" AS \"membership.deletedAt\", "
                       "\"membership\".\"userId\" AS \"membership.userId\", \"membership\".\"groupId\" AS "
                       "\"membership.groupId\" FROM \"groups\" AS \"group\" INNER JOIN \"membership\" AS "
                       "\"membership\" ON \"group\".\"id\" = \"membership\".\"groupId\" AND "
                       "(\"membership\".\"deletedAt\" IS NULL AND \"membership\".\"userId\" = $1)"},
                      {"user.id"}});
        CHECK_METHOD(q, "removeGroups",
                     {{"UPDATE \"membership\" SET \"deletedAt\"=$1 WHERE \"deletedAt\" IS NULL AND \"userId\" = $2 "
                       "AND \"groupId\" IN ($3)"},
                      {"now (deletedAt)", "user.id", "group.id of each group removed (one placeholder per value)"}});
    }

    // A method Sequelize skipped is listed, not installed, without SQL.
    void skippedAccessorListedWithoutSql() {
        const ResolvedSchema schema = resolveText(R"({"format": "relata/1",
          "models": [{"name": "project", "attributes": {"countTasks": {"type": "INTEGER"}}},
                     {"name": "task", "attributes": {}}],
          "associations": [{"source": "project", "type": "hasMany", "target": "task"}]})");
        QVERIFY(!schema.error);
        const auto q = AccessorQueryBuilder::forModel(schema, "project", *dialect(DialectKind::Sqlite));
        QCOMPARE(q.size(), size_t(10));
        const AccessorQuery* count = findMethod(q, "countTasks");
        QVERIFY(count);
        QVERIFY(!count->installed);
        QCOMPARE(count->kind, AccessorKind::Count);
        QVERIFY(count->statements.empty());
        QVERIFY(count->parameters.empty());
        QVERIFY(findMethod(q, "getTasks")->installed);
        QVERIFY(!findMethod(q, "getTasks")->statements.empty());
    }

    // Hostile names stay one quoted identifier; hostile scope values stay one string literal.
    void hostileIdentifiersStayQuoted() {
        const ResolvedSchema schema = resolveText(designWithHostileNames());
        QVERIFY(!schema.error);
        const auto pg = AccessorQueryBuilder::forModel(schema, "owner", *dialect(DialectKind::Postgres));
        const std::string cols = "\"id\", \"f\"\"`ld\" AS \"x; DROP TABLE t\", \"createdAt\", \"updatedAt\", \"o\"\"k\"";
        CHECK_METHOD(pg, "getA\"b`cs",
                     {{"SELECT " + cols + " FROM \"t\"\"1`; --\" AS \"a\"\"b`c\" WHERE \"a\"\"b`c\".\"f\"\"`ld\" = "
                       "'it''s' AND \"a\"\"b`c\".\"o\"\"k\" = $1"},
                      {"owner.id"}});
        const auto my = AccessorQueryBuilder::forModel(schema, "owner", *dialect(DialectKind::MySql));
        const AccessorQuery* get = findMethod(my, "getA\"b`cs");
        QVERIFY(get);
        QVERIFY2(get->statements[0].find("FROM `t\"1``; --` AS `a\"b``c`") != std::string::npos,
                 get->statements[0].c_str());
    }

    // Every statement of every conformance case: as many parameters as placeholders, on every
    // dialect; accessors listed in Sequelize's order.
    void everyCaseHasMatchingParameters() {
        const QStringList files = QDir(casesDir()).entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() > 40);
        int statements = 0;
        for (const QString& file : files) {
            const ResolvedSchema schema = resolveCase(file);
            for (DialectKind kind : Dialect::all()) {
                const auto d = dialect(kind);
                for (const std::string& model : modelsOf(schema)) {
                    for (const AccessorQuery& q : AccessorQueryBuilder::forModel(schema, model, *d)) {
                        QCOMPARE(q.statements.size(), q.parametersByStatement.size());
                        size_t total = 0;
                        for (size_t i = 0; i < q.statements.size(); ++i) {
                            const std::string where = file.toStdString() + " " + q.method + ": " + q.statements[i];
                            QVERIFY2(countPlaceholders(q.statements[i], kind) ==
                                         int(q.parametersByStatement[i].size()),
                                     where.c_str());
                            total += q.parametersByStatement[i].size();
                            ++statements;
                        }
                        QCOMPARE(q.parameters.size(), total);
                        if (q.installed && schema.findModel(model)) QVERIFY2(!q.statements.empty(), q.method.c_str());
                    }
                }
            }
        }
        QVERIFY(statements > 1000);
    }

    // Every statement (SELECT, INSERT, UPDATE, DELETE) prepares on SQLite against the tables of
    // the case: right syntax, tables and columns exist.
    void everyStatementPreparesOnSqlite() {
        QVERIFY(QSqlDatabase::isDriverAvailable("QSQLITE"));
        const QStringList files = QDir(casesDir()).entryList({"*.json"}, QDir::Files, QDir::Name);
        const auto lite = dialect(DialectKind::Sqlite);
        int prepared = 0;
        for (const QString& file : files) {
            const ResolvedSchema schema = resolveCase(file);
            if (schema.error) continue;
            const QString connection = "acc-" + file;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", connection);
                db.setDatabaseName(":memory:");
                QVERIFY(db.open());
                QSqlQuery ddl(db);
                // The columns of every table, plus the scope keys a design names without
                // declaring them (guide-23b's `status`): Sequelize sends them all the same.
                std::map<std::string, std::vector<std::string>> columns;
                for (const Table& t : schema.tables)
                    for (const Column& c : t.columns) columns[t.tableName].push_back(c.field);
                auto addScopeKeys = [&](const std::string& model, const std::optional<OrderedJson>& scope) {
                    const Table* t = schema.findModel(model);
                    if (!t || !scope || !scope->is_object()) return;
                    for (const auto& [key, value] : scope->items())
                        if (!t->findAttribute(key)) columns[t->tableName].push_back(key);
                };
                for (const ResolvedAssociation& r : schema.associations) {
                    addScopeKeys(r.target, r.scope);
                    addScopeKeys(r.through, r.throughScope);
                }
                for (const auto& [table, fields] : columns) {
                    std::string sql = "CREATE TABLE " + lite->quoteIdentifier(table) + " (";
                    std::set<std::string> seen;
                    bool first = true;
                    for (const std::string& f : fields) {
                        if (!seen.insert(f).second) continue;
                        sql += (first ? "" : ", ") + lite->quoteIdentifier(f);
                        first = false;
                    }
                    sql += ")";
                    QVERIFY2(ddl.exec(QString::fromStdString(sql)), qPrintable(ddl.lastError().text()));
                }
                for (const std::string& model : modelsOf(schema)) {
                    for (const AccessorQuery& q : AccessorQueryBuilder::forModel(schema, model, *lite)) {
                        for (const std::string& sql : q.statements) {
                            QSqlQuery query(db);
                            const std::string where = file.toStdString() + " " + q.method + ": " + sql;
                            QVERIFY2(query.prepare(QString::fromStdString(sql)),
                                     (where + " -> " + query.lastError().text().toStdString()).c_str());
                            ++prepared;
                        }
                    }
                }
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY(prepared > 300);
    }
};

QTEST_GUILESS_MAIN(TestAccessorQueries)
#include "tst_accessor_queries.moc"
