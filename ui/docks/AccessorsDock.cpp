#include "docks/AccessorsDock.h"

#include "docks/EditSupport.h"
#include "docks/SqlHighlighter.h"
#include "model/DesignModel.h"
#include "model/SelectionModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relata::ui {

namespace {
const int kQueryRole = Qt::UserRole + 1;       // index into queries_ (methods)
const int kAssociationRole = Qt::UserRole + 2; // association index (groups)
} // namespace

AccessorsDock::AccessorsDock(DesignModel* model, SelectionModel* selection, QWidget* parent)
    : QDockWidget(parent), model_(model), selection_(selection) {
    setObjectName(QStringLiteral("AccessorsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    title_ = new QLabel(content);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setWordWrap(true);
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    dialectLabel_ = new QLabel(content);
    dialect_ = new QComboBox(content);
    dialect_->setObjectName(QStringLiteral("accessorDialect"));
    fillDialectCombo(dialect_);
    dialect_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(title_, 1);
    bar->addWidget(dialectLabel_);
    bar->addWidget(dialect_);
    layout->addLayout(bar);
    splitter_ = new QSplitter(Qt::Horizontal, content);
    tree_ = new QTreeWidget(splitter_);
    tree_->setObjectName(QStringLiteral("accessorMethods"));
    tree_->setColumnCount(2);
    tree_->header()->setStretchLastSection(true);
    sql_ = new QPlainTextEdit(splitter_);
    sql_->setObjectName(QStringLiteral("accessorSql"));
    sql_->setReadOnly(true);
    sql_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    sql_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    highlighter_ = new SqlHighlighter(sql_->document());
    splitter_->addWidget(tree_);
    splitter_->addWidget(sql_);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    layout->addWidget(splitter_, 1);
    setWidget(content);

    refresh_.setSingleShot(true);
    refresh_.setInterval(40);
    connect(&refresh_, &QTimer::timeout, this, &AccessorsDock::refreshNow);
    connect(model_, &DesignModel::schemaChanged, &refresh_, qOverload<>(&QTimer::start));
    connect(selection_, &SelectionModel::selectionChanged, &refresh_, qOverload<>(&QTimer::start));
    connect(dialect_, &QComboBox::currentIndexChanged, this, &AccessorsDock::refreshNow);
    connect(tree_, &QTreeWidget::currentItemChanged, this, &AccessorsDock::showSql);
    retranslate();
    refreshNow();
}

void AccessorsDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshNow();
    } else if (event->type() == QEvent::PaletteChange) {
        highlighter_->updateColors(palette());
    }
    QDockWidget::changeEvent(event);
}

void AccessorsDock::retranslate() {
    setWindowTitle(tr("Accessors"));
    dialectLabel_->setText(tr("Database:"));
    tree_->setHeaderLabels({tr("Method"), tr("Association")});
}

void AccessorsDock::setDialect(int dialectKind) {
    const int index = dialect_->findData(dialectKind);
    if (index >= 0) dialect_->setCurrentIndex(index);
}

void AccessorsDock::refreshNow() {
    refresh_.stop();
    QString model = selection_->currentModel();
    int focusAssociation = -1;
    const Document& doc = model_->document();
    if (model.isEmpty() && selection_->currentAssociation() >= 0 &&
        size_t(selection_->currentAssociation()) < doc.associations.size()) {
        focusAssociation = selection_->currentAssociation();
        model = QString::fromStdString(doc.associations[size_t(focusAssociation)].source);
    }
    shownModel_ = model;
    queries_.clear();
    tree_->clear();
    if (model.isEmpty()) {
        title_->setText(tr("Select a model to see the methods its associations add."));
        sql_->clear();
        return;
    }
    const ResolvedSchema& schema = model_->schema();
    if (!schema.findModel(model.toStdString())) {
        title_->setText(tr("%1: not built (the design has an error before it).").arg(model));
        sql_->clear();
        return;
    }
    const std::unique_ptr<Dialect> dialect = Dialect::create(DialectKind(dialect_->currentData().toInt()));
    queries_ = AccessorQueryBuilder::forModel(schema, model.toStdString(), *dialect);
    title_->setText(queries_.empty() ? tr("%1: no association adds methods to this model.").arg(model)
                                     : tr("Methods on %1 instances").arg(model));
    QTreeWidgetItem* group = nullptr;
    int groupAssociation = -2;
    QTreeWidgetItem* focus = nullptr;
    for (size_t i = 0; i < queries_.size(); ++i) {
        const AccessorQuery& q = queries_[i];
        if (q.association != groupAssociation) {
            groupAssociation = q.association;
            QString label = QString::fromStdString(q.associationKey);
            if (q.association >= 0 && size_t(q.association) < doc.associations.size()) {
                const Association& a = doc.associations[size_t(q.association)];
                label = QStringLiteral("%1.%2(%3)").arg(QString::fromStdString(a.source),
                                                        QString::fromLatin1(associationTypeName(a.type)),
                                                        QString::fromStdString(a.target));
                if (a.options.as) label += QStringLiteral(" as ") + QString::fromStdString(q.associationKey);
            }
            group = new QTreeWidgetItem(tree_, {label});
            group->setData(0, kAssociationRole, q.association);
            group->setFirstColumnSpanned(true);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            if (q.association == focusAssociation) focus = group;
        }
        auto* item = new QTreeWidgetItem(group, {QString::fromStdString(q.method) + QStringLiteral("()"),
                                                 QString::fromLatin1(accessorKindName(q.kind))});
        item->setData(0, kQueryRole, int(i));
        if (!q.installed) {
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Not installed by Sequelize (the name is taken)."));
            QFont f = item->font(0);
            f.setStrikeOut(true);
            item->setFont(0, f);
        }
    }
    tree_->expandAll();
    tree_->resizeColumnToContents(0);
    tree_->setCurrentItem(focus ? focus : tree_->topLevelItem(0));
    showSql();
}

void AccessorsDock::showSql() {
    QTreeWidgetItem* item = tree_->currentItem();
    QList<int> indices;
    if (item && item->data(0, kQueryRole).isValid()) {
        indices << item->data(0, kQueryRole).toInt();
    } else {
        // A group (or nothing): every method of that association (or of all).
        const QVariant association = item ? item->data(0, kAssociationRole) : QVariant();
        for (size_t i = 0; i < queries_.size(); ++i)
            if (!association.isValid() || queries_[i].association == association.toInt()) indices << int(i);
    }
    QString out;
    for (int i : indices) {
        const AccessorQuery& q = queries_[size_t(i)];
        out += QStringLiteral("-- %1.%2()").arg(shownModel_, QString::fromStdString(q.method));
        if (!q.installed) out += QStringLiteral("  ") + tr("(not installed: the name is taken)");
        out += QLatin1Char('\n');
        for (size_t s = 0; s < q.statements.size(); ++s) {
            out += QString::fromStdString(q.statements[s]) + QStringLiteral(";\n");
            if (s < q.parametersByStatement.size()) {
                const auto& params = q.parametersByStatement[s];
                for (size_t p = 0; p < params.size(); ++p)
                    out += QStringLiteral("--   %1: %2\n").arg(int(p + 1)).arg(QString::fromStdString(params[p]));
            }
        }
        out += QLatin1Char('\n');
    }
    sql_->setPlainText(out);
}

} // namespace relata::ui
