#include "dialogs/ConnectionForm.h"

#include "docks/EditSupport.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "sync/DatabaseConnection.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace relata::ui {

namespace {
// Profile combo entries: the design's own, the default SQLite file, then saved profiles (>= 0).
enum ProfileSource { FromDesign = -1, DefaultSqlite = -2 };
} // namespace

ConnectionForm::ConnectionForm(DesignModel* model, bool createSqliteFile, QWidget* parent)
    : QWidget(parent), model_(model), createSqliteFile_(createSqliteFile) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    profileLabel_ = new QLabel(this);
    profiles_ = new QComboBox(this);
    profiles_->setObjectName(QStringLiteral("connectionProfiles"));
    form->addRow(profileLabel_, profiles_);
    dialectLabel_ = new QLabel(this);
    dialect_ = new QComboBox(this);
    dialect_->setObjectName(QStringLiteral("connectionDialect"));
    for (DialectKind kind : {DialectKind::Sqlite, DialectKind::Postgres, DialectKind::MySql})
        dialect_->addItem(dialectDisplayName(int(kind)), int(kind));
    form->addRow(dialectLabel_, dialect_);

    addressStack_ = new QStackedWidget(this);
    auto* sqlitePage = new QWidget(addressStack_);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    fileLabel_ = new QLabel(sqlitePage);
    file_ = new QLineEdit(sqlitePage);
    file_->setObjectName(QStringLiteral("connectionFile"));
    browse_ = new QPushButton(sqlitePage);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse_);
    sqliteForm->addRow(fileLabel_, fileRow);
    auto* serverPage = new QWidget(addressStack_);
    auto* serverForm = new QFormLayout(serverPage);
    serverForm->setContentsMargins(0, 0, 0, 0);
    hostLabel_ = new QLabel(serverPage);
    host_ = new QLineEdit(serverPage);
    host_->setObjectName(QStringLiteral("connectionHost"));
    portLabel_ = new QLabel(serverPage);
    port_ = new QSpinBox(serverPage);
    port_->setObjectName(QStringLiteral("connectionPort"));
    port_->setRange(0, 65535);
    databaseLabel_ = new QLabel(serverPage);
    database_ = new QLineEdit(serverPage);
    database_->setObjectName(QStringLiteral("connectionDatabase"));
    userLabel_ = new QLabel(serverPage);
    user_ = new QLineEdit(serverPage);
    user_->setObjectName(QStringLiteral("connectionUser"));
    passwordLabel_ = new QLabel(serverPage);
    password_ = new QLineEdit(serverPage);
    password_->setObjectName(QStringLiteral("connectionPassword"));
    password_->setEchoMode(QLineEdit::Password);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(host_, 1);
    hostRow->addWidget(portLabel_);
    hostRow->addWidget(port_);
    serverForm->addRow(hostLabel_, hostRow);
    serverForm->addRow(databaseLabel_, database_);
    serverForm->addRow(userLabel_, user_);
    serverForm->addRow(passwordLabel_, password_);
    addressStack_->addWidget(sqlitePage);
    addressStack_->addWidget(serverPage);
    form->addRow(addressStack_);

    auto* buttons = new QHBoxLayout;
    testButton_ = new QPushButton(this);
    testButton_->setObjectName(QStringLiteral("connectionTest"));
    saveInDesign_ = new QPushButton(this);
    saveInDesign_->setObjectName(QStringLiteral("connectionKeepInDesign"));
    saveProfile_ = new QPushButton(this);
    saveProfile_->setObjectName(QStringLiteral("connectionSaveProfile"));
    buttons->addWidget(testButton_);
    buttons->addStretch(1);
    buttons->addWidget(saveInDesign_);
    buttons->addWidget(saveProfile_);
    form->addRow(buttons);

    connect(profiles_, &QComboBox::activated, this, &ConnectionForm::profileChosen);
    connect(dialect_, &QComboBox::currentIndexChanged, this, &ConnectionForm::dialectChanged);
    for (QLineEdit* e : {file_, host_, database_, user_}) connect(e, &QLineEdit::textEdited, this, &ConnectionForm::changed);
    connect(port_, &QSpinBox::valueChanged, this, &ConnectionForm::changed);
    connect(browse_, &QPushButton::clicked, this, &ConnectionForm::browseFile);
    connect(testButton_, &QPushButton::clicked, this, [this] {
        QString message;
        const bool ok = testConnection(&message);
        emit status(message, !ok);
    });
    connect(saveInDesign_, &QPushButton::clicked, this, &ConnectionForm::saveProfileInDesign);
    connect(saveProfile_, &QPushButton::clicked, this, &ConnectionForm::saveAsProfile);

    retranslate();
    reloadProfiles();
    profileChosen(0);
}

void ConnectionForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ConnectionForm::retranslate() {
    profileLabel_->setText(tr("&Profile:"));
    profileLabel_->setBuddy(profiles_);
    dialectLabel_->setText(tr("&Type:"));
    dialectLabel_->setBuddy(dialect_);
    fileLabel_->setText(tr("&File:"));
    fileLabel_->setBuddy(file_);
    file_->setToolTip(createSqliteFile_ ? tr("The SQLite database file; a relative path is relative to the design's folder. "
                                             "It is created when missing.")
                                        : tr("The SQLite database file; a relative path is relative to the design's folder."));
    browse_->setText(tr("Browse…"));
    hostLabel_->setText(tr("&Host:"));
    hostLabel_->setBuddy(host_);
    portLabel_->setText(tr("Port:"));
    databaseLabel_->setText(tr("&Database:"));
    databaseLabel_->setBuddy(database_);
    userLabel_->setText(tr("&User:"));
    userLabel_->setBuddy(user_);
    passwordLabel_->setText(tr("Pass&word:"));
    passwordLabel_->setBuddy(password_);
    password_->setPlaceholderText(tr("asked when needed, never stored"));
    testButton_->setText(tr("&Test Connection"));
    saveInDesign_->setText(tr("Keep in Design"));
    saveInDesign_->setToolTip(tr("Store this connection (without password) in the design's \"connection\" section."));
    saveProfile_->setText(tr("Save as Profile…"));
    saveProfile_->setToolTip(tr("Keep this connection (without password) in your settings for other designs."));
    dialectChanged();
    if (profiles_->count() > 0) reloadProfiles();
}

void ConnectionForm::reloadProfiles() {
    const int current = profiles_->currentIndex();
    profiles_->clear();
    const auto fromDesign = ConnectionProfile::fromDocument(model_->document());
    if (fromDesign) profiles_->addItem(tr("The design's connection (%1)").arg(fromDesign->display()), int(FromDesign));
    profiles_->addItem(tr("SQLite file beside the design (%1)").arg(ConnectionProfile::defaultFor(model_->filePath()).database),
                       int(DefaultSqlite));
    const QList<ConnectionProfile> saved = ConnectionProfile::savedProfiles();
    for (int i = 0; i < saved.size(); ++i)
        profiles_->addItem(saved[i].name + QStringLiteral(" (") + saved[i].display() + QLatin1Char(')'), i);
    profiles_->setCurrentIndex(current >= 0 && current < profiles_->count() ? current : 0);
}

void ConnectionForm::profileChosen(int index) {
    const int source = profiles_->itemData(index).toInt();
    if (source == FromDesign) {
        if (const auto p = ConnectionProfile::fromDocument(model_->document())) setProfile(*p);
    } else if (source == DefaultSqlite) {
        setProfile(ConnectionProfile::defaultFor(model_->filePath()));
    } else {
        const QList<ConnectionProfile> saved = ConnectionProfile::savedProfiles();
        if (source >= 0 && source < saved.size()) setProfile(saved[source]);
    }
}

ConnectionProfile ConnectionForm::profile() const {
    ConnectionProfile p;
    p.dialect = DialectKind(dialect_->currentData().toInt());
    if (p.dialect == DialectKind::Sqlite) {
        p.database = file_->text().trimmed();
    } else {
        p.host = host_->text().trimmed();
        p.port = port_->value();
        p.database = database_->text().trimmed();
        p.user = user_->text().trimmed();
    }
    return p;
}

void ConnectionForm::setProfile(const ConnectionProfile& p) {
    dialect_->setCurrentIndex(dialect_->findData(int(p.dialect)));
    if (p.dialect == DialectKind::Sqlite) {
        file_->setText(p.database);
    } else {
        host_->setText(p.host);
        port_->setValue(p.port);
        database_->setText(p.database);
        user_->setText(p.user);
    }
    dialectChanged();
}

void ConnectionForm::setPassword(const QString& password) {
    password_->setText(password);
}

