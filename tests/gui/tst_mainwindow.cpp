// The editor window driven as a user would: real MainWindow and docks on the offscreen platform,
// edits typed into the inspector's widgets, the canvas's palette drop and association API.
#include "MainWindow.h"
#include "app/AutosaveManager.h"
#include "app/RecentFiles.h"
#include "app/Examples.h"
#include "app/TranslationManager.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ModelNode.h"
#include "canvas/PaletteWidget.h"
#include "dialogs/ConnectionProfile.h"
#include "dialogs/ConnectionForm.h"
#include "dialogs/ExportActions.h"
#include "dialogs/ImportDialog.h"
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
#include "resolve/Resolver.h"
#include "schema/DocumentWriter.h"
#include "schema/SyntheticDesign.h"
#include "sql/Dialect.h"
#include "validate/DiagnosticCodes.h"
#include "validate/Validator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <set>

using namespace relata;
using namespace relata::ui;

namespace {

// Messages the window would have shown in a box, recorded instead.
struct Prompts {
    QStringList texts;
    QMessageBox::StandardButton answer = QMessageBox::Discard;
};
Prompts* g_prompts = nullptr;

MainWindow::Options testOptions() {
    MainWindow::Options o;
    o.restoreSettings = false;
    o.autosave = false;
    return o;
}

struct Window {
    MainWindow w{testOptions()};
    bool exposed = false;
    Window() {
        w.resize(1500, 950);
        w.show();
        w.activateWindow();
        exposed = QTest::qWaitForWindowExposed(&w);
        settle();
    }
    static void settle() {
        for (int i = 0; i < 4; ++i) QCoreApplication::processEvents();
    }
    DesignModel* model() const { return w.designModel(); }
    const Document& doc() const { return w.designModel()->document(); }
    ModelInspector* mi() const { return w.inspectorDock()->modelInspector(); }
    AssociationInspector* ai() const { return w.inspectorDock()->associationInspector(); }
    ModelNode* node(const QString& name) const { return w.view()->diagramScene()->node(name); }
    QString ddl() {
        w.ddlDock()->refreshNow();
        return w.ddlDock()->text();
    }
    void refresh() {
        settle();
        w.inspectorDock()->refreshNow();
    }
};

// Drops the palette's "Model" entry on the canvas, as a drag from the palette ends.
bool dropModel(DiagramView* view, const QPoint& at) {
    std::unique_ptr<QMimeData> mime(PaletteWidget::createMimeData(PaletteWidget::modelEntry()));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

// Replaces a line edit's text by typing, then Return.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    Window::settle();
}

// Edits a table cell through its real editor (line edit or editable combo), then Return.
bool typeIntoCell(QTableWidget* table, int row, int column, const QString& text) {
    QTableWidgetItem* item = table->item(row, column);
    if (!item) return false;
    table->setCurrentCell(row, column);
    if (!table->indexWidget(table->model()->index(row, column))) table->editItem(item);
    QWidget* editor = nullptr;
    for (QWidget* w : table->viewport()->findChildren<QWidget*>())
        if ((qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w->parentWidget())) || qobject_cast<QComboBox*>(w))
            editor = w;
    if (!editor) return false;
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), text);
        QTest::keyClick(combo, Qt::Key_Return);
    } else {
        auto* line = static_cast<QLineEdit*>(editor);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }
    Window::settle();
    return true;
}

int rowOf(const ModelNode* node, const QString& prefix) {
    if (!node) return -1;
    const QStringList rows = node->columnTexts();
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].startsWith(prefix + QLatin1Char(' '))) return i;
    return -1;
}

bool editMenuContains(const MainWindow& w, QAction* action) {
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action)) return true;
    return false;
}

