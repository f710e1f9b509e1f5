#include "docks/AssociationInspector.h"

#include "docks/EditSupport.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "resolve/ResolvedSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace relata::ui {

namespace {

const char* const kActions[] = {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "SET DEFAULT"};

const ResolvedAssociation* resolvedAssociation(const ResolvedSchema& schema, int index) {
    for (const ResolvedAssociation& r : schema.associations)
        if (r.index == index) return &r;
    return nullptr;
}

// A tri-state combo: "Default (x)", "Yes", "No" with data "", true, false.
void fillTriState(QComboBox* combo, const QString& defaultText, const QString& yes, const QString& no) {
    const QSignalBlocker blocker(combo);
    const int current = combo->currentIndex();
    combo->clear();
    combo->addItem(defaultText, QString());
    combo->addItem(yes, true);
    combo->addItem(no, false);
    combo->setCurrentIndex(current < 0 ? 0 : current);
}

void setTriState(QComboBox* combo, const std::optional<bool>& value) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}

std::optional<bool> triState(const QComboBox* combo) {
    if (combo->currentIndex() == 1) return true;
    if (combo->currentIndex() == 2) return false;
    return std::nullopt;
}

QToolButton* smallButton(QWidget* parent, const QString& icon, const QString& fallback) {
    auto* b = new QToolButton(parent);
    b->setIcon(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")));
    if (b->icon().isNull()) b->setText(fallback);
    b->setAutoRaise(true);
    return b;
}

QTableWidget* makeScopeTable(QWidget* parent, const QString& objectName) {
    auto* t = new QTableWidget(0, 2, parent);
    t->setObjectName(objectName);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(70);
    t->setMaximumHeight(130);
    return t;
}

} // namespace

