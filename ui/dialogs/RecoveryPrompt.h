#pragma once
// Shown at start when an earlier editor ended without saving (a crash): offers to restore the
// unsaved design, to discard it, or to decide later.
#include "app/AutosaveManager.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace relata::ui {

class RecoveryPrompt : public QDialog {
    Q_OBJECT
public:
    enum Choice { Restore, Discard, Later };

    RecoveryPrompt(const QList<RecoverySlot>& orphans, QWidget* parent = nullptr);

    Choice choice() const { return choice_; }
    RecoverySlot chosenSlot() const;
    QListWidget* list() const { return list_; }

private:
    QList<RecoverySlot> slots_;
    Choice choice_ = Later;
    QLabel* text_;
    QListWidget* list_;
};

} // namespace relata::ui
