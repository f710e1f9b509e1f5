#include "MainWindow.h"

#include "app/AutosaveManager.h"
#include "app/Examples.h"
#include "app/RecentFiles.h"
#include "app/TranslationManager.h"
#include "canvas/DiagramView.h"
#include "dialogs/ExportActions.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoveryPrompt.h"
#include "dialogs/SyncDialog.h"
#include "docks/AccessorsDock.h"
#include "docks/AssociationInspector.h"
#include "docks/DdlPreviewDock.h"
#include "docks/InspectorDock.h"
#include "docks/ModelInspector.h"
#include "docks/PaletteDock.h"
#include "docks/ProblemsDock.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

// resources/relata.qrc lives in the static library relata_ui: register it explicitly.
static void initRelataResources() {
    Q_INIT_RESOURCE(relata);
}

namespace relata::ui {

namespace {

MainWindow::Prompt& promptHandler() {
    static MainWindow::Prompt handler;
    return handler;
}

const char kDesignFilter[] = QT_TRANSLATE_NOOP("relata::ui::MainWindow", "Relata designs (*.relata.json);;JSON files (*.json);;All files (*)");

// The platform's standard keys, or the usual ones where the platform defines none (offscreen, minimal).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback) {
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty()) keys << fallback;
    return keys;
}

QIcon themedIcon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace

void MainWindow::setPromptHandler(Prompt prompt) {
    promptHandler() = std::move(prompt);
}

MainWindow::MainWindow() : MainWindow(Options{}) {}

