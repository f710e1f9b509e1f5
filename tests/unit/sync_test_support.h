#pragma once
// Shared by tst_sync_sqlite / tst_sync_postgres / tst_sync_mysql: a fresh database per test
// (a temporary SQLite file; a uniquely named database on the test servers of
// scripts/db-servers.sh), designs from JSON, and the scenarios every dialect runs.
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "sql/DdlGenerator.h"
#include "sync/DatabaseConnection.h"
#include "sync/Introspector.h"
#include "sync/SyncSession.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

namespace synctest {

using namespace relata;

// Skips (by hand, no servers) or fails (CI set) when the test servers are not there.
// Returns false when the test must stop.
inline bool serversAvailable(DialectKind kind, std::string& adminUrl) {
    if (kind == DialectKind::Sqlite) return true;
    const char* var = kind == DialectKind::Postgres ? "RELATA_TEST_PG_URL" : "RELATA_TEST_MY_URL";
    const char* url = std::getenv(var);
    if (url && *url) {
        adminUrl = url;
        if (const char* pw = std::getenv("RELATA_TEST_DB_PASSWORD")) qputenv("RELATA_PASSWORD", pw);
        return true;
    }
    return false;
}

#define SYNC_REQUIRE_SERVER(kind, adminUrl)                                                                        \
    do {                                                                                                          \
        if (!synctest::serversAvailable(kind, adminUrl)) {                                                        \
            if (std::getenv("CI"))                                                                                \
                QFAIL("the test database servers are missing (RELATA_TEST_PG_URL / RELATA_TEST_MY_URL unset): "   \
                      "run the tests through scripts/test.sh");                                                   \
            QSKIP("*** NO TEST DATABASE SERVER: RELATA_TEST_PG_URL / RELATA_TEST_MY_URL unset. Start them with "  \
                  "scripts/db-servers.sh start DIR and source DIR/env.sh (scripts/test.sh does it). ***");        \
        }                                                                                                         \
    } while (0)

// One fresh database, dropped again at the end.
class Fixture {
public:
    Fixture(DialectKind kind, const std::string& adminUrl) : kind_(kind), admin_(adminUrl) {}
    ~Fixture() { drop(); }

    bool create(std::string& error) {
        name_ = "relata_t_" + QUuid::createUuid().toString(QUuid::Id128).left(16).toStdString();
        if (kind_ == DialectKind::Sqlite) {
            if (!dir_.isValid()) {
                error = "no temporary directory";
                return false;
            }
            url_.kind = DialectKind::Sqlite;
            url_.path = QDir(dir_.path()).filePath(QString::fromStdString(name_ + ".sqlite")).toStdString();
            return open(conn, error, true);
        }
        ConnectionUrl admin;
        if (!adminConnection(admin, error)) return false;
        DatabaseConnection a;
        if (!a.open(admin, {}, error)) return false;
        const std::string create = kind_ == DialectKind::Postgres ? "CREATE DATABASE \"" + name_ + "\""
                                                                  : "CREATE DATABASE `" + name_ + "` CHARACTER SET utf8mb4";
        if (!a.exec(create, &error)) return false;
        created_ = true;
        url_ = admin;
        url_.database = name_;
        return open(conn, error, false);
    }

    bool open(DatabaseConnection& c, std::string& error, bool createFile = false) {
        DatabaseConnection::Options o;
        o.createSqliteFile = createFile;
        return c.open(url_, o, error);
    }

    void drop() {
        conn.close();
        if (!created_) return;
        created_ = false;
        ConnectionUrl admin;
        std::string error;
        if (!adminConnection(admin, error)) return;
        DatabaseConnection a;
        if (!a.open(admin, {}, error)) return;
        if (kind_ == DialectKind::Postgres) a.exec("DROP DATABASE IF EXISTS \"" + name_ + "\" WITH (FORCE)");
        else a.exec("DROP DATABASE IF EXISTS `" + name_ + "`");
    }

    const ConnectionUrl& url() const { return url_; }
    DialectKind kind() const { return kind_; }
    DatabaseConnection conn;

private:
    bool adminConnection(ConnectionUrl& admin, std::string& error) {
        std::string text = admin_;
        if (kind_ == DialectKind::MySql && !text.empty() && text.back() == '/') text += "mysql";
        return ConnectionUrl::parse(text, admin, error);
    }

