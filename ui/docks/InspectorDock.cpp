#include "docks/InspectorDock.h"

#include "docks/AssociationInspector.h"
#include "docks/ModelInspector.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>

namespace relata::ui {

namespace {
QScrollArea* scrolling(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

InspectorDock::InspectorDock(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QDockWidget(parent), model_(model), selection_(selection) {
    setObjectName(QStringLiteral("InspectorDock"));
    stack_ = new QStackedWidget(this);
    empty_ = new QLabel(stack_);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(12);
    empty_->setEnabled(false);
    several_ = new QLabel(stack_);
    several_->setAlignment(Qt::AlignCenter);
    several_->setWordWrap(true);
    several_->setMargin(12);
    several_->setEnabled(false);
    modelInspector_ = new ModelInspector(model, selection);
    associationInspector_ = new AssociationInspector(model, selection);
    modelPage_ = scrolling(modelInspector_, stack_);
    associationPage_ = scrolling(associationInspector_, stack_);
    stack_->addWidget(empty_);
    stack_->addWidget(modelPage_);
    stack_->addWidget(associationPage_);
    stack_->addWidget(several_);
    setWidget(stack_);

    refresh_.setSingleShot(true);
    refresh_.setInterval(0);
    connect(&refresh_, &QTimer::timeout, this, &InspectorDock::refreshNow);
    connect(selection_, &SelectionModel::selectionChanged, this, &InspectorDock::scheduleRefresh);
    connect(model_, &DesignModel::schemaChanged, this, &InspectorDock::scheduleRefresh);
    connect(model_, &DesignModel::documentReset, this, &InspectorDock::scheduleRefresh);
    retranslate();
    refreshNow();
}

void InspectorDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDockWidget::changeEvent(event);
}

void InspectorDock::retranslate() {
    setWindowTitle(tr("Inspector"));
    empty_->setText(tr("Select a model or an association on the canvas to edit it here.\n\n"
                       "Drag \"Model\" from the palette to add a model; drag from a model's ring to another "
                       "model to associate them."));
    several_->setText(tr("Several items are selected. Select one model or one association to edit it."));
}

void InspectorDock::scheduleRefresh() {
    refresh_.start();
}

QString InspectorDock::currentPage() const {
    QWidget* w = stack_->currentWidget();
    if (w == modelPage_) return QStringLiteral("model");
    if (w == associationPage_) return QStringLiteral("association");
    if (w == several_) return QStringLiteral("several");
    return QStringLiteral("empty");
}

void InspectorDock::refreshNow() {
    refresh_.stop();
    const QString model = selection_->currentModel();
    const int association = selection_->currentAssociation();
    const Document& doc = model_->document();
    if (!model.isEmpty() && doc.findModel(model.toStdString())) {
        modelInspector_->setModelName(model);
        stack_->setCurrentWidget(modelPage_);
    } else if (association >= 0 && size_t(association) < doc.associations.size()) {
        associationInspector_->setAssociation(association);
        stack_->setCurrentWidget(associationPage_);
    } else if (selection_->models().size() + selection_->associations().size() > 1) {
        stack_->setCurrentWidget(several_);
    } else {
        stack_->setCurrentWidget(empty_);
    }
}

} // namespace relata::ui
