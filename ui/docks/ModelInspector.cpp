#include "docks/ModelInspector.h"

#include "docks/EditSupport.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"
#include "resolve/ResolvedSchema.h"
#include "schema/DataType.h"

#include <QAbstractItemView>
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
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relata::ui {

namespace {

const QColor kProblemTint(217, 83, 79, 70);

// The Type column: an editable list of Sequelize's DataTypes with common arguments.
class TypeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QStringList items;
        for (const std::string& key : DataType::knownKeys()) {
            items << QString::fromStdString(key);
            if (key == "STRING") items << QStringLiteral("STRING(64)");
            if (key == "CHAR") items << QStringLiteral("CHAR(1)");
            if (key == "DECIMAL") items << QStringLiteral("DECIMAL(10,2)");
            if (key == "ENUM") items.last() = QStringLiteral("ENUM(a, b)");
        }
        combo->addItems(items);
        combo->setToolTip(ModelInspector::tr("A Sequelize data type, with arguments: STRING(64), DECIMAL(10,2), "
                                             "ENUM(draft, published)."));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
    }
};

QString typeText(const AttributeDef& a) {
    if (!a.type) return {};
    if (a.type->key == "ENUM") {
        QStringList values;
        for (const std::string& v : a.type->values) values << QString::fromStdString(v);
        return QStringLiteral("ENUM(") + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QString::fromStdString(a.type->text());
}

QString defaultText(const AttributeDef& a) {
    if (!a.defaultValue) return {};
    const OrderedJson& v = *a.defaultValue;
    if (v.is_object() && v.contains("fn") && v["fn"].is_string()) return QString::fromStdString(v["fn"].get<std::string>());
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (s == "NOW" || s == "UUIDV4") return QString::fromStdString(v.dump());
    }
    return textFromScalar(v);
}

QString uniqueText(const AttributeDef& a) {
    if (!a.unique) return {};
    if (!a.unique->name.empty()) return QString::fromStdString(a.unique->name);
    return a.unique->flag ? QStringLiteral("true") : QStringLiteral("false");
}

QString referencesText(const AttributeDef& a) {
    if (!a.references) return {};
    QString out = QString::fromStdString(a.references->model);
    if (!a.references->key.empty()) out += QLatin1Char('.') + QString::fromStdString(a.references->key);
    return out;
}

