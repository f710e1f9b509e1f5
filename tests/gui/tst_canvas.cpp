// The canvas driven as a user would: real DiagramView, offscreen platform, QTest mouse and keys.
#include "canvas/AssociationEdge.h"
#include "canvas/DiagramExporter.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/ModelNode.h"
#include "canvas/PaletteWidget.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "schema/SyntheticDesign.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace relata;
using namespace relata::ui;

namespace {

QString example(const QString& name) {
    return QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/") + name;
}

struct Canvas {
    DesignModel model;
    SelectionModel selection;
    DiagramView view{&model, &selection};

    Canvas() { view.resize(1100, 760); }
    bool load(const QString& name) {
        QString error;
        const bool ok = model.load(example(name), &error);
        if (!ok) qWarning() << error;
        return ok;
    }
    bool show() {
        view.show();
        view.activateWindow();
        return QTest::qWaitForWindowExposed(&view);
    }
    DiagramScene* scene() const { return view.diagramScene(); }
    ModelNode* node(const QString& name) const { return scene()->node(name); }
    QPoint toView(const QPointF& scenePos) const { return view.mapFromScene(scenePos); }
    QWidget* viewport() const { return view.viewport(); }
};

Document twoModels(const std::string& a, const std::string& b) {
    Document doc;
    Model ma, mb;
    ma.name = a;
    mb.name = b;
    doc.models = {ma, mb};
    doc.extra["layout"] = OrderedJson{{a, {{"x", 0}, {"y", 0}}}, {b, {{"x", 420}, {"y", 40}}}};
    return doc;
}

bool anyOverlap(const QList<ModelNode*>& nodes, QString* which = nullptr) {
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            if (nodes[i]->frame().intersects(nodes[j]->frame())) {
                if (which) *which = nodes[i]->name() + QLatin1Char('/') + nodes[j]->name();
                return true;
            }
    return false;
}

int rowOf(const ModelNode* node, const QString& prefix) {
    const QStringList rows = node->columnTexts();
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].startsWith(prefix + QLatin1Char(' '))) return i;
    return -1;
}

