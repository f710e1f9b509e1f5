#include "app/AutosaveManager.h"

#include "model/DesignModel.h"
#include "schema/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace relata::ui {

namespace {

QString slotBase(const QString& directory, const QString& id) {
    return QDir(directory).filePath(id);
}

} // namespace

AutosaveManager::AutosaveManager(DesignModel* model, const QString& directory, QObject* parent)
    : QObject(parent), model_(model), directory_(directory.isEmpty() ? defaultDirectory() : directory),
      id_(QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QDir().mkpath(directory_);
    lock_ = std::make_unique<QLockFile>(slotBase(directory_, id_) + QStringLiteral(".lock"));
    lock_->setStaleLockTime(0);
    locked_ = lock_->tryLock(0);

    timer_.setSingleShot(true);
    timer_.setInterval(3000);
    connect(&timer_, &QTimer::timeout, this, [this] { saveNow(); });
    connect(model_->undoStack(), &QUndoStack::indexChanged, this, &AutosaveManager::scheduleSave);
    connect(model_->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) discard();
    });
    connect(model_, &DesignModel::documentReset, this, &AutosaveManager::scheduleSave);
    connect(model_, &DesignModel::positionsChanged, this, &AutosaveManager::scheduleSave);
}

AutosaveManager::~AutosaveManager() {
    // A normal end: the window has asked about unsaved changes already.
    discard();
    if (locked_) lock_->unlock();
}

QString AutosaveManager::defaultDirectory() {
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty()) base = QDir::tempPath() + QStringLiteral("/relata");
    return base + QStringLiteral("/recovery");
}

QString AutosaveManager::recoveryFile() const {
    return slotBase(directory_, id_) + QStringLiteral(".relata.json");
}

QString AutosaveManager::metaFile() const {
    return slotBase(directory_, id_) + QStringLiteral(".json");
}

bool AutosaveManager::hasRecoveryFile() const {
    return QFileInfo::exists(recoveryFile());
}

void AutosaveManager::setDelay(int milliseconds) {
    timer_.setInterval(std::max(0, milliseconds));
}

void AutosaveManager::scheduleSave() {
    timer_.start();
}

bool AutosaveManager::saveNow() {
    timer_.stop();
    if (!model_->isDirty()) {
        discard();
        return true;
    }
    std::string error;
    if (!DocumentWriter::writeFile(model_->document(), recoveryFile().toStdString(), error)) return false;
    QJsonObject meta;
    meta.insert(QStringLiteral("original"), model_->filePath());
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(metaFile());
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    if (!file.commit()) return false;
    emit saved(recoveryFile());
    return true;
}

void AutosaveManager::discard() {
    timer_.stop();
    QFile::remove(recoveryFile());
    QFile::remove(metaFile());
}

QList<RecoverySlot> AutosaveManager::orphanedSlots(const QString& directory) {
    const QString dir = directory.isEmpty() ? defaultDirectory() : directory;
    QList<RecoverySlot> out;
    const QStringList designs = QDir(dir).entryList({QStringLiteral("session-*.relata.json")}, QDir::Files);
    for (const QString& name : designs) {
        const QString id = name.left(name.size() - int(qstrlen(".relata.json")));
        QLockFile lock(slotBase(dir, id) + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) continue; // a running editor owns it
        lock.unlock();
        RecoverySlot slot;
        slot.id = id;
        slot.designFile = slotBase(dir, id) + QStringLiteral(".relata.json");
        QFile metaFile(slotBase(dir, id) + QStringLiteral(".json"));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            slot.originalPath = meta.value(QStringLiteral("original")).toString();
            slot.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!slot.savedAt.isValid()) slot.savedAt = QFileInfo(slot.designFile).lastModified();
        slot.title = slot.originalPath.isEmpty() ? QString() : QFileInfo(slot.originalPath).fileName();
        out.append(slot);
    }
    // Locks left by editors that ended without unsaved changes (nothing to recover): tidy up.
    for (const QString& name : QDir(dir).entryList({QStringLiteral("session-*.lock")}, QDir::Files)) {
        const QString base = QDir(dir).filePath(name.left(name.size() - 5));
        if (QFileInfo::exists(base + QStringLiteral(".relata.json"))) continue;
        QLockFile lock(base + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock(); // removes the file
            QFile::remove(base + QStringLiteral(".json"));
        }
    }
    std::sort(out.begin(), out.end(), [](const RecoverySlot& a, const RecoverySlot& b) { return a.savedAt > b.savedAt; });
    return out;
}

bool AutosaveManager::restore(const RecoverySlot& slot, DesignModel* model, QString* error) {
    if (!model->load(slot.designFile, error)) return false;
    model->setFilePath(slot.originalPath);
    model->undoStack()->resetClean(); // the restored design is not saved anywhere yet
    return true;
}

void AutosaveManager::removeSlot(const RecoverySlot& slot) {
    const QString base = slot.designFile.left(slot.designFile.size() - int(qstrlen(".relata.json")));
    QFile::remove(slot.designFile);
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".lock"));
}

} // namespace relata::ui