std::string unescapeToken(const std::string& token) {
    std::string out;
    for (size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

int columnForLeaf(const std::string& leaf) {
    if (leaf == "type" || leaf == "values") return ModelInspector::ColType;
    if (leaf == "allowNull") return ModelInspector::ColAllowNull;
    if (leaf == "primaryKey") return ModelInspector::ColPrimaryKey;
    if (leaf == "autoIncrement") return ModelInspector::ColAutoIncrement;
    if (leaf == "unique") return ModelInspector::ColUnique;
    if (leaf == "defaultValue") return ModelInspector::ColDefault;
    if (leaf == "references") return ModelInspector::ColReferences;
    return ModelInspector::ColName;
}

// Rebuilds an ordered attributes object with `from` renamed to `to` in place.
void renameKey(OrderedJson& object, const std::string& from, const std::string& to) {
    OrderedJson out = OrderedJson::object();
    for (auto it = object.begin(); it != object.end(); ++it) out[it.key() == from ? to : it.key()] = it.value();
    object = std::move(out);
}

QString originLabel(ColumnOrigin origin) {
    switch (origin) {
    case ColumnOrigin::Declared: return ModelInspector::tr("declared");
    case ColumnOrigin::AutoPrimaryKey: return ModelInspector::tr("implicit primary key");
    case ColumnOrigin::Timestamp: return ModelInspector::tr("timestamp");
    case ColumnOrigin::ForeignKey: return ModelInspector::tr("foreign key");
    case ColumnOrigin::JoinKey: return ModelInspector::tr("join key");
    }
    return {};
}

QCheckBox* flagBox(QWidget* parent) {
    auto* box = new QCheckBox(parent);
    return box;
}

} // namespace

ModelInspector::ModelInspector(DesignModel* model, SelectionModel* selection, QWidget* parent)
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

    optionsBox_ = new QGroupBox(this);
    auto* form = new QFormLayout(optionsBox_);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    nameEdit_ = new QLineEdit(optionsBox_);
    nameEdit_->setObjectName(QStringLiteral("modelName"));
    tableNameEdit_ = new QLineEdit(optionsBox_);
    tableNameEdit_->setObjectName(QStringLiteral("tableName"));
    tableNameEdit_->setClearButtonEnabled(true);
    singularEdit_ = new QLineEdit(optionsBox_);
    singularEdit_->setObjectName(QStringLiteral("nameSingular"));
    pluralEdit_ = new QLineEdit(optionsBox_);
    pluralEdit_->setObjectName(QStringLiteral("namePlural"));
    nameLabel_ = new QLabel(optionsBox_);
    tableNameLabel_ = new QLabel(optionsBox_);
    singularLabel_ = new QLabel(optionsBox_);
    pluralLabel_ = new QLabel(optionsBox_);
    form->addRow(nameLabel_, nameEdit_);
    form->addRow(tableNameLabel_, tableNameEdit_);
    form->addRow(singularLabel_, singularEdit_);
    form->addRow(pluralLabel_, pluralEdit_);
    auto* flags = new QGridLayout;
    timestamps_ = flagBox(optionsBox_);
    timestamps_->setObjectName(QStringLiteral("timestamps"));
    underscored_ = flagBox(optionsBox_);
    underscored_->setObjectName(QStringLiteral("underscored"));
    freezeTableName_ = flagBox(optionsBox_);
    freezeTableName_->setObjectName(QStringLiteral("freezeTableName"));
    paranoid_ = flagBox(optionsBox_);
    paranoid_->setObjectName(QStringLiteral("paranoid"));
    flags->addWidget(timestamps_, 0, 0);
    flags->addWidget(underscored_, 0, 1);
    flags->addWidget(freezeTableName_, 1, 0);
    flags->addWidget(paranoid_, 1, 1);
    form->addRow(flags);
    layout->addWidget(optionsBox_);

    attributesBox_ = new QGroupBox(this);
    auto* attrLayout = new QVBoxLayout(attributesBox_);
    attributes_ = new QTableWidget(0, ColumnCount, attributesBox_);
    attributes_->setObjectName(QStringLiteral("attributeTable"));
    attributes_->setItemDelegateForColumn(ColType, new TypeDelegate(attributes_));
    attributes_->setSelectionBehavior(QAbstractItemView::SelectRows);
    attributes_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    attributes_->verticalHeader()->hide();
    attributes_->horizontalHeader()->setStretchLastSection(true);
    attributes_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    attributes_->setMinimumHeight(140);
    attrLayout->addWidget(attributes_);
    auto* buttons = new QHBoxLayout;
    auto makeButton = [this](const QString& iconName, const QString& fallback) {
        auto* b = new QToolButton(attributesBox_);
        b->setIcon(QIcon(QStringLiteral(":/icons/") + iconName + QStringLiteral(".svg")));
        if (b->icon().isNull()) b->setText(fallback);
        b->setAutoRaise(true);
        return b;
    };
    addButton_ = makeButton(QStringLiteral("add"), QStringLiteral("+"));
    addButton_->setObjectName(QStringLiteral("addAttribute"));
    removeButton_ = makeButton(QStringLiteral("remove"), QStringLiteral("−"));
    removeButton_->setObjectName(QStringLiteral("removeAttribute"));
    upButton_ = makeButton(QStringLiteral("up"), QStringLiteral("↑"));
    downButton_ = makeButton(QStringLiteral("down"), QStringLiteral("↓"));
    buttons->addWidget(addButton_);
    buttons->addWidget(removeButton_);
    buttons->addWidget(upButton_);
    buttons->addWidget(downButton_);
    buttons->addStretch(1);
    attrLayout->addLayout(buttons);
    layout->addWidget(attributesBox_, 1);

    columnsBox_ = new QGroupBox(this);
    auto* columnsLayout = new QVBoxLayout(columnsBox_);
    columns_ = new QTreeWidget(columnsBox_);
    columns_->setObjectName(QStringLiteral("resolvedColumns"));
    columns_->setColumnCount(4);
    columns_->setRootIsDecorated(false);
    columns_->setAlternatingRowColors(true);
    columns_->setMinimumHeight(100);
    columnsLayout->addWidget(columns_);
    layout->addWidget(columnsBox_, 1);

    header_->setWordWrap(true);
    problems_->setMinimumWidth(80);

    connect(nameEdit_, &QLineEdit::editingFinished, this, &ModelInspector::commitName);
    connect(tableNameEdit_, &QLineEdit::editingFinished, this, &ModelInspector::commitTableName);
    connect(singularEdit_, &QLineEdit::editingFinished, this, [this] { commitNameOption(false); });
    connect(pluralEdit_, &QLineEdit::editingFinished, this, [this] { commitNameOption(true); });
    connect(timestamps_, &QCheckBox::toggled, this, [this](bool on) { commitFlag("timestamps", on, true); });
    connect(underscored_, &QCheckBox::toggled, this, [this](bool on) { commitFlag("underscored", on, false); });
    connect(freezeTableName_, &QCheckBox::toggled, this, [this](bool on) { commitFlag("freezeTableName", on, false); });
    connect(paranoid_, &QCheckBox::toggled, this, [this](bool on) { commitFlag("paranoid", on, false); });
    connect(attributes_, &QTableWidget::itemChanged, this, &ModelInspector::attributeItemChanged);
    connect(attributes_, &QTableWidget::itemSelectionChanged, this, &ModelInspector::updateButtons);
    connect(addButton_, &QToolButton::clicked, this, &ModelInspector::addAttribute);
    connect(removeButton_, &QToolButton::clicked, this, &ModelInspector::removeSelectedAttributes);
    connect(upButton_, &QToolButton::clicked, this, [this] { moveSelectedAttribute(-1); });
    connect(downButton_, &QToolButton::clicked, this, [this] { moveSelectedAttribute(1); });

    retranslate();
}

