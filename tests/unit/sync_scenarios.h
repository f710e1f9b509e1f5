#pragma once
// The sync scenarios, run by each tst_sync_<dialect>.cpp against its own database. Every
// scenario with data counts the rows before and after: no test may lose a row.
#include "sync_test_support.h"

namespace synctest {

inline std::string readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll().toStdString();
}

inline const char* dialectKey(DialectKind k) {
    return k == DialectKind::Postgres ? "postgres" : k == DialectKind::MySql ? "mysql" : "sqlite";
}

// Every conformance case: force sync into the database, then a second diff is empty; the same
// through create mode and alter mode from an empty database. Cases Sequelize's sync fails on
// for this dialect must fail and (PostgreSQL, SQLite) leave the database empty.
inline void conformanceRoundTrip(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const QDir cases(QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/cases"));
    const QStringList files = cases.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 60);
    int synced = 0, rejected = 0, invalid = 0;
    for (const QString& file : files) {
        const Document doc = design(readText(cases.filePath(file)));
        const ResolvedSchema schema = Resolver::resolve(doc);
        if (schema.error) {
            ++invalid;
            continue;
        }
        const auto expected = nlohmann::json::parse(
            readText(QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/expected/") + file), nullptr, false);
        const bool shouldWork = expected.is_object() && expected.contains(dialectKey(kind)) &&
                                expected[dialectKey(kind)].value("ok", true);
        for (SyncMode mode : {SyncMode::Force, SyncMode::Create, SyncMode::Alter}) {
            // start empty: force with an empty design drops everything
            Outcome wipe = sync(f, design(R"J({"format":"relata/1","models":[]})J"), SyncMode::Force, false, true);
            QVERIFY2(wipe.result.ok, (file.toStdString() + ": wipe: " + wipe.result.text()).c_str());
            Outcome o = sync(f, doc, mode, false, true);
            const std::string label = file.toStdString() + " (" + syncModeName(mode) + ")";
            QVERIFY2(o.permitted, (label + ": " + o.why).c_str());
            if (!shouldWork) {
                QVERIFY2(!o.result.ok, (label + ": the database accepted what Sequelize's sync could not do").c_str());
                if (kind != DialectKind::MySql)
                    QVERIFY2(live(f).tables.empty(), (label + ": tables left after a rolled-back sync").c_str());
                continue;
            }
            QVERIFY2(o.result.ok, (label + ": " + o.result.text() + o.plan.text()).c_str());
            if (mode == SyncMode::Force) {
                // force mode runs exactly the script of `relata-cli ddl`
                const auto dialect = Dialect::create(kind);
                std::vector<std::string> created;
                for (const SyncStep& s : o.plan.steps)
                    if (s.kind != StepKind::DropTable && s.kind != StepKind::DropEnum)
                        created.insert(created.end(), s.sql.begin(), s.sql.end());
                QVERIFY2(created == DdlGenerator::createStatements(schema, *dialect), label.c_str());
            }
            const SyncPlan again = diff(f, doc);
            QVERIFY2(again.empty(), (label + ": second diff not empty:\n" + again.text()).c_str());
        }
        shouldWork ? ++synced : ++rejected;
    }
    qInfo("%d cases synced and re-diffed empty in 3 modes, %d rejected as by Sequelize, %d invalid", synced, rejected,
          invalid);
}

const char* kUsersV1 = R"J({"format":"relata/1","models":[{"name":"user","attributes":{
  "name":{"type":"STRING"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J";

inline void insertUsers(Fixture& f, int n, bool nullNames = false) {
    for (int i = 0; i < n; ++i) {
        const std::string name = nullNames && i % 2 == 0 ? "NULL" : "'user" + std::to_string(i) + "'";
        QVERIFY(exec(f, "INSERT INTO " + q(f, "users") + " (" + q(f, "name") + ", " + q(f, "code") + ", " + q(f, "age") + ", " +
                            q(f, "createdAt") + ", " + q(f, "updatedAt") + ") VALUES (" + name + ", 'c" + std::to_string(i) +
                            "', " + std::to_string(20 + i) + ", '2024-01-01 00:00:00', '2024-01-01 00:00:00')"));
    }
}

inline long long userRows(Fixture& f) { return count(f, "SELECT COUNT(*) FROM " + q(f, "users")); }

inline void addNullableColumn(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const Document v1 = design(kUsersV1);
    QVERIFY(sync(f, v1, SyncMode::Alter).result.ok);
    insertUsers(f, 5);
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"},"nickname":{"type":"STRING(40)"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QCOMPARE(o.plan.steps.size(), size_t(1));
    QCOMPARE(o.plan.steps[0].kind, StepKind::AddColumn);
    QCOMPARE(o.plan.steps[0].risk, Risk::Safe);
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(userRows(f), 5LL);
    VERIFY_IN_SYNC(f, v2);
}

inline void makeNotNull(DialectKind kind) {
    SYNC_FIXTURE(kind);
    QVERIFY(sync(f, design(kUsersV1), SyncMode::Alter).result.ok);
    insertUsers(f, 6, /*nullNames=*/true); // 3 NULL names
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING","allowNull":false},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter, true, true);
    QVERIFY(!o.permitted);
    QVERIFY(o.plan.hasRisk(Risk::Blocked));
    QCOMPARE(o.plan.count(Risk::Blocked), size_t(1));
    QVERIFY2(o.why.rfind("1 step cannot succeed on the data as it is", 0) == 0, o.why.c_str());
    QVERIFY2(o.plan.text().find("users.name: 3 rows hold NULL") != std::string::npos, o.plan.text().c_str());
    QCOMPARE(userRows(f), 6LL);
    // with a default the NULLs are filled in, and the column becomes NOT NULL
    const Document v3 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING","allowNull":false,"defaultValue":"anonymous"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J");
    o = sync(f, v3, SyncMode::Alter);
    QVERIFY2(o.permitted, o.why.c_str());
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(userRows(f), 6LL);
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "users") + " WHERE " + q(f, "name") + " = 'anonymous'"), 3LL);
    VERIFY_IN_SYNC(f, v3);
}