AssociationInspector::AssociationInspector(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QWidget(parent), model_(model), selection_(selection) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    header_ = new QLabel(this);
    QFont headerFont = header_->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    header_->setFont(headerFont);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(header_);
    problems_ = new QLabel(this);
    problems_->setWordWrap(true);
    problems_->setTextFormat(Qt::PlainText);
    problems_->setObjectName(QStringLiteral("inspectorProblems"));
    problems_->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid #d9534f; padding: 3px 6px; }"));
    problems_->hide();
    layout->addWidget(problems_);

    // Type, ends, alias.
    basicsBox_ = new QGroupBox(this);
    basicsForm_ = new QFormLayout(basicsBox_);
    basicsForm_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    type_ = new QComboBox(basicsBox_);
    type_->setObjectName(QStringLiteral("associationType"));
    for (AssociationType t : {AssociationType::BelongsTo, AssociationType::HasOne, AssociationType::HasMany,
                              AssociationType::BelongsToMany})
        type_->addItem(QString::fromLatin1(associationTypeName(t)), int(t));
    source_ = new QComboBox(basicsBox_);
    source_->setObjectName(QStringLiteral("associationSource"));
    target_ = new QComboBox(basicsBox_);
    target_->setObjectName(QStringLiteral("associationTarget"));
    as_ = new QLineEdit(basicsBox_);
    as_->setObjectName(QStringLiteral("as"));
    as_->setClearButtonEnabled(true);
    asObject_ = new QCheckBox(basicsBox_);
    asObject_->setObjectName(QStringLiteral("asObject"));
    asSingular_ = new QLineEdit(basicsBox_);
    asSingular_->setObjectName(QStringLiteral("asSingular"));
    asPlural_ = new QLineEdit(basicsBox_);
    asPlural_->setObjectName(QStringLiteral("asPlural"));
    auto* asPair = new QHBoxLayout;
    asPair->addWidget(asSingular_);
    asPair->addWidget(asPlural_);
    basicsForm_->addRow(QStringLiteral("type"), type_);
    basicsForm_->addRow(QStringLiteral("source"), source_);
    basicsForm_->addRow(QStringLiteral("target"), target_);
    basicsForm_->addRow(QStringLiteral("as"), as_);
    basicsForm_->addRow(QString(), asObject_);
    basicsForm_->addRow(QString(), asPair);
    layout->addWidget(basicsBox_);

    // Keys.
    keysBox_ = new QGroupBox(this);
    keysForm_ = new QFormLayout(keysBox_);
    keysForm_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    foreignKey_ = new QLineEdit(keysBox_);
    foreignKey_->setObjectName(QStringLiteral("foreignKey"));
    foreignKey_->setClearButtonEnabled(true);
    fkAllowNull_ = new QComboBox(keysBox_);
    fkAllowNull_->setObjectName(QStringLiteral("foreignKeyAllowNull"));
    // Its texts say what it sets ("allowNull: default"): never cut them, in any language; the
    // field beside it gives way instead.
    fkAllowNull_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fkAllowNull_->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    fkField_ = new QLineEdit(keysBox_);
    fkField_->setObjectName(QStringLiteral("foreignKeyField"));
    auto* fkExtra = new QHBoxLayout;
    fkExtra->addWidget(fkAllowNull_);
    fkExtra->addWidget(fkField_, 1);
    sourceKey_ = new QLineEdit(keysBox_);
    sourceKey_->setObjectName(QStringLiteral("sourceKey"));
    targetKey_ = new QLineEdit(keysBox_);
    targetKey_->setObjectName(QStringLiteral("targetKey"));
    otherKey_ = new QLineEdit(keysBox_);
    otherKey_->setObjectName(QStringLiteral("otherKey"));
    for (QLineEdit* e : {sourceKey_, targetKey_, otherKey_}) e->setClearButtonEnabled(true);
    keysForm_->addRow(QStringLiteral("foreignKey"), foreignKey_);
    keysForm_->addRow(QString(), fkExtra);
    keysForm_->addRow(QStringLiteral("sourceKey"), sourceKey_);
    keysForm_->addRow(QStringLiteral("targetKey"), targetKey_);
    keysForm_->addRow(QStringLiteral("otherKey"), otherKey_);
    layout->addWidget(keysBox_);

    // through (belongsToMany).
    throughBox_ = new QGroupBox(this);
    throughForm_ = new QFormLayout(throughBox_);
    throughForm_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    through_ = new QComboBox(throughBox_);
    through_->setObjectName(QStringLiteral("through"));
    through_->setEditable(true);
    through_->setInsertPolicy(QComboBox::NoInsert);
    throughUnique_ = new QComboBox(throughBox_);
    throughUnique_->setObjectName(QStringLiteral("throughUnique"));
    uniqueKey_ = new QLineEdit(throughBox_);
    uniqueKey_->setObjectName(QStringLiteral("uniqueKey"));
    uniqueKey_->setClearButtonEnabled(true);
    throughScope_ = makeScopeTable(throughBox_, QStringLiteral("throughScope"));
    addThroughScope_ = smallButton(throughBox_, QStringLiteral("add"), QStringLiteral("+"));
    addThroughScope_->setObjectName(QStringLiteral("addThroughScope"));
    removeThroughScope_ = smallButton(throughBox_, QStringLiteral("remove"), QStringLiteral("−"));
    auto* throughScopeButtons = new QHBoxLayout;
    throughScopeButtons->addWidget(addThroughScope_);
    throughScopeButtons->addWidget(removeThroughScope_);
    throughScopeButtons->addStretch(1);
    auto* throughScopeBox = new QVBoxLayout;
    throughScopeBox->addWidget(throughScope_);
    throughScopeBox->addLayout(throughScopeButtons);
    throughForm_->addRow(QStringLiteral("through"), through_);
    throughForm_->addRow(QStringLiteral("unique"), throughUnique_);
    throughForm_->addRow(QStringLiteral("scope"), throughScopeBox);
    throughForm_->addRow(QStringLiteral("uniqueKey"), uniqueKey_);
    layout->addWidget(throughBox_);

    // scope.
    scopeBox_ = new QGroupBox(this);
    auto* scopeLayout = new QVBoxLayout(scopeBox_);
    scope_ = makeScopeTable(scopeBox_, QStringLiteral("scope"));
    addScope_ = smallButton(scopeBox_, QStringLiteral("add"), QStringLiteral("+"));
    addScope_->setObjectName(QStringLiteral("addScope"));
    removeScope_ = smallButton(scopeBox_, QStringLiteral("remove"), QStringLiteral("−"));
    auto* scopeButtons = new QHBoxLayout;
    scopeButtons->addWidget(addScope_);
    scopeButtons->addWidget(removeScope_);
    scopeButtons->addStretch(1);
    scopeLayout->addWidget(scope_);
    scopeLayout->addLayout(scopeButtons);
    layout->addWidget(scopeBox_);

    // Constraints.
    constraintsBox_ = new QGroupBox(this);
    constraintsForm_ = new QFormLayout(constraintsBox_);
    constraintsForm_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    constraints_ = new QComboBox(constraintsBox_);
    constraints_->setObjectName(QStringLiteral("constraints"));
    onDelete_ = new QComboBox(constraintsBox_);
    onDelete_->setObjectName(QStringLiteral("onDelete"));
    onUpdate_ = new QComboBox(constraintsBox_);
    onUpdate_->setObjectName(QStringLiteral("onUpdate"));
    constraintsForm_->addRow(QStringLiteral("constraints"), constraints_);
    constraintsForm_->addRow(QStringLiteral("onDelete"), onDelete_);
    constraintsForm_->addRow(QStringLiteral("onUpdate"), onUpdate_);
    layout->addWidget(constraintsBox_);

    summaryBox_ = new QGroupBox(this);
    auto* summaryLayout = new QVBoxLayout(summaryBox_);
    summary_ = new QLabel(summaryBox_);
    summary_->setObjectName(QStringLiteral("associationSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLayout->addWidget(summary_);
    layout->addWidget(summaryBox_);
    layout->addStretch(1);
    // Long item texts must not make the inspector wider than its dock (allowNull's are short).
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        if (combo == fkAllowNull_) continue;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (QLabel* label : {header_, problems_, summary_}) label->setMinimumWidth(80);
    header_->setWordWrap(true);

    connect(type_, &QComboBox::activated, this, [this] { commitType(); });
    connect(source_, &QComboBox::activated, this, [this] { commitEnd(false); });
    connect(target_, &QComboBox::activated, this, [this] { commitEnd(true); });
    connect(as_, &QLineEdit::editingFinished, this, &AssociationInspector::commitAs);
    connect(asObject_, &QCheckBox::toggled, this, [this](bool on) {
        if (updating_) return;
        if (on && asSingular_->text().isEmpty() && asPlural_->text().isEmpty()) {
            // Start from the resolved names so that the object form changes nothing yet.
            asSingular_->setText(asSingular_->placeholderText());
            asPlural_->setText(asPlural_->placeholderText());
        }
        updateEnabled();
        commitAs();
    });
    connect(asSingular_, &QLineEdit::editingFinished, this, &AssociationInspector::commitAs);
    connect(asPlural_, &QLineEdit::editingFinished, this, &AssociationInspector::commitAs);
    connect(foreignKey_, &QLineEdit::editingFinished, this, &AssociationInspector::commitForeignKey);
    connect(fkAllowNull_, &QComboBox::activated, this, [this] { commitForeignKey(); });
    connect(fkField_, &QLineEdit::editingFinished, this, &AssociationInspector::commitForeignKey);
    connect(sourceKey_, &QLineEdit::editingFinished, this, [this] { commitKey("sourceKey", sourceKey_); });
    connect(targetKey_, &QLineEdit::editingFinished, this, [this] { commitKey("targetKey", targetKey_); });
    connect(otherKey_, &QLineEdit::editingFinished, this, [this] { commitKey("otherKey", otherKey_); });
    connect(through_, &QComboBox::activated, this, [this] { commitThrough(); });
    connect(through_->lineEdit(), &QLineEdit::editingFinished, this, &AssociationInspector::commitThrough);
    connect(throughUnique_, &QComboBox::activated, this, [this] { commitThrough(); });
    connect(throughScope_, &QTableWidget::itemChanged, this, [this] { commitScope(true); });
    connect(scope_, &QTableWidget::itemChanged, this, [this] { commitScope(false); });
    connect(addScope_, &QToolButton::clicked, this, [this] { addScopeRow(false); });
    connect(removeScope_, &QToolButton::clicked, this, [this] { removeScopeRow(false); });
    connect(addThroughScope_, &QToolButton::clicked, this, [this] { addScopeRow(true); });
    connect(removeThroughScope_, &QToolButton::clicked, this, [this] { removeScopeRow(true); });
    connect(constraints_, &QComboBox::activated, this, [this] { commitConstraints(); });
    connect(onDelete_, &QComboBox::activated, this, [this] { commitAction("onDelete", onDelete_); });
    connect(onUpdate_, &QComboBox::activated, this, [this] { commitAction("onUpdate", onUpdate_); });
    connect(uniqueKey_, &QLineEdit::editingFinished, this, &AssociationInspector::commitUniqueKey);

    retranslate();
}

void AssociationInspector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AssociationInspector::retranslate() {
    // The normal tooltip is kept as a property: markField() shows a problem instead and restores it.
    auto tip = [](QWidget* w, const QString& text) {
        w->setProperty("relataToolTip", text);
        if (!w->property("relataProblem").toBool()) w->setToolTip(text);
    };
    basicsBox_->setTitle(tr("Association"));
    keysBox_->setTitle(tr("Keys"));
    throughBox_->setTitle(tr("Join model (belongsToMany)"));
    scopeBox_->setTitle(tr("scope (association scope)"));
    constraintsBox_->setTitle(tr("Foreign key constraint"));
    summaryBox_->setTitle(tr("What Sequelize builds"));
    tip(type_, tr("The association method: source.belongsTo(target), hasOne, hasMany or belongsToMany."));
    tip(source_, tr("The model the method is called on."));
    tip(target_, tr("The model passed to the method."));
    tip(as_, tr("as: the alias (Model.associations key and accessor names). Empty: the target's name."));
    asObject_->setText(tr("Give singular and plural separately"));
    tip(asObject_, tr("as: {singular, plural} instead of a string."));
    tip(asSingular_, tr("as.singular"));
    tip(asPlural_, tr("as.plural"));
    tip(foreignKey_, tr("foreignKey: the name of the foreign key attribute. Empty: Sequelize's default "
                               "(shown grey)."));
    fillTriState(fkAllowNull_, tr("allowNull: default"), tr("allowNull: yes"), tr("allowNull: no"));
    tip(fkAllowNull_, tr("foreignKey.allowNull (makes foreignKey an object)."));
    fkField_->setPlaceholderText(tr("field (column name)"));
    tip(fkField_, tr("foreignKey.field: the column name, when it differs from the attribute name."));
    tip(sourceKey_, tr("sourceKey: the source attribute the foreign key points at (hasOne, hasMany, "
                              "belongsToMany)."));
    tip(targetKey_, tr("targetKey: the target attribute the foreign key points at (belongsTo, "
                              "belongsToMany)."));
    tip(otherKey_, tr("otherKey: the join model's key that points at the target (belongsToMany)."));
    tip(through_, tr("through: a model of the design, or a table name for a join model Sequelize creates."));
    fillTriState(throughUnique_, tr("Default (unique key on both keys)"), tr("Yes"), tr("No"));
    tip(throughUnique_, tr("through.unique"));
    tip(uniqueKey_, tr("uniqueKey: the name of the join table's unique key."));
    uniqueKey_->setPlaceholderText(tr("Sequelize's default name"));
    throughScope_->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    tip(throughScope_, tr("through.scope: values every join row has (key = value)."));
    scope_->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    tip(scope_, tr("scope: key = value conditions on the target (polymorphic associations). "
                          "Values: text, numbers, true/false, null."));
    tip(addScope_, tr("Add a scope condition"));
    tip(removeScope_, tr("Remove the selected condition"));
    tip(addThroughScope_, tr("Add a through scope value"));
    tip(removeThroughScope_, tr("Remove the selected value"));
    tip(constraints_, tr("constraints: false leaves out the REFERENCES constraint."));
    tip(onDelete_, tr("onDelete: the referential action when the referenced row is deleted."));
    tip(onUpdate_, tr("onUpdate: the referential action when the referenced key changes."));
}

void AssociationInspector::setAssociation(int index) {
    if (index != index_) {
        index_ = index;
        const QSignalBlocker b1(scope_), b2(throughScope_);
        scope_->setRowCount(0);
        throughScope_->setRowCount(0);
    }
    refresh();
}

void AssociationInspector::refresh() {
    const Document& doc = model_->document();
    if (index_ < 0 || size_t(index_) >= doc.associations.size()) return;
    const Association& a = doc.associations[size_t(index_)];
    const AssociationOptions& o = a.options;
    const ResolvedAssociation* r = resolvedAssociation(model_->schema(), index_);
    updating_ = true;

    header_->setText(tr("%1.%2(%3)").arg(QString::fromStdString(a.source), QString::fromLatin1(associationTypeName(a.type)),
                                         QString::fromStdString(a.target)));
    QStringList models;
    for (const Model& m : doc.models) models << QString::fromStdString(m.name);
    auto fillModels = [&](QComboBox* combo, const std::string& current) {
        const QSignalBlocker blocker(combo);
        QStringList items = models;
        const QString cur = QString::fromStdString(current);
        if (!items.contains(cur)) items.prepend(cur);
        QStringList existing;
        for (int i = 0; i < combo->count(); ++i) existing << combo->itemText(i);
        if (existing != items) {
            combo->clear();
            combo->addItems(items);
        }
        combo->setCurrentText(cur);
    };
    {
        const QSignalBlocker blocker(type_);
        type_->setCurrentIndex(type_->findData(int(a.type)));
    }
    fillModels(source_, a.source);
    fillModels(target_, a.target);

    auto setLine = [](QLineEdit* edit, const std::string& text, const std::string& placeholder) {
        const QString t = QString::fromStdString(text);
        if (!(edit->hasFocus() && edit->isModified()) && edit->text() != t) edit->setText(t);
        edit->setModified(false);
        edit->setPlaceholderText(QString::fromStdString(placeholder));
    };
    {
        const QSignalBlocker blocker(asObject_);
        asObject_->setChecked(o.as && o.as->isObject);
    }
    setLine(as_, o.as && !o.as->isObject ? o.as->name : std::string(), r ? r->as : std::string());
    setLine(asSingular_, o.as && o.as->isObject ? o.as->singular : std::string(), r ? r->singular : std::string());
    setLine(asPlural_, o.as && o.as->isObject ? o.as->plural : std::string(), r ? r->plural : std::string());
    setLine(foreignKey_, o.foreignKey ? o.foreignKey->name : std::string(), r ? r->foreignKey : std::string());
    setTriState(fkAllowNull_, o.foreignKey && o.foreignKey->isObject ? o.foreignKey->def.allowNull : std::nullopt);
    setLine(fkField_, o.foreignKey && o.foreignKey->isObject ? o.foreignKey->def.field.value_or("") : std::string(), {});
    fkField_->setPlaceholderText(r && r->foreignKeyField != r->foreignKey ? QString::fromStdString(r->foreignKeyField)
                                                                         : tr("field (column name)"));
    setLine(sourceKey_, o.sourceKey.value_or(""), r ? r->sourceKey : std::string());
    setLine(targetKey_, o.targetKey.value_or(""), r ? r->targetKey : std::string());
    setLine(otherKey_, o.otherKey ? o.otherKey->name : std::string(), r ? r->otherKey : std::string());
    setLine(uniqueKey_, o.uniqueKey.value_or(""), {});
    uniqueKey_->setPlaceholderText(tr("Sequelize's default name"));
    {
        const QSignalBlocker blocker(through_);
        QStringList items = models;
        const QString cur = o.through ? QString::fromStdString(o.through->model) : QString();
        QStringList existing;
        for (int i = 0; i < through_->count(); ++i) existing << through_->itemText(i);
        if (existing != items) {
            through_->clear();
            through_->addItems(items);
        }
        if (!(through_->lineEdit()->hasFocus() && through_->lineEdit()->isModified())) through_->setEditText(cur);
        through_->lineEdit()->setModified(false);
        through_->lineEdit()->setPlaceholderText(r && !r->through.empty() ? QString::fromStdString(r->through)
                                                                          : tr("model or table name"));
        setTriState(throughUnique_, o.through && o.through->isObject ? o.through->unique : std::nullopt);
    }
    fillScope(scope_, o.scope);
    fillScope(throughScope_, o.through && o.through->isObject ? o.through->scope : std::nullopt);

    setTriState(constraints_, o.constraints);
    constraints_->setItemText(0, tr("Default (%1)").arg(r && !r->constraints ? tr("off") : tr("on")));
    constraints_->setItemText(1, tr("On"));
    constraints_->setItemText(2, tr("Off"));
    auto fillAction = [&](QComboBox* combo, const std::optional<std::string>& given,
                          const std::optional<std::string>& effective) {
        const QSignalBlocker blocker(combo);
        if (combo->count() == 0) {
            combo->addItem(QString(), QString());
            for (const char* action : kActions) combo->addItem(QString::fromLatin1(action), QString::fromLatin1(action));
        }
        combo->setItemText(0, effective && !given ? tr("Default (%1)").arg(QString::fromStdString(*effective).toUpper())
                                                  : tr("Default"));
        int index = 0;
        if (given) {
            index = combo->findData(QString::fromStdString(*given).toUpper());
            if (index < 0) {
                combo->addItem(QString::fromStdString(*given), QString::fromStdString(*given));
                index = combo->count() - 1;
            }
        }
        combo->setCurrentIndex(index);
    };
    fillAction(onDelete_, o.onDelete, r ? r->onDelete : std::nullopt);
    fillAction(onUpdate_, o.onUpdate, r ? r->onUpdate : std::nullopt);

    updateEnabled();
    fillSummary();
    markProblems();
    updating_ = false;
}

void AssociationInspector::fillScope(QTableWidget* table, const std::optional<OrderedJson>& scope) {
    const QSignalBlocker blocker(table);
    // Rows being typed (a key without a committed value) are kept until they are complete.
    std::vector<std::pair<QString, QString>> rows;
    if (scope && scope->is_object())
        for (auto it = scope->begin(); it != scope->end(); ++it)
            rows.emplace_back(QString::fromStdString(it.key()), textFromScalar(it.value()));
    int pending = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QTableWidgetItem* key = table->item(r, 0);
        if (!key || key->text().trimmed().isEmpty()) ++pending;
    }
    table->setRowCount(int(rows.size()) + pending);
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < 2; ++c) {
            QTableWidgetItem* item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            const QString& text = c == 0 ? rows[size_t(r)].first : rows[size_t(r)].second;
            if (item->text() != text) item->setText(text);
        }
    }
    for (int r = int(rows.size()); r < table->rowCount(); ++r)
        for (int c = 0; c < 2; ++c)
            if (!table->item(r, c)) table->setItem(r, c, new QTableWidgetItem);
}

