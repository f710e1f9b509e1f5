#pragma once
// Renders a design's diagram headless (its own DiagramScene, a fixed light palette, no grid, no
// selection) to SVG or PNG. Output is written through QSaveFile after rendering to memory, and
// is the same bytes for the same design.
//
// Sizes: the SVG's viewBox is "0 0 W H" in scene units (the drawing's bounds plus a margin,
// whole numbers); the PNG at `scale` is ceil(W * scale) x ceil(H * scale) pixels.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace relata {
struct Document;
}

namespace relata::ui {

class DesignModel;

// File > Export's PNG scale (sharp on high-DPI screens and in print); relata-cli's default too.
inline constexpr double kDefaultPngScale = 2.0;

bool exportSvg(const DesignModel& model, const QString& path, QString* error);
bool exportPng(const DesignModel& model, const QString& path, double scale, QString* error);

// The rendered bytes / image, for callers that do not write files (clipboard, tests).
QByteArray renderSvg(const DesignModel& model);
QImage renderImage(const DesignModel& model, double scale);
// The PNG file's bytes; empty with the reason in `error` when the image would be too large.
QByteArray renderPng(const DesignModel& model, double scale, QString* error);

// Without an editor (relata-cli export): the diagram of `doc`, placed as the editor places it
// (positions from its "layout" section, the automatic layout for the rest). Needs a QApplication;
// no display: the "offscreen" platform will do.
QByteArray renderSvg(const Document& doc);
QByteArray renderPng(const Document& doc, double scale, QString* error);

} // namespace relata::ui
