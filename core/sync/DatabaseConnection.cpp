#include "sync/DatabaseConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

#include <atomic>
#include <cstdlib>

namespace relata {

namespace {

std::atomic<int> g_connectionCounter{0};

bool contains(const std::string& haystack, const char* needle) {
    return haystack.find(needle) != std::string::npos;
}

std::string firstLine(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
    const size_t nl = s.find('\n');
    if (nl != std::string::npos) s.resize(nl);
    return s;
}

} // namespace

std::optional<std::string> textOf(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return value.toString().toStdString();
}

const char* DatabaseConnection::driverName(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres: return "QPSQL";
    case DialectKind::MySql: return "QMYSQL";
    case DialectKind::Sqlite: return "QSQLITE";
    }
    return "";
}

const char* DatabaseConnection::driverPackage(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres: return "libqt6sql6-psql";
    case DialectKind::MySql: return "libqt6sql6-mysql";
    case DialectKind::Sqlite: return "libqt6sql6-sqlite";
    }
    return "";
}

DatabaseConnection::DatabaseConnection()
    : name_(QStringLiteral("relata-sync-%1").arg(g_connectionCounter.fetch_add(1))) {}

DatabaseConnection::~DatabaseConnection() { close(); }

bool DatabaseConnection::isOpen() const { return db_.isValid() && db_.isOpen(); }

void DatabaseConnection::close() {
    if (!db_.isValid()) return;
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

bool DatabaseConnection::open(const ConnectionUrl& url, const Options& options, std::string& error) {
    close();
    url_ = url;
    const char* driver = driverName(url.kind);
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(driver))) {
        error = std::string("the ") + driver + " driver plugin is missing: install " + driverPackage(url.kind) +
                " (apt-get install " + driverPackage(url.kind) + ")";
        return false;
    }
    return url.kind == DialectKind::Sqlite ? openSqlite(options, error) : openServer(options, error);
}

bool DatabaseConnection::openSqlite(const Options& options, std::string& error) {
    const QString path = QString::fromStdString(url_.path);
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        error = "sqlite:" + url_.path + " is a directory: give the path of a database file";
        return false;
    }
    if (!info.exists()) {
        if (!options.createSqliteFile) {
            error = "database missing: there is no file " + url_.path +
                    " (check the path; 'relata-cli sync' creates the file)";
            return false;
        }
        if (!info.absoluteDir().exists()) {
            error = "cannot create " + url_.path + ": the folder " + info.absolutePath().toStdString() +
                    " does not exist";
            return false;
        }
    }
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db_.setDatabaseName(path);
    db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db_.open()) {
        error = "cannot open " + url_.path + ": " + firstLine(db_.lastError().text().toStdString());
        close();
        return false;
    }
    // A file that is not a database only shows itself on the first read.
    std::string problem;
    if (!exec("PRAGMA foreign_keys = ON", &problem) || !scalar("SELECT count(*) FROM sqlite_master", &problem)) {
        error = "cannot use " + url_.path + " as an SQLite database: " + problem;
        close();
        return false;
    }
    return true;
}

bool DatabaseConnection::openServer(const Options& options, std::string& error) {
    const char* env = std::getenv("RELATA_PASSWORD");
    std::optional<std::string> password = options.password;
    PasswordFrom from = password ? PasswordFrom::Person : PasswordFrom::None;
    if (!password && env) {
        password = std::string(env);
        from = PasswordFrom::Environment;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        db_ = QSqlDatabase::addDatabase(QString::fromLatin1(driverName(url_.kind)), name_);
        db_.setHostName(QString::fromStdString(url_.host));
        db_.setPort(url_.effectivePort());
        db_.setDatabaseName(QString::fromStdString(url_.database));
        db_.setUserName(QString::fromStdString(url_.user));
        if (password) db_.setPassword(QString::fromStdString(*password));
        const int timeout = options.connectTimeoutSeconds > 0 ? options.connectTimeoutSeconds : 10;
        if (url_.kind == DialectKind::Postgres)
            db_.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(timeout));
        else
            db_.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(timeout));
        const bool ok = db_.open();
        db_.setPassword(QString()); // not kept once used
        if (ok) {
            // PostgreSQL's NOTICEs (DROP ... CASCADE) are not errors: keep them off standard error.
            if (url_.kind == DialectKind::Postgres) exec("SET client_min_messages = warning");
            return true;
        }
        error = explainFailure(from);
        const bool wantsPassword = contains(error, "needs a password") || contains(error, "authentication failed");
        close();
        if (attempt == 0 && wantsPassword && from == PasswordFrom::None && options.prompt) {
            password = options.prompt("Password for " + url_.user + "@" + url_.host + ":" +
                                      std::to_string(url_.effectivePort()) + ": ");
            if (!password) return false;
            from = PasswordFrom::Person;
            continue;
        }
        return false;
    }
    return false;
}

