#pragma once
// The canvas: models as nodes, associations as typed edges, drawn from a DesignModel.
// Edits made with the mouse become undo commands on the model's stack.
//
// Gestures: drag a node to move it (one undo step per drag, optional grid snap); drag a node's
// handle (the ring at the right of its header) onto a model, or back onto itself, to add an
// association (a popup asks for the type); rubber band and Ctrl+click select; Delete removes;
// Ctrl+C / Ctrl+V duplicate models; Ctrl+wheel zooms; middle button or Space+drag pans; drop the
// palette's "Model" entry (PaletteWidget) to create a model.
#include "schema/Document.h"

#include <QGraphicsView>

#include <functional>
#include <optional>
#include <vector>

class QGraphicsPathItem;

namespace relata::ui {

class DesignModel;
class SelectionModel;
class DiagramScene;
class DiagramLegend;
class ModelNode;

class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    DiagramView(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);
    ~DiagramView() override;

    DiagramScene* diagramScene() const;
    double zoom() const;
    bool snapToGrid() const;
    bool isLegendVisible() const;
    // Where the legend covers the viewport (viewport coordinates); empty while it is hidden.
    QRect legendArea() const;

    // Asks for the type of a new association (default: a popup menu at `globalPos`).
    // Tests replace it; an empty optional cancels.
    using AssociationTypeChooser =
        std::function<std::optional<AssociationType>(QWidget* parent, const QPoint& globalPos)>;
    static void setAssociationTypeChooser(AssociationTypeChooser chooser); // nullptr restores the menu

    // MIME type of clipboard data written by copySelection() (a relata document, also as text).
    static QString clipboardMimeType();
    // The `through` a new belongsToMany between `source` and `target` gets in `doc`: the one an
    // existing belongsToMany between the two already uses (so they pair), else "<Source><Target>s".
    static std::string defaultThrough(const Document& doc, const std::string& source, const std::string& target);

    // The same operations the gestures perform (also used by tests and the main window).
    bool addModelAt(const QPointF& scenePos);
    bool addAssociation(const QString& source, const QString& target, AssociationType type);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    void autoLayout();          // layered layout along FK direction (undoable)
    void deleteSelection();     // undoable
    void copySelection();
    void paste();
    void setSnapToGrid(bool on);
    void setZoom(double factor);
    void setLegendVisible(bool on);
    void selectAll();

signals:
    void zoomChanged(double factor);
    void legendVisibilityChanged(bool visible);
    // Double-click on a model / an association (the main window opens its editor).
    void modelActivated(const QString& model);
    void associationActivated(int association);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    DiagramScene* scene_;
    DiagramLegend* legend_;
    bool syncingSelection_ = false;
    bool fitPending_ = true;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint panLast_;
    ModelNode* connectFrom_ = nullptr;
    QGraphicsPathItem* connectLine_ = nullptr;
    QPoint connectPressPos_;
    bool connectMoved_ = false;
    std::vector<std::pair<QString, QPointF>> moveStart_;
    int dragCounter_ = 0;
    int pasteCount_ = 0;

    ModelNode* nodeAt(const QPoint& viewPos) const;
    void scaleAround(double factor, const QPointF& viewPos);
    void finishMove();
    void finishConnect(const QPoint& viewPos, const QPoint& globalPos);
    void cancelConnect();
    void updateSceneRect();
    void updateEdgeQuality();
    void updatePaintMode();
    void updateCaching();
    void updateStyle();
    void placeLegend();
    void sceneSelectionChanged();
    void modelSelectionChanged();
    void focusOn(const QString& model, int association);
    void afterReset();
};

} // namespace relata::ui