void ConnectionForm::dialectChanged() {
    const auto kind = DialectKind(dialect_->currentData().toInt());
    addressStack_->setCurrentIndex(kind == DialectKind::Sqlite ? 0 : 1);
    // The stack is as tall as its current page only (the file row, or the server fields).
    for (int i = 0; i < addressStack_->count(); ++i) {
        QWidget* page = addressStack_->widget(i);
        const bool current = i == addressStack_->currentIndex();
        page->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    addressStack_->adjustSize();
    if (kind != DialectKind::Sqlite && host_->text().isEmpty()) host_->setText(QStringLiteral("127.0.0.1"));
    port_->setSpecialValueText(kind == DialectKind::Postgres ? tr("default (5432)")
                               : kind == DialectKind::MySql  ? tr("default (3306)")
                                                             : tr("default"));
    emit changed();
}

void ConnectionForm::browseFile() {
    const ConnectionUrl url = profile().url(model_->filePath());
    const QString filter = tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
    const QString file =
        createSqliteFile_
            ? QFileDialog::getSaveFileName(this, tr("SQLite Database File"), QString::fromStdString(url.path), filter,
                                           nullptr, QFileDialog::DontConfirmOverwrite)
            : QFileDialog::getOpenFileName(this, tr("SQLite Database File"), QString::fromStdString(url.path), filter);
    if (file.isEmpty()) return;
    // Relative to the design when it lies beside it.
    const QString designDir = model_->filePath().isEmpty() ? QString() : QFileInfo(model_->filePath()).absolutePath();
    file_->setText(!designDir.isEmpty() && QFileInfo(file).absolutePath() == designDir ? QFileInfo(file).fileName() : file);
    emit changed();
}

void ConnectionForm::saveProfileInDesign() {
    const ConnectionProfile p = profile();
    const OrderedJson json = p.toJson();
    if (pushEdit(model_, tr("Keep connection %1 in the design").arg(p.display()),
                 [&json](Document& doc) { doc.extra["connection"] = json; }))
        emit status(tr("The connection is kept in the design (save the design to store it). Passwords never are."), false);
    reloadProfiles();
}

void ConnectionForm::saveAsProfile() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Connection Profile"), tr("Profile name:"), QLineEdit::Normal,
                                               profile().display(), &ok);
    if (!ok || name.trimmed().isEmpty()) return;
    QList<ConnectionProfile> saved = ConnectionProfile::savedProfiles();
    ConnectionProfile p = profile();
    p.name = name.trimmed();
    bool replaced = false;
    for (ConnectionProfile& existing : saved) {
        if (existing.name == p.name) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced) saved.append(p);
    ConnectionProfile::saveProfiles(saved);
    reloadProfiles();
    emit status(tr("Profile \"%1\" saved (without password).").arg(p.name), false);
}

QString ConnectionForm::passwordPrompt(const QString& prompt) {
    bool ok = false;
    const QString given = QInputDialog::getText(this, tr("Password"), prompt, QLineEdit::Password, QString(), &ok);
    return ok ? given : QString();
}

bool ConnectionForm::open(DatabaseConnection& connection, QString* error) {
    const ConnectionProfile p = profile();
    const QString missing = p.missing();
    if (!missing.isEmpty()) {
        *error = tr("Give %1 first.").arg(missing);
        return false;
    }
    DatabaseConnection::Options options;
    options.createSqliteFile = createSqliteFile_;
    // A typed password is the one to use (before RELATA_PASSWORD); without one, asked when needed.
    if (!password_->text().isEmpty()) options.password = password_->text().toStdString();
    options.prompt = [this](const std::string& prompt) -> std::optional<std::string> {
        const QString given = passwordPrompt(QString::fromStdString(prompt));
        if (given.isEmpty()) return std::nullopt;
        return given.toStdString();
    };
    std::string message;
    const ConnectionUrl url = p.url(model_->filePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = connection.open(url, options, message);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        *error = tr("Cannot connect to %1: %2").arg(QString::fromStdString(url.display()), QString::fromStdString(message));
        return false;
    }
    return true;
}

bool ConnectionForm::testConnection(QString* message) {
    DatabaseConnection connection;
    if (!open(connection, message)) return false;
    const QString version = QString::fromStdString(connection.serverVersion());
    *message = tr("Connected to %1%2.")
                   .arg(QString::fromStdString(connection.url().display()),
                        version.isEmpty() ? QString() : QStringLiteral(" (") + version + QLatin1Char(')'));
    return true;
}

} // namespace relata::ui
