#include "canvas/ModelNode.h"

#include "canvas/CanvasStyle.h"
#include "canvas/CanvasText.h"
#include "canvas/DiagramScene.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace relata::ui {

namespace {

constexpr double kConnectorRadius = 5.5;
constexpr double kMaxNameColumn = 240;
constexpr double kMaxTypeColumn = 160;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

ModelNode::ModelNode(DiagramScene* scene, const QString& name) : scene_(scene), name_(name) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    table_.model = name.toStdString();
}

bool ModelNode::setTable(const Table& table, const Document& doc, const ResolvedSchema& schema) {
    Q_UNUSED(schema);
    if (hasTable_ && resolved_ && table == table_) return false;
    hasTable_ = true;
    table_ = table;
    resolved_ = true;
    autoJoin_ = table.autoCreated;
    rows_.clear();
    rows_.reserve(table.columns.size());
    for (const Column& c : table.columns) {
        Row row;
        row.name = q(c.attribute);
        if (c.field != c.attribute) row.name += QStringLiteral(" (%1)").arg(q(c.field));
        row.type = q(c.type.text());
        QStringList markers;
        if (c.primaryKey) markers << QStringLiteral("PK");
        if (c.references) markers << QStringLiteral("FK");
        if (c.unique) markers << QStringLiteral("UQ");
        if (!c.allowNull && !c.primaryKey) markers << QStringLiteral("NN");
        row.markers = markers.join(QLatin1Char(' '));
        row.added = c.origin != ColumnOrigin::Declared;
        row.toolTip = columnToolTip(table, c, doc);
        rows_.push_back(std::move(row));
    }
    if (autoJoin_) subtitle_ = table.tableName == table.model ? QObject::tr("join table") : QObject::tr("join table %1").arg(q(table.tableName));
    else if (table.joinModel) subtitle_ = QObject::tr("%1 · join model").arg(q(table.tableName));
    else subtitle_ = q(table.tableName);
    computeGeometry();
    return true;
}

void ModelNode::setUnresolved(const Model& model) {
    resolved_ = false;
    hasTable_ = true;
    autoJoin_ = false;
    table_ = Table{};
    table_.model = model.name;
    rows_.clear();
    for (const AttributeDef& a : model.attributes) {
        Row row;
        row.name = q(a.name);
        row.type = a.type ? q(a.type->text()) : QString();
        QStringList markers;
        if (a.primaryKey.value_or(false)) markers << QStringLiteral("PK");
        if (a.references) markers << QStringLiteral("FK");
        if (a.unique) markers << QStringLiteral("UQ");
        if (!a.allowNull.value_or(true)) markers << QStringLiteral("NN");
        row.markers = markers.join(QLatin1Char(' '));
        row.toolTip = QObject::tr("%1: %2 (not resolved: an error stopped Sequelize)").arg(row.name, row.type);
        rows_.push_back(std::move(row));
    }
    subtitle_ = QObject::tr("not resolved");
    computeGeometry();
}

void ModelNode::relayout() {
    computeGeometry();
}

