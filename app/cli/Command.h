#pragma once
// One relata-cli verb. A verb declares its options and does its work; parsing, --help and
// usage errors are handled here, the same way for every verb.
#include "CliContext.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace relata::cli {

class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;        // "validate"
    virtual QString summary() const = 0;     // one line, for the program's --help
    virtual QString synopsis() const = 0;    // what follows the verb: "FILE --dialect D [-o OUT]"
    virtual QString description() const = 0; // paragraphs for the verb's --help, with exit statuses

    // `args` are the arguments after the verb. Returns the exit status.
    int run(const QStringList& args, CliContext& ctx);

    QString helpText();

    // false: the verb takes no FILE argument (import); execute() gets an empty file.
    virtual bool needsFile() const { return true; }

protected:
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    virtual int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) = 0;

    // "relata-cli VERB: message" + a hint to --help, on standard error; returns ExitUsage.
    int usageError(const std::string& message) const;

private:
    void setUp(QCommandLineParser& parser) const;
};

std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeInspectCommand();
std::unique_ptr<Command> makeDdlCommand();
std::unique_ptr<Command> makeAccessorsCommand();
std::unique_ptr<Command> makeExportCommand(); // ExportCommand.cpp
std::unique_ptr<Command> makeSyncCommand();   // SyncCommand.cpp
std::unique_ptr<Command> makeDiffCommand();   // DiffCommand.cpp
std::unique_ptr<Command> makeImportCommand(); // ImportCommand.cpp

// Every verb, in the order the program's --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace relata::cli