void ModelInspector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ModelInspector::retranslate() {
    optionsBox_->setTitle(tr("Model"));
    attributesBox_->setTitle(tr("Attributes"));
    nameLabel_->setText(tr("&Name:"));
    nameLabel_->setBuddy(nameEdit_);
    tableNameLabel_->setText(tr("&Table name:"));
    tableNameLabel_->setBuddy(tableNameEdit_);
    singularLabel_->setText(tr("Name, singular:"));
    pluralLabel_->setText(tr("Name, plural:"));
    nameEdit_->setToolTip(tr("The model name: the first argument of sequelize.define()."));
    tableNameEdit_->setToolTip(tr("options.tableName. Empty: Sequelize derives the table name from the model name."));
    singularEdit_->setToolTip(tr("options.name.singular: used in accessor names such as getUser."));
    pluralEdit_->setToolTip(tr("options.name.plural: used in accessor names such as getUsers."));
    timestamps_->setText(tr("timestamps"));
    timestamps_->setToolTip(tr("options.timestamps: createdAt and updatedAt columns (default: on)."));
    underscored_->setText(tr("underscored"));
    underscored_->setToolTip(tr("options.underscored: snake_case column names for generated columns."));
    freezeTableName_->setText(tr("freezeTableName"));
    freezeTableName_->setToolTip(tr("options.freezeTableName: the table name is the model name, not its plural."));
    paranoid_->setText(tr("paranoid"));
    paranoid_->setToolTip(tr("options.paranoid: destroy() sets deletedAt instead of deleting the row."));
    attributes_->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Null"), tr("PK"), tr("Auto"), tr("Unique"),
                                            tr("Default"), tr("References")});
    const QStringList headerTips = {
        tr("The attribute name (the key in define()'s attributes)."),
        tr("A Sequelize data type: STRING, STRING(64), INTEGER, DECIMAL(10,2), ENUM(a, b) ..."),
        tr("allowNull (checked: NULL allowed, the default)."),
        tr("primaryKey"),
        tr("autoIncrement"),
        tr("unique: true, or a key name shared by several attributes."),
        tr("defaultValue: a number, true/false, text, or NOW / UUIDV4."),
        tr("references: table.key (a TABLE name, as in Sequelize)."),
    };
    for (int c = 0; c < ColumnCount; ++c)
        if (auto* item = attributes_->horizontalHeaderItem(c)) item->setToolTip(headerTips[c]);
    addButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addButton_->setToolTip(tr("Add an attribute (%1)").arg(addButton_->shortcut().toString(QKeySequence::NativeText)));
    removeButton_->setToolTip(tr("Remove the selected attributes"));
    upButton_->setToolTip(tr("Move up (column order is attribute order)"));
    downButton_->setToolTip(tr("Move down"));
    columns_->setHeaderLabels({tr("Column"), tr("Type"), tr("Keys"), tr("Added by")});
}

