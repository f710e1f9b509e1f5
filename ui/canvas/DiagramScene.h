#pragma once
// The scene behind DiagramView and the exporter: one ModelNode per resolved table (join models
// included), one AssociationEdge per document association. It follows a DesignModel through its
// signals and rebuilds only what changed (nodes whose table changed, edges whose association or
// endpoints changed). It never edits the model: DiagramView turns gestures into undo commands.
#include "canvas/CanvasStyle.h"
#include "canvas/LineRaster.h"

#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QSet>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace relata::ui {

class AssociationEdge;
class DesignModel;
class ModelNode;

class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(const DesignModel* model, QObject* parent = nullptr);
    ~DiagramScene() override;

    const DesignModel* designModel() const { return model_; }

    const CanvasStyle& canvasStyle() const { return style_; }
    void setCanvasStyle(const CanvasStyle& style);

    // Item caching (DeviceCoordinateCache on nodes). Off for vector export and high-DPI screens.
    void setCachingEnabled(bool on);
    bool cachingEnabled() const { return caching_; }
    void setGridVisible(bool on);
    bool gridVisible() const { return gridVisible_; }
    // "Crowded": very many edges in sight (the view decides). Anti-aliased lines cost per pixel
    // and one paint() per edge costs per item, so then the scene draws every edge line aliased
    // in one batch, as it always does below farDetail; the items add only markers and labels.
    void setCrowded(bool on) { crowded_ = on; }
    bool isCrowded() const { return crowded_; }
    bool drawsEdgesInBatch(double lod) const { return lod < CanvasStyle::farDetail || crowded_; }
    // Below boxDetail, when edges are batched, node boxes are batched too (drawn above them).
    bool drawsNodesInBatch(double lod) const {
        return lod < CanvasStyle::boxDetail && drawsEdgesInBatch(lod);
    }
    // Edges whose bounds meet `rect`, counted up to `limit` (cheaper than an index query over
    // long edges, which sit in many index cells).
    int edgesIn(const QRectF& rect, int limit) const;
    // The association handles on node headers (off for exports).
    void setConnectorsVisible(bool on);
    bool connectorsVisible() const { return connectors_; }
    void setSnapToGrid(bool on) { snap_ = on; }
    bool snapToGrid() const { return snap_; }
    QPointF snapPoint(const QPointF& p) const;

    ModelNode* node(const QString& model) const;
    ModelNode* node(const std::string& model) const;
    QList<ModelNode*> nodes() const; // in table order
    int nodeCount() const { return static_cast<int>(nodes_.size()); }
    AssociationEdge* edge(int associationIndex) const;
    QList<AssociationEdge*> edges() const;
    int edgeCount() const { return static_cast<int>(edges_.size()); }
    QRectF contentsRect() const; // bounding rect of every node and edge

    // Layered positions (top-left, scene coordinates starting at `origin`) for `subset` (all when empty).
    std::vector<std::pair<ModelNode*, QPointF>> layeredPositions(const QList<ModelNode*>& subset = {},
                                                                 QPointF origin = QPointF(0, 0)) const;
    // A free place near `center` for a node of `size` (no overlap with other nodes).
    QPointF freeSpotNear(const QPointF& center, const QSizeF& size, const ModelNode* ignore = nullptr) const;
    // Where new unpositioned models go (the view sets its visible centre).
    void setPlacementHint(const QPointF& p) { hint_ = p; }

    // Called by nodes and the view.
    void nodeMoved(ModelNode* node);
    void setUserMoveActive(bool on) { userMove_ = on; }
    bool isUserMoveActive() const { return userMove_; }

signals:
    void contentsChanged(); // nodes or edges were added, removed or resized

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    const DesignModel* model_;
    CanvasStyle style_;
    std::unordered_map<std::string, ModelNode*> nodes_;
    std::vector<ModelNode*> order_; // table order
    std::vector<AssociationEdge*> edges_;
    QHash<const ModelNode*, QVector<AssociationEdge*>> adjacency_;
    bool caching_ = true;
    bool gridVisible_ = false;
    bool snap_ = false;
    bool connectors_ = true;
    bool crowded_ = false;
    bool userMove_ = false;
    bool bulk_ = false;
    bool skipNextSchema_ = false;
    std::optional<QPointF> hint_;
    static constexpr size_t kBatchKinds = 13;            // EdgeKind in the .cpp
    LineRaster raster_;                                  // reused by every batched frame
    std::array<std::vector<QLineF>, kBatchKinds> batch_; // edge segments per EdgeKind, likewise

    void rebuild();
    void onSchemaChanged();
    void onPositionsChanged(const QSet<QString>& models);
    // Creates, updates and deletes nodes; returns new nodes, fills `resized` with changed ones.
    std::vector<ModelNode*> syncNodes(QSet<ModelNode*>& resized, QHash<QString, QPointF>& removedPositions);
    void syncEdges(const QSet<ModelNode*>& resized, bool all);
    void placeNewNodes(const std::vector<ModelNode*>& created, bool initial,
                       const QHash<QString, QPointF>& removedPositions);
    QHash<QString, QPointF> readLayout() const;
    void applyCacheMode(ModelNode* node) const;
    void updateEdgesOf(const ModelNode* node);
    void updateBspDepth();
    std::vector<QLineF> gridLines(const QRectF& rect, double scale) const;
    void collectEdgeBatch(const QRectF& rect, bool straight);
    QColor batchColor(int kind) const;
    void drawBatchInto(QPainter* painter, const QRectF& rect, double scale); // via raster_
    void drawBatchWith(QPainter* painter, const QRectF& rect, double scale); // via QPainter
    static QTransform toDevicePixels(const QPainter* painter);
    static bool drawsDirectly(const QPainter* painter, const QRectF& rect);
};

} // namespace relata::ui
