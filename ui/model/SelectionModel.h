#pragma once
// What the user has selected, shared by the canvas and the docks (like QItemSelectionModel).
#include <QObject>
#include <QSet>
#include <QString>

namespace relata::ui {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const QSet<QString>& models() const { return models_; }
    const QSet<int>& associations() const { return associations_; } // indices into Document::associations
    bool isEmpty() const { return models_.isEmpty() && associations_.isEmpty(); }
    // The single selected model, or empty when zero or several items are selected.
    QString currentModel() const;
    // The single selected association, or -1.
    int currentAssociation() const;

    void select(const QSet<QString>& models, const QSet<int>& associations);
    void selectModel(const QString& model) { select({model}, {}); }
    void selectAssociation(int index) { select({}, {index}); }
    void clear() { select({}, {}); }

signals:
    void selectionChanged();
    // Ask views to bring an item into view (Problems dock "click selects and centres").
    void focusRequested(const QString& model, int association);

public slots:
    void requestFocus(const QString& model, int association) { emit focusRequested(model, association); }

private:
    QSet<QString> models_;
    QSet<int> associations_;
};

} // namespace relata::ui
