#include "canvas/DiagramExporter.h"

#include "canvas/DiagramScene.h"
#include "model/DesignModel.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace relata::ui {

namespace {

constexpr double kMargin = 24;
constexpr int kMaxImageSide = 32000;

// A scene for one export: vector-friendly (no caches), light, no grid.
struct ExportScene {
    DiagramScene scene;
    QRectF source;
    explicit ExportScene(const DesignModel& model) : scene(&model) {
        scene.setCachingEnabled(false);
        scene.setGridVisible(false);
        scene.setConnectorsVisible(false);
        scene.setCanvasStyle(CanvasStyle::fromPalette(CanvasStyle::exportPalette(), QApplication::font()));
        source = scene.contentsRect();
        if (source.isNull()) source = QRectF(0, 0, 200, 120);
        source.adjust(-kMargin, -kMargin, kMargin, kMargin);
        source = QRectF(std::floor(source.left()), std::floor(source.top()), std::ceil(source.width()),
                        std::ceil(source.height()));
    }
};

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

QByteArray renderSvg(const DesignModel& model) {
    ExportScene e(model);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(e.source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), e.source.size()));
    generator.setResolution(96);
    generator.setTitle(QObject::tr("Relata diagram"));
    {
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.fillRect(QRectF(QPointF(0, 0), e.source.size()), e.scene.canvasStyle().background);
        e.scene.render(&painter, QRectF(QPointF(0, 0), e.source.size()), e.source);
    }
    return buffer.data();
}

QImage renderImage(const DesignModel& model, double scale) {
    ExportScene e(model);
    if (!(scale > 0)) scale = 1;
    const QSize size(static_cast<int>(std::ceil(e.source.width() * scale)),
                     static_cast<int>(std::ceil(e.source.height() * scale)));
    if (size.width() > kMaxImageSide || size.height() > kMaxImageSide || size.isEmpty()) return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(e.scene.canvasStyle().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    e.scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), e.source);
    painter.end();
    return image;
}

bool exportSvg(const DesignModel& model, const QString& path, QString* error) {
    const QByteArray bytes = renderSvg(model);
    if (bytes.isEmpty()) {
        if (error) *error = QObject::tr("Could not render the diagram as SVG");
        return false;
    }
    return writeFile(path, bytes, error);
}

QByteArray renderPng(const DesignModel& model, double scale, QString* error) {
    const QImage image = renderImage(model, scale);
    if (image.isNull()) {
        if (error) *error = QObject::tr("The diagram is too large for an image at scale %1").arg(scale);
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error) *error = QObject::tr("Could not encode the diagram as PNG");
        return {};
    }
    return buffer.data();
}

bool exportPng(const DesignModel& model, const QString& path, double scale, QString* error) {
    const QByteArray bytes = renderPng(model, scale, error);
    return !bytes.isEmpty() && writeFile(path, bytes, error);
}

QByteArray renderSvg(const Document& doc) {
    DesignModel model;
    model.resetDocument(doc);
    return renderSvg(model);
}

QByteArray renderPng(const Document& doc, double scale, QString* error) {
    DesignModel model;
    model.resetDocument(doc);
    return renderPng(model, scale, error);
}

} // namespace relata::ui
