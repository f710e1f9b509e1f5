#include "canvas/LineRaster.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace relata::ui {

void LineRaster::begin(const QRect& deviceRect, const QColor& background) {
    rect_ = deviceRect;
    opaque_ = background.alpha() == 255;
    if (rect_.isEmpty()) return;
    if (image_.width() < rect_.width() || image_.height() < rect_.height()) {
        // Grow only (reused from frame to frame); a little slack avoids regrowing on resizes.
        image_ = QImage(std::max(image_.width(), rect_.width() + 64),
                        std::max(image_.height(), rect_.height() + 64), QImage::Format_ARGB32_Premultiplied);
    }
    bits_ = reinterpret_cast<std::uint32_t*>(image_.bits());
    stride_ = image_.bytesPerLine() / 4;
    const std::uint32_t fill = qPremultiply(background.rgba());
    for (int y = 0; y < rect_.height(); ++y)
        std::fill_n(bits_ + y * stride_, rect_.width(), fill);
}

// Liang-Barsky against the frame's pixel centres [0, w-1] x [0, h-1].
bool LineRaster::clip(double& x0, double& y0, double& x1, double& y1) const {
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0, rect_.width() - 1 - x0, y0, rect_.height() - 1 - y0};
    double t0 = 0, t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 += t0 * dx;
    y0 += t0 * dy;
    return true;
}

int LineRaster::drawLine(const QPointF& a, const QPointF& b, int phase) {
    double x0 = a.x() - rect_.left(), y0 = a.y() - rect_.top();
    double x1 = b.x() - rect_.left(), y1 = b.y() - rect_.top();
    // The pattern runs in major-axis pixels from `a`, clipped or not, so dashes stay put on screen.
    const int length = static_cast<int>(std::lround(std::max(std::abs(x1 - x0), std::abs(y1 - y0))));
    const double startX = x0, startY = y0;
    if (rect_.isEmpty() || !clip(x0, y0, x1, y1)) return phase + length;
    const int skipped = static_cast<int>(std::lround(std::max(std::abs(x0 - startX), std::abs(y0 - startY))));
    const int ix0 = static_cast<int>(std::lround(x0)), iy0 = static_cast<int>(std::lround(y0));
    const int ix1 = static_cast<int>(std::lround(x1)), iy1 = static_cast<int>(std::lround(y1));
    if (patternLength_ == 0 && !thick_)
        solidSpan(ix0, iy0, ix1, iy1);
    else
        patternedSpan(ix0, iy0, ix1, iy1, phase + skipped);
    return phase + length;
}

void LineRaster::solidSpan(int x0, int y0, int x1, int y1) {
    // Most pixels of a crowded frame are here: one step per major-axis pixel, the minor axis in
    // 16.16 fixed point, no branch per pixel. Both ends lie inside the frame (clip()).
    const int dx = x1 - x0, dy = y1 - y0;
    const int steps = std::max(std::abs(dx), std::abs(dy));
    if (steps == 0) {
        bits_[y0 * stride_ + x0] = color_;
        return;
    }
    const bool xMajor = std::abs(dx) >= std::abs(dy);
    const qsizetype majorStep = xMajor ? (dx > 0 ? 1 : -1) : (dy > 0 ? stride_ : -stride_);
    const qsizetype minorScale = xMajor ? stride_ : 1;
    const std::int64_t minorStep = (static_cast<std::int64_t>(xMajor ? dy : dx) << 16) / steps;
    std::int64_t minor = (static_cast<std::int64_t>(xMajor ? y0 : x0) << 16) + 0x8000;
    std::uint32_t* p = bits_ + (xMajor ? x0 : y0 * stride_);
    for (int i = 0; i <= steps; ++i, p += majorStep, minor += minorStep)
        p[static_cast<qsizetype>(minor >> 16) * minorScale] = color_;
}

void LineRaster::patternedSpan(int x, int y, int x1, int y1, int step) {
    // Bresenham with the on/off pattern and the second pixel of thick lines.
    const int dx = std::abs(x1 - x), dy = -std::abs(y1 - y);
    const int sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
    const bool xMajor = dx >= -dy;
    for (int err = dx + dy;; ++step) {
        if (patternLength_ == 0 || ((pattern_ >> (step % patternLength_)) & 1u)) {
            plot(x, y);
            if (thick_) plot(x + (xMajor ? 0 : 1), y + (xMajor ? 1 : 0));
        }
        if (x == x1 && y == y1) break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            x += sx;
        }
        if (e2 <= dx) {
            err += dx;
            y += sy;
        }
    }
}

void LineRaster::fillRect(const QRectF& deviceRect, const QColor& color) {
    if (rect_.isEmpty()) return;
    const QRect r =
        deviceRect.translated(-rect_.topLeft()).toAlignedRect() & QRect(0, 0, rect_.width(), rect_.height());
    const std::uint32_t value = color.rgba() | 0xff000000u;
    for (int y = r.top(); y <= r.bottom(); ++y)
        std::fill_n(bits_ + y * stride_ + r.left(), r.width(), value);
}

void LineRaster::end(QPainter* painter) {
    if (rect_.isEmpty()) return;
    painter->save();
    painter->setWorldTransform(QTransform());
    if (opaque_) painter->setCompositionMode(QPainter::CompositionMode_Source);
    // In the painter's (device independent) coordinates, so one frame pixel is one device pixel.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QRectF target(QPointF(rect_.topLeft()) / ratio, QSizeF(rect_.size()) / ratio);
    painter->drawImage(target, image_, QRect(QPoint(0, 0), rect_.size()));
    painter->restore();
}

} // namespace relata::ui
