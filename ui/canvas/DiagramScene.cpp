#include "canvas/DiagramScene.h"

#include "canvas/AssociationEdge.h"
#include "canvas/AutoLayout.h"
#include "canvas/CanvasText.h"
#include "canvas/ModelNode.h"
#include "model/DesignModel.h"

#include <QApplication>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace relata::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string aliasText(const Association& a) {
    if (!a.options.as) return {};
    const AliasSpec& as = *a.options.as;
    if (!as.isObject) return as.name;
    return as.plural.empty() ? as.singular : as.plural;
}

} // namespace

DiagramScene::DiagramScene(const DesignModel* model, QObject* parent) : QGraphicsScene(parent), model_(model) {
    style_ = CanvasStyle::fromPalette(QApplication::palette(), QApplication::font());
    setItemIndexMethod(BspTreeIndex);
    connect(model_, &DesignModel::documentReset, this, [this] {
        rebuild();
        skipNextSchema_ = true; // resetDocument() follows with schemaChanged(): nothing more to do
    });
    connect(model_, &DesignModel::schemaChanged, this, &DiagramScene::onSchemaChanged);
    connect(model_, &DesignModel::positionsChanged, this, &DiagramScene::onPositionsChanged);
    rebuild();
}

DiagramScene::~DiagramScene() {
    // Items refer back to the scene while being destroyed; drop them first.
    bulk_ = true;
    clear();
}

ModelNode* DiagramScene::node(const QString& model) const {
    return node(model.toStdString());
}

ModelNode* DiagramScene::node(const std::string& model) const {
    const auto it = nodes_.find(model);
    return it == nodes_.end() ? nullptr : it->second;
}

QList<ModelNode*> DiagramScene::nodes() const {
    return QList<ModelNode*>(order_.begin(), order_.end());
}

AssociationEdge* DiagramScene::edge(int associationIndex) const {
    return associationIndex >= 0 && associationIndex < edgeCount() ? edges_[static_cast<size_t>(associationIndex)] : nullptr;
}

QList<AssociationEdge*> DiagramScene::edges() const {
    return QList<AssociationEdge*>(edges_.begin(), edges_.end());
}

QRectF DiagramScene::contentsRect() const {
    QRectF r;
    for (const ModelNode* n : order_) r = r.united(n->frame());
    for (const AssociationEdge* e : edges_)
        if (e->isVisible()) r = r.united(e->boundingRect());
    return r;
}

void DiagramScene::setCanvasStyle(const CanvasStyle& style) {
    style_ = style;
    bulk_ = true;
    for (ModelNode* n : order_) n->relayout();
    bulk_ = false;
    for (AssociationEdge* e : edges_) e->updateGeometry();
    update();
}

void DiagramScene::setCachingEnabled(bool on) {
    if (caching_ == on) return;
    caching_ = on;
    for (ModelNode* n : order_) applyCacheMode(n);
}

