#pragma once
// The notation key shown over the canvas (toggle with DiagramView::setLegendVisible).
#include <QWidget>

namespace relata::ui {

class DiagramScene;

class DiagramLegend : public QWidget {
    Q_OBJECT
public:
    DiagramLegend(const DiagramScene* scene, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    // Collapsed: only the title; a click toggles.
    bool isCollapsed() const { return collapsed_; }
    void setCollapsed(bool on);

signals:
    void collapsedChanged(bool collapsed);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    const DiagramScene* scene_;
    bool collapsed_ = false;
    struct Entry {
        int kind; // 0..3 association type, 4 dashed, 5 added column, 6 markers
        QString text;
    };
    QList<Entry> entries() const;
};

} // namespace relata::ui