void AssociationInspector::updateEnabled() {
    const Association& a = model_->document().associations[size_t(index_)];
    const AssociationOptions& o = a.options;
    const bool btm = a.type == AssociationType::BelongsToMany;
    const bool belongsTo = a.type == AssociationType::BelongsTo;
    const bool objectAlias = asObject_->isChecked();
    as_->setEnabled(!objectAlias);
    asSingular_->setEnabled(objectAlias);
    asPlural_->setEnabled(objectAlias);
    sourceKey_->setEnabled(!belongsTo || o.sourceKey);
    targetKey_->setEnabled(belongsTo || btm || o.targetKey);
    otherKey_->setEnabled(btm || o.otherKey);
    throughBox_->setEnabled(btm || o.through || o.uniqueKey);
    scopeBox_->setEnabled(!belongsTo || o.scope);
    const QString notFor = tr("Not an option of %1.").arg(QString::fromLatin1(associationTypeName(a.type)));
    for (QWidget* w : {static_cast<QWidget*>(sourceKey_), static_cast<QWidget*>(targetKey_),
                       static_cast<QWidget*>(otherKey_), static_cast<QWidget*>(throughBox_),
                       static_cast<QWidget*>(scopeBox_)}) {
        if (w->property("relataProblem").toBool()) continue;
        w->setToolTip(w->isEnabled() ? w->property("relataToolTip").toString() : notFor);
    }
}

