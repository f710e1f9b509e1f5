#pragma once
// The palette: entries dragged onto the canvas (DiagramView) to create things. For now one
// entry, "Model". Drags carry mimeType() with the entry's name ("model") as data.
#include <QWidget>

class QMimeData;

namespace relata::ui {

class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget* parent = nullptr);

    static QString mimeType();   // "application/x-relata-palette-item"
    static QString modelEntry(); // "model"
    static QMimeData* createMimeData(const QString& entry);
};

} // namespace relata::ui
