// Canvas and editor benchmark on synthetic designs (core/schema/SyntheticDesign), offscreen platform.
// Usage: bench_canvas [N ...] [--png DIR] [--profile-zoom Z] [--profile-edits K]   (default N: 1000 5000)
// Per N, two tables:
//  - canvas: a DiagramView of 1600x1000 alone. Open (resetDocument + scene build + first full
//    paint), then for each zoom level the zoom step itself with its first paint and a steady
//    repaint, pans (scroll + repaint), and an edit (pushEdit renaming a model, to repainted).
//  - window: the real MainWindow with its docks. Open a file (read, resolve, validate, scene,
//    Problems, DDL preview, first paint), and the same edit until canvas, Problems and DDL
//    preview all show it.
// --profile-zoom Z: only 100 steady repaints at zoom Z (-1: fit), for a profiler.
// --profile-edits K: only open the window and make K renames, each until the docks show it, in
//   profileEdits() (for a profiler: callgrind --collect-atstart=no
//   '--toggle-collect=(anonymous namespace)::profileEdits(*').
// With --png, the first paint at each zoom is also written as DIR/canvas-N-zoom.png.
#if __has_include("canvas/DiagramView.h")
#include "MainWindow.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "docks/DdlPreviewDock.h"
#include "docks/ProblemsDock.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "resolve/Resolver.h"
#include "schema/DocumentWriter.h"
#include "schema/SyntheticDesign.h"
#include "validate/Validator.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

using namespace relata;
using namespace relata::ui;
using Clock = std::chrono::steady_clock;

namespace {

// Figures are thread CPU time: on a shared, loaded machine wall time mostly measures the
// neighbours. (Wall time is printed too where waiting is part of what a user sees.)
struct Stamp {
    Clock::time_point wall;
    double cpu;
};

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

Stamp now() {
    return {Clock::now(), cpuMs()};
}

double msSince(const Stamp& t) {
    return cpuMs() - t.cpu;
}

double wallSince(const Stamp& t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t.wall).count();
}

double timed(const std::function<void()>& step) {
    const Stamp t = now();
    step();
    return msSince(t);
}

double paint(DiagramView& view) {
    return timed([&] { view.viewport()->repaint(); });
}

double median(std::vector<double> runs) {
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

double steadyPaint(DiagramView& view) {
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) runs.push_back(paint(view));
    return median(runs);
}

double loadAverage() {
    double avg[1] = {0};
    return getloadavg(avg, 1) == 1 ? avg[0] : 0.0;
}

void row(const char* step, double ms) {
    std::printf("| %s | %.1f |\n", step, ms);
}

void savePng(DiagramView& view, const QString& dir, int n, const QString& tag) {
    if (dir.isEmpty()) return;
    view.viewport()->grab().save(QDir(dir).filePath(QStringLiteral("canvas-%1-%2.png").arg(n).arg(tag)));
}

// The edit both tables time: model n/2 renamed (its associations follow).
void renameModel(DesignModel* model, const std::string& from, const std::string& to = "renamedModel") {
    pushEdit(model, QStringLiteral("Rename"), [&](Document& d) {
        for (Model& m : d.models)
            if (m.name == from) m.name = to;
        for (Association& a : d.associations) {
            if (a.source == from) a.source = to;
            if (a.target == from) a.target = to;
        }
    });
}

void benchZoomLevels(DiagramView& view, int n, const QString& pngDir) {
    struct Level {
        const char* name;
        double zoom;
    };
    const QRectF contents = view.diagramScene()->contentsRect();
    view.fitToWindow();
    const Level levels[] = {{"fit", view.zoom()}, {"0.35", 0.35}, {"1.0", 1.0}, {"2.0", 2.0}};
    for (const Level& level : levels) {
        view.setZoom(1.0 / 1.25 * level.zoom); // so that the step below changes the scale
        view.centerOn(contents.center());
        paint(view);
        const double step = timed([&] {
            view.setZoom(level.zoom);
            view.viewport()->repaint();
        });
        const double steady = steadyPaint(view);
        std::printf("| zoom to %s (%.3f): zoom step with its paint / steady repaint | %.1f / %.1f |\n",
                    level.name, level.zoom, step, steady);
        savePng(view, pngDir, n, QString::fromLatin1(level.name));
    }
}

void benchPan(DiagramView& view, double zoom) {
    view.setZoom(zoom);
    view.centerOn(view.diagramScene()->contentsRect().center());
    paint(view);
    std::vector<double> runs;
    for (int i = 0; i < 6; ++i) {
        runs.push_back(timed([&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? -300 : 300));
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + (i % 2 ? -200 : 200));
            view.viewport()->repaint();
        }));
    }
    std::printf("| pan of 300x200 px at zoom %.2f: scroll + repaint (median / worst) | %.1f / %.1f |\n", zoom,
                median(runs), *std::max_element(runs.begin(), runs.end()));
}

