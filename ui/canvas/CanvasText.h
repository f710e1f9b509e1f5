#pragma once
// Words the canvas shows: association call text, column and edge tooltips.
#include "resolve/ResolvedSchema.h"

#include <QString>

namespace relata::ui {

// "player.belongsTo(team, { as: 'role' })" for the document association `index`.
QString associationCall(const Document& doc, int index);
// The alias as written, or empty: "role", "tasks" (the plural of an {singular, plural} alias).
QString associationAlias(const Document& doc, int index);
// The resolved association for a document index, or nullptr when the resolver stopped before it.
const ResolvedAssociation* resolvedAssociation(const ResolvedSchema& schema, int index);

// Tooltip of one column of `table`.
QString columnToolTip(const Table& table, const Column& column, const Document& doc);
// Tooltip of an association edge.
QString associationToolTip(const Document& doc, const ResolvedSchema& schema, int index);

} // namespace relata::ui
