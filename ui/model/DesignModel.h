#pragma once
// The editor's data model: the authored Document plus everything the core derives from it
// (resolved schema, diagnostics). Knows nothing about drawing; views react to its signals.
// Every change goes through a QUndoCommand on undoStack() (see DesignCommands.h).
#include "resolve/ResolvedSchema.h"
#include "schema/Document.h"
#include "validate/Diagnostic.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace relata::ui {

class DesignModel : public QObject {
    Q_OBJECT
public:
    explicit DesignModel(QObject* parent = nullptr);

    const Document& document() const { return document_; }
    const ResolvedSchema& schema() const { return schema_; }
    const Diagnostics& diagnostics() const { return diagnostics_; }
    QUndoStack* undoStack() { return &undoStack_; }

    // File handling. load() replaces the document and clears the undo history.
    bool load(const QString& path, QString* error);
    bool save(const QString& path, QString* error);
    void newDocument();
    void resetDocument(const Document& doc); // replaces without undo (import, recovery)
    QString filePath() const { return filePath_; }
    // Names the file the design belongs to without reading it (crash recovery, examples).
    void setFilePath(const QString& path);
    bool isDirty() const { return !undoStack_.isClean(); }

    // Node positions live in the document's "layout" section: {"model": {"x":..,"y":..}}.
    std::optional<QPointF> position(const std::string& model) const;

    // Applied by commands only: swaps in a new document and tells the views what changed.
    void applyDocument(const Document& doc);
    void applyPositions(const std::vector<std::pair<std::string, std::optional<QPointF>>>& positions);

    // Convenience for views: a model name unused so far, like "model1".
    std::string uniqueModelName(const std::string& base) const;

signals:
    void documentReset();                      // everything changed (load/new/import)
    void modelsChanged(const QSet<QString>& added, const QSet<QString>& removed, const QSet<QString>& changed);
    void associationsChanged();
    void positionsChanged(const QSet<QString>& models);
    void schemaChanged(); // schema()/diagnostics() were recomputed
    void filePathChanged(const QString& path);

private:
    Document document_;
    ResolvedSchema schema_;
    Diagnostics diagnostics_;
    QUndoStack undoStack_;
    QString filePath_;
    void recompute();
};

} // namespace relata::ui
