#pragma once
// An item delegate that remembers the size hint of each text and icon it has measured. Views that
// size their columns to the contents (the Problems list, after every edit) otherwise lay out the
// text of every row again each time: for 750 rows that was most of the panel's update. Meant for
// views whose items differ only in display text and icon; the sizes are forgotten when the font,
// style or icon size changes.
#include <QFont>
#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

#include <utility>

namespace relata::ui {

class CachedSizeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // Display text and the icon's cache key (0: none).
    using Key = std::pair<QString, qint64>;
    mutable QHash<Key, QSize> sizes_;
    // What the sizes were measured with.
    mutable QFont font_;
    mutable const QStyle* style_ = nullptr;
    mutable QSize iconSize_;
};

} // namespace relata::ui
