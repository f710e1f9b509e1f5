#pragma once
// The palette (the canvas's PaletteWidget) in a dock: drag "Model" onto the canvas.
#include <QDockWidget>

namespace relata::ui {

class PaletteWidget;

class PaletteDock : public QDockWidget {
    Q_OBJECT
public:
    explicit PaletteDock(QWidget* parent = nullptr);
    PaletteWidget* palette() const { return palette_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    PaletteWidget* palette_;
    void retranslate();
};

} // namespace relata::ui
