#include "SyncSupport.h"

#include "naming/CountedNoun.h"
#include "resolve/Resolver.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace relata::cli {

std::optional<std::string> promptPassword(const std::string& prompt) {
    if (!isatty(STDIN_FILENO)) return std::nullopt;
    CliContext::err(prompt);
    termios old{};
    const bool restore = tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    const bool ok = static_cast<bool>(std::getline(std::cin, line));
    if (restore) tcsetattr(STDIN_FILENO, TCSANOW, &old);
    CliContext::err("\n");
    if (!ok) return std::nullopt;
    return line;
}

int prepareDesign(CliContext& ctx, const QString& file, const QString& url, const std::string& verb,
                  SyncTarget& target) {
    if (url.isEmpty())
        return CliContext::err("relata-cli " + verb + ": missing --url: give the database, e.g. --url sqlite:./app.sqlite "
                               "or --url postgres://me@127.0.0.1:5432/shop\n"),
               ExitUsage;
    std::string problem;
    if (!ConnectionUrl::parse(url.toStdString(), target.url, problem)) {
        CliContext::err("relata-cli " + verb + ": --url: " + problem + "\n");
        return ExitUsage;
    }
    Diagnostics problems;
    if (!ctx.load(file, target.doc, problems)) {
        ctx.printDiagnostics(problems);
        return ExitUsage;
    }
    target.schema = Resolver::resolve(target.doc);
    if (target.schema.error) {
        ctx.printDiagnostic(*target.schema.error);
        CliContext::err("relata-cli " + verb + ": the design is invalid (Sequelize would throw): nothing was done, "
                        "the database was not touched.\n");
        return ExitInvalid;
    }
    size_t errors = 0;
    for (const Diagnostic& d : CliContext::findings(target.doc, target.schema, target.url.kind)) {
        if (d.severity == Severity::Info) continue;
        if (d.severity == Severity::Error) ++errors;
        ctx.printDiagnostic(d);
    }
    if (errors) {
        CliContext::err("relata-cli " + verb + ": the design has " + naming::counted(errors, "error") +
                        " for this database (see above): nothing was done, the database was not touched.\n");
        return ExitInvalid;
    }
    return -1;
}

int connectAndRead(SyncTarget& target, bool createSqliteFile, const std::string& verb) {
    DatabaseConnection::Options options;
    options.createSqliteFile = createSqliteFile;
    options.prompt = promptPassword;
    std::string error;
    if (!target.connection.open(target.url, options, error)) {
        CliContext::err("relata-cli " + verb + ": cannot connect to " + target.url.display() + ": " + error + "\n");
        return ExitConnect;
    }
    target.session = std::make_unique<SyncSession>(target.doc, target.schema, target.connection);
    if (!target.session->readLive(error)) {
        CliContext::err("relata-cli " + verb + ": cannot read the schema of " + target.url.display() + ": " + error + "\n");
        return ExitConnect;
    }
    return -1;
}

} // namespace relata::cli