void ModelInspector::setModelName(const QString& name) {
    if (name_ != name) {
        name_ = name;
        attributes_->setRowCount(0);
    }
    refresh();
}

int ModelInspector::modelIndex() const {
    return model_->document().modelIndex(name_.toStdString());
}

void ModelInspector::refresh() {
    const int index = modelIndex();
    if (index < 0) return;
    const Model& m = model_->document().models[size_t(index)];
    const Table* table = model_->schema().findModel(m.name);
    updating_ = true;

    header_->setText(tr("Model %1").arg(QString::fromStdString(m.name)));
    auto setLine = [](QLineEdit* edit, const QString& text, const QString& placeholder) {
        if (!(edit->hasFocus() && edit->isModified()) && edit->text() != text) edit->setText(text);
        edit->setPlaceholderText(placeholder);
        edit->setModified(false);
    };
    setLine(nameEdit_, QString::fromStdString(m.name), {});
    setLine(tableNameEdit_, QString::fromStdString(m.options.tableName.value_or("")),
            table ? QString::fromStdString(table->tableName) : QString());
    setLine(singularEdit_, QString::fromStdString(m.options.nameSingular.value_or("")),
            table ? QString::fromStdString(table->nameSingular) : QString());
    setLine(pluralEdit_, QString::fromStdString(m.options.namePlural.value_or("")),
            table ? QString::fromStdString(table->namePlural) : QString());
    {
        const QSignalBlocker b1(timestamps_), b2(underscored_), b3(freezeTableName_), b4(paranoid_);
        timestamps_->setChecked(table ? table->timestamps : m.options.timestamps.value_or(true));
        underscored_->setChecked(table ? table->underscored : m.options.underscored.value_or(false));
        freezeTableName_->setChecked(m.options.freezeTableName.value_or(false));
        paranoid_->setChecked(table ? table->paranoid : m.options.paranoid.value_or(false));
    }

    // Diagnostics pointing into this model.
    const QString prefix = modelPath(index);
    const Diagnostics problems = diagnosticsUnder(model_->diagnostics(), prefix);
    Diagnostics nameProblems, tableProblems, singularProblems, pluralProblems;
    for (const Diagnostic& d : problems) {
        const std::string rest = d.path.substr(std::min(d.path.size(), size_t(prefix.size())));
        if (rest == "/name") nameProblems.push_back(d);
        else if (rest.rfind("/options/tableName", 0) == 0) tableProblems.push_back(d);
        else if (rest.rfind("/options/name/singular", 0) == 0) singularProblems.push_back(d);
        else if (rest.rfind("/options/name", 0) == 0) pluralProblems.push_back(d);
    }
    markField(nameEdit_, diagnosticsText(nameProblems), tr("The model name: the first argument of sequelize.define()."));
    markField(tableNameEdit_, diagnosticsText(tableProblems),
              tr("options.tableName. Empty: Sequelize derives the table name from the model name."));
    markField(singularEdit_, diagnosticsText(singularProblems), tr("options.name.singular: used in accessor names such as getUser."));
    markField(pluralEdit_, diagnosticsText(pluralProblems), tr("options.name.plural: used in accessor names such as getUsers."));
    problems_->setVisible(!problems.empty());
    problems_->setText(diagnosticsText(problems));

    fillAttributes(problems);
    fillColumns();
    updating_ = false;
    updateButtons();
}

