#pragma once
// Shared by tst_sync_sqlite / tst_sync_postgres / tst_sync_mysql: a fresh database per test
// (a temporary SQLite file; a uniquely named database on the test servers of
// scripts/db-servers.sh), designs from JSON, and the scenarios every dialect runs.
#include "sync_fixture.h"

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
