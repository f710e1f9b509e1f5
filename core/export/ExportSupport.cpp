#include "export/ExportSupport.h"

#include <cctype>
#include <cstdint>
#include <unordered_map>

namespace relata::exporting {

namespace {

bool hasType(const std::vector<const ResolvedAssociation*>& list, AssociationType t) {
    for (const ResolvedAssociation* a : list)
        if (a->type == t) return true;
    return false;
}

void finish(Relation& r) {
    const Column& c = *r.column;
    r.parentRequired = !c.allowNull || c.primaryKey;
    r.identifying = c.primaryKey;
    r.childUnique = columnAloneUnique(*r.child, c) ||
                    (hasType(r.associations, AssociationType::HasOne) &&
                     !hasType(r.associations, AssociationType::HasMany));
}

// The foreign key columns an association uses: (holder table, attribute, parent model, parent key field).
struct Link {
    const Table* holder;
    std::string attribute;
    const Table* parent;
    std::string parentField;
};

std::vector<Link> linksOf(const ResolvedSchema& schema, const ResolvedAssociation& a) {
    std::vector<Link> out;
    const Table* source = schema.findModel(a.source);
    const Table* target = schema.findModel(a.target);
    if (!source || !target) return out;
    switch (a.type) {
    case AssociationType::BelongsTo:
        out.push_back({source, a.foreignKey, target, a.targetKeyField});
        break;
    case AssociationType::HasOne:
    case AssociationType::HasMany:
        out.push_back({target, a.foreignKey, source, a.sourceKeyField});
        break;
    case AssociationType::BelongsToMany:
        if (const Table* join = schema.findModel(a.through)) {
            out.push_back({join, a.foreignKey, source, a.sourceKeyField});
            out.push_back({join, a.otherKey, target, a.targetKeyField});
        }
        break;
    }
    return out;
}

} // namespace

const ResolvedAssociation* findAssociation(const ResolvedSchema& schema, int documentIndex) {
    // Associations are kept in document order: the index is normally the position.
    if (documentIndex >= 0 && static_cast<size_t>(documentIndex) < schema.associations.size() &&
        schema.associations[static_cast<size_t>(documentIndex)].index == documentIndex)
        return &schema.associations[static_cast<size_t>(documentIndex)];
    for (const ResolvedAssociation& a : schema.associations)
        if (a.index == documentIndex) return &a;
    return nullptr;
}

std::vector<const ResolvedAssociation*> columnAssociations(const ResolvedSchema& schema, const Column& column) {
    std::vector<const ResolvedAssociation*> out;
    for (int i : column.associations)
        if (const ResolvedAssociation* a = findAssociation(schema, i)) out.push_back(a);
    return out;
}

bool columnAloneUnique(const Table& table, const Column& column) {
    if (column.unique && column.unique->flag) return true;
    for (const UniqueKey& k : table.uniqueKeys)
        if (k.fields.size() == 1 && k.fields.front() == column.field) return true;
    if (column.primaryKey) return table.primaryKeyColumns().size() == 1;
    return false;
}

std::vector<Relation> collectRelations(const ResolvedSchema& schema) {
    std::vector<Relation> out;
    for (const Table& t : schema.tables) {
        for (const Column& c : t.columns) {
            if (!c.references) continue;
            Relation r;
            r.child = &t;
            r.column = &c;
            r.parentTable = c.references->table;
            r.parent = schema.findTable(c.references->table);
            r.parentField = c.references->key;
            r.constraint = true;
            r.onDelete = c.onDelete;
            r.onUpdate = c.onUpdate;
            // Only the associations that point this column at the referenced table.
            for (const ResolvedAssociation* a : columnAssociations(schema, c))
                for (const Link& l : linksOf(schema, *a))
                    if (l.holder == &t && l.attribute == c.attribute && l.parent &&
                        l.parent->tableName == r.parentTable) {
                        r.associations.push_back(a);
                        break;
                    }
            finish(r);
            out.push_back(std::move(r));
        }
    }
    // Associations whose column has no constraint towards their parent (constraints: false).
    const size_t physical = out.size();
    auto keyOf = [](const Column* c, const std::string& table, const std::string& field) {
        std::string k = std::to_string(reinterpret_cast<std::uintptr_t>(c));
        k += '\0';
        k += table;
        k += '\0';
        k += field;
        return k;
    };
    std::unordered_map<std::string, size_t> known;
    known.reserve(out.size() * 2 + 16);
    for (size_t i = 0; i < out.size(); ++i) known.emplace(keyOf(out[i].column, out[i].parentTable, out[i].parentField), i);
    for (const ResolvedAssociation& a : schema.associations) {
        for (const Link& l : linksOf(schema, a)) {
            const Column* c = l.holder->findAttribute(l.attribute);
            if (!c || !l.parent) continue;
            const std::string key = keyOf(c, l.parent->tableName, l.parentField);
            const auto hit = known.find(key);
            if (hit != known.end()) {
                if (hit->second >= physical) out[hit->second].associations.push_back(&a);
                continue;
            }
            known.emplace(key, out.size());
            Relation r;
            r.child = l.holder;
            r.column = c;
            r.parentTable = l.parent->tableName;
            r.parent = l.parent;
            r.parentField = l.parentField;
            r.constraint = false;
            r.associations.push_back(&a);
            out.push_back(std::move(r));
        }
    }
    for (size_t i = physical; i < out.size(); ++i) finish(out[i]);
    return out;
}

std::string associationCall(const ResolvedAssociation& a) {
    return a.source + "." + associationTypeName(a.type) + "(" + a.target + ")";
}

std::string originText(ColumnOrigin origin) {
    switch (origin) {
    case ColumnOrigin::Declared: return "declared";
    case ColumnOrigin::AutoPrimaryKey: return "implicit primary key";
    case ColumnOrigin::Timestamp: return "timestamp";
    case ColumnOrigin::ForeignKey: return "foreign key";
    case ColumnOrigin::JoinKey: return "join key";
    }
    return "declared";
}

std::string upperAction(const std::string& action) {
    std::string out = action;
    for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

std::string compactJson(const OrderedJson& value) {
    if (value.is_object()) {
        std::string out = "{";
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            out += OrderedJson(it.key()).dump() + ": " + compactJson(it.value());
        }
        return out + "}";
    }
    if (value.is_array()) {
        std::string out = "[";
        for (size_t i = 0; i < value.size(); ++i) {
            if (i) out += ", ";
            out += compactJson(value[i]);
        }
        return out + "]";
    }
    return value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string NameScope::claim(const std::string& wanted) {
    if (used_.insert(wanted).second) return wanted;
    const bool underscore = !wanted.empty() && wanted.back() == '_';
    for (int n = 2;; ++n) {
        std::string candidate = wanted + (underscore ? "" : "_") + std::to_string(n);
        if (used_.insert(candidate).second) return candidate;
    }
}

std::string pascalWords(std::string_view name) {
    std::string out;
    bool startWord = true;
    for (char ch : name) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (u < 0x80 && std::isalnum(u)) {
            out += startWord ? static_cast<char>(std::toupper(u)) : ch;
            startWord = false;
        } else {
            startWord = true;
        }
    }
    return out;
}

} // namespace relata::exporting
