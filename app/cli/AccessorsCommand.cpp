// relata-cli accessors: the methods each association installs on its source model.
#include "Command.h"

#include "resolve/Resolver.h"
#include "sql/AccessorQueryBuilder.h"

#include <QString>

#include <algorithm>
#include <map>

namespace relata::cli {

namespace {

// JavaScript's default sort: UTF-16 code units.
bool jsLess(const std::string& a, const std::string& b) {
    return QString::fromStdString(a) < QString::fromStdString(b);
}

// Installed accessor names per model, every model present, names sorted and unique.
OrderedJson accessorNames(const ResolvedSchema& schema) {
    std::map<std::string, std::vector<std::string>> names;
    for (const ResolvedAssociation& a : schema.associations)
        for (const Accessor& acc : a.accessors)
            if (acc.installed) names[a.source].push_back(acc.name);
    OrderedJson out = OrderedJson::object();
    for (const Table& t : schema.tables) {
        std::vector<std::string>& list = names[t.model];
        std::sort(list.begin(), list.end(), jsLess);
        list.erase(std::unique(list.begin(), list.end()), list.end());
        OrderedJson arr = OrderedJson::array();
        for (const std::string& n : list) arr.push_back(n);
        out[t.model] = std::move(arr);
    }
    return out;
}

std::string associationTitle(const ResolvedAssociation& a) {
    return a.as + " (#" + std::to_string(a.index) + " " + associationTypeName(a.type) + " " + a.target + ")";
}

std::string accessorText(const ResolvedSchema& schema) {
    std::string out;
    for (const Table& t : schema.tables) {
        out += t.model + "\n";
        bool any = false;
        for (const ResolvedAssociation& a : schema.associations) {
            if (a.source != t.model) continue;
            any = true;
            std::vector<std::string> installed, skipped;
            for (const Accessor& acc : a.accessors)
                (acc.installed ? installed : skipped).push_back(acc.name);
            out += "  " + associationTitle(a) + ":";
            for (size_t i = 0; i < installed.size(); ++i) out += (i ? ", " : " ") + installed[i];
            if (installed.empty()) out += " none";
            out += "\n";
            for (const Accessor& acc : a.accessors)
                if (!acc.installed)
                    out += "    not installed: " + acc.name +
                           (acc.skippedBecause.empty() ? "" : " (" + acc.skippedBecause + ")") + "\n";
        }
        if (!any) out += "  (no associations)\n";
    }
    return out;
}

// What the placeholders of statement i stand for (each statement numbers its own from 1).
std::vector<std::string> statementParameters(const AccessorQuery& q, size_t i) {
    if (i < q.parametersByStatement.size()) return q.parametersByStatement[i];
    return q.statements.size() == 1 ? q.parameters : std::vector<std::string>{};
}

OrderedJson queryJson(const AccessorQuery& q) {
    OrderedJson out = OrderedJson::object();
    out["association"] = q.association;
    out["as"] = q.associationKey;
    out["kind"] = accessorKindName(q.kind);
    out["method"] = q.method;
    out["installed"] = q.installed;
    OrderedJson statements = OrderedJson::array();
    for (size_t i = 0; i < q.statements.size(); ++i) {
        OrderedJson statement = OrderedJson::object();
        statement["sql"] = q.statements[i];
        OrderedJson parameters = OrderedJson::array();
        for (const std::string& p : statementParameters(q, i)) parameters.push_back(p);
        statement["parameters"] = std::move(parameters);
        statements.push_back(std::move(statement));
    }
    out["statements"] = std::move(statements);
    return out;
}

std::string sqlText(const ResolvedSchema& schema, const Dialect& dialect) {
    std::string out;
    for (const Table& t : schema.tables) {
        out += t.model + "\n";
        const std::vector<AccessorQuery> queries = AccessorQueryBuilder::forModel(schema, t.model, dialect);
        if (queries.empty()) out += "  (no associations)\n";
        int current = -2;
        for (const AccessorQuery& q : queries) {
            if (q.association != current) {
                current = q.association;
                const auto it = std::find_if(schema.associations.begin(), schema.associations.end(),
                                             [&](const ResolvedAssociation& a) { return a.index == q.association; });
                out += "  " + (it != schema.associations.end() ? associationTitle(*it) : q.associationKey) + "\n";
            }
            out += "    " + q.method + (q.installed ? "" : " (not installed: Sequelize skipped it)") + "\n";
            for (size_t i = 0; i < q.statements.size(); ++i) {
                out += "      " + q.statements[i] + ";\n";
                const std::vector<std::string> parameters = statementParameters(q, i);
                for (size_t n = 0; n < parameters.size(); ++n)
                    out += "        -- " + dialect.placeholder(static_cast<int>(n) + 1) + " = " + parameters[n] + "\n";
            }
        }
    }
    return out;
}

OrderedJson sqlJson(const ResolvedSchema& schema, const Dialect& dialect) {
    OrderedJson out = OrderedJson::object();
    for (const Table& t : schema.tables) {
        OrderedJson list = OrderedJson::array();
        for (const AccessorQuery& q : AccessorQueryBuilder::forModel(schema, t.model, dialect))
            list.push_back(queryJson(q));
        out[t.model] = std::move(list);
    }
    return out;
}

class AccessorsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("accessors"); }
    QString summary() const override {
        return QStringLiteral("List the methods each association adds to its model, optionally with their SQL.");
    }
    QString synopsis() const override { return QStringLiteral("FILE [--json] [--sql --dialect D] [-o OUT]"); }
    QString description() const override {
        return QStringLiteral(
            "Lists, for every model (join models included), the association methods Sequelize installs on\n"
            "it, such as getTasks or addTask. A method Sequelize skips because the name is already taken is\n"
            "shown as not installed. With --sql, each method comes with the SQL it sends to database D.\n"
            "\n"
            "--json prints {\"model\": [\"name\", ...], ...}: the installed names, sorted; [] for a model with\n"
            "none. With --sql it prints {\"model\": [{\"association\", \"as\", \"kind\", \"method\", \"installed\",\n"
            "\"statements\": [{\"sql\", \"parameters\"}, ...]}, ...], ...}.\n"
            "\n"
            "Exit status:\n"
            "  0  done\n"
            "  1  Sequelize would throw on this design (nothing is printed on standard output)\n"
            "  2  the file cannot be read or is not a relata/1 design, OUT cannot be written, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON (see above).")));
        parser.addOption(QCommandLineOption(QStringLiteral("sql"),
                                            QStringLiteral("Show the SQL each method issues (needs --dialect).")));
        parser.addOption(QCommandLineOption(QStringLiteral("dialect"),
                                            QStringLiteral("The database for --sql: postgres, mysql or sqlite."),
                                            QStringLiteral("D")));
        parser.addOption(QCommandLineOption(
            {QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write to OUT (replaced only once complete) instead of standard output."),
            QStringLiteral("OUT")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        const bool sql = parser.isSet(QStringLiteral("sql"));
        const bool json = parser.isSet(QStringLiteral("json"));
        DialectKind kind = DialectKind::Postgres;
        if (sql) {
            std::string problem;
            if (!CliContext::parseDialect(parser.value(QStringLiteral("dialect")), kind, problem))
                return usageError(problem);
        } else if (parser.isSet(QStringLiteral("dialect"))) {
            return usageError("--dialect is only used with --sql: add --sql, or leave out --dialect");
        }

        Document doc;
        Diagnostics problems;
        if (!ctx.load(file, doc, problems)) {
            ctx.printDiagnostics(problems);
            return ExitUsage;
        }
        const ResolvedSchema schema = Resolver::resolve(doc);
        if (schema.error) {
            ctx.printDiagnostic(*schema.error);
            CliContext::err("relata-cli accessors: no accessors: Sequelize would throw on this design.\n");
            return ExitInvalid;
        }

        std::string text;
        if (sql) {
            const std::unique_ptr<Dialect> dialect = Dialect::create(kind);
            text = json ? sqlJson(schema, *dialect).dump(2) + "\n" : sqlText(schema, *dialect);
        } else {
            text = json ? accessorNames(schema).dump(2) + "\n" : accessorText(schema);
        }
        return ctx.write(parser.value(QStringLiteral("output")), text) ? ExitOk : ExitUsage;
    }
};

} // namespace

std::unique_ptr<Command> makeAccessorsCommand() { return std::make_unique<AccessorsCommand>(); }

} // namespace relata::cli