MainWindow::MainWindow(const Options& options, QWidget* parent) : QMainWindow(parent), options_(options) {
    initRelataResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(themedIcon(QStringLiteral("relata")));
    model_ = new DesignModel(this);
    selection_ = new SelectionModel(this);
    recent_ = new RecentFiles(this);
    view_ = new DiagramView(model_, selection_, this);
    view_->setObjectName(QStringLiteral("diagramView"));
    setCentralWidget(view_);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    createDocks();
    createActions();
    createMenus();

    statusCounts_ = new QLabel(this);
    statusCounts_->setObjectName(QStringLiteral("statusCounts"));
    statusZoom_ = new QLabel(this);
    statusBar()->addPermanentWidget(statusCounts_);
    statusBar()->addPermanentWidget(statusZoom_);

    if (options_.autosave) autosave_ = new AutosaveManager(model_, options_.recoveryDirectory, this);

    connect(model_, &DesignModel::schemaChanged, this, &MainWindow::updateStatus);
    connect(model_, &DesignModel::filePathChanged, this, &MainWindow::updateTitle);
    connect(model_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(model_, &DesignModel::documentReset, this, [this] { selection_->clear(); });
    connect(selection_, &SelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(view_, &DiagramView::zoomChanged, this, &MainWindow::updateStatus);
    connect(recent_, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(ddl_, &DdlPreviewDock::dialectChanged, accessors_, &AccessorsDock::setDialect);
    // Double-click on the canvas: edit in the inspector, starting with the name / alias.
    connect(view_, &DiagramView::modelActivated, this, [this](const QString& name) {
        selection_->selectModel(name);
        inspector_->show();
        inspector_->raise();
        inspector_->refreshNow();
        QLineEdit* edit = inspector_->modelInspector()->nameEdit();
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    });
    connect(view_, &DiagramView::associationActivated, this, [this](int index) {
        selection_->selectAssociation(index);
        inspector_->show();
        inspector_->raise();
        inspector_->refreshNow();
        QLineEdit* edit = inspector_->associationInspector()->asEdit();
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    });
    connect(TranslationManager::instance(), &TranslationManager::languageChanged, this, [this](const QString& lang) {
        for (QAction* a : languageGroup_->actions())
            if (a->data().toString() == lang && !TranslationManager::instance()->savedChoice().isEmpty()) a->setChecked(true);
    });

    retranslate();
    rebuildRecentMenu();
    rebuildExamplesMenu();
    updateTitle();
    updateStatus();
    updateActions();
    if (options_.restoreSettings) restoreLayout();
    else resize(1400, 900);
    // Dock sizes take effect once the window has its size: right after it is first shown.
    if (!restoredState_) QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
}

MainWindow::~MainWindow() {
    // Nothing may call back into a half-destroyed window, and the views go before the model they show.
    for (QObject* sender : {static_cast<QObject*>(model_), static_cast<QObject*>(selection_),
                            static_cast<QObject*>(model_->undoStack()), static_cast<QObject*>(view_),
                            static_cast<QObject*>(recent_), static_cast<QObject*>(TranslationManager::instance())})
        sender->disconnect(this);
    delete sync_;
    delete autosave_;
    autosave_ = nullptr;
    delete historyDock_;
    delete accessors_;
    delete ddl_;
    delete problems_;
    delete inspector_;
    delete palette_;
    delete view_;
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createDocks() {
    palette_ = new PaletteDock(this);
    inspector_ = new InspectorDock(model_, selection_, this);
    problems_ = new ProblemsDock(model_, selection_, this);
    ddl_ = new DdlPreviewDock(model_, selection_, this);
    accessors_ = new AccessorsDock(model_, selection_, this);
    historyDock_ = new QDockWidget(this);
    historyDock_->setObjectName(QStringLiteral("HistoryDock"));
    history_ = new QUndoView(model_->undoStack(), historyDock_);
    history_->setObjectName(QStringLiteral("undoHistory"));
    historyDock_->setWidget(history_);

    // Left: the palette. Right: the inspector. Bottom: problems beside the DDL preview, with
    // the accessors and the undo history as tabs behind it.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, palette_);
    addDockWidget(Qt::RightDockWidgetArea, inspector_);
    addDockWidget(Qt::BottomDockWidgetArea, problems_);
    addDockWidget(Qt::BottomDockWidgetArea, ddl_);
    splitDockWidget(problems_, ddl_, Qt::Horizontal);
    tabifyDockWidget(ddl_, accessors_);
    tabifyDockWidget(accessors_, historyDock_);
    ddl_->raise();
}

void MainWindow::applyDefaultDockSizes() {
    const int bottom = std::max(400, width() - 40);
    resizeDocks({palette_, inspector_}, {170, std::clamp(width() / 4, 360, 480)}, Qt::Horizontal);
    resizeDocks({problems_, ddl_}, {bottom * 9 / 20, bottom * 11 / 20}, Qt::Horizontal);
    resizeDocks({problems_}, {std::clamp(height() / 4, 200, 300)}, Qt::Vertical);
}

void MainWindow::createUndoActions() {
    // QUndoStack keeps the action text up to date: prefix + the command's text.
    QAction* oldUndo = undo_;
    QAction* oldRedo = redo_;
    undo_ = model_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo_->setObjectName(QStringLiteral("actionUndo"));
    undo_->setIcon(themedIcon(QStringLiteral("undo")));
    redo_ = model_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo_->setObjectName(QStringLiteral("actionRedo"));
    redo_->setIcon(themedIcon(QStringLiteral("redo")));
    if (oldUndo) {
        for (QWidget* w : {static_cast<QWidget*>(editMenu_), static_cast<QWidget*>(toolBar_)}) {
            w->insertAction(oldUndo, undo_);
            w->insertAction(oldRedo, redo_);
        }
        delete oldUndo;
        delete oldRedo;
    }
    undo_->setShortcuts(standardOr(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    redo_->setShortcuts(standardOr(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    undo_->setToolTip(undo_->text().remove(QLatin1Char('&')));
    redo_->setToolTip(redo_->text().remove(QLatin1Char('&')));
    connect(model_->undoStack(), &QUndoStack::undoTextChanged, undo_, [this] { undo_->setToolTip(undo_->text().remove(QLatin1Char('&'))); });
    connect(model_->undoStack(), &QUndoStack::redoTextChanged, redo_, [this] { redo_->setToolTip(redo_->text().remove(QLatin1Char('&'))); });
}

QAction* MainWindow::makeAction(const QString& objectName, const QString& icon) {
    auto* a = new QAction(this);
    a->setObjectName(objectName);
    if (!icon.isEmpty()) a->setIcon(themedIcon(icon));
    return a;
}

void MainWindow::createActions() {
    connect(makeAction(QStringLiteral("actionNew"), QStringLiteral("new")), &QAction::triggered, this, &MainWindow::newDocument);
    connect(makeAction(QStringLiteral("actionOpen"), QStringLiteral("open")), &QAction::triggered, this, &MainWindow::open);
    connect(makeAction(QStringLiteral("actionSave"), QStringLiteral("save")), &QAction::triggered, this, &MainWindow::save);
    connect(makeAction(QStringLiteral("actionSaveAs")), &QAction::triggered, this, &MainWindow::saveAs);
    connect(makeAction(QStringLiteral("actionQuit")), &QAction::triggered, this, &QWidget::close);
    connect(makeAction(QStringLiteral("actionClearRecent")), &QAction::triggered, recent_, &RecentFiles::clear);
    connect(makeAction(QStringLiteral("actionImport"), QStringLiteral("import")), &QAction::triggered, this,
            &MainWindow::showImportDialog);
    connect(makeAction(QStringLiteral("actionSync"), QStringLiteral("sync")), &QAction::triggered, this, &MainWindow::showSyncDialog);

    createUndoActions();

    // Canvas editing keys work where the canvas has the focus (a text field keeps its own).
    auto canvasAction = [this](const QString& name, const QString& icon, void (DiagramView::*slot)()) {
        QAction* a = makeAction(name, icon);
        a->setShortcutContext(Qt::WidgetShortcut);
        view_->addAction(a);
        connect(a, &QAction::triggered, view_, slot);
        return a;
    };
    canvasAction(QStringLiteral("actionCopy"), QStringLiteral("copy"), &DiagramView::copySelection);
    canvasAction(QStringLiteral("actionPaste"), QStringLiteral("paste"), &DiagramView::paste);
    canvasAction(QStringLiteral("actionDelete"), QStringLiteral("delete"), &DiagramView::deleteSelection);
    canvasAction(QStringLiteral("actionSelectAll"), {}, &DiagramView::selectAll);
    connect(makeAction(QStringLiteral("actionAddModel"), QStringLiteral("model")), &QAction::triggered, this, &MainWindow::addModel);
    connect(makeAction(QStringLiteral("actionAddAssociation"), QStringLiteral("association")), &QAction::triggered, this,
            &MainWindow::addAssociation);

    connect(makeAction(QStringLiteral("actionZoomIn"), QStringLiteral("zoom-in")), &QAction::triggered, view_, &DiagramView::zoomIn);
    connect(makeAction(QStringLiteral("actionZoomOut"), QStringLiteral("zoom-out")), &QAction::triggered, view_, &DiagramView::zoomOut);
    connect(makeAction(QStringLiteral("actionResetZoom")), &QAction::triggered, view_, &DiagramView::resetZoom);
    connect(makeAction(QStringLiteral("actionFit"), QStringLiteral("zoom-fit")), &QAction::triggered, view_, &DiagramView::fitToWindow);
    connect(makeAction(QStringLiteral("actionAutoLayout"), QStringLiteral("layout")), &QAction::triggered, view_, &DiagramView::autoLayout);
    QAction* snap = makeAction(QStringLiteral("actionSnap"));
    snap->setCheckable(true);
    snap->setChecked(view_->snapToGrid());
    connect(snap, &QAction::toggled, view_, &DiagramView::setSnapToGrid);
    QAction* legend = makeAction(QStringLiteral("actionLegend"));
    legend->setCheckable(true);
    legend->setChecked(view_->isLegendVisible());
    connect(legend, &QAction::toggled, view_, &DiagramView::setLegendVisible);
    connect(view_, &DiagramView::legendVisibilityChanged, legend, &QAction::setChecked);
    connect(makeAction(QStringLiteral("actionNextProblem")), &QAction::triggered, problems_, &ProblemsDock::nextProblem);
    connect(makeAction(QStringLiteral("actionPreviousProblem")), &QAction::triggered, problems_, &ProblemsDock::previousProblem);
    connect(makeAction(QStringLiteral("actionShortcuts")), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(makeAction(QStringLiteral("actionAbout"), QStringLiteral("relata")), &QAction::triggered, this, &MainWindow::showAbout);
    connect(makeAction(QStringLiteral("actionAboutQt")), &QAction::triggered, qApp, &QApplication::aboutQt);

    // Standard shortcuts (platform conventions), and our own.
    action(QStringLiteral("actionNew"))->setShortcuts(standardOr(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)));
    action(QStringLiteral("actionOpen"))->setShortcuts(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    action(QStringLiteral("actionSave"))->setShortcuts(standardOr(QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S)));
    action(QStringLiteral("actionSaveAs"))->setShortcuts(standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    action(QStringLiteral("actionQuit"))->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    action(QStringLiteral("actionCopy"))->setShortcuts(standardOr(QKeySequence::Copy, QKeySequence(Qt::CTRL | Qt::Key_C)));
    action(QStringLiteral("actionPaste"))->setShortcuts(standardOr(QKeySequence::Paste, QKeySequence(Qt::CTRL | Qt::Key_V)));
    action(QStringLiteral("actionDelete"))->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    action(QStringLiteral("actionSelectAll"))->setShortcuts(standardOr(QKeySequence::SelectAll, QKeySequence(Qt::CTRL | Qt::Key_A)));
    action(QStringLiteral("actionAddModel"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    action(QStringLiteral("actionAddAssociation"))->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    action(QStringLiteral("actionZoomIn"))->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    action(QStringLiteral("actionZoomOut"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    action(QStringLiteral("actionResetZoom"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    action(QStringLiteral("actionFit"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    action(QStringLiteral("actionAutoLayout"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    action(QStringLiteral("actionSnap"))->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    action(QStringLiteral("actionNextProblem"))->setShortcut(QKeySequence(Qt::Key_F8));
    action(QStringLiteral("actionPreviousProblem"))->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    action(QStringLiteral("actionSync"))->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    action(QStringLiteral("actionShortcuts"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    action(QStringLiteral("actionShortcuts"))->setShortcutContext(Qt::ApplicationShortcut);

    for (const ExportChoice& choice : exportChoices()) {
        QAction* a = makeAction(QStringLiteral("actionExport_") + choice.id, choice.kind == ExportChoice::Core ? QString()
                                                                                                              : QStringLiteral("image"));
        const QString id = choice.id;
        connect(a, &QAction::triggered, this, [this, id] { exportAs(id); });
    }
    action(QStringLiteral("actionExport_sql-postgres"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action(QStringLiteral("actionExport_png"))->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    // Dock toggles.
    int key = Qt::Key_1;
    for (QDockWidget* dock : {static_cast<QDockWidget*>(palette_), static_cast<QDockWidget*>(inspector_),
                              static_cast<QDockWidget*>(problems_), static_cast<QDockWidget*>(ddl_),
                              static_cast<QDockWidget*>(accessors_), historyDock_}) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionShow") + dock->objectName());
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
    }

    languageGroup_ = new QActionGroup(this);
    languageGroup_->setExclusive(true);
    QAction* system = makeAction(QStringLiteral("actionLanguageSystem"));
    system->setData(QString());
    system->setCheckable(true);
    languageGroup_->addAction(system);
    for (const QString& lang : TranslationManager::availableLanguages()) {
        QAction* a = makeAction(QStringLiteral("actionLanguage_") + lang);
        a->setData(lang);
        a->setCheckable(true);
        a->setText(TranslationManager::nativeName(lang));
        languageGroup_->addAction(a);
    }
    const QString saved = TranslationManager::instance()->savedChoice();
    for (QAction* a : languageGroup_->actions())
        if (a->data().toString() == saved) a->setChecked(true);
    connect(languageGroup_, &QActionGroup::triggered, this, [this](QAction* a) { setLanguage(a->data().toString()); });
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(action(QStringLiteral("actionNew")));
    fileMenu_->addAction(action(QStringLiteral("actionOpen")));
    recentMenu_ = fileMenu_->addMenu(QString());
    recentMenu_->setObjectName(QStringLiteral("menuRecent"));
    fileMenu_->addSeparator();
    fileMenu_->addAction(action(QStringLiteral("actionSave")));
    fileMenu_->addAction(action(QStringLiteral("actionSaveAs")));
    fileMenu_->addSeparator();
    exportMenu_ = fileMenu_->addMenu(themedIcon(QStringLiteral("export")), QString());
    exportMenu_->setObjectName(QStringLiteral("menuExport"));
    bool diagramSeparator = false, splitSeparator = false, codeSeparator = false;
    for (const ExportChoice& choice : exportChoices()) {
        if (choice.folder && !splitSeparator) {
            exportMenu_->addSeparator();
            splitSeparator = true;
        }
        if (choice.kind == ExportChoice::Core && choice.format != ExportFormat::Sql && !codeSeparator) {
            exportMenu_->addSeparator();
            codeSeparator = true;
        }
        if (choice.kind != ExportChoice::Core && !diagramSeparator) {
            exportMenu_->addSeparator();
            diagramSeparator = true;
        }
        exportMenu_->addAction(action(QStringLiteral("actionExport_") + choice.id));
    }
    fileMenu_->addSeparator();
    fileMenu_->addAction(action(QStringLiteral("actionQuit")));

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undo_);
    editMenu_->addAction(redo_);
    editMenu_->addSeparator();
    editMenu_->addAction(action(QStringLiteral("actionCopy")));
    editMenu_->addAction(action(QStringLiteral("actionPaste")));
    editMenu_->addAction(action(QStringLiteral("actionDelete")));
    editMenu_->addAction(action(QStringLiteral("actionSelectAll")));
    editMenu_->addSeparator();
    editMenu_->addAction(action(QStringLiteral("actionAddModel")));
    editMenu_->addAction(action(QStringLiteral("actionAddAssociation")));

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(action(QStringLiteral("actionZoomIn")));
    viewMenu_->addAction(action(QStringLiteral("actionZoomOut")));
    viewMenu_->addAction(action(QStringLiteral("actionResetZoom")));
    viewMenu_->addAction(action(QStringLiteral("actionFit")));
    viewMenu_->addSeparator();
    viewMenu_->addAction(action(QStringLiteral("actionAutoLayout")));
    viewMenu_->addAction(action(QStringLiteral("actionSnap")));
    viewMenu_->addAction(action(QStringLiteral("actionLegend")));
    viewMenu_->addSeparator();
    viewMenu_->addAction(action(QStringLiteral("actionNextProblem")));
    viewMenu_->addAction(action(QStringLiteral("actionPreviousProblem")));
    viewMenu_->addSeparator();
    panelsMenu_ = viewMenu_->addMenu(QString());
    for (QDockWidget* dock : {static_cast<QDockWidget*>(palette_), static_cast<QDockWidget*>(inspector_),
                              static_cast<QDockWidget*>(problems_), static_cast<QDockWidget*>(ddl_),
                              static_cast<QDockWidget*>(accessors_), historyDock_})
        panelsMenu_->addAction(dock->toggleViewAction());
    languageMenu_ = viewMenu_->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("menuLanguage"));
    languageMenu_->addAction(action(QStringLiteral("actionLanguageSystem")));
    languageMenu_->addSeparator();
    for (const QString& lang : TranslationManager::availableLanguages())
        languageMenu_->addAction(action(QStringLiteral("actionLanguage_") + lang));

    databaseMenu_ = menuBar()->addMenu(QString());
    databaseMenu_->addAction(action(QStringLiteral("actionSync")));
    databaseMenu_->addAction(action(QStringLiteral("actionImport")));

    examplesMenu_ = menuBar()->addMenu(QString());
    examplesMenu_->setObjectName(QStringLiteral("menuExamples"));
    guideMenu_ = new QMenu(this);

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(action(QStringLiteral("actionShortcuts")));
    helpMenu_->addSeparator();
    helpMenu_->addAction(action(QStringLiteral("actionAbout")));
    helpMenu_->addAction(action(QStringLiteral("actionAboutQt")));

    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));
    toolBar_->setIconSize(QSize(20, 20));
    toolBar_->addAction(action(QStringLiteral("actionNew")));
    toolBar_->addAction(action(QStringLiteral("actionOpen")));
    toolBar_->addAction(action(QStringLiteral("actionSave")));
    toolBar_->addSeparator();
    toolBar_->addAction(undo_);
    toolBar_->addAction(redo_);
    toolBar_->addSeparator();
    toolBar_->addAction(action(QStringLiteral("actionAddModel")));
    toolBar_->addAction(action(QStringLiteral("actionAddAssociation")));
    toolBar_->addSeparator();
    toolBar_->addAction(action(QStringLiteral("actionZoomIn")));
    toolBar_->addAction(action(QStringLiteral("actionZoomOut")));
    toolBar_->addAction(action(QStringLiteral("actionFit")));
    toolBar_->addAction(action(QStringLiteral("actionAutoLayout")));
    toolBar_->addSeparator();
    toolBar_->addAction(action(QStringLiteral("actionSync")));
}

QAction* MainWindow::action(const QString& objectName) const {
    for (QAction* a : findChildren<QAction*>(objectName)) return a;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (dock->toggleViewAction()->objectName() == objectName) return dock->toggleViewAction();
    return nullptr;
}

QList<QAction*> MainWindow::allActions() const {
    QList<QAction*> out;
    for (QAction* a : findChildren<QAction*>())
        if (a->objectName().startsWith(QLatin1String("action"))) out << a;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (!out.contains(dock->toggleViewAction())) out << dock->toggleViewAction();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Texts

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildRecentMenu();
        rebuildExamplesMenu();
        updateTitle();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    struct Text {
        const char* name;
        const char* text;
        const char* tip;
    };
    const Text texts[] = {
        {"actionNew", QT_TR_NOOP("&New Design"), QT_TR_NOOP("Start an empty design")},
        {"actionOpen", QT_TR_NOOP("&Open…"), QT_TR_NOOP("Open a *.relata.json design")},
        {"actionSave", QT_TR_NOOP("&Save"), QT_TR_NOOP("Save the design")},
        {"actionSaveAs", QT_TR_NOOP("Save &As…"), QT_TR_NOOP("Save the design under a new name")},
        {"actionQuit", QT_TR_NOOP("&Quit"), QT_TR_NOOP("Close Relata")},
        {"actionClearRecent", QT_TR_NOOP("&Clear List"), QT_TR_NOOP("Forget the recently opened designs")},
        {"actionImport", QT_TR_NOOP("&Import from Database…"),
         QT_TR_NOOP("Read a database's tables into a new design, or merge them into the open one")},
        {"actionSync", QT_TR_NOOP("&Sync with Database…"),
         QT_TR_NOOP("Compare the design with a database and apply the changes (SQLite, PostgreSQL, MySQL/MariaDB)")},
        {"actionCopy", QT_TR_NOOP("&Copy"), QT_TR_NOOP("Copy the selected models")},
        {"actionPaste", QT_TR_NOOP("&Paste"), QT_TR_NOOP("Paste copied models")},
        {"actionDelete", QT_TR_NOOP("&Delete"), QT_TR_NOOP("Delete the selected models and associations")},
        {"actionSelectAll", QT_TR_NOOP("Select &All"), QT_TR_NOOP("Select every model")},
        {"actionAddModel", QT_TR_NOOP("Add &Model"), QT_TR_NOOP("Add a model in the middle of the canvas")},
        {"actionAddAssociation", QT_TR_NOOP("Add Ass&ociation…"),
         QT_TR_NOOP("Associate two models (or drag from a model's ring onto another model)")},
        {"actionZoomIn", QT_TR_NOOP("Zoom &In"), QT_TR_NOOP("Zoom in")},
        {"actionZoomOut", QT_TR_NOOP("Zoom &Out"), QT_TR_NOOP("Zoom out")},
        {"actionResetZoom", QT_TR_NOOP("&Actual Size"), QT_TR_NOOP("Zoom to 100%")},
        {"actionFit", QT_TR_NOOP("&Fit to Window"), QT_TR_NOOP("Show the whole design")},
        {"actionAutoLayout", QT_TR_NOOP("Auto &Layout"), QT_TR_NOOP("Arrange the models along their foreign keys")},
        {"actionSnap", QT_TR_NOOP("&Snap to Grid"), QT_TR_NOOP("Snap moved models to the grid")},
        {"actionLegend", QT_TR_NOOP("Show &Legend"), QT_TR_NOOP("Explain the edge styles on the canvas")},
        {"actionNextProblem", QT_TR_NOOP("&Next Problem"), QT_TR_NOOP("Select the next problem's model or association")},
        {"actionPreviousProblem", QT_TR_NOOP("Pre&vious Problem"), QT_TR_NOOP("Select the previous problem's model or association")},
        {"actionShortcuts", QT_TR_NOOP("&Keyboard Shortcuts"), QT_TR_NOOP("List every keyboard shortcut")},
        {"actionAbout", QT_TR_NOOP("&About Relata"), QT_TR_NOOP("About Relata")},
        {"actionAboutQt", QT_TR_NOOP("About &Qt"), QT_TR_NOOP("About Qt")},
        {"actionLanguageSystem", QT_TR_NOOP("&System Language"), QT_TR_NOOP("Follow the system's language")},
    };
    for (const Text& t : texts) {
        QAction* a = action(QString::fromLatin1(t.name));
        if (!a) continue;
        a->setText(tr(t.text));
        a->setToolTip(tr(t.tip));
        a->setStatusTip(tr(t.tip));
    }
    for (const ExportChoice& choice : exportChoices()) {
        QAction* a = action(QStringLiteral("actionExport_") + choice.id);
        if (!a) continue;
        a->setText(choice.label);
        a->setStatusTip(choice.label);
    }
    createUndoActions(); // their texts ("Undo Set type of ...") carry the prefix of the language

    fileMenu_->setTitle(tr("&File"));
    recentMenu_->setTitle(tr("Open &Recent"));
    exportMenu_->setTitle(tr("&Export"));
    editMenu_->setTitle(tr("&Edit"));
    viewMenu_->setTitle(tr("&View"));
    panelsMenu_->setTitle(tr("&Panels"));
    languageMenu_->setTitle(tr("&Language"));
    databaseMenu_->setTitle(tr("&Database"));
    examplesMenu_->setTitle(tr("E&xamples"));
    guideMenu_->setTitle(tr("&Associations Guide"));
    helpMenu_->setTitle(tr("&Help"));
    toolBar_->setWindowTitle(tr("Main Toolbar"));
    historyDock_->setWindowTitle(tr("Undo History"));
    history_->setEmptyLabel(tr("<design opened>"));
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recent_->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* a = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setStatusTip(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave()) return;
            QString error;
            if (!openFile(path, &error)) {
                recent_->remove(path);
                prompt(QMessageBox::Warning, tr("Open Design"), error, QMessageBox::Ok);
            }
        });
    }
    if (files.isEmpty()) {
        QAction* none = recentMenu_->addAction(tr("No recent designs"));
        none->setEnabled(false);
    }
    recentMenu_->addSeparator();
    recentMenu_->addAction(action(QStringLiteral("actionClearRecent")));
    action(QStringLiteral("actionClearRecent"))->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildExamplesMenu() {
    examplesMenu_->clear();
    guideMenu_->clear();
    const QList<ExampleDesign> examples = Examples::all();
    for (const ExampleDesign& e : examples) {
        QMenu* menu = e.guide ? guideMenu_ : examplesMenu_;
        QAction* a = menu->addAction(e.title);
        a->setObjectName(QStringLiteral("example_") + e.fileName);
        a->setStatusTip(e.description);
        a->setToolTip(e.description);
        const QString path = e.path;
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openExample(path);
        });
    }
    if (!guideMenu_->isEmpty()) {
        examplesMenu_->addSeparator();
        examplesMenu_->addMenu(guideMenu_);
    }
    if (examples.isEmpty()) {
        QAction* none = examplesMenu_->addAction(tr("No examples found"));
        none->setEnabled(false);
    }
}

void MainWindow::updateTitle() {
    QString name;
    if (!exampleName_.isEmpty() && model_->filePath().isEmpty()) name = tr("%1 (example)").arg(exampleName_);
    else if (model_->filePath().isEmpty()) name = tr("Untitled");
    else name = QFileInfo(model_->filePath()).fileName();
    setWindowTitle(name + QStringLiteral("[*] — Relata"));
    setWindowModified(model_->isDirty());
    setWindowFilePath(model_->filePath());
}

void MainWindow::updateStatus() {
    int errors = 0, warnings = 0;
    for (const Diagnostic& d : model_->diagnostics()) {
        if (d.severity == Severity::Error) ++errors;
        else if (d.severity == Severity::Warning) ++warnings;
    }
    const Document& doc = model_->document();
    QString text = tr("%n model(s)", nullptr, int(doc.models.size())) + QStringLiteral(" · ") +
                   tr("%n association(s)", nullptr, int(doc.associations.size())) + QStringLiteral(" · ");
    if (errors == 0 && warnings == 0) text += tr("no problems");
    else text += tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    statusCounts_->setText(text);
    statusZoom_->setText(QStringLiteral("%1%").arg(qRound(view_->zoom() * 100)));
    updateActions();
}

void MainWindow::updateActions() {
    const bool hasModels = !model_->document().models.empty();
    action(QStringLiteral("actionAddAssociation"))->setEnabled(hasModels);
    action(QStringLiteral("actionDelete"))->setEnabled(!selection_->isEmpty());
    action(QStringLiteral("actionCopy"))->setEnabled(!selection_->models().isEmpty());
}

void MainWindow::restoreLayout() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(available.size().boundedTo(QSize(1500, 950)) * 0.92);
    }
    restoredState_ = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout() {
    if (!options_.restoreSettings) return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

// ---------------------------------------------------------------------------------------------
// Documents

QMessageBox::StandardButton MainWindow::prompt(QMessageBox::Icon icon, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons) {
    if (promptHandler()) return promptHandler()(this, icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, this);
    // Our own button texts, so that they follow the chosen language.
    if (QAbstractButton* b = box.button(QMessageBox::Save)) b->setText(tr("&Save"));
    if (QAbstractButton* b = box.button(QMessageBox::Discard)) b->setText(tr("&Don't Save"));
    if (QAbstractButton* b = box.button(QMessageBox::Cancel)) b->setText(tr("Cancel"));
    if (QAbstractButton* b = box.button(QMessageBox::Ok)) b->setText(tr("OK"));
    return QMessageBox::StandardButton(box.exec());
}

bool MainWindow::maybeSave() {
    if (!model_->isDirty()) return true;
    const QString name = model_->filePath().isEmpty() ? tr("The new design") : QFileInfo(model_->filePath()).fileName();
    const auto answer = prompt(QMessageBox::Warning, tr("Unsaved Changes"),
                               tr("%1 has changes that are not saved. Save them first?").arg(name),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) {
        if (autosave_) autosave_->discard();
        return true;
    }
    return false;
}

void MainWindow::newDocument() {
    if (!maybeSave()) return;
    exampleName_.clear();
    model_->newDocument();
    updateTitle();
}

void MainWindow::open() {
    if (!maybeSave()) return;
    QString dir = model_->filePath().isEmpty() ? QString() : QFileInfo(model_->filePath()).absolutePath();
    if (dir.isEmpty() && !recent_->files().isEmpty()) dir = QFileInfo(recent_->files().first()).absolutePath();
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), dir, tr(kDesignFilter));
    if (path.isEmpty()) return;
    QString error;
    if (!openFile(path, &error)) prompt(QMessageBox::Warning, tr("Open Design"), error, QMessageBox::Ok);
}

bool MainWindow::openFile(const QString& path, QString* error) {
    QString message;
    if (!model_->load(path, &message)) {
        if (error) *error = tr("%1 cannot be opened:\n%2").arg(QFileInfo(path).fileName(), message);
        return false;
    }
    exampleName_.clear();
    if (options_.recordRecentFiles) recent_->add(path);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openExample(const QString& path) {
    QString message;
    if (!model_->load(path, &message)) {
        prompt(QMessageBox::Warning, tr("Open Example"), message, QMessageBox::Ok);
        return false;
    }
    // An example is a starting point: saving asks where.
    model_->setFilePath(QString());
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".relata.json"))) name.chop(int(qstrlen(".relata.json")));
    exampleName_ = name;
    updateTitle();
    return true;
}

bool MainWindow::saveTo(const QString& path, QString* error) {
    QString message;
    if (!model_->save(path, &message)) {
        if (error) *error = tr("%1 cannot be saved: %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    }
    exampleName_.clear();
    if (options_.recordRecentFiles) recent_->add(path);
    if (autosave_) autosave_->discard();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save() {
    const QString path = model_->filePath();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':'))) return saveAs();
    QString error;
    if (!saveTo(path, &error)) {
        prompt(QMessageBox::Critical, tr("Save Design"), error, QMessageBox::Ok);
        return false;
    }
    return true;
}

bool MainWindow::saveAs() {
    QString suggestion = model_->filePath();
    if (suggestion.isEmpty() || suggestion.startsWith(QLatin1Char(':'))) {
        const QString base = exampleName_.isEmpty() ? tr("design") : exampleName_;
        suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(base + QStringLiteral(".relata.json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Design As"), suggestion, tr(kDesignFilter));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QLatin1String(".json"))) path += QStringLiteral(".relata.json");
    QString error;
    if (!saveTo(path, &error)) {
        prompt(QMessageBox::Critical, tr("Save Design"), error, QMessageBox::Ok);
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (autosave_) autosave_->discard();
    event->accept();
}

void MainWindow::offerRecovery() {
    const QList<RecoverySlot> orphans = AutosaveManager::orphanedSlots(autosave_ ? autosave_->directory()
                                                                               : options_.recoveryDirectory);
    if (orphans.isEmpty()) return;
    RecoveryPrompt dialog(orphans, this);
    dialog.exec();
    const RecoverySlot slot = dialog.chosenSlot();
    if (dialog.choice() == RecoveryPrompt::Restore) {
        QString error;
        if (!AutosaveManager::restore(slot, model_, &error)) {
            prompt(QMessageBox::Warning, tr("Recover Design"), error, QMessageBox::Ok);
            return;
        }
        exampleName_.clear();
        AutosaveManager::removeSlot(slot);
        if (autosave_) autosave_->saveNow(); // it is this session's unsaved design now
        updateTitle();
        statusBar()->showMessage(tr("Restored the unsaved design. Save it to keep it."), 8000);
    } else if (dialog.choice() == RecoveryPrompt::Discard) {
        AutosaveManager::removeSlot(slot);
    }
}

// ---------------------------------------------------------------------------------------------
// Commands

void MainWindow::addModel() {
    const QPointF center = view_->mapToScene(view_->viewport()->rect().center());
    view_->addModelAt(center);
}

void MainWindow::addAssociation() {
    const Document& doc = model_->document();
    if (doc.models.empty()) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Association"));
    auto* form = new QFormLayout(&dialog);
    auto* source = new QComboBox(&dialog);
    auto* type = new QComboBox(&dialog);
    auto* target = new QComboBox(&dialog);
    for (const Model& m : doc.models) {
        source->addItem(QString::fromStdString(m.name));
        target->addItem(QString::fromStdString(m.name));
    }
    for (AssociationType t : {AssociationType::BelongsTo, AssociationType::HasOne, AssociationType::HasMany,
                              AssociationType::BelongsToMany})
        type->addItem(QString::fromLatin1(associationTypeName(t)), int(t));
    // Start from the selection: the selected models in document order.
    QStringList selected;
    for (const Model& m : doc.models)
        if (selection_->models().contains(QString::fromStdString(m.name))) selected << QString::fromStdString(m.name);
    if (!selected.isEmpty()) source->setCurrentText(selected.first());
    if (selected.size() > 1) target->setCurrentText(selected.at(1));
    else if (doc.models.size() > 1) target->setCurrentIndex(source->currentIndex() == 0 ? 1 : 0);
    type->setCurrentIndex(2);
    form->addRow(tr("Source:"), source);
    form->addRow(tr("Method:"), type);
    form->addRow(tr("Target:"), target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;
    view_->addAssociation(source->currentText(), target->currentText(), AssociationType(type->currentData().toInt()));
}

void MainWindow::showSyncDialog() {
    if (!sync_) {
        sync_ = new SyncDialog(model_, this);
        sync_->setAttribute(Qt::WA_DeleteOnClose);
    }
    sync_->show();
    sync_->raise();
    sync_->activateWindow();
}

void MainWindow::showImportDialog() {
    ImportDialog dialog(model_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    applyImport(dialog.importedDocument(), dialog.intoOpenDesign(), dialog.source(), dialog.notes());
}

bool MainWindow::applyImport(const Document& doc, bool intoOpenDesign, const QString& source, const QStringList& notes) {
    if (intoOpenDesign) {
        if (!pushEdit(model_, tr("Import from %1").arg(source), [&doc](Document& d) { d = doc; }))
            statusBar()->showMessage(tr("%1 has nothing the design does not have already.").arg(source), 6000);
    } else {
        if (!maybeSave()) return false;
        model_->newDocument();
        model_->resetDocument(doc);
        model_->undoStack()->resetClean(); // imported, not saved anywhere yet
        exampleName_.clear();
        updateTitle();
    }
    if (!notes.isEmpty())
        prompt(QMessageBox::Information, tr("Import"),
               tr("Imported from %1. Notes:\n\n%2").arg(source, notes.join(QLatin1Char('\n'))), QMessageBox::Ok);
    statusBar()->showMessage(tr("Imported %n model(s) from %1", nullptr, int(model_->document().models.size())).arg(source),
                             6000);
    return true;
}

void MainWindow::exportAs(const QString& choiceId) {
    const ExportChoice choice = exportChoice(choiceId);
    if (choice.id.isEmpty()) return;
    QString base;
    QString dir;
    if (!model_->filePath().isEmpty()) {
        const QFileInfo info(model_->filePath());
        dir = info.absolutePath();
        base = info.fileName();
        if (base.endsWith(QLatin1String(".relata.json"))) base.chop(int(qstrlen(".relata.json")));
    } else {
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        base = exampleName_.isEmpty() ? tr("design") : exampleName_;
    }
    QString path;
    if (choice.folder) {
        path = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), dir);
    } else {
        QString suggested = base;
        if (choice.format == ExportFormat::Sql && choice.options.dialect)
            suggested += QLatin1Char('.') + QString::fromStdString(Dialect::create(*choice.options.dialect)->name());
        path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(dir).filePath(suggested + choice.suffix), choice.filter);
        if (!path.isEmpty() && !choice.suffix.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += choice.suffix;
    }
    if (path.isEmpty()) return;
    QString error;
    QStringList notes;
    if (!runExport(*model_, choice, path, &error, &notes)) {
        prompt(QMessageBox::Warning, tr("Export"), error, QMessageBox::Ok);
        return;
    }
    QString message = tr("Exported %1").arg(QDir::toNativeSeparators(path));
    if (!notes.isEmpty()) {
        message += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
        prompt(QMessageBox::Information, tr("Export"), tr("Exported %1.\n\n%2").arg(QDir::toNativeSeparators(path), notes.join(QLatin1Char('\n'))),
               QMessageBox::Ok);
    }
    statusBar()->showMessage(message, 6000);
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    QList<QPair<QString, QString>> rows;
    for (QAction* a : allActions()) {
        if (a->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        rows.append({QString(a->text()).remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
    }
    rows.append({tr("Zoom"), tr("Ctrl+Wheel")});
    rows.append({tr("Pan"), tr("Middle button or Space+drag")});
    std::sort(rows.begin(), rows.end());
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 560);
    dialog.exec();
}

void MainWindow::showAbout() {
    prompt(QMessageBox::Information, tr("About Relata"),
           tr("Relata %1\n\nDesign database schemas the way Sequelize v6 describes them: models, associations, "
              "and the tables, keys, SQL and methods Sequelize builds from them.")
               .arg(QCoreApplication::applicationVersion()),
           QMessageBox::Ok);
}

void MainWindow::setLanguage(const QString& language) {
    const QString before = TranslationManager::instance()->currentLanguage();
    TranslationManager::instance()->setLanguage(language);
    for (QAction* a : languageGroup_->actions())
        if (a->data().toString() == language) a->setChecked(true);
    if (TranslationManager::instance()->currentLanguage() != before)
        statusBar()->showMessage(tr("Language changed. The canvas legend follows when Relata starts next time."), 10000);
}

bool MainWindow::saveScreenshot(const QString& path, QString* error) {
    QCoreApplication::processEvents();
    const QPixmap shot = grab();
    if (shot.isNull() || !shot.save(path)) {
        if (error) *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace relata::ui
