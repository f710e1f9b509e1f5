#include "docks/TextPatch.h"

#include <QString>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace relata::ui {

namespace {

// One edit block each: the cursor then skips laying out the line to find its x position.
void replace(QTextDocument* document, qsizetype from, qsizetype length, QStringView text) {
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(from));
    cursor.setPosition(int(from + length), QTextCursor::KeepAnchor);
    cursor.insertText(text.toString());
    cursor.endEditBlock();
}

} // namespace

void patchText(QTextDocument* document, const QString& before, const QString& after) {
    if (before == after) return;
    const qsizetype common = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < common && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    // Whole lines: back to the start of the first changed line, on to the end of the last (both
    // within the common parts, so the same in either text).
    prefix = prefix > 0 ? before.lastIndexOf(QLatin1Char('\n'), prefix - 1) + 1 : 0;
    const qsizetype lineEnd = before.indexOf(QLatin1Char('\n'), std::max(prefix, before.size() - suffix));
    suffix = lineEnd < 0 ? 0 : before.size() - lineEnd;
    const QStringView oldLines = QStringView(before).mid(prefix, before.size() - suffix - prefix);
    const QStringView newLines = QStringView(after).mid(prefix, after.size() - suffix - prefix);
    if (oldLines.count(QLatin1Char('\n')) != newLines.count(QLatin1Char('\n'))) {
        replace(document, prefix, oldLines.size(), newLines);
        return;
    }
    // Line by line, top down: positions before the current line already show `after`.
    qsizetype oldAt = 0, newAt = 0;
    while (oldAt <= oldLines.size()) {
        qsizetype oldEnd = oldLines.indexOf(QLatin1Char('\n'), oldAt);
        qsizetype newEnd = newLines.indexOf(QLatin1Char('\n'), newAt);
        if (oldEnd < 0) oldEnd = oldLines.size();
        if (newEnd < 0) newEnd = newLines.size();
        const QStringView oldLine = oldLines.mid(oldAt, oldEnd - oldAt),
                          newLine = newLines.mid(newAt, newEnd - newAt);
        if (oldLine != newLine) replace(document, prefix + newAt, oldLine.size(), newLine);
        oldAt = oldEnd + 1;
        newAt = newEnd + 1;
    }
}

} // namespace relata::ui
