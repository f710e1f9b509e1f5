#include "dialogs/SyncDialog.h"

#include "dialogs/ConnectionForm.h"

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

} // namespace

void SyncDialog::setConfirmHandler(Confirm confirm) {
    confirmHandler() = std::move(confirm);
}

SyncDialog::SyncDialog(DesignModel* model, QWidget* parent) : QDialog(parent), model_(model) {
    setObjectName(QStringLiteral("SyncDialog"));
    auto* layout = new QVBoxLayout(this);

    // Connection.
    connectionBox_ = new QGroupBox(this);
    auto* connectionLayout = new QVBoxLayout(connectionBox_);
    form_ = new ConnectionForm(model_, /*createSqliteFile=*/true, connectionBox_);
    connectionLayout->addWidget(form_);
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
    result_->hide(); // until a plan has run
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

    QObject::connect(form_, &ConnectionForm::changed, this, &SyncDialog::invalidatePlan);
    QObject::connect(form_, &ConnectionForm::status, this, &SyncDialog::setStatus);
    QObject::connect(mode_, &QComboBox::currentIndexChanged, this, &SyncDialog::invalidatePlan);
    QObject::connect(compareButton_, &QPushButton::clicked, this, [this] { compare(); });
    QObject::connect(applyButton_, &QPushButton::clicked, this, [this] { apply(); });
    QObject::connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    resize(760, 680);
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
    modeLabel_->setText(tr("&Mode:"));
    modeLabel_->setBuddy(mode_);
    mode_->setItemText(0, tr("alter: make the database match the design"));
    mode_->setItemText(1, tr("create: only add what is missing"));
    mode_->setItemText(2, tr("force: drop every table and recreate"));
    allowLoss_->setText(tr("Allow data loss"));
    allowLoss_->setToolTip(tr("Steps that lose stored values run only when this is checked."));
    compareButton_->setText(tr("&Compare"));
    compareButton_->setToolTip(tr("Read the database and plan the steps that make it match the design (changes nothing)."));
    planView_->setHeaderLabels({tr("Step"), tr("Risk"), tr("Details")});
    applyButton_->setText(tr("&Apply"));
    closeButton_->setText(tr("Close"));
}

ConnectionProfile SyncDialog::profile() const {
    return form_->profile();
}

void SyncDialog::setProfile(const ConnectionProfile& profile) {
    form_->setProfile(profile);
}

void SyncDialog::setPassword(const QString& password) {
    form_->setPassword(password);
}

void SyncDialog::saveProfileInDesign() {
    form_->saveProfileInDesign();
}

void SyncDialog::invalidatePlan() {
    hasPlan_ = false;
    plan_ = SyncPlan{};
    session_.reset();
    connection_.reset();
    planView_->clear();
    planSummary_->clear();
    applyButton_->setEnabled(false);
    // The last run's progress and result belong to the plan that ran.
    progress_->hide();
    result_->clear();
    result_->hide();
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

bool SyncDialog::testConnection() {
    QString message;
    const bool ok = form_->testConnection(&message);
    setStatus(message, !ok);
    return ok;
}

bool SyncDialog::compare() {
    invalidatePlan();
    QString why;
    if (!designReady(&why)) {
        setStatus(why, true);
        return false;
    }
    connection_ = std::make_unique<DatabaseConnection>();
    if (!form_->open(*connection_, &why)) {
        connection_.reset();
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
        // Details: the figure behind a risk, or what the step changes.
        const std::string& details = step.lossFigure.empty() ? step.summary : step.lossFigure;
        auto* item = new QTreeWidgetItem(planView_, {QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(step.title())),
                                                     riskText(step.risk), QString::fromStdString(details)});
        item->setToolTip(2, QString::fromStdString(details));
        if (step.risk == Risk::DataLoss) item->setIcon(1, style->standardIcon(QStyle::SP_MessageBoxWarning));
        else if (step.risk == Risk::Blocked) item->setIcon(1, style->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setToolTip(0, QString::fromStdString(step.summary));
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
        // The core words data loss for the command line (--allow-data-loss); here it is the check box.
        const QString lossWhy = tr("%n step(s) of this plan would lose data (marked \"data loss\"): "
                                   "check \"Allow data loss\" to apply them.",
                                   nullptr, int(plan_.count(Risk::DataLoss)));
        setStatus(plan_.hasRisk(Risk::Blocked) ? QString::fromStdString(why) : lossWhy, true);
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
    // The bar counts the steps done; its text names the step that runs.
    progress_->show();
    progress_->setRange(0, int(plan_.steps.size()));
    progress_->reset();
    applyButton_->setEnabled(false);
    compareButton_->setEnabled(false);
    const ApplyResult result = session_->apply(plan_, [this](size_t index, size_t count, const SyncStep& step) {
        progress_->setMaximum(int(count));
        progress_->setFormat(
            tr("Step %1 of %2: %3").arg(index + 1).arg(count).arg(QString::fromStdString(step.title())));
        progress_->setValue(int(index));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    const int count = int(plan_.steps.size());
    if (result.ok) {
        progress_->setFormat(tr("%1 of %n step(s) applied", nullptr, count).arg(count));
        progress_->setValue(count);
    } else {
        // Where it stopped, not a full bar.
        progress_->setFormat(tr("Step %1 of %2 failed").arg(result.failedStep + 1).arg(count));
        progress_->setValue(int(result.stepsApplied));
    }
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
    result_->show();
    hasPlan_ = false;
    return result.ok;
}

} // namespace relata::ui
