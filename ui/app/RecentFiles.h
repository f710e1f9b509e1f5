#pragma once
// The recently opened designs, most recent first, kept in QSettings ("recentFiles").
#include <QObject>
#include <QStringList>

namespace relata::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QObject* parent = nullptr);

    static constexpr int kMaxEntries = 10;

    QStringList files() const { return files_; }
    void add(const QString& path);    // moves it to the front
    void remove(const QString& path); // e.g. when it no longer opens
    void clear();

signals:
    void changed();

private:
    QStringList files_;
    void store();
};

} // namespace relata::ui
