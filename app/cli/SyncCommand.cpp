// relata-cli sync: make a live database match the design, showing the plan first.
#include "Command.h"
#include "SyncSupport.h"

#include "naming/CountedNoun.h"

namespace relata::cli {

namespace {

class SyncCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return QStringLiteral("Make a live database match the design (plan shown first)."); }
    QString synopsis() const override {
        return QStringLiteral("FILE --url URL [--mode create|alter|force] [--dry-run] [--allow-data-loss] [--yes]");
    }
    QString description() const override {
        return QStringLiteral(
            "Reads the database's schema, plans the steps that make it match the design and prints the plan\n"
            "with each step's SQL and risk, then applies it. URL is sqlite:PATH, postgres://USER@HOST:PORT/DB\n"
            "or mysql://USER@HOST:PORT/DB (MariaDB too). The password comes from RELATA_PASSWORD, or is asked\n"
            "for on the terminal; it never goes in the URL.\n"
            "\n"
            "Modes:\n"
            "  create  only what is missing: tables and their indexes (like Sequelize's sync())\n"
            "  alter   the full plan (default): columns, keys, foreign keys, enum types, tables; steps that\n"
            "          lose data are refused unless --allow-data-loss\n"
            "  force   drop every table and recreate the design: needs --yes\n"
            "Steps that cannot succeed on the data as it is (NULLs for NOT NULL, duplicates for UNIQUE, rows\n"
            "pointing nowhere for a foreign key) are refused in every mode. PostgreSQL and SQLite apply the\n"
            "whole plan in one transaction; MySQL/MariaDB commit step by step, and a failure prints what ran\n"
            "and how to finish or undo it.\n"
            "\n"
            "Exit status:\n"
            "  0  applied, already in sync, or --dry-run\n"
            "  1  the design is invalid (nothing touched), or the database rejected a step\n"
            "  2  usage error, or the file cannot be read\n"
            "  4  cannot connect, or the live schema cannot be read\n"
            "  5  refused: the plan needs --allow-data-loss or --yes, or has blocked steps");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(QStringLiteral("url"), QStringLiteral("The database (required)."),
                                            QStringLiteral("URL")));
        parser.addOption(QCommandLineOption(QStringLiteral("mode"),
                                            QStringLiteral("create, alter (default) or force."), QStringLiteral("M"),
                                            QStringLiteral("alter")));
        parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Print the plan, change nothing.")));
        parser.addOption(QCommandLineOption(QStringLiteral("allow-data-loss"),
                                            QStringLiteral("Apply steps that lose data (alter, create).")));
        parser.addOption(QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Confirm force mode.")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        SyncMode mode;
        if (!parseSyncMode(parser.value(QStringLiteral("mode")).toStdString(), mode))
            return usageError("unknown --mode '" + parser.value(QStringLiteral("mode")).toStdString() +
                              "': use create, alter or force");
        SyncTarget target;
        int rc = prepareDesign(ctx, file, parser.value(QStringLiteral("url")), "sync", target);
        if (rc >= 0) return rc;
        rc = connectAndRead(target, /*createSqliteFile=*/true, "sync");
        if (rc >= 0) return rc;

        const SyncPlan plan = target.session->plan(mode);
        CliContext::out(plan.text(target.url.display()));
        if (plan.empty()) return ExitOk;
        if (parser.isSet(QStringLiteral("dry-run"))) {
            CliContext::out("\nDry run: nothing was changed.\n");
            return ExitOk;
        }
        std::string why;
        if (!SyncSession::permitted(plan, parser.isSet(QStringLiteral("allow-data-loss")), parser.isSet(QStringLiteral("yes")),
                                    why)) {
            CliContext::err("relata-cli sync: refused: " + why + ". Nothing was changed.\n");
            return ExitRefused;
        }
        const ApplyResult result = target.session->apply(plan, [](size_t i, size_t n, const SyncStep& step) {
            CliContext::err("[" + std::to_string(i + 1) + "/" + std::to_string(n) + "] " + step.title() + "\n");
        });
        if (!result.ok) {
            CliContext::err("relata-cli sync: " + result.text());
            return ExitInvalid;
        }
        CliContext::out("\n" + result.text());
        return verify(target, mode);
    }

    // A second diff right after the apply: empty when the database now matches the design.
    static int verify(SyncTarget& target, SyncMode mode) {
        if (mode == SyncMode::Create) return ExitOk;
        std::string error;
        if (!target.session->readLive(error)) {
            CliContext::err("relata-cli sync: applied, but the schema could not be read again: " + error + "\n");
            return ExitOk;
        }
        const SyncPlan again = target.session->plan(SyncMode::Alter);
        if (again.empty()) {
            CliContext::out("Verified: a second diff finds the database in sync with the design.\n");
            return ExitOk;
        }
        CliContext::err("relata-cli sync: applied, but a second diff still finds " +
                        naming::counted(again.steps.size(), "difference") + ":\n" +
                        again.text(target.url.display()) +
                        "This is a bug in relata-cli; please report it with the design.\n");
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand() { return std::make_unique<SyncCommand>(); }

} // namespace relata::cli
