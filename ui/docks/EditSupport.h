#pragma once
// Helpers shared by the inspectors: edits expressed on the document's JSON form, read back
// through the core's DocumentReader (so a value the core refuses is refused with the core's own
// message and never reaches the document), and the diagnostics that point into an item.
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace relata::ui {

class DesignModel;

struct EditOutcome {
    bool accepted = false; // the core read the edited document
    bool changed = false;  // and it differs: one undo step was pushed
    QString message;       // the core's message when refused
    QString path;          // its JSON pointer
};

// Serialises the document, lets `mutate` change the JSON, reads it back with DocumentReader and,
// when that succeeds, pushes one undo step called `text`.
EditOutcome pushJsonEdit(DesignModel* model, const QString& text, const std::function<void(OrderedJson&)>& mutate);

// The same for one model (`mutate` gets that model's JSON) and for one association: only that part
// is written and read back, so an edit costs the same in a large design as in a small one.
EditOutcome pushModelEdit(DesignModel* model, int modelIndex, const QString& text,
                          const std::function<void(OrderedJson& model)>& mutate);
EditOutcome pushAssociationEdit(DesignModel* model, int associationIndex, const QString& text,
                                const std::function<void(OrderedJson& association)>& mutate);

// JSON pointer token escaping (~0, ~1).
std::string pointerToken(const std::string& name);
QString modelPath(int modelIndex);             // "/models/3"
QString associationPath(int associationIndex); // "/associations/2"

// Diagnostics whose path is `prefix` or lies below it.
Diagnostics diagnosticsUnder(const Diagnostics& all, const QString& prefix);
// The diagnostics' messages as one tooltip text ("message (code)\nfix: ...").
QString diagnosticsText(const Diagnostics& list);

// Marks a field as having a problem (tinted frame + tooltip); `message` empty clears it and restores
// `normalToolTip` (or the field's "relataToolTip" property).
void markField(QWidget* field, const QString& message, const QString& normalToolTip = {});

// A JSON scalar typed as text: numbers, true/false/null, "quoted strings" or JSON objects/arrays;
// anything else is a plain string.
OrderedJson scalarFromText(const QString& text);
QString textFromScalar(const OrderedJson& value);

// Renames a model everywhere the document names it (associations, through, layout).
void renameModelInJson(OrderedJson& doc, const std::string& from, const std::string& to);

// "user", "user → project" texts for undo commands.
QString associationLabel(const Association& a);

} // namespace relata::ui

class QComboBox;

namespace relata::ui {

// Fills a combo with the three databases (data: int(DialectKind)), keeping the current choice.
void fillDialectCombo(QComboBox* combo);
QString dialectDisplayName(int dialectKind); // "PostgreSQL", "MySQL / MariaDB", "SQLite"

} // namespace relata::ui
