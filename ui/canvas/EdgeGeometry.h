#pragma once
// Pure geometry of association edges: end markers, parallel offsets, self loops, clipping to a
// node's outline. No items, no painting: AssociationEdge and the legend build on these.
#include "schema/Document.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace relata::ui {

// What is drawn at one end of an edge (flags combine).
enum EndMarker : unsigned {
    MarkNone = 0,
    MarkOne = 1,   // a bar across the line: "one"
    MarkMany = 2,  // crow's foot: "many"
    MarkArrow = 4, // filled arrowhead: the referenced side of a belongsTo
    MarkKey = 8,   // filled dot: this end holds the foreign key
};

struct EdgeEnds {
    unsigned source = MarkNone;
    unsigned target = MarkNone;
};

// The notation:
//   belongsTo      source ●──────▶ target   (FK on the source, pointing at the target)
//   hasOne         source |──────|● target  (one, FK on the target)
//   hasMany        source |──────<● target  (many, FK on the target)
//   belongsToMany  source >──────< target   (many to many, keys on the join model, dotted link)
EdgeEnds edgeEnds(AssociationType type);

// Appends the marker's line work to `strokes` and its solid parts to `fills`. `tip` lies on the
// node outline; `inward` is the unit vector from the tip along the edge (away from the node).
void appendMarker(QPainterPath& strokes, QPainterPath& fills, unsigned marker, const QPointF& tip,
                  const QPointF& inward);

// Where the segment from `inside` (usually the rect's centre) towards `toward` leaves `rect`.
QPointF clipToRect(const QRectF& rect, const QPointF& inside, const QPointF& toward);

// Offset (scene units, signed) of edge `slot` out of `count` parallel edges between two nodes.
double parallelOffset(int slot, int count, double spacing = 26.0);

struct EdgeCurve {
    QPointF start, end;     // on the node outlines
    QPointF c1, c2;         // cubic control points
    QPointF startDir, endDir; // unit vectors from the ends into the edge
    QPointF mid;            // point halfway along the curve (label anchor)
};

// A curve between two distinct nodes, bent by `offset` (0 = straight).
EdgeCurve connectNodes(const QRectF& a, const QRectF& b, double offset);
// A loop on one node; `slot` = 0, 1, 2 ... for several self-associations of the same node.
EdgeCurve selfLoop(const QRectF& r, int slot);

QPointF cubicPoint(const EdgeCurve& c, double t);

} // namespace relata::ui
