#pragma once
// Renders a design's diagram headless (its own DiagramScene, a fixed light palette, no grid, no
// selection) to SVG or PNG. Output is written through QSaveFile after rendering to memory, and
// is the same bytes for the same design.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace relata::ui {

class DesignModel;

bool exportSvg(const DesignModel& model, const QString& path, QString* error);
bool exportPng(const DesignModel& model, const QString& path, double scale, QString* error);

// The rendered bytes / image, for callers that do not write files (clipboard, tests).
QByteArray renderSvg(const DesignModel& model);
QImage renderImage(const DesignModel& model, double scale);

} // namespace relata::ui
