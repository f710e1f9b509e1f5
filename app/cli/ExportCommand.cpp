// relata-cli export: the design as SQL files, a C++ header, Sequelize model code, a Mermaid
// erDiagram, DBML or a Markdown data dictionary (core/export/).
#include "Command.h"

#include "export/Export.h"
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
    return out;
}

bool stderrIsTerminal() {
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

class ExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QStringLiteral("Export the design: SQL, C++ header, Sequelize models, Mermaid, DBML, Markdown.");
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
            "\n"
            "The same design always gives the same bytes. OUT is replaced only once complete. A design\n"
            "Sequelize rejects is refused with its error; --force exports it anyway for the formats that\n"
            "can show it (sequelize, mermaid, dbml, markdown). Warnings go to standard error.\n"
            "\n"
            "Exit status:\n"
            "  0  exported (warnings are allowed)\n"
            "  1  invalid design: Sequelize would throw (see --force)\n"
            "  2  the file cannot be read or is not a relata/1 design, OUT cannot be written, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                            QStringLiteral("sql, cpp, sequelize, mermaid, dbml or markdown (required)."),
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
        parser.addOption(QCommandLineOption(QStringLiteral("force"),
                                            QStringLiteral("Export a design Sequelize rejects (not sql, cpp).")));
        parser.addOption(QCommandLineOption(QStringLiteral("progress"),
                                            QStringLiteral("Report progress on standard error (default: on a terminal, for large designs).")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        const QString formatText = parser.value(QStringLiteral("format"));
        if (formatText.isEmpty()) return usageError("missing --format: pass one of " + formatList());
        ExportFormat format;
        if (!parseExportFormat(formatText.trimmed().toStdString(), format))
            return usageError("unknown format '" + formatText.toStdString() + "': use one of " + formatList());
        const std::string fmt = exportFormatName(format);

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
        Diagnostics problems;
        if (!ctx.load(file, doc, problems)) {
            ctx.printDiagnostics(problems);
            return ExitUsage;
        }
        const ResolvedSchema schema = Resolver::resolve(doc);
        if (schema.error) {
            ctx.printDiagnostic(*schema.error);
            if (!force) {
                CliContext::err("relata-cli export: nothing exported: Sequelize would throw on this design" +
                                std::string(exportCanExpressInvalid(format) ? " (--force exports it anyway)" : "") +
                                ".\n");
                return ExitInvalid;
            }
        }
        size_t errors = 0;
        for (const Diagnostic& d : CliContext::findings(doc, schema, options.dialect)) {
            if (d.severity == Severity::Info) continue;
            if (d.severity == Severity::Error) ++errors;
            ctx.printDiagnostic(d);
        }
        if (errors && !force) {
            CliContext::err("relata-cli export: nothing exported: the design has " + std::to_string(errors) +
                            (errors == 1 ? " error" : " errors") + " (see above).\n");
            return ExitInvalid;
        }

        const bool showProgress = parser.isSet(QStringLiteral("progress")) ||
                                  (stderrIsTerminal() && schema.tables.size() >= 200);
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
};

} // namespace

std::unique_ptr<Command> makeExportCommand() { return std::make_unique<ExportCommand>(); }

} // namespace relata::cli
