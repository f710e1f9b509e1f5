#include "docks/CachedSizeDelegate.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace relata::ui {

namespace {
// Texts come and go with edits; past this many the old ones are dropped.
constexpr qsizetype kMaxRemembered = 20000;
} // namespace

QSize CachedSizeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    if (style != style_ || option.font != font_ || option.decorationSize != iconSize_ ||
        sizes_.size() > kMaxRemembered) {
        sizes_.clear();
        style_ = style;
        font_ = option.font;
        iconSize_ = option.decorationSize;
    }
    const QVariant decoration = index.data(Qt::DecorationRole);
    const Key key(index.data(Qt::DisplayRole).toString(),
                  decoration.canConvert<QIcon>() ? decoration.value<QIcon>().cacheKey() : 0);
    auto it = sizes_.constFind(key);
    if (it == sizes_.constEnd()) it = sizes_.insert(key, QStyledItemDelegate::sizeHint(option, index));
    return *it;
}

} // namespace relata::ui
