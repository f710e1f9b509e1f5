#include "canvas/AssociationEdge.h"

#include "canvas/CanvasStyle.h"
#include "canvas/DiagramScene.h"
#include "canvas/ModelNode.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace relata::ui {

AssociationEdge::AssociationEdge(DiagramScene* scene, int index) : scene_(scene), index_(index) {
    // The exposed rect lets paint() skip markers and labels out of sight: a long edge crossing
    // the view is painted whole, and shaping its label's text was most of a 5,000-model repaint.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0);
}

bool AssociationEdge::setData(const EdgeData& data) {
    if (hasData_ && data == data_) return false;
    hasData_ = true;
    data_ = data;
    color_ = CanvasStyle::associationColor(data.type);
    pen_ = QPen(color_, 1.0); // width 1: the raster engine's clipped cosmetic stroker
    pen_.setCosmetic(true);
    pen_.setCapStyle(Qt::FlatCap);
    if (!data.constraints) pen_.setStyle(Qt::DashLine);
    markerPen_ = QPen(color_, 1.0);
    markerPen_.setCosmetic(true);
    linkPen_ = QPen(color_, 1.0, Qt::DotLine);
    linkPen_.setCosmetic(true);
    label_ = QString::fromStdString(data.label);
    fkLabel_ = QString::fromStdString(data.fkField);
    return true;
}

bool AssociationEdge::setRouting(ModelNode* source, ModelNode* target, ModelNode* join, int slot, int count) {
    if (source == source_ && target == target_ && join == join_ && slot == slot_ && count == count_) return false;
    source_ = source;
    target_ = target;
    join_ = join;
    slot_ = slot;
    count_ = count;
    return true;
}

void AssociationEdge::updateGeometry() {
    prepareGeometryChange();
    line_.clear();
    markerStrokes_.clear();
    markerFills_.clear();
    joinLink_ = QLineF();
    labelRect_ = fkRect_ = QRectF();
    hitShape_.clear();
    hitShapeValid_ = false;
    if (!source_ || !target_) {
        bounds_ = QRectF();
        setVisible(false);
        return;
    }
    setVisible(true);
    const QRectF a = source_->frame(), b = target_->frame();
    if (source_ == target_) {
        curve_ = selfLoop(a, slot_);
    } else {
        // Offsets are measured on a normal that does not depend on the edge's direction, so
        // A->B and B->A edges between the same nodes land on different sides.
        const double offset = parallelOffset(slot_, count_);
        curve_ = connectNodes(a, b, source_->name() < target_->name() ? offset : -offset);
    }
    // Long anti-aliased Béziers are subdivided per device pixel when stroked, which made a
    // repaint cost ~100 ms with a few hundred long edges in view; a fixed polyline does not.
    const bool straight = source_ != target_ && parallelOffset(slot_, count_) == 0.0;
    const double reach = QLineF(curve_.start, curve_.c1).length() + QLineF(curve_.c1, curve_.c2).length() +
                         QLineF(curve_.c2, curve_.end).length();
    const int segments = straight ? 1 : std::clamp(static_cast<int>(reach / 24.0), 8, 48);
    line_.resize(segments + 1);
    for (int i = 0; i <= segments; ++i) line_[i] = cubicPoint(curve_, static_cast<double>(i) / segments);
    const EdgeEnds ends = edgeEnds(data_.type);
    appendMarker(markerStrokes_, markerFills_, ends.source, curve_.start, curve_.startDir);
    appendMarker(markerStrokes_, markerFills_, ends.target, curve_.end, curve_.endDir);

    markerBounds_ = markerStrokes_.boundingRect().united(markerFills_.boundingRect());
    QRectF bounds = line_.boundingRect().united(markerBounds_);
    const CanvasStyle& s = scene_->canvasStyle();
    const QFontMetricsF small(s.smallFont);
    if (!label_.isEmpty()) {
        const double w = small.horizontalAdvance(label_) + 8, h = small.height() + 2;
        labelRect_ = QRectF(curve_.mid.x() - w / 2, curve_.mid.y() - h / 2, w, h);
        bounds = bounds.united(labelRect_);
    }
    if (!fkLabel_.isEmpty() && data_.type != AssociationType::BelongsToMany) {
        const bool onSource = data_.type == AssociationType::BelongsTo;
        const QPointF tip = onSource ? curve_.start : curve_.end;
        const QPointF dir = onSource ? curve_.startDir : curve_.endDir;
        const QPointF normal(-dir.y(), dir.x());
        const double w = small.horizontalAdvance(fkLabel_) + 4, h = small.height();
        const QPointF anchor = tip + dir * 30.0 + normal * 9.0;
        fkRect_ = QRectF(anchor.x() - w / 2, anchor.y() - h / 2, w, h);
        bounds = bounds.united(fkRect_);
    }
    if (join_) {
        const QRectF j = join_->frame();
        joinLink_ = QLineF(curve_.mid, clipToRect(j, j.center(), curve_.mid));
        bounds = bounds.united(QRectF(joinLink_.p1(), joinLink_.p2()).normalized());
    }
    bounds_ = bounds.adjusted(-4, -4, 4, 4);
    update();
}

QRectF AssociationEdge::boundingRect() const {
    return bounds_;
}

QPainterPath AssociationEdge::shape() const {
    if (!hitShapeValid_) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath centre;
        centre.addPolygon(line_);
        hitShape_ = stroker.createStroke(centre);
        if (!labelRect_.isNull()) hitShape_.addRect(labelRect_);
        hitShapeValid_ = true;
    }
    return hitShape_;
}

void AssociationEdge::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    Q_UNUSED(widget);
    if (!source_ || !target_) return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Far away, or with very many edges in view, the scene draws every line (and the selection)
    // in one batch (DiagramScene::drawBackground); the item adds markers and labels only.
    if (scene_->drawsEdgesInBatch(lod) && lod < CanvasStyle::markerDetail) return;
    const CanvasStyle& s = scene_->canvasStyle();
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, !scene_->isCrowded());
    if (!scene_->drawsEdgesInBatch(lod)) paintLine(painter, option->state & QStyle::State_Selected);
    if (lod < CanvasStyle::markerDetail) return;
    const QRectF& exposed = option->exposedRect;
    if (markerBounds_.intersects(exposed)) {
        painter->setPen(markerPen_);
        painter->drawPath(markerStrokes_);
        painter->fillPath(markerFills_, color_);
    }
    if (lod < CanvasStyle::labelDetail) return;
    if (labelRect_.intersects(exposed)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.edgeLabelFill);
        painter->drawRoundedRect(labelRect_, 3, 3);
        painter->setBrush(Qt::NoBrush);
        painter->setFont(s.smallFont);
        painter->setPen(s.edgeLabel);
        painter->drawText(labelRect_, Qt::AlignCenter, label_);
    }
    if (lod >= 0.8 && fkRect_.intersects(exposed)) {
        painter->setFont(s.smallFont);
        painter->setPen(s.subText);
        painter->drawText(fkRect_, Qt::AlignCenter, fkLabel_);
    }
}

void AssociationEdge::paintLine(QPainter* painter, bool selected) const {
    if (selected) {
        QColor c = scene_->canvasStyle().selection;
        c.setAlphaF(0.45f);
        QPen halo(c, 6.0);
        halo.setCosmetic(true);
        painter->setPen(halo);
        painter->drawPolyline(line_);
    }
    painter->setPen(pen_);
    painter->drawPolyline(line_);
    if (!joinLink_.isNull()) {
        painter->setPen(linkPen_);
        painter->drawLine(joinLink_);
    }
}

} // namespace relata::ui