void DiagramScene::applyCacheMode(ModelNode* node) const {
    node->setCacheMode(caching_ ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void DiagramScene::setConnectorsVisible(bool on) {
    if (connectors_ == on) return;
    connectors_ = on;
    for (ModelNode* n : order_) n->update();
}

void DiagramScene::setGridVisible(bool on) {
    if (gridVisible_ == on) return;
    gridVisible_ = on;
    invalidate(sceneRect(), BackgroundLayer);
}

QPointF DiagramScene::snapPoint(const QPointF& p) const {
    const double g = style_.gridSize;
    return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
}

// ---------------------------------------------------------------------------------------------
// Following the model

QHash<QString, QPointF> DiagramScene::readLayout() const {
    QHash<QString, QPointF> out;
    const OrderedJson& extra = model_->document().extra;
    const auto layout = extra.find("layout");
    if (layout == extra.end() || !layout->is_object()) return out;
    out.reserve(static_cast<qsizetype>(layout->size()));
    for (auto it = layout->begin(); it != layout->end(); ++it) {
        const OrderedJson& v = it.value();
        if (!v.is_object()) continue;
        const auto x = v.find("x"), y = v.find("y");
        if (x == v.end() || y == v.end() || !x->is_number() || !y->is_number()) continue;
        out.insert(q(it.key()), QPointF(x->get<double>(), y->get<double>()));
    }
    return out;
}

void DiagramScene::rebuild() {
    bulk_ = true;
    clearSelection();
    // Nodes go first; each edge unregisters nothing, so plain deletion is fine.
    for (AssociationEdge* e : edges_) {
        removeItem(e);
        delete e;
    }
    edges_.clear();
    for (ModelNode* n : order_) {
        removeItem(n);
        delete n;
    }
    order_.clear();
    nodes_.clear();
    adjacency_.clear();
    QSet<ModelNode*> resized;
    QHash<QString, QPointF> removed;
    const auto created = syncNodes(resized, removed);
    syncEdges(resized, true);
    placeNewNodes(created, true, removed);
    bulk_ = false;
    for (AssociationEdge* e : edges_) e->updateGeometry();
    updateBspDepth();
    emit contentsChanged();
}

void DiagramScene::onSchemaChanged() {
    if (skipNextSchema_) {
        skipNextSchema_ = false;
        return;
    }
    QSet<ModelNode*> resized;
    QHash<QString, QPointF> removed;
    const auto created = syncNodes(resized, removed);
    syncEdges(resized, false);
    placeNewNodes(created, false, removed);
    if (!created.empty() || !removed.isEmpty()) updateBspDepth();
    if (!created.empty() || !removed.isEmpty() || !resized.isEmpty()) emit contentsChanged();
}

void DiagramScene::updateBspDepth() {
    // Qt's automatic depth is about log2(items), and a long edge is indexed in every cell it
    // crosses: 5,000 models then peaked at 1,090 MB instead of 640 and an edit's canvas update
    // took three times as long (bench_canvas). Half that depth keeps lookups quick.
    const double items = static_cast<double>(order_.size() + edges_.size());
    setBspTreeDepth(std::clamp(static_cast<int>(std::log2(std::max(2.0, items)) / 2.0) + 2, 3, 9));
}

std::vector<ModelNode*> DiagramScene::syncNodes(QSet<ModelNode*>& resized, QHash<QString, QPointF>& removedPositions) {
    const Document& doc = model_->document();
    const ResolvedSchema& schema = model_->schema();
    std::vector<ModelNode*> created, order;
    order.reserve(schema.tables.size() + 4);
    std::unordered_map<const ModelNode*, bool> seen;
    seen.reserve(schema.tables.size() + doc.models.size());
    auto obtain = [&](const std::string& name) {
        ModelNode*& slot = nodes_[name];
        if (!slot) {
            slot = new ModelNode(this, q(name));
            created.push_back(slot);
        }
        seen[slot] = true;
        order.push_back(slot);
        return slot;
    };
    for (const Table& t : schema.tables) {
        if (nodes_.count(t.model) && seen.count(nodes_[t.model])) continue; // two tables, one model: keep the first
        ModelNode* n = obtain(t.model);
        const QSizeF before = n->size();
        if (n->setTable(t, doc, schema) && n->size() != before) resized.insert(n);
    }
    for (const Model& m : doc.models) {
        if (schema.findModel(m.name)) continue;
        ModelNode* n = obtain(m.name);
        n->setUnresolved(m);
        resized.insert(n);
    }
    for (auto it = nodes_.begin(); it != nodes_.end();) {
        ModelNode* n = it->second;
        if (seen.count(n)) {
            ++it;
            continue;
        }
        if (n->isDocumentModel()) removedPositions.insert(n->name(), n->pos());
        for (AssociationEdge* e : adjacency_.value(n)) e->setRouting(nullptr, nullptr, nullptr, 0, 0);
        adjacency_.remove(n);
        resized.remove(n);
        removeItem(n);
        delete n;
        it = nodes_.erase(it);
    }
    for (ModelNode* n : created) {
        resized.remove(n);
        applyCacheMode(n);
        addItem(n);
    }
    order_ = std::move(order);
    return created;
}

void DiagramScene::syncEdges(const QSet<ModelNode*>& resized, bool all) {
    const Document& doc = model_->document();
    const ResolvedSchema& schema = model_->schema();
    const size_t count = doc.associations.size();
    while (edges_.size() > count) {
        removeItem(edges_.back());
        delete edges_.back();
        edges_.pop_back();
    }
    const size_t existing = edges_.size();
    for (size_t i = existing; i < count; ++i) {
        auto* e = new AssociationEdge(this, static_cast<int>(i));
        edges_.push_back(e);
        addItem(e);
    }
    std::vector<char> dirty(count, 0);
    for (size_t i = 0; i < count; ++i) {
        const Association& a = doc.associations[i];
        const ResolvedAssociation* r = resolvedAssociation(schema, static_cast<int>(i));
        EdgeData d;
        d.source = a.source;
        d.target = a.target;
        d.type = a.type;
        d.constraints = r ? r->constraints : a.options.constraints.value_or(true);
        d.label = aliasText(a);
        if (r) {
            d.fkField = r->foreignKeyField;
            d.through = r->through;
        }
        AssociationEdge* e = edges_[i];
        if (e->setData(d)) {
            dirty[i] = 1;
            if (i < existing && e->isSelected()) e->setSelected(false); // now another association
        }
    }
    // Routing: parallel edges between the same two nodes get slots; self loops nest.
    struct PairHash {
        size_t operator()(const std::pair<const ModelNode*, const ModelNode*>& p) const {
            return std::hash<const void*>()(p.first) * 31u ^ std::hash<const void*>()(p.second);
        }
    };
    using Key = std::pair<const ModelNode*, const ModelNode*>;
    auto pairKey = [](const ModelNode* a, const ModelNode* b) { return std::less<const ModelNode*>()(a, b) ? Key(a, b) : Key(b, a); };
    std::unordered_map<Key, int, PairHash> groups;
    groups.reserve(count);
    std::vector<int> slotOf(count, 0);
    std::vector<ModelNode*> ends(3 * count, nullptr);
    for (size_t i = 0; i < count; ++i) {
        const EdgeData& d = edges_[i]->data();
        ModelNode* s = node(d.source);
        ModelNode* t = node(d.target);
        ModelNode* j = d.through.empty() ? nullptr : node(d.through);
        ends[3 * i] = s;
        ends[3 * i + 1] = t;
        ends[3 * i + 2] = j;
        if (!s || !t) continue;
        slotOf[i] = groups[pairKey(s, t)]++;
    }
    adjacency_.clear();
    adjacency_.reserve(static_cast<qsizetype>(nodes_.size()));
    for (size_t i = 0; i < count; ++i) {
        AssociationEdge* e = edges_[i];
        ModelNode *s = ends[3 * i], *t = ends[3 * i + 1], *j = ends[3 * i + 2];
        int groupSize = 1;
        if (s && t) groupSize = groups[pairKey(s, t)];
        const bool routed = e->setRouting(s, t, j, slotOf[i], groupSize);
        if (s) adjacency_[s].push_back(e);
        if (t && t != s) adjacency_[t].push_back(e);
        if (j) adjacency_[j].push_back(e);
        const bool touched = (s && resized.contains(s)) || (t && resized.contains(t)) || (j && resized.contains(j));
        if (!bulk_ && (all || routed || dirty[i] || touched)) e->updateGeometry();
    }
}

void DiagramScene::placeNewNodes(const std::vector<ModelNode*>& created, bool initial,
                                 const QHash<QString, QPointF>& removedPositions) {
    if (created.empty()) return;
    const bool wasBulk = bulk_;
    bulk_ = true; // edges of moved nodes are updated below, once
    std::vector<ModelNode*> unplaced;
    if (created.size() > 16) {
        const QHash<QString, QPointF> layout = readLayout();
        for (ModelNode* n : created) {
            const auto it = layout.constFind(n->name());
            if (it != layout.constEnd()) {
                n->setPos(*it);
                n->positionFromDocument = true;
            } else {
                unplaced.push_back(n);
            }
        }
    } else {
        for (ModelNode* n : created) {
            if (const auto p = model_->position(n->name().toStdString())) {
                n->setPos(*p);
                n->positionFromDocument = true;
            } else {
                unplaced.push_back(n);
            }
        }
    }

    auto placeAt = [](ModelNode* n, const QPointF& p) {
        n->setPos(p);
        n->autoPosition = p;
        n->positionFromDocument = false;
    };
    // Endpoint centres of the association a join model serves, when both are placed.
    QSet<const ModelNode*> pending(unplaced.begin(), unplaced.end());
    auto joinAnchor = [&](const ModelNode* join) -> std::optional<QPointF> {
        for (const AssociationEdge* e : adjacency_.value(join)) {
            if (e->joinNode() != join || !e->sourceNode() || !e->targetNode()) continue;
            if (pending.contains(e->sourceNode()) || pending.contains(e->targetNode())) continue;
            const QPointF a = e->sourceNode()->frame().center(), b = e->targetNode()->frame().center();
            if (e->sourceNode() == e->targetNode()) return a + QPointF(0, e->sourceNode()->size().height() / 2 + 120);
            return (a + b) / 2 + QPointF(0, 90);
        }
        return std::nullopt;
    };

    if (!unplaced.empty()) {
        if (initial && unplaced.size() == nodes_.size()) {
            for (const auto& [n, p] : layeredPositions()) placeAt(n, p);
        } else if (initial) {
            QList<ModelNode*> subset;
            std::vector<std::pair<ModelNode*, QPointF>> joins;
            for (ModelNode* n : unplaced) {
                if (n->isAutoJoinModel())
                    if (const auto anchor = joinAnchor(n)) {
                        joins.push_back({n, *anchor});
                        continue;
                    }
                subset << n;
            }
            QRectF placed;
            for (const ModelNode* n : order_)
                if (!pending.contains(n)) placed = placed.united(n->frame());
            const QPointF origin(std::round(placed.left()), std::round(placed.bottom() + 200));
            for (const auto& [n, p] : layeredPositions(subset, origin)) {
                placeAt(n, p);
                pending.remove(n);
            }
            for (const auto& [n, anchor] : joins) {
                placeAt(n, freeSpotNear(anchor, n->size(), n));
                pending.remove(n);
            }
        } else if (removedPositions.size() == 1 && unplaced.size() == 1 && unplaced.front()->isDocumentModel()) {
            placeAt(unplaced.front(), *removedPositions.constBegin()); // a rename keeps its place
        } else {
            for (ModelNode* n : unplaced) {
                std::optional<QPointF> anchor = n->isAutoJoinModel() ? joinAnchor(n) : std::nullopt;
                if (!anchor) {
                    if (hint_) anchor = *hint_;
                    else {
                        QRectF placed;
                        for (const ModelNode* m : order_)
                            if (!pending.contains(m)) placed = placed.united(m->frame());
                        anchor = placed.isNull() ? QPointF(0, 0) : QPointF(placed.right() + 200, placed.top() + 100);
                    }
                }
                placeAt(n, freeSpotNear(*anchor, n->size(), n));
                pending.remove(n);
            }
        }
    }
    bulk_ = wasBulk;
    if (!bulk_)
        for (ModelNode* n : created) updateEdgesOf(n);
}

void DiagramScene::onPositionsChanged(const QSet<QString>& models) {
    auto apply = [](ModelNode* n, const std::optional<QPointF>& p) {
        if (p) {
            n->positionFromDocument = true;
            if (n->pos() != *p) n->setPos(*p);
        } else if (n->positionFromDocument) {
            n->positionFromDocument = false;
            if (n->autoPosition) n->setPos(*n->autoPosition);
        }
    };
    if (models.size() > 64 || models.size() >= static_cast<qsizetype>(model_->document().models.size())) {
        const QHash<QString, QPointF> layout = readLayout();
        for (ModelNode* n : order_) {
            const auto it = layout.constFind(n->name());
            apply(n, it == layout.constEnd() ? std::nullopt : std::optional<QPointF>(*it));
        }
    } else {
        for (const QString& name : models)
            if (ModelNode* n = node(name)) apply(n, model_->position(name.toStdString()));
    }
    emit contentsChanged();
}

void DiagramScene::nodeMoved(ModelNode* node) {
    if (!bulk_) updateEdgesOf(node);
}

void DiagramScene::updateEdgesOf(const ModelNode* node) {
    const auto it = adjacency_.constFind(node);
    if (it == adjacency_.constEnd()) return;
    for (AssociationEdge* e : *it) e->updateGeometry();
}

// ---------------------------------------------------------------------------------------------
// Placement

std::vector<std::pair<ModelNode*, QPointF>> DiagramScene::layeredPositions(const QList<ModelNode*>& subset,
                                                                           QPointF origin) const {
    const QList<ModelNode*> list = subset.isEmpty() ? nodes() : subset;
    std::unordered_map<const ModelNode*, int> index;
    index.reserve(static_cast<size_t>(list.size()));
    for (int i = 0; i < list.size(); ++i) index.emplace(list[i], i);
    LayoutGraph graph;
    graph.sizes.reserve(static_cast<size_t>(list.size()));
    graph.references.resize(static_cast<size_t>(list.size()));
    const ResolvedSchema& schema = model_->schema();
    for (int i = 0; i < list.size(); ++i) {
        const ModelNode* n = list[i];
        graph.sizes.push_back(n->size());
        for (const Column& c : n->table().columns) {
            if (!c.references) continue;
            const Table* t = schema.findTable(c.references->table);
            if (!t) continue;
            const ModelNode* target = node(t->model);
            const auto it = index.find(target);
            if (it != index.end()) graph.references[static_cast<size_t>(i)].push_back(it->second);
        }
    }
    const std::vector<QPointF> points = layeredLayout(graph);
    std::vector<std::pair<ModelNode*, QPointF>> out;
    out.reserve(points.size());
    for (int i = 0; i < list.size(); ++i) out.push_back({list[i], points[static_cast<size_t>(i)] + origin});
    return out;
}

QPointF DiagramScene::freeSpotNear(const QPointF& center, const QSizeF& size, const ModelNode* ignore) const {
    const double step = 40, gap = 24;
    const QPointF base(std::round(center.x() - size.width() / 2), std::round(center.y() - size.height() / 2));
    auto isFree = [&](const QPointF& topLeft) {
        const QRectF r = QRectF(topLeft, size).adjusted(-gap, -gap, gap, gap);
        for (const QGraphicsItem* item : items(r, Qt::IntersectsItemBoundingRect))
            if (item->type() == ModelNode::Type && item != ignore) return false;
        return true;
    };
    for (int ring = 0; ring <= 80; ++ring) {
        std::vector<std::pair<int, int>> cells;
        for (int i = -ring; i <= ring; ++i)
            for (int j = -ring; j <= ring; ++j)
                if (std::max(std::abs(i), std::abs(j)) == ring) cells.push_back({i, j});
        std::stable_sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) {
            return a.first * a.first + a.second * a.second < b.first * b.first + b.second * b.second;
        });
        for (const auto& [i, j] : cells) {
            const QPointF p = base + QPointF(i * step, j * step);
            if (isFree(p)) return p;
        }
    }
    return base;
}

