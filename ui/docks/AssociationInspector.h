#pragma once
// Edits one association: type, source, target and every option Sequelize takes for it (as,
// foreignKey, sourceKey, targetKey, otherKey, through with unique and scope, scope, constraints,
// onDelete, onUpdate, uniqueKey). Placeholders show what Sequelize resolves when an option is
// left out; the summary shows the keys, join table and accessors it builds.
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace relata::ui {

class DesignModel;
class SelectionModel;

class AssociationInspector : public QWidget {
    Q_OBJECT
public:
    AssociationInspector(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    void setAssociation(int index);
    int association() const { return index_; }
    void refresh();

    QComboBox* typeCombo() const { return type_; }
    QComboBox* sourceCombo() const { return source_; }
    QComboBox* targetCombo() const { return target_; }
    QLineEdit* asEdit() const { return as_; }
    QCheckBox* asObjectBox() const { return asObject_; }
    QLineEdit* asSingularEdit() const { return asSingular_; }
    QLineEdit* asPluralEdit() const { return asPlural_; }
    QLineEdit* foreignKeyEdit() const { return foreignKey_; }
    QComboBox* foreignKeyAllowNullCombo() const { return fkAllowNull_; }
    QLineEdit* foreignKeyFieldEdit() const { return fkField_; }
    QLineEdit* sourceKeyEdit() const { return sourceKey_; }
    QLineEdit* targetKeyEdit() const { return targetKey_; }
    QLineEdit* otherKeyEdit() const { return otherKey_; }
    QComboBox* throughCombo() const { return through_; }
    QComboBox* throughUniqueCombo() const { return throughUnique_; }
    QTableWidget* throughScopeTable() const { return throughScope_; }
    QTableWidget* scopeTable() const { return scope_; }
    QToolButton* addScopeButton() const { return addScope_; }
    QToolButton* addThroughScopeButton() const { return addThroughScope_; }
    QComboBox* constraintsCombo() const { return constraints_; }
    QComboBox* onDeleteCombo() const { return onDelete_; }
    QComboBox* onUpdateCombo() const { return onUpdate_; }
    QLineEdit* uniqueKeyEdit() const { return uniqueKey_; }
    QLabel* summaryLabel() const { return summary_; }
    QLabel* problemLabel() const { return problems_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    int index_ = -1;
    bool updating_ = false;

    QLabel* header_;
    QLabel* problems_;
    QGroupBox* basicsBox_;
    QGroupBox* keysBox_;
    QGroupBox* throughBox_;
    QGroupBox* scopeBox_;
    QGroupBox* constraintsBox_;
    QGroupBox* summaryBox_;
    QFormLayout* basicsForm_;
    QFormLayout* keysForm_;
    QFormLayout* throughForm_;
    QFormLayout* constraintsForm_;
    QComboBox* type_;
    QComboBox* source_;
    QComboBox* target_;
    QLineEdit* as_;
    QCheckBox* asObject_;
    QLineEdit* asSingular_;
    QLineEdit* asPlural_;
    QLineEdit* foreignKey_;
    QComboBox* fkAllowNull_;
    QLineEdit* fkField_;
    QLineEdit* sourceKey_;
    QLineEdit* targetKey_;
    QLineEdit* otherKey_;
    QComboBox* through_;
    QComboBox* throughUnique_;
    QTableWidget* throughScope_;
    QToolButton* addThroughScope_;
    QToolButton* removeThroughScope_;
    QTableWidget* scope_;
    QToolButton* addScope_;
    QToolButton* removeScope_;
    QComboBox* constraints_;
    QComboBox* onDelete_;
    QComboBox* onUpdate_;
    QLineEdit* uniqueKey_;
    QLabel* summary_;

    void retranslate();
    void showRefusal(QWidget* field, const QString& message);
    // One undo step that changes the association's JSON ("source", "type", "target", "options").
    bool edit(const QString& what, const QString& value, QWidget* field,
              const std::function<void(OrderedJson& association)>& change);
    void setOption(const char* key, const QString& what, QWidget* field, const OrderedJson* value);

    void commitType();
    void commitEnd(bool target);
    void commitAs();
    void commitForeignKey();
    void commitKey(const char* key, QLineEdit* edit);
    void commitThrough();
    void commitScope(bool through);
    void commitConstraints();
    void commitAction(const char* key, QComboBox* combo);
    void commitUniqueKey();
    void addScopeRow(bool through);
    void removeScopeRow(bool through);

    void fillScope(QTableWidget* table, const std::optional<OrderedJson>& scope);
    void updateEnabled();
    void fillSummary();
    void markProblems();
};

} // namespace relata::ui