void ModelNode::computeGeometry() {
    const CanvasStyle& s = scene_->canvasStyle();
    const QFontMetricsF title(s.titleFont), small(s.smallFont), row(s.rowFont), italic(s.rowItalicFont),
        marker(s.markerFont);
    const QFontMetricsF& rowMetrics = autoJoin_ ? small : row;
    const QFontMetricsF& addedMetrics = autoJoin_ ? small : italic;
    double nameCol = 0, typeCol = 0, markerCol = 0;
    for (Row& r : rows_) {
        nameCol = std::max(nameCol, (r.added ? addedMetrics : rowMetrics).horizontalAdvance(r.name));
        typeCol = std::max(typeCol, small.horizontalAdvance(r.type));
        r.markerWidth = marker.horizontalAdvance(r.markers);
        markerCol = std::max(markerCol, r.markerWidth);
    }
    nameColumn_ = std::ceil(std::min(nameCol, kMaxNameColumn));
    typeColumn_ = std::ceil(std::min(typeCol, kMaxTypeColumn));
    const double rowsWidth = s.padding + nameColumn_ + 12 + typeColumn_ + (markerCol > 0 ? 10 + markerCol : 0) + s.padding;
    const double headerWidth = s.padding + std::max(title.horizontalAdvance(name_), small.horizontalAdvance(subtitle_)) +
                               (autoJoin_ ? s.padding : 2 * kConnectorRadius + 2 * s.padding);
    const double minWidth = autoJoin_ ? s.minNodeWidth * 0.75 : s.minNodeWidth;
    const double w = std::ceil(std::max({minWidth, rowsWidth, headerWidth}));
    rowHeight_ = autoJoin_ ? std::ceil(small.height() + 3) : s.rowHeight;
    headerHeight_ = s.titleHeight + s.subtitleHeight;
    titleBaseline_ = (s.titleHeight + title.ascent() - title.descent()) / 2 + 1;
    subtitleBaseline_ = s.titleHeight + small.ascent() - 1;
    rowBaseline_ = (rowHeight_ + rowMetrics.ascent() - rowMetrics.descent()) / 2;
    const double h = headerHeight_ + rowHeight_ * static_cast<double>(rows_.size()) + (rows_.empty() ? 6 : 4);
    if (w != width_ || h != height_) {
        prepareGeometryChange();
        width_ = w;
        height_ = h;
    }
    update();
}

QRectF ModelNode::boundingRect() const {
    return QRectF(0, 0, width_, height_);
}

void ModelNode::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    Q_UNUSED(widget);
    const CanvasStyle& s = scene_->canvasStyle();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scene_->drawsNodesInBatch(lod)) return; // DiagramScene::drawBackground draws the boxes
    const QRectF r(0, 0, width_, height_);
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF header(0, 0, width_, headerHeight_);
    const QColor& headerFill = autoJoin_ ? s.joinHeaderFill : s.headerFill;
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (lod < CanvasStyle::boxDetail) {
        // Far away: a box with its header band, nothing else.
        painter->setPen(Qt::NoPen);
        painter->fillRect(r, selected ? s.selection : s.nodeFill);
        painter->fillRect(header, headerFill);
        return;
    }

    QPen border(selected ? s.selection : s.nodeBorder, selected ? 2.0 : 1.0);
    border.setCosmetic(true);
    if (autoJoin_) border.setStyle(Qt::DashLine);
    painter->setPen(Qt::NoPen);
    painter->fillRect(r, s.nodeFill);
    painter->fillRect(header, headerFill);

    const double rowHeight = rowHeight_;
    if (lod < CanvasStyle::midDetail) {
        // Medium distance: the model name and a hint of the rows.
        painter->setFont(s.titleFont);
        painter->setPen(s.headerText);
        painter->drawText(QRectF(s.padding, 0, width_ - 2 * s.padding, s.titleHeight), Qt::AlignVCenter | Qt::AlignLeft,
                          name_);
        for (size_t i = 0; i < rows_.size(); ++i) {
            const double y = headerHeight_ + rowHeight * static_cast<double>(i) + rowHeight / 2;
            painter->fillRect(QRectF(s.padding, y - 1.5, std::min(nameColumn_, width_ - 2 * s.padding), 3),
                              rows_[i].added ? s.addedText : s.subText);
        }
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        return;
    }

    // Header: model name, table name, connector handle.
    painter->setFont(s.titleFont);
    painter->setPen(s.headerText);
    painter->drawText(QPointF(s.padding, titleBaseline_), name_);
    painter->setFont(s.smallFont);
    painter->setPen(s.subText);
    painter->drawText(QPointF(s.padding, subtitleBaseline_), subtitle_);

    // Rows.
    const QFont& rowFont = autoJoin_ ? s.smallFont : s.rowFont;
    const double baseline = rowBaseline_;
    const double typeX = s.padding + nameColumn_ + 12;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        const double y = headerHeight_ + rowHeight * static_cast<double>(i);
        if (!option->exposedRect.intersects(QRectF(0, y, width_, rowHeight))) continue;
        if (row.added) painter->fillRect(QRectF(1, y, width_ - 2, rowHeight), s.addedFill);
        painter->setFont(row.added ? (autoJoin_ ? s.smallFont : s.rowItalicFont) : rowFont);
        painter->setPen(row.added ? s.addedText : s.text);
        painter->drawText(QPointF(s.padding, y + baseline), row.name);
        painter->setFont(s.smallFont);
        painter->setPen(s.subText);
        painter->drawText(QPointF(typeX, y + baseline), row.type);
        if (!row.markers.isEmpty()) {
            painter->setFont(s.markerFont);
            painter->setPen(s.markerText);
            painter->drawText(QPointF(width_ - s.padding - row.markerWidth, y + baseline), row.markers);
        }
    }

    // Header separator and outline.
    QPen separator(s.nodeBorder, 1.0);
    separator.setCosmetic(true);
    painter->setPen(separator);
    painter->drawLine(QPointF(0, headerHeight_), QPointF(width_, headerHeight_));
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r);

    if (!autoJoin_ && scene_->connectorsVisible()) {
        QPen ring(s.connector, connectorHover_ ? 2.0 : 1.4);
        ring.setCosmetic(true);
        painter->setPen(ring);
        painter->setBrush(connectorHover_ ? s.connector : s.nodeFill);
        painter->drawEllipse(connectorPos(), kConnectorRadius, kConnectorRadius);
        painter->setBrush(Qt::NoBrush);
    }
}

