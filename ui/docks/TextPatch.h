#pragma once
// Turns a document that shows `before` into one that shows `after` by replacing only what
// differs: the common start and end stay, and when the lines between pair up one to one (a
// rename, a changed type), each differing line is replaced on its own. A syntax highlighter then
// recolours those lines alone, where one replacement from the first to the last change would
// recolour, and lay out again, everything between (most of a script after a rename).
class QString;
class QTextDocument;

namespace relata::ui {

void patchText(QTextDocument* document, const QString& before, const QString& after);

} // namespace relata::ui