void ModelInspector::fillAttributes(const Diagnostics& problems) {
    const int index = modelIndex();
    const Model& m = model_->document().models[size_t(index)];
    const QSignalBlocker blocker(attributes_);
    const int rows = static_cast<int>(m.attributes.size());
    if (attributes_->rowCount() != rows) attributes_->setRowCount(rows);
    const std::string attrPrefix = modelPath(index).toStdString() + "/attributes/";
    for (int r = 0; r < rows; ++r) {
        const AttributeDef& a = m.attributes[size_t(r)];
        const QString texts[ColumnCount] = {QString::fromStdString(a.name), typeText(a), {}, {}, {}, uniqueText(a),
                                            defaultText(a), referencesText(a)};
        const bool checks[ColumnCount] = {false, false, a.allowNull.value_or(true), a.primaryKey.value_or(false),
                                          a.autoIncrement.value_or(false), false, false, false};
        Diagnostics cellProblems[ColumnCount];
        const std::string token = pointerToken(a.name);
        for (const Diagnostic& d : problems) {
            if (d.path.rfind(attrPrefix, 0) != 0) continue;
            const std::string rest = d.path.substr(attrPrefix.size());
            const size_t slash = rest.find('/');
            if (unescapeToken(rest.substr(0, slash)) != a.name && rest.substr(0, slash) != token) continue;
            const std::string leaf = slash == std::string::npos ? std::string() : rest.substr(slash + 1);
            cellProblems[columnForLeaf(leaf.substr(0, leaf.find('/')))].push_back(d);
        }
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem* item = attributes_->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                attributes_->setItem(r, c, item);
            }
            const bool checkable = c == ColAllowNull || c == ColPrimaryKey || c == ColAutoIncrement;
            if (checkable) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                const Qt::CheckState state = checks[c] ? Qt::Checked : Qt::Unchecked;
                if (item->data(Qt::CheckStateRole).isNull() || item->checkState() != state) item->setCheckState(state);
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
                if (item->text() != texts[c]) item->setText(texts[c]);
            }
            const QString message = diagnosticsText(cellProblems[c]);
            item->setData(Qt::BackgroundRole, message.isEmpty() ? QVariant() : QVariant(QBrush(kProblemTint)));
            item->setToolTip(message);
        }
    }
    if (rows > 0 && attributes_->property("sized").toBool() == false) {
        attributes_->resizeColumnsToContents();
        attributes_->setProperty("sized", true);
    }
}

void ModelInspector::fillColumns() {
    columns_->clear();
    const Table* table = model_->schema().findModel(name_.toStdString());
    if (!table) {
        columnsBox_->setTitle(tr("Table (not built: the design has an error before this model)"));
        return;
    }
    columnsBox_->setTitle(tr("Table \"%1\" as Sequelize builds it").arg(QString::fromStdString(table->tableName)));
    for (const relata::Column& c : table->columns) {
        QStringList keys;
        if (c.primaryKey) keys << QStringLiteral("PK");
        if (c.autoIncrement) keys << QStringLiteral("AI");
        if (!c.allowNull) keys << QStringLiteral("NN");
        if (c.unique) keys << QStringLiteral("UQ");
        if (c.references)
            keys << QStringLiteral("FK → %1.%2").arg(QString::fromStdString(c.references->table),
                                                     QString::fromStdString(c.references->key));
        QString name = QString::fromStdString(c.field);
        if (c.field != c.attribute) name += QStringLiteral(" (") + QString::fromStdString(c.attribute) + QLatin1Char(')');
        QString origin = originLabel(c.origin);
        QStringList by;
        for (int ai : c.associations) {
            if (ai < 0 || size_t(ai) >= model_->document().associations.size()) continue;
            const Association& a = model_->document().associations[size_t(ai)];
            by << QStringLiteral("%1.%2(%3)").arg(QString::fromStdString(a.source),
                                                  QString::fromLatin1(associationTypeName(a.type)),
                                                  QString::fromStdString(a.target));
        }
        if (!by.isEmpty()) origin += QStringLiteral(": ") + by.join(QStringLiteral(", "));
        auto* item = new QTreeWidgetItem(columns_, {name, QString::fromStdString(c.type.text()), keys.join(QLatin1Char(' ')), origin});
        if (c.origin != ColumnOrigin::Declared) {
            QFont f = item->font(0);
            f.setItalic(true);
            for (int i = 0; i < 4; ++i) item->setFont(i, f);
        }
        item->setToolTip(3, origin);
    }
    for (int i = 0; i < 3; ++i) columns_->resizeColumnToContents(i);
}

