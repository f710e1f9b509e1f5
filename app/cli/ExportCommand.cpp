// relata-cli export: the design as SQL files, a C++ header, Sequelize model code, a Mermaid
// erDiagram, DBML or a Markdown data dictionary (core/export/), or the diagram as SVG or PNG
// (the editor's canvas, DiagramOutput.h).
#include "Command.h"
#include "DiagramOutput.h"

#include "export/Export.h"
#include "naming/CountedNoun.h"
#include "resolve/Resolver.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace relata::cli {

namespace {

std::string formatList() {
    std::string out;
    for (ExportFormat f : allExportFormats()) out += (out.empty() ? "" : ", ") + std::string(exportFormatName(f));
    for (DiagramFormat f : {DiagramFormat::Svg, DiagramFormat::Png})
        out += std::string(", ") + diagramFormatName(f);
    return out;
}

bool isTerminal(FILE* stream) {
#ifdef _WIN32
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

// --progress, or by default on a terminal for large designs.
bool wantsProgress(const QCommandLineParser& parser, const ResolvedSchema& schema) {
    return parser.isSet(QStringLiteral("progress")) || (isTerminal(stderr) && schema.tables.size() >= 200);
}

// --scale S: pixels per diagram unit.
bool parseScale(const QString& text, double& scale) {
    bool ok = false;
    scale = text.trimmed().toDouble(&ok);
    return ok && scale > 0 && scale <= 16;
}

class ExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QStringLiteral("Export the design: SQL, C++ header, Sequelize models, Mermaid, DBML, "
                              "Markdown, SVG/PNG diagram.");
    }
    QString synopsis() const override { return QStringLiteral("FILE --format F [options] [-o OUT]"); }
    QString description() const override {
        return QStringLiteral(
            "Writes the design in the form another tool needs. Formats (--format):\n"
            "  sql        the CREATE script of one database (--dialect), as Sequelize's sync({force: true})\n"
            "             runs it; --split writes one file per table into the directory OUT, numbered in\n"
            "             run order; --drop adds the DROP statements (with --split: 000_drop.sql)\n"
            "  cpp        a standalone C++17 header: one struct per model, constexpr table/column names,\n"
            "             primary key and associations (--namespace, --guard)\n"
            "  sequelize  a Sequelize 6 module exporting function (sequelize, DataTypes) that defines every\n"
            "             model and association and returns the models by name (--module esm for ESM)\n"
            "  mermaid    a Mermaid erDiagram with cardinalities\n"
            "  dbml       DBML (dbdiagram.io); types of --dialect, PostgreSQL by default\n"
            "  markdown   a data dictionary; --dialect adds each column's SQL type\n"
            "  svg        the diagram the editor draws: models with their columns and markers, typed\n"
            "             association edges with aliases; positions from the design's layout, the\n"
            "             automatic layout for models without one. The viewBox is 0 0 W H.\n"
            "  png        the same picture, --scale S pixels per unit (default 2, as File > Export):\n"
            "             ceil(W*S) x ceil(H*S) pixels. Binary: give -o OUT on a terminal.\n"
            "             svg and png need relata-cli built with the editor (RELATA_BUILD_GUI=ON);\n"
            "             no display is needed (Qt's offscreen platform unless QT_QPA_PLATFORM is set).\n"
            "\n"
            "The same design always gives the same bytes. OUT is replaced only once complete. A design\n"
            "Sequelize rejects is refused with its error; --force exports it anyway for the formats that\n"
            "can show it (sequelize, mermaid, dbml, markdown, svg, png). Warnings go to standard error.\n"
            "\n"
            "Exit status:\n"
            "  0  exported (warnings are allowed)\n"
            "  1  invalid design: Sequelize would throw (see --force)\n"
            "  2  the file cannot be read or is not a relata/1 design, OUT cannot be written, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(
            QStringLiteral("format"),
            QStringLiteral("sql, cpp, sequelize, mermaid, dbml, markdown, svg or png (required)."),
            QStringLiteral("F")));
        parser.addOption(QCommandLineOption(
            {QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write to OUT (a directory with --split) instead of standard output."), QStringLiteral("OUT")));
        parser.addOption(QCommandLineOption(QStringLiteral("dialect"),
                                            QStringLiteral("postgres, mysql or sqlite (sql: required; dbml, markdown)."),
                                            QStringLiteral("D")));
        parser.addOption(QCommandLineOption(QStringLiteral("split"),
                                            QStringLiteral("sql: one file per table in sync order, into the directory OUT.")));
        parser.addOption(QCommandLineOption(QStringLiteral("drop"),
                                            QStringLiteral("sql: add the DROP TABLE statements (a separate file with --split).")));
        parser.addOption(QCommandLineOption(QStringLiteral("module"),
                                            QStringLiteral("sequelize: cjs (module.exports, default) or esm (export default)."),
                                            QStringLiteral("KIND")));
        parser.addOption(QCommandLineOption(QStringLiteral("namespace"),
                                            QStringLiteral("cpp: the namespace, e.g. shop::db (default relata_model)."),
                                            QStringLiteral("NS")));
        parser.addOption(QCommandLineOption(QStringLiteral("guard"),
                                            QStringLiteral("cpp: the include guard macro (default from the namespace)."),
                                            QStringLiteral("MACRO")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("scale"),
            QStringLiteral("png: pixels per diagram unit, above 0 and at most 16 (default 2)."),
            QStringLiteral("S")));
        parser.addOption(QCommandLineOption(QStringLiteral("force"),
                                            QStringLiteral("Export a design Sequelize rejects (not sql, cpp).")));
        parser.addOption(QCommandLineOption(QStringLiteral("progress"),
                                            QStringLiteral("Report progress on standard error (default: on a terminal, for large designs).")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        const QString formatText = parser.value(QStringLiteral("format"));
        if (formatText.isEmpty()) return usageError("missing --format: pass one of " + formatList());
        if (const auto diagram = parseDiagramFormat(formatText))
            return exportDiagram(parser, file, ctx, *diagram);
        ExportFormat format;
        if (!parseExportFormat(formatText.trimmed().toStdString(), format))
            return usageError("unknown format '" + formatText.toStdString() + "': use one of " + formatList());
        const std::string fmt = exportFormatName(format);
        if (parser.isSet(QStringLiteral("scale"))) return usageError("--scale applies to --format png only");

        ExportOptions options;
        if (parser.isSet(QStringLiteral("dialect"))) {
            if (format != ExportFormat::Sql && format != ExportFormat::Dbml && format != ExportFormat::Markdown)
                return usageError("--dialect does not apply to --format " + fmt);
            DialectKind kind;
            std::string problem;
            if (!CliContext::parseDialect(parser.value(QStringLiteral("dialect")), kind, problem)) return usageError(problem);
            options.dialect = kind;
        } else if (format == ExportFormat::Sql) {
            return usageError("--format sql needs --dialect postgres, mysql or sqlite");
        }
        options.split = parser.isSet(QStringLiteral("split"));
        options.drop = parser.isSet(QStringLiteral("drop"));
        if ((options.split || options.drop) && format != ExportFormat::Sql)
            return usageError(std::string(options.split ? "--split" : "--drop") + " applies to --format sql only");
        const QString output = parser.value(QStringLiteral("output"));
        if (options.split && (output.isEmpty() || output == QLatin1String("-")))
            return usageError("--split writes several files: give the directory with -o DIR");
        if (parser.isSet(QStringLiteral("module"))) {
            if (format != ExportFormat::Sequelize) return usageError("--module applies to --format sequelize only");
            const QString kind = parser.value(QStringLiteral("module")).trimmed().toLower();
            if (kind == QLatin1String("esm") || kind == QLatin1String("es") || kind == QLatin1String("mjs"))
                options.esModule = true;
            else if (kind != QLatin1String("cjs") && kind != QLatin1String("commonjs"))
                return usageError("unknown --module '" + kind.toStdString() + "': use cjs or esm");
        }
        for (const char* opt : {"namespace", "guard"}) {
            if (!parser.isSet(QString::fromLatin1(opt))) continue;
            if (format != ExportFormat::Cpp) return usageError(std::string("--") + opt + " applies to --format cpp only");
        }
        options.cppNamespace = parser.value(QStringLiteral("namespace")).trimmed().toStdString();
        options.headerGuard = parser.value(QStringLiteral("guard")).trimmed().toStdString();
        const bool force = parser.isSet(QStringLiteral("force"));
        if (force && !exportCanExpressInvalid(format))
            return usageError("--force does not apply to --format " + fmt +
                              ": it cannot express a design Sequelize rejects");

        Document doc;
        ResolvedSchema schema;
        if (const int status =
                loadChecked(file, ctx, force, exportCanExpressInvalid(format), options.dialect, doc, schema);
            status != kLoaded)
            return status;

        const bool showProgress = wantsProgress(parser, schema);
        if (showProgress) {
            // about twenty lines however large the design
            options.progress = [fmt](size_t done, size_t total, const std::string& what) {
                if (done % std::max<size_t>(1, total / 20) != 0 && done != total) return;
                CliContext::err("relata-cli export " + fmt + ": " + std::to_string(done) + "/" + std::to_string(total) +
                                " " + what + "\n");
            };
        }

        ExportResult result;
        try {
            result = Exporter::run(format, doc, schema, options);
        } catch (const ExportError& e) {
            return usageError(e.what());
        }
        for (const std::string& note : result.notes) CliContext::err("relata-cli export: note: " + note + "\n");

        if (options.split) {
            std::string error;
            std::function<void(size_t, size_t, const std::string&)> written;
            if (showProgress)
                written = [](size_t done, size_t total, const std::string& name) {
                    if (done % std::max<size_t>(1, total / 20) == 0 || done == total)
                        CliContext::err("relata-cli export: written " + std::to_string(done) + "/" +
                                        std::to_string(total) + " " + name + "\n");
                };
            if (!writeExportFiles(output.toStdString(), result.files, error, written)) {
                CliContext::err("relata-cli export: " + error + "\n");
                return ExitUsage;
            }
            if (showProgress)
                CliContext::err("relata-cli export: wrote " + std::to_string(result.files.size()) + " files into " +
                                output.toStdString() + "\n");
            return ExitOk;
        }
        std::string text;
        for (const ExportFile& f : result.files) text += f.content;
        return ctx.write(output, text) ? ExitOk : ExitUsage;
    }

private:
    static constexpr int kLoaded = -1;

    // Reads, resolves and checks FILE, printing its diagnostics: kLoaded when it may be exported,
    // else the exit status. An invalid design is refused unless --force and the format can show it.
    int loadChecked(const QString& file, CliContext& ctx, bool force, bool canShowInvalid,
                    std::optional<DialectKind> dialect, Document& doc, ResolvedSchema& schema) const {
        Diagnostics problems;
        if (!ctx.load(file, doc, problems)) {
            ctx.printDiagnostics(problems);
            return ExitUsage;
        }
        schema = Resolver::resolve(doc);
        if (schema.error) {
            ctx.printDiagnostic(*schema.error);
            if (!force) {
                CliContext::err("relata-cli export: nothing exported: Sequelize would throw on this design" +
                                std::string(canShowInvalid ? " (--force exports it anyway)" : "") + ".\n");
                return ExitInvalid;
            }
        }
        size_t errors = 0;
        for (const Diagnostic& d : CliContext::findings(doc, schema, dialect)) {
            if (d.severity == Severity::Info) continue;
            if (d.severity == Severity::Error) ++errors;
            ctx.printDiagnostic(d);
        }
        if (errors && !force) {
            CliContext::err("relata-cli export: nothing exported: the design has " +
                            naming::counted(errors, "error") + " (see above).\n");
            return ExitInvalid;
        }
        return kLoaded;
    }

    // --format svg|png: the editor's drawing of the design (DiagramOutput.h).
    int exportDiagram(const QCommandLineParser& parser, const QString& file, CliContext& ctx,
                      DiagramFormat format) const {
        if (!diagramFormatsAvailable()) {
            CliContext::err("relata-cli export: " + diagramUnavailableReason() + "\n");
            return ExitUsage;
        }
        const std::string fmt = diagramFormatName(format);
        for (const char* opt : {"dialect", "split", "drop", "module", "namespace", "guard"})
            if (parser.isSet(QString::fromLatin1(opt)))
                return usageError(std::string("--") + opt + " does not apply to --format " + fmt);
        std::optional<double> scale;
        if (parser.isSet(QStringLiteral("scale"))) {
            if (format != DiagramFormat::Png) return usageError("--scale applies to --format png only");
            double value = 0;
            if (!parseScale(parser.value(QStringLiteral("scale")), value))
                return usageError("--scale '" + parser.value(QStringLiteral("scale")).toStdString() +
                                  "': give a number above 0 and at most 16, e.g. --scale 1");
            scale = value;
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (format == DiagramFormat::Png && (output.isEmpty() || output == QLatin1String("-")) &&
            isTerminal(stdout))
            return usageError("--format png is binary: give -o OUT.png, or redirect standard output");

        Document doc;
        ResolvedSchema schema;
        if (const int status = loadChecked(file, ctx, parser.isSet(QStringLiteral("force")), true,
                                           std::nullopt, doc, schema);
            status != kLoaded)
            return status;
        if (wantsProgress(parser, schema))
            CliContext::err("relata-cli export " + fmt + ": drawing " + std::to_string(schema.tables.size()) +
                            " tables and " + std::to_string(doc.associations.size()) + " associations\n");
        std::string bytes, error;
        if (!renderDiagram(doc, format, scale, bytes, error)) {
            CliContext::err("relata-cli export: " + error + "\n");
            return ExitUsage;
        }
        return ctx.write(output, bytes) ? ExitOk : ExitUsage;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand() { return std::make_unique<ExportCommand>(); }

} // namespace relata::cli
