#include "sync/ConnectionUrl.h"

#include <QUrl>

namespace relata {

namespace {

const char* kForms =
    "write sqlite:PATH, postgres://USER@HOST:PORT/DATABASE or mysql://USER@HOST:PORT/DATABASE";

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

} // namespace

int ConnectionUrl::effectivePort() const {
    if (port > 0) return port;
    return kind == DialectKind::Postgres ? 5432 : kind == DialectKind::MySql ? 3306 : 0;
}

std::string ConnectionUrl::display() const {
    if (kind == DialectKind::Sqlite) return "sqlite:" + path;
    std::string out = kind == DialectKind::Postgres ? "postgres://" : "mysql://";
    if (!user.empty()) out += user + "@";
    out += host.find(':') != std::string::npos ? "[" + host + "]" : host;
    if (port > 0) out += ":" + std::to_string(port);
    out += "/" + database;
    return out;
}

bool ConnectionUrl::parse(const std::string& text, ConnectionUrl& out, std::string& error) {
    ConnectionUrl result;
    if (text.empty()) {
        error = std::string("no database URL: ") + kForms;
        return false;
    }
    if (startsWith(text, "sqlite:")) {
        std::string path = text.substr(7);
        if (startsWith(path, "//")) path = path.substr(2); // sqlite:///abs/path
        if (path.empty()) {
            error = "sqlite: URL without a file: write sqlite:PATH, e.g. sqlite:./app.sqlite";
            return false;
        }
        if (path == ":memory:") {
            error = "sqlite::memory: would sync into a database that vanishes at once: give a file path";
            return false;
        }
        result.kind = DialectKind::Sqlite;
        result.path = path;
        out = std::move(result);
        return true;
    }
    const size_t sep = text.find("://");
    if (sep == std::string::npos) {
        error = "'" + text + "' is not a database URL: " + kForms;
        return false;
    }
    const std::string scheme = text.substr(0, sep);
    if (scheme == "postgres" || scheme == "postgresql") result.kind = DialectKind::Postgres;
    else if (scheme == "mysql" || scheme == "mariadb") result.kind = DialectKind::MySql;
    else {
        error = "unknown database '" + scheme + "' in the URL: " + kForms;
        return false;
    }
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (!url.isValid()) {
        error = "the URL cannot be read (" + url.errorString().toStdString() + "): " + kForms;
        return false;
    }
    if (!url.password().isEmpty()) {
        error = "the URL holds a password: leave it out of the URL (it would end up in shell history and logs) "
                "and set RELATA_PASSWORD instead, or let relata-cli prompt for it";
        return false;
    }
    if (url.hasQuery() || url.hasFragment()) {
        error = "the URL has ?options or a #fragment, which relata does not use: " + std::string(kForms);
        return false;
    }
    result.user = url.userName().toStdString();
    result.host = url.host().toStdString();
    if (result.host.empty()) {
        error = "the URL names no host: " + std::string(kForms) + " (e.g. 127.0.0.1)";
        return false;
    }
    result.port = url.port(0);
    if (result.port < 0 || result.port > 65535) {
        error = "the port in the URL is not a number from 1 to 65535";
        return false;
    }
    std::string db = url.path().toStdString();
    while (!db.empty() && db.front() == '/') db.erase(0, 1);
    if (db.empty()) {
        error = "the URL names no database: add it after the port, e.g. " +
                std::string(result.kind == DialectKind::Postgres ? "postgres://me@127.0.0.1:5432/shop"
                                                                 : "mysql://me@127.0.0.1:3306/shop");
        return false;
    }
    if (db.find('/') != std::string::npos) {
        error = "the database name '" + db + "' contains '/': give just the database after HOST:PORT/";
        return false;
    }
    result.database = db;
    if (result.user.empty()) result.user = result.kind == DialectKind::Postgres ? "postgres" : "root";
    out = std::move(result);
    return true;
}

} // namespace relata
