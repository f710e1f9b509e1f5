#pragma once
// Undoable edits of a DesignModel. Structural edits keep the document before and after
// (documents are plain values, so undo is exact); node moves merge into one step per drag.
#include "model/DesignModel.h"

#include <QUndoCommand>

#include <functional>

namespace relata::ui {

// Applies `edit` to a copy of the current document; undo restores the copy taken before.
class EditDocumentCommand : public QUndoCommand {
public:
    EditDocumentCommand(DesignModel* model, const QString& text, const std::function<void(Document&)>& edit);
    void redo() override;
    void undo() override;
    bool changesSomething() const { return !(before_ == after_); }

private:
    DesignModel* model_;
    Document before_;
    Document after_;
};

// Moves one or more nodes. Consecutive moves of the same nodes within one drag merge.
class MoveModelsCommand : public QUndoCommand {
public:
    using Positions = std::vector<std::pair<std::string, std::optional<QPointF>>>;
    MoveModelsCommand(DesignModel* model, Positions before, Positions after, int dragId);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    DesignModel* model_;
    Positions before_;
    Positions after_;
    int dragId_;
};

// Pushes an edit unless it changes nothing. Returns true when pushed.
bool pushEdit(DesignModel* model, const QString& text, const std::function<void(Document&)>& edit);

} // namespace relata::ui