void ModelInspector::keepSelected() {
    if (selection_ && selection_->currentModel() != name_ && modelIndex() >= 0) selection_->selectModel(name_);
}

void ModelInspector::showRefusal(QWidget* field, const QString& message) {
    markField(field, message);
    problems_->setText(message);
    problems_->setVisible(!message.isEmpty());
}

void ModelInspector::commitName() {
    if (updating_ || modelIndex() < 0) return;
    const std::string from = name_.toStdString();
    const std::string to = nameEdit_->text().trimmed().toStdString();
    if (to == from) return;
    const EditOutcome outcome = pushJsonEdit(model_, tr("Rename model %1 to %2").arg(name_, QString::fromStdString(to)),
                                             [&](OrderedJson& doc) { renameModelInJson(doc, from, to); });
    if (!outcome.accepted) {
        showRefusal(nameEdit_, outcome.message);
        return;
    }
    name_ = QString::fromStdString(to);
    if (selection_) selection_->selectModel(name_);
}

void ModelInspector::commitTableName() {
    if (updating_) return;
    const int index = modelIndex();
    if (index < 0) return;
    const std::string value = tableNameEdit_->text().trimmed().toStdString();
    const EditOutcome outcome = pushModelEdit(
        model_, index,
        value.empty() ? tr("Clear tableName of %1").arg(name_)
                      : tr("Set tableName of %1 to %2").arg(name_, QString::fromStdString(value)),
        [&](OrderedJson& m) {
            OrderedJson& options = m["options"];
            if (!options.is_object()) options = OrderedJson::object();
            if (value.empty()) options.erase("tableName");
            else options["tableName"] = value;
            if (options.empty()) m.erase("options");
        });
    if (!outcome.accepted) showRefusal(tableNameEdit_, outcome.message);
    else keepSelected();
}

void ModelInspector::commitNameOption(bool plural) {
    if (updating_) return;
    const int index = modelIndex();
    if (index < 0) return;
    QLineEdit* edit = plural ? pluralEdit_ : singularEdit_;
    const std::string value = edit->text().trimmed().toStdString();
    const char* key = plural ? "plural" : "singular";
    const EditOutcome outcome = pushModelEdit(
        model_, index, tr("Set name.%1 of %2 to \"%3\"").arg(QLatin1String(key), name_, QString::fromStdString(value)),
        [&](OrderedJson& m) {
            OrderedJson& options = m["options"];
            if (!options.is_object()) options = OrderedJson::object();
            OrderedJson& n = options["name"];
            if (!n.is_object()) n = OrderedJson::object();
            if (value.empty()) n.erase(key);
            else n[key] = value;
            if (n.empty()) options.erase("name");
            if (options.empty()) m.erase("options");
        });
    if (!outcome.accepted) showRefusal(edit, outcome.message);
    else keepSelected();
}

void ModelInspector::commitFlag(const char* key, bool value, bool sequelizeDefault) {
    if (updating_) return;
    const int index = modelIndex();
    if (index < 0) return;
    const EditOutcome outcome = pushModelEdit(
        model_, index, (value ? tr("Turn on %1 of %2") : tr("Turn off %1 of %2")).arg(QLatin1String(key), name_),
        [&](OrderedJson& m) {
            OrderedJson& options = m["options"];
            if (!options.is_object()) options = OrderedJson::object();
            if (value == sequelizeDefault) options.erase(key);
            else options[key] = value;
            if (options.empty()) m.erase("options");
        });
    if (!outcome.accepted) showRefusal(problems_, outcome.message);
    else keepSelected();
}