void benchCanvasEdit(DiagramView& view, DesignModel& model, const Document& doc, int n) {
    view.setZoom(1.0);
    view.centerOn(view.diagramScene()->contentsRect().center());
    paint(view);
    // The model emits its change signals after recomputing; the canvas reacts to them. Stamp
    // the first one to separate the canvas update from the core's work.
    std::optional<Stamp> signalled;
    auto stamp = [&] {
        if (!signalled) signalled = now();
    };
    QObject::connect(&model, &DesignModel::modelsChanged, &model, stamp);
    QObject::connect(&model, &DesignModel::associationsChanged, &model, stamp);
    QObject::connect(&model, &DesignModel::positionsChanged, &model, stamp);
    QObject::connect(&model, &DesignModel::schemaChanged, &model, stamp);
    const double edit = timed([&] { renameModel(&model, doc.models[static_cast<size_t>(n / 2)].name); });
    const double canvasUpdate = signalled ? msSince(*signalled) : 0.0;
    const double editPaint = paint(view);
    const Document after = model.document();
    const double editCore = timed([&] {
        const ResolvedSchema schema = Resolver::resolve(after);
        (void)Validator::validate(after, schema);
    });
    row("edit: pushEdit (rename) incl. canvas update", edit);
    row("edit: of which core resolve + validate", editCore);
    row("edit: canvas update (first change signal to synced)", canvasUpdate);
    row("edit: repaint", editPaint);
    std::printf("| **edit total, canvas only (to repainted)** | **%.1f** |\n", edit + editPaint);
    row("undo of the edit incl. canvas update", timed([&] { model.undoStack()->undo(); }));
}

void benchCanvas(int n, const Document& doc, const QString& pngDir, double profileZoom) {
    DesignModel model;
    SelectionModel selection;
    DiagramView view(&model, &selection);
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();

    // Open: what File > Open does after parsing (resolve, validate, build, place, fit) + first paint.
    const Stamp t0 = now();
    model.resetDocument(doc);
    const double build = msSince(t0);
    const double firstPaint = paint(view);
    const double open = msSince(t0);
    const double openWall = wallSince(t0);
    QApplication::processEvents();
    const double core = timed([&] {
        const ResolvedSchema schema = Resolver::resolve(doc);
        (void)Validator::validate(doc, schema);
    });

    std::printf("\n## %d models, %d tables on the canvas, %d edges\n\n", n, view.diagramScene()->nodeCount(),
                view.diagramScene()->edgeCount());
    std::printf("Canvas alone (DiagramView 1600x1000):\n\n| step | ms (thread CPU) |\n|---|---:|\n");
    row("open: resetDocument + scene build + fit", build);
    row("open: of which core resolve + validate", core);
    row("open: first full paint", firstPaint);
    std::printf("| **open total** | **%.1f** |\n", open);
    std::printf("| open total, wall clock (load average %.1f) | %.1f |\n", loadAverage(), openWall);
    if (profileZoom != 0) {
        // For a profiler: 100 steady repaints at one zoom (negative = fit).
        if (profileZoom < 0)
            view.fitToWindow();
        else
            view.setZoom(profileZoom);
        row("100 repaints", timed([&] {
                for (int i = 0; i < 100; ++i)
                    view.viewport()->repaint();
            }));
        return;
    }
    benchZoomLevels(view, n, pngDir);
    for (double z : {1.0, 0.35})
        benchPan(view, z);
    benchCanvasEdit(view, model, doc, n);
}

