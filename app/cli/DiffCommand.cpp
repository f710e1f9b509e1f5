// relata-cli diff: what sync would do, without doing it; exit 3 when the database drifts.
#include "Command.h"
#include "SyncSupport.h"

namespace relata::cli {

namespace {

class DiffCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override {
        return QStringLiteral("Compare a live database with the design (exit 3 when it drifts).");
    }
    QString synopsis() const override { return QStringLiteral("FILE --url URL [--sql]"); }
    QString description() const override {
        return QStringLiteral(
            "Reads the database's schema and prints the plan that 'relata-cli sync --mode alter' would apply,\n"
            "with each step's risk; changes nothing. Usable in a CI pipeline: the exit status says whether\n"
            "the database matches the design.\n"
            "\n"
            "Exit status:\n"
            "  0  in sync\n"
            "  1  the design is invalid (the database is not touched)\n"
            "  2  usage error, or the file cannot be read\n"
            "  3  the database differs from the design (the plan is printed)\n"
            "  4  cannot connect, or the live schema cannot be read");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(QStringLiteral("url"), QStringLiteral("The database (required)."),
                                            QStringLiteral("URL")));
        parser.addOption(QCommandLineOption(QStringLiteral("sql"), QStringLiteral("Print only the plan's SQL script.")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        SyncTarget target;
        int rc = prepareDesign(ctx, file, parser.value(QStringLiteral("url")), "diff", target);
        if (rc >= 0) return rc;
        rc = connectAndRead(target, /*createSqliteFile=*/false, "diff");
        if (rc >= 0) return rc;
        const SyncPlan plan = target.session->plan(SyncMode::Alter);
        CliContext::out(parser.isSet(QStringLiteral("sql")) ? plan.script() : plan.text(target.url.display()));
        return plan.empty() ? static_cast<int>(ExitOk) : static_cast<int>(ExitDrift);
    }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand() { return std::make_unique<DiffCommand>(); }

} // namespace relata::cli
