#include "canvas/DiagramView.h"

#include "canvas/AssociationEdge.h"
#include "canvas/DiagramLegend.h"
#include "canvas/DiagramScene.h"
#include "canvas/ModelNode.h"
#include "canvas/PaletteWidget.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace relata::ui {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.25;

DiagramView::AssociationTypeChooser& chooserOverride() {
    static DiagramView::AssociationTypeChooser chooser;
    return chooser;
}

std::optional<AssociationType> chooseWithMenu(QWidget* parent, const QPoint& globalPos) {
    QMenu menu(parent);
    menu.setToolTipsVisible(true);
    const std::pair<AssociationType, const char*> entries[] = {
        {AssociationType::BelongsTo, QT_TRANSLATE_NOOP("relata::ui::DiagramView", "Source holds the foreign key")},
        {AssociationType::HasOne, QT_TRANSLATE_NOOP("relata::ui::DiagramView", "Target holds the foreign key (one)")},
        {AssociationType::HasMany, QT_TRANSLATE_NOOP("relata::ui::DiagramView", "Target holds the foreign key (many)")},
        {AssociationType::BelongsToMany,
         QT_TRANSLATE_NOOP("relata::ui::DiagramView", "Many to many through a join table")},
    };
    for (const auto& [type, tip] : entries) {
        QAction* action = menu.addAction(QString::fromLatin1(associationTypeName(type)));
        action->setData(static_cast<int>(type));
        action->setToolTip(QCoreApplication::translate("relata::ui::DiagramView", tip));
    }
    const QAction* chosen = menu.exec(globalPos);
    if (!chosen) return std::nullopt;
    return static_cast<AssociationType>(chosen->data().toInt());
}

std::string upperFirst(const std::string& s) {
    if (s.empty()) return s;
    std::string out = s;
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

void setLayoutPosition(Document& doc, const std::string& model, const QPointF& p) {
    OrderedJson& layout = doc.extra["layout"];
    if (!layout.is_object()) layout = OrderedJson::object();
    layout[model] = OrderedJson{{"x", std::round(p.x())}, {"y", std::round(p.y())}};
}

} // namespace

DiagramView::DiagramView(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QGraphicsView(parent), model_(model), selection_(selection) {
    scene_ = new DiagramScene(model, this);
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
    setCacheMode(CacheNone); // the background carries the far-zoom edges (DiagramScene::drawBackground)
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Node caches are per device pixel; give them room for a full screen of nodes.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 96 * 1024));

    scene_->setGridVisible(true);
    legend_ = new DiagramLegend(scene_, this);
    connect(legend_, &DiagramLegend::collapsedChanged, this, &DiagramView::placeLegend);
    updateStyle();

    connect(scene_, &DiagramScene::contentsChanged, this, &DiagramView::updateSceneRect);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &DiagramView::sceneSelectionChanged);
    connect(model_, &DesignModel::documentReset, this, &DiagramView::afterReset);
    if (selection_) {
        connect(selection_, &SelectionModel::selectionChanged, this, &DiagramView::modelSelectionChanged);
        connect(selection_, &SelectionModel::focusRequested, this, &DiagramView::focusOn);
    }
    updateSceneRect();
    placeLegend();
}

DiagramView::~DiagramView() {
    cancelConnect();
    // The scene is our child: delete it while this object is still a DiagramView, so that its
    // last selectionChanged() does not reach a half-destroyed view.
    disconnect(scene_, nullptr, this, nullptr);
    setScene(nullptr);
    delete scene_;
}

DiagramScene* DiagramView::diagramScene() const {
    return scene_;
}

double DiagramView::zoom() const {
    return transform().m11();
}

bool DiagramView::snapToGrid() const {
    return scene_->snapToGrid();
}

bool DiagramView::isLegendVisible() const {
    return !legend_->isHidden();
}

void DiagramView::setAssociationTypeChooser(AssociationTypeChooser chooser) {
    chooserOverride() = std::move(chooser);
}

