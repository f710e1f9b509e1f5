#include "docks/ProblemsDock.h"

#include "model/DesignModel.h"
#include "model/SelectionModel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relata::ui {

namespace {

// The model a JSON pointer like /models/3/attributes/x points into.
QString modelFromPath(const Document& doc, const std::string& path) {
    const std::string prefix = "/models/";
    if (path.rfind(prefix, 0) != 0) return {};
    const size_t end = path.find('/', prefix.size());
    const std::string number = path.substr(prefix.size(), end == std::string::npos ? std::string::npos : end - prefix.size());
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos) return {};
    const size_t index = std::stoul(number);
    return index < doc.models.size() ? QString::fromStdString(doc.models[index].name) : QString();
}

int associationFromPath(const std::string& path) {
    const std::string prefix = "/associations/";
    if (path.rfind(prefix, 0) != 0) return -1;
    const size_t end = path.find('/', prefix.size());
    const std::string number = path.substr(prefix.size(), end == std::string::npos ? std::string::npos : end - prefix.size());
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoi(number);
}

} // namespace

ProblemsDock::ProblemsDock(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QDockWidget(parent), model_(model), selection_(selection) {
    setObjectName(QStringLiteral("ProblemsDock"));
    auto* stack = new QStackedWidget(this);
    view_ = new QTreeWidget(stack);
    view_->setObjectName(QStringLiteral("problemsView"));
    view_->setColumnCount(4);
    view_->setRootIsDecorated(false);
    view_->setAlternatingRowColors(true);
    view_->setUniformRowHeights(true);
    view_->setWordWrap(false);
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    view_->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    view_->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    view_->header()->setMinimumSectionSize(60);
    placeholder_ = new QLabel(stack);
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setEnabled(false);
    stack->addWidget(placeholder_);
    stack->addWidget(view_);
    setWidget(stack);

    connect(view_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { showProblem(view_->indexOfTopLevelItem(item)); });
    connect(view_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { showProblem(view_->indexOfTopLevelItem(item)); });
    refresh_.setSingleShot(true);
    refresh_.setInterval(0);
    connect(&refresh_, &QTimer::timeout, this, &ProblemsDock::refreshNow);
    connect(model_, &DesignModel::schemaChanged, &refresh_, qOverload<>(&QTimer::start));
    retranslate();
    refreshNow();
}

void ProblemsDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshNow();
    }
    QDockWidget::changeEvent(event);
}

void ProblemsDock::retranslate() {
    view_->setHeaderLabels({tr("Severity"), tr("Message"), tr("Where"), tr("Code")});
    placeholder_->setText(tr("No problems: Sequelize accepts this design and Relata has no warnings."));
    updateTitle();
}

void ProblemsDock::updateTitle() {
    int errors = 0, warnings = 0, infos = 0;
    for (const Diagnostic& d : shown_) {
        if (d.severity == Severity::Error) ++errors;
        else if (d.severity == Severity::Warning) ++warnings;
        else ++infos;
    }
    setWindowTitle(shown_.empty() ? tr("Problems") : tr("Problems (%1)").arg(shown_.size()));
    emit countChanged(errors, warnings, infos);
}

void ProblemsDock::refreshNow() {
    refresh_.stop();
    shown_ = model_->diagnostics();
    const Document& doc = model_->document();
    view_->clear();
    QStyle* style = QApplication::style();
    QList<QTreeWidgetItem*> items;
    for (const Diagnostic& d : shown_) {
        auto* item = new QTreeWidgetItem;
        QString severity;
        QIcon icon;
        switch (d.severity) {
        case Severity::Error:
            severity = tr("Error");
            icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
            break;
        case Severity::Warning:
            severity = tr("Warning");
            icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case Severity::Info:
            severity = tr("Note");
            icon = style->standardIcon(QStyle::SP_MessageBoxInformation);
            break;
        }
        item->setIcon(0, icon);
        item->setText(0, severity);
        item->setText(1, QString::fromStdString(d.message));
        item->setText(3, QString::fromStdString(d.code));
        QString where;
        if (d.association >= 0 && size_t(d.association) < doc.associations.size()) {
            const Association& a = doc.associations[size_t(d.association)];
            where = QStringLiteral("%1.%2(%3)").arg(QString::fromStdString(a.source),
                                                   QString::fromLatin1(associationTypeName(a.type)),
                                                   QString::fromStdString(a.target));
        } else if (!d.model.empty()) {
            where = QString::fromStdString(d.model);
        } else {
            where = QString::fromStdString(d.path);
        }
        item->setText(2, where);
        QString tip = QString::fromStdString(d.message);
        if (!d.fix.empty()) tip += QStringLiteral("\n\n") + tr("Fix: %1").arg(QString::fromStdString(d.fix));
        if (!d.path.empty()) tip += QStringLiteral("\n") + tr("At: %1").arg(QString::fromStdString(d.path));
        for (int c = 0; c < 4; ++c) item->setToolTip(c, tip);
        items << item;
    }
    view_->addTopLevelItems(items);
    // The message gets the room; where and code keep a modest width (tooltips have everything).
    view_->resizeColumnToContents(2);
    view_->resizeColumnToContents(3);
    view_->setColumnWidth(2, std::min(view_->columnWidth(2), 150));
    view_->setColumnWidth(3, std::min(view_->columnWidth(3), 150));
    static_cast<QStackedWidget*>(widget())->setCurrentWidget(shown_.empty() ? static_cast<QWidget*>(placeholder_)
                                                                            : static_cast<QWidget*>(view_));
    updateTitle();
}

void ProblemsDock::showProblem(int row) {
    if (row < 0 || size_t(row) >= shown_.size()) return;
    if (view_->currentItem() != view_->topLevelItem(row)) view_->setCurrentItem(view_->topLevelItem(row));
    const Diagnostic& d = shown_[size_t(row)];
    const Document& doc = model_->document();
    int association = d.association;
    if (association < 0) association = associationFromPath(d.path);
    if (association >= 0 && size_t(association) >= doc.associations.size()) association = -1;
    QString modelName;
    if (association < 0) {
        modelName = modelFromPath(doc, d.path);
        if (modelName.isEmpty() && doc.findModel(d.model)) modelName = QString::fromStdString(d.model);
    }
    if (association >= 0) {
        selection_->selectAssociation(association);
        selection_->requestFocus(QString(), association);
    } else if (!modelName.isEmpty()) {
        selection_->selectModel(modelName);
        selection_->requestFocus(modelName, -1);
    }
}

void ProblemsDock::nextProblem() {
    if (shown_.empty()) return;
    const int row = view_->currentItem() ? view_->indexOfTopLevelItem(view_->currentItem()) : -1;
    showProblem((row + 1) % int(shown_.size()));
}

void ProblemsDock::previousProblem() {
    if (shown_.empty()) return;
    const int row = view_->currentItem() ? view_->indexOfTopLevelItem(view_->currentItem()) : 0;
    showProblem((row - 1 + int(shown_.size())) % int(shown_.size()));
}

} // namespace relata::ui
