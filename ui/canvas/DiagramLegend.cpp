#include "canvas/DiagramLegend.h"

#include "canvas/CanvasStyle.h"
#include "canvas/DiagramScene.h"

#include <QMouseEvent>
#include <QPainter>

namespace relata::ui {

namespace {
constexpr int kSampleWidth = 64;
constexpr int kMargin = 10;
} // namespace

DiagramLegend::DiagramLegend(const DiagramScene* scene, QWidget* parent) : QWidget(parent), scene_(scene) {
    setAccessibleName(tr("Diagram legend"));
    setToolTip(tr("Click to fold or unfold the legend"));
    setCursor(Qt::PointingHandCursor);
    QFont small = font();
    if (small.pointSizeF() > 0) small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

void DiagramLegend::setCollapsed(bool on) {
    if (collapsed_ == on) return;
    collapsed_ = on;
    adjustSize();
    update();
    emit collapsedChanged(on);
}

void DiagramLegend::mousePressEvent(QMouseEvent* event) {
    setCollapsed(!collapsed_);
    event->accept();
}

QList<DiagramLegend::Entry> DiagramLegend::entries() const {
    return {
        {0, tr("belongsTo · key (●) on the source")},
        {1, tr("hasOne · key on the target")},
        {2, tr("hasMany · key on the target, many")},
        {3, tr("belongsToMany · join table (dotted)")},
        {4, tr("dashed · constraints: false")},
        {5, tr("added by an association or Sequelize")},
        {6, tr("primary, foreign, unique, not null")},
    };
}

QSize DiagramLegend::sizeHint() const {
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(tr("Legend")) + fm.horizontalAdvance(QStringLiteral(" ▸"));
    if (collapsed_) return QSize(width + 2 * kMargin, fm.height() + 4 + kMargin);
    for (const Entry& e : entries()) width = std::max(width, kSampleWidth + 10 + fm.horizontalAdvance(e.text));
    const int rows = static_cast<int>(entries().size()) + 1;
    return QSize(width + 2 * kMargin, rows * (fm.height() + 4) + 2 * kMargin);
}

void DiagramLegend::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event);
    const CanvasStyle& s = scene_->canvasStyle();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Base);
    fill.setAlphaF(0.93f);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QFontMetrics fm(font());
    const int rowHeight = fm.height() + 4;
    int y = kMargin;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const int titleTop = collapsed_ ? kMargin / 2 : y;
    p.drawText(QRect(kMargin, titleTop, width() - 2 * kMargin, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Legend") + (collapsed_ ? QStringLiteral(" ▸") : QStringLiteral(" ▾")));
    if (collapsed_) return;
    y += rowHeight;
    p.setFont(font());
    for (const Entry& e : entries()) {
        const double mid = y + rowHeight / 2.0;
        const QPointF from(kMargin + 2, mid), to(kMargin + kSampleWidth - 6, mid);
        switch (e.kind) {
        case 0:
        case 1:
        case 2:
        case 3: paintAssociationSample(&p, s, static_cast<AssociationType>(e.kind), true, from, to); break;
        case 4: paintAssociationSample(&p, s, AssociationType::BelongsTo, false, from, to); break;
        case 5: {
            QFont italic = s.rowItalicFont;
            italic.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() : italic.pointSizeF());
            p.fillRect(QRectF(kMargin, y + 1, kSampleWidth - 4, rowHeight - 2), s.addedFill);
            p.setFont(italic);
            p.setPen(s.addedText);
            p.drawText(QRectF(kMargin + 3, y, kSampleWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       QStringLiteral("teamId"));
            p.setFont(font());
            break;
        }
        case 6:
            p.setFont(s.markerFont);
            p.setPen(s.markerText);
            p.drawText(QRectF(kMargin + 3, y, kSampleWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       QStringLiteral("PK FK"));
            p.setFont(font());
            break;
        default: break;
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin + kSampleWidth + 10, y, width() - kSampleWidth - 2 * kMargin - 10, rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, e.text);
        y += rowHeight;
    }
}

} // namespace relata::ui
