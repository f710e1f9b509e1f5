// relata-cli ddl: the CREATE script Sequelize's sync({force: true}) would run.
#include "Command.h"

#include "naming/CountedNoun.h"
#include "resolve/Resolver.h"
#include "sql/DdlGenerator.h"

namespace relata::cli {

namespace {

std::string joinStatements(const std::vector<std::string>& statements) {
    std::string out;
    for (const std::string& s : statements) out += s + ";\n";
    return out;
}

class DdlCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("ddl"); }
    QString summary() const override {
        return QStringLiteral("Print the SQL script that creates the schema in a database.");
    }
    QString synopsis() const override { return QStringLiteral("FILE --dialect D [--drop] [-o OUT]"); }
    QString description() const override {
        return QStringLiteral(
            "Prints the statements Sequelize's sync({force: true}) runs to create the schema: the tables\n"
            "in dependency order with their keys, and the deferred foreign keys of a cycle. Warnings go to\n"
            "standard error and do not stop the script; an error does, and nothing is written.\n"
            "\n"
            "Exit status:\n"
            "  0  script written (warnings are allowed)\n"
            "  1  invalid design: Sequelize would throw, or Relata found an error for this database\n"
            "  2  the file cannot be read or is not a relata/1 design, OUT cannot be written, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(
            QStringLiteral("dialect"), QStringLiteral("The database: postgres, mysql or sqlite (required)."),
            QStringLiteral("D")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("drop"),
            QStringLiteral("Start with DROP TABLE IF EXISTS for every table, as sync({force: true}) does.")));
        parser.addOption(QCommandLineOption(
            {QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write the script to OUT (replaced only once complete) instead of standard output."),
            QStringLiteral("OUT")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        DialectKind kind;
        std::string problem;
        if (!CliContext::parseDialect(parser.value(QStringLiteral("dialect")), kind, problem))
            return usageError(problem);

        Document doc;
        Diagnostics problems;
        if (!ctx.load(file, doc, problems)) {
            ctx.printDiagnostics(problems);
            return ExitUsage;
        }
        const ResolvedSchema schema = Resolver::resolve(doc);
        if (schema.error) {
            ctx.printDiagnostic(*schema.error);
            CliContext::err("relata-cli ddl: no script: Sequelize would throw on this design.\n");
            return ExitInvalid;
        }
        size_t errors = 0;
        for (const Diagnostic& d : CliContext::findings(doc, schema, kind)) {
            if (d.severity == Severity::Info) continue;
            if (d.severity == Severity::Error) ++errors;
            ctx.printDiagnostic(d);
        }
        if (errors) {
            CliContext::err("relata-cli ddl: no script: the design has " + naming::counted(errors, "error") +
                            " for this database (see above).\n");
            return ExitInvalid;
        }

        const std::unique_ptr<Dialect> dialect = Dialect::create(kind);
        std::string script;
        if (parser.isSet(QStringLiteral("drop")))
            script += joinStatements(DdlGenerator::dropStatements(schema, *dialect));
        script += DdlGenerator::createScript(schema, *dialect);
        return ctx.write(parser.value(QStringLiteral("output")), script) ? ExitOk : ExitUsage;
    }
};

} // namespace

std::unique_ptr<Command> makeDdlCommand() { return std::make_unique<DdlCommand>(); }

} // namespace relata::cli
