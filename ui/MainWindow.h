#pragma once
// The editor window: the canvas in the middle, the docks around it (Palette, Inspector, Problems,
// DDL Preview, Accessors, Undo History), and the menus for documents, editing, view, database,
// examples and help. It owns the document model, the selection and the undo stack's actions;
// everything it shows about the schema comes from the core.
#include "schema/Document.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;
class QUndoView;

namespace relata::ui {

class AccessorsDock;
class AutosaveManager;
class DdlPreviewDock;
class DesignModel;
class DiagramView;
class InspectorDock;
class PaletteDock;
class ProblemsDock;
class RecentFiles;
class SelectionModel;
class SyncDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool restoreSettings = true; // window geometry and dock layout from the last session
        bool autosave = true;
        bool recordRecentFiles = true; // Open Recent remembers opened and saved designs
        QString recoveryDirectory;   // empty: AutosaveManager's default
    };
    MainWindow();
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    DesignModel* designModel() const { return model_; }
    SelectionModel* selectionModel() const { return selection_; }
    DiagramView* view() const { return view_; }
    InspectorDock* inspectorDock() const { return inspector_; }
    ProblemsDock* problemsDock() const { return problems_; }
    DdlPreviewDock* ddlDock() const { return ddl_; }
    AccessorsDock* accessorsDock() const { return accessors_; }
    PaletteDock* paletteDock() const { return palette_; }
    QDockWidget* historyDock() const { return historyDock_; }
    AutosaveManager* autosave() const { return autosave_; }
    RecentFiles* recentFiles() const { return recent_; }
    // Every action by object name ("actionSave", "actionUndo" ...), for tests and the shortcut list.
    QAction* action(const QString& objectName) const;
    QList<QAction*> allActions() const;

    // Asks the user (Save/Discard/Cancel, OK ...). Tests replace it; nullptr restores QMessageBox.
    using Prompt = std::function<QMessageBox::StandardButton(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                                             const QString& text, QMessageBox::StandardButtons buttons)>;
    static void setPromptHandler(Prompt prompt);

    // Document operations without dialogs (the menu actions add the dialogs around them).
    bool openFile(const QString& path, QString* error = nullptr);
    bool openExample(const QString& path);
    bool saveTo(const QString& path, QString* error = nullptr);
    // Takes an imported design: merged into the open one (one undo step) or as a new, unsaved design.
    bool applyImport(const Document& doc, bool intoOpenDesign, const QString& source, const QStringList& notes);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Offers to restore designs a crashed editor left behind (RecoveryPrompt).
    void offerRecovery();
    // Renders the window into an image file (used by `relata --screenshot`).
    bool saveScreenshot(const QString& path, QString* error = nullptr);
    QString exampleName() const { return exampleName_; }

public slots:
    void newDocument();
    void open();
    bool save();
    bool saveAs();
    void showSyncDialog();
    void showImportDialog();
    void exportAs(const QString& choiceId);
    void addModel();
    void addAssociation();
    void showShortcuts();
    void showAbout();
    void setLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Options options_;
    DesignModel* model_;
    SelectionModel* selection_;
    DiagramView* view_;
    PaletteDock* palette_;
    InspectorDock* inspector_;
    ProblemsDock* problems_;
    DdlPreviewDock* ddl_;
    AccessorsDock* accessors_;
    QDockWidget* historyDock_;
    QUndoView* history_;
    AutosaveManager* autosave_ = nullptr;
    RecentFiles* recent_;
    QPointer<SyncDialog> sync_;
    QString exampleName_;
    bool restoredState_ = false;

    QMenu* fileMenu_;
    QMenu* recentMenu_;
    QMenu* exportMenu_;
    QMenu* editMenu_;
    QMenu* viewMenu_;
    QMenu* panelsMenu_;
    QMenu* languageMenu_;
    QMenu* databaseMenu_;
    QMenu* examplesMenu_;
    QMenu* guideMenu_;
    QMenu* helpMenu_;
    QToolBar* toolBar_;
    QActionGroup* languageGroup_;
    QLabel* statusCounts_;
    QLabel* statusZoom_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;

    void createActions();
    void createUndoActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void restoreLayout();
    void applyDefaultDockSizes();
    void saveLayout();
    QAction* makeAction(const QString& objectName, const QString& icon = {});
    QMessageBox::StandardButton prompt(QMessageBox::Icon icon, const QString& title, const QString& text,
                                       QMessageBox::StandardButtons buttons);
};

} // namespace relata::ui
