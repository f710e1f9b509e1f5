#pragma once
// One table on the canvas: model name, table name, then every column in order with its type and
// markers (PK, FK, UQ, NN). Columns that Sequelize adds (foreign keys, join keys, timestamps, the
// implicit id) are drawn in a distinct style; their tooltip names what added them.
// Auto-created join models (a `through` string naming no model) are smaller nodes of their own.
#include "resolve/ResolvedSchema.h"

#include <QGraphicsItem>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace relata::ui {

class DiagramScene;
struct CanvasStyle;

class ModelNode : public QGraphicsItem {
public:
    enum { Type = UserType + 101 };

    ModelNode(DiagramScene* scene, const QString& name);

    int type() const override { return Type; }
    const QString& name() const { return name_; }
    // An auto-created join model: no entry in the document, cannot be deleted or associated.
    bool isAutoJoinModel() const { return autoJoin_; }
    bool isDocumentModel() const { return !autoJoin_; }

    // Rebuilds the rows from the resolved table. Returns true when anything visible changed.
    bool setTable(const Table& table, const Document& doc, const ResolvedSchema& schema);
    // A document model the resolver did not reach (it stopped at an error): declared columns only.
    void setUnresolved(const Model& model);
    const Table& table() const { return table_; }
    void relayout(); // after a style change

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QSizeF size() const { return QSizeF(width_, height_); }
    double headerHeight() const { return headerHeight_; }
    QRectF frame() const { return QRectF(pos(), QSizeF(width_, height_)); } // in scene coordinates

    // Text of each row ("teamId INTEGER FK"), for tests and accessibility.
    QStringList columnTexts() const;
    int rowCount() const { return static_cast<int>(rows_.size()); }
    int rowAt(const QPointF& local) const; // -1 outside the rows
    QString rowToolTip(int row) const;
    bool rowIsAdded(int row) const;
    QString toolTipAt(const QPointF& local) const;

    // The handle that starts an association drag (document models only).
    bool hitsConnector(const QPointF& local) const;
    QPointF connectorPos() const; // local

    // Position bookkeeping used by the scene: where automatic placement put the node, if it did.
    std::optional<QPointF> autoPosition;
    bool positionFromDocument = false;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    struct Row {
        QString name;    // attribute, "attribute (field)" when they differ
        QString type;
        QString markers; // "PK FK UQ NN"
        QString toolTip;
        bool added = false;
        double markerWidth = 0;
    };
    DiagramScene* scene_;
    QString name_;
    QString subtitle_;
    bool autoJoin_ = false;
    bool resolved_ = true;
    bool hasTable_ = false;
    double rowHeight_ = 18;
    double titleBaseline_ = 16, subtitleBaseline_ = 30, rowBaseline_ = 13;
    Table table_;
    std::vector<Row> rows_;
    double width_ = 150, height_ = 60;
    double headerHeight_ = 40;
    double nameColumn_ = 60, typeColumn_ = 40;
    bool connectorHover_ = false;

    void computeGeometry();
    QString headerToolTip() const;
};

} // namespace relata::ui