inline void changeType(DialectKind kind) {
    SYNC_FIXTURE(kind);
    QVERIFY(sync(f, design(kUsersV1), SyncMode::Alter).result.ok);
    insertUsers(f, 4);
    // widening: safe
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING"},"code":{"type":"STRING(64)"},"age":{"type":"BIGINT"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QVERIFY2(o.permitted, (o.why + o.plan.text()).c_str());
    QVERIFY(!o.plan.empty());
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(userRows(f), 4LL);
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "users") + " WHERE " + q(f, "code") + " = 'c3'"), 1LL);
    VERIFY_IN_SYNC(f, v2);
    // narrowing a column with values: data loss, refused without the allowance
    const Document v3 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING"},"code":{"type":"STRING(64)"},"age":{"type":"SMALLINT"}}}]})J");
    o = sync(f, v3, SyncMode::Alter);
    if (kind != DialectKind::Sqlite) {
        QVERIFY(!o.permitted);
        QVERIFY2(o.plan.text().find("users.age: 4 non-null values would be converted") != std::string::npos,
                 o.plan.text().c_str());
        o = sync(f, v3, SyncMode::Alter, /*allowDataLoss=*/true);
    }
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(userRows(f), 4LL);
    VERIFY_IN_SYNC(f, v3);
}

inline void dropColumn(DialectKind kind) {
    SYNC_FIXTURE(kind);
    QVERIFY(sync(f, design(kUsersV1), SyncMode::Alter).result.ok);
    insertUsers(f, 7);
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING"},"code":{"type":"STRING(10)"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QVERIFY(!o.permitted);
    QCOMPARE(o.plan.count(Risk::DataLoss), size_t(1));
    QVERIFY2(o.why.rfind("1 step would lose data", 0) == 0, o.why.c_str());
    QVERIFY2(o.plan.text().find("users.age: 7 non-null values would be lost") != std::string::npos, o.plan.text().c_str());
    QVERIFY(live(f).findTable("users")->findColumn("age"));
    o = sync(f, v2, SyncMode::Alter, /*allowDataLoss=*/true);
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QVERIFY(!live(f).findTable("users")->findColumn("age"));
    QCOMPARE(userRows(f), 7LL);
    VERIFY_IN_SYNC(f, v2);
}

