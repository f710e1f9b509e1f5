// relata-cli: see Program.h; one file per verb (*Command.cpp).
#include "DiagramOutput.h"
#include "Program.h"

#include <clocale>

int main(int argc, char** argv) {
    // A QApplication only for svg/png exports (DiagramOutput.h); every other verb stays headless.
    const auto app = relata::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));
    std::setlocale(LC_NUMERIC, "C"); // numbers in SQL and JSON never follow the user's locale
    return relata::cli::Program().run(QCoreApplication::arguments());
}