QStringList ModelNode::columnTexts() const {
    QStringList out;
    out.reserve(static_cast<qsizetype>(rows_.size()));
    for (const Row& r : rows_) {
        QString text = r.name + QLatin1Char(' ') + r.type;
        if (!r.markers.isEmpty()) text += QLatin1Char(' ') + r.markers;
        out << text;
    }
    return out;
}

int ModelNode::rowAt(const QPointF& local) const {
    if (local.x() < 0 || local.x() > width_ || local.y() < headerHeight_) return -1;
    const int row = static_cast<int>((local.y() - headerHeight_) / rowHeight_);
    return row >= 0 && row < rowCount() ? row : -1;
}

QString ModelNode::rowToolTip(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<size_t>(row)].toolTip : QString();
}

bool ModelNode::rowIsAdded(int row) const {
    return row >= 0 && row < rowCount() && rows_[static_cast<size_t>(row)].added;
}

QString ModelNode::headerToolTip() const {
    if (autoJoin_)
        return QObject::tr("%1: join table created by belongsToMany's through (not a model of the document)").arg(name_);
    return QObject::tr("%1 (table %2)\nDrag the handle on the right onto a model to add an association")
        .arg(name_, QString::fromStdString(table_.tableName));
}

QString ModelNode::toolTipAt(const QPointF& local) const {
    const int row = rowAt(local);
    if (row >= 0) return rowToolTip(row);
    if (hitsConnector(local)) return QObject::tr("Drag onto a model (or this one) to add an association");
    return headerToolTip();
}

QPointF ModelNode::connectorPos() const {
    const CanvasStyle& s = scene_->canvasStyle();
    return QPointF(width_ - s.padding - kConnectorRadius, s.titleHeight / 2 + 1);
}

bool ModelNode::hitsConnector(const QPointF& local) const {
    if (autoJoin_ || !scene_->connectorsVisible()) return false;
    const QPointF d = local - connectorPos();
    const double reach = kConnectorRadius + 3;
    return d.x() * d.x() + d.y() * d.y() <= reach * reach;
}

QVariant ModelNode::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionChange && scene_->isUserMoveActive() && scene_->snapToGrid())
        return scene_->snapPoint(value.toPointF());
    if (change == ItemPositionHasChanged) scene_->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ModelNode::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    const bool hover = hitsConnector(event->pos());
    if (hover != connectorHover_) {
        connectorHover_ = hover;
        if (hover) setCursor(Qt::CrossCursor);
        else unsetCursor();
        update();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void ModelNode::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    if (connectorHover_) {
        connectorHover_ = false;
        unsetCursor();
        update();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace relata::ui
