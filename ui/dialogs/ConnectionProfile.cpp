#include "dialogs/ConnectionProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace relata::ui {

QString ConnectionProfile::dialectKey(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres: return QStringLiteral("postgres");
    case DialectKind::MySql: return QStringLiteral("mysql");
    case DialectKind::Sqlite: return QStringLiteral("sqlite");
    }
    return {};
}

ConnectionUrl ConnectionProfile::url(const QString& designPath) const {
    ConnectionUrl out;
    out.kind = dialect;
    if (dialect == DialectKind::Sqlite) {
        QString file = database;
        if (QFileInfo(file).isRelative()) {
            const QString base = designPath.isEmpty() || designPath.startsWith(QLatin1Char(':'))
                                     ? QDir::homePath()
                                     : QFileInfo(designPath).absolutePath();
            file = QDir(base).absoluteFilePath(file);
        }
        out.path = QDir::cleanPath(file).toStdString();
        return out;
    }
    out.host = host.toStdString();
    out.port = port;
    out.database = database.toStdString();
    out.user = user.toStdString();
    return out;
}

QString ConnectionProfile::missing() const {
    if (dialect == DialectKind::Sqlite)
        return database.trimmed().isEmpty() ? QCoreApplication::translate("relata::ui::SyncDialog", "the database file")
                                            : QString();
    if (host.trimmed().isEmpty()) return QCoreApplication::translate("relata::ui::SyncDialog", "the host");
    if (database.trimmed().isEmpty()) return QCoreApplication::translate("relata::ui::SyncDialog", "the database name");
    return {};
}

QString ConnectionProfile::display() const {
    if (dialect == DialectKind::Sqlite) return QStringLiteral("sqlite:") + database;
    QString out = dialectKey(dialect) + QStringLiteral("://");
    if (!user.isEmpty()) out += user + QLatin1Char('@');
    out += host;
    if (port > 0) out += QLatin1Char(':') + QString::number(port);
    return out + QLatin1Char('/') + database;
}

OrderedJson ConnectionProfile::toJson() const {
    OrderedJson o = OrderedJson::object();
    o["dialect"] = dialectKey(dialect).toStdString();
    if (dialect != DialectKind::Sqlite) {
        o["host"] = host.toStdString();
        if (port > 0) o["port"] = port;
    }
    o["database"] = database.toStdString();
    if (dialect != DialectKind::Sqlite && !user.isEmpty()) o["user"] = user.toStdString();
    return o;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const OrderedJson& json) {
    if (!json.is_object()) return std::nullopt;
    ConnectionProfile p;
    const std::string dialect = json.value("dialect", std::string("sqlite"));
    if (!Dialect::parse(dialect, p.dialect)) return std::nullopt;
    auto text = [&](const char* key) {
        const auto it = json.find(key);
        return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    p.host = text("host");
    p.database = text("database");
    p.user = text("user");
    const auto port = json.find("port");
    if (port != json.end() && port->is_number_integer()) p.port = port->get<int>();
    return p;
}

std::optional<ConnectionProfile> ConnectionProfile::fromDocument(const Document& doc) {
    const auto it = doc.extra.find("connection");
    if (it == doc.extra.end()) return std::nullopt;
    return fromJson(*it);
}

ConnectionProfile ConnectionProfile::defaultFor(const QString& designPath) {
    ConnectionProfile p;
    p.dialect = DialectKind::Sqlite;
    if (designPath.isEmpty() || designPath.startsWith(QLatin1Char(':'))) {
        p.database = QStringLiteral("relata.sqlite");
    } else {
        QString base = QFileInfo(designPath).fileName();
        if (base.endsWith(QLatin1String(".relata.json"))) base.chop(int(qstrlen(".relata.json")));
        else if (base.endsWith(QLatin1String(".json"))) base.chop(5);
        p.database = base + QStringLiteral(".sqlite");
    }
    return p;
}

QList<ConnectionProfile> ConnectionProfile::savedProfiles() {
    QSettings settings;
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        if (!Dialect::parse(settings.value(QStringLiteral("dialect")).toString().toStdString(), p.dialect)) continue;
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port")).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        out.append(p);
    }
    settings.endArray();
    return out;
}

void ConnectionProfile::saveProfiles(const QList<ConnectionProfile>& profiles) {
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("connections"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const ConnectionProfile& p = profiles[i];
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("dialect"), dialectKey(p.dialect));
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
    }
    settings.endArray();
}

} // namespace relata::ui
