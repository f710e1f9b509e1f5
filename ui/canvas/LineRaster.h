#pragma once
// A tiny aliased line rasteriser for crowded views. QPainter's raster engine spends ~13 ns per
// pixel on 1-px cosmetic lines (and ~4x that anti-aliased); a view full of long edges is a few
// million such pixels. This writes pixels straight into a reusable premultiplied ARGB buffer
// (Bresenham, clipped, optional on/off pattern) that is then composited with one drawImage().
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>

#include <cstdint>

class QPainter;

namespace relata::ui {

class LineRaster {
public:
    // Starts a frame covering `deviceRect` (device pixels: the painter's coordinates times the
    // device pixel ratio), filled with `background` (an opaque colour makes end() a plain copy;
    // otherwise the frame is composited over what is there).
    void begin(const QRect& deviceRect, const QColor& background = Qt::transparent);
    // Lines and rectangles are opaque in `color`.
    void setColor(const QColor& color) { color_ = color.rgba() | 0xff000000u; }
    // On/off pattern: bit i of `pattern` says whether pixel i of every `length` is drawn
    // (length 0: solid).
    void setPattern(std::uint32_t pattern, int length) {
        pattern_ = pattern;
        patternLength_ = length;
    }
    void setThick(bool on) { thick_ = on; } // two pixels wide instead of one
    // Endpoints in device coordinates (the same space as begin()'s rect). The pattern starts at
    // `phase` pixels into `a`; returns the phase at `b`, so that a polyline's dashes run on.
    int drawLine(const QPointF& a, const QPointF& b, int phase = 0);
    void fillRect(const QRectF& deviceRect, const QColor& color);
    // Composites the frame at its device position (the painter's world transform is bypassed).
    void end(QPainter* painter);

    bool isEmpty() const { return rect_.isEmpty(); }

private:
    QImage image_;
    QRect rect_;
    std::uint32_t* bits_ = nullptr;
    qsizetype stride_ = 0; // in pixels
    std::uint32_t color_ = 0xff000000u;
    std::uint32_t pattern_ = 0;
    int patternLength_ = 0;
    bool thick_ = false;
    bool opaque_ = false;

    bool clip(double& x0, double& y0, double& x1, double& y1) const;
    void solidSpan(int x0, int y0, int x1, int y1);
    void patternedSpan(int x, int y, int x1, int y1, int step);
    void plot(int x, int y) {
        if (x >= 0 && y >= 0 && x < rect_.width() && y < rect_.height()) bits_[y * stride_ + x] = color_;
    }
};

} // namespace relata::ui
