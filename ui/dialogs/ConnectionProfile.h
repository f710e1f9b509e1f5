#pragma once
// Where the Sync dialog connects: a database type with its address, never a password.
// A design may keep one profile in its "connection" section ({"dialect", "host", "port",
// "database", "user"}; for SQLite "database" is the file, relative to the design's folder);
// the user's own profiles live in QSettings ("connections").
#include "schema/Document.h"
#include "sql/Dialect.h"
#include "sync/ConnectionUrl.h"

#include <QList>
#include <QString>

#include <optional>

namespace relata::ui {

struct ConnectionProfile {
    QString name;  // for saved profiles; empty for the design's own
    DialectKind dialect = DialectKind::Sqlite;
    QString host;
    int port = 0;     // 0: the default port
    QString database; // SQLite: the file (absolute, or relative to the design's folder)
    QString user;

    bool operator==(const ConnectionProfile&) const = default;

    // The connection target, with a relative SQLite path resolved against `designPath`'s folder.
    ConnectionUrl url(const QString& designPath) const;
    // What is missing before one can connect ("" when complete).
    QString missing() const;
    // "sqlite:shop.sqlite", "postgres://me@db:5432/shop"
    QString display() const;

    OrderedJson toJson() const;
    static std::optional<ConnectionProfile> fromJson(const OrderedJson& json);

    // The document's "connection" section, if any.
    static std::optional<ConnectionProfile> fromDocument(const Document& doc);
    // The default target: a SQLite file beside the design (`<name>.sqlite`), or `relata.sqlite` in
    // the home folder for an untitled design.
    static ConnectionProfile defaultFor(const QString& designPath);

    static QList<ConnectionProfile> savedProfiles();
    static void saveProfiles(const QList<ConnectionProfile>& profiles);
    static QString dialectKey(DialectKind kind); // "sqlite", "postgres", "mysql"
};

} // namespace relata::ui
