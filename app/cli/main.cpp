// relata-cli: see Program.h; one file per verb (*Command.cpp).
#include "Program.h"

#include <QCoreApplication>

#include <clocale>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));
    std::setlocale(LC_NUMERIC, "C"); // numbers in SQL and JSON never follow the user's locale
    return relata::cli::Program().run(QCoreApplication::arguments());
}
