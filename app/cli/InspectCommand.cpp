// relata-cli inspect: the schema Sequelize builds from the design.
#include "Command.h"

#include "resolve/Resolver.h"
#include "resolve/SchemaJson.h"

#include <algorithm>

namespace relata::cli {

namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : std::string()) + items[i];
    return out;
}

std::string pad(const std::string& s, size_t width) {
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string columnLine(const Column& c, size_t fieldWidth, size_t typeWidth) {
    std::vector<std::string> notes;
    if (c.attribute != c.field) notes.push_back("attribute " + c.attribute);
    if (c.primaryKey) notes.push_back("primary key");
    if (c.autoIncrement) notes.push_back("auto-increment");
    if (!c.allowNull) notes.push_back("not null");
    if (c.unique) notes.push_back(c.unique->name.empty() ? "unique" : "unique \"" + c.unique->name + "\"");
    if (c.defaultValue) notes.push_back("default " + c.defaultValue->dump());
    if (c.references) {
        std::string ref = "references " + c.references->table + "(" + c.references->key + ")";
        if (c.onDelete) ref += " ON DELETE " + *c.onDelete;
        if (c.onUpdate) ref += " ON UPDATE " + *c.onUpdate;
        notes.push_back(ref);
    }
    std::string origin = columnOriginName(c.origin);
    if (!c.associations.empty()) {
        std::vector<std::string> refs;
        for (int i : c.associations) refs.push_back("#" + std::to_string(i));
        origin += " " + join(refs, ",");
    }
    std::string type = c.type.text();
    if (!c.type.values.empty()) type += "(" + join(c.type.values, ",") + ")";
    return "    " + pad(c.field, fieldWidth) + "  " + pad(type, typeWidth) + "  " + join(notes, ", ") + "  [" +
           origin + "]\n";
}

std::string tableText(const Table& t) {
    std::string out = "  " + t.tableName + "  (model " + t.model;
    if (t.joinModel) out += t.autoCreated ? ", join model, created by belongsToMany" : ", join model";
    out += ")\n";
    size_t fieldWidth = 0, typeWidth = 0;
    for (const Column& c : t.columns) {
        fieldWidth = std::max(fieldWidth, c.field.size());
        typeWidth = std::max(typeWidth, c.type.text().size());
    }
    for (const Column& c : t.columns) out += columnLine(c, fieldWidth, typeWidth);
    std::vector<std::string> pk;
    for (const Column* c : t.primaryKeyColumns()) pk.push_back(c->field);
    out += "    primary key (" + join(pk, ", ") + ")\n";
    for (const UniqueKey& u : t.uniqueKeys) out += "    unique " + u.name + " (" + join(u.fields, ", ") + ")\n";
    for (const TableIndex& ix : t.indexes)
        out += std::string("    ") + (ix.unique ? "unique index " : "index ") + (ix.name.empty() ? "" : ix.name + " ") +
               "(" + join(ix.fields, ", ") + ")\n";
    return out;
}

std::string associationText(const ResolvedAssociation& a) {
    std::string out = "  #" + std::to_string(a.index) + " " + a.source + "." + associationTypeName(a.type) + "(" +
                      a.target + ") as " + a.as + "\n";
    std::vector<std::string> keys;
    if (!a.foreignKey.empty())
        keys.push_back("foreignKey " + a.foreignKey + (a.foreignKeyField != a.foreignKey && !a.foreignKeyField.empty()
                                                           ? " (column " + a.foreignKeyField + ")"
                                                           : std::string()));
    if (!a.otherKey.empty()) keys.push_back("otherKey " + a.otherKey);
    if (!a.sourceKey.empty()) keys.push_back("sourceKey " + a.sourceKey);
    if (!a.targetKey.empty()) keys.push_back("targetKey " + a.targetKey);
    if (!a.through.empty()) keys.push_back("through " + a.through + " (table " + a.throughTable + ")");
    if (!a.constraints) keys.push_back("no constraints");
    if (a.onDelete) keys.push_back("ON DELETE " + *a.onDelete);
    if (a.onUpdate) keys.push_back("ON UPDATE " + *a.onUpdate);
    if (a.scope) keys.push_back("scope " + a.scope->dump());
    if (a.throughScope) keys.push_back("through scope " + a.throughScope->dump());
    if (!keys.empty()) out += "     " + join(keys, ", ") + "\n";
    std::vector<std::string> installed, skipped;
    for (const Accessor& acc : a.accessors) {
        if (acc.installed)
            installed.push_back(acc.name);
        else
            skipped.push_back(acc.name + (acc.skippedBecause.empty() ? "" : " (" + acc.skippedBecause + ")"));
    }
    out += "     accessors: " + (installed.empty() ? std::string("none") : join(installed, ", ")) + "\n";
    if (!skipped.empty()) out += "     not installed: " + join(skipped, "; ") + "\n";
    return out;
}

std::string schemaText(const ResolvedSchema& schema) {
    std::string out = "Tables\n";
    for (const Table& t : schema.tables) out += tableText(t);
    out += "Associations\n";
    if (schema.associations.empty()) out += "  none\n";
    for (const ResolvedAssociation& a : schema.associations) out += associationText(a);
    out += "Sync order: " + join(schema.syncOrder, ", ") + "\n";
    if (schema.cyclic)
        out += "Foreign-key cycle: " + join(schema.cycleChain, " -> ") + " (the cycle's keys are added after the tables)\n";
    return out;
}

class InspectCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override {
        return QStringLiteral("Show the resolved schema: tables, columns and their origin, keys, associations, sync order.");
    }
    QString synopsis() const override { return QStringLiteral("FILE [--json] [-o OUT]"); }
    QString description() const override {
        return QStringLiteral(
            "Shows what Sequelize 6.37.8 builds from the design: every table (join models included) with its\n"
            "columns in order, where each column comes from, the keys and indexes, every association with\n"
            "its resolved options and accessors, and the order sync() creates the tables in. If Sequelize\n"
            "would throw, the state reached up to that point is shown and the error is printed.\n"
            "\n"
            "Exit status:\n"
            "  0  done\n"
            "  1  Sequelize would throw on this design (the partial schema is still shown)\n"
            "  2  the file cannot be read or is not a relata/1 design, OUT cannot be written, or a usage error");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override {
        parser.addOption(QCommandLineOption(
            QStringLiteral("json"),
            QStringLiteral("Print JSON: {\"tables\", \"associations\", \"syncOrder\", \"cyclic\", \"cycleChain\", \"error\"}.")));
        parser.addOption(QCommandLineOption(
            {QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write to OUT (replaced only once complete) instead of standard output."),
            QStringLiteral("OUT")));
    }

    int execute(const QCommandLineParser& parser, const QString& file, CliContext& ctx) override {
        Document doc;
        Diagnostics problems;
        if (!ctx.load(file, doc, problems)) {
            ctx.printDiagnostics(problems);
            return ExitUsage;
        }
        const ResolvedSchema schema = Resolver::resolve(doc);
        const std::string text =
            parser.isSet(QStringLiteral("json")) ? toJson(schema).dump(2) + "\n" : schemaText(schema);
        if (!ctx.write(parser.value(QStringLiteral("output")), text)) return ExitUsage;
        if (schema.error) {
            ctx.printDiagnostic(*schema.error);
            return ExitInvalid;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInspectCommand() { return std::make_unique<InspectCommand>(); }

} // namespace relata::cli
