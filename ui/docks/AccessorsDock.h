#pragma once
// Accessors: for the selected model (or the source of the selected association), the methods
// each association adds and the SQL each one issues, per database (AccessorQueryBuilder).
#include "sql/AccessorQueryBuilder.h"

#include <QDockWidget>
#include <QTimer>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;

namespace relata::ui {

class DesignModel;
class SelectionModel;
class SqlHighlighter;

class AccessorsDock : public QDockWidget {
    Q_OBJECT
public:
    AccessorsDock(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    QTreeWidget* methodView() const { return tree_; }
    QPlainTextEdit* sqlView() const { return sql_; }
    QComboBox* dialectCombo() const { return dialect_; }
    QString shownModel() const { return shownModel_; }
    const std::vector<AccessorQuery>& queries() const { return queries_; }
    void setDialect(int dialectKind);
    void refreshNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    QLabel* title_;
    QLabel* dialectLabel_;
    QComboBox* dialect_;
    QSplitter* splitter_;
    QTreeWidget* tree_;
    QPlainTextEdit* sql_;
    SqlHighlighter* highlighter_;
    QTimer refresh_;
    QString shownModel_;
    std::vector<AccessorQuery> queries_;

    void retranslate();
    void showSql();
};

} // namespace relata::ui
