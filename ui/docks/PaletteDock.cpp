#include "docks/PaletteDock.h"

#include "canvas/PaletteWidget.h"

#include <QEvent>

namespace relata::ui {

PaletteDock::PaletteDock(QWidget* parent) : QDockWidget(parent) {
    setObjectName(QStringLiteral("PaletteDock"));
    palette_ = new PaletteWidget(this);
    setWidget(palette_);
    retranslate();
}

void PaletteDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The palette sets its texts once: a fresh one speaks the new language.
        if (palette_ && palette_->parent()) {
            PaletteWidget* old = palette_;
            palette_ = new PaletteWidget(this);
            setWidget(palette_);
            old->deleteLater();
        }
    }
    QDockWidget::changeEvent(event);
}

void PaletteDock::retranslate() {
    setWindowTitle(tr("Palette"));
}

} // namespace relata::ui
