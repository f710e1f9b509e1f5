#include "app/OffscreenNotes.h"

#include <QString>
#include <QtGlobal>

namespace relata::ui {

namespace {

QtMessageHandler previousHandler = nullptr;

bool isPlatformNote(QtMsgType type, const QString& message) {
    if (type != QtWarningMsg && type != QtDebugMsg && type != QtInfoMsg) return false;
    return message.startsWith(QLatin1String("This plugin does not support")) ||
           message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
}

void filterNotes(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (isPlatformNote(type, message)) return;
    if (previousHandler) previousHandler(type, context, message); // Qt 6 returns its default handler too
}

} // namespace

void OffscreenNotes::silence() {
    if (qgetenv("QT_QPA_PLATFORM") != "offscreen") return;
    previousHandler = qInstallMessageHandler(filterNotes);
}

} // namespace relata::ui