inline void renameWithRenamedFrom(DialectKind kind) {
    SYNC_FIXTURE(kind);
    QVERIFY(sync(f, design(kUsersV1), SyncMode::Alter).result.ok);
    insertUsers(f, 3);
    // column rename
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "fullName":{"type":"STRING","renamedFrom":"name"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QVERIFY2(o.permitted, (o.why + o.plan.text()).c_str());
    QCOMPARE(o.plan.steps.size(), size_t(1));
    QCOMPARE(o.plan.steps[0].kind, StepKind::RenameColumn);
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "users") + " WHERE " + q(f, "fullName") + " = 'user1'"), 1LL);
    VERIFY_IN_SYNC(f, v2);
    // model (table) rename
    const Document v3 = design(R"J({"format":"relata/1","models":[{"name":"member","renamedFrom":"user","attributes":{
      "fullName":{"type":"STRING"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J");
    o = sync(f, v3, SyncMode::Alter);
    QVERIFY2(o.permitted, (o.why + o.plan.text()).c_str());
    QCOMPARE(o.plan.steps.front().kind, StepKind::RenameTable);
    QVERIFY2(o.result.ok, o.result.text().c_str());
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "members")), 3LL);
    VERIFY_IN_SYNC(f, v3);
    // without renamedFrom: flagged as a possible rename
    const Document v4 = design(R"J({"format":"relata/1","models":[{"name":"member","attributes":{
      "displayName":{"type":"STRING"},"code":{"type":"STRING(10)"},"age":{"type":"INTEGER"}}}]})J");
    const SyncPlan p = diff(f, v4);
    QVERIFY2(p.text().find("If this is a rename") != std::string::npos, p.text().c_str());
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "members")), 3LL);
}

const char* kTasks = R"J({"format":"relata/1","models":[
  {"name":"user","attributes":{"name":{"type":"STRING"}}},
  {"name":"task","attributes":{"title":{"type":"STRING"}}}]%s})J";

inline Document tasksDesign(const std::string& associations) {
    std::string text = kTasks;
    text.replace(text.find("%s"), 2, associations);
    return design(text);
}

inline void associations(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const Document v1 = tasksDesign("");
    QVERIFY(sync(f, v1, SyncMode::Alter).result.ok);
    QVERIFY(exec(f, "INSERT INTO " + q(f, "users") + " (" + q(f, "name") + ", " + q(f, "createdAt") + ", " +
                        q(f, "updatedAt") + ") VALUES ('ann', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(exec(f, "INSERT INTO " + q(f, "tasks") + " (" + q(f, "title") + ", " + q(f, "createdAt") + ", " +
                            q(f, "updatedAt") + ") VALUES ('t" + std::to_string(i) + "', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"));
    const Document v2 = tasksDesign(R"J(,"associations":[{"source":"task","type":"belongsTo","target":"user"},
      {"source":"user","type":"belongsToMany","target":"task","options":{"through":"assignments"}}])J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QVERIFY2(o.permitted, (o.why + o.plan.text()).c_str());
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, v2);
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "tasks")), 3LL);
    QVERIFY(exec(f, "UPDATE " + q(f, "tasks") + " SET " + q(f, "userId") + " = 1"));
    // removing the associations drops the FK column (3 values: data loss) and the join table
    o = sync(f, v1, SyncMode::Alter);
    QVERIFY(!o.permitted);
    QVERIFY2(o.plan.text().find("tasks.userId: 3 non-null values would be lost") != std::string::npos, o.plan.text().c_str());
    o = sync(f, v1, SyncMode::Alter, true);
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, v1);
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "tasks")), 3LL);
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "users")), 1LL);
    // an FK whose rows point nowhere is blocked, with the figure
    QVERIFY(exec(f, "ALTER TABLE " + q(f, "tasks") + " ADD COLUMN " + q(f, "userId") + " INTEGER"));
    QVERIFY(exec(f, "UPDATE " + q(f, "tasks") + " SET " + q(f, "userId") + " = 42"));
    const Document v3 = tasksDesign(R"J(,"associations":[{"source":"task","type":"belongsTo","target":"user"}])J");
    o = sync(f, v3, SyncMode::Alter, true);
    QVERIFY(!o.permitted);
    QVERIFY2(o.plan.text().find("tasks.userId: 3 rows reference no row of users") != std::string::npos, o.plan.text().c_str());
}

