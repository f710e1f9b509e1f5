#pragma once
// Edits one model: its name, the define() options that shape the table, and the attribute table.
// Every change is one undo step; a value the core refuses is marked in place with the core's
// message, and so is every diagnostic whose path points into the model.
#include "validate/Diagnostic.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;
class QTreeWidget;
class QGroupBox;

namespace relata::ui {

class DesignModel;
class SelectionModel;

class ModelInspector : public QWidget {
    Q_OBJECT
public:
    enum Column { ColName, ColType, ColAllowNull, ColPrimaryKey, ColAutoIncrement, ColUnique, ColDefault,
                  ColReferences, ColumnCount };

    ModelInspector(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    void setModelName(const QString& name);
    QString modelName() const { return name_; }
    void refresh();

    // The widgets, for tests and accessibility.
    QLineEdit* nameEdit() const { return nameEdit_; }
    QLineEdit* tableNameEdit() const { return tableNameEdit_; }
    QLineEdit* singularEdit() const { return singularEdit_; }
    QLineEdit* pluralEdit() const { return pluralEdit_; }
    QCheckBox* timestampsBox() const { return timestamps_; }
    QCheckBox* underscoredBox() const { return underscored_; }
    QCheckBox* freezeTableNameBox() const { return freezeTableName_; }
    QCheckBox* paranoidBox() const { return paranoid_; }
    QTableWidget* attributeTable() const { return attributes_; }
    QToolButton* addAttributeButton() const { return addButton_; }
    QToolButton* removeAttributeButton() const { return removeButton_; }
    QTreeWidget* columnsView() const { return columns_; }
    QLabel* problemLabel() const { return problems_; }

    // Adds an attribute (a free name, STRING) and starts editing its name.
    void addAttribute();
    void removeSelectedAttributes();
    void moveSelectedAttribute(int delta);

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    QString name_;
    bool updating_ = false;

    QLabel* header_;
    QGroupBox* optionsBox_;
    QGroupBox* attributesBox_;
    QGroupBox* columnsBox_;
    QLabel* nameLabel_;
    QLabel* tableNameLabel_;
    QLabel* singularLabel_;
    QLabel* pluralLabel_;
    QLineEdit* nameEdit_;
    QLineEdit* tableNameEdit_;
    QLineEdit* singularEdit_;
    QLineEdit* pluralEdit_;
    QCheckBox* timestamps_;
    QCheckBox* underscored_;
    QCheckBox* freezeTableName_;
    QCheckBox* paranoid_;
    QTableWidget* attributes_;
    QToolButton* addButton_;
    QToolButton* removeButton_;
    QToolButton* upButton_;
    QToolButton* downButton_;
    QTreeWidget* columns_;
    QLabel* problems_;

    void retranslate();
    int modelIndex() const;
    void showRefusal(QWidget* field, const QString& message);
    void keepSelected(); // the model being edited stays selected

    void commitName();
    void commitTableName();
    void commitNameOption(bool plural);
    void commitFlag(const char* key, bool value, bool sequelizeDefault);
    void attributeItemChanged(QTableWidgetItem* item);
    void fillAttributes(const Diagnostics& problems);
    void fillColumns();
    void updateButtons();
};

} // namespace relata::ui
