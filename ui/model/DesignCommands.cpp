#include "model/DesignCommands.h"

namespace relata::ui {

EditDocumentCommand::EditDocumentCommand(DesignModel* model, const QString& text,
                                         const std::function<void(Document&)>& edit)
    : QUndoCommand(text), model_(model), before_(model->document()), after_(model->document()) {
    edit(after_);
}

void EditDocumentCommand::redo() {
    model_->applyDocument(after_);
}

void EditDocumentCommand::undo() {
    model_->applyDocument(before_);
}

MoveModelsCommand::MoveModelsCommand(DesignModel* model, Positions before, Positions after, int dragId)
    : QUndoCommand(QObject::tr("Move %n model(s)", nullptr, static_cast<int>(after.size()))), model_(model),
      before_(std::move(before)), after_(std::move(after)), dragId_(dragId) {}

void MoveModelsCommand::redo() {
    model_->applyPositions(after_);
}

void MoveModelsCommand::undo() {
    model_->applyPositions(before_);
}

bool MoveModelsCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = dynamic_cast<const MoveModelsCommand*>(other);
    if (!move || move->dragId_ != dragId_ || move->after_.size() != after_.size()) return false;
    for (size_t i = 0; i < after_.size(); ++i)
        if (after_[i].first != move->after_[i].first) return false;
    after_ = move->after_;
    return true;
}

bool pushEdit(DesignModel* model, const QString& text, const std::function<void(Document&)>& edit) {
    auto* command = new EditDocumentCommand(model, text, edit);
    if (!command->changesSomething()) {
        delete command;
        return false;
    }
    model->undoStack()->push(command);
    return true;
}

} // namespace relata::ui
