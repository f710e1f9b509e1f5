#pragma once
// One live database connection through QtSql: a QSqlDatabase under a connection name of its
// own, opened from a ConnectionUrl. The password comes from the caller (Options::password),
// RELATA_PASSWORD or, when the server asks for one, from the prompt the caller gives (the CLI asks
// on its terminal); it is never printed, logged or kept after the connection is open. Failures are
// explained in plain words.
#include "sync/ConnectionUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <string>

namespace relata {

class DatabaseConnection {
public:
    // Asked for the password when RELATA_PASSWORD is unset and the server wants one. Returns
    // nothing to give up. `prompt` says for what: "Password for relata@127.0.0.1:5432: ".
    using PasswordPrompt = std::function<std::optional<std::string>(const std::string& prompt)>;

    struct Options {
        bool createSqliteFile = false; // sqlite: create a missing file (sync), else refuse (diff)
        // The password the person gave (the editor's password field): used before RELATA_PASSWORD,
        // and not asked for again when the server refuses it.
        std::optional<std::string> password;
        PasswordPrompt prompt;
        int connectTimeoutSeconds = 10;
    };

    DatabaseConnection();
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    // Opens the connection; on failure `error` says why and what to do. SQLite connections run
    // PRAGMA foreign_keys = ON.
    bool open(const ConnectionUrl& url, const Options& options, std::string& error);
    bool isOpen() const;
    void close();

    DialectKind kind() const { return url_.kind; }
    const ConnectionUrl& url() const { return url_; }
    QSqlDatabase& database() { return db_; }

    // Runs one statement. On failure returns false with the database's message in `error`.
    bool exec(const std::string& sql, std::string* error = nullptr);
    // Runs a query (forward only) and calls `row` for each row.
    bool query(const std::string& sql, const std::function<void(const QSqlQuery&)>& row, std::string* error = nullptr);
    // The first column of the first row as an integer; nothing on failure or no row.
    std::optional<long long> scalar(const std::string& sql, std::string* error = nullptr);

    // The server's id for this session (pg_backend_pid(), CONNECTION_ID()); 0 for SQLite.
    long long sessionId();
    std::string serverVersion();

    // The Qt driver and the Debian package that provides its plugin.
    static const char* driverName(DialectKind kind);
    static const char* driverPackage(DialectKind kind);

private:
    bool openServer(const Options& options, std::string& error);
    bool openSqlite(const Options& options, std::string& error);
    // Where the password of a failed login came from, for the advice in the message.
    enum class PasswordFrom { None, Environment, Person };
    std::string explainFailure(PasswordFrom from) const;

    ConnectionUrl url_;
    QString name_;
    QSqlDatabase db_;
};

// A QVariant column value as UTF-8 text; nothing for SQL NULL.
std::optional<std::string> textOf(const QVariant& value);

} // namespace relata