std::string DatabaseConnection::explainFailure(PasswordFrom from) const {
    const QSqlError e = db_.lastError();
    const std::string text = firstLine(e.databaseText().isEmpty() ? e.text().toStdString()
                                                                  : e.databaseText().toStdString());
    const std::string code = e.nativeErrorCode().toStdString();
    const std::string where = url_.host + ":" + std::to_string(url_.effectivePort());
    const std::string who = url_.user;
    // What to check after a refused login, by where the password came from.
    const std::string check = from == PasswordFrom::Environment ? ": check RELATA_PASSWORD and the user name"
                              : from == PasswordFrom::Person    ? ": check the password and the user name"
                                                                : "";
    if (url_.kind == DialectKind::Postgres) {
        if (contains(text, "no password supplied"))
            return "authentication failed: the server needs a password for " + who +
                   ": set RELATA_PASSWORD (" + text + ")";
        if (contains(text, "authentication failed"))
            return "authentication failed for user " + who + " at " + where +
                   (check.empty() ? ": set RELATA_PASSWORD" : check) + " (" + text + ")";
        if (contains(text, "does not exist") && contains(text, "database"))
            return "database missing: " + url_.database + " does not exist on " + where +
                   " (create it first, e.g. createdb " + url_.database + ")";
        if (contains(text, "role") && contains(text, "does not exist"))
            return "authentication failed: there is no user " + who + " on " + where + " (" + text + ")";
        if (contains(text, "Connection refused") || contains(text, "could not connect") ||
            contains(text, "timeout expired") || contains(text, "could not translate host name") ||
            contains(text, "No route to host") || contains(text, "Network is unreachable"))
            return "host unreachable: no PostgreSQL server answers at " + where +
                   " (is it running, and are host and port right?) (" + text + ")";
        return "cannot connect to PostgreSQL at " + where + ": " + text;
    }
    if (code == "1045") {
        const std::string advice =
            check.empty() ? ": the server needs a password: set RELATA_PASSWORD" : check;
        return "authentication failed for user " + who + " at " + where + advice + " (" + text + ")";
    }
    if (code == "1049")
        return "database missing: " + url_.database + " does not exist on " + where +
               " (create it first: CREATE DATABASE `" + url_.database + "`)";
    if (code == "2002" || code == "2003" || code == "2005" || code == "2013" || contains(text, "Can't connect"))
        return "host unreachable: no MySQL/MariaDB server answers at " + where +
               " (is it running, and are host and port right?) (" + text + ")";
    return "cannot connect to MySQL/MariaDB at " + where + ": " + text;
}

bool DatabaseConnection::exec(const std::string& sql, std::string* error) {
    QSqlQuery q(db_);
    if (q.exec(QString::fromStdString(sql))) return true;
    if (error) {
        const QSqlError e = q.lastError();
        std::string text = e.databaseText().toStdString();
        if (text.empty()) text = e.text().toStdString();
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        if (text.empty()) text = "the statement failed (no message from the database)";
        *error = text;
    }
    return false;
}

bool DatabaseConnection::query(const std::string& sql, const std::function<void(const QSqlQuery&)>& row,
                               std::string* error) {
    QSqlQuery q(db_);
    // QPSQL reads a forward-only result one row per round of libpq (single-row mode), which
    // cost more than the catalog queries themselves: there the whole result comes at once.
    q.setForwardOnly(url_.kind != DialectKind::Postgres);
    if (!q.exec(QString::fromStdString(sql))) {
        if (error) {
            const QSqlError e = q.lastError();
            *error = e.databaseText().isEmpty() ? e.text().toStdString() : e.databaseText().toStdString();
            while (!error->empty() && (error->back() == '\n' || error->back() == ' ')) error->pop_back();
        }
        return false;
    }
    while (q.next()) row(q);
    return true;
}

std::optional<long long> DatabaseConnection::scalar(const std::string& sql, std::string* error) {
    std::optional<long long> out;
    bool any = false;
    if (!query(sql, [&](const QSqlQuery& q) {
            if (any) return;
            any = true;
            bool ok = false;
            const long long v = q.value(0).toLongLong(&ok);
            out = ok ? v : 0;
        }, error))
        return std::nullopt;
    if (!any) return 0;
    return out;
}

long long DatabaseConnection::sessionId() {
    switch (url_.kind) {
    case DialectKind::Postgres: return scalar("SELECT pg_backend_pid()").value_or(0);
    case DialectKind::MySql: return scalar("SELECT CONNECTION_ID()").value_or(0);
    case DialectKind::Sqlite: return 0;
    }
    return 0;
}

std::string DatabaseConnection::serverVersion() {
    std::string out;
    const char* sql = url_.kind == DialectKind::Sqlite ? "SELECT sqlite_version()" : "SELECT version()";
    query(sql, [&](const QSqlQuery& q) { out = q.value(0).toString().toStdString(); });
    return out;
}

} // namespace relata
