#include "app/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace relata::ui {

namespace {
const char kKey[] = "recentFiles";
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    QSettings settings;
    files_ = settings.value(kKey).toStringList();
    files_.removeAll(QString());
    files_.removeDuplicates();
    while (files_.size() > kMaxEntries) files_.removeLast();
}

void RecentFiles::add(const QString& path) {
    if (path.isEmpty() || path.startsWith(QLatin1Char(':'))) return; // embedded examples are not recent files
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files_.removeAll(absolute);
    files_.prepend(absolute);
    while (files_.size() > kMaxEntries) files_.removeLast();
    store();
}

void RecentFiles::remove(const QString& path) {
    if (files_.removeAll(path) > 0) store();
}

void RecentFiles::clear() {
    if (files_.isEmpty()) return;
    files_.clear();
    store();
}

void RecentFiles::store() {
    QSettings settings;
    settings.setValue(kKey, files_);
    emit changed();
}

} // namespace relata::ui
