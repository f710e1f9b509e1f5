#pragma once
// The Inspector: edits what is selected (one model or one association).
#include <QDockWidget>
#include <QTimer>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace relata::ui {

class AssociationInspector;
class DesignModel;
class ModelInspector;
class SelectionModel;

class InspectorDock : public QDockWidget {
    Q_OBJECT
public:
    InspectorDock(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    ModelInspector* modelInspector() const { return modelInspector_; }
    AssociationInspector* associationInspector() const { return associationInspector_; }
    // Which page shows: "empty", "model", "association", "several".
    QString currentPage() const;
    // Brings the pending refresh forward (tests, and before focusing a field).
    void refreshNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    QStackedWidget* stack_;
    QLabel* empty_;
    QLabel* several_;
    QScrollArea* modelPage_;
    QScrollArea* associationPage_;
    ModelInspector* modelInspector_;
    AssociationInspector* associationInspector_;
    QTimer refresh_;

    void retranslate();
    void scheduleRefresh();
};

} // namespace relata::ui
