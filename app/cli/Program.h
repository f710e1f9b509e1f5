#pragma once
// relata-cli itself: the program-level options (--help, --version) and the choice of verb.
#include "Command.h"

#include <QStringList>

namespace relata::cli {

#ifndef RELATA_VERSION
#define RELATA_VERSION "0.1"
#endif

class Program {
public:
    Program();
    // `args` as QCoreApplication::arguments(): the program name first. Returns the exit status.
    int run(const QStringList& args);

private:
    std::string helpText() const;
    Command* find(const QString& verb) const;

    std::vector<std::unique_ptr<Command>> commands_;
};

} // namespace relata::cli