void ModelInspector::attributeItemChanged(QTableWidgetItem* item) {
    if (updating_ || !item) return;
    const int index = modelIndex();
    if (index < 0) return;
    const Model& m = model_->document().models[size_t(index)];
    const int row = item->row();
    const int column = item->column();
    if (row < 0 || size_t(row) >= m.attributes.size()) return;
    const std::string attr = m.attributes[size_t(row)].name;
    const QString attrLabel = name_ + QLatin1Char('.') + QString::fromStdString(attr);
    const QString text = item->text().trimmed();
    const std::string value = text.toStdString();

    QString undoText;
    std::function<void(OrderedJson&)> change;
    switch (column) {
    case ColName:
        if (value == attr) return;
        undoText = tr("Rename attribute %1 to %2").arg(attrLabel, text);
        break;
    case ColType:
        undoText = tr("Set type of %1 to %2").arg(attrLabel, text);
        change = [&](OrderedJson& a) {
            a.erase("values");
            if (value.empty()) {
                a.erase("type");
                return;
            }
            const QString upper = text.toUpper();
            const int open = text.indexOf(QLatin1Char('('));
            if (upper.startsWith(QLatin1String("ENUM")) && open > 0 && text.endsWith(QLatin1Char(')'))) {
                a["type"] = "ENUM";
                OrderedJson values = OrderedJson::array();
                for (QString v : text.mid(open + 1, text.size() - open - 2).split(QLatin1Char(','))) {
                    v = v.trimmed();
                    if (v.size() >= 2 && (v.startsWith(QLatin1Char('\'')) || v.startsWith(QLatin1Char('"'))))
                        v = v.mid(1, v.size() - 2);
                    if (!v.isEmpty()) values.push_back(v.toStdString());
                }
                a["values"] = std::move(values);
            } else {
                a["type"] = value;
            }
        };
        break;
    case ColAllowNull:
    case ColPrimaryKey:
    case ColAutoIncrement: {
        const char* key = column == ColAllowNull ? "allowNull" : column == ColPrimaryKey ? "primaryKey" : "autoIncrement";
        const bool on = item->checkState() == Qt::Checked;
        const bool sequelizeDefault = column == ColAllowNull;
        undoText = (on ? tr("Turn on %1 of %2") : tr("Turn off %1 of %2")).arg(QLatin1String(key), attrLabel);
        change = [key, on, sequelizeDefault](OrderedJson& a) {
            if (on == sequelizeDefault) a.erase(key);
            else a[key] = on;
        };
        break;
    }
    case ColUnique:
        undoText = tr("Set unique of %1 to %2").arg(attrLabel, text.isEmpty() ? tr("none") : text);
        change = [&](OrderedJson& a) {
            if (value.empty()) a.erase("unique");
            else if (value == "true") a["unique"] = true;
            else if (value == "false") a["unique"] = false;
            else a["unique"] = value;
        };
        break;
    case ColDefault:
        undoText = tr("Set default of %1 to %2").arg(attrLabel, text.isEmpty() ? tr("none") : text);
        change = [&](OrderedJson& a) {
            if (value.empty()) a.erase("defaultValue");
            else if (value == "NOW" || value == "NOW()") a["defaultValue"] = OrderedJson{{"fn", "NOW"}};
            else if (value == "UUIDV4" || value == "UUIDV4()") a["defaultValue"] = OrderedJson{{"fn", "UUIDV4"}};
            else a["defaultValue"] = scalarFromText(text);
        };
        break;
    case ColReferences:
        undoText = tr("Set references of %1 to %2").arg(attrLabel, text.isEmpty() ? tr("none") : text);
        change = [&](OrderedJson& a) {
            if (value.empty()) {
                a.erase("references");
                return;
            }
            OrderedJson r = OrderedJson::object();
            const size_t dot = value.rfind('.');
            r["model"] = dot == std::string::npos ? value : value.substr(0, dot);
            if (dot != std::string::npos && dot + 1 < value.size()) r["key"] = value.substr(dot + 1);
            a["references"] = std::move(r);
        };
        break;
    default:
        return;
    }

    auto refuse = [&](const QString& message) {
        updating_ = true;
        {
            const QSignalBlocker blocker(attributes_);
            item->setData(Qt::BackgroundRole, QBrush(kProblemTint));
            item->setToolTip(message);
        }
        updating_ = false;
        problems_->setText(message);
        problems_->setVisible(true);
    };
    if (column == ColName &&
        std::any_of(m.attributes.begin(), m.attributes.end(), [&](const AttributeDef& a) { return a.name == value; })) {
        refuse(tr("%1 already has an attribute \"%2\".").arg(name_, text));
        return;
    }
    const EditOutcome outcome = pushModelEdit(model_, index, undoText, [&](OrderedJson& m) {
        OrderedJson& attributes = m["attributes"];
        if (column == ColName) renameKey(attributes, attr, value);
        else change(attributes[attr]);
    });
    if (!outcome.accepted) refuse(outcome.message);
    else keepSelected();
}

