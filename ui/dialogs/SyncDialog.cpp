#include "dialogs/SyncDialog.h"

#include "docks/EditSupport.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "resolve/Resolver.h"
#include "sync/DatabaseConnection.h"
#include "sync/SyncSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relata::ui {

namespace {

SyncDialog::Confirm& confirmHandler() {
    static SyncDialog::Confirm handler;
    return handler;
}

QString riskText(Risk risk) {
    switch (risk) {
    case Risk::Safe: return SyncDialog::tr("safe");
    case Risk::DataLoss: return SyncDialog::tr("data loss");
    case Risk::Blocked: return SyncDialog::tr("blocked");
    }
    return {};
}

// Profile combo entries: the design's own, the default SQLite file, then saved profiles.
enum ProfileSource { FromDesign = -1, DefaultSqlite = -2 };

} // namespace

void SyncDialog::setConfirmHandler(Confirm confirm) {
    confirmHandler() = std::move(confirm);
}

SyncDialog::SyncDialog(DesignModel* model, QWidget* parent) : QDialog(parent), model_(model) {
    setObjectName(QStringLiteral("SyncDialog"));
    auto* layout = new QVBoxLayout(this);

    // Connection.
    connectionBox_ = new QGroupBox(this);
    auto* form = new QFormLayout(connectionBox_);
    profileLabel_ = new QLabel(connectionBox_);
    profiles_ = new QComboBox(connectionBox_);
    profiles_->setObjectName(QStringLiteral("syncProfiles"));
    form->addRow(profileLabel_, profiles_);
    dialectLabel_ = new QLabel(connectionBox_);
    dialect_ = new QComboBox(connectionBox_);
    dialect_->setObjectName(QStringLiteral("syncDialect"));
    for (DialectKind kind : {DialectKind::Sqlite, DialectKind::Postgres, DialectKind::MySql})
        dialect_->addItem(dialectDisplayName(int(kind)), int(kind));
    form->addRow(dialectLabel_, dialect_);

    addressStack_ = new QStackedWidget(connectionBox_);
    auto* sqlitePage = new QWidget(addressStack_);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    fileLabel_ = new QLabel(sqlitePage);
    file_ = new QLineEdit(sqlitePage);
    file_->setObjectName(QStringLiteral("syncFile"));
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
    host_->setObjectName(QStringLiteral("syncHost"));
    portLabel_ = new QLabel(serverPage);
    port_ = new QSpinBox(serverPage);
    port_->setObjectName(QStringLiteral("syncPort"));
    port_->setRange(0, 65535);
    databaseLabel_ = new QLabel(serverPage);
    database_ = new QLineEdit(serverPage);
    database_->setObjectName(QStringLiteral("syncDatabase"));
    userLabel_ = new QLabel(serverPage);
    user_ = new QLineEdit(serverPage);
    user_->setObjectName(QStringLiteral("syncUser"));
    passwordLabel_ = new QLabel(serverPage);
    password_ = new QLineEdit(serverPage);
    password_->setObjectName(QStringLiteral("syncPassword"));
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

    auto* connectionButtons = new QHBoxLayout;
    testButton_ = new QPushButton(connectionBox_);
    testButton_->setObjectName(QStringLiteral("syncTest"));
    saveInDesign_ = new QPushButton(connectionBox_);
    saveProfile_ = new QPushButton(connectionBox_);
    connectionButtons->addWidget(testButton_);
    connectionButtons->addStretch(1);
    connectionButtons->addWidget(saveInDesign_);
    connectionButtons->addWidget(saveProfile_);
    form->addRow(connectionButtons);
    layout->addWidget(connectionBox_);

    // Plan.
    planBox_ = new QGroupBox(this);
    auto* planLayout = new QVBoxLayout(planBox_);
    auto* modeRow = new QHBoxLayout;
    modeLabel_ = new QLabel(planBox_);
    mode_ = new QComboBox(planBox_);
    mode_->setObjectName(QStringLiteral("syncMode"));
    mode_->addItem(QString(), int(SyncMode::Alter));
    mode_->addItem(QString(), int(SyncMode::Create));
    mode_->addItem(QString(), int(SyncMode::Force));
    allowLoss_ = new QCheckBox(planBox_);
    allowLoss_->setObjectName(QStringLiteral("syncAllowLoss"));
    compareButton_ = new QPushButton(planBox_);
    compareButton_->setObjectName(QStringLiteral("syncCompare"));
    compareButton_->setDefault(true);
    modeRow->addWidget(modeLabel_);
    modeRow->addWidget(mode_);
    modeRow->addWidget(allowLoss_);
    modeRow->addStretch(1);
    modeRow->addWidget(compareButton_);
    planLayout->addLayout(modeRow);
    auto* splitter = new QSplitter(Qt::Vertical, planBox_);
    planView_ = new QTreeWidget(splitter);
    planView_->setObjectName(QStringLiteral("syncPlan"));
    planView_->setColumnCount(3);
    planView_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    planView_->setAlternatingRowColors(true);
    result_ = new QPlainTextEdit(splitter);
    result_->setObjectName(QStringLiteral("syncResult"));
    result_->setReadOnly(true);
    result_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(planView_);
    splitter->addWidget(result_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    planSummary_ = new QLabel(planBox_);
    planSummary_->setWordWrap(true);
    planLayout->addWidget(splitter, 1);
    planLayout->addWidget(planSummary_);
    progress_ = new QProgressBar(planBox_);
    progress_->setObjectName(QStringLiteral("syncProgress"));
    progress_->setTextVisible(true);
    progress_->hide();
    planLayout->addWidget(progress_);
    layout->addWidget(planBox_, 1);

    auto* bottom = new QHBoxLayout;
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("syncStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyButton_ = new QPushButton(this);
    applyButton_->setObjectName(QStringLiteral("syncApply"));
    applyButton_->setEnabled(false);
    closeButton_ = new QPushButton(this);
    bottom->addWidget(status_, 1);
    bottom->addWidget(applyButton_);
    bottom->addWidget(closeButton_);
    layout->addLayout(bottom);

    QObject::connect(profiles_, &QComboBox::activated, this, &SyncDialog::profileChosen);
    QObject::connect(dialect_, &QComboBox::currentIndexChanged, this, &SyncDialog::dialectChanged);
    for (QLineEdit* e : {file_, host_, database_, user_})
        QObject::connect(e, &QLineEdit::textEdited, this, &SyncDialog::invalidatePlan);
    QObject::connect(port_, &QSpinBox::valueChanged, this, &SyncDialog::invalidatePlan);
    QObject::connect(mode_, &QComboBox::currentIndexChanged, this, &SyncDialog::invalidatePlan);
    QObject::connect(browse_, &QPushButton::clicked, this, &SyncDialog::browseFile);
    QObject::connect(testButton_, &QPushButton::clicked, this, [this] { testConnection(); });
    QObject::connect(saveInDesign_, &QPushButton::clicked, this, &SyncDialog::saveProfileInDesign);
    QObject::connect(saveProfile_, &QPushButton::clicked, this, &SyncDialog::saveAsProfile);
    QObject::connect(compareButton_, &QPushButton::clicked, this, [this] { compare(); });
    QObject::connect(applyButton_, &QPushButton::clicked, this, [this] { apply(); });
    QObject::connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    fillProfiles();
    profileChosen(0);
    resize(760, 640);
}

SyncDialog::~SyncDialog() {
    session_.reset();
    connection_.reset();
}

void SyncDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void SyncDialog::retranslate() {
    setWindowTitle(tr("Sync with a Database"));
    connectionBox_->setTitle(tr("Database"));
    planBox_->setTitle(tr("Plan"));
    profileLabel_->setText(tr("&Profile:"));
    profileLabel_->setBuddy(profiles_);
    dialectLabel_->setText(tr("&Type:"));
    dialectLabel_->setBuddy(dialect_);
    fileLabel_->setText(tr("&File:"));
    fileLabel_->setBuddy(file_);
    file_->setToolTip(tr("The SQLite database file; a relative path is relative to the design's folder. "
                         "It is created when missing."));
    browse_->setText(tr("Browse…"));
    hostLabel_->setText(tr("&Host:"));
    hostLabel_->setBuddy(host_);
    portLabel_->setText(tr("Port:"));
    port_->setSpecialValueText(tr("default"));
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
    modeLabel_->setText(tr("&Mode:"));
    modeLabel_->setBuddy(mode_);
    mode_->setItemText(0, tr("alter: make the database match the design"));
    mode_->setItemText(1, tr("create: only add what is missing"));
    mode_->setItemText(2, tr("force: drop every table and recreate"));
    allowLoss_->setText(tr("Allow data loss"));
    allowLoss_->setToolTip(tr("Steps that lose stored values run only when this is checked."));
    compareButton_->setText(tr("&Compare"));
    compareButton_->setToolTip(tr("Read the database and plan the steps that make it match the design (changes nothing)."));
    planView_->setHeaderLabels({tr("Step"), tr("Risk"), tr("Why")});
    applyButton_->setText(tr("&Apply"));
    closeButton_->setText(tr("Close"));
    if (profiles_->count() > 0) fillProfiles();
}

void SyncDialog::fillProfiles() {
    const int current = profiles_->currentIndex();
    profiles_->clear();
    const auto fromDesign = ConnectionProfile::fromDocument(model_->document());
    if (fromDesign) profiles_->addItem(tr("The design's connection (%1)").arg(fromDesign->display()), int(FromDesign));
    profiles_->addItem(tr("SQLite file beside the design (%1)")
                           .arg(ConnectionProfile::defaultFor(model_->filePath()).database),
                       int(DefaultSqlite));
    const QList<ConnectionProfile> saved = ConnectionProfile::savedProfiles();
    for (int i = 0; i < saved.size(); ++i)
        profiles_->addItem(saved[i].name + QStringLiteral(" (") + saved[i].display() + QLatin1Char(')'), i);
    profiles_->setCurrentIndex(current >= 0 && current < profiles_->count() ? current : 0);
}

void SyncDialog::profileChosen(int index) {
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

ConnectionProfile SyncDialog::profile() const {
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

void SyncDialog::setProfile(const ConnectionProfile& p) {
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

void SyncDialog::setPassword(const QString& password) {
    password_->setText(password);
}

void SyncDialog::dialectChanged() {
    const auto kind = DialectKind(dialect_->currentData().toInt());
    addressStack_->setCurrentIndex(kind == DialectKind::Sqlite ? 0 : 1);
    if (kind != DialectKind::Sqlite && host_->text().isEmpty()) host_->setText(QStringLiteral("127.0.0.1"));
    port_->setSpecialValueText(kind == DialectKind::Postgres ? tr("default (5432)")
                               : kind == DialectKind::MySql  ? tr("default (3306)")
                                                             : tr("default"));
    invalidatePlan();
}

void SyncDialog::browseFile() {
    const ConnectionUrl url = profile().url(model_->filePath());
    const QString file = QFileDialog::getSaveFileName(this, tr("SQLite Database File"), QString::fromStdString(url.path),
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty()) return;
    // Relative to the design when it lies beside it.
    const QString designDir = model_->filePath().isEmpty() ? QString() : QFileInfo(model_->filePath()).absolutePath();
    file_->setText(!designDir.isEmpty() && QFileInfo(file).absolutePath() == designDir ? QFileInfo(file).fileName() : file);
    invalidatePlan();
}

void SyncDialog::saveProfileInDesign() {
    const ConnectionProfile p = profile();
    const OrderedJson json = p.toJson();
    if (pushEdit(model_, tr("Keep connection %1 in the design").arg(p.display()),
                 [&json](Document& doc) { doc.extra["connection"] = json; }))
        setStatus(tr("The connection is kept in the design (save the design to store it). Passwords never are."));
    fillProfiles();
}

void SyncDialog::saveAsProfile() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Connection Profile"), tr("Profile name:"),
                                               QLineEdit::Normal, profile().display(), &ok);
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
    fillProfiles();
    setStatus(tr("Profile \"%1\" saved (without password).").arg(p.name));
}

void SyncDialog::invalidatePlan() {
    hasPlan_ = false;
    plan_ = SyncPlan{};
    session_.reset();
    connection_.reset();
    planView_->clear();
    planSummary_->clear();
    applyButton_->setEnabled(false);
}

void SyncDialog::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #d9534f;") : QString());
}

QString SyncDialog::statusText() const {
    return status_->text();
}

QString SyncDialog::resultText() const {
    return result_->toPlainText();
}

QString SyncDialog::passwordPrompt(const QString& prompt) {
    if (!password_->text().isEmpty()) return password_->text();
    bool ok = false;
    const QString given = QInputDialog::getText(this, tr("Password"), prompt, QLineEdit::Password, QString(), &ok);
    return ok ? given : QString();
}

bool SyncDialog::designReady(QString* why) const {
    if (model_->schema().error) {
        *why = tr("The design has an error (Sequelize would throw): %1 Fix it first; the database was not touched.")
                   .arg(QString::fromStdString(model_->schema().error->message));
        return false;
    }
    if (model_->document().models.empty()) {
        *why = tr("The design has no models yet: there is nothing to sync.");
        return false;
    }
    return true;
}

bool SyncDialog::openConnection(QString* error) {
    const ConnectionProfile p = profile();
    const QString missing = p.missing();
    if (!missing.isEmpty()) {
        *error = tr("Give %1 first.").arg(missing);
        return false;
    }
    session_.reset();
    connection_ = std::make_unique<DatabaseConnection>();
    DatabaseConnection::Options options;
    options.createSqliteFile = true;
    options.prompt = [this](const std::string& prompt) -> std::optional<std::string> {
        const QString given = passwordPrompt(QString::fromStdString(prompt));
        if (given.isEmpty()) return std::nullopt;
        return given.toStdString();
    };
    std::string message;
    const ConnectionUrl url = p.url(model_->filePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = connection_->open(url, options, message);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        *error = tr("Cannot connect to %1: %2").arg(QString::fromStdString(url.display()), QString::fromStdString(message));
        connection_.reset();
        return false;
    }
    return true;
}

bool SyncDialog::testConnection() {
    QString error;
    if (!openConnection(&error)) {
        setStatus(error, true);
        return false;
    }
    const QString version = QString::fromStdString(connection_->serverVersion());
    setStatus(tr("Connected to %1%2.")
                  .arg(QString::fromStdString(connection_->url().display()),
                       version.isEmpty() ? QString() : QStringLiteral(" (") + version + QLatin1Char(')')));
    connection_.reset();
    return true;
}

bool SyncDialog::compare() {
    invalidatePlan();
    QString why;
    if (!designReady(&why)) {
        setStatus(why, true);
        return false;
    }
    if (!openConnection(&why)) {
        setStatus(why, true);
        return false;
    }
    doc_ = model_->document();
    schema_ = Resolver::resolve(doc_);
    session_ = std::make_unique<SyncSession>(doc_, schema_, *connection_);
    std::string error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = session_->readLive(error);
    if (read) plan_ = session_->plan(SyncMode(mode_->currentData().toInt()));
    QApplication::restoreOverrideCursor();
    if (!read) {
        setStatus(tr("Cannot read the schema of %1: %2")
                      .arg(QString::fromStdString(connection_->url().display()), QString::fromStdString(error)),
                  true);
        session_.reset();
        connection_.reset();
        return false;
    }
    hasPlan_ = true;
    showPlan();
    return true;
}

void SyncDialog::showPlan() {
    planView_->clear();
    QStyle* style = QApplication::style();
    for (size_t i = 0; i < plan_.steps.size(); ++i) {
        const SyncStep& step = plan_.steps[i];
        auto* item = new QTreeWidgetItem(planView_, {QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(step.title())),
                                                     riskText(step.risk), QString::fromStdString(step.lossFigure)});
        if (step.risk == Risk::DataLoss) item->setIcon(1, style->standardIcon(QStyle::SP_MessageBoxWarning));
        else if (step.risk == Risk::Blocked) item->setIcon(1, style->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setToolTip(0, QString::fromStdString(step.summary));
        if (!step.summary.empty()) new QTreeWidgetItem(item, {QString::fromStdString(step.summary)});
        for (const std::string& sql : step.sql) {
            auto* child = new QTreeWidgetItem(item, {QString::fromStdString(sql) + QLatin1Char(';')});
            child->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
            child->setToolTip(0, QString::fromStdString(sql));
        }
    }
    planView_->resizeColumnToContents(1);
    QStringList summary;
    const QString target = QString::fromStdString(connection_ ? connection_->url().display() : std::string());
    if (plan_.empty()) {
        summary << tr("%1 already matches the design: nothing to do.").arg(target);
    } else {
        summary << tr("%n step(s) for %1", nullptr, int(plan_.steps.size())).arg(target);
        if (plan_.count(Risk::DataLoss)) summary << tr("%n lose(s) data", nullptr, int(plan_.count(Risk::DataLoss)));
        if (plan_.count(Risk::Blocked)) summary << tr("%n cannot run on the data as it is", nullptr, int(plan_.count(Risk::Blocked)));
        summary << (plan_.transactional() ? tr("applied in one transaction") : tr("MySQL/MariaDB: each step commits on its own"));
    }
    QString text = summary.join(QStringLiteral(" · "));
    for (const std::string& note : plan_.notes) text += QStringLiteral("\n• ") + QString::fromStdString(note);
    planSummary_->setText(text);
    applyButton_->setEnabled(!plan_.empty());
    setStatus(plan_.empty() ? tr("In sync.") : tr("Review the plan, then Apply."));
}

bool SyncDialog::apply() {
    if (!hasPlan_ || !session_ || plan_.empty()) return false;
    std::string why;
    const bool force = plan_.mode == SyncMode::Force;
    const bool risky = force || plan_.hasRisk(Risk::DataLoss);
    // Blocked steps and unallowed data loss are refused by the core's rule.
    if (!SyncSession::permitted(plan_, allowLoss_->isChecked(), force, why)) {
        setStatus(QString::fromStdString(why), true);
        return false;
    }
    if (risky) {
        const QString question =
            force ? tr("Force drops every table of %1 and recreates the design: all rows are lost. Continue?")
                        .arg(QString::fromStdString(connection_->url().display()))
                  : tr("%n step(s) of this plan lose data. Continue?", nullptr, int(plan_.count(Risk::DataLoss)));
        const bool yes = confirmHandler()
                             ? confirmHandler()(this, question)
                             : QMessageBox::warning(this, tr("Apply Plan"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                                    QMessageBox::Cancel) == QMessageBox::Yes;
        if (!yes) return false;
    }
    progress_->show();
    progress_->setRange(0, int(plan_.steps.size()));
    progress_->setValue(0);
    applyButton_->setEnabled(false);
    compareButton_->setEnabled(false);
    const ApplyResult result = session_->apply(plan_, [this](size_t index, size_t count, const SyncStep& step) {
        progress_->setMaximum(int(count));
        progress_->setValue(int(index));
        progress_->setFormat(QStringLiteral("%v / %m  ") + QString::fromStdString(step.title()));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress_->setValue(progress_->maximum());
    compareButton_->setEnabled(true);
    QString text = QString::fromStdString(result.text());
    if (result.ok) {
        // Check: a second comparison must find nothing left to do.
        std::string error;
        if (session_->readLive(error)) {
            const SyncPlan again = session_->plan(SyncMode::Alter);
            text += QLatin1Char('\n') + (again.empty() ? tr("Checked: the database now matches the design.")
                                                       : tr("Note: a new comparison still finds %n step(s).", nullptr,
                                                            int(again.steps.size())));
        }
        setStatus(tr("Applied %n step(s).", nullptr, int(result.stepsApplied)));
    } else {
        setStatus(tr("The plan failed at step %1: %2")
                      .arg(result.failedStep + 1)
                      .arg(QString::fromStdString(result.databaseMessage)),
                  true);
    }
    result_->setPlainText(text);
    hasPlan_ = false;
    return result.ok;
}

} // namespace relata::ui