void AssociationInspector::fillSummary() {
    const ResolvedAssociation* r = resolvedAssociation(model_->schema(), index_);
    if (!r) {
        summary_->setText(tr("<i>Not built: Sequelize stops with an error before this association.</i>"));
        return;
    }
    auto code = [](const std::string& s) { return QStringLiteral("<code>") + QString::fromStdString(s).toHtmlEscaped() + QStringLiteral("</code>"); };
    QStringList lines;
    QString alias = code(r->as);
    if (!r->singular.empty() || !r->plural.empty())
        alias += QStringLiteral(" (") + tr("singular %1, plural %2").arg(code(r->singular), code(r->plural)) + QLatin1Char(')');
    lines << tr("Alias: %1").arg(alias);
    const Table* source = model_->schema().findModel(r->source);
    const Table* target = model_->schema().findModel(r->target);
    auto tableOf = [](const Table* t) { return t ? QString::fromStdString(t->tableName) : QStringLiteral("?"); };
    QString fkTable;
    switch (r->type) {
    case AssociationType::BelongsTo: fkTable = tableOf(source); break;
    case AssociationType::HasOne:
    case AssociationType::HasMany: fkTable = tableOf(target); break;
    case AssociationType::BelongsToMany: fkTable = QString::fromStdString(r->throughTable); break;
    }
    lines << tr("Foreign key: %1 on table %2").arg(code(r->foreignKeyField), code(fkTable.toStdString()));
    if (r->type == AssociationType::BelongsTo)
        lines << tr("References %1.%2").arg(code(tableOf(target).toStdString()), code(r->targetKeyField));
    else if (r->type != AssociationType::BelongsToMany)
        lines << tr("References %1.%2").arg(code(tableOf(source).toStdString()), code(r->sourceKeyField));
    if (r->type == AssociationType::BelongsToMany) {
        lines << tr("Join model %1 (table %2), other key %3")
                     .arg(code(r->through), code(r->throughTable), code(r->otherKeyField));
        if (r->pairedWith >= 0) lines << tr("Paired with association #%1").arg(r->pairedWith + 1);
    }
    if (!r->constraints) lines << tr("No REFERENCES constraint (constraints: false)");
    else
        lines << tr("ON DELETE %1, ON UPDATE %2")
                     .arg(QString::fromStdString(r->onDelete.value_or("-")).toUpper(),
                          QString::fromStdString(r->onUpdate.value_or("-")).toUpper());
    QStringList methods;
    for (const Accessor& acc : r->accessors) {
        if (acc.installed) methods << code(acc.name);
        else methods << QStringLiteral("<s>") + code(acc.name) + QStringLiteral("</s> (") +
                            QString::fromStdString(acc.skippedBecause).toHtmlEscaped() + QLatin1Char(')');
    }
    lines << tr("Methods on %1: %2").arg(code(r->source), methods.join(QStringLiteral(", ")));
    summary_->setText(lines.join(QStringLiteral("<br>")));
}

