#include "model/SelectionModel.h"

namespace relata::ui {

QString SelectionModel::currentModel() const {
    return models_.size() == 1 && associations_.isEmpty() ? *models_.begin() : QString();
}

int SelectionModel::currentAssociation() const {
    return associations_.size() == 1 && models_.isEmpty() ? *associations_.begin() : -1;
}

void SelectionModel::select(const QSet<QString>& models, const QSet<int>& associations) {
    if (models == models_ && associations == associations_) return;
    models_ = models;
    associations_ = associations;
    emit selectionChanged();
}

} // namespace relata::ui
