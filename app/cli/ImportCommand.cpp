// relata-cli import: a design from a live database (reverse engineering).
#include "Command.h"
#include "SyncSupport.h"

#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"
#include "sync/DesignMerger.h"
#include "sync/Importer.h"
#include "sync/Introspector.h"

namespace relata::cli {

namespace {

class ImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Build a design from a live database's tables."); }
    QString synopsis() const override { return QStringLiteral("--url URL [-o FILE] [--into EXISTING]"); }
    bool needsFile() const override { return false; }
    QString description() const override {
        return QStringLiteral(
            "Reads the database's tables and writes the design Sequelize would build them from: models from\n"
            "tables, attributes from columns, belongsTo + hasMany from foreign keys, belongsToMany from join\n"
            "tables. With --into, the models of the tables that did not change are kept as written in EXISTING\n"
            "(options, layout, notes); the others come from the database.\n"
            "\n"
            "Exit status:\n"
            "  0  written (notes about what could not be reproduced exactly go to standard error)\n"
            "  1  EXISTING is not a valid design\n"
            "  2  usage error, or the output cannot be written\n"
            "  4  cannot connect, or the live schema cannot be read");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(QStringLiteral("url"), QStringLiteral("The database (required)."),
                                            QStringLiteral("URL")));
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                            QStringLiteral("Write the design to FILE (default: standard output)."),
                                            QStringLiteral("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("into"),
                                            QStringLiteral("Merge into this existing design."),
                                            QStringLiteral("EXISTING")));
    }

    int execute(const QCommandLineParser& parser, const QString&, CliContext&) override {
        const QString urlText = parser.value(QStringLiteral("url"));
        if (urlText.isEmpty()) return usageError("missing --url");
        SyncTarget target;
        std::string error;
        if (!ConnectionUrl::parse(urlText.toStdString(), target.url, error)) return usageError(error);
        Document existing;
        const bool into = parser.isSet(QStringLiteral("into"));
        if (into) {
            Diagnostics problems;
            if (!DocumentReader::readFile(parser.value(QStringLiteral("into")).toStdString(), existing, problems)) {
                for (const Diagnostic& d : problems) CliContext::err("relata-cli import: " + d.message + "\n");
                return ExitInvalid;
            }
        }
        DatabaseConnection::Options options;
        options.prompt = promptPassword;
        if (!target.connection.open(target.url, options, error)) {
            CliContext::err("relata-cli import: cannot connect to " + target.url.display() + ": " + error + "\n");
            return ExitConnect;
        }
        LiveSchema live;
        if (!Introspector::create(target.url.kind)->read(target.connection, live, error)) {
            CliContext::err("relata-cli import: cannot read the schema of " + target.url.display() + ": " + error + "\n");
            return ExitConnect;
        }
        std::vector<std::string> notes;
        Document doc = Importer::import(live, target.url.kind, &notes);
        if (into) doc = DesignMerger::merge(existing, doc, live, target.url.kind, &notes);
        for (const std::string& n : notes) CliContext::err("relata-cli import: note: " + n + "\n");
        const QString out = parser.value(QStringLiteral("o"));
        if (out.isEmpty() || out == QLatin1String("-")) {
            CliContext::out(DocumentWriter::write(doc));
            return ExitOk;
        }
        if (!DocumentWriter::writeFile(doc, out.toStdString(), error)) {
            CliContext::err("relata-cli import: cannot write " + out.toStdString() + ": " + error + "\n");
            return ExitUsage;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() { return std::make_unique<ImportCommand>(); }

} // namespace relata::cli