void AssociationInspector::markProblems() {
    const QString prefix = associationPath(index_);
    const Diagnostics problems = diagnosticsUnder(model_->diagnostics(), prefix);
    struct Target {
        const char* rest;
        QWidget* field;
    };
    const Target targets[] = {
        {"/type", type_},
        {"/source", source_},
        {"/target", target_},
        {"/options/as", as_},
        {"/options/foreignKey", foreignKey_},
        {"/options/sourceKey", sourceKey_},
        {"/options/targetKey", targetKey_},
        {"/options/otherKey", otherKey_},
        {"/options/through", through_},
        {"/options/scope", scope_},
        {"/options/constraints", constraints_},
        {"/options/onDelete", onDelete_},
        {"/options/onUpdate", onUpdate_},
        {"/options/uniqueKey", uniqueKey_},
    };
    for (const Target& t : targets) {
        const Diagnostics here = diagnosticsUnder(problems, prefix + QLatin1String(t.rest));
        QWidget* field = t.field;
        if (t.field == as_) {
            field = asObject_->isChecked() ? asSingular_ : as_;
            markField(asObject_->isChecked() ? as_ : asSingular_, {});
        }
        markField(field, diagnosticsText(here));
    }
    problems_->setVisible(!problems.empty());
    problems_->setText(diagnosticsText(problems));
}

