#include "docks/DdlPreviewDock.h"

#include "docks/EditSupport.h"
#include "docks/SqlHighlighter.h"
#include "docks/TextPatch.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "sql/DdlGenerator.h"
#include "sql/Dialect.h"
#include "validate/Validator.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace relata::ui {

DdlPreviewDock::DdlPreviewDock(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QDockWidget(parent), model_(model), selection_(selection) {
    setObjectName(QStringLiteral("DdlPreviewDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    dialectLabel_ = new QLabel(content);
    dialect_ = new QComboBox(content);
    dialect_->setObjectName(QStringLiteral("ddlDialect"));
    fillDialectCombo(dialect_);
    dialectLabel_->setBuddy(dialect_);
    scope_ = new QComboBox(content);
    scope_->setObjectName(QStringLiteral("ddlScope"));
    scope_->addItem(QString(), int(Scope::Design));
    scope_->addItem(QString(), int(Scope::Selection));
    copy_ = new QToolButton(content);
    copy_->setObjectName(QStringLiteral("ddlCopy"));
    copy_->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy_->setAutoRaise(true);
    status_ = new QLabel(content);
    status_->setEnabled(false);
    bar->addWidget(dialectLabel_);
    bar->addWidget(dialect_);
    bar->addWidget(scope_);
    bar->addWidget(copy_);
    bar->addStretch(1);
    bar->addWidget(status_);
    layout->addLayout(bar);
    text_ = new QPlainTextEdit(content);
    text_->setObjectName(QStringLiteral("ddlText"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setUndoRedoEnabled(false);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    highlighter_ = new SqlHighlighter(text_->document());
    layout->addWidget(text_, 1);
    setWidget(content);

    refresh_.setSingleShot(true);
    connect(&refresh_, &QTimer::timeout, this, &DdlPreviewDock::refreshNow);
    connect(model_, &DesignModel::schemaChanged, this, &DdlPreviewDock::scheduleRefresh);
    connect(selection_, &SelectionModel::selectionChanged, this, [this] {
        if (scope_->currentData().toInt() == int(Scope::Selection)) scheduleRefresh();
    });
    connect(dialect_, &QComboBox::currentIndexChanged, this, [this] {
        refreshNow();
        emit dialectChanged(dialect());
    });
    connect(scope_, &QComboBox::currentIndexChanged, this, &DdlPreviewDock::refreshNow);
    connect(copy_, &QToolButton::clicked, this, &DdlPreviewDock::copyAll);
    retranslate();
    refreshNow();
}

// At once (after the other slots of this change), unless the script was regenerated less than
// 40 ms ago: then when those 40 ms are over, once for all the edits made meanwhile.
void DdlPreviewDock::scheduleRefresh() {
    constexpr qint64 kMinInterval = 40;
    if (refresh_.isActive()) return;
    const qint64 since = sinceRefresh_.isValid() ? sinceRefresh_.elapsed() : kMinInterval;
    refresh_.start(int(std::max<qint64>(0, kMinInterval - since)));
}

void DdlPreviewDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshNow();
    } else if (event->type() == QEvent::PaletteChange) {
        highlighter_->updateColors(palette());
    }
    QDockWidget::changeEvent(event);
}

void DdlPreviewDock::retranslate() {
    setWindowTitle(tr("DDL Preview"));
    dialectLabel_->setText(tr("&Database:"));
    scope_->setItemText(0, tr("Whole design"));
    scope_->setItemText(1, tr("Selection"));
    scope_->setToolTip(tr("The whole CREATE script, or only the statements of the selected models."));
    copy_->setText(tr("Copy"));
    copy_->setToolTip(tr("Copy the script to the clipboard"));
}

QString DdlPreviewDock::text() const {
    return text_->toPlainText();
}

int DdlPreviewDock::dialect() const {
    return dialect_->currentData().toInt();
}

void DdlPreviewDock::setDialect(int dialectKind) {
    const int index = dialect_->findData(dialectKind);
    if (index >= 0) dialect_->setCurrentIndex(index);
}

void DdlPreviewDock::setScope(Scope scope) {
    scope_->setCurrentIndex(scope_->findData(int(scope)));
}

void DdlPreviewDock::copyAll() {
    QApplication::clipboard()->setText(text_->toPlainText());
}

void DdlPreviewDock::refreshNow() {
    refresh_.stop();
    QElapsedTimer clock;
    clock.start();
    const ResolvedSchema& schema = model_->schema();
    const auto kind = DialectKind(dialect());
    const std::unique_ptr<Dialect> dialect = Dialect::create(kind);
    QString out;
    int statements = 0;
    if (schema.error) {
        out = QStringLiteral("-- ") + tr("No script: Sequelize would throw on this design:") + QLatin1Char('\n') +
              QStringLiteral("-- ") + QString::fromStdString(schema.error->message).replace(QLatin1Char('\n'), QStringLiteral("\n-- ")) +
              QLatin1Char('\n');
        status_->setText(tr("error"));
    } else {
        std::vector<std::string> list;
        if (scope_->currentData().toInt() == int(Scope::Selection)) {
            std::set<std::string> wanted;
            for (const QString& m : selection_->models()) wanted.insert(m.toStdString());
            for (int a : selection_->associations()) {
                for (const ResolvedAssociation& r : schema.associations) {
                    if (r.index != a) continue;
                    wanted.insert(r.source);
                    wanted.insert(r.target);
                    if (!r.through.empty()) wanted.insert(r.through);
                }
            }
            // In sync order, as the whole script would have them.
            for (const std::string& tableName : schema.syncOrder) {
                const Table* t = schema.findTable(tableName);
                if (!t || !wanted.count(t->model)) continue;
                const auto part = DdlGenerator::tableStatements(schema, *t, *dialect);
                list.insert(list.end(), part.begin(), part.end());
            }
            if (wanted.empty()) out = QStringLiteral("-- ") + tr("Select models or an association to see their statements.") + QLatin1Char('\n');
        } else {
            list = DdlGenerator::createStatements(schema, *dialect);
            if (list.empty()) out = QStringLiteral("-- ") + tr("The design is empty: add a model.") + QLatin1Char('\n');
        }
        for (const std::string& s : list) out += QString::fromStdString(s) + QStringLiteral(";\n\n");
        statements = int(list.size());
        // The design's findings for this database (identifier length, types it lacks): the core
        // checks only what depends on the database again.
        int warnings = 0;
        for (const Diagnostic& d :
             Validator::validateFor(model_->document(), schema, model_->diagnostics(), int(kind)))
            if (d.severity != Severity::Info) ++warnings;
        // Two counts, two numerus forms: "%1" is the statements' text, "%n" the warnings.
        const QString statementsText = tr("%n statement(s)", nullptr, statements);
        status_->setText(
            warnings ? tr("%1, %n warning(s) for this database", nullptr, warnings).arg(statementsText)
                     : statementsText);
    }
    if (out != shown_) {
        // Replace only what changed: the highlighter then recolours those lines alone, and the
        // view stays where the reader was.
        const int scroll = text_->verticalScrollBar()->value();
        patchText(text_->document(), shown_, out);
        text_->verticalScrollBar()->setValue(scroll);
        shown_ = out;
    }
    lastMs_ = clock.elapsed();
    sinceRefresh_.start();
}

} // namespace relata::ui
