#include "canvas/PaletteWidget.h"

#include <QApplication>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace relata::ui {

namespace {

// One draggable entry: a small table glyph and a caption.
class PaletteEntry : public QWidget {
public:
    PaletteEntry(const QString& entry, const QString& caption, const QString& tip, QWidget* parent)
        : QWidget(parent), entry_(entry), caption_(caption) {
        setToolTip(tip);
        setAccessibleName(caption);
        setCursor(Qt::OpenHandCursor);
        setFocusPolicy(Qt::TabFocus);
        setAttribute(Qt::WA_Hover);
    }

    QSize sizeHint() const override {
        const QFontMetrics fm(font());
        return QSize(fm.horizontalAdvance(caption_) + 56, std::max(36, fm.height() + 16));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = palette();
        const bool hover = underMouse();
        p.setPen(QPen(pal.color(hover ? QPalette::Highlight : QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        // Table glyph.
        const QRectF glyph(10, height() / 2.0 - 10, 26, 20);
        p.setPen(QPen(pal.color(QPalette::Text), 1));
        p.setBrush(pal.color(QPalette::Highlight).lighter(hover ? 150 : 170));
        p.drawRect(QRectF(glyph.left(), glyph.top(), glyph.width(), 6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(glyph);
        p.drawLine(QPointF(glyph.left() + 3, glyph.top() + 11), QPointF(glyph.right() - 3, glyph.top() + 11));
        p.drawLine(QPointF(glyph.left() + 3, glyph.top() + 15), QPointF(glyph.right() - 7, glyph.top() + 15));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(46, 0, width() - 50, height()), Qt::AlignVCenter | Qt::AlignLeft, caption_);
    }

    void mousePressEvent(QMouseEvent* event) override {
        if (event->button() == Qt::LeftButton) pressPos_ = event->position().toPoint();
        QWidget::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent* event) override {
        if (!(event->buttons() & Qt::LeftButton) ||
            (event->position().toPoint() - pressPos_).manhattanLength() < QApplication::startDragDistance())
            return;
        auto* drag = new QDrag(this);
        drag->setMimeData(PaletteWidget::createMimeData(entry_));
        drag->setPixmap(grab());
        drag->setHotSpot(pressPos_);
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }

private:
    QString entry_;
    QString caption_;
    QPoint pressPos_;
};

} // namespace

PaletteWidget::PaletteWidget(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new PaletteEntry(modelEntry(), tr("Model"), tr("Drag onto the canvas to add a model"), this));
    auto* hint = new QLabel(tr("Drag a model's handle (the ring in its header) onto another model, or back onto "
                               "itself, to add an association."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);
}

QString PaletteWidget::mimeType() {
    return QStringLiteral("application/x-relata-palette-item");
}

QString PaletteWidget::modelEntry() {
    return QStringLiteral("model");
}

QMimeData* PaletteWidget::createMimeData(const QString& entry) {
    auto* mime = new QMimeData;
    mime->setData(mimeType(), entry.toUtf8());
    return mime;
}

} // namespace relata::ui