void AssociationInspector::showRefusal(QWidget* field, const QString& message) {
    markField(field, message);
    problems_->setText(message);
    problems_->setVisible(!message.isEmpty());
}

bool AssociationInspector::edit(const QString& what, const QString& value, QWidget* field,
                                const std::function<void(OrderedJson&)>& change) {
    if (updating_ || index_ < 0 || size_t(index_) >= model_->document().associations.size()) return false;
    const Association& a = model_->document().associations[size_t(index_)];
    const QString text = value.isEmpty() ? tr("Clear %1 of %2").arg(what, associationLabel(a))
                                         : tr("Set %1 of %2 to %3").arg(what, associationLabel(a), value);
    const int index = index_;
    const EditOutcome outcome = pushAssociationEdit(model_, index, text, [&](OrderedJson& association) {
        if (!association.contains("options") || !association["options"].is_object())
            association["options"] = OrderedJson::object();
        change(association);
        if (association["options"].empty()) association.erase("options");
    });
    if (!outcome.accepted) {
        showRefusal(field, outcome.message);
        return false;
    }
    // The item being edited stays selected (views may drop a selection whose item they redraw).
    if (outcome.changed && selection_ && selection_->currentAssociation() != index) selection_->selectAssociation(index);
    return outcome.changed;
}

