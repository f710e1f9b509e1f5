#pragma once
// The canvas: models as nodes, associations as typed edges, drawn from a DesignModel.
// Edits made with the mouse become undo commands on the model's stack.
#include <QGraphicsView>

namespace relata::ui {

class DesignModel;
class SelectionModel;
class DiagramScene;

class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    DiagramView(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);
    ~DiagramView() override;

    DiagramScene* diagramScene() const;
    double zoom() const;

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

signals:
    void zoomChanged(double factor);
};

} // namespace relata::ui