// Types and defaults of every kind survive a second diff.
inline void typesAndDefaults(DialectKind kind) {
    SYNC_FIXTURE(kind);
    std::string attrs = R"J("s":{"type":"STRING","defaultValue":"it's"},"c":{"type":"CHAR(3)","defaultValue":"abc"},
      "t":{"type":"TEXT"},"i":{"type":"INTEGER","defaultValue":-5},"b":{"type":"BIGINT","defaultValue":7},
      "sm":{"type":"SMALLINT"},"f":{"type":"FLOAT","defaultValue":2.5},"d":{"type":"DOUBLE","defaultValue":1.25},
      "r":{"type":"REAL"},"dec":{"type":"DECIMAL(10,2)","defaultValue":1.5},"dec0":{"type":"DECIMAL"},
      "bool":{"type":"BOOLEAN","allowNull":false,"defaultValue":true},"bool2":{"type":"BOOLEAN","defaultValue":false},
      "dt":{"type":"DATE","defaultValue":"2020-01-02 03:04:05"},"donly":{"type":"DATEONLY","defaultValue":"2020-01-02"},
      "tm":{"type":"TIME"},"u":{"type":"UUID"},"j":{"type":"JSON"},"bl":{"type":"BLOB"},
      "mood":{"type":"ENUM","values":["happy","sad","it's ok"],"defaultValue":"sad"},"now":{"type":"DATE","defaultValue":{"fn":"NOW"}})J";
    if (kind == DialectKind::Postgres) attrs += R"J(,"jb":{"type":"JSONB"},"jd":{"type":"JSON","defaultValue":"x"})J";
    if (kind != DialectKind::Postgres) attrs += R"J(,"ti":{"type":"TINYINT"},"mi":{"type":"MEDIUMINT"})J";
    const Document doc = design(R"J({"format":"relata/1","models":[{"name":"thing","attributes":{)J" + attrs +
                                R"J(},"options":{"indexes":[{"fields":["s","i"]},{"unique":true,"fields":["c"]}]}}]})J");
    Outcome o = sync(f, doc, SyncMode::Alter);
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, doc);
    // and the same through force
    o = sync(f, doc, SyncMode::Force, false, true);
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, doc);
}

inline void enumLabels(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const Document v1 = design(R"J({"format":"relata/1","models":[{"name":"thing","attributes":{
      "mood":{"type":"ENUM","values":["happy","sad"],"defaultValue":"sad"}}}]})J");
    QVERIFY(sync(f, v1, SyncMode::Alter).result.ok);
    QVERIFY(exec(f, "INSERT INTO " + q(f, "things") + " (" + q(f, "mood") + ", " + q(f, "createdAt") + ", " +
                        q(f, "updatedAt") + ") VALUES ('happy', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"));
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"thing","attributes":{
      "mood":{"type":"ENUM","values":["happy","sad","meh"],"defaultValue":"meh"}}}]})J");
    Outcome o = sync(f, v2, SyncMode::Alter);
    QVERIFY2(o.permitted, (o.why + o.plan.text()).c_str());
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, v2);
    const Document v3 = design(R"J({"format":"relata/1","models":[{"name":"thing","attributes":{
      "mood":{"type":"ENUM","values":["sad","meh"],"defaultValue":"meh"}}}]})J");
    o = sync(f, v3, SyncMode::Alter, true);
    if (kind != DialectKind::Sqlite) {
        QVERIFY(!o.permitted);
        QVERIFY2(o.plan.text().find("1 row holds a label the design drops (happy)") != std::string::npos, o.plan.text().c_str());
    }
    QCOMPARE(count(f, "SELECT COUNT(*) FROM " + q(f, "things")), 1LL);
}

