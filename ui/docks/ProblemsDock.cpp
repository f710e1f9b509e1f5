#include "docks/ProblemsDock.h"

#include "docks/CachedSizeDelegate.h"
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
#include <optional>
#include <utility>

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

// The "Where" column: the association, the model, or the JSON path.
QString placeOf(const Document& doc, const Diagnostic& d) {
    if (d.association >= 0 && size_t(d.association) < doc.associations.size()) {
        const Association& a = doc.associations[size_t(d.association)];
        return QStringLiteral("%1.%2(%3)")
            .arg(QString::fromStdString(a.source), QString::fromLatin1(associationTypeName(a.type)),
                 QString::fromStdString(a.target));
    }
    return QString::fromStdString(d.model.empty() ? d.path : d.model);
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
    // Columns are sized to their contents after every edit: measured texts are remembered.
    view_->setItemDelegate(new CachedSizeDelegate(view_));
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
    loadIcons();
    retranslate();
    refreshNow();
}

void ProblemsDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    } else if (event->type() == QEvent::StyleChange) {
        loadIcons();
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

void ProblemsDock::loadIcons() {
    QStyle* style = QApplication::style();
    errorIcon_ = style->standardIcon(QStyle::SP_MessageBoxCritical);
    warningIcon_ = style->standardIcon(QStyle::SP_MessageBoxWarning);
    infoIcon_ = style->standardIcon(QStyle::SP_MessageBoxInformation);
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
    const Diagnostics& diagnostics = model_->diagnostics();
    const Document& doc = model_->document();
    QStringList places;
    places.reserve(qsizetype(diagnostics.size()));
    for (const Diagnostic& d : diagnostics)
        places << placeOf(doc, d);
    updateRows(diagnostics, places);
    shown_ = diagnostics;
    places_ = std::move(places);
    // The message gets the room; where and code keep a modest width (tooltips have everything).
    // Set once, as resizeColumnToContents() would and then capped: a column that keeps its width
    // does not make the view paint every row again.
    const QAbstractItemView* rows = view_; // where sizeHintForColumn() is public
    for (int column : {2, 3}) {
        const int header = view_->header()->isHidden() ? 0 : view_->header()->sectionSizeHint(column);
        view_->setColumnWidth(column, std::min(std::max(rows->sizeHintForColumn(column), header), 150));
    }
    static_cast<QStackedWidget*>(widget())->setCurrentWidget(shown_.empty() ? static_cast<QWidget*>(placeholder_)
                                                                            : static_cast<QWidget*>(view_));
    updateTitle();
}

void ProblemsDock::rebuild() {
    view_->clear();
    shown_.clear();
    places_.clear();
    refreshNow();
}

// Rows equal at the start and at the end of the list stay as they are; those between are
// rewritten where they differ, and only the difference in number is added or removed. The
// current row follows its problem, or is cleared when the problem is gone.
void ProblemsDock::updateRows(const Diagnostics& diagnostics, const QStringList& places) {
    auto same = [&](size_t shownRow, size_t row) {
        return places_[qsizetype(shownRow)] == places[qsizetype(row)] && shown_[shownRow] == diagnostics[row];
    };
    const size_t common = std::min(shown_.size(), diagnostics.size());
    size_t head = 0;
    while (head < common && same(head, head))
        ++head;
    size_t tail = 0;
    while (tail < common - head && same(shown_.size() - 1 - tail, diagnostics.size() - 1 - tail))
        ++tail;
    const int oldEnd = int(shown_.size() - tail), newEnd = int(diagnostics.size() - tail);
    if (oldEnd == newEnd && size_t(oldEnd) == head) return; // nothing changed

    const int current = view_->currentItem() ? view_->indexOfTopLevelItem(view_->currentItem()) : -1;
    const bool currentTouched = current >= int(head) && current < oldEnd;
    std::optional<std::pair<Diagnostic, QString>> currentProblem;
    if (currentTouched) currentProblem.emplace(shown_[size_t(current)], places_[current]);

    int row = int(head);
    for (; row < oldEnd && row < newEnd; ++row)
        if (!same(size_t(row), size_t(row)))
            fillRow(view_->topLevelItem(row), diagnostics[size_t(row)], places[row]);
    if (newEnd > oldEnd) {
        QList<QTreeWidgetItem*> items;
        for (; row < newEnd; ++row) {
            auto* item = new QTreeWidgetItem;
            fillRow(item, diagnostics[size_t(row)], places[row]);
            items << item;
        }
        view_->insertTopLevelItems(oldEnd, items);
    } else {
        for (int r = oldEnd - 1; r >= newEnd; --r)
            delete view_->takeTopLevelItem(r);
    }

    if (!currentTouched) return;
    for (int r = int(head); r < newEnd; ++r) {
        if (diagnostics[size_t(r)] == currentProblem->first && places[r] == currentProblem->second) {
            view_->setCurrentItem(view_->topLevelItem(r));
            return;
        }
    }
    view_->setCurrentItem(nullptr);
    view_->clearSelection();
}

void ProblemsDock::fillRow(QTreeWidgetItem* item, const Diagnostic& d, const QString& place) const {
    switch (d.severity) {
    case Severity::Error:
        item->setIcon(0, errorIcon_);
        item->setText(0, tr("Error"));
        break;
    case Severity::Warning:
        item->setIcon(0, warningIcon_);
        item->setText(0, tr("Warning"));
        break;
    case Severity::Info:
        item->setIcon(0, infoIcon_);
        item->setText(0, tr("Note"));
        break;
    }
    item->setText(1, QString::fromStdString(d.message));
    item->setText(2, place);
    item->setText(3, QString::fromStdString(d.code));
    QString tip = QString::fromStdString(d.message);
    if (!d.fix.empty()) tip += QStringLiteral("\n\n") + tr("Fix: %1").arg(QString::fromStdString(d.fix));
    if (!d.path.empty()) tip += QStringLiteral("\n") + tr("At: %1").arg(QString::fromStdString(d.path));
    for (int c = 0; c < 4; ++c)
        item->setToolTip(c, tip);
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
