#pragma once
// A fresh database for one test: a temporary SQLite file, or a uniquely named database on the test
// servers of scripts/db-servers.sh (RELATA_TEST_PG_URL / RELATA_TEST_MY_URL, password
// RELATA_TEST_DB_PASSWORD), dropped again at the end. Used by the sync unit tests and the GUI's
// sync dialog tests.
#include "sql/Dialect.h"
#include "sync/DatabaseConnection.h"
#include "sync/Introspector.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdlib>
#include <optional>
#include <string>

namespace synctest {

using namespace relata;

// The test servers' password, given to every connection the fixture opens.
inline std::optional<std::string> serverPassword() {
    if (const char* pw = std::getenv("RELATA_TEST_DB_PASSWORD")) return std::string(pw);
    return std::nullopt;
}

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

#define SYNC_REQUIRE_SERVER(kind, adminUrl)                                                                  \
    do {                                                                                                     \
        if (!synctest::serversAvailable(kind, adminUrl)) {                                                   \
            if (std::getenv("CI"))                                                                           \
                QFAIL("the test database servers are missing (RELATA_TEST_PG_URL / RELATA_TEST_MY_URL "      \
                      "unset): "                                                                             \
                      "run the tests through scripts/test.sh");                                              \
            QSKIP("*** NO TEST DATABASE SERVER: RELATA_TEST_PG_URL / RELATA_TEST_MY_URL unset. Start them "  \
                  "with "                                                                                    \
                  "scripts/db-servers.sh start DIR and source DIR/env.sh (scripts/test.sh does it). ***");   \
        }                                                                                                    \
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
        if (!a.open(admin, adminOptions(), error)) return false;
        const std::string create = kind_ == DialectKind::Postgres
                                       ? "CREATE DATABASE \"" + name_ + "\""
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
        o.password = serverPassword();
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
        if (!a.open(admin, adminOptions(), error)) return;
        if (kind_ == DialectKind::Postgres)
            a.exec("DROP DATABASE IF EXISTS \"" + name_ + "\" WITH (FORCE)");
        else
            a.exec("DROP DATABASE IF EXISTS `" + name_ + "`");
    }

    const ConnectionUrl& url() const { return url_; }
    DialectKind kind() const { return kind_; }
    DatabaseConnection conn;

    // The name of the database made for the test.
    const std::string& name() const { return name_; }

private:
    static DatabaseConnection::Options adminOptions() {
        DatabaseConnection::Options o;
        o.password = serverPassword();
        return o;
    }

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

// The database's schema as it is now.
inline LiveSchema live(Fixture& f) {
    LiveSchema s;
    std::string error;
    if (!Introspector::create(f.kind())->read(f.conn, s, error))
        qWarning("introspection failed: %s", error.c_str());
    return s;
}

// A name quoted for the fixture's database.
inline std::string q(Fixture& f, const std::string& name) {
    return Dialect::create(f.kind())->quoteIdentifier(name);
}

// Declares `f`, the fixture with its fresh database, or skips / fails the test without servers.
#define SYNC_FIXTURE(kind)                                                                                   \
    std::string adminUrl_;                                                                                   \
    SYNC_REQUIRE_SERVER(kind, adminUrl_);                                                                    \
    synctest::Fixture f(kind, adminUrl_);                                                                    \
    {                                                                                                        \
        std::string error_;                                                                                  \
        QVERIFY2(f.create(error_), error_.c_str());                                                          \
    }

} // namespace synctest
