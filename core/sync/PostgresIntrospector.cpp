// PostgreSQL: four pg_catalog queries for the whole current schema (columns, constraints,
// indexes, enum types). Column lists come back as JSON arrays, so no name needs splitting;
// constraint keys come back as attribute numbers, named from the columns already read (one
// subquery per constraint made that query most of a no-op diff's time).
#include "sync/Introspector.h"

#include <nlohmann/json.hpp>

#include <QVariant>

#include <unordered_map>

namespace relata {

namespace {

const char* kColumns = R"SQL(
SELECT c.relname, a.attname,
       CASE WHEN t.typtype = 'e' THEN t.typname ELSE pg_catalog.format_type(a.atttypid, a.atttypmod) END,
       a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, c.oid::bigint, a.attnum
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
ORDER BY c.relname, a.attnum)SQL";

// Referenced columns of a table in another schema are named here (not among the columns read).
const char* kConstraints = R"SQL(
SELECT cl.relname, con.conname, con.contype, con.conrelid::bigint, array_to_string(con.conkey, ','),
       fc.relname, con.confrelid::bigint, array_to_string(con.confkey, ','),
       con.confdeltype, con.confupdtype,
       CASE WHEN fc.relnamespace <> cl.relnamespace THEN
         (SELECT json_agg(a.attname ORDER BY k.o) FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) END
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f')
ORDER BY cl.relname, con.conname)SQL";

// Indexes that back no constraint (PRIMARY KEY / UNIQUE constraints are read above).
const char* kIndexes = R"SQL(
SELECT cl.relname, ic.relname, i.indisunique,
       (SELECT json_agg(a.attname ORDER BY k.o) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
          LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
          WHERE k.o <= i.indnkeyatts),
       i.indexprs IS NOT NULL OR i.indpred IS NOT NULL
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class cl ON cl.oid = i.indrelid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
WHERE n.nspname = current_schema() AND NOT i.indisprimary
  AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_catalog.pg_constraint con
                           WHERE con.conindid <> 0 AND con.contype IN ('p', 'u', 'x'))
ORDER BY cl.relname, ic.relname)SQL";

const char* kEnums = R"SQL(
SELECT t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema()
GROUP BY t.typname ORDER BY t.typname)SQL";

std::vector<std::string> names(const QVariant& v) {
    std::vector<std::string> out;
    if (v.isNull()) return out;
    const auto j = nlohmann::json::parse(v.toString().toStdString(), nullptr, false);
    if (!j.is_array()) return out;
    for (const auto& e : j) out.push_back(e.is_string() ? e.get<std::string>() : std::string());
    return out;
}

// Column names by (table oid, attribute number), filled from the columns query.
class AttributeNames {
public:
    void add(long long table, int attnum, const std::string& name) { names_[key(table, attnum)] = name; }
    // "2,1" -> the names of attributes 2 and 1 of `table`; empty when one is unknown.
    std::vector<std::string> resolve(long long table, const QString& attnums) const {
        std::vector<std::string> out;
        for (const QStringView n : QStringView(attnums).split(u',', Qt::SkipEmptyParts)) {
            auto it = names_.find(key(table, n.toInt()));
            if (it == names_.end()) return {};
            out.push_back(it->second);
        }
        return out;
    }

private:
    static unsigned long long key(long long table, int attnum) {
        return (static_cast<unsigned long long>(table) << 16) | static_cast<unsigned short>(attnum);
    }
    std::unordered_map<unsigned long long, std::string> names_;
};

std::string pgAction(const QString& code) {
    const QChar c = code.isEmpty() ? QChar('a') : code.at(0);
    switch (c.toLatin1()) {
    case 'c': return "CASCADE";
    case 'n': return "SET NULL";
    case 'd': return "SET DEFAULT";
    case 'r': return "RESTRICT";
    default: return "NO ACTION";
    }
}

} // namespace

bool PostgresIntrospector::read(DatabaseConnection& connection, LiveSchema& out, std::string& error) {
    LiveSchema schema;
    std::unordered_map<std::string, size_t> byName;
    AttributeNames attributes;
    auto table = [&](const std::string& name) -> LiveTable& {
        auto [it, inserted] = byName.try_emplace(name, schema.tables.size());
        if (inserted) {
            schema.tables.emplace_back();
            schema.tables.back().name = name;
        }
        return schema.tables[it->second];
    };
    bool ok = connection.query(kColumns, [&](const QSqlQuery& q) {
        LiveTable& t = table(q.value(0).toString().toStdString());
        if (q.value(1).isNull()) return; // a table without columns
        LiveColumn c;
        c.name = q.value(1).toString().toStdString();
        attributes.add(q.value(6).toLongLong(), q.value(7).toInt(), c.name);
        c.type = q.value(2).toString().toStdString();
        c.nullable = !q.value(3).toBool();
        c.defaultValue = textOf(q.value(4));
        const std::string identity = q.value(5).toString().toStdString();
        if (!identity.empty()) c.autoIncrement = true;
        if (c.defaultValue && c.defaultValue->rfind("nextval(", 0) == 0) {
            c.autoIncrement = true;
            c.defaultValue.reset();
        }
        t.columns.push_back(std::move(c));
    }, &error);
    if (!ok) return false;
    ok = connection.query(kConstraints, [&](const QSqlQuery& q) {
        LiveTable& t = table(q.value(0).toString().toStdString());
        const std::string name = q.value(1).toString().toStdString();
        const QString type = q.value(2).toString();
        std::vector<std::string> columns = attributes.resolve(q.value(3).toLongLong(), q.value(4).toString());
        if (type == QLatin1String("p")) {
            t.primaryKeyName = name;
            t.primaryKey = std::move(columns);
        } else if (type == QLatin1String("u")) {
            t.uniqueKeys.push_back(LiveKey{name, std::move(columns)});
        } else {
            LiveForeignKey fk;
            fk.name = name;
            fk.columns = std::move(columns);
            fk.refTable = q.value(5).toString().toStdString();
            fk.refColumns = q.value(10).isNull()
                                ? attributes.resolve(q.value(6).toLongLong(), q.value(7).toString())
                                : names(q.value(10));
            fk.onDelete = pgAction(q.value(8).toString());
            fk.onUpdate = pgAction(q.value(9).toString());
            t.foreignKeys.push_back(std::move(fk));
        }
    }, &error);
    if (!ok) return false;
    ok = connection.query(kIndexes, [&](const QSqlQuery& q) {
        LiveTable& t = table(q.value(0).toString().toStdString());
        LiveIndex i;
        i.name = q.value(1).toString().toStdString();
        i.unique = q.value(2).toBool();
        i.columns = names(q.value(3));
        if (q.value(4).toBool()) i.columns.push_back(std::string()); // expression / partial: never equal to a design index
        t.indexes.push_back(std::move(i));
    }, &error);
    if (!ok) return false;
    ok = connection.query(kEnums, [&](const QSqlQuery& q) {
        schema.enums.push_back(LiveEnum{q.value(0).toString().toStdString(), names(q.value(1))});
    }, &error);
    if (!ok) return false;
    out = std::move(schema);
    return true;
}

} // namespace relata
