#pragma once
// Colours, fonts and metrics shared by everything the canvas draws. Built from a QPalette so the
// diagram follows the system's light or dark theme; association colours are fixed but chosen to
// read on both. Kept as plain values so paint() never allocates.
#include "schema/Document.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>
#include <QPen>

class QPainter;

namespace relata::ui {

struct CanvasStyle {
    // Levels of detail (scale of scene to device). Below `farDetail` edges are drawn by the scene
    // in one batch (DiagramScene::drawBackground) and nodes are plain boxes; below `midDetail`
    // nodes show only their name; markers and labels need `labelDetail`.
    static constexpr double farDetail = 0.15;
    static constexpr double boxDetail = 0.22;
    static constexpr double midDetail = 0.5;
    static constexpr double markerDetail = 0.3;
    static constexpr double labelDetail = 0.45;

    // Scene
    QColor background;
    QColor grid;
    // Nodes
    QColor nodeFill;
    QColor nodeBorder;
    QColor headerFill;
    QColor headerText;
    QColor subText;       // table name, types
    QColor text;          // column names
    QColor addedText;     // columns added by associations / timestamps / implicit id
    QColor addedFill;     // row tint of such columns
    QColor markerText;    // PK / FK / UQ / NN badges
    QColor joinHeaderFill;
    QColor selection;
    QColor connector;
    // Edges
    QColor edgeLabel;
    QColor edgeLabelFill;

    QFont titleFont;
    QFont smallFont;
    QFont rowFont;
    QFont rowItalicFont;
    QFont markerFont;

    double rowHeight = 18;
    double titleHeight = 22;
    double subtitleHeight = 16;
    double padding = 8;
    double minNodeWidth = 150;
    double gridSize = 20;

    static CanvasStyle fromPalette(const QPalette& palette, const QFont& base);
    // A fixed light palette, for exports that must look the same on every machine.
    static QPalette exportPalette();

    static QColor associationColor(AssociationType type);
};

// Draws the end markers and line of an association sample from `from` to `to` (legend use).
void paintAssociationSample(QPainter* painter, const CanvasStyle& style, AssociationType type, bool constraints,
                            const QPointF& from, const QPointF& to);

} // namespace relata::ui
