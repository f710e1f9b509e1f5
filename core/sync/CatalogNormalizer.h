#pragma once
// One spelling for what two sides may write differently: the SQL Relata writes (VARCHAR(255),
// SERIAL, ENUM('a', 'b'), DEFAULT 'x') and what a database's catalog reads back
// ("character varying(255)", integer + nextval(...), enum('a','b'), 'x'::character varying).
// Expected and live schemas are compared through these functions, so equal means in sync.
#include "sql/Dialect.h"

#include <optional>
#include <string>
#include <vector>

namespace relata {

class CatalogNormalizer {
public:
    // A type in the form that is compared: postgres format_type spelling, MariaDB COLUMN_TYPE
    // without integer display widths (tinyint(1) kept), SQLite's declared type upper-cased.
    // Idempotent.
    static std::string canonicalType(DialectKind kind, const std::string& type);

    // The value a default expression stands for: casts, parentheses and quotes removed
    // ('x'::character varying -> x, '-1'::integer -> -1, E'\\x00' -> \x00). Nothing for no
    // default or a NULL default.
    static std::optional<std::string> defaultValue(DialectKind kind, const std::optional<std::string>& expression);

    // Whether two default expressions give the same value for a column of `canonicalType`
    // (numbers compared as numbers, JSON as JSON, booleans as 1/0 on MySQL and SQLite).
    static bool sameDefault(DialectKind kind, const std::optional<std::string>& a,
                            const std::optional<std::string>& b, const std::string& canonicalType);

    // ON DELETE / ON UPDATE as compared: upper-case, an absent action as the database's default
    // (NO ACTION; RESTRICT on MySQL, where the two are the same).
    static std::string action(DialectKind kind, const std::string& action);

    // Whether `type` (canonical) is an integer type.
    static bool isIntegerType(const std::string& canonicalType);

    // The labels of ENUM('a', 'b') / enum('a','b'); false when `type` is no such list.
    static bool enumLabels(const std::string& type, std::vector<std::string>& labels);

    // Whether every value of a `from` column fits a `to` column unchanged (both canonical):
    // varchar(10) -> varchar(255), integer -> bigint, anything -> text. SQLite keeps every value.
    static bool widening(DialectKind kind, const std::string& from, const std::string& to);
};

} // namespace relata