// A press-move-release with intermediate moves, as a hand would do it.
void drag(QWidget* w, const QPoint& from, const QPoint& to, Qt::KeyboardModifiers mods = {},
          Qt::MouseButton button = Qt::LeftButton) {
    QTest::mousePress(w, button, mods, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(w, from + (to - from) * i / 6);
    QTest::mouseRelease(w, button, mods, to);
}

// Two pairs of models with one known edge each (alpha -> beta dashed: constraints false; gamma ->
// delta solid), and below them two rows of models joined by `filler` hasMany edges, enough to
// make a view of them crowded. Nothing crosses the known edges.
Document crowdedDesign(int filler) {
    Document doc;
    OrderedJson layout = OrderedJson::object();
    auto add = [&](const std::string& name, double x, double y) {
        Model m;
        m.name = name;
        doc.models.push_back(m);
        layout[name] = {{"x", x}, {"y", y}};
    };
    add("alpha", 0, 0);
    add("beta", 900, 0);
    add("gamma", 0, 300);
    add("delta", 900, 300);
    for (int i = 0; i < 6; ++i) {
        add("upper" + std::to_string(i), i * 200.0, 900);
        add("lower" + std::to_string(i), i * 200.0, 2200);
    }
    auto associate = [&](const std::string& source, AssociationType type, const std::string& target) {
        Association a;
        a.source = source;
        a.type = type;
        a.target = target;
        doc.associations.push_back(a);
        return &doc.associations.back();
    };
    associate("alpha", AssociationType::BelongsTo, "beta")->options.constraints = false;
    associate("gamma", AssociationType::HasOne, "delta");
    for (int i = 0; i < filler; ++i) {
        Association* a = associate("upper" + std::to_string(i % 6), AssociationType::HasMany,
                                   "lower" + std::to_string(i / 6 % 6));
        a->options.as = AliasSpec{false, "filler" + std::to_string(i), {}, {}};
    }
    doc.extra["layout"] = layout;
    return doc;
}

int colorDistance(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Along the segment a-b of `image` (device pixels), over its middle 70%: how many pixels show
// `color` (give or take one pixel across the line and `tolerance` in colorDistance()), and how
// many gaps interrupt it.
struct Trace {
    int samples = 0, hits = 0, gaps = 0;
};
Trace trace(const QImage& image, const QPointF& a, const QPointF& b, const QColor& color, int tolerance = 0) {
    auto near = [&](const QColor& c) { return colorDistance(c, color) <= tolerance; };
    Trace t;
    const QPointF d = b - a;
    const double length = std::max(std::abs(d.x()), std::abs(d.y()));
    const QPointF across = std::abs(d.x()) >= std::abs(d.y()) ? QPointF(0, 1) : QPointF(1, 0);
    bool previous = true;
    for (int i = static_cast<int>(length * 0.15); i <= static_cast<int>(length * 0.85); ++i) {
        const QPointF p = a + d * (i / length);
        bool hit = false;
        for (int k = -1; k <= 1 && !hit; ++k) {
            const QPoint q = (p + across * k).toPoint();
            hit = image.rect().contains(q) && near(image.pixelColor(q));
        }
        ++t.samples;
        t.hits += hit ? 1 : 0;
        t.gaps += !hit && previous ? 1 : 0;
        previous = hit;
    }
    return t;
}

} // namespace

class TstCanvas : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { DiagramView::setAssociationTypeChooser(nullptr); }

    void nodePerTableEdgePerAssociation_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples"))
                                      .entryList({QStringLiteral("*.relata.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void nodePerTableEdgePerAssociation() {
        QFETCH(QString, file);
        Canvas c;
        QVERIFY(c.load(file));
        const ResolvedSchema& schema = c.model.schema();
        for (const Table& t : schema.tables)
            QVERIFY2(c.node(QString::fromStdString(t.model)), t.model.c_str());
        for (const Model& m : c.model.document().models)
            QVERIFY2(c.node(QString::fromStdString(m.name)), m.name.c_str());
        QCOMPARE(c.scene()->edgeCount(), static_cast<int>(c.model.document().associations.size()));
        for (AssociationEdge* e : c.scene()->edges()) {
            QVERIFY(e->isVisible());
            QVERIFY(!e->boundingRect().isEmpty());
        }
        QString which;
        QVERIFY2(!anyOverlap(c.scene()->nodes(), &which), qPrintable(which)); // placed automatically on load
    }

    void joinModelIsItsOwnNode() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-14-btm-through-string.relata.json")));
        QCOMPARE(c.scene()->nodeCount(), 3);
        QCOMPARE(c.scene()->edgeCount(), 2);
        ModelNode* join = c.node(QStringLiteral("UserProject"));
        QVERIFY(join);
        QVERIFY(join->isAutoJoinModel());
        QVERIFY(!join->isDocumentModel());
        QVERIFY(rowOf(join, QStringLiteral("projectId")) >= 0);
        QVERIFY(rowOf(join, QStringLiteral("userId")) >= 0);
        QVERIFY(join->rowIsAdded(rowOf(join, QStringLiteral("userId"))));
        for (AssociationEdge* e : c.scene()->edges()) {
            QCOMPARE(e->data().type, AssociationType::BelongsToMany);
            QCOMPARE(e->joinNode(), join);
        }
        // The two belongsToMany between the same models are drawn apart.
        const QPointF m0 = c.scene()->edge(0)->curve().mid, m1 = c.scene()->edge(1)->curve().mid;
        QVERIFY(QLineF(m0, m1).length() > 10);
    }

    void foreignKeyColumnsShownWithOrigin() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        ModelNode* player = c.node(QStringLiteral("player"));
        QVERIFY(player);
        QVERIFY(player->columnTexts().join(QLatin1Char('\n')).contains(QStringLiteral("teamId")));
        const int row = rowOf(player, QStringLiteral("teamId"));
        QVERIFY(row >= 0);
        QVERIFY(player->columnTexts()[row].contains(QStringLiteral("FK")));
        QVERIFY(player->rowIsAdded(row));
        QVERIFY(player->rowToolTip(row).contains(QStringLiteral("player.belongsTo(team)")));
        // Implicit id and timestamps are added columns too; they come first / last as in Sequelize.
        QVERIFY(player->columnTexts().first().startsWith(QStringLiteral("id ")));
        QVERIFY(player->columnTexts().first().contains(QStringLiteral("PK")));
        QVERIFY(player->rowIsAdded(0));
        QVERIFY(rowOf(player, QStringLiteral("createdAt")) >= 0);
        // Header: model and table name.
        QCOMPARE(player->name(), QStringLiteral("player"));
        QCOMPARE(player->table().tableName, std::string("players"));
        // The edge: belongsTo, FK on the source, label-free (no alias).
        AssociationEdge* e = c.scene()->edge(0);
        QCOMPARE(e->data().type, AssociationType::BelongsTo);
        QCOMPARE(e->data().fkField, std::string("teamId"));
        QCOMPARE(e->sourceNode(), player);
        QCOMPARE(e->targetNode(), c.node(QStringLiteral("team")));
    }

    void edgeStylesSayTheType() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-30b-document-version-constraints-false.relata.json")));
        bool dashed = false;
        for (AssociationEdge* e : c.scene()->edges())
            if (!e->data().constraints) {
                dashed = true;
                QCOMPARE(e->data().label, std::string("Current"));
            }
        QVERIFY(dashed);
        // Every type has its own end markers.
        const EdgeEnds bt = edgeEnds(AssociationType::BelongsTo), ho = edgeEnds(AssociationType::HasOne),
                       hm = edgeEnds(AssociationType::HasMany), bm = edgeEnds(AssociationType::BelongsToMany);
        QVERIFY(bt.source & MarkKey);
        QVERIFY((ho.target & MarkKey) && (hm.target & MarkKey));
        QVERIFY(hm.target & MarkMany);
        QVERIFY(!(ho.target & MarkMany));
        QVERIFY((bm.source & MarkMany) && (bm.target & MarkMany));
        QVERIFY(bt.target != ho.target && ho.target != hm.target && hm.target != bm.target);
    }

    void selfAssociationsLoopAndParallelEdgesSeparate() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-08a-hasone-self-father.relata.json")));
        QVERIFY(c.scene()->edge(0)->isSelfLoop());
        Canvas d;
        QVERIFY(d.load(QStringLiteral("guide-09-team-game-double-hasone.relata.json")));
        QCOMPARE(d.scene()->edgeCount(), 3);
        QList<QPointF> mids;
        for (AssociationEdge* e : d.scene()->edges())
            mids << e->curve().mid;
        for (int i = 0; i < mids.size(); ++i)
            for (int j = i + 1; j < mids.size(); ++j)
                QVERIFY(QLineF(mids[i], mids[j]).length() > 10);
        // Two self loops on one node nest instead of overlapping.
        Canvas s;
        Document doc = twoModels("person", "pet");
        for (int i = 0; i < 2; ++i) {
            Association a;
            a.source = a.target = "person";
            a.type = AssociationType::HasMany;
            a.options.as = AliasSpec{false, i == 0 ? "children" : "friends", {}, {}};
            doc.associations.push_back(a);
        }
        s.model.resetDocument(doc);
        QVERIFY(s.scene()->edge(0)->isSelfLoop() && s.scene()->edge(1)->isSelfLoop());
        QVERIFY(QLineF(s.scene()->edge(0)->curve().mid, s.scene()->edge(1)->curve().mid).length() > 10);
    }

    void paletteDropCreatesModelAndUndoRemovesIt() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        QVERIFY(c.show());
        const int before = c.scene()->nodeCount();
        const QPoint at(c.viewport()->width() - 150, c.viewport()->height() - 120);
        std::unique_ptr<QMimeData> mime(PaletteWidget::createMimeData(PaletteWidget::modelEntry()));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(c.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(c.viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(c.viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(c.model.document().findModel("model1"));
        ModelNode* created = c.node(QStringLiteral("model1"));
        QVERIFY(created);
        QCOMPARE(c.scene()->nodeCount(), before + 1);
        QVERIFY(created->frame().adjusted(-2, -2, 2, 2).contains(c.view.mapToScene(at)));
        QVERIFY(c.model.position("model1").has_value());
        QCOMPARE(c.selection.currentModel(), QStringLiteral("model1"));
        c.model.undoStack()->undo();
        QVERIFY(!c.model.document().findModel("model1"));
        QVERIFY(!c.node(QStringLiteral("model1")));
        QCOMPARE(c.scene()->nodeCount(), before);
        c.model.undoStack()->redo();
        QVERIFY(c.node(QStringLiteral("model1")));
    }

    void dragBetweenModelsCreatesAssociation() {
        Canvas c;
        c.model.resetDocument(twoModels("author", "book"));
        QVERIFY(c.show());
        c.view.resetZoom();
        int asked = 0;
        DiagramView::setAssociationTypeChooser([&](QWidget*, const QPoint&) {
            ++asked;
            return std::optional<AssociationType>(AssociationType::HasMany);
        });
        ModelNode* author = c.node(QStringLiteral("author"));
        ModelNode* book = c.node(QStringLiteral("book"));
        QVERIFY(author && book);
        QVERIFY(rowOf(book, QStringLiteral("authorId")) < 0);
        const QPoint from = c.toView(author->mapToScene(author->connectorPos()));
        const QPoint to = c.toView(book->frame().center());
        drag(c.viewport(), from, to);
        QCOMPARE(asked, 1);
        const auto& assocs = c.model.document().associations;
        QCOMPARE(assocs.size(), size_t(1));
        QCOMPARE(assocs[0].source, std::string("author"));
        QCOMPARE(assocs[0].target, std::string("book"));
        QCOMPARE(assocs[0].type, AssociationType::HasMany);
        QCOMPARE(c.scene()->edgeCount(), 1);
        QVERIFY(rowOf(c.node(QStringLiteral("book")), QStringLiteral("authorId")) >= 0);
        QVERIFY(c.node(QStringLiteral("book"))
                    ->rowIsAdded(rowOf(c.node(QStringLiteral("book")), QStringLiteral("authorId"))));
        QCOMPARE(c.selection.currentAssociation(), 0);
        // Nodes did not move: the drag started on the handle.
        QCOMPARE(c.node(QStringLiteral("author"))->pos(), QPointF(0, 0));
        c.model.undoStack()->undo();
        QVERIFY(c.model.document().associations.empty());
        QVERIFY(rowOf(c.node(QStringLiteral("book")), QStringLiteral("authorId")) < 0);
        QCOMPARE(c.scene()->edgeCount(), 0);
    }

    // The real popup (no chooser override): drag from author's handle onto book, then pick the
    // type in the menu with the mouse, or press Escape to create nothing.
    void dragAndPickTypeInThePopup_data() {
        QTest::addColumn<QString>("pick"); // a type name, or "" for Escape
        QTest::addColumn<QString>("keyHolder");
        QTest::addColumn<QString>("keyColumn");
        QTest::newRow("belongsTo") << QStringLiteral("belongsTo") << QStringLiteral("author")
                                   << QStringLiteral("bookId");
        QTest::newRow("hasOne") << QStringLiteral("hasOne") << QStringLiteral("book")
                                << QStringLiteral("authorId");
        QTest::newRow("hasMany") << QStringLiteral("hasMany") << QStringLiteral("book")
                                 << QStringLiteral("authorId");
        QTest::newRow("belongsToMany")
            << QStringLiteral("belongsToMany") << QString() << QStringLiteral("authorId");
        QTest::newRow("escape") << QString() << QString() << QString();
    }
    void dragAndPickTypeInThePopup() {
        QFETCH(QString, pick);
        QFETCH(QString, keyHolder);
        QFETCH(QString, keyColumn);
        Canvas c;
        c.model.resetDocument(twoModels("author", "book"));
        QVERIFY(c.show());
        c.view.resetZoom();
        QStringList offered;
        bool answered = false;
        // QMenu::exec() runs its own event loop: answer it from a timer once it is up.
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu || answered) return;
            answered = true;
            for (QAction* a : menu->actions())
                offered << a->text();
            if (pick.isEmpty()) {
                QTest::keyClick(menu, Qt::Key_Escape);
                return;
            }
            for (QAction* a : menu->actions())
                if (a->text() == pick)
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
        });
        answer.start();
        ModelNode* author = c.node(QStringLiteral("author"));
        ModelNode* book = c.node(QStringLiteral("book"));
        drag(c.viewport(), c.toView(author->mapToScene(author->connectorPos())),
             c.toView(book->frame().center()));
        answer.stop();
        QVERIFY(answered);
        QCOMPARE(offered, QStringList({QStringLiteral("belongsTo"), QStringLiteral("hasOne"),
                                       QStringLiteral("hasMany"), QStringLiteral("belongsToMany")}));
        const auto& assocs = c.model.document().associations;
        if (pick.isEmpty()) {
            QVERIFY(assocs.empty());
            QCOMPARE(c.scene()->edgeCount(), 0);
            QVERIFY(!c.model.undoStack()->canUndo());
            return;
        }
        QCOMPARE(assocs.size(), size_t(1));
        QCOMPARE(QString::fromLatin1(associationTypeName(assocs[0].type)), pick);
        QCOMPARE(assocs[0].source, std::string("author"));
        QCOMPARE(assocs[0].target, std::string("book"));
        QVERIFY(c.scene()->edgeCount() >= 1);
        // The key lands where Sequelize puts it: the source, the target, or the join table.
        QString holder = keyHolder;
        if (holder.isEmpty()) {
            QVERIFY(assocs[0].options.through);
            holder = QString::fromStdString(assocs[0].options.through->model);
            QVERIFY(c.node(holder) && c.node(holder)->isAutoJoinModel());
            QVERIFY(rowOf(c.node(holder), QStringLiteral("bookId")) >= 0);
        }
        QVERIFY2(rowOf(c.node(holder), keyColumn) >= 0,
                 qPrintable(c.node(holder)->columnTexts().join(QLatin1Char('|'))));
        const QString other =
            holder == QStringLiteral("author") ? QStringLiteral("book") : QStringLiteral("author");
        QVERIFY(rowOf(c.node(other), keyColumn) < 0);
    }

    void dragCreatesBelongsToManyWithThroughAndSelfAssociation() {
        Canvas c;
        c.model.resetDocument(twoModels("project", "user"));
        QVERIFY(c.show());
        c.view.resetZoom();
        AssociationType next = AssociationType::BelongsToMany;
        DiagramView::setAssociationTypeChooser([&](QWidget*, const QPoint&) { return std::optional(next); });
        ModelNode* project = c.node(QStringLiteral("project"));
        ModelNode* user = c.node(QStringLiteral("user"));
        drag(c.viewport(), c.toView(project->mapToScene(project->connectorPos())),
             c.toView(user->frame().center()));
        QCOMPARE(c.model.document().associations.size(), size_t(1));
        const Association& btm = c.model.document().associations[0];
        QVERIFY(btm.options.through);
        QCOMPARE(btm.options.through->model, std::string("ProjectUsers"));
        ModelNode* join = c.node(QStringLiteral("ProjectUsers"));
        QVERIFY(join && join->isAutoJoinModel());
        QString which;
        QVERIFY2(!anyOverlap(c.scene()->nodes(), &which), qPrintable(which));
        // The reverse direction reuses the join table, so the two pair as in Sequelize.
        user = c.node(QStringLiteral("user"));
        project = c.node(QStringLiteral("project"));
        drag(c.viewport(), c.toView(user->mapToScene(user->connectorPos())),
             c.toView(project->frame().center()));
        QCOMPARE(c.model.document().associations.size(), size_t(2));
        QCOMPARE(c.model.document().associations[1].options.through->model, std::string("ProjectUsers"));
        QCOMPARE(c.scene()->nodeCount(), 3);
        // Back onto itself: a self-association, drawn as a loop.
        next = AssociationType::HasOne;
        project = c.node(QStringLiteral("project"));
        const QPoint start = c.toView(project->mapToScene(project->connectorPos()));
        const QPoint end = c.toView(project->frame().center() + QPointF(0, 10));
        drag(c.viewport(), start, end);
        QCOMPARE(c.model.document().associations.size(), size_t(3));
        QCOMPARE(c.model.document().associations[2].source, std::string("project"));
        QCOMPARE(c.model.document().associations[2].target, std::string("project"));
        QVERIFY(c.scene()->edge(2)->isSelfLoop());
        // Join models accept no associations.
        join = c.node(QStringLiteral("ProjectUsers"));
        QVERIFY(!join->hitsConnector(join->connectorPos()));
    }

    void moveNodeByMouseIsOneUndoStep() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        QVERIFY(c.show());
        c.view.resetZoom();
        ModelNode* team = c.node(QStringLiteral("team"));
        const QPointF start = team->pos();
        QVERIFY(!c.model.position("team")); // placed automatically
        const int steps = c.model.undoStack()->count();
        const QPoint grab = c.toView(team->mapToScene(QPointF(20, 10)));
        drag(c.viewport(), grab, grab + QPoint(120, 80));
        QCOMPARE(c.model.undoStack()->count(), steps + 1);
        const auto moved = c.model.position("team");
        QVERIFY(moved);
        QCOMPARE(*moved, QPointF(std::round(start.x() + 120), std::round(start.y() + 80)));
        QCOMPARE(c.node(QStringLiteral("team"))->pos(), *moved);
        // The edge followed the node.
        QVERIFY(c.scene()->edge(0)->boundingRect().intersects(c.node(QStringLiteral("team"))->frame()));
        c.model.undoStack()->undo();
        QVERIFY(!c.model.position("team"));
        QCOMPARE(c.node(QStringLiteral("team"))->pos(), start);
        c.model.undoStack()->redo();
        QCOMPARE(c.node(QStringLiteral("team"))->pos(), *moved);

        // Moving two selected nodes together is still one step; snapping puts them on the grid.
        c.view.setSnapToGrid(true);
        c.selection.select({QStringLiteral("team"), QStringLiteral("player")}, {});
        const QPointF playerBefore = c.node(QStringLiteral("player"))->pos();
        const int steps2 = c.model.undoStack()->count();
        ModelNode* player = c.node(QStringLiteral("player"));
        const QPoint grab2 = c.toView(player->mapToScene(QPointF(20, 10)));
        drag(c.viewport(), grab2, grab2 + QPoint(-53, 37));
        QCOMPARE(c.model.undoStack()->count(), steps2 + 1);
        const auto p = c.model.position("player");
        QVERIFY(p && c.model.position("team"));
        QCOMPARE(std::fmod(p->x(), 20.0), 0.0);
        QCOMPARE(std::fmod(p->y(), 20.0), 0.0);
        QVERIFY(*p != playerBefore);
    }

    void rubberBandAndCtrlClickSelect() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-11-player-coach-team.relata.json")));
        QVERIFY(c.show());
        c.view.resetZoom();
        ModelNode* player = c.node(QStringLiteral("player"));
        ModelNode* team = c.node(QStringLiteral("team"));
        ModelNode* coach = c.node(QStringLiteral("coach"));
        QVERIFY(player && team && coach);
        // Make a known arrangement: player and team side by side, coach far below.
        c.model.applyPositions(
            {{"player", QPointF(0, 0)}, {"team", QPointF(300, 0)}, {"coach", QPointF(0, 600)}});
        c.view.centerOn(QPointF(300, 150));
        const QRectF both = player->frame().united(team->frame());
        const QPoint from = c.toView(both.topLeft() - QPointF(30, 30));
        const QPoint to = c.toView(QPointF(both.right() + 30, both.top() + 40));
        QVERIFY(c.view.itemAt(from) == nullptr);
        drag(c.viewport(), from, to);
        QCOMPARE(c.selection.models(), (QSet<QString>{QStringLiteral("player"), QStringLiteral("team")}));

        // Click selects one; Ctrl+click adds another.
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.toView(coach->mapToScene(QPointF(30, 40))));
        QCOMPARE(c.selection.models(), QSet<QString>{QStringLiteral("coach")});
        QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          c.toView(team->mapToScene(QPointF(30, 40))));
        QCOMPARE(c.selection.models(), (QSet<QString>{QStringLiteral("coach"), QStringLiteral("team")}));

        // And the other way: the shared selection drives the canvas.
        c.selection.select({QStringLiteral("player")}, {0});
        QVERIFY(player->isSelected());
        QVERIFY(!team->isSelected() && !coach->isSelected());
        QVERIFY(c.scene()->edge(0)->isSelected());
    }

    void deleteRemovesModelAndItsAssociationsUndoable() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        QVERIFY(c.show());
        c.view.setFocus();
        c.selection.selectModel(QStringLiteral("team"));
        QTest::keyClick(&c.view, Qt::Key_Delete);
        QVERIFY(!c.model.document().findModel("team"));
        QVERIFY(c.model.document().associations.empty());
        QVERIFY(!c.node(QStringLiteral("team")));
        QCOMPARE(c.scene()->edgeCount(), 0);
        QVERIFY(rowOf(c.node(QStringLiteral("player")), QStringLiteral("teamId")) < 0);
        QVERIFY(c.selection.isEmpty());
        c.model.undoStack()->undo();
        QVERIFY(c.model.document().findModel("team"));
        QVERIFY(c.node(QStringLiteral("team")));
        QCOMPARE(c.scene()->edgeCount(), 1);
        QVERIFY(rowOf(c.node(QStringLiteral("player")), QStringLiteral("teamId")) >= 0);

        // Deleting an association alone.
        c.selection.selectAssociation(0);
        c.view.deleteSelection();
        QVERIFY(c.model.document().associations.empty());
        QCOMPARE(c.model.document().models.size(), size_t(2));
        c.model.undoStack()->undo();
        QCOMPARE(c.model.document().associations.size(), size_t(1));

        // Join models are not deletable as models.
        Canvas j;
        QVERIFY(j.load(QStringLiteral("guide-14-btm-through-string.relata.json")));
        j.node(QStringLiteral("UserProject"))->setSelected(true);
        const int steps = j.model.undoStack()->count();
        j.view.deleteSelection();
        QCOMPARE(j.model.undoStack()->count(), steps);
        QVERIFY(j.node(QStringLiteral("UserProject")));
    }

    void copyPasteDuplicatesWithUniqueNames() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-14-btm-through-string.relata.json")));
        QVERIFY(c.show());
        c.view.setFocus();
        c.selection.select({QStringLiteral("user"), QStringLiteral("project")}, {});
        QTest::keyClick(&c.view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(DiagramView::clipboardMimeType()));
        QTest::keyClick(&c.view, Qt::Key_V, Qt::ControlModifier);
        const Document& doc = c.model.document();
        QVERIFY(doc.findModel("userCopy"));
        QVERIFY(doc.findModel("projectCopy"));
        QCOMPARE(doc.associations.size(), size_t(4));
        // The copies pair through a join table of their own.
        QCOMPARE(doc.associations[2].options.through->model, std::string("UserProjectCopy"));
        QCOMPARE(doc.associations[3].options.through->model, std::string("UserProjectCopy"));
        QVERIFY(c.node(QStringLiteral("userCopy")));
        QVERIFY(c.node(QStringLiteral("UserProjectCopy")));
        QCOMPARE(c.selection.models(),
                 (QSet<QString>{QStringLiteral("userCopy"), QStringLiteral("projectCopy")}));
        QVERIFY(!c.model.schema().error);
        // Pasted next to the originals, not on top of them.
        QVERIFY(c.node(QStringLiteral("userCopy"))->pos() != c.node(QStringLiteral("user"))->pos());
        c.view.paste();
        QVERIFY(c.model.document().findModel("userCopy2"));
        c.model.undoStack()->undo();
        c.model.undoStack()->undo();
        QCOMPARE(c.model.document().models.size(), size_t(2));
    }

    void zoomPanAndFit() {
        Canvas c;
        c.model.resetDocument(SyntheticDesign::generate(120));
        QVERIFY(c.show());
        QSignalSpy zoomed(&c.view, &DiagramView::zoomChanged);
        c.view.resetZoom();
        QCOMPARE(c.view.zoom(), 1.0);
        const QTransform t0 = c.view.transform();
        c.view.zoomIn();
        QVERIFY(c.view.transform() != t0);
        QVERIFY(std::abs(c.view.zoom() - 1.25) < 1e-9);
        c.view.zoomOut();
        QVERIFY(std::abs(c.view.zoom() - 1.0) < 1e-9);
        QTest::keyClick(&c.view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(c.view.zoom() > 1.01);
        QTest::keyClick(&c.view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(c.view.zoom(), 1.0);
        // Ctrl+wheel zooms; a plain wheel scrolls.
        const QPointF at(200, 200);
        QWheelEvent wheel(at, c.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(c.viewport(), &wheel);
        QVERIFY(c.view.zoom() < 0.99);
        QVERIFY(zoomed.count() >= 4);
        // Fit shows everything.
        c.view.fitToWindow();
        const QRectF visible = c.view.mapToScene(c.viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(c.scene()->contentsRect()));
        QVERIFY(c.view.zoom() < 1.0);

        // Pan with the middle button and with Space + drag.
        c.view.setZoom(1.0);
        c.view.centerOn(c.scene()->contentsRect().center());
        const int h0 = c.view.horizontalScrollBar()->value(), v0 = c.view.verticalScrollBar()->value();
        drag(c.viewport(), QPoint(500, 400), QPoint(400, 300), {}, Qt::MiddleButton);
        QCOMPARE(c.view.horizontalScrollBar()->value(), h0 + 100);
        QCOMPARE(c.view.verticalScrollBar()->value(), v0 + 100);
        const int steps = c.model.undoStack()->count();
        QTest::keyPress(&c.view, Qt::Key_Space);
        drag(c.viewport(), QPoint(400, 300), QPoint(500, 400));
        QTest::keyRelease(&c.view, Qt::Key_Space);
        QCOMPARE(c.view.horizontalScrollBar()->value(), h0);
        QCOMPARE(c.model.undoStack()->count(), steps); // panning moved nothing
    }

    void autoLayoutFollowsForeignKeysWithoutOverlaps() {
        Canvas c;
        c.model.resetDocument(SyntheticDesign::generate(150));
        QString which;
        QVERIFY2(!anyOverlap(c.scene()->nodes(), &which), qPrintable(which)); // automatic on load
        // Scramble, then lay out again.
        MoveModelsCommand::Positions scrambled;
        for (ModelNode* n : c.scene()->nodes())
            scrambled.push_back({n->name().toStdString(), QPointF(7, 7)});
        c.model.applyPositions(scrambled);
        QVERIFY(anyOverlap(c.scene()->nodes()));
        const int steps = c.model.undoStack()->count();
        c.view.autoLayout();
        QCOMPARE(c.model.undoStack()->count(), steps + 1);
        QVERIFY2(!anyOverlap(c.scene()->nodes(), &which), qPrintable(which));
        for (ModelNode* n : c.scene()->nodes())
            QVERIFY(c.model.position(n->name().toStdString()));
        // Referenced tables sit left of the tables that reference them.
        const ResolvedSchema& schema = c.model.schema();
        int checked = 0;
        for (ModelNode* n : c.scene()->nodes())
            for (const Column& col : n->table().columns) {
                if (!col.references) continue;
                const Table* t = schema.findTable(col.references->table);
                if (!t || t->model == n->table().model) continue;
                QVERIFY2(c.node(QString::fromStdString(t->model))->frame().left() < n->frame().left(),
                         qPrintable(n->name()));
                ++checked;
            }
        QVERIFY(checked > 100);
        c.model.undoStack()->undo();
        QCOMPARE(c.node(QStringLiteral("customer0"))->pos(), QPointF(7, 7));
    }

    void partlyPositionedDesignKeepsPositions() {
        Canvas c;
        Document doc = SyntheticDesign::generate(30);
        OrderedJson layout = OrderedJson::object();
        for (int i = 0; i < 10; ++i)
            layout[doc.models[static_cast<size_t>(i)].name] = {{"x", i * 300}, {"y", 0}};
        doc.extra["layout"] = layout;
        c.model.resetDocument(doc);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.node(QString::fromStdString(doc.models[static_cast<size_t>(i)].name))->pos(),
                     QPointF(i * 300, 0));
        QString which;
        QVERIFY2(!anyOverlap(c.scene()->nodes(), &which), qPrintable(which));
    }

    void editsUpdateOnlyWhatChanged() {
        Canvas c;
        c.model.resetDocument(SyntheticDesign::generate(60));
        ModelNode* untouched = c.node(QStringLiteral("task15"));
        AssociationEdge* firstEdge = c.scene()->edge(0);
        const QPointF oldPos = c.node(QStringLiteral("customer0"))->pos();
        // Rename a model the way an editor would (associations and layout follow).
        QVERIFY(pushEdit(&c.model, QStringLiteral("Rename"), [](Document& d) {
            for (Model& m : d.models)
                if (m.name == "customer0") m.name = "client0";
            for (Association& a : d.associations) {
                if (a.source == "customer0") a.source = "client0";
                if (a.target == "customer0") a.target = "client0";
            }
        }));
        QVERIFY(!c.node(QStringLiteral("customer0")));
        QVERIFY(c.node(QStringLiteral("client0")));
        QCOMPARE(c.node(QStringLiteral("client0"))->pos(), oldPos); // keeps its place
        QCOMPARE(c.node(QStringLiteral("task15")), untouched);      // same item, not rebuilt
        QCOMPARE(c.scene()->edge(0), firstEdge);
        QCOMPARE(c.scene()->nodeCount(), static_cast<int>(c.model.schema().tables.size()));

        // A schema change refreshes the column lists of the affected tables.
        Canvas g;
        QVERIFY(g.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        ModelNode* player = g.node(QStringLiteral("player"));
        QVERIFY(pushEdit(&g.model, QStringLiteral("Underscored"), [](Document& d) {
            d.models[static_cast<size_t>(d.modelIndex("player"))].options.underscored = true;
        }));
        QCOMPARE(g.node(QStringLiteral("player")), player);
        QVERIFY(g.node(QStringLiteral("player"))
                    ->columnTexts()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("teamId (team_id)")));
    }

    void exportSvgAndPng() {
        DesignModel model;
        QString error;
        QVERIFY(model.load(example(QStringLiteral("guide-14-btm-through-string.relata.json")), &error));
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("d.svg"));
        QVERIFY2(exportSvg(model, svgPath, &error), qPrintable(error));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QXmlStreamReader xml(bytes);
        bool sawSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && !sawSvg) {
                QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
                sawSvg = true;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(bytes.contains("UserProject"));
        QCOMPARE(renderSvg(model), bytes); // deterministic

        const QString pngPath = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(exportPng(model, pngPath, 2.0, &error), qPrintable(error));
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        const QSize at1 = renderImage(model, 1.0).size();
        QVERIFY(at1.width() > 200 && at1.height() > 100);
        QVERIFY(std::abs(png.width() - 2 * at1.width()) <= 2);
        QVERIFY(std::abs(png.height() - 2 * at1.height()) <= 2);
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 3)
            for (int x = 0; x < png.width(); x += 3)
                colours.insert(png.pixel(x, y));
        QVERIFY(colours.size() > 10); // not blank
        QFile pngFile(pngPath);
        QVERIFY(pngFile.open(QIODevice::ReadOnly));
        const QByteArray first = pngFile.readAll();
        QVERIFY(exportPng(model, pngPath, 2.0, &error));
        QFile again(pngPath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), first);
        // A write failure is reported, not thrown.
        QVERIFY(!exportSvg(model, dir.filePath(QStringLiteral("missing/dir/d.svg")), &error));
        QVERIFY(!error.isEmpty());
    }

    void followsThePalette() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        c.view.setPalette(dark);
        QVERIFY(c.scene()->canvasStyle().background.lightnessF() < 0.3);
        QVERIFY(c.scene()->canvasStyle().text.lightnessF() > 0.7);
        QPalette light;
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        c.view.setPalette(light);
        QVERIFY(c.scene()->canvasStyle().background.lightnessF() > 0.8);
    }

    // Fit puts the drawing beside or above the legend, not under it; without the legend it uses
    // the whole view.
    void fitKeepsModelsClearOfTheLegend_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("size");
        QTest::newRow("shop, wide") << QStringLiteral("shop.relata.json") << QSize(1100, 760);
        QTest::newRow("shop, tall") << QStringLiteral("shop.relata.json") << QSize(700, 1000);
        QTest::newRow("guide-22") << QStringLiteral("guide-22-polymorphic-tag-nm.relata.json")
                                  << QSize(1100, 760);
    }
    void fitKeepsModelsClearOfTheLegend() {
        QFETCH(QString, file);
        QFETCH(QSize, size);
        Canvas c;
        c.view.resize(size);
        QVERIFY(c.load(file));
        QVERIFY(c.show());
        auto covered = [&](QString* which) {
            const QRect legend = c.view.legendArea();
            for (ModelNode* n : c.scene()->nodes()) {
                const QRect box = c.view.mapFromScene(n->sceneBoundingRect()).boundingRect();
                if (!c.viewport()->rect().contains(box)) {
                    *which = n->name() + QStringLiteral(" is out of view");
                    return true;
                }
                if (box.intersects(legend)) {
                    *which = n->name() + QStringLiteral(" is under the legend");
                    return true;
                }
            }
            return false;
        };
        QVERIFY(!c.view.legendArea().isEmpty());
        c.view.fitToWindow();
        QString which;
        QVERIFY2(!covered(&which), qPrintable(which));
        const double withLegend = c.view.zoom();
        c.view.setLegendVisible(false);
        QVERIFY(c.view.legendArea().isEmpty());
        c.view.fitToWindow();
        QVERIFY(!covered(&which));
        QVERIFY(c.view.zoom() >= withLegend);
    }

    void legendToggles() {
        Canvas c;
        QVERIFY(c.show());
        QVERIFY(c.view.isLegendVisible());
        QSignalSpy spy(&c.view, &DiagramView::legendVisibilityChanged);
        c.view.setLegendVisible(false);
        QVERIFY(!c.view.isLegendVisible());
        c.view.setLegendVisible(true);
        QVERIFY(c.view.isLegendVisible());
        QCOMPARE(spy.count(), 2);
    }

    void doubleClickTooltipAndFocus() {
        Canvas c;
        QVERIFY(c.load(QStringLiteral("guide-01-belongsto-player-team.relata.json")));
        QVERIFY(c.show());
        c.view.resetZoom();
        QSignalSpy activated(&c.view, &DiagramView::modelActivated);
        ModelNode* player = c.node(QStringLiteral("player"));
        const QPoint onPlayer = c.toView(player->mapToScene(QPointF(30, 10)));
        QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, onPlayer);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("player"));
        // Hovering the teamId row shows which association added it.
        const int row = rowOf(player, QStringLiteral("teamId"));
        QPointF local(30, 0);
        for (double y = 0; y < player->size().height(); y += 2)
            if (player->rowAt(QPointF(30, y)) == row) {
                local.setY(y + 4);
                break;
            }
        const QPoint at = c.toView(player->mapToScene(local));
        QHelpEvent help(QEvent::ToolTip, at, c.viewport()->mapToGlobal(at));
        QApplication::sendEvent(c.viewport(), &help);
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("player.belongsTo(team)")));
        // Focus requests (Problems dock) bring the model into view.
        c.view.centerOn(QPointF(5000, 5000));
        c.selection.requestFocus(QStringLiteral("team"), -1);
        QVERIFY(c.view.mapToScene(c.viewport()->rect())
                    .boundingRect()
                    .contains(c.node(QStringLiteral("team"))->frame().center()));
    }

    // Crowded and far views draw the edge lines in one batch (DiagramScene::drawBackground), not
    // per item: the lines must still be where the items are, in their type's colour, dashed
    // for constraints: false. Also the plain view (anti-aliased items) as the reference.
    void batchedEdgesKeepPlaceColourAndDashes() {
        Canvas c;
        c.model.resetDocument(crowdedDesign(150));
        QVERIFY(c.show());
        const AssociationEdge* dashed = c.scene()->edge(0);
        const AssociationEdge* solid = c.scene()->edge(1);
        QVERIFY(!dashed->data().constraints && solid->data().constraints);
        for (double zoom : {0.6, 0.35, 0.1, 1.0}) {
            const bool plain = zoom == 1.0; // then only the known edges are in sight
            c.view.setZoom(zoom);
            c.view.centerOn(QPointF(500, plain ? 200 : 600));
            QCOMPARE(c.scene()->isCrowded(), !plain);
            const QImage image = c.viewport()->grab().toImage();
            for (const AssociationEdge* e : {dashed, solid}) {
                const QPolygonF line = e->polyline();
                QCOMPARE(line.size(), 2); // straight: no parallel edges
                const QColor color = CanvasStyle::associationColor(e->data().type);
                // Batched lines are aliased, in their exact colour; anti-aliased ones at least
                // 40% of the way from the background.
                const int tolerance =
                    plain ? colorDistance(color, c.scene()->canvasStyle().background) * 6 / 10 : 0;
                const Trace t = trace(image, c.toView(line.front()), c.toView(line.back()), color, tolerance);
                const QString what =
                    QStringLiteral("zoom %1, %2: %3 of %4 pixels, %5 gaps")
                        .arg(zoom)
                        .arg(e == dashed ? QStringLiteral("dashed") : QStringLiteral("solid"))
                        .arg(t.hits)
                        .arg(t.samples)
                        .arg(t.gaps);
                QVERIFY2(t.samples >= 40, qPrintable(what));
                if (e == solid) {
                    QVERIFY2(t.gaps == 0, qPrintable(what));
                } else {
                    QVERIFY2(t.gaps >= t.samples / 12 && t.hits >= t.samples / 2, qPrintable(what));
                }
            }
        }
        // A selected edge in a crowded view: the batch draws it in the selection colour.
        c.scene()->edge(1)->setSelected(true);
        c.view.setZoom(0.6);
        c.view.centerOn(QPointF(500, 600));
        QVERIFY(c.scene()->isCrowded());
        const QPolygonF line = solid->polyline();
        const Trace t = trace(c.viewport()->grab().toImage(), c.toView(line.front()), c.toView(line.back()),
                              c.scene()->canvasStyle().selection);
        QVERIFY2(t.samples >= 40 && t.gaps == 0, qPrintable(QString::number(t.hits)));

        // On a high-DPI device (device pixel ratio 2) the batch draws in device pixels.
        c.scene()->clearSelection();
        const QRectF source(-50, -100, 1100, 500);
        const double scale = 0.6, ratio = 2.0;
        QImage hiDpi((source.size() * scale * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        hiDpi.setDevicePixelRatio(ratio);
        QPainter painter(&hiDpi);
        c.scene()->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
        painter.end();
        auto toDevice = [&](const QPointF& p) { return (p - source.topLeft()) * scale * ratio; };
        for (const AssociationEdge* e : {dashed, solid}) {
            const Trace h = trace(hiDpi, toDevice(e->polyline().front()), toDevice(e->polyline().back()),
                                  CanvasStyle::associationColor(e->data().type));
            const QString what =
                QStringLiteral("%1 of %2 pixels, %3 gaps").arg(h.hits).arg(h.samples).arg(h.gaps);
            QVERIFY2(h.samples >= 80, qPrintable(what));
            QVERIFY2(e == solid ? h.gaps == 0 : h.gaps >= h.samples / 12, qPrintable(what));
        }
    }

    void drawsWithoutErrors() {
        // Paint every level of detail once (catches painter misuse under the offscreen platform).
        Canvas c;
        QVERIFY(c.load(QStringLiteral("shop.relata.json")));
        QVERIFY(c.show());
        for (double z : {0.1, 0.3, 0.7, 1.0, 2.0}) {
            c.view.setZoom(z);
            const QImage image = c.viewport()->grab().toImage();
            QVERIFY(!image.isNull());
        }
    }
};

QTEST_MAIN(TstCanvas)
#include "tst_canvas.moc"
