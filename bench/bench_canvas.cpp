// Canvas benchmark on synthetic designs (core/schema/SyntheticDesign), offscreen platform.
// Usage: bench_canvas [N ...] [--png DIR]      (default N: 1000 5000)
// Per N: open (resetDocument + scene build + first full paint of a 1600x1000 view), repaint of the
// full view at three zoom levels (first paint after the zoom change, then a steady repaint), a pan,
// and an edit (pushEdit renaming a model, until the view has repainted).
// --profile-zoom Z: only 100 steady repaints at zoom Z (-1: fit), for a profiler.
// With --png, the first paint at each zoom is also written as DIR/canvas-N-zoom.png.
#if __has_include("canvas/DiagramView.h")
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "resolve/Resolver.h"
#include "schema/SyntheticDesign.h"
#include "validate/Validator.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QDir>
#include <QScrollBar>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace relata;
using namespace relata::ui;
using Clock = std::chrono::steady_clock;

namespace {

// Figures are thread CPU time: on a shared, loaded machine wall time mostly measures the
// neighbours. (Wall time is printed too for the open step.)
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

double paint(DiagramView& view) {
    const Stamp t = now();
    view.viewport()->repaint();
    return msSince(t);
}

double steadyPaint(DiagramView& view) {
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) runs.push_back(paint(view));
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

double loadAverage() {
    double avg[1] = {0};
    return getloadavg(avg, 1) == 1 ? avg[0] : 0.0;
}

void savePng(DiagramView& view, const QString& dir, int n, const QString& tag) {
    if (dir.isEmpty()) return;
    view.viewport()->grab().save(QDir(dir).filePath(QStringLiteral("canvas-%1-%2.png").arg(n).arg(tag)));
}

int runOne(int n, const QString& pngDir, double profileZoom) {
    const Document doc = SyntheticDesign::generate(n);
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

    Stamp t = now();
    const ResolvedSchema schema = Resolver::resolve(doc);
    const Diagnostics findings = Validator::validate(doc, schema);
    const double core = msSince(t);

    std::printf("\n## %d models, %d tables on the canvas, %d edges\n\n", n, view.diagramScene()->nodeCount(),
                view.diagramScene()->edgeCount());
    std::printf("| step | ms (thread CPU) |\n|---|---:|\n");
    std::printf("| open: resetDocument + scene build + fit | %.1f |\n", build);
    std::printf("| open: of which core resolve + validate | %.1f |\n", core);
    std::printf("| open: first full paint | %.1f |\n", firstPaint);
    std::printf("| **open total** | **%.1f** |\n", open);
    std::printf("| open total, wall clock (load average %.1f) | %.1f |\n", loadAverage(), openWall);

    const QRectF contents = view.diagramScene()->contentsRect();
    if (profileZoom != 0) {
        // For a profiler: 100 steady repaints at one zoom (negative = fit).
        if (profileZoom < 0) view.fitToWindow();
        else view.setZoom(profileZoom);
        for (int i = 0; i < 100; ++i) paint(view);
        std::printf("| 100 repaints at zoom %.3f | %.1f |\n", view.zoom(), msSince(t0) - open);
        return 0;
    }
    struct Level {
        const char* name;
        double zoom;
    };
    view.fitToWindow();
    const Level levels[] = {{"fit", view.zoom()}, {"0.35", 0.35}, {"1.0", 1.0}};
    for (const Level& level : levels) {
        view.setZoom(level.zoom);
        view.centerOn(contents.center());
        QApplication::processEvents();
        const double first = paint(view);
        const double steady = steadyPaint(view);
        if (qEnvironmentVariableIsSet("BENCH_COUNT")) {
            int nodes = 0, edges = 0;
            for (QGraphicsItem* item : view.items(view.viewport()->rect()))
                (item->type() == QGraphicsItem::UserType + 101 ? nodes : edges)++;
            std::printf("  (%d nodes, %d other items in view)\n", nodes, edges);
        }
        std::printf("| repaint full view at zoom %s (%.3f): first after zoom change / steady | %.1f / %.1f |\n",
                    level.name, level.zoom, first, steady);
        savePng(view, pngDir, n, QString::fromLatin1(level.name));
    }
    // Pan at 1.0 (and at 0.35): scroll by 300 px, repaint.
    for (double z : {1.0, 0.35}) {
        view.setZoom(z);
        view.centerOn(contents.center());
        paint(view);
        std::vector<double> runs;
        for (int i = 0; i < 6; ++i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? -300 : 300));
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + (i % 2 ? -200 : 200));
            runs.push_back(paint(view));
        }
        std::sort(runs.begin(), runs.end());
        std::printf("| repaint after a pan of 300x200 px at zoom %.2f (median / worst) | %.1f / %.1f |\n", z,
                    runs[runs.size() / 2], runs.back());
    }

    // Edit: rename a model (associations and layout follow), until the view has repainted.
    view.setZoom(1.0);
    view.centerOn(contents.center());
    paint(view);
    const std::string from = doc.models[static_cast<size_t>(n / 2)].name;
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
    t = now();
    pushEdit(&model, QStringLiteral("Rename"), [&](Document& d) {
        for (Model& m : d.models)
            if (m.name == from) m.name = "renamedModel";
        for (Association& a : d.associations) {
            if (a.source == from) a.source = "renamedModel";
            if (a.target == from) a.target = "renamedModel";
        }
    });
    const double edit = msSince(t);
    const double canvasUpdate = signalled ? msSince(*signalled) : 0.0;
    const double editPaint = paint(view);
    const Document after = model.document();
    t = now();
    const ResolvedSchema schema2 = Resolver::resolve(after);
    const Diagnostics findings2 = Validator::validate(after, schema2);
    const double editCore = msSince(t);
    std::printf("| edit: pushEdit (rename) incl. canvas update | %.1f |\n", edit);
    std::printf("| edit: of which core resolve + validate | %.1f |\n", editCore);
    std::printf("| edit: canvas update (first change signal to synced) | %.1f |\n", canvasUpdate);
    std::printf("| edit: repaint | %.1f |\n", editPaint);
    std::printf("| **edit total (to repainted)** | **%.1f** |\n", edit + editPaint);
    t = now();
    model.undoStack()->undo();
    std::printf("| undo of the edit incl. canvas update | %.1f |\n", msSince(t));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| peak RSS (MB) | %.0f |\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    (void)findings;
    (void)findings2;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::vector<int> sizes;
    QString pngDir;
    double profileZoom = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--png") && i + 1 < argc) pngDir = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QLatin1String("--profile-zoom") && i + 1 < argc) profileZoom = std::atof(argv[++i]);
        else if (arg.toInt() > 0) sizes.push_back(arg.toInt());
    }
    if (sizes.empty()) sizes = {1000, 5000};
    std::printf("# bench_canvas (offscreen, view 1600x1000)\n");
    for (int n : sizes)
        if (runOne(n, pngDir, profileZoom) != 0) return 1;
    return 0;
}
#else
#include <cstdio>
int main() {
    std::printf("bench_canvas: the GUI library (relata_ui) is not built; nothing to measure\n");
    return 0;
}
#endif
