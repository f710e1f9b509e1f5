#include "dialogs/ImportDialog.h"

#include "dialogs/ConnectionForm.h"
#include "model/DesignModel.h"
#include "sync/DatabaseConnection.h"
#include "sync/DesignMerger.h"
#include "sync/Importer.h"
#include "sync/Introspector.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relata::ui {

ImportDialog::ImportDialog(DesignModel* model, QWidget* parent) : QDialog(parent), model_(model) {
    setObjectName(QStringLiteral("ImportDialog"));
    auto* layout = new QVBoxLayout(this);
    connectionBox_ = new QGroupBox(this);
    auto* connectionLayout = new QVBoxLayout(connectionBox_);
    form_ = new ConnectionForm(model_, /*createSqliteFile=*/false, connectionBox_);
    connectionLayout->addWidget(form_);
    layout->addWidget(connectionBox_);

    targetBox_ = new QGroupBox(this);
    auto* targetLayout = new QVBoxLayout(targetBox_);
    newDesign_ = new QRadioButton(targetBox_);
    newDesign_->setObjectName(QStringLiteral("importNewDesign"));
    intoOpen_ = new QRadioButton(targetBox_);
    intoOpen_->setObjectName(QStringLiteral("importIntoOpen"));
    newDesign_->setChecked(true);
    intoOpen_->setEnabled(!model_->document().models.empty());
    targetLayout->addWidget(newDesign_);
    targetLayout->addWidget(intoOpen_);
    layout->addWidget(targetBox_);

    notesView_ = new QPlainTextEdit(this);
    notesView_->setReadOnly(true);
    notesView_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    notesView_->setMaximumHeight(140);
    notesView_->hide();
    layout->addWidget(notesView_);

    auto* bottom = new QHBoxLayout;
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    importButton_ = new QPushButton(this);
    importButton_->setObjectName(QStringLiteral("importRun"));
    importButton_->setDefault(true);
    cancelButton_ = new QPushButton(this);
    bottom->addWidget(status_, 1);
    bottom->addWidget(importButton_);
    bottom->addWidget(cancelButton_);
    layout->addLayout(bottom);

    connect(form_, &ConnectionForm::status, this, &ImportDialog::setStatus);
    connect(importButton_, &QPushButton::clicked, this, [this] {
        if (runImport()) accept();
    });
    connect(cancelButton_, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    resize(640, 460);
}

void ImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate() {
    setWindowTitle(tr("Import from a Database"));
    connectionBox_->setTitle(tr("Database"));
    targetBox_->setTitle(tr("Into"));
    newDesign_->setText(tr("A &new design"));
    intoOpen_->setText(tr("The &open design (models of unchanged tables keep their options and place)"));
    importButton_->setText(tr("&Import"));
    cancelButton_->setText(tr("Cancel"));
}

void ImportDialog::setIntoOpenDesign(bool into) {
    (into && intoOpen_->isEnabled() ? intoOpen_ : newDesign_)->setChecked(true);
}

bool ImportDialog::intoOpenDesign() const {
    return intoOpen_->isChecked();
}

QString ImportDialog::statusText() const {
    return status_->text();
}

void ImportDialog::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #d9534f;") : QString());
}

bool ImportDialog::runImport() {
    DatabaseConnection connection;
    QString error;
    if (!form_->open(connection, &error)) {
        setStatus(error, true);
        return false;
    }
    source_ = QString::fromStdString(connection.url().display());
    LiveSchema live;
    std::string message;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = Introspector::create(connection.kind())->read(connection, live, message);
    std::vector<std::string> notes;
    if (read) {
        imported_ = Importer::import(live, connection.kind(), &notes);
        if (intoOpenDesign())
            imported_ = DesignMerger::merge(model_->document(), imported_, live, connection.kind(), &notes);
    }
    QApplication::restoreOverrideCursor();
    if (!read) {
        setStatus(tr("Cannot read the schema of %1: %2").arg(source_, QString::fromStdString(message)), true);
        return false;
    }
    notes_.clear();
    for (const std::string& n : notes) notes_ << QString::fromStdString(n);
    notesView_->setPlainText(notes_.join(QLatin1Char('\n')));
    notesView_->setVisible(!notes_.isEmpty());
    setStatus(tr("%n table(s) read from %1.", nullptr, int(live.tables.size())).arg(source_), false);
    return true;
}

} // namespace relata::ui