QString DiagramView::clipboardMimeType() {
    return QStringLiteral("application/x-relata-document+json");
}

// ---------------------------------------------------------------------------------------------
// Zoom and pan

void DiagramView::setZoom(double factor) {
    scaleAround(factor / zoom(), QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void DiagramView::zoomIn() {
    scaleAround(kZoomStep, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void DiagramView::zoomOut() {
    scaleAround(1.0 / kZoomStep, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void DiagramView::resetZoom() {
    setZoom(1.0);
}

void DiagramView::scaleAround(double factor, const QPointF& viewPos) {
    const double current = zoom();
    const double next = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (std::abs(next - current) < 1e-9) return;
    const QPointF anchor = mapToScene(viewPos.toPoint());
    setTransform(QTransform::fromScale(next, next));
    const QPointF moved = mapFromScene(anchor) - viewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + static_cast<int>(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + static_cast<int>(std::round(moved.y())));
    fitPending_ = false;
    updateEdgeQuality();
    updateCaching();
    emit zoomChanged(next);
}

QRect DiagramView::legendArea() const {
    if (legend_->isHidden()) return {};
    return legend_->geometry().translated(-viewport()->geometry().topLeft());
}

namespace {

// The zoom that shows `r` whole in `area` (never enlarging past 1:1).
double zoomToShow(const QRectF& r, const QRect& area) {
    if (area.width() <= 0 || area.height() <= 0) return kMinZoom;
    const double sx = area.width() / r.width(), sy = area.height() / r.height();
    return std::clamp(std::min({sx, sy, 1.0}), kMinZoom, kMaxZoom);
}

} // namespace

// Everything in view, clear of the legend where that costs little: the contents go beside or
// above it, whichever shows them larger, unless that is less than 3/4 of the size the whole
// viewport would give (then the legend may cover an edge of the drawing, as a map key does).
void DiagramView::fitToWindow() {
    QRectF r = scene_->contentsRect();
    if (r.isEmpty()) {
        resetZoom();
        return;
    }
    r.adjust(-40, -40, 40, 40);
    const QRect whole = viewport()->rect();
    QRect area = whole;
    double next = zoomToShow(r, whole);
    if (const QRect legend = legendArea(); !legend.isEmpty()) {
        const QRect beside(QPoint(legend.right() + 1, 0), whole.bottomRight());
        const QRect above(whole.topLeft(), QPoint(whole.right(), legend.top() - 1));
        const double besideZoom = zoomToShow(r, beside), aboveZoom = zoomToShow(r, above);
        const double freeZoom = std::max(besideZoom, aboveZoom);
        if (freeZoom >= next * 0.75) {
            area = besideZoom >= aboveZoom ? beside : above;
            next = freeZoom;
        }
    }
    const double before = zoom();
    setTransform(QTransform::fromScale(next, next));
    // Centre the contents in `area`: the view centres on a point that far off their centre.
    const QPointF offset = QPointF(area.center() - whole.center()) / next;
    centerOn(r.center() - offset);
    updateEdgeQuality();
    updateCaching();
    if (std::abs(before - next) > 1e-9) emit zoomChanged(next);
}

void DiagramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        if (delta != 0) scaleAround(std::pow(1.0015, delta), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::updateSceneRect() {
    updateEdgeQuality();
    QRectF r = scene_->contentsRect();
    if (r.isNull()) r = QRectF(-400, -300, 800, 600);
    const double margin = std::max(1500.0, std::max(r.width(), r.height()) * 0.25);
    setSceneRect(r.adjusted(-margin, -margin, margin, margin));
}

void DiagramView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    updateEdgeQuality(); // after the scroll: mapToScene() reads the new position
    scene_->setPlacementHint(mapToScene(viewport()->rect().center()));
}

void DiagramView::updateEdgeQuality() {
    // Anti-aliased lines cost per pixel and each item's paint() costs per edge. A few hundred
    // long edges crossing the view (a large, densely associated design) would take the repaint
    // past a frame, so the scene then draws them in one aliased batch.
    constexpr int kMaxSmoothEdges = 120;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool crowded = scene_->edgesIn(visible, kMaxSmoothEdges + 1) > kMaxSmoothEdges;
    if (crowded != scene_->isCrowded()) {
        scene_->setCrowded(crowded);
        viewport()->update();
    }
    updatePaintMode();
}

void DiagramView::updatePaintMode() {
    // While the scene draws the nodes too, paintEvent() skips the items, so Qt's record of where
    // each was last painted goes stale: a node moved would leave its old box behind with
    // minimal updates. The batch repaints a full view quickly, so repaint it whole then.
    const ViewportUpdateMode mode =
        scene_->drawsNodesInBatch(zoom()) ? FullViewportUpdate : MinimalViewportUpdate;
    if (mode != viewportUpdateMode()) setViewportUpdateMode(mode);
}

void DiagramView::afterReset() {
    cancelConnect();
    moveStart_.clear();
    pasteCount_ = 0;
    updateSceneRect();
    fitPending_ = true;
    fitToWindow();
    fitPending_ = !isVisible();
}

void DiagramView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (fitPending_) {
        fitToWindow();
        fitPending_ = false;
    }
    updateCaching();
}

void DiagramView::paintEvent(QPaintEvent* event) {
    // Far away every node and edge is drawn by the scene's background pass; skip the walk over
    // thousands of items that would each return at once (unless a rubber band or a connection
    // being dragged shows).
    if (scene_->drawsNodesInBatch(zoom()) && rubberBandRect().isNull() && !connectLine_) {
        QPainter painter(viewport());
        painter.setWorldTransform(viewportTransform());
        drawBackground(&painter, mapToScene(event->rect()).boundingRect());
        return;
    }
    QGraphicsView::paintEvent(event);
}

void DiagramView::updateCaching() {
    // Node pixmap caches pay off while nodes show text; far away they are two rectangles, and a
    // cache lookup per node costs more than drawing them.
    // On a scaled screen (device pixel ratio != 1) cached pixmaps would blur text: no caching.
    const bool crisp = viewport()->devicePixelRatioF() == 1.0;
    scene_->setCachingEnabled(crisp && zoom() >= CanvasStyle::boxDetail);
}

void DiagramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    placeLegend();
    updateEdgeQuality();
    scene_->setPlacementHint(mapToScene(viewport()->rect().center()));
}

void DiagramView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        updateStyle();
}

void DiagramView::updateStyle() {
    scene_->setCanvasStyle(CanvasStyle::fromPalette(palette(), font()));
    resetCachedContent();
    legend_->update();
    placeLegend();
}

void DiagramView::placeLegend() {
    legend_->adjustSize();
    const QRect vp = viewport()->geometry();
    legend_->move(vp.left() + 10, vp.bottom() - legend_->height() - 10);
}

void DiagramView::setLegendVisible(bool on) {
    if (on == isLegendVisible()) return;
    legend_->setVisible(on);
    placeLegend();
    emit legendVisibilityChanged(on);
}

void DiagramView::setSnapToGrid(bool on) {
    scene_->setSnapToGrid(on);
}

// ---------------------------------------------------------------------------------------------
// Selection

void DiagramView::sceneSelectionChanged() {
    if (syncingSelection_ || !selection_) return;
    QSet<QString> models;
    QSet<int> associations;
    for (QGraphicsItem* item : scene_->selectedItems()) {
        if (item->type() == ModelNode::Type) {
            const auto* n = static_cast<ModelNode*>(item);
            if (n->isDocumentModel()) models.insert(n->name());
        } else if (item->type() == AssociationEdge::Type) {
            associations.insert(static_cast<AssociationEdge*>(item)->index());
        }
    }
    syncingSelection_ = true;
    selection_->select(models, associations);
    syncingSelection_ = false;
}

void DiagramView::modelSelectionChanged() {
    if (syncingSelection_) return;
    syncingSelection_ = true;
    scene_->clearSelection();
    for (const QString& name : selection_->models())
        if (ModelNode* n = scene_->node(name)) n->setSelected(true);
    for (int index : selection_->associations())
        if (AssociationEdge* e = scene_->edge(index)) e->setSelected(true);
    syncingSelection_ = false;
}

void DiagramView::focusOn(const QString& model, int association) {
    QRectF target;
    if (ModelNode* n = scene_->node(model)) target = n->frame();
    else if (AssociationEdge* e = scene_->edge(association); e && e->isVisible()) target = e->boundingRect();
    if (target.isNull()) return;
    centerOn(target.center());
}

void DiagramView::selectAll() {
    syncingSelection_ = true;
    for (ModelNode* n : scene_->nodes()) n->setSelected(true);
    syncingSelection_ = false;
    sceneSelectionChanged();
}

// ---------------------------------------------------------------------------------------------
// Mouse

ModelNode* DiagramView::nodeAt(const QPoint& viewPos) const {
    for (QGraphicsItem* item : items(viewPos))
        if (item->type() == ModelNode::Type) return static_cast<ModelNode*>(item);
    return nullptr;
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->position().toPoint())) {
            if (item->type() == ModelNode::Type) {
                const auto* n = static_cast<ModelNode*>(item);
                if (n->isDocumentModel()) emit modelActivated(n->name());
                event->accept();
                return;
            }
            if (item->type() == AssociationEdge::Type) {
                emit associationActivated(static_cast<AssociationEdge*>(item)->index());
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panLast_ = pos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        ModelNode* n = nodeAt(pos);
        if (n && n->hitsConnector(n->mapFromScene(mapToScene(pos)))) {
            connectFrom_ = n;
            connectPressPos_ = pos;
            connectMoved_ = false;
            connectLine_ = new QGraphicsPathItem;
            QPen pen(scene_->canvasStyle().selection, 1.6, Qt::DashLine);
            pen.setCosmetic(true);
            connectLine_->setPen(pen);
            connectLine_->setZValue(10);
            scene_->addItem(connectLine_);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        QGraphicsItem* grabber = scene_->mouseGrabberItem();
        if (grabber && grabber->type() == ModelNode::Type) {
            moveStart_.clear();
            for (QGraphicsItem* item : scene_->selectedItems())
                if (item->type() == ModelNode::Type)
                    moveStart_.push_back({static_cast<ModelNode*>(item)->name(), item->pos()});
            scene_->setUserMoveActive(true);
        }
    }
}

void DiagramView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (panning_) {
        const QPoint delta = pos - panLast_;
        panLast_ = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (connectLine_ && connectFrom_) {
        if ((pos - connectPressPos_).manhattanLength() >= QApplication::startDragDistance()) connectMoved_ = true;
        const QPointF from = connectFrom_->mapToScene(connectFrom_->connectorPos());
        const QPointF to = mapToScene(pos);
        QPainterPath path(from);
        if (nodeAt(pos) == connectFrom_ && connectMoved_) {
            // Back onto the same model: preview a loop.
            path.cubicTo(from + QPointF(60, -60), to + QPointF(60, 60), to);
        } else {
            path.lineTo(to);
        }
        connectLine_->setPath(path);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_ && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        panning_ = false;
        if (spaceHeld_) viewport()->setCursor(Qt::OpenHandCursor);
        else viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (connectLine_ && event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if ((pos - connectPressPos_).manhattanLength() >= QApplication::startDragDistance()) connectMoved_ = true;
        finishConnect(pos, event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) finishMove();
}

void DiagramView::finishMove() {
    scene_->setUserMoveActive(false);
    if (moveStart_.empty()) return;
    MoveModelsCommand::Positions before, after;
    for (const auto& [name, start] : moveStart_) {
        const ModelNode* n = scene_->node(name);
        if (!n || n->pos() == start) continue;
        const std::string key = name.toStdString();
        before.push_back({key, model_->position(key)});
        after.push_back({key, QPointF(std::round(n->pos().x()), std::round(n->pos().y()))});
    }
    moveStart_.clear();
    if (!after.empty())
        model_->undoStack()->push(new MoveModelsCommand(model_, std::move(before), std::move(after), ++dragCounter_));
    updateSceneRect();
}

void DiagramView::cancelConnect() {
    if (connectLine_) {
        scene_->removeItem(connectLine_);
        delete connectLine_;
        connectLine_ = nullptr;
    }
    connectFrom_ = nullptr;
}

void DiagramView::finishConnect(const QPoint& viewPos, const QPoint& globalPos) {
    ModelNode* from = connectFrom_;
    const bool moved = connectMoved_;
    cancelConnect();
    ModelNode* to = nodeAt(viewPos);
    if (!from || !to || !moved || !from->isDocumentModel() || !to->isDocumentModel()) return;
    const QString source = from->name(), target = to->name();
    const AssociationTypeChooser& chooser = chooserOverride();
    const std::optional<AssociationType> type = chooser ? chooser(this, globalPos) : chooseWithMenu(this, globalPos);
    if (type) addAssociation(source, target, *type);
}

// ---------------------------------------------------------------------------------------------
// Edits

std::string DiagramView::defaultThrough(const Document& doc, const std::string& source, const std::string& target) {
    for (const Association& a : doc.associations) {
        if (a.type != AssociationType::BelongsToMany || !a.options.through || a.options.through->model.empty()) continue;
        if ((a.source == source && a.target == target) || (a.source == target && a.target == source))
            return a.options.through->model;
    }
    std::set<std::string> taken;
    for (const Model& m : doc.models) taken.insert(m.name);
    for (const Association& a : doc.associations)
        if (a.options.through) taken.insert(a.options.through->model);
    const std::string base = upperFirst(source) + upperFirst(target) + "s";
    std::string name = base;
    for (int i = 2; taken.count(name); ++i) name = base + std::to_string(i);
    return name;
}

bool DiagramView::addAssociation(const QString& source, const QString& target, AssociationType type) {
    const std::string s = source.toStdString(), t = target.toStdString();
    if (!model_->document().findModel(s) || !model_->document().findModel(t)) return false;
    const int index = static_cast<int>(model_->document().associations.size());
    const bool pushed = pushEdit(model_, tr("Add %1 association").arg(QLatin1String(associationTypeName(type))),
                                 [&](Document& doc) {
                                     Association a;
                                     a.source = s;
                                     a.type = type;
                                     a.target = t;
                                     if (type == AssociationType::BelongsToMany) {
                                         ThroughSpec through;
                                         through.model = defaultThrough(doc, s, t);
                                         a.options.through = through;
                                     }
                                     doc.associations.push_back(std::move(a));
                                 });
    if (pushed && selection_) selection_->selectAssociation(index);
    return pushed;
}

bool DiagramView::addModelAt(const QPointF& scenePos) {
    const std::string name = model_->uniqueModelName("model");
    QPointF topLeft = scenePos - QPointF(scene_->canvasStyle().minNodeWidth / 2, 14);
    if (scene_->snapToGrid()) topLeft = scene_->snapPoint(topLeft);
    const bool pushed = pushEdit(model_, tr("Add model %1").arg(QString::fromStdString(name)), [&](Document& doc) {
        Model m;
        m.name = name;
        doc.models.push_back(std::move(m));
        setLayoutPosition(doc, name, topLeft);
    });
    if (pushed && selection_) selection_->selectModel(QString::fromStdString(name));
    return pushed;
}

void DiagramView::deleteSelection() {
    std::set<std::string> models;
    std::set<int> associations;
    for (QGraphicsItem* item : scene_->selectedItems()) {
        if (item->type() == ModelNode::Type) {
            const auto* n = static_cast<ModelNode*>(item);
            if (n->isDocumentModel()) models.insert(n->name().toStdString());
        } else if (item->type() == AssociationEdge::Type) {
            associations.insert(static_cast<AssociationEdge*>(item)->index());
        }
    }
    if (models.empty() && associations.empty()) return;
    const QString text = models.empty() ? tr("Delete %n association(s)", nullptr, static_cast<int>(associations.size()))
                                        : tr("Delete %n model(s)", nullptr, static_cast<int>(models.size()));
    scene_->clearSelection();
    pushEdit(model_, text, [&](Document& doc) {
        std::vector<Association> kept;
        kept.reserve(doc.associations.size());
        for (size_t i = 0; i < doc.associations.size(); ++i) {
            const Association& a = doc.associations[i];
            if (associations.count(static_cast<int>(i)) || models.count(a.source) || models.count(a.target)) continue;
            kept.push_back(a);
        }
        doc.associations = std::move(kept);
        doc.models.erase(std::remove_if(doc.models.begin(), doc.models.end(),
                                        [&](const Model& m) { return models.count(m.name) > 0; }),
                         doc.models.end());
        const auto layout = doc.extra.find("layout");
        if (layout != doc.extra.end() && layout->is_object())
            for (const std::string& m : models) layout->erase(m);
    });
}

void DiagramView::copySelection() {
    std::set<std::string> chosen;
    for (QGraphicsItem* item : scene_->selectedItems())
        if (item->type() == ModelNode::Type && static_cast<ModelNode*>(item)->isDocumentModel())
            chosen.insert(static_cast<ModelNode*>(item)->name().toStdString());
    if (chosen.empty()) return;
    const Document& doc = model_->document();
    Document clip;
    for (const Model& m : doc.models)
        if (chosen.count(m.name)) clip.models.push_back(m);
    for (const Association& a : doc.associations)
        if (chosen.count(a.source) && chosen.count(a.target)) clip.associations.push_back(a);
    for (const Model& m : clip.models)
        if (const ModelNode* n = scene_->node(m.name)) setLayoutPosition(clip, m.name, n->pos());
    const std::string text = DocumentWriter::write(clip);
    auto* mime = new QMimeData;
    mime->setData(clipboardMimeType(), QByteArray::fromStdString(text));
    mime->setText(QString::fromStdString(text));
    QGuiApplication::clipboard()->setMimeData(mime);
    pasteCount_ = 0;
}

void DiagramView::paste() {
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) return;
    QByteArray bytes = mime->data(clipboardMimeType());
    if (bytes.isEmpty() && mime->hasText()) bytes = mime->text().toUtf8();
    if (bytes.trimmed().isEmpty() || bytes.trimmed().front() != '{') return;
    Document clip;
    Diagnostics errors;
    if (!DocumentReader::read(bytes.toStdString(), clip, errors) || clip.models.empty()) return;

    const Document& doc = model_->document();
    const ResolvedSchema& schema = model_->schema();
    std::set<std::string> names, tables, throughs;
    for (const Model& m : doc.models) names.insert(m.name);
    for (const Table& t : schema.tables) {
        names.insert(t.model);
        tables.insert(t.tableName);
    }
    for (const Association& a : doc.associations)
        if (a.options.through) throughs.insert(a.options.through->model);
    auto unique = [](const std::string& base, const std::string& suffix, std::set<std::string>& taken) {
        std::string name = base;
        for (int i = 1; taken.count(name); ++i) name = base + suffix + (i == 1 ? std::string() : std::to_string(i));
        taken.insert(name);
        return name;
    };
    std::map<std::string, std::string> renamed;
    for (Model& m : clip.models) {
        const std::string fresh = unique(m.name, "Copy", names);
        renamed[m.name] = fresh;
        m.name = fresh;
        if (m.options.tableName) m.options.tableName = unique(*m.options.tableName, "_copy", tables);
    }
    std::map<std::string, std::string> throughRenamed; // pairs sharing a join table keep sharing it
    for (Association& a : clip.associations) {
        a.source = renamed[a.source];
        a.target = renamed[a.target];
        if (!a.options.through || a.options.through->model.empty()) continue;
        std::string& through = a.options.through->model;
        if (renamed.count(through)) {
            through = renamed[through];
        } else if (throughRenamed.count(through)) {
            through = throughRenamed[through];
        } else if (throughs.count(through) || names.count(through) || tables.count(through)) {
            std::set<std::string> taken = throughs;
            taken.insert(names.begin(), names.end());
            taken.insert(tables.begin(), tables.end());
            const std::string fresh = unique(through, "Copy", taken);
            throughRenamed[through] = fresh;
            throughs.insert(fresh);
            through = fresh;
        }
    }
    ++pasteCount_;
    const QPointF shift(40.0 * pasteCount_, 40.0 * pasteCount_);
    std::vector<std::pair<std::string, QPointF>> positions;
    std::map<std::string, QPointF> clipLayout;
    const auto layout = clip.extra.find("layout");
    for (const auto& [old, fresh] : renamed) {
        if (layout == clip.extra.end() || !layout->is_object()) break;
        const auto node = layout->find(old);
        if (node == layout->end() || !node->is_object() || !node->contains("x") || !node->contains("y")) continue;
        const auto& x = (*node)["x"];
        const auto& y = (*node)["y"];
        if (x.is_number() && y.is_number()) positions.push_back({fresh, QPointF(x.get<double>(), y.get<double>()) + shift});
    }
    QSet<QString> pasted;
    const bool pushed = pushEdit(model_, tr("Paste %n model(s)", nullptr, static_cast<int>(clip.models.size())),
                                 [&](Document& d) {
                                     for (Model& m : clip.models) {
                                         pasted.insert(QString::fromStdString(m.name));
                                         d.models.push_back(m);
                                     }
                                     for (Association& a : clip.associations) d.associations.push_back(a);
                                     for (const auto& [name, p] : positions) setLayoutPosition(d, name, p);
                                 });
    if (pushed && selection_) selection_->select(pasted, {});
}

void DiagramView::autoLayout() {
    MoveModelsCommand::Positions before, after;
    for (const auto& [n, p] : scene_->layeredPositions()) {
        const std::string key = n->name().toStdString();
        const auto old = model_->position(key);
        if (old && *old == p) continue;
        before.push_back({key, old});
        after.push_back({key, p});
    }
    if (after.empty()) return;
    auto* command = new MoveModelsCommand(model_, std::move(before), std::move(after), ++dragCounter_);
    command->setText(tr("Automatic layout"));
    model_->undoStack()->push(command);
    updateSceneRect();
}

// ---------------------------------------------------------------------------------------------
// Keyboard and drops

void DiagramView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !panning_) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && connectLine_) {
        cancelConnect();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) deleteSelection();
    else if (event->matches(QKeySequence::Copy)) copySelection();
    else if (event->matches(QKeySequence::Paste)) paste();
    else if (event->matches(QKeySequence::SelectAll)) selectAll();
    else if (event->matches(QKeySequence::ZoomIn) ||
             (event->key() == Qt::Key_Equal && (event->modifiers() & Qt::ControlModifier)))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut)) zoomOut();
    else if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier)) resetZoom();
    else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DiagramView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_) viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(PaletteWidget::mimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(PaletteWidget::mimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent* event) {
    if (event->mimeData()->hasFormat(PaletteWidget::mimeType())) {
        const QString kind = QString::fromUtf8(event->mimeData()->data(PaletteWidget::mimeType()));
        if (kind == PaletteWidget::modelEntry()) {
            addModelAt(mapToScene(event->position().toPoint()));
            event->acceptProposedAction();
            setFocus();
            return;
        }
    }
    QGraphicsView::dropEvent(event);
}

} // namespace relata::ui
