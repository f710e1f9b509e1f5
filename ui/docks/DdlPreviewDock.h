#pragma once
// DDL preview: the CREATE script the core generates for the design (or for the selected
// models / association), per database, syntax-highlighted and copyable. It follows every edit
// at once, and while edits keep coming regenerates at most every 40 ms.
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace relata::ui {

class DesignModel;
class SelectionModel;
class SqlHighlighter;

class DdlPreviewDock : public QDockWidget {
    Q_OBJECT
public:
    DdlPreviewDock(DesignModel* model, SelectionModel* selection, QWidget* parent = nullptr);

    enum class Scope { Design, Selection };

    QPlainTextEdit* editor() const { return text_; }
    QComboBox* dialectCombo() const { return dialect_; }
    QComboBox* scopeCombo() const { return scope_; }
    QString text() const;
    int dialect() const; // int(DialectKind)
    void setDialect(int dialectKind);
    void setScope(Scope scope);
    void refreshNow();
    // How long the last regeneration took (ms), for the status line and tests.
    qint64 lastUpdateMs() const { return lastMs_; }

public slots:
    void copyAll();

signals:
    void dialectChanged(int dialectKind);

protected:
    void changeEvent(QEvent* event) override;

private:
    DesignModel* model_;
    SelectionModel* selection_;
    QComboBox* dialect_;
    QComboBox* scope_;
    QToolButton* copy_;
    QLabel* status_;
    QLabel* dialectLabel_;
    QPlainTextEdit* text_;
    SqlHighlighter* highlighter_;
    QTimer refresh_;
    QElapsedTimer sinceRefresh_;
    qint64 lastMs_ = 0;
    QString shown_;

    void retranslate();
    void scheduleRefresh();
};

} // namespace relata::ui
