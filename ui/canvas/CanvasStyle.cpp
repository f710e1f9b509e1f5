#include "canvas/CanvasStyle.h"

#include "canvas/EdgeGeometry.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace relata::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QColor& c) {
    return c.lightnessF() < 0.5;
}

} // namespace

CanvasStyle CanvasStyle::fromPalette(const QPalette& palette, const QFont& base) {
    CanvasStyle s;
    const QColor window = palette.color(QPalette::Window);
    const QColor baseColor = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool dark = isDark(baseColor);

    s.background = mix(window, baseColor, 0.5);
    s.grid = mix(s.background, text, dark ? 0.10 : 0.07);
    s.nodeFill = baseColor;
    s.nodeBorder = mix(baseColor, text, 0.45);
    s.headerFill = mix(baseColor, highlight, dark ? 0.35 : 0.18);
    s.headerText = text;
    s.text = text;
    s.subText = mix(baseColor, text, 0.62);
    // Added columns: tinted towards a fixed teal that reads on light and dark bases.
    const QColor teal = dark ? QColor(110, 200, 190) : QColor(0, 110, 100);
    s.addedText = mix(text, teal, 0.75);
    s.addedFill = mix(baseColor, teal, dark ? 0.12 : 0.07);
    s.markerText = mix(baseColor, text, 0.75);
    s.joinHeaderFill = mix(baseColor, QColor(150, 110, 200), dark ? 0.32 : 0.18);
    s.selection = highlight;
    s.connector = mix(baseColor, highlight, 0.85);
    s.edgeLabel = text;
    s.edgeLabelFill = baseColor;
    s.edgeLabelFill.setAlphaF(0.85f);

    s.titleFont = base;
    s.titleFont.setBold(true);
    s.rowFont = base;
    s.rowItalicFont = base;
    s.rowItalicFont.setItalic(true);
    s.smallFont = base;
    if (base.pointSizeF() > 0) s.smallFont.setPointSizeF(base.pointSizeF() * 0.85);
    else s.smallFont.setPixelSize(std::max(8, base.pixelSize() * 85 / 100));
    s.markerFont = s.smallFont;
    s.markerFont.setBold(true);

    const QFontMetricsF title(s.titleFont), row(s.rowFont), small(s.smallFont);
    s.titleHeight = std::ceil(title.height() + 6);
    s.subtitleHeight = std::ceil(small.height() + 2);
    s.rowHeight = std::ceil(row.height() + 4);
    s.padding = 8;
    s.minNodeWidth = std::ceil(row.horizontalAdvance(QLatin1Char('m')) * 14);
    return s;
}

QPalette CanvasStyle::exportPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QColor CanvasStyle::associationColor(AssociationType type) {
    // Mid-lightness hues: readable on white and on a dark grey base alike.
    switch (type) {
    case AssociationType::BelongsTo: return QColor(0x3a, 0x86, 0xd4);     // blue
    case AssociationType::HasOne: return QColor(0x2e, 0xa0, 0x5a);        // green
    case AssociationType::HasMany: return QColor(0xe0, 0x80, 0x20);       // orange
    case AssociationType::BelongsToMany: return QColor(0xa8, 0x5c, 0xd0); // purple
    }
    return QColor(0x80, 0x80, 0x80);
}

void paintAssociationSample(QPainter* painter, const CanvasStyle& style, AssociationType type, bool constraints,
                            const QPointF& from, const QPointF& to) {
    Q_UNUSED(style);
    const EdgeEnds ends = edgeEnds(type);
    QPainterPath strokes, fills;
    const QPointF dir = to - from;
    const double len = std::hypot(dir.x(), dir.y());
    if (len <= 0) return;
    const QPointF u = dir / len;
    appendMarker(strokes, fills, ends.source, from, u);
    appendMarker(strokes, fills, ends.target, to, -u);
    const QColor color = CanvasStyle::associationColor(type);
    QPen pen(color, 1.6);
    pen.setCosmetic(true);
    if (!constraints) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(from, to);
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->drawPath(strokes);
    painter->fillPath(fills, color);
}

} // namespace relata::ui
