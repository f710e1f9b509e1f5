#pragma once
// The diagram image formats of `relata-cli export` (svg, png). They are drawn by the editor's
// canvas (ui/canvas/DiagramExporter), so they exist only when relata-cli is built with the editor
// (RELATA_BUILD_GUI=ON); the rest of relata-cli needs no QtGui at all.
#include "schema/Document.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace relata::cli {

enum class DiagramFormat { Svg, Png };

// "svg" or "png" (any case); nothing for the other formats.
std::optional<DiagramFormat> parseDiagramFormat(const QString& text);
const char* diagramFormatName(DiagramFormat format);
// false when relata-cli was built without the editor.
bool diagramFormatsAvailable();
// Why svg/png cannot be used in this build.
std::string diagramUnavailableReason();

// The application object for main(): a QApplication on the "offscreen" platform (unless
// QT_QPA_PLATFORM says otherwise) when the arguments ask for an image export, else a
// QCoreApplication, so that no other verb needs a display or loads a platform plugin.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

// The image's bytes; `scale` (png) defaults to File > Export's. On failure false with the reason
// in `error`.
bool renderDiagram(const Document& doc, DiagramFormat format, std::optional<double> scale, std::string& bytes,
                   std::string& error);

} // namespace relata::cli
