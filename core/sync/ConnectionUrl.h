#pragma once
// Where a sync goes: `sqlite:PATH`, `postgres://user@host:port/db`, `mysql://user@host:port/db`
// (also postgresql:// and mariadb://). The password never travels in the URL: it comes from
// RELATA_PASSWORD or a prompt (see DatabaseConnection).
#include "sql/Dialect.h"

#include <string>

namespace relata {

struct ConnectionUrl {
    DialectKind kind = DialectKind::Sqlite;
    std::string user;
    std::string host;
    int port = 0;          // 0: the driver's default (5432 / 3306)
    std::string database;  // server databases
    std::string path;      // sqlite file

    // Parses and validates `text`. On failure returns false and `error` says what is wrong and
    // how to write it instead.
    static bool parse(const std::string& text, ConnectionUrl& out, std::string& error);
    // The URL back, without any secret (there is none to leave out: passwords are refused).
    std::string display() const;
    int effectivePort() const;
};

} // namespace relata
