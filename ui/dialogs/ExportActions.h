#pragma once
// The Export menu's entries: every format the core offers (SQL per database, one file or one
// per table, C++ header, Sequelize code, Mermaid, DBML, Markdown) and the diagram (SVG, PNG).
#include "export/Export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relata::ui {

class DesignModel;

struct ExportChoice {
    enum Kind { Core, Svg, Png };
    Kind kind = Core;
    ExportFormat format = ExportFormat::Sql;
    ExportOptions options;
    QString id;         // "sql-postgres", "sql-split-mysql", "cpp", "svg" ...
    QString label;      // menu text (translated)
    QString filter;     // file dialog filter (translated)
    QString suffix;     // ".sql"; empty for a folder (split SQL)
    bool folder = false;
};

QList<ExportChoice> exportChoices();
ExportChoice exportChoice(const QString& id);

// Writes the export to `path` (a file, or a folder for split SQL). False with the reason in
// `error`; `notes` receives what the core says the reader should know.
bool runExport(const DesignModel& model, const ExportChoice& choice, const QString& path, QString* error,
               QStringList* notes = nullptr);

} // namespace relata::ui
