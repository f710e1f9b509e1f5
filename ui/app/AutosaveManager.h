#pragma once
// Crash recovery. While the editor runs, it owns one recovery slot in the recovery directory
// (QStandardPaths::AppDataLocation/recovery): `<id>.relata.json` (the unsaved design), `<id>.json`
// (where it came from, when it was written) and `<id>.lock` (held by this process). The design is
// written a few seconds after an edit while it differs from the saved file; saving, closing or
// discarding the changes removes it. A slot whose lock is no longer held by a live process is a
// crash's leftover: the next start offers to restore it (RecoveryPrompt).
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace relata::ui {

class DesignModel;

struct RecoverySlot {
    QString id;
    QString designFile;   // the recovery copy
    QString originalPath; // the design's own file; empty for an untitled design
    QString title;        // what the user saw in the title bar
    QDateTime savedAt;
};

class AutosaveManager : public QObject {
    Q_OBJECT
public:
    // `directory` empty: the default recovery directory.
    explicit AutosaveManager(DesignModel* model, const QString& directory = {}, QObject* parent = nullptr);
    ~AutosaveManager() override;

    static QString defaultDirectory();
    QString directory() const { return directory_; }
    QString recoveryFile() const;
    bool hasRecoveryFile() const;

    // Delay between an edit and the write (default 3 s).
    void setDelay(int milliseconds);
    // Writes the recovery copy now when the design has unsaved changes; removes it otherwise.
    bool saveNow();
    // Removes this session's recovery copy (after save, or when the changes are discarded).
    void discard();

    // Slots left behind by editors that are no longer running, newest first.
    static QList<RecoverySlot> orphanedSlots(const QString& directory = {});
    // Loads a slot into `model` (marked as modified, with the original file name); the slot
    // stays until removeSlot().
    static bool restore(const RecoverySlot& slot, DesignModel* model, QString* error);
    static void removeSlot(const RecoverySlot& slot);

signals:
    void saved(const QString& recoveryFile);

private:
    DesignModel* model_;
    QString directory_;
    QString id_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_;
    bool locked_ = false;

    void scheduleSave();
    QString metaFile() const;
};

} // namespace relata::ui
