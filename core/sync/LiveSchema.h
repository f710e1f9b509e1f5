#pragma once
// A database schema as read from a live server's catalogs (or as Relata would create it),
// in dialect-neutral values. Introspection produces it; diff and import consume it.
#include <optional>
#include <string>
#include <vector>

namespace relata {

struct LiveColumn {
    std::string name;
    std::string type;        // the database's own spelling: "character varying(255)", "int(11)", "VARCHAR(255)"
    bool nullable = true;
    std::optional<std::string> defaultValue; // the catalog's default expression, as text
    bool autoIncrement = false;  // serial / identity / auto_increment / AUTOINCREMENT
    bool operator==(const LiveColumn&) const = default;
};

struct LiveForeignKey {
    std::string name; // constraint name (may be empty on SQLite)
    std::vector<std::string> columns;
    std::string refTable;
    std::vector<std::string> refColumns;
    std::string onDelete; // upper-case: CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION
    std::string onUpdate;
    bool operator==(const LiveForeignKey&) const = default;
};

// "fk_x (a, b) -> t (a, b)": a foreign key for notes and plan summaries.
inline std::string foreignKeyText(const LiveForeignKey& fk) {
    auto list = [](const std::vector<std::string>& names) {
        std::string out;
        for (size_t i = 0; i < names.size(); ++i)
            out += (i ? ", " : "") + names[i];
        return out;
    };
    return (fk.name.empty() ? "" : fk.name + " ") + "(" + list(fk.columns) + ") -> " + fk.refTable + " (" +
           list(fk.refColumns) + ")";
}

struct LiveKey {
    std::string name;
    std::vector<std::string> columns;
    bool operator==(const LiveKey&) const = default;
};

struct LiveIndex {
    std::string name;
    std::vector<std::string> columns;
    bool unique = false;
    bool operator==(const LiveIndex&) const = default;
};

struct LiveTable {
    std::string name;
    std::vector<LiveColumn> columns; // database order
    std::vector<std::string> primaryKey;
    std::string primaryKeyName;
    std::vector<LiveKey> uniqueKeys;
    std::vector<LiveForeignKey> foreignKeys;
    std::vector<LiveIndex> indexes; // other than PK / unique constraints
    long long rowCount = -1;        // filled on demand (data-loss figures)
    const LiveColumn* findColumn(const std::string& column) const {
        for (const LiveColumn& c : columns)
            if (c.name == column) return &c;
        return nullptr;
    }
    bool operator==(const LiveTable&) const = default;
};

struct LiveEnum {
    std::string name;
    std::vector<std::string> labels;
    bool operator==(const LiveEnum&) const = default;
};

struct LiveSchema {
    std::vector<LiveTable> tables;
    std::vector<LiveEnum> enums; // PostgreSQL
    const LiveTable* findTable(const std::string& name) const {
        for (const LiveTable& t : tables)
            if (t.name == name) return &t;
        return nullptr;
    }
    bool operator==(const LiveSchema&) const = default;
};

} // namespace relata