Diagnostics coreDiagnostics(const Document& doc) {
    const ResolvedSchema schema = Resolver::resolve(doc);
    Diagnostics out;
    if (schema.error) out.push_back(*schema.error);
    const Diagnostics findings = Validator::validate(doc, schema);
    out.insert(out.end(), findings.begin(), findings.end());
    return out;
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT

private:
    Prompts prompts_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RelataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        g_prompts = &prompts_;
        MainWindow::setPromptHandler([](QWidget*, QMessageBox::Icon, const QString&, const QString& text,
                                        QMessageBox::StandardButtons buttons) {
            g_prompts->texts << text;
            if (buttons & g_prompts->answer) return g_prompts->answer;
            return QMessageBox::Ok;
        });
    }

    void init() {
        prompts_.texts.clear();
        prompts_.answer = QMessageBox::Discard;
        TranslationManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    void cleanup() { DiagramView::setAssociationTypeChooser(nullptr); }

    // The whole gesture chain: palette drop, inspector edits, association options, what the
    // canvas and the DDL preview show, undo to empty, redo, save, reopen.
    void drawBelongsToWithOptions() {
        Window win;
        QVERIFY(win.exposed);
        MainWindow& w = win.w;
        QVERIFY(win.doc().models.empty());
        DiagramView* view = w.view();
        const QPoint left(view->viewport()->width() / 3, view->viewport()->height() / 2);
        const QPoint right(view->viewport()->width() * 2 / 3, view->viewport()->height() / 2);

        // Drop "Model" from the palette: a model appears, selected, in the inspector.
        QVERIFY(w.paletteDock()->palette());
        QVERIFY(dropModel(view, left));
        QCOMPARE(win.doc().models.size(), size_t(1));
        const QString first = QString::fromStdString(win.doc().models[0].name);
        QCOMPARE(w.selectionModel()->currentModel(), first);
        win.refresh();
        QCOMPARE(w.inspectorDock()->currentPage(), QStringLiteral("model"));
        QCOMPARE(win.mi()->nameEdit()->text(), first);

        // Name it and give it attributes in the inspector.
        typeInto(win.mi()->nameEdit(), QStringLiteral("player"));
        QVERIFY(win.doc().findModel("player"));
        QCOMPARE(win.model()->undoStack()->undoText(), QStringLiteral("Rename model %1 to player").arg(first));
        win.refresh();
        QTest::mouseClick(win.mi()->addAttributeButton(), Qt::LeftButton);
        win.settle();
        QTableWidget* attrs = win.mi()->attributeTable();
        QCOMPARE(attrs->rowCount(), 1);
        QVERIFY(typeIntoCell(attrs, 0, ModelInspector::ColName, QStringLiteral("name")));
        QCOMPARE(win.doc().findModel("player")->attributes.at(0).name, std::string("name"));
        win.refresh();
        QVERIFY(typeIntoCell(attrs, 0, ModelInspector::ColType, QStringLiteral("STRING(64)")));
        QCOMPARE(win.doc().findModel("player")->attributes.at(0).type->text(), std::string("STRING(64)"));
        win.refresh();
        attrs->item(0, ModelInspector::ColAllowNull)->setCheckState(Qt::Unchecked);
        win.settle();
        QCOMPARE(win.doc().findModel("player")->attributes.at(0).allowNull, std::optional<bool>(false));
        QTest::mouseClick(win.mi()->addAttributeButton(), Qt::LeftButton);
        win.settle();
        QVERIFY(typeIntoCell(attrs, 1, ModelInspector::ColName, QStringLiteral("rank")));
        win.refresh();
        QVERIFY(typeIntoCell(attrs, 1, ModelInspector::ColType, QStringLiteral("INTEGER")));
        win.refresh();
        QVERIFY(typeIntoCell(attrs, 1, ModelInspector::ColDefault, QStringLiteral("1")));
        QVERIFY(*win.doc().findModel("player")->attributes.at(1).defaultValue == OrderedJson(1));
        // A value the core refuses is marked in place with the core's message; the document keeps its type.
        win.refresh();
        QVERIFY(typeIntoCell(attrs, 1, ModelInspector::ColType, QStringLiteral("INTEGR")));
        QCOMPARE(win.doc().findModel("player")->attributes.at(1).type->key, std::string("INTEGER"));
        QVERIFY(attrs->item(1, ModelInspector::ColType)->toolTip().contains(QStringLiteral("INTEGR")));
        QVERIFY(win.mi()->problemLabel()->isVisible());
        win.refresh();
        QCOMPARE(attrs->item(1, ModelInspector::ColType)->text(), QStringLiteral("INTEGER"));
        // The canvas shows the declared columns; the DDL the statement.
        QVERIFY(rowOf(win.node(QStringLiteral("player")), QStringLiteral("name")) >= 0);
        QVERIFY(win.ddl().contains(QStringLiteral("\"name\" VARCHAR(64) NOT NULL")));
        QVERIFY(win.ddl().contains(QStringLiteral("\"rank\" INTEGER DEFAULT 1")));

        // Second model, then connect them with the canvas API.
        QVERIFY(dropModel(view, right));
        win.refresh();
        QCOMPARE(win.doc().models.size(), size_t(2));
        typeInto(win.mi()->nameEdit(), QStringLiteral("team"));
        QVERIFY(win.doc().findModel("team"));
        QVERIFY(view->addAssociation(QStringLiteral("player"), QStringLiteral("team"), AssociationType::BelongsTo));
        QCOMPARE(win.doc().associations.size(), size_t(1));
        w.selectionModel()->selectAssociation(0);
        win.refresh();
        QCOMPARE(w.inspectorDock()->currentPage(), QStringLiteral("association"));
        // Sequelize's defaults show as placeholders; the node shows the generated FK column.
        QCOMPARE(win.ai()->foreignKeyEdit()->placeholderText(), QStringLiteral("teamId"));
        QVERIFY(rowOf(win.node(QStringLiteral("player")), QStringLiteral("teamId")) >= 0);

        // as, foreignKey, onDelete through the inspector's widgets.
        typeInto(win.ai()->asEdit(), QStringLiteral("club"));
        QCOMPARE(win.doc().associations[0].options.as->name, std::string("club"));
        QCOMPARE(w.selectionModel()->currentAssociation(), 0); // still what the inspector edits
        QCOMPARE(win.model()->undoStack()->undoText(), QStringLiteral("Set as of player → team to club"));
        win.refresh();
        QVERIFY(rowOf(win.node(QStringLiteral("player")), QStringLiteral("clubId")) >= 0);
        QVERIFY(rowOf(win.node(QStringLiteral("player")), QStringLiteral("teamId")) < 0);
        typeInto(win.ai()->foreignKeyEdit(), QStringLiteral("club_ref"));
        QCOMPARE(win.doc().associations[0].options.foreignKey->name, std::string("club_ref"));
        win.refresh();
        QComboBox* onDelete = win.ai()->onDeleteCombo();
        onDelete->setFocus();
        QTest::keyClicks(onDelete, QStringLiteral("C"));
        win.settle();
        QCOMPARE(win.doc().associations[0].options.onDelete, std::optional<std::string>("CASCADE"));
        win.refresh();
        const int fkRow = rowOf(win.node(QStringLiteral("player")), QStringLiteral("club_ref"));
        QVERIFY(fkRow >= 0);
        QVERIFY(win.node(QStringLiteral("player"))->rowIsAdded(fkRow));
        QVERIFY(win.node(QStringLiteral("player"))->columnTexts().at(fkRow).contains(QStringLiteral("FK")));
        QVERIFY2(win.ddl().contains(QStringLiteral(
                     "\"club_ref\" INTEGER REFERENCES \"teams\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE")),
                 qPrintable(win.ddl()));
        // The summary and the accessors come from the core too.
        QVERIFY2(win.ai()->summaryLabel()->text().contains(QStringLiteral("getClub")), qPrintable(win.ai()->summaryLabel()->text()));
        w.selectionModel()->selectModel(QStringLiteral("player"));
        w.accessorsDock()->refreshNow();
        bool getClub = false;
        for (const AccessorQuery& q : w.accessorsDock()->queries()) getClub |= q.method == "getClub";
        QVERIFY(getClub);
        QVERIFY(w.accessorsDock()->sqlView()->toPlainText().contains(QStringLiteral("SELECT")));

        // Every step is undoable, down to the empty design, and redoable.
        const Document drawn = win.doc();
        QUndoStack* stack = win.model()->undoStack();
        QVERIFY(stack->count() >= 10);
        QVERIFY(w.isWindowModified());
        while (stack->canUndo()) stack->undo();
        win.settle();
        QVERIFY(win.doc().models.empty());
        QCOMPARE(w.view()->diagramScene()->nodeCount(), 0);
        QVERIFY(win.ddl().contains(QStringLiteral("empty")));
        while (stack->canRedo()) stack->redo();
        win.settle();
        QVERIFY(win.doc() == drawn);
        QVERIFY(win.ddl().contains(QStringLiteral("ON DELETE CASCADE")));

        // Save, reopen in a second window, compare.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("players.relata.json"));
        QString error;
        QVERIFY2(w.saveTo(path, &error), qPrintable(error));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("players.relata.json")));
        Window again;
        QVERIFY2(again.w.openFile(path, &error), qPrintable(error));
        QVERIFY(again.doc() == drawn);
        QVERIFY(again.doc().extra.contains("layout"));
        QCOMPARE(again.w.view()->diagramScene()->nodeCount(), 2);
        QVERIFY(rowOf(again.node(QStringLiteral("player")), QStringLiteral("club_ref")) >= 0);
        QCOMPARE(again.w.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
        QVERIFY(prompts_.texts.isEmpty());
    }

    // belongsToMany with through, scope and a second side: the join table appears on the canvas
    // and in the DDL.
    void drawBelongsToManyWithThroughAndScope() {
        Window win;
        MainWindow& w = win.w;
        DiagramView* view = w.view();
        QVERIFY(dropModel(view, QPoint(200, 200)));
        win.refresh();
        typeInto(win.mi()->nameEdit(), QStringLiteral("user"));
        QVERIFY(dropModel(view, QPoint(600, 200)));
        win.refresh();
        typeInto(win.mi()->nameEdit(), QStringLiteral("project"));
        QVERIFY(view->addAssociation(QStringLiteral("user"), QStringLiteral("project"), AssociationType::BelongsToMany));
        w.selectionModel()->selectAssociation(0);
        win.refresh();
        QLineEdit* through = win.ai()->throughCombo()->lineEdit();
        typeInto(through, QStringLiteral("worker_tasks"));
        QCOMPARE(win.doc().associations[0].options.through->model, std::string("worker_tasks"));
        win.refresh();
        typeInto(win.ai()->asEdit(), QStringLiteral("Tasks"));
        win.refresh();
        typeInto(win.ai()->foreignKeyEdit(), QStringLiteral("userId"));
        win.refresh();
        // The join model node with both keys.
        ModelNode* join = win.node(QStringLiteral("worker_tasks"));
        QVERIFY(join);
        QVERIFY(join->isAutoJoinModel());
        QVERIFY(rowOf(join, QStringLiteral("userId")) >= 0);
        QVERIFY(rowOf(join, QStringLiteral("projectId")) >= 0);
        QVERIFY(win.ddl().contains(QStringLiteral("CREATE TABLE IF NOT EXISTS \"worker_tasks\"")));
        // scope rows: add a row, type key and value in the cells.
        QTest::mouseClick(win.ai()->addScopeButton(), Qt::LeftButton);
        win.settle();
        QTableWidget* scope = win.ai()->scopeTable();
        QCOMPARE(scope->rowCount(), 1);
        QVERIFY(typeIntoCell(scope, 0, 0, QStringLiteral("status")));
        QVERIFY(typeIntoCell(scope, 0, 1, QStringLiteral("open")));
        QVERIFY(win.doc().associations[0].options.scope);
        QVERIFY(*win.doc().associations[0].options.scope == (OrderedJson{{"status", "open"}}));
        // through.unique through its combo: the object form.
        win.refresh();
        QComboBox* unique = win.ai()->throughUniqueCombo();
        unique->setFocus();
        QTest::keyClicks(unique, QStringLiteral("N"));
        win.settle();
        QVERIFY(win.doc().associations[0].options.through->isObject);
        QCOMPARE(win.doc().associations[0].options.through->unique, std::optional<bool>(false));
        QCOMPARE(win.doc().associations[0].options.through->model, std::string("worker_tasks"));
        // Selection scope of the DDL preview: only the selected association's tables.
        w.ddlDock()->setScope(DdlPreviewDock::Scope::Selection);
        const QString part = win.ddl();
        QVERIFY(part.contains(QStringLiteral("\"worker_tasks\"")));
        QVERIFY(part.contains(QStringLiteral("\"users\"")));
        w.ddlDock()->setScope(DdlPreviewDock::Scope::Design);
        // Other databases.
        w.ddlDock()->setDialect(int(DialectKind::MySql));
        QVERIFY(win.ddl().contains(QStringLiteral("CREATE TABLE IF NOT EXISTS `worker_tasks`")));
        w.ddlDock()->setDialect(int(DialectKind::Sqlite));
        QVERIFY(win.ddl().contains(QStringLiteral("CREATE TABLE IF NOT EXISTS `worker_tasks`")) ||
                win.ddl().contains(QStringLiteral("CREATE TABLE IF NOT EXISTS \"worker_tasks\"")));
    }

    // The preview follows an edit within 100 ms.
    void ddlFollowsEditsQuickly() {
        Window win;
        QVERIFY(win.w.openExample(Examples::find(QStringLiteral("shop.relata.json")).path));
        win.settle();
        win.w.ddlDock()->refreshNow();
        QVERIFY(!win.w.ddlDock()->text().contains(QStringLiteral("quickly_added")));
        QElapsedTimer clock;
        clock.start();
        pushEdit(win.model(), QStringLiteral("add"), [](Document& doc) {
            AttributeDef a;
            a.name = "quickly_added";
            a.type = DataType{"INTEGER", {}, {}};
            doc.models[0].attributes.push_back(a);
        });
        while (!win.w.ddlDock()->text().contains(QStringLiteral("quickly_added")) && clock.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 took = clock.elapsed();
        QVERIFY(win.w.ddlDock()->text().contains(QStringLiteral("quickly_added")));
        qInfo("DDL preview updated %lld ms after the edit (goal: 100 ms; measured in bench/)", took);
    }

    // A large design: every panel follows an edit, and the time it takes is reported.
    void largeDesignStaysResponsive() {
        Window win;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.relata.json"));
        std::string error;
        QVERIFY(DocumentWriter::writeFile(SyntheticDesign::generate(300), path.toStdString(), error));
        QElapsedTimer clock;
        clock.start();
        QString message;
        QVERIFY2(win.w.openFile(path, &message), qPrintable(message));
        win.settle();
        qInfo("opening 300 models: %lld ms", clock.elapsed());
        QCOMPARE(win.w.view()->diagramScene()->nodeCount(), int(win.model()->schema().tables.size()));
        win.w.selectionModel()->selectModel(QString::fromStdString(win.doc().models[10].name));
        win.refresh();
        clock.restart();
        QTest::mouseClick(win.mi()->addAttributeButton(), Qt::LeftButton);
        while (!win.w.ddlDock()->text().contains(QStringLiteral("\"attribute1\"")) && clock.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY(win.w.ddlDock()->text().contains(QStringLiteral("\"attribute1\"")));
        qInfo("an attribute added to a 300-model design shows in the DDL after %lld ms", clock.elapsed());
        win.w.problemsDock()->refreshNow();
        QCOMPARE(win.w.problemsDock()->shown().size(), win.model()->diagnostics().size());
    }

    // Every example opens with the Problems dock listing exactly the core's diagnostics, and no
    // message box or warning beyond them.
    void everyExampleOpensWithTheCoresDiagnostics() {
        const QList<ExampleDesign> examples = Examples::all();
        QVERIFY(examples.size() >= 40);
        QVERIFY(examples.first().path.startsWith(QLatin1String(":/examples/"))); // compiled in
        Window win;
        for (const ExampleDesign& e : examples) {
            QVERIFY2(win.w.openExample(e.path), qPrintable(e.fileName));
            win.settle();
            win.w.problemsDock()->refreshNow();
            const Diagnostics expected = coreDiagnostics(win.doc());
            const Diagnostics& shown = win.w.problemsDock()->shown();
            QCOMPARE(int(shown.size()), int(expected.size()));
            QTreeWidget* view = win.w.problemsDock()->view();
            QCOMPARE(view->topLevelItemCount(), int(expected.size()));
            for (size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(view->topLevelItem(int(i))->text(1), QString::fromStdString(expected[i].message));
                QCOMPARE(view->topLevelItem(int(i))->text(3), QString::fromStdString(expected[i].code));
            }
            // Every table the core builds is a node.
            QCOMPARE(win.w.view()->diagramScene()->nodeCount(), int(win.model()->schema().tables.size()));
            QVERIFY(win.w.windowTitle().contains(QStringLiteral("(example)")));
            QVERIFY(!win.w.isWindowModified());
        }
        QVERIFY2(prompts_.texts.isEmpty(), qPrintable(prompts_.texts.join(QLatin1Char('\n'))));
    }

    // Clicking a problem selects and centres its association or model; the inspector marks the field.
    void problemClickSelectsAndInspectorMarks() {
        Window win;
        QVERIFY(win.w.openExample(Examples::find(QStringLiteral("guide-26b-invoice-subscription-alias-duplicate-fk.relata.json")).path));
        win.settle();
        ProblemsDock* problems = win.w.problemsDock();
        problems->refreshNow();
        QVERIFY(!problems->shown().empty());
        int row = -1;
        for (size_t i = 0; i < problems->shown().size(); ++i)
            if (problems->shown()[i].association >= 0) row = int(i);
        QVERIFY(row >= 0);
        const Diagnostic d = problems->shown()[size_t(row)];
        QTreeWidget* view = problems->view();
        problems->raise();
        win.settle();
        const QRect rect = view->visualItemRect(view->topLevelItem(row));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        win.settle();
        QCOMPARE(win.w.selectionModel()->currentAssociation(), d.association);
        win.refresh();
        QCOMPARE(win.w.inspectorDock()->currentPage(), QStringLiteral("association"));
        QVERIFY(win.ai()->problemLabel()->text().contains(QString::fromStdString(d.message)));
        if (d.path.find("/options/as") != std::string::npos) {
            QVERIFY(win.ai()->asEdit()->property("relataProblem").toBool());
            QVERIFY(win.ai()->asEdit()->toolTip().contains(QString::fromStdString(d.message)));
        }
        // F8 walks the problems.
        win.w.action(QStringLiteral("actionNextProblem"))->trigger();
        win.settle();
        QVERIFY(!win.w.selectionModel()->isEmpty());
    }

    // After an edit the Problems rows are rewritten in place: exactly the core's diagnostics, in
    // order; the selected problem stays selected while it is listed (even when it moves), a click
    // still selects the model at fault, and an edit elsewhere leaves the rows' items as they were.
    void problemsFollowEditsInPlace() {
        Window win;
        const std::string longName(70, 't'); // over PostgreSQL's and MySQL's identifier limits
        Document doc;
        for (const char* name : {"m1", "m2", "m3", "m4"}) {
            Model m;
            m.name = name;
            AttributeDef a;
            a.name = "data";
            a.type = DataType{"JSON", {}, {}};
            m.attributes.push_back(a);
            doc.models.push_back(m);
        }
        doc.models[1].attributes[0].type = DataType{"JSONB", {}, {}}; // a type MySQL and SQLite lack
        doc.models[3].options.tableName = longName;
        win.model()->resetDocument(doc);
        win.settle();
        ProblemsDock* problems = win.w.problemsDock();
        QTreeWidget* view = problems->view();
        auto rowsAreTheCoresDiagnostics = [&] {
            const Diagnostics& expected = win.model()->diagnostics();
            if (problems->shown() != expected || view->topLevelItemCount() != int(expected.size()))
                return false;
            for (size_t i = 0; i < expected.size(); ++i) {
                const QTreeWidgetItem* item = view->topLevelItem(int(i));
                if (item->text(1) != QString::fromStdString(expected[i].message) ||
                    item->text(3) != QString::fromStdString(expected[i].code))
                    return false;
            }
            return true;
        };
        auto rowOf = [&](const char* code, const char* model) {
            for (size_t i = 0; i < problems->shown().size(); ++i)
                if (problems->shown()[i].code == code && problems->shown()[i].model == model) return int(i);
            return -1;
        };
        QVERIFY(rowsAreTheCoresDiagnostics());
        const int m4Row = rowOf(codes::kIdentifierTooLong, "m4");
        QVERIFY(m4Row >= 0 && rowOf(codes::kTypeUnsupported, "m2") > m4Row);
        view->setCurrentItem(view->topLevelItem(m4Row));

        // Fixes m2's type and gives m3 a name too long: m3's problem comes before m4's.
        pushEdit(win.model(), QStringLiteral("fix one, break another"), [&](Document& d) {
            d.models[1].attributes[0].type = DataType{"JSON", {}, {}};
            d.models[2].options.tableName = longName + "3";
        });
        win.settle();
        QVERIFY(rowsAreTheCoresDiagnostics());
        QCOMPARE(rowOf(codes::kTypeUnsupported, "m2"), -1);
        const int m3Row = rowOf(codes::kIdentifierTooLong, "m3");
        QVERIFY(m3Row >= 0 && rowOf(codes::kIdentifierTooLong, "m4") > m3Row);
        QVERIFY(view->currentItem());
        QCOMPARE(view->indexOfTopLevelItem(view->currentItem()), rowOf(codes::kIdentifierTooLong, "m4"));
        QVERIFY(view->currentItem()->isSelected());

        problems->raise();
        win.settle();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualItemRect(view->topLevelItem(m3Row)).center());
        win.settle();
        QCOMPARE(win.w.selectionModel()->currentModel(), QStringLiteral("m3"));
        QCOMPARE(view->indexOfTopLevelItem(view->currentItem()), m3Row);

        // An edit that changes no problem: the same items, the same selection.
        QList<QTreeWidgetItem*> items;
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            items << view->topLevelItem(i);
        QTreeWidgetItem* selected = view->currentItem();
        pushEdit(win.model(), QStringLiteral("unrelated"), [](Document& d) {
            AttributeDef a;
            a.name = "note";
            a.type = DataType{"STRING", {}, {}};
            d.models[0].attributes.push_back(a);
        });
        win.settle();
        QVERIFY(rowsAreTheCoresDiagnostics());
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            QCOMPARE(view->topLevelItem(i), items[i]);
        QCOMPARE(view->currentItem(), selected);
        QVERIFY(selected->isSelected());

        // The selected problem fixed: no row is current any more.
        pushEdit(win.model(), QStringLiteral("fix m3"),
                 [](Document& d) { d.models[2].options.tableName.reset(); });
        win.settle();
        QVERIFY(rowsAreTheCoresDiagnostics());
        QCOMPARE(rowOf(codes::kIdentifierTooLong, "m3"), -1);
        QVERIFY(!view->currentItem());
    }

    // Unsaved changes: title marker, prompt before they are lost.
    void dirtyMarkerAndPrompt() {
        Window win;
        QVERIFY(!win.w.isWindowModified());
        QVERIFY(dropModel(win.w.view(), QPoint(300, 300)));
        QVERIFY(win.w.isWindowModified());
        QVERIFY(win.w.windowTitle().contains(QStringLiteral("[*]")));
        prompts_.answer = QMessageBox::Cancel;
        win.w.newDocument();
        QCOMPARE(prompts_.texts.size(), 1);
        QCOMPARE(win.doc().models.size(), size_t(1));
        prompts_.answer = QMessageBox::Discard;
        win.w.newDocument();
        QCOMPARE(prompts_.texts.size(), 2);
        QVERIFY(win.doc().models.empty());
        QVERIFY(!win.w.isWindowModified());
    }

    // The Edit menu names what undo and redo will do; the history view lists the steps.
    void editMenuShowsUndoText() {
        Window win;
        QVERIFY(dropModel(win.w.view(), QPoint(300, 300)));
        QAction* undo = win.w.action(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(win.model()->undoStack()->undoText()), qPrintable(undo->text()));
        QVERIFY(!win.model()->undoStack()->undoText().isEmpty());
        undo->trigger();
        QVERIFY(win.doc().models.empty());
        QAction* redo = win.w.action(QStringLiteral("actionRedo"));
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(win.doc().models.size(), size_t(1));
        QVERIFY(win.w.historyDock());
    }

    // Common actions have shortcuts, and no two window-wide ones collide.
    void keyboardShortcuts() {
        Window win;
        const QStringList common = {
            "actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionQuit", "actionUndo", "actionRedo",
            "actionCopy", "actionPaste", "actionDelete", "actionSelectAll", "actionAddModel", "actionAddAssociation",
            "actionZoomIn", "actionZoomOut", "actionResetZoom", "actionFit", "actionAutoLayout", "actionSync",
            "actionNextProblem", "actionExport_sql-postgres", "actionShortcuts"};
        QHash<QString, QString> seen;
        for (const QString& name : common) {
            QAction* a = win.w.action(name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name));
        }
        for (QAction* a : win.w.allActions()) {
            for (const QKeySequence& k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(": ") + seen.value(key) + QStringLiteral(" and ") + a->objectName()));
                seen.insert(key, a->objectName());
            }
        }
        // The docks toggle with Alt+1..6.
        QVERIFY(!win.w.action(QStringLiteral("actionShowProblemsDock"))->shortcut().isEmpty());
    }

    // Languages: German and Simplified Chinese are compiled in and switch the UI live.
    // The foreignKey's allowNull choice is read whole in every language, in a dock of the default width.
    void allowNullChoiceIsNeverCut() {
        Window win;
        QVERIFY(win.w.openExample(
            Examples::find(QStringLiteral("guide-26b-invoice-subscription-alias-duplicate-fk.relata.json"))
                .path));
        win.w.selectionModel()->selectAssociation(0);
        win.refresh();
        auto* combo = win.w.inspectorDock()->findChild<QComboBox*>(QStringLiteral("foreignKeyAllowNull"));
        QVERIFY(combo && combo->isVisible());
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QVERIFY(TranslationManager::instance()->setLanguage(language, false));
            win.refresh();
            for (int i = 0; i < combo->count(); ++i) {
                const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(i)) + 20; // + arrow
                QVERIFY2(combo->width() >= needed, qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                                                  .arg(language, combo->itemText(i))
                                                                  .arg(needed)
                                                                  .arg(combo->width())));
            }
        }
        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("en"), false));
    }

    void languagesSwitchLive() {
        Window win;
        QMenu* file = win.w.menuBar()->actions().first()->menu();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("de"), false));
        win.settle();
        QCOMPARE(TranslationManager::instance()->currentLanguage(), QStringLiteral("de"));
        QCOMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(win.w.inspectorDock()->windowTitle(), QStringLiteral("Inspektor"));
        QCOMPARE(win.w.action(QStringLiteral("actionSave"))->text(), QStringLiteral("&Speichern"));
        // The Edit menu's undo entry: the German prefix and the step's (German) text.
        QVERIFY(dropModel(win.w.view(), QPoint(300, 300)));
        QVERIFY2(win.w.action(QStringLiteral("actionUndo"))->text().startsWith(QStringLiteral("&Rückgängig Modell ")),
                 qPrintable(win.w.action(QStringLiteral("actionUndo"))->text()));
        QVERIFY(editMenuContains(win.w, win.w.action(QStringLiteral("actionUndo"))));
        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        win.settle();
        QCOMPARE(file->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(win.w.problemsDock()->windowTitle(), QStringLiteral("问题"));
        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("en"), false));
        win.settle();
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(TranslationManager::languageForLocale(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(TranslationManager::languageForLocale(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(TranslationManager::languageForLocale(QStringLiteral("fr_FR")), QStringLiteral("en"));
    }

    // Counts read as words in every language: English has its own singular and plural forms
    // (relata_en.qm), never "model(s)"; also after switching to German and back, and when the
    // language follows an English system.
    void statusBarCountsInPluralForms() {
        Window win;
        const QLabel* counts = win.w.findChild<QLabel*>(QStringLiteral("statusCounts"));
        QVERIFY(counts);
        auto shows = [counts](const QString& start) {
            Window::settle();
            if (counts->text().startsWith(start)) return true;
            qWarning("status bar: \"%s\", expected \"%s…\"", qPrintable(counts->text()), qPrintable(start));
            return false;
        };
        QVERIFY(shows(QStringLiteral("0 models · 0 associations · ")));
        QVERIFY(dropModel(win.w.view(), QPoint(300, 300)));
        QVERIFY(shows(QStringLiteral("1 model · 0 associations · ")));
        QVERIFY(dropModel(win.w.view(), QPoint(700, 300)));
        QVERIFY(shows(QStringLiteral("2 models · 0 associations · ")));

        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("de"), false));
        QVERIFY(shows(QStringLiteral("2 Modelle · 0 Assoziationen · ")));
        win.model()->undoStack()->undo();
        QVERIFY(shows(QStringLiteral("1 Modell · 0 Assoziationen · ")));

        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("en"), false));
        QVERIFY(shows(QStringLiteral("1 model · 0 associations · ")));
        win.model()->undoStack()->redo();
        QVERIFY(shows(QStringLiteral("2 models · 0 associations · ")));

        // "Follow the system" on an English system: the English forms as well.
        if (TranslationManager::languageForLocale(QLocale::system().name()) == QLatin1String("en")) {
            QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("de"), false));
            QVERIFY(shows(QStringLiteral("2 Modelle")));
            QVERIFY(TranslationManager::instance()->setLanguage(QString(), false));
            QCOMPARE(TranslationManager::instance()->currentLanguage(), QStringLiteral("en"));
            QVERIFY(shows(QStringLiteral("2 models · 0 associations · ")));
        }
    }

    // Every export the menu offers writes its file.
    void exportsWriteFiles() {
        Window win;
        QVERIFY(win.w.openExample(Examples::find(QStringLiteral("shop.relata.json")).path));
        QTemporaryDir dir;
        const QList<ExportChoice> choices = exportChoices();
        QVERIFY(choices.size() >= 14);
        for (const ExportChoice& c : choices) {
            QVERIFY2(win.w.action(QStringLiteral("actionExport_") + c.id), qPrintable(c.id));
            const QString path = c.folder ? dir.filePath(c.id) : dir.filePath(c.id + c.suffix);
            QString error;
            QVERIFY2(runExport(*win.model(), c, path, &error), qPrintable(c.id + QStringLiteral(": ") + error));
            if (c.folder) {
                QVERIFY2(QDir(path).entryList(QDir::Files).size() >= 2, qPrintable(c.id));
            } else {
                QFile f(path);
                QVERIFY2(f.open(QIODevice::ReadOnly) && f.size() > 50, qPrintable(c.id));
            }
        }
        QFile sql(dir.filePath(QStringLiteral("sql-postgres.sql")));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QVERIFY(sql.readAll().contains("CREATE TABLE IF NOT EXISTS"));
    }

    // Sync to a SQLite file beside the design: compare, apply, compare again.
    void syncToSqlite() {
        Window win;
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("shop.relata.json"));
        QVERIFY(QFile::copy(Examples::find(QStringLiteral("shop.relata.json")).path, design));
        QFile::setPermissions(design, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(win.w.openFile(design, &error), qPrintable(error));
        SyncDialog dialog(win.model(), &win.w);
        // Default target: a SQLite file beside the design.
        QCOMPARE(dialog.profile().dialect, DialectKind::Sqlite);
        QCOMPARE(dialog.profile().database, QStringLiteral("shop.sqlite"));
        QVERIFY2(dialog.testConnection(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.compare(), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.plan().empty());
        QVERIFY(dialog.planView()->topLevelItemCount() == int(dialog.plan().steps.size()));
        QVERIFY(dialog.applyButton()->isEnabled());
        const size_t planned = dialog.plan().steps.size();
        QVERIFY(planned > 1);
        QVERIFY2(dialog.apply(), qPrintable(dialog.statusText() + dialog.resultText()));
        QCOMPARE(dialog.statusText(), QStringLiteral("Applied %1 steps.").arg(planned));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("shop.sqlite"))));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("matches the design")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.compare());
        QVERIFY(dialog.plan().empty());
        // Keep the profile in the design (never a password): undoable, saved with the design.
        dialog.setPassword(QStringLiteral("secret"));
        dialog.saveProfileInDesign();
        QVERIFY(win.doc().extra.contains("connection"));
        QVERIFY(win.doc().extra["connection"]["dialect"] == OrderedJson("sqlite"));
        QVERIFY(!QString::fromStdString(win.doc().extra.dump()).contains(QStringLiteral("secret")));
        const auto profile = ConnectionProfile::fromDocument(win.doc());
        QVERIFY(profile);
        QCOMPARE(profile->database, QStringLiteral("shop.sqlite"));

        // Import it back: a new design with the same tables, then merged into the open design.
        std::set<std::string> tables;
        for (const Table& t : win.model()->schema().tables) tables.insert(t.tableName);
        ImportDialog import(win.model(), &win.w);
        QCOMPARE(import.connectionForm()->profile().dialect, DialectKind::Sqlite);
        QVERIFY2(import.runImport(), qPrintable(import.statusText()));
        const Document imported = import.importedDocument();
        const ResolvedSchema importedSchema = Resolver::resolve(imported);
        QVERIFY(!importedSchema.error);
        std::set<std::string> importedTables;
        for (const Table& t : importedSchema.tables) importedTables.insert(t.tableName);
        QVERIFY(importedTables == tables);
        import.setIntoOpenDesign(true);
        QVERIFY(import.intoOpenDesign());
        QVERIFY2(import.runImport(), qPrintable(import.statusText()));
        const size_t steps = size_t(win.model()->undoStack()->count());
        QVERIFY(win.w.applyImport(import.importedDocument(), true, import.source(), {}));
        QVERIFY(size_t(win.model()->undoStack()->count()) <= steps + 1);
        QVERIFY(win.doc().findModel("order"));
        prompts_.answer = QMessageBox::Discard;
        QVERIFY(win.w.applyImport(imported, false, import.source(), {}));
        QVERIFY(win.doc() == imported);
        QVERIFY(win.w.isWindowModified());
        QVERIFY(win.model()->filePath().isEmpty());
    }

    // Crash recovery: a slot left by a dead editor is offered and restored as unsaved.
    void autosaveAndRecovery() {
        QTemporaryDir recovery;
        DesignModel model;
        QVERIFY(model.load(Examples::find(QStringLiteral("shop.relata.json")).path, nullptr));
        model.setFilePath(QStringLiteral("/tmp/somewhere/shop.relata.json"));
        pushEdit(&model, QStringLiteral("edit"), [](Document& doc) {
            AttributeDef a;
            a.name = "recovered";
            a.type = DataType{"TEXT", {}, {}};
            doc.models[0].attributes.push_back(a);
        });
        Document edited = model.document();
        QString crashedFile;
        {
            AutosaveManager autosave(&model, recovery.path());
            QVERIFY(autosave.saveNow());
            QVERIFY(autosave.hasRecoveryFile());
            // A live editor's slot is not an orphan.
            QVERIFY(AutosaveManager::orphanedSlots(recovery.path()).isEmpty());
            // Simulate a crash: copy the slot under another id without a live lock.
            crashedFile = recovery.filePath(QStringLiteral("session-crashed.relata.json"));
            QVERIFY(QFile::copy(autosave.recoveryFile(), crashedFile));
            QString meta = autosave.recoveryFile();
            meta.replace(QStringLiteral(".relata.json"), QStringLiteral(".json"));
            QVERIFY(QFile::copy(meta, recovery.filePath(QStringLiteral("session-crashed.json"))));
        }
        // A normal end removes the editor's own slot.
        const QList<RecoverySlot> orphans = AutosaveManager::orphanedSlots(recovery.path());
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].designFile, crashedFile);
        QCOMPARE(orphans[0].originalPath, QStringLiteral("/tmp/somewhere/shop.relata.json"));
        DesignModel restored;
        QString error;
        QVERIFY2(AutosaveManager::restore(orphans[0], &restored, &error), qPrintable(error));
        QVERIFY(restored.document() == edited);
        QVERIFY(restored.isDirty());
        QCOMPARE(restored.filePath(), QStringLiteral("/tmp/somewhere/shop.relata.json"));
        AutosaveManager::removeSlot(orphans[0]);
        QVERIFY(AutosaveManager::orphanedSlots(recovery.path()).isEmpty());
    }

    // The window's own dialogs: Add Association (accepted with its defaults), the shortcut list,
    // and the language menu.
    void dialogsAndLanguageMenu() {
        Window win;
        QVERIFY(win.w.openExample(Examples::find(QStringLiteral("guide-01-belongsto-player-team.relata.json")).path));
        const size_t before = win.doc().associations.size();
        QString seen;
        QTimer::singleShot(200, [&seen] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                seen = dialog->windowTitle();
                dialog->accept();
            }
        });
        win.w.action(QStringLiteral("actionAddAssociation"))->trigger();
        QCOMPARE(seen, QStringLiteral("Add Association"));
        QCOMPARE(win.doc().associations.size(), before + 1);
        QCOMPARE(win.doc().associations.back().type, AssociationType::HasMany);
        int rows = 0;
        QTimer::singleShot(200, [&rows] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                if (auto* table = dialog->findChild<QTableWidget*>()) rows = table->rowCount();
                dialog->reject();
            }
        });
        win.w.action(QStringLiteral("actionShortcuts"))->trigger();
        QVERIFY(rows >= 20);
        QAction* german = win.w.action(QStringLiteral("actionLanguage_de"));
        QVERIFY(german);
        german->trigger();
        win.settle();
        QCOMPARE(TranslationManager::instance()->currentLanguage(), QStringLiteral("de"));
        QCOMPARE(TranslationManager::instance()->savedChoice(), QStringLiteral("de"));
        win.w.action(QStringLiteral("actionLanguageSystem"))->trigger();
        QCOMPARE(TranslationManager::instance()->savedChoice(), QString());
        TranslationManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    // relata --screenshot's rendering path.
    void screenshot() {
        Window win;
        QVERIFY(win.w.openExample(Examples::find(QStringLiteral("shop.relata.json")).path));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QString error;
        QVERIFY2(win.w.saveScreenshot(path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
