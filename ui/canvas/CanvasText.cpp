#include "canvas/CanvasText.h"

#include <QCoreApplication>
#include <QStringList>

namespace relata::ui {

namespace {

// The canvas texts' translation context, declared so that lupdate finds the strings.
class Canvas {
    Q_DECLARE_TR_FUNCTIONS(relata::ui::Canvas)
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

QString associationAlias(const Document& doc, int index) {
    if (index < 0 || index >= static_cast<int>(doc.associations.size())) return {};
    const Association& a = doc.associations[static_cast<size_t>(index)];
    if (!a.options.as) return {};
    const AliasSpec& as = *a.options.as;
    if (!as.isObject) return q(as.name);
    return q(as.plural.empty() ? as.singular : as.plural);
}

QString associationCall(const Document& doc, int index) {
    if (index < 0 || index >= static_cast<int>(doc.associations.size())) return {};
    const Association& a = doc.associations[static_cast<size_t>(index)];
    QStringList options;
    const QString alias = associationAlias(doc, index);
    if (!alias.isEmpty()) options << QStringLiteral("as: '%1'").arg(alias);
    if (a.options.through && !a.options.through->model.empty())
        options << QStringLiteral("through: '%1'").arg(q(a.options.through->model));
    if (a.options.foreignKey && !a.options.foreignKey->name.empty())
        options << QStringLiteral("foreignKey: '%1'").arg(q(a.options.foreignKey->name));
    if (a.options.constraints && !*a.options.constraints) options << QStringLiteral("constraints: false");
    QString call = QStringLiteral("%1.%2(%3").arg(q(a.source), QLatin1String(associationTypeName(a.type)), q(a.target));
    if (!options.isEmpty()) call += QStringLiteral(", { %1 }").arg(options.join(QStringLiteral(", ")));
    return call + QLatin1Char(')');
}

const ResolvedAssociation* resolvedAssociation(const ResolvedSchema& schema, int index) {
    // Resolved associations are in document order, so index i is usually at position i.
    if (index >= 0 && index < static_cast<int>(schema.associations.size()) &&
        schema.associations[static_cast<size_t>(index)].index == index)
        return &schema.associations[static_cast<size_t>(index)];
    for (const ResolvedAssociation& r : schema.associations)
        if (r.index == index) return &r;
    return nullptr;
}

QString columnToolTip(const Table& table, const Column& column, const Document& doc) {
    QStringList lines;
    QString head = q(column.attribute);
    if (column.field != column.attribute) head += QStringLiteral(" (column %1)").arg(q(column.field));
    lines << QStringLiteral("%1: %2").arg(head, q(column.type.text()));
    switch (column.origin) {
    case ColumnOrigin::Declared: break;
    case ColumnOrigin::AutoPrimaryKey: lines << Canvas::tr("Implicit primary key added by Sequelize"); break;
    case ColumnOrigin::Timestamp:
        lines << (column.attribute == "deletedAt" || column.field == "deleted_at" ? Canvas::tr("Timestamp added by paranoid: true")
                                                                                : Canvas::tr("Timestamp added by timestamps: true"));
        break;
    case ColumnOrigin::ForeignKey: lines << Canvas::tr("Foreign key added by:"); break;
    case ColumnOrigin::JoinKey: lines << Canvas::tr("Join-table key added by:"); break;
    }
    if (!column.associations.empty()) {
        if (column.origin == ColumnOrigin::Declared || column.origin == ColumnOrigin::AutoPrimaryKey ||
            column.origin == ColumnOrigin::Timestamp)
            lines << Canvas::tr("Used by:");
        for (int index : column.associations) lines << QStringLiteral("  ") + associationCall(doc, index);
    }
    QStringList flags;
    if (column.primaryKey) flags << Canvas::tr("primary key");
    if (column.autoIncrement) flags << Canvas::tr("auto-increment");
    if (column.unique) flags << (column.unique->name.empty() ? Canvas::tr("unique") : Canvas::tr("unique (%1)").arg(q(column.unique->name)));
    if (!column.allowNull) flags << Canvas::tr("not null");
    if (!flags.isEmpty()) lines << flags.join(QStringLiteral(", "));
    if (column.references) {
        lines << Canvas::tr("references %1(%2)").arg(q(column.references->table), q(column.references->key));
        if (column.onDelete) lines << QStringLiteral("ON DELETE %1").arg(q(*column.onDelete));
        if (column.onUpdate) lines << QStringLiteral("ON UPDATE %1").arg(q(*column.onUpdate));
    }
    if (table.autoCreated) lines << Canvas::tr("Table created by belongsToMany's through");
    return lines.join(QLatin1Char('\n'));
}

QString associationToolTip(const Document& doc, const ResolvedSchema& schema, int index) {
    QStringList lines;
    lines << associationCall(doc, index);
    const ResolvedAssociation* r = resolvedAssociation(schema, index);
    if (!r) {
        lines << Canvas::tr("Not resolved (an earlier error stopped Sequelize)");
        return lines.join(QLatin1Char('\n'));
    }
    switch (r->type) {
    case AssociationType::BelongsTo:
        lines << Canvas::tr("Foreign key %1.%2 → %3.%4")
                     .arg(q(r->source), q(r->foreignKeyField), q(r->target), q(r->targetKeyField));
        break;
    case AssociationType::HasOne:
    case AssociationType::HasMany:
        lines << Canvas::tr("Foreign key %1.%2 → %3.%4")
                     .arg(q(r->target), q(r->foreignKeyField), q(r->source), q(r->sourceKeyField));
        break;
    case AssociationType::BelongsToMany:
        lines << Canvas::tr("Through %1: %2 → %3, %4 → %5")
                     .arg(q(r->throughTable), q(r->foreignKeyField), q(r->source), q(r->otherKeyField), q(r->target));
        break;
    }
    if (!r->constraints) lines << Canvas::tr("constraints: false (no database foreign key)");
    if (r->onDelete) lines << QStringLiteral("ON DELETE %1").arg(q(*r->onDelete));
    if (r->onUpdate) lines << QStringLiteral("ON UPDATE %1").arg(q(*r->onUpdate));
    if (!r->as.empty()) lines << Canvas::tr("Accessed as %1").arg(q(r->as));
    return lines.join(QLatin1Char('\n'));
}

} // namespace relata::ui
