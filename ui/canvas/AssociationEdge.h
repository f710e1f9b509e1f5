#pragma once
// One association on the canvas. Its look says the type (see EdgeGeometry.h for the notation and
// CanvasStyle for the colours); `constraints: false` is dashed; the alias is the label; the
// foreign-key end carries a dot and, up close, the key's column name. belongsToMany also draws a
// dotted link to its join model. Parallel associations are bent apart; self-associations loop.
#include "canvas/EdgeGeometry.h"

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <QString>

namespace relata::ui {

class DiagramScene;
class ModelNode;

// What an edge shows, in the core's own strings (compared on every edit, so no conversions).
struct EdgeData {
    std::string source, target;
    AssociationType type = AssociationType::BelongsTo;
    bool constraints = true;
    std::string label;   // alias
    std::string fkField; // the key column on the FK side (empty for belongsToMany / unresolved)
    std::string through; // belongsToMany join model name
    bool operator==(const EdgeData&) const = default;
};

class AssociationEdge : public QGraphicsItem {
public:
    enum { Type = UserType + 102 };
    AssociationEdge(DiagramScene* scene, int index);

    int type() const override { return Type; }
    int index() const { return index_; }
    const EdgeData& data() const { return data_; }
    // Returns true when something changed (the caller then re-routes).
    bool setData(const EdgeData& data);

    // Endpoints and parallel slot, set by the scene. Returns true when they changed.
    bool setRouting(ModelNode* source, ModelNode* target, ModelNode* join, int slot, int count);
    ModelNode* sourceNode() const { return source_; }
    ModelNode* targetNode() const { return target_; }
    ModelNode* joinNode() const { return join_; }
    int slot() const { return slot_; }

    void updateGeometry(); // after an endpoint moved
    const EdgeCurve& curve() const { return curve_; }
    const QPolygonF& polyline() const { return line_; }
    const QLineF& joinLink() const { return joinLink_; }
    bool isSelfLoop() const { return source_ && source_ == target_; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    DiagramScene* scene_;
    int index_;
    EdgeData data_;
    bool hasData_ = false;
    ModelNode* source_ = nullptr;
    ModelNode* target_ = nullptr;
    ModelNode* join_ = nullptr;
    int slot_ = 0, count_ = 1;

    EdgeCurve curve_;
    QPolygonF line_; // the curve, flattened once: cheap to clip and stroke at any zoom
    QPainterPath markerStrokes_, markerFills_;
    mutable QPainterPath hitShape_; // built on first hit test (15,000 edges x a stroke outline adds up)
    mutable bool hitShapeValid_ = false;
    QLineF joinLink_;
    QRectF bounds_;
    QRectF labelRect_, fkRect_, markerBounds_;
    QString label_, fkLabel_;
    QPointF fkAnchor_;
    QPen pen_, markerPen_, linkPen_;
    QColor color_;

    void paintLine(QPainter* painter, bool selected) const; // polyline, selection halo, join link
};

} // namespace relata::ui