    DialectKind kind_;
    std::string admin_;
    std::string name_;
    bool created_ = false;
    QTemporaryDir dir_;
    ConnectionUrl url_;
};

inline Document design(const std::string& json) {
    Document doc;
    Diagnostics problems;
    if (!DocumentReader::read(json, doc, problems)) {
        qWarning("design does not load: %s", problems.empty() ? "?" : problems.front().message.c_str());
    }
    return doc;
}

struct Outcome {
    SyncPlan plan;
    ApplyResult result;
    bool permitted = false;
    std::string why;
};

// Plans `doc` against the fixture's database and applies it when permitted.
inline Outcome sync(Fixture& f, const Document& doc, SyncMode mode, bool allowDataLoss = false, bool yes = false,
                    const PlanExecutor::Progress& progress = {}) {
    Outcome o;
    const ResolvedSchema schema = Resolver::resolve(doc);
    if (schema.error) qWarning("design error: %s", schema.error->message.c_str());
    SyncSession session(doc, schema, f.conn);
    std::string error;
    if (!session.readLive(error)) qWarning("introspection failed: %s", error.c_str());
    o.plan = session.plan(mode);
    o.permitted = SyncSession::permitted(o.plan, allowDataLoss, yes, o.why);
    if (o.permitted) o.result = session.apply(o.plan, progress);
    return o;
}

inline SyncPlan diff(Fixture& f, const Document& doc) {
    const ResolvedSchema schema = Resolver::resolve(doc);
    SyncSession session(doc, schema, f.conn);
    std::string error;
    if (!session.readLive(error)) qWarning("introspection failed: %s", error.c_str());
    return session.plan(SyncMode::Alter);
}

inline LiveSchema live(Fixture& f) {
    LiveSchema s;
    std::string error;
    if (!Introspector::create(f.kind())->read(f.conn, s, error)) qWarning("introspection failed: %s", error.c_str());
    return s;
}

inline long long count(Fixture& f, const std::string& sql) {
    std::string error;
    const auto n = f.conn.scalar(sql, &error);
    if (!n) qWarning("count failed: %s: %s", sql.c_str(), error.c_str());
    return n.value_or(-1);
}

inline bool exec(Fixture& f, const std::string& sql) {
    std::string error;
    if (f.conn.exec(sql, &error)) return true;
    qWarning("statement failed: %s: %s", sql.c_str(), error.c_str());
    return false;
}

inline std::string q(Fixture& f, const std::string& name) { return Dialect::create(f.kind())->quoteIdentifier(name); }

#define SYNC_FIXTURE(kind)                                                                                         \
    std::string adminUrl_;                                                                                        \
    SYNC_REQUIRE_SERVER(kind, adminUrl_);                                                                         \
    synctest::Fixture f(kind, adminUrl_);                                                                         \
    {                                                                                                             \
        std::string error_;                                                                                       \
        QVERIFY2(f.create(error_), error_.c_str());                                                               \
    }

#define VERIFY_IN_SYNC(f, doc)                                                                                     \
    do {                                                                                                          \
        const relata::SyncPlan again_ = synctest::diff(f, doc);                                                   \
        QVERIFY2(again_.empty(), again_.text().c_str());                                                          \
    } while (0)

// The scenarios as one Qt Test class; the slots are defined in sync_scenarios.h. Each
// tst_sync_<dialect>.cpp derives a class of its own name (Qt Test reports by class name) that
// passes its dialect, and includes "moc_sync_test_support.cpp". The class is declared here
// because moc cannot read the multi-line raw strings of sync_scenarios.h.
class Suite : public QObject {
    Q_OBJECT
public:
    explicit Suite(DialectKind kind) : kind_(kind) {}

private slots:
    void conformanceRoundTrip();
    void addNullableColumn();
    void makeNotNull();
    void changeType();
    void dropColumn();
    void renameWithRenamedFrom();
    void associations();
    void typesAndDefaults();
    void enumLabels();
    void faultHalfWay();
    void connectionKilled(); // skipped for SQLite
    void hostileNames();
    void forceNeedsYes();

private:
    const DialectKind kind_;
};

} // namespace synctest
