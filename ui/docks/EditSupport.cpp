#include "docks/EditSupport.h"

#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace relata::ui {

EditOutcome pushJsonEdit(DesignModel* model, const QString& text, const std::function<void(OrderedJson&)>& mutate) {
    EditOutcome outcome;
    OrderedJson json = DocumentWriter::toJson(model->document());
    mutate(json);
    Document edited;
    Diagnostics errors;
    if (!DocumentReader::read(json.dump(), edited, errors)) {
        if (!errors.empty()) {
            outcome.message = QString::fromStdString(errors.front().message);
            outcome.path = QString::fromStdString(errors.front().path);
        }
        return outcome;
    }
    outcome.accepted = true;
    outcome.changed = pushEdit(model, text, [&edited](Document& doc) { doc = edited; });
    return outcome;
}

namespace {

// Reads `json` back with the core's reader; on failure fills the outcome with the core's message.
bool readBack(const OrderedJson& json, Document& out, EditOutcome& outcome) {
    Diagnostics errors;
    if (DocumentReader::read(json.dump(), out, errors)) return true;
    if (!errors.empty()) {
        outcome.message = QString::fromStdString(errors.front().message);
        outcome.path = QString::fromStdString(errors.front().path);
    }
    return false;
}

} // namespace

EditOutcome pushModelEdit(DesignModel* model, int modelIndex, const QString& text,
                          const std::function<void(OrderedJson&)>& mutate) {
    EditOutcome outcome;
    const Document& doc = model->document();
    if (modelIndex < 0 || size_t(modelIndex) >= doc.models.size()) return outcome;
    // The model alone: everything the reader checks about a model is local to it.
    Document part;
    part.models = {doc.models[size_t(modelIndex)]};
    OrderedJson json = DocumentWriter::toJson(part);
    mutate(json["models"][0]);
    Document edited;
    if (!readBack(json, edited, outcome) || edited.models.size() != 1) return outcome;
    outcome.accepted = true;
    Model result = std::move(edited.models.front());
    outcome.changed = pushEdit(model, text, [&result, modelIndex](Document& d) { d.models[size_t(modelIndex)] = result; });
    return outcome;
}

EditOutcome pushAssociationEdit(DesignModel* model, int associationIndex, const QString& text,
                                const std::function<void(OrderedJson&)>& mutate) {
    EditOutcome outcome;
    const Document& doc = model->document();
    if (associationIndex < 0 || size_t(associationIndex) >= doc.associations.size()) return outcome;
    // Every association (so that the reader's messages number them as the document does) over
    // the models' names only: the reader checks that sources and targets name models.
    Document part;
    part.models.reserve(doc.models.size());
    for (const Model& m : doc.models) {
        Model name;
        name.name = m.name;
        part.models.push_back(std::move(name));
    }
    part.associations = doc.associations;
    OrderedJson json = DocumentWriter::toJson(part);
    mutate(json["associations"][size_t(associationIndex)]);
    Document edited;
    if (!readBack(json, edited, outcome) || edited.associations.size() != doc.associations.size()) return outcome;
    outcome.accepted = true;
    Association result = std::move(edited.associations[size_t(associationIndex)]);
    outcome.changed =
        pushEdit(model, text, [&result, associationIndex](Document& d) { d.associations[size_t(associationIndex)] = result; });
    return outcome;
}

