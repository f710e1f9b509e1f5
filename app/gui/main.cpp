// relata: the visual editor.
//
//   relata [DESIGN]                         open the editor (on DESIGN, a *.relata.json file)
//   relata --screenshot OUT.png DESIGN      render the window offscreen into OUT.png and exit
//          [--size WxH] [--select MODEL] [--dialect postgres|mysql|sqlite]
//   relata --lang de|zh_CN|en ...           use that language this time
#include "MainWindow.h"
#include "app/TranslationManager.h"
#include "canvas/DiagramView.h"
#include "docks/DdlPreviewDock.h"
#include "model/SelectionModel.h"
#include "sql/Dialect.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

bool wantsScreenshot(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0) return true;
    return false;
}

void settle(int rounds = 6) {
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace

int main(int argc, char** argv) {
    const bool screenshot = wantsScreenshot(argc, argv);
    // Screenshots need no display: render into memory.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");

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
    const QCommandLineOption dialectOption(QStringLiteral("dialect"), QStringLiteral("Database of the DDL preview."),
                                           QStringLiteral("postgres|mysql|sqlite"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language this time (en, de, zh_CN)."),
                                        QStringLiteral("LANG"));
    parser.addOptions({screenshotOption, sizeOption, selectOption, dialectOption, langOption});
    parser.addPositionalArgument(QStringLiteral("design"), QStringLiteral("A *.relata.json design to open."), QStringLiteral("[DESIGN]"));
    parser.process(app);

    auto* translations = relata::ui::TranslationManager::instance();
    if (parser.isSet(langOption)) translations->setLanguage(parser.value(langOption), /*remember=*/false);
    else if (screenshot) translations->setLanguage(QStringLiteral("en"), /*remember=*/false);
    else translations->loadInitial();

    relata::ui::MainWindow::Options options;
    if (screenshot) {
        options.restoreSettings = false;
        options.autosave = false;
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