// A step that fails half-way: planned on an empty table, rows arrive before the apply.
inline void faultHalfWay(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const Document v1 = design(kUsersV1);
    QVERIFY(sync(f, v1, SyncMode::Alter).result.ok);
    const LiveSchema before = live(f);
    const ResolvedSchema s1 = Resolver::resolve(v1);
    // v2: a new table first, then a NOT NULL column without default on users (MySQL fills it in:
    // there a UNIQUE key over duplicate values fails instead)
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"user","attributes":{
      "name":{"type":"STRING"},"code":{"type":"STRING(10)","unique":true},"age":{"type":"INTEGER"},
      "level":{"type":"INTEGER","allowNull":false}}},{"name":"audit","attributes":{"what":{"type":"STRING"}}}]})J");
    const ResolvedSchema s2 = Resolver::resolve(v2);
    SyncSession session(v2, s2, f.conn);
    std::string error;
    QVERIFY(session.readLive(error));
    const SyncPlan plan = session.plan(SyncMode::Alter);
    QVERIFY2(SyncSession::permitted(plan, false, false, error), (error + plan.text()).c_str());
    insertUsers(f, 4);
    QVERIFY(exec(f, "UPDATE " + q(f, "users") + " SET " + q(f, "code") + " = 'same'"));
    const ApplyResult r = session.apply(plan);
    QVERIFY2(!r.ok, plan.text().c_str());
    QCOMPARE(userRows(f), 4LL);
    if (kind == DialectKind::MySql) {
        QVERIFY(!r.rolledBack);
        QVERIFY2(!r.ran.empty(), r.text().c_str());
        QVERIFY2(r.text().find("stay applied") != std::string::npos, r.text().c_str());
        QVERIFY(!r.finish.empty());
    } else {
        QVERIFY(r.rolledBack);
        QVERIFY2(live(f) == before, r.text().c_str());
    }
    qInfo("%s", r.text().c_str());
}

// The connection is killed from a second session in the middle of the apply.
inline void connectionKilled(DialectKind kind) {
    SYNC_FIXTURE(kind);
    std::string adminError;
    DatabaseConnection killer;
    QVERIFY2(f.open(killer, adminError), adminError.c_str());
    const long long victim = f.conn.sessionId();
    QVERIFY(victim > 0);
    std::string models;
    for (int i = 0; i < 12; ++i) models += std::string(i ? "," : "") + R"J({"name":"m)J" + std::to_string(i) + R"J(","attributes":{"x":{"type":"STRING"}}})J";
    const Document doc = design(R"J({"format":"relata/1","models":[)J" + models + "]}");
    const ResolvedSchema schema = Resolver::resolve(doc);
    SyncSession session(doc, schema, f.conn);
    std::string error;
    QVERIFY(session.readLive(error));
    const SyncPlan plan = session.plan(SyncMode::Alter);
    const ApplyResult r = session.apply(plan, [&](size_t i, size_t, const SyncStep&) {
        if (i != 5) return;
        const std::string kill = kind == DialectKind::Postgres ? "SELECT pg_terminate_backend(" + std::to_string(victim) + ")"
                                                               : "KILL " + std::to_string(victim);
        std::string e;
        if (!killer.exec(kill, &e)) qWarning("kill failed: %s", e.c_str());
    });
    QVERIFY(!r.ok);
    qInfo("%s", r.text().c_str());
    f.conn.close();
    QVERIFY2(f.open(f.conn, error), error.c_str());
    const LiveSchema after = live(f);
    if (kind == DialectKind::Postgres) {
        QVERIFY(r.rolledBack);
        QVERIFY2(after.tables.empty(), "tables left after a killed transaction");
    } else {
        QCOMPARE(after.tables.size(), size_t(5)); // steps 1-5 ran and were committed
        QCOMPARE(r.ran.size(), size_t(5));
        QCOMPARE(r.stepsApplied, size_t(5));
    }
}