std::string pointerToken(const std::string& name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

QString modelPath(int modelIndex) {
    return QStringLiteral("/models/%1").arg(modelIndex);
}

QString associationPath(int associationIndex) {
    return QStringLiteral("/associations/%1").arg(associationIndex);
}

Diagnostics diagnosticsUnder(const Diagnostics& all, const QString& prefix) {
    Diagnostics out;
    const std::string p = prefix.toStdString();
    for (const Diagnostic& d : all) {
        if (d.path == p || (d.path.size() > p.size() && d.path.compare(0, p.size(), p) == 0 && d.path[p.size()] == '/'))
            out.push_back(d);
    }
    return out;
}

QString diagnosticsText(const Diagnostics& list) {
    QStringList lines;
    for (const Diagnostic& d : list) {
        QString line = QString::fromStdString(d.message) + QStringLiteral(" (") + QString::fromStdString(d.code) +
                       QLatin1Char(')');
        if (!d.fix.empty()) line += QLatin1Char('\n') + QApplication::translate("relata::ui::Inspector", "Fix: %1")
                                                          .arg(QString::fromStdString(d.fix));
        lines << line;
    }
    return lines.join(QStringLiteral("\n\n"));
}

void markField(QWidget* field, const QString& message, const QString& normalToolTip) {
    if (!field) return;
    const bool bad = !message.isEmpty();
    const QString normal = normalToolTip.isEmpty() ? field->property("relataToolTip").toString() : normalToolTip;
    if (field->property("relataProblem").toBool() == bad && field->toolTip() == (bad ? message : normal)) return;
    field->setProperty("relataProblem", bad);
    field->setToolTip(bad ? message : normal);
    if (bad) {
        // A frame in the palette's warning-ish colour that works in light and dark themes.
        field->setStyleSheet(QStringLiteral("border: 2px solid #d9534f; border-radius: 3px;"));
    } else {
        field->setStyleSheet(QString());
    }
}

OrderedJson scalarFromText(const QString& text) {
    const std::string s = text.trimmed().toStdString();
    if (s.empty()) return OrderedJson(std::string());
    const OrderedJson parsed = OrderedJson::parse(s, nullptr, false);
    if (!parsed.is_discarded()) return parsed;
    return OrderedJson(text.toStdString());
}

QString textFromScalar(const OrderedJson& value) {
    if (value.is_string()) {
        const std::string& s = value.get_ref<const std::string&>();
        // Show plain strings bare unless they would read back as something else.
        const OrderedJson reread = OrderedJson::parse(s, nullptr, false);
        if (s.empty() || !reread.is_discarded()) return QString::fromStdString(value.dump());
        return QString::fromStdString(s);
    }
    return QString::fromStdString(value.dump());
}

void renameModelInJson(OrderedJson& doc, const std::string& from, const std::string& to) {
    if (from == to) return;
    if (doc.contains("models"))
        for (auto& m : doc["models"])
            if (m.value("name", std::string()) == from) m["name"] = to;
    if (doc.contains("associations")) {
        for (auto& a : doc["associations"]) {
            if (a.value("source", std::string()) == from) a["source"] = to;
            if (a.value("target", std::string()) == from) a["target"] = to;
            if (!a.contains("options") || !a["options"].is_object()) continue;
            auto& options = a["options"];
            if (!options.contains("through")) continue;
            auto& through = options["through"];
            if (through.is_string() && through.get<std::string>() == from) through = to;
            else if (through.is_object() && through.value("model", std::string()) == from) through["model"] = to;
        }
    }
    if (doc.contains("layout") && doc["layout"].is_object() && doc["layout"].contains(from)) {
        OrderedJson renamed = OrderedJson::object();
        for (auto it = doc["layout"].begin(); it != doc["layout"].end(); ++it)
            renamed[it.key() == from ? to : it.key()] = it.value();
        doc["layout"] = std::move(renamed);
    }
}

QString associationLabel(const Association& a) {
    return QString::fromStdString(a.source) + QStringLiteral(" → ") + QString::fromStdString(a.target);
}

} // namespace relata::ui

#include "sql/Dialect.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace relata::ui {

QString dialectDisplayName(int dialectKind) {
    switch (DialectKind(dialectKind)) {
    case DialectKind::Postgres: return QStringLiteral("PostgreSQL");
    case DialectKind::MySql: return QStringLiteral("MySQL / MariaDB");
    case DialectKind::Sqlite: return QStringLiteral("SQLite");
    }
    return {};
}

void fillDialectCombo(QComboBox* combo) {
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (DialectKind kind : {DialectKind::Postgres, DialectKind::MySql, DialectKind::Sqlite})
        combo->addItem(dialectDisplayName(int(kind)), int(kind));
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace relata::ui
