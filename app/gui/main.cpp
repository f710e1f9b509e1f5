// relata: the visual editor.
//
//   relata [DESIGN]                         open the editor (on DESIGN, a *.relata.json file)
//   relata --screenshot OUT.png DESIGN      render the window offscreen into OUT.png and exit
//          [--size WxH] [--select MODEL] [--select-association N] [--raise PANEL]
//          [--dialect postgres|mysql|sqlite] [--dark]
//   relata --lang de|zh_CN|en ...           use that language this time
#include "MainWindow.h"
#include "app/OffscreenNotes.h"
#include "app/TranslationManager.h"
#include "canvas/DiagramView.h"
#include "docks/AccessorsDock.h"
#include "docks/DdlPreviewDock.h"
#include "model/SelectionModel.h"
#include "sql/Dialect.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <initializer_list>
#include <cstring>

namespace {

bool hasArgument(int argc, char** argv, std::initializer_list<const char*> names) {
    for (int i = 1; i < argc; ++i)
        for (const char* name : names)
            if (std::strcmp(argv[i], name) == 0) return true;
    return false;
}

// Lets timers (the panels refresh a few milliseconds after a change) and layouts run.
void settle(int milliseconds = 300) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
        QThread::msleep(5);
    }
}

} // namespace

int main(int argc, char** argv) {
    const bool screenshot = hasArgument(argc, argv, {"--screenshot"});
    const bool textOnly = hasArgument(argc, argv, {"-h", "--help", "--help-all", "-v", "--version"});
    // Screenshots and --help need no display: render into memory.
    if ((screenshot || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr,
                     "relata: no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window has nowhere to go.\n"
                     "  * run it from a desktop session (or over ssh -X);\n"
                     "  * on a server, give it a virtual screen: xvfb-run -a relata [DESIGN]\n"
                     "  * or render the window into an image: relata --screenshot OUT.png DESIGN\n");
        return 2;
    }
#endif
    relata::ui::OffscreenNotes::silence();

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relata"));
    QCoreApplication::setApplicationName(QStringLiteral("relata"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Relata"));
    QGuiApplication::setDesktopFileName(QStringLiteral("relata"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relata: design database schemas the way Sequelize v6 describes them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the window offscreen into FILE (PNG) and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1600x1000)."),
                                        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Select MODEL (shown in the inspector)."),
                                          QStringLiteral("MODEL"));
    const QCommandLineOption selectAssociationOption(
        QStringLiteral("select-association"), QStringLiteral("Select the N-th association (0-based, shown in the inspector)."),
        QStringLiteral("N"));
    const QCommandLineOption raiseOption(QStringLiteral("raise"),
                                         QStringLiteral("Bring a tabbed panel to the front: ddl, accessors or history."),
                                         QStringLiteral("PANEL"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"), QStringLiteral("Database of the DDL preview."),
                                           QStringLiteral("postgres|mysql|sqlite"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QStringLiteral("Use a dark palette (as a dark desktop theme gives; for previews)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language this time (en, de, zh_CN)."),
                                        QStringLiteral("LANG"));
    parser.addOptions({screenshotOption, sizeOption, selectOption, selectAssociationOption, raiseOption, dialectOption, darkOption, langOption});
    parser.addPositionalArgument(QStringLiteral("design"), QStringLiteral("A *.relata.json design to open."), QStringLiteral("[DESIGN]"));
    parser.process(app);
    if (parser.isSet(darkOption)) {
        // What a dark desktop theme hands the application; every panel follows the palette.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x54, 0x5b));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8c));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8c));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8c));
        QApplication::setPalette(dark);
    }

    auto* translations = relata::ui::TranslationManager::instance();
    if (parser.isSet(langOption)) translations->setLanguage(parser.value(langOption), /*remember=*/false);
    else if (screenshot) translations->setLanguage(QStringLiteral("en"), /*remember=*/false);
    else translations->loadInitial();

    relata::ui::MainWindow::Options options;
    if (screenshot) {
        options.restoreSettings = false;
        options.autosave = false;
        options.recordRecentFiles = false;
    }
    relata::ui::MainWindow window(options);
    const QStringList positional = parser.positionalArguments();

    if (screenshot) {
        if (positional.size() != 1) {
            std::fprintf(stderr, "relata: --screenshot OUT.png needs one DESIGN to open\n");
            return 2;
        }
        QSize size(1600, 1000);
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 200 && wh[1].toInt() > 200) size = QSize(wh[0].toInt(), wh[1].toInt());
        window.resize(size);
        window.show();
        settle();
        QString error;
        if (!window.openFile(positional.first(), &error)) {
            std::fprintf(stderr, "relata: %s\n", qPrintable(error));
            return 2;
        }
        if (parser.isSet(dialectOption)) {
            relata::DialectKind kind;
            if (relata::Dialect::parse(parser.value(dialectOption).toStdString(), kind)) window.ddlDock()->setDialect(int(kind));
        }
        settle();
        window.view()->fitToWindow();
        if (parser.isSet(selectOption)) window.selectionModel()->selectModel(parser.value(selectOption));
        if (parser.isSet(selectAssociationOption))
            window.selectionModel()->selectAssociation(parser.value(selectAssociationOption).toInt());
        const QString panel = parser.value(raiseOption);
        if (panel == QLatin1String("accessors")) window.accessorsDock()->raise();
        else if (panel == QLatin1String("history")) window.historyDock()->raise();
        else if (panel == QLatin1String("ddl")) window.ddlDock()->raise();
        settle();
        window.view()->fitToWindow();
        settle();
        if (!window.saveScreenshot(parser.value(screenshotOption), &error)) {
            std::fprintf(stderr, "relata: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("relata: wrote %s\n", qPrintable(QDir::toNativeSeparators(parser.value(screenshotOption))));
        return 0;
    }

    window.show();
    if (!positional.isEmpty()) {
        QString error;
        if (!window.openFile(positional.first(), &error)) std::fprintf(stderr, "relata: %s\n", qPrintable(error));
    }
    QTimer::singleShot(0, &window, &relata::ui::MainWindow::offerRecovery);
    return app.exec();
}
