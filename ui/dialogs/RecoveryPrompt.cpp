#include "dialogs/RecoveryPrompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace relata::ui {

RecoveryPrompt::RecoveryPrompt(const QList<RecoverySlot>& orphans, QWidget* parent) : QDialog(parent), slots_(orphans) {
    setObjectName(QStringLiteral("RecoveryPrompt"));
    setWindowTitle(tr("Recover Unsaved Designs"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    text_ = new QLabel(tr("Relata did not end normally last time. These designs had changes that were not saved. "
                          "Restore one to keep working on it; you choose where to save it."),
                       this);
    text_->setWordWrap(true);
    top->addWidget(icon);
    top->addWidget(text_, 1);
    layout->addLayout(top);
    list_ = new QListWidget(this);
    const QLocale locale;
    for (const RecoverySlot& slot : slots_) {
        const QString name = slot.title.isEmpty() ? tr("Untitled design") : slot.title;
        auto* item = new QListWidgetItem(tr("%1 — autosaved %2").arg(name, locale.toString(slot.savedAt.toLocalTime(), QLocale::ShortFormat)), list_);
        item->setToolTip(slot.originalPath.isEmpty() ? slot.designFile : slot.originalPath);
    }
    list_->setCurrentRow(0);
    layout->addWidget(list_, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton* later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setDefault(true);
    discard->setToolTip(tr("Delete the selected recovery copy"));
    later->setToolTip(tr("Keep the recovery copies and ask again next time"));
    connect(restore, &QPushButton::clicked, this, [this] {
        choice_ = Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        choice_ = Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        choice_ = Later;
        reject();
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this] {
        choice_ = Restore;
        accept();
    });
    layout->addWidget(buttons);
    resize(520, 300);
}

RecoverySlot RecoveryPrompt::chosenSlot() const {
    const int row = list_->currentRow();
    return row >= 0 && row < slots_.size() ? slots_[row] : RecoverySlot{};
}

} // namespace relata::ui
