#pragma once
// What `sync` and `diff` share: the design checked before any connection, the connection with
// the password from RELATA_PASSWORD or the terminal, and the live schema read.
#include "CliContext.h"

#include "sync/DatabaseConnection.h"
#include "sync/SyncSession.h"

#include <QString>

#include <memory>
#include <string>

namespace relata::cli {

// Exit statuses of sync and diff beyond CliContext's.
enum SyncExit {
    ExitDrift = 3,   // diff: the database differs from the design
    ExitConnect = 4, // cannot connect, or the live schema cannot be read
    ExitRefused = 5, // sync: the plan needs --allow-data-loss / --yes, or has blocked steps
};

struct SyncTarget {
    Document doc;
    ResolvedSchema schema;
    ConnectionUrl url;
    DatabaseConnection connection;
    std::unique_ptr<SyncSession> session;
};

// Loads and resolves FILE and checks it for the URL's database: returns an exit status, or -1
// when `target` is ready to connect. Prints its own diagnostics. `verb` prefixes messages.
int prepareDesign(CliContext& ctx, const QString& file, const QString& url, const std::string& verb,
                  SyncTarget& target);

// Connects and reads the live schema: returns an exit status, or -1 when done.
int connectAndRead(SyncTarget& target, bool createSqliteFile, const std::string& verb);

// A password typed on the terminal without echo; nothing when standard input is no terminal.
std::optional<std::string> promptPassword(const std::string& prompt);

} // namespace relata::cli
