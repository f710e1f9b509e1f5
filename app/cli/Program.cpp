#include "Program.h"

#include <exception>

namespace relata::cli {

Program::Program() : commands_(allCommands()) {}

Command* Program::find(const QString& verb) const {
    for (const auto& c : commands_)
        if (c->name() == verb) return c.get();
    return nullptr;
}

std::string Program::helpText() const {
    std::string out =
        "Usage: relata-cli COMMAND FILE [options]\n"
        "       relata-cli COMMAND --help\n"
        "\n"
        "Reads a Relata design (a *.relata.json file, or - for standard input) and shows what\n"
        "Sequelize 6.37.8 builds from it.\n"
        "\n"
        "Commands:\n";
    for (const auto& c : commands_) {
        std::string name = c->name().toStdString();
        name.resize(std::max<size_t>(name.size(), 11), ' ');
        out += "  " + name + c->summary().toStdString() + "\n";
    }
    out +=
        "\n"
        "Options:\n"
        "  -h, --help     Show this help. 'relata-cli COMMAND --help' shows a command's options.\n"
        "  --version      Show the version.\n"
        "\n"
        "Exit status:\n"
        "  0  done\n"
        "  1  the design is invalid (Sequelize would throw, or Relata found an error)\n"
        "  2  usage error, the input cannot be read or is not a relata/1 design, or OUT cannot be written\n"
        "  3  diff only: the database differs from the design\n"
        " 70  internal error in relata-cli (a bug: please report it)\n";
    return out;
}

int Program::run(const QStringList& args) {
    const QStringList rest = args.mid(1);
    if (rest.isEmpty()) {
        CliContext::err("relata-cli: missing COMMAND. Run 'relata-cli --help' to list the commands.\n");
        return ExitUsage;
    }
    const QString first = rest.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("-help")) {
        CliContext::out(helpText());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("version")) {
        CliContext::out("relata-cli " RELATA_VERSION " (Sequelize 6.37.8 semantics)\n");
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (rest.size() == 1) {
            CliContext::out(helpText());
            return ExitOk;
        }
        if (Command* c = find(rest.at(1))) {
            CliContext::out(c->helpText().toStdString());
            return ExitOk;
        }
        CliContext::err("relata-cli help: unknown command '" + rest.at(1).toStdString() +
                        "'. Run 'relata-cli --help' to list the commands.\n");
        return ExitUsage;
    }
    Command* command = find(first);
    if (!command) {
        std::string names;
        for (const auto& c : commands_) names += (names.empty() ? "" : ", ") + c->name().toStdString();
        CliContext::err("relata-cli: unknown command '" + first.toStdString() + "'. The commands are " + names +
                        "; run 'relata-cli --help' for more.\n");
        return ExitUsage;
    }
    CliContext ctx;
    try {
        return command->run(rest.mid(1), ctx);
    } catch (const std::exception& e) {
        CliContext::err("relata-cli " + first.toStdString() + ": internal error: " + e.what() +
                        "\n  This is a bug in relata-cli; please report it with the design that caused it.\n");
        return ExitInternal;
    }
}

} // namespace relata::cli
