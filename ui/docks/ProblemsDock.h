#pragma once
// Problems: the core's diagnostics for the design (the Sequelize error, if any, then the
// validator's findings), live. Clicking one selects the model or association at fault and
// centres it on the canvas. After an edit only the rows that changed are rewritten, so the
// selected problem stays selected while it is listed.
#include "validate/Diagnostic.h"

#include <QDockWidget>
#include <QIcon>
#include <QStringList>
#include <QTimer>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace relata::ui {

class DesignModel;
class SelectionModel;

class ProblemsDock : public QDockWidget {
    Q_OBJECT
public:
    ProblemsDock(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    QTreeWidget* view() const { return view_; }
    const Diagnostics& shown() const { return shown_; }
    void refreshNow();

public slots:
    void showProblem(int row);   // selects and centres the row's item
    void nextProblem();          // F8
    void previousProblem();      // Shift+F8

signals:
    void countChanged(int errors, int warnings, int infos);

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    QTreeWidget* view_;
    QLabel* placeholder_;
    Diagnostics shown_;
    QStringList places_; // the "Where" text of each shown row
    QIcon errorIcon_, warningIcon_, infoIcon_;
    QTimer refresh_;

    void retranslate();
    void loadIcons();
    void rebuild(); // every row anew (language or style changed)
    void updateRows(const Diagnostics& diagnostics, const QStringList& places);
    void fillRow(QTreeWidgetItem* item, const Diagnostic& d, const QString& place) const;
    void updateTitle();
};

} // namespace relata::ui