void AssociationInspector::setOption(const char* key, const QString& what, QWidget* field, const OrderedJson* value) {
    edit(what, value ? textFromScalar(*value) : QString(), field, [&](OrderedJson& a) {
        if (value) a["options"][key] = *value;
        else a["options"].erase(key);
    });
}

void AssociationInspector::commitType() {
    const QString name = type_->currentText();
    edit(tr("type"), name, type_, [&](OrderedJson& a) { a["type"] = name.toStdString(); });
}

void AssociationInspector::commitEnd(bool target) {
    QComboBox* combo = target ? target_ : source_;
    const QString name = combo->currentText();
    edit(target ? tr("target") : tr("source"), name, combo,
         [&](OrderedJson& a) { a[target ? "target" : "source"] = name.toStdString(); });
}

void AssociationInspector::commitAs() {
    if (updating_) return;
    if (asObject_->isChecked()) {
        const std::string singular = asSingular_->text().trimmed().toStdString();
        const std::string plural = asPlural_->text().trimmed().toStdString();
        OrderedJson value = OrderedJson::object();
        if (!singular.empty()) value["singular"] = singular;
        if (!plural.empty()) value["plural"] = plural;
        const QString shown = QString::fromStdString(singular) + QLatin1Char('/') + QString::fromStdString(plural);
        edit(QStringLiteral("as"), value.empty() ? QString() : shown, asSingular_, [&](OrderedJson& a) {
            if (value.empty()) a["options"].erase("as");
            else a["options"]["as"] = value;
        });
        return;
    }
    const QString text = as_->text().trimmed();
    const OrderedJson value(text.toStdString());
    setOption("as", QStringLiteral("as"), as_, text.isEmpty() ? nullptr : &value);
}

void AssociationInspector::commitForeignKey() {
    if (updating_) return;
    const std::string name = foreignKey_->text().trimmed().toStdString();
    const std::optional<bool> allowNull = triState(fkAllowNull_);
    const std::string field = fkField_->text().trimmed().toStdString();
    QString shown = QString::fromStdString(name);
    if (allowNull) shown += *allowNull ? tr(" (NULL allowed)") : tr(" (NOT NULL)");
    if (!field.empty()) shown += QStringLiteral(" → ") + QString::fromStdString(field);
    edit(QStringLiteral("foreignKey"), shown.trimmed(), foreignKey_, [&](OrderedJson& a) {
        OrderedJson& options = a["options"];
        OrderedJson object = options.contains("foreignKey") && options["foreignKey"].is_object() ? options["foreignKey"]
                                                                                                : OrderedJson::object();
        if (name.empty()) object.erase("name");
        else object["name"] = name;
        if (allowNull) object["allowNull"] = *allowNull;
        else object.erase("allowNull");
        if (field.empty()) object.erase("field");
        else object["field"] = field;
        if (object.empty()) options.erase("foreignKey");
        else if (object.size() == 1 && object.contains("name")) options["foreignKey"] = name;
        else options["foreignKey"] = object;
    });
}