// Names with quotes, semicolons and spaces are created literally.
inline void hostileNames(DialectKind kind) {
    SYNC_FIXTURE(kind);
    const Document doc = design(R"J({"format":"relata/1","models":[{"name":"we\"ird`; DROP TABLE x; --",
      "options":{"tableName":"t'a\"b`le; x","timestamps":false},
      "attributes":{"na'me; \"x\"":{"type":"STRING","defaultValue":"o'k\"; --"},"sp ace`s":{"type":"INTEGER"}}}]})J");
    Outcome o = sync(f, doc, SyncMode::Alter);
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    const LiveSchema s = live(f);
    QCOMPARE(s.tables.size(), size_t(1));
    QCOMPARE(s.tables[0].name, std::string("t'a\"b`le; x"));
    QVERIFY(s.tables[0].findColumn("na'me; \"x\""));
    QVERIFY(s.tables[0].findColumn("sp ace`s"));
    VERIFY_IN_SYNC(f, doc);
    const Document v2 = design(R"J({"format":"relata/1","models":[{"name":"we\"ird`; DROP TABLE x; --",
      "options":{"tableName":"t'a\"b`le; x","timestamps":false},
      "attributes":{"na'me; \"x\"":{"type":"STRING","defaultValue":"o'k\"; --"},"sp ace`s":{"type":"BIGINT"},
      "new'; DROP TABLE users; --":{"type":"STRING","unique":true}}}]})J");
    o = sync(f, v2, SyncMode::Alter);
    QVERIFY2(o.result.ok, (o.result.text() + o.plan.text()).c_str());
    VERIFY_IN_SYNC(f, v2);
    QCOMPARE(live(f).tables.size(), size_t(1));
}

inline void forceNeedsYes(DialectKind kind) {
    SYNC_FIXTURE(kind);
    QVERIFY(sync(f, design(kUsersV1), SyncMode::Alter).result.ok);
    insertUsers(f, 2);
    Outcome o = sync(f, design(kUsersV1), SyncMode::Force);
    QVERIFY(!o.permitted);
    QVERIFY2(o.plan.text().find("users has 2 rows") != std::string::npos, o.plan.text().c_str());
    QCOMPARE(userRows(f), 2LL);
    // create mode: only what is missing; an extra column stays
    QVERIFY(exec(f, "ALTER TABLE " + q(f, "users") + " ADD COLUMN " + q(f, "extra") + " INTEGER"));
    o = sync(f, tasksDesign(""), SyncMode::Create);
    QVERIFY2(o.result.ok, o.plan.text().c_str());
    QVERIFY(live(f).findTable("tasks"));
    QVERIFY(live(f).findTable("users")->findColumn("extra"));
    QCOMPARE(userRows(f), 2LL);
}

// The slots of Suite (sync_test_support.h): each runs its scenario for the suite's dialect.
#define SYNC_SCENARIO_SLOT(name)                                                                             \
    inline void Suite::name() {                                                                              \
        synctest::name(kind_);                                                                               \
    }
SYNC_SCENARIO_SLOT(conformanceRoundTrip)
SYNC_SCENARIO_SLOT(addNullableColumn)
SYNC_SCENARIO_SLOT(makeNotNull)
SYNC_SCENARIO_SLOT(changeType)
SYNC_SCENARIO_SLOT(dropColumn)
SYNC_SCENARIO_SLOT(renameWithRenamedFrom)
SYNC_SCENARIO_SLOT(associations)
SYNC_SCENARIO_SLOT(typesAndDefaults)
SYNC_SCENARIO_SLOT(enumLabels)
SYNC_SCENARIO_SLOT(faultHalfWay)
SYNC_SCENARIO_SLOT(hostileNames)
SYNC_SCENARIO_SLOT(forceNeedsYes)
#undef SYNC_SCENARIO_SLOT

inline void Suite::connectionKilled() {
    if (kind_ == DialectKind::Sqlite) QSKIP("SQLite is embedded: there is no server connection to kill");
    synctest::connectionKilled(kind_);
}

} // namespace synctest
