#include "Command.h"

namespace relata::cli {

void Command::setUp(QCommandLineParser& parser) const {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help.")));
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The design (*.relata.json), or - to read standard input."));
}

QString Command::helpText() {
    QCommandLineParser parser;
    setUp(parser);
    // Qt's text starts with its own usage line; keep only the option and argument tables.
    QString generated = parser.helpText();
    const qsizetype options = generated.indexOf(QLatin1String("Options:"));
    if (options >= 0) generated = generated.mid(options);
    return QStringLiteral("Usage: relata-cli %1 %2\n\n%3\n\n%4")
        .arg(name(), synopsis(), description().trimmed(), generated);
}

int Command::usageError(const std::string& message) const {
    CliContext::err("relata-cli " + name().toStdString() + ": " + message + "\nRun 'relata-cli " +
                    name().toStdString() + " --help' for usage.\n");
    return ExitUsage;
}

int Command::run(const QStringList& args, CliContext& ctx) {
    QCommandLineParser parser;
    setUp(parser);
    QStringList argv = args;
    argv.prepend(QStringLiteral("relata-cli ") + name()); // the parser skips argv[0]
    if (!parser.parse(argv)) return usageError(parser.errorText().toStdString());
    if (parser.isSet(QStringLiteral("help"))) {
        CliContext::out(helpText().toStdString());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (!needsFile()) {
        if (!positional.isEmpty())
            return usageError("unexpected argument '" + positional.first().toStdString() + "'");
        return execute(parser, QString(), ctx);
    }
    if (positional.isEmpty())
        return usageError("missing FILE: give the path of a .relata.json design, or - to read standard input");
    if (positional.size() > 1)
        return usageError("unexpected argument '" + positional.at(1).toStdString() +
                          "': give exactly one FILE");
    return execute(parser, positional.first(), ctx);
}

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> out;
    out.push_back(makeValidateCommand());
    out.push_back(makeInspectCommand());
    out.push_back(makeDdlCommand());
    out.push_back(makeAccessorsCommand());
    out.push_back(makeExportCommand());
    out.push_back(makeSyncCommand());
    out.push_back(makeDiffCommand());
    out.push_back(makeImportCommand());
    return out;
}

} // namespace relata::cli
