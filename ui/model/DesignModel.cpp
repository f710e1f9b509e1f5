#include "model/DesignModel.h"

#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "schema/DocumentWriter.h"
#include "validate/Validator.h"

#include <cmath>
#include <unordered_map>

namespace relata::ui {

DesignModel::DesignModel(QObject* parent) : QObject(parent) {
    recompute();
}

bool DesignModel::load(const QString& path, QString* error) {
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::readFile(path.toStdString(), doc, errors)) {
        if (error) {
            QStringList lines;
            for (const Diagnostic& d : errors) lines << QString::fromStdString(d.format(path.toStdString()));
            *error = lines.join('\n');
        }
        return false;
    }
    resetDocument(doc);
    filePath_ = path;
    emit filePathChanged(path);
    return true;
}

bool DesignModel::save(const QString& path, QString* error) {
    std::string message;
    if (!DocumentWriter::writeFile(document_, path.toStdString(), message)) {
        if (error) *error = QString::fromStdString(message);
        return false;
    }
    undoStack_.setClean();
    if (filePath_ != path) {
        filePath_ = path;
        emit filePathChanged(path);
    }
    return true;
}

void DesignModel::setFilePath(const QString& path) {
    if (filePath_ == path) return;
    filePath_ = path;
    emit filePathChanged(path);
}

void DesignModel::newDocument() {
    resetDocument(Document{});
    filePath_.clear();
    emit filePathChanged(filePath_);
}

void DesignModel::resetDocument(const Document& doc) {
    document_ = doc;
    undoStack_.clear();
    recompute();
    emit documentReset();
    emit schemaChanged();
}

std::optional<QPointF> DesignModel::position(const std::string& model) const {
    const auto layout = document_.extra.find("layout");
    if (layout == document_.extra.end() || !layout->is_object()) return std::nullopt;
    const auto node = layout->find(model);
    if (node == layout->end() || !node->is_object()) return std::nullopt;
    const auto x = node->find("x"), y = node->find("y");
    if (x == node->end() || y == node->end() || !x->is_number() || !y->is_number()) return std::nullopt;
    return QPointF(x->get<double>(), y->get<double>());
}

void DesignModel::applyDocument(const Document& doc) {
    // Tell the views which models appeared, vanished or changed, so they update only those.
    std::unordered_map<std::string, const Model*> before;
    for (const Model& m : document_.models) before.emplace(m.name, &m);
    QSet<QString> added, removed, changed;
    std::unordered_map<std::string, bool> seen;
    for (const Model& m : doc.models) {
        seen[m.name] = true;
        auto it = before.find(m.name);
        if (it == before.end()) added.insert(QString::fromStdString(m.name));
        else if (!(*it->second == m)) changed.insert(QString::fromStdString(m.name));
    }
    for (const Model& m : document_.models)
        if (!seen.count(m.name)) removed.insert(QString::fromStdString(m.name));
    const bool associationsDiffer = !(document_.associations == doc.associations);
    const bool layoutDiffers = document_.extra != doc.extra;
    document_ = doc;
    recompute();
    if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) emit modelsChanged(added, removed, changed);
    if (associationsDiffer) emit associationsChanged();
    if (layoutDiffers) {
        QSet<QString> all;
        for (const Model& m : document_.models) all.insert(QString::fromStdString(m.name));
        emit positionsChanged(all);
    }
    emit schemaChanged();
}

void DesignModel::applyPositions(const std::vector<std::pair<std::string, std::optional<QPointF>>>& positions) {
    OrderedJson& layout = document_.extra["layout"];
    if (!layout.is_object()) layout = OrderedJson::object();
    QSet<QString> moved;
    for (const auto& [model, pos] : positions) {
        if (pos) layout[model] = OrderedJson{{"x", std::round(pos->x())}, {"y", std::round(pos->y())}};
        else layout.erase(model);
        moved.insert(QString::fromStdString(model));
    }
    emit positionsChanged(moved);
}

std::string DesignModel::uniqueModelName(const std::string& base) const {
    for (int i = 1;; ++i) {
        const std::string candidate = base + std::to_string(i);
        if (!document_.findModel(candidate)) return candidate;
    }
}

void DesignModel::recompute() {
    schema_ = Resolver::resolve(document_);
    diagnostics_.clear();
    if (schema_.error) diagnostics_.push_back(*schema_.error);
    const Diagnostics findings = Validator::validate(document_, schema_);
    diagnostics_.insert(diagnostics_.end(), findings.begin(), findings.end());
}

} // namespace relata::ui
