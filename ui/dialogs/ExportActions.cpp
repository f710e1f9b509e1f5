#include "dialogs/ExportActions.h"

#include "canvas/DiagramExporter.h"
#include "docks/EditSupport.h"
#include "model/DesignModel.h"

#include <QCoreApplication>

namespace relata::ui {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("relata::ui::ExportActions", text);
}
} // namespace

QList<ExportChoice> exportChoices() {
    QList<ExportChoice> out;
    for (DialectKind kind : {DialectKind::Postgres, DialectKind::MySql, DialectKind::Sqlite}) {
        ExportChoice c;
        c.format = ExportFormat::Sql;
        c.options.dialect = kind;
        const QString key = QString::fromStdString(Dialect::create(kind)->name());
        c.id = QStringLiteral("sql-") + key;
        c.label = QCoreApplication::translate("relata::ui::ExportActions", "SQL for %1…").arg(dialectDisplayName(int(kind)));
        c.filter = QCoreApplication::translate("relata::ui::ExportActions", "SQL scripts (*.sql)");
        c.suffix = QStringLiteral(".sql");
        out << c;
    }
    for (DialectKind kind : {DialectKind::Postgres, DialectKind::MySql, DialectKind::Sqlite}) {
        ExportChoice c;
        c.format = ExportFormat::Sql;
        c.options.dialect = kind;
        c.options.split = true;
        c.options.drop = true;
        c.folder = true;
        c.id = QStringLiteral("sql-split-") + QString::fromStdString(Dialect::create(kind)->name());
        c.label = QCoreApplication::translate("relata::ui::ExportActions", "SQL for %1, One File per Table…").arg(dialectDisplayName(int(kind)));
        out << c;
    }
    struct Plain {
        ExportFormat format;
        const char* id;
        const char* label;
        const char* filter;
        bool esModule;
    };
    const Plain plain[] = {
        {ExportFormat::Cpp, "cpp", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "C++ Header…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "C++ headers (*.h *.hpp)"), false},
        {ExportFormat::Sequelize, "sequelize", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Sequelize Models (CommonJS)…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "JavaScript (*.js)"), false},
        {ExportFormat::Sequelize, "sequelize-esm", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Sequelize Models (ES Module)…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "JavaScript modules (*.mjs)"), true},
        {ExportFormat::Mermaid, "mermaid", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Mermaid ER Diagram…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Mermaid (*.mmd)"), false},
        {ExportFormat::Dbml, "dbml", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "DBML…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "DBML (*.dbml)"), false},
        {ExportFormat::Markdown, "markdown", QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Markdown Data Dictionary…"),
         QT_TRANSLATE_NOOP("relata::ui::ExportActions", "Markdown (*.md)"), false},
    };
    for (const Plain& p : plain) {
        ExportChoice c;
        c.format = p.format;
        c.options.esModule = p.esModule;
        c.id = QString::fromLatin1(p.id);
        c.label = translated(p.label);
        c.filter = translated(p.filter);
        c.suffix = QString::fromStdString(exportFileExtension(p.format, p.esModule));
        out << c;
    }
    ExportChoice svg;
    svg.kind = ExportChoice::Svg;
    svg.id = QStringLiteral("svg");
    svg.label = QCoreApplication::translate("relata::ui::ExportActions", "Diagram as SVG…");
    svg.filter = QCoreApplication::translate("relata::ui::ExportActions", "SVG images (*.svg)");
    svg.suffix = QStringLiteral(".svg");
    out << svg;
    ExportChoice png;
    png.kind = ExportChoice::Png;
    png.id = QStringLiteral("png");
    png.label = QCoreApplication::translate("relata::ui::ExportActions", "Diagram as PNG…");
    png.filter = QCoreApplication::translate("relata::ui::ExportActions", "PNG images (*.png)");
    png.suffix = QStringLiteral(".png");
    out << png;
    return out;
}

ExportChoice exportChoice(const QString& id) {
    for (const ExportChoice& c : exportChoices())
        if (c.id == id) return c;
    return {};
}

bool runExport(const DesignModel& model, const ExportChoice& choice, const QString& path, QString* error,
               QStringList* notes) {
    if (choice.kind == ExportChoice::Svg) return exportSvg(model, path, error);
    if (choice.kind == ExportChoice::Png) return exportPng(model, path, kDefaultPngScale, error);
    const ResolvedSchema& schema = model.schema();
    if (schema.error && !exportCanExpressInvalid(choice.format)) {
        if (error)
            *error = QCoreApplication::translate("relata::ui::ExportActions", "The design has an error (Sequelize would throw): %1 This format cannot show an invalid design.")
                         .arg(QString::fromStdString(schema.error->message));
        return false;
    }
    try {
        const ExportResult result = Exporter::run(choice.format, model.document(), schema, choice.options);
        if (notes)
            for (const std::string& n : result.notes) notes->append(QString::fromStdString(n));
        std::string message;
        bool ok = false;
        if (choice.folder) ok = writeExportFiles(path.toStdString(), result.files, message);
        else if (!result.files.empty()) ok = writeExportFile(path.toStdString(), result.files.front().content, message);
        else message = "the export produced no file";
        if (!ok && error) *error = QString::fromStdString(message);
        return ok;
    } catch (const ExportError& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace relata::ui
