#include "DiagramOutput.h"

#ifdef RELATA_CLI_DIAGRAM
#include "app/OffscreenNotes.h"
#include "canvas/DiagramExporter.h"

#include <QApplication>

#include <cstring>
#endif

namespace relata::cli {

std::optional<DiagramFormat> parseDiagramFormat(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("svg")) return DiagramFormat::Svg;
    if (t == QLatin1String("png")) return DiagramFormat::Png;
    return std::nullopt;
}

const char* diagramFormatName(DiagramFormat format) {
    return format == DiagramFormat::Svg ? "svg" : "png";
}

std::string diagramUnavailableReason() {
    return "relata-cli was built without the editor (RELATA_BUILD_GUI=OFF): svg/png unavailable";
}

#ifdef RELATA_CLI_DIAGRAM

namespace {

// The --format value in the raw arguments: main() has to pick the application type before Qt
// (and the verb's parser) sees them. Accepts the spellings the parser accepts.
QString rawExportFormat(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "export") != 0) return {};
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        for (const QString& option : {QStringLiteral("--format"), QStringLiteral("-format")}) {
            if (arg == option && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
            if (arg.startsWith(option + QLatin1Char('='))) return arg.mid(option.size() + 1);
        }
    }
    return {};
}

} // namespace

bool diagramFormatsAvailable() {
    return true;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (!parseDiagramFormat(rawExportFormat(argc, argv)))
        return std::make_unique<QCoreApplication>(argc, argv);
    // The picture is drawn into memory: no display needed, whatever the environment has.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    ui::OffscreenNotes::silence();
    return std::make_unique<QApplication>(argc, argv);
}

bool renderDiagram(const Document& doc, DiagramFormat format, std::optional<double> scale, std::string& bytes,
                   std::string& error) {
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        error = "internal error: the diagram needs a QApplication (makeApplication did not see --format)";
        return false;
    }
    QString why;
    const QByteArray out = format == DiagramFormat::Svg
                               ? ui::renderSvg(doc)
                               : ui::renderPng(doc, scale.value_or(ui::kDefaultPngScale), &why);
    if (out.isEmpty()) {
        error = why.isEmpty() ? std::string("could not render the diagram") : why.toStdString();
        return false;
    }
    bytes.assign(out.constData(), static_cast<size_t>(out.size()));
    return true;
}

#else

bool diagramFormatsAvailable() {
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    return std::make_unique<QCoreApplication>(argc, argv);
}

bool renderDiagram(const Document&, DiagramFormat, std::optional<double>, std::string&, std::string& error) {
    error = diagramUnavailableReason();
    return false;
}

#endif

} // namespace relata::cli
