#include "canvas/EdgeGeometry.h"

#include <cmath>

namespace relata::ui {

namespace {

QPointF unit(const QPointF& v, const QPointF& fallback) {
    const double len = std::hypot(v.x(), v.y());
    return len > 1e-9 ? v / len : fallback;
}

QPointF perpendicular(const QPointF& u) {
    return QPointF(-u.y(), u.x());
}

} // namespace

EdgeEnds edgeEnds(AssociationType type) {
    switch (type) {
    case AssociationType::BelongsTo: return {MarkKey, MarkArrow};
    case AssociationType::HasOne: return {MarkOne, MarkOne | MarkKey};
    case AssociationType::HasMany: return {MarkOne, MarkMany | MarkKey};
    case AssociationType::BelongsToMany: return {MarkMany, MarkMany};
    }
    return {};
}

void appendMarker(QPainterPath& strokes, QPainterPath& fills, unsigned marker, const QPointF& tip,
                  const QPointF& inward) {
    const QPointF u = inward;
    const QPointF n = perpendicular(u);
    double keyDistance = 5.5;
    if (marker & MarkOne) {
        const QPointF c = tip + u * 9.0;
        strokes.moveTo(c + n * 6.0);
        strokes.lineTo(c - n * 6.0);
        keyDistance = 17.0;
    }
    if (marker & MarkMany) {
        const QPointF apex = tip + u * 13.0;
        strokes.moveTo(apex);
        strokes.lineTo(tip + n * 7.0);
        strokes.moveTo(apex);
        strokes.lineTo(tip);
        strokes.moveTo(apex);
        strokes.lineTo(tip - n * 7.0);
        keyDistance = 19.0;
    }
    if (marker & MarkArrow) {
        fills.moveTo(tip);
        fills.lineTo(tip + u * 12.0 + n * 5.0);
        fills.lineTo(tip + u * 12.0 - n * 5.0);
        fills.closeSubpath();
        keyDistance = 17.0;
    }
    if (marker & MarkKey) fills.addEllipse(tip + u * keyDistance, 3.6, 3.6);
}

QPointF clipToRect(const QRectF& rect, const QPointF& inside, const QPointF& toward) {
    const QPointF d = toward - inside;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9) return inside;
    double t = 1.0;
    if (d.x() > 1e-9) t = std::min(t, (rect.right() - inside.x()) / d.x());
    else if (d.x() < -1e-9) t = std::min(t, (rect.left() - inside.x()) / d.x());
    if (d.y() > 1e-9) t = std::min(t, (rect.bottom() - inside.y()) / d.y());
    else if (d.y() < -1e-9) t = std::min(t, (rect.top() - inside.y()) / d.y());
    t = std::max(0.0, t);
    return inside + d * t;
}

double parallelOffset(int slot, int count, double spacing) {
    return (slot - (count - 1) / 2.0) * spacing;
}

EdgeCurve connectNodes(const QRectF& a, const QRectF& b, double offset) {
    const QPointF pa = a.center(), pb = b.center();
    const QPointF u = unit(pb - pa, QPointF(1, 0));
    const QPointF n = perpendicular(u);
    const QPointF control = (pa + pb) / 2.0 + n * (2.0 * offset);
    EdgeCurve c;
    c.start = clipToRect(a, pa, control);
    c.end = clipToRect(b, pb, control);
    // The quadratic through `control`, written as a cubic.
    c.c1 = c.start + (control - c.start) * (2.0 / 3.0);
    c.c2 = c.end + (control - c.end) * (2.0 / 3.0);
    c.startDir = unit(c.c1 - c.start, u);
    c.endDir = unit(c.c2 - c.end, -u);
    c.mid = cubicPoint(c, 0.5);
    return c;
}

EdgeCurve selfLoop(const QRectF& r, int slot) {
    // Nested loops on the top-left corner; each further loop is wider so that its middle (where
    // the label sits) moves out by about a label's height.
    const double foot = 22.0 + 16.0 * slot, reach = 44.0 + 64.0 * slot;
    EdgeCurve c;
    c.start = QPointF(r.left() + foot, r.top());
    c.end = QPointF(r.left(), r.top() + foot);
    c.c1 = c.start + QPointF(0, -reach);
    c.c2 = c.end + QPointF(-reach, 0);
    c.startDir = QPointF(0, -1);
    c.endDir = QPointF(-1, 0);
    c.mid = cubicPoint(c, 0.5);
    return c;
}

QPointF cubicPoint(const EdgeCurve& c, double t) {
    const double s = 1.0 - t;
    return c.start * (s * s * s) + c.c1 * (3 * s * s * t) + c.c2 * (3 * s * t * t) + c.end * (t * t * t);
}

} // namespace relata::ui