void ModelInspector::addAttribute() {
    const int index = modelIndex();
    if (index < 0) return;
    const Model& m = model_->document().models[size_t(index)];
    std::string name;
    for (int i = 1;; ++i) {
        name = "attribute" + std::to_string(i);
        if (std::none_of(m.attributes.begin(), m.attributes.end(), [&](const AttributeDef& a) { return a.name == name; }))
            break;
    }
    const EditOutcome outcome =
        pushModelEdit(model_, index, tr("Add attribute %1.%2").arg(name_, QString::fromStdString(name)), [&](OrderedJson& m) {
            m["attributes"][name] = OrderedJson{{"type", "STRING"}};
        });
    if (!outcome.changed) return;
    refresh();
    const int row = attributes_->rowCount() - 1;
    attributes_->setCurrentCell(row, ColName);
    attributes_->editItem(attributes_->item(row, ColName));
}

void ModelInspector::removeSelectedAttributes() {
    const int index = modelIndex();
    if (index < 0) return;
    const Model& m = model_->document().models[size_t(index)];
    std::vector<std::string> names;
    QStringList labels;
    for (const QModelIndex& i : attributes_->selectionModel()->selectedRows()) {
        if (i.row() < 0 || size_t(i.row()) >= m.attributes.size()) continue;
        names.push_back(m.attributes[size_t(i.row())].name);
        labels << QString::fromStdString(names.back());
    }
    if (names.empty() && attributes_->currentRow() >= 0 && size_t(attributes_->currentRow()) < m.attributes.size()) {
        names.push_back(m.attributes[size_t(attributes_->currentRow())].name);
        labels << QString::fromStdString(names.back());
    }
    if (names.empty()) return;
    pushModelEdit(model_, index, tr("Remove attribute %1 of %2", nullptr, int(names.size())).arg(labels.join(QStringLiteral(", ")), name_),
                 [&](OrderedJson& m) {
                     for (const std::string& n : names) m["attributes"].erase(n);
                 });
}

void ModelInspector::moveSelectedAttribute(int delta) {
    const int index = modelIndex();
    const int row = attributes_->currentRow();
    if (index < 0 || row < 0) return;
    const Model& m = model_->document().models[size_t(index)];
    const int to = row + delta;
    if (to < 0 || size_t(to) >= m.attributes.size() || size_t(row) >= m.attributes.size()) return;
    const std::string attr = m.attributes[size_t(row)].name;
    const EditOutcome outcome =
        pushModelEdit(model_, index, tr("Move attribute %1.%2").arg(name_, QString::fromStdString(attr)), [&](OrderedJson& m) {
            OrderedJson& attributes = m["attributes"];
            std::vector<std::pair<std::string, OrderedJson>> items;
            for (auto it = attributes.begin(); it != attributes.end(); ++it) items.emplace_back(it.key(), it.value());
            std::swap(items[size_t(row)], items[size_t(to)]);
            OrderedJson out = OrderedJson::object();
            for (auto& [k, v] : items) out[k] = std::move(v);
            attributes = std::move(out);
        });
    if (outcome.changed) {
        refresh();
        attributes_->setCurrentCell(to, attributes_->currentColumn() < 0 ? 0 : attributes_->currentColumn());
    }
}

void ModelInspector::updateButtons() {
    const int row = attributes_->currentRow();
    const bool has = row >= 0 && row < attributes_->rowCount();
    removeButton_->setEnabled(has || !attributes_->selectedItems().isEmpty());
    upButton_->setEnabled(has && row > 0);
    downButton_->setEnabled(has && row + 1 < attributes_->rowCount());
}

} // namespace relata::ui
