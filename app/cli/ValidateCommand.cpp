// relata-cli validate: is the design valid for Sequelize, and what does Relata warn about?
#include "Command.h"

#include "naming/CountedNoun.h"
#include "resolve/Resolver.h"
#include "resolve/SchemaJson.h"

#include <algorithm>

namespace relata::cli {

namespace {

class ValidateCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override {
        return QStringLiteral("Check a design: the error Sequelize would throw, and Relata's errors and warnings.");
    }
    QString synopsis() const override { return QStringLiteral("FILE [--dialect D] [--json] [--quiet]"); }
    QString description() const override {
        return QStringLiteral(
            "Loads the design, applies Sequelize 6.37.8's define() and association rules, then runs\n"
            "Relata's checks. Diagnostics go to standard error, a one-line verdict to standard output.\n"
            "\n"
            "Exit status:\n"
            "  0  valid (warnings are allowed)\n"
            "  1  invalid: Sequelize would throw, or Relata found an error\n"
            "  2  the file cannot be read or is not a relata/1 design, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(
            QStringLiteral("dialect"),
            QStringLiteral("Check only what database D can take: postgres, mysql or sqlite (default: all three)."),
            QStringLiteral("D")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("json"),
            QStringLiteral("Print {\"file\", \"valid\", \"errors\", \"warnings\", \"diagnostics\": [...]} "
                           "on standard output instead.")));
        parser.addOption(QCommandLineOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                            QStringLiteral("Print errors only, no warnings or notes.")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        std::optional<DialectKind> dialect;
        if (parser.isSet(QStringLiteral("dialect"))) {
            DialectKind kind;
            std::string problem;
            if (!CliContext::parseDialect(parser.value(QStringLiteral("dialect")), kind, problem))
                return usageError(problem);
            dialect = kind;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool quiet = parser.isSet(QStringLiteral("quiet"));

        Document doc;
        Diagnostics diagnostics;
        const bool loaded = ctx.load(file, doc, diagnostics);
        if (loaded) {
            const ResolvedSchema schema = Resolver::resolve(doc);
            if (schema.error) {
                Diagnostic error = *schema.error;
                error.severity = Severity::Error; // Sequelize throws: always an error
                diagnostics.push_back(std::move(error));
            }
            Diagnostics found = CliContext::findings(doc, schema, dialect);
            diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        }

        const auto count = [&](Severity s) {
            return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                     [s](const Diagnostic& d) { return d.severity == s; }));
        };
        const size_t errors = count(Severity::Error);
        const size_t warnings = count(Severity::Warning);
        const bool valid = loaded && errors == 0;

        Diagnostics shown;
        for (const Diagnostic& d : diagnostics)
            if (!quiet || d.severity == Severity::Error) shown.push_back(d);

        if (json) {
            OrderedJson out = OrderedJson::object();
            out["file"] = ctx.displayName();
            out["readable"] = loaded;
            out["valid"] = valid;
            out["errors"] = errors;
            out["warnings"] = warnings;
            out["diagnostics"] = toJson(shown);
            if (!ctx.write(QString(), out.dump(2) + "\n")) return ExitUsage;
        } else {
            ctx.printDiagnostics(shown);
            std::string verdict = ctx.displayName() + ": ";
            if (!loaded)
                verdict += "not checked: the input could not be read as a relata/1 design";
            else if (valid)
                verdict += warnings ? "valid, " + naming::counted(warnings, "warning") : std::string("valid");
            else
                verdict += "invalid, " + naming::counted(errors, "error") + ", " +
                           naming::counted(warnings, "warning");
            CliContext::out(verdict + "\n");
        }
        if (!loaded) return ExitUsage;
        return valid ? ExitOk : ExitInvalid;
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand() { return std::make_unique<ValidateCommand>(); }

} // namespace relata::cli