void AssociationInspector::commitKey(const char* key, QLineEdit* edit) {
    if (updating_) return;
    const QString text = edit->text().trimmed();
    const OrderedJson value(text.toStdString());
    if (std::string(key) == "otherKey") {
        // otherKey may be an object like foreignKey: keep its other keys.
        this->edit(QLatin1String(key), text, edit, [&](OrderedJson& a) {
            OrderedJson& options = a["options"];
            if (options.contains(key) && options[key].is_object()) {
                if (text.isEmpty()) options[key].erase("name");
                else options[key]["name"] = value;
                if (options[key].empty()) options.erase(key);
            } else if (text.isEmpty()) {
                options.erase(key);
            } else {
                options[key] = value;
            }
        });
        return;
    }
    setOption(key, QLatin1String(key), edit, text.isEmpty() ? nullptr : &value);
}

void AssociationInspector::commitThrough() {
    if (updating_) return;
    const std::string model = through_->currentText().trimmed().toStdString();
    const std::optional<bool> unique = triState(throughUnique_);
    OrderedJson scope = OrderedJson::object();
    for (int r = 0; r < throughScope_->rowCount(); ++r) {
        const QTableWidgetItem* k = throughScope_->item(r, 0);
        const QTableWidgetItem* v = throughScope_->item(r, 1);
        if (!k || k->text().trimmed().isEmpty()) continue;
        scope[k->text().trimmed().toStdString()] = scalarFromText(v ? v->text() : QString());
    }
    edit(QStringLiteral("through"), QString::fromStdString(model), through_, [&](OrderedJson& a) {
        OrderedJson& options = a["options"];
        OrderedJson object = options.contains("through") && options["through"].is_object() ? options["through"]
                                                                                            : OrderedJson::object();
        if (model.empty() && !unique && scope.empty()) {
            options.erase("through");
            return;
        }
        object["model"] = model;
        if (unique) object["unique"] = *unique;
        else object.erase("unique");
        if (scope.empty()) object.erase("scope");
        else object["scope"] = scope;
        if (object.size() == 1) options["through"] = model;
        else options["through"] = object;
    });
}

void AssociationInspector::commitScope(bool through) {
    if (updating_) return;
    if (through) {
        commitThrough();
        return;
    }
    OrderedJson scope = OrderedJson::object();
    QStringList shown;
    for (int r = 0; r < scope_->rowCount(); ++r) {
        const QTableWidgetItem* k = scope_->item(r, 0);
        const QTableWidgetItem* v = scope_->item(r, 1);
        if (!k || k->text().trimmed().isEmpty()) continue;
        scope[k->text().trimmed().toStdString()] = scalarFromText(v ? v->text() : QString());
        shown << k->text().trimmed() + QStringLiteral(" = ") + (v ? v->text().trimmed() : QString());
    }
    edit(QStringLiteral("scope"), shown.join(QStringLiteral(", ")), scope_, [&](OrderedJson& a) {
        if (scope.empty()) a["options"].erase("scope");
        else a["options"]["scope"] = scope;
    });
}

void AssociationInspector::addScopeRow(bool through) {
    QTableWidget* table = through ? throughScope_ : scope_;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem);
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

void AssociationInspector::removeScopeRow(bool through) {
    QTableWidget* table = through ? throughScope_ : scope_;
    const int row = table->currentRow();
    if (row < 0) return;
    {
        const QSignalBlocker blocker(table);
        table->removeRow(row);
    }
    commitScope(through);
}

void AssociationInspector::commitConstraints() {
    const std::optional<bool> value = triState(constraints_);
    const OrderedJson json = value ? OrderedJson(*value) : OrderedJson();
    setOption("constraints", QStringLiteral("constraints"), constraints_, value ? &json : nullptr);
}

void AssociationInspector::commitAction(const char* key, QComboBox* combo) {
    const QString action = combo->currentData().toString();
    const OrderedJson json(action.toStdString());
    setOption(key, QLatin1String(key), combo, action.isEmpty() ? nullptr : &json);
}

void AssociationInspector::commitUniqueKey() {
    if (updating_) return;
    const QString text = uniqueKey_->text().trimmed();
    const OrderedJson json(text.toStdString());
    setOption("uniqueKey", QStringLiteral("uniqueKey"), uniqueKey_, text.isEmpty() ? nullptr : &json);
}

} // namespace relata::ui