// Runs the event loop until `done` holds, for at most 60 s. It sleeps while waiting for timers
// (the DDL preview's), so the thread CPU time counts only work.
void waitUntil(const std::function<bool()>& done) {
    QTimer limit;
    limit.setSingleShot(true);
    limit.start(60000);
    while (!done() && limit.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// K renames of model n/2 back and forth, each until the DDL preview has changed. Not inlined:
// the profiler is told its name.
[[gnu::noinline]] void profileEdits(MainWindow& w, const std::string& name, int edits) {
    for (int i = 0; i < edits; ++i) {
        const QString before = w.ddlDock()->text();
        renameModel(w.designModel(), i % 2 ? "renamedModel" : name, i % 2 ? name : "renamedModel");
        waitUntil([&] { return w.ddlDock()->text() != before; });
    }
}

void benchWindow(const Document& doc, int n, int edits) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.relata.json"));
    std::string error;
    if (!DocumentWriter::writeFile(doc, path.toStdString(), error)) {
        std::printf("cannot write %s: %s\n", qPrintable(path), error.c_str());
        return;
    }
    MainWindow::Options options;
    options.restoreSettings = false;
    options.autosave = false;
    options.recordRecentFiles = false;
    MainWindow w(options);
    w.resize(1600, 1000);
    w.show();
    QApplication::processEvents();
    DiagramView& view = *w.view();
    const QString last = QString::fromStdString(doc.models.back().name);
    // The preview's text is read again only when its document has changed: reading a whole
    // script at each turn of the event loop would be counted as the edit's work.
    bool ddlChanged = true;
    QObject::connect(w.ddlDock()->editor()->document(), &QTextDocument::contentsChanged, &w,
                     [&ddlChanged] { ddlChanged = true; });
    auto ddlShows = [&](const QString& text) {
        return [&w, &ddlChanged, text] {
            if (!ddlChanged) return false;
            ddlChanged = false;
            return w.ddlDock()->text().contains(text);
        };
    };

    const Stamp t0 = now();
    w.openFile(path);
    waitUntil(ddlShows(last));
    view.viewport()->repaint();
    const double open = msSince(t0), openWall = wallSince(t0);
    if (edits > 0) {
        profileEdits(w, doc.models[static_cast<size_t>(n / 2)].name, edits);
        return;
    }

    view.setZoom(1.0);
    view.centerOn(view.diagramScene()->contentsRect().center());
    QApplication::processEvents();
    const Stamp t1 = now();
    const double push =
        timed([&] { renameModel(w.designModel(), doc.models[static_cast<size_t>(n / 2)].name); });
    const double docks = timed([&] { waitUntil(ddlShows(QStringLiteral("renamedModel"))); });
    const double repaint = paint(view);
    const double edit = msSince(t1), editWall = wallSince(t1);
    const bool problemsFollow = w.problemsDock()->shown().size() == w.designModel()->diagnostics().size();
    const double problems = timed([&] { w.problemsDock()->refreshNow(); });

    std::printf("\nThe editor window (MainWindow 1600x1000, canvas and docks):\n\n| step | ms (thread CPU) "
                "|\n|---|---:|\n");
    std::printf("| **open a file: read, resolve, validate, scene, Problems, DDL preview, first paint** | "
                "**%.1f** |\n",
                open);
    std::printf("| the same, wall clock (load average %.1f) | %.1f |\n", loadAverage(), openWall);
    std::printf("| **edit (rename) until canvas repainted, Problems and DDL preview updated** | **%.1f** |\n",
                edit);
    row("edit: of which the edit (core, canvas, panels that follow at once)", push);
    row("edit: of which Problems and DDL preview (queued)", docks);
    row("edit: DDL preview regeneration alone, wall clock", static_cast<double>(w.ddlDock()->lastUpdateMs()));
    std::printf("| edit: Problems list rebuild alone (%zu diagnostics) | %.1f |\n",
                w.problemsDock()->shown().size(), problems);
    row("edit: of which canvas repaint", repaint);
    std::printf("| the same edit, wall clock (load average %.1f) | %.1f |\n", loadAverage(), editWall);
    if (!problemsFollow) std::printf("\nThe Problems panel did not follow the edit!\n");
}

int runOne(int n, const QString& pngDir, double profileZoom, int profileEdits) {
    const Document doc = SyntheticDesign::generate(n);
    if (profileEdits == 0) benchCanvas(n, doc, pngDir, profileZoom);
    if (profileZoom == 0) benchWindow(doc, n, profileEdits);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nPeak RSS so far: %.0f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window must not read or write the user's settings and recent files.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RelataBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_canvas"));
    std::vector<int> sizes;
    QString pngDir;
    double profileZoom = 0;
    int profileEdits = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--png") && i + 1 < argc) pngDir = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--profile-zoom") && i + 1 < argc) profileZoom = std::atof(argv[++i]);
        else if (arg == QLatin1String("--profile-edits") && i + 1 < argc)
            profileEdits = std::atoi(argv[++i]);
        else if (arg.toInt() > 0) sizes.push_back(arg.toInt());
    }
    if (sizes.empty()) sizes = {1000, 5000};
    std::printf("# bench_canvas (offscreen)\n");
    for (int n : sizes)
        if (runOne(n, pngDir, profileZoom, profileEdits) != 0) return 1;
    return 0;
}
#else
#include <cstdio>
int main() {
    std::printf("bench_canvas: the GUI library (relata_ui) is not built; nothing to measure\n");
    return 0;
}
#endif