// ---------------------------------------------------------------------------------------------
// Painting and tooltips

namespace {

// Batched edge segments by look: the four types solid, dashed (constraints: false) and as dotted
// join links, then the selection.
enum EdgeKind { Solid = 0, Dashed = 4, Link = 8, Selected = 12, EdgeKinds = 13 };

int kindOf(const AssociationEdge* e) {
    if (e->isSelected()) return Selected;
    return static_cast<int>(e->data().type) + (e->data().constraints ? Solid : Dashed);
}

Qt::PenStyle styleOf(int kind) {
    if (kind >= Dashed && kind < Link) return Qt::DashLine;
    return kind >= Link && kind < Selected ? Qt::DotLine : Qt::SolidLine;
}

// Far away node boxes: body and header band, in scene coordinates, selected ones in the
// selection colour. ModelNode::paint() leaves them to the batch so they land above its edges.
template <typename Fill>
void forNodeBoxes(const std::vector<ModelNode*>& nodes, const CanvasStyle& s, const QRectF& rect,
                  Fill&& fill) {
    for (const ModelNode* n : nodes) {
        const QRectF frame = n->frame();
        if (!frame.intersects(rect)) continue;
        fill(frame, n->isSelected() ? s.selection : s.nodeFill);
        fill(QRectF(frame.topLeft(), QSizeF(frame.width(), n->headerHeight())),
             n->isAutoJoinModel() ? s.joinHeaderFill : s.headerFill);
    }
}

} // namespace

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect) {
    const double scale = painter->worldTransform().m11();
    if (drawsEdgesInBatch(scale) && drawsDirectly(painter, rect)) return drawBatchInto(painter, rect, scale);
    painter->fillRect(rect, style_.background);
    const std::vector<QLineF> grid = gridLines(rect, scale);
    if (!grid.empty()) {
        QPen pen(style_.grid, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(grid.data(), static_cast<int>(grid.size()));
    }
    if (drawsEdgesInBatch(scale)) drawBatchWith(painter, rect, scale);
}

QTransform DiagramScene::toDevicePixels(const QPainter* painter) {
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    return painter->worldTransform() * QTransform::fromScale(ratio, ratio);
}

bool DiagramScene::drawsDirectly(const QPainter* painter, const QRectF& rect) {
    // Pixels can be written directly on a raster device, translated and scaled only, into a
    // frame of reasonable size (views and image exports are).
    constexpr int kMaxFrameSide = 16384;
    const QRectF frame = toDevicePixels(painter).mapRect(rect);
    return painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
           !painter->viewTransformEnabled() && painter->worldTransform().type() <= QTransform::TxScale &&
           frame.width() <= kMaxFrameSide && frame.height() <= kMaxFrameSide;
}

std::vector<QLineF> DiagramScene::gridLines(const QRectF& rect, double scale) const {
    std::vector<QLineF> lines;
    if (!gridVisible_ || scale < CanvasStyle::farDetail) return lines;
    double g = style_.gridSize;
    while (g * scale < 12) g *= 5; // keep lines at least 12 px apart
    if (g * scale > 400) return lines;
    for (double x = std::floor(rect.left() / g) * g; x <= rect.right(); x += g)
        lines.emplace_back(x, rect.top(), x, rect.bottom());
    for (double y = std::floor(rect.top() / g) * g; y <= rect.bottom(); y += g)
        lines.emplace_back(rect.left(), y, rect.right(), y);
    return lines;
}

void DiagramScene::collectEdgeBatch(const QRectF& rect, bool straight) {
    // Far away edges are straight lines between their ends (loops vanish); nearer they are the
    // items' polylines with their join links.
    static_assert(static_cast<size_t>(EdgeKinds) == kBatchKinds);
    for (auto& lines : batch_)
        lines.clear();
    for (const AssociationEdge* e : edges_) {
        if (!e->isVisible() || !e->boundingRect().intersects(rect)) continue;
        std::vector<QLineF>& out = batch_[static_cast<size_t>(kindOf(e))];
        if (straight) {
            if (!e->isSelfLoop()) out.emplace_back(e->curve().start, e->curve().end);
            continue;
        }
        const QPolygonF& line = e->polyline();
        for (qsizetype i = 0; i + 1 < line.size(); ++i)
            out.emplace_back(line[i], line[i + 1]);
        if (!e->joinLink().isNull())
            batch_[static_cast<size_t>(Link + static_cast<int>(e->data().type))].push_back(e->joinLink());
    }
}

QColor DiagramScene::batchColor(int kind) const {
    return kind == Selected ? style_.selection
                            : CanvasStyle::associationColor(static_cast<AssociationType>(kind % 4));
}

void DiagramScene::drawBatchInto(QPainter* painter, const QRectF& rect, double scale) {
    // Background, grid, edge lines and far node boxes into one buffer, copied out in one go.
    const QTransform world = toDevicePixels(painter);
    raster_.begin(world.mapRect(rect).toAlignedRect().adjusted(-1, -1, 1, 1), style_.background);
    raster_.setColor(style_.grid);
    raster_.setPattern(0, 0);
    raster_.setThick(false);
    for (const QLineF& l : gridLines(rect, scale))
        raster_.drawLine(world.map(l.p1()), world.map(l.p2()));
    collectEdgeBatch(rect, scale < CanvasStyle::farDetail);
    for (int kind = 0; kind < EdgeKinds; ++kind) {
        const Qt::PenStyle style = styleOf(kind);
        raster_.setColor(batchColor(kind));
        // Qt's cosmetic dashes (4 on, 2 off) and dots (1 on, 2 off).
        if (style == Qt::DashLine)
            raster_.setPattern(0x0fu, 6);
        else
            raster_.setPattern(style == Qt::DotLine ? 0x1u : 0u, style == Qt::DotLine ? 3 : 0);
        raster_.setThick(kind == Selected);
        int phase = 0;
        std::optional<QPointF> last;
        for (const QLineF& l : batch_[static_cast<size_t>(kind)]) {
            const QPointF a = world.map(l.p1()), b = world.map(l.p2());
            phase = raster_.drawLine(a, b, last == a ? phase : 0); // a polyline's dashes run on
            last = b;
        }
    }
    if (scale < CanvasStyle::boxDetail)
        forNodeBoxes(order_, style_, rect,
                     [&](const QRectF& r, const QColor& c) { raster_.fillRect(world.mapRect(r), c); });
    raster_.end(painter);
}

void DiagramScene::drawBatchWith(QPainter* painter, const QRectF& rect, double scale) {
    // The same through QPainter (vector devices such as SVG): a few drawLines() calls.
    collectEdgeBatch(rect, scale < CanvasStyle::farDetail);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int kind = 0; kind < EdgeKinds; ++kind) {
        const std::vector<QLineF>& lines = batch_[static_cast<size_t>(kind)];
        if (lines.empty()) continue;
        QPen pen(batchColor(kind), kind == Selected ? 2.0 : 1.0, styleOf(kind));
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(lines.data(), static_cast<int>(lines.size()));
    }
    if (scale < CanvasStyle::boxDetail)
        forNodeBoxes(order_, style_, rect,
                     [&](const QRectF& r, const QColor& c) { painter->fillRect(r, c); });
}

int DiagramScene::edgesIn(const QRectF& rect, int limit) const {
    int count = 0;
    for (const AssociationEdge* e : edges_)
        if (e->isVisible() && e->boundingRect().intersects(rect) && ++count >= limit) break;
    return count;
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    QTransform transform;
    if (event->widget())
        if (auto* view = qobject_cast<QGraphicsView*>(event->widget()->parentWidget())) transform = view->transform();
    QString tip;
    for (QGraphicsItem* item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        if (item->type() == ModelNode::Type) {
            auto* n = static_cast<ModelNode*>(item);
            tip = n->toolTipAt(n->mapFromScene(event->scenePos()));
            break;
        }
        if (item->type() == AssociationEdge::Type) {
            const auto* e = static_cast<AssociationEdge*>(item);
            tip = associationToolTip(model_->document(), model_->schema(), e->index());
            break;
        }
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), tip, event->widget());
    event->accept();
}

} // namespace relata::ui
