#include "sql/Dialect.h"

#include "sql/MySqlDialect.h"
#include "sql/PostgresDialect.h"
#include "sql/SqliteDialect.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace relata {

// ---------------------------------------------------------------------------------------------
// Factory

std::unique_ptr<Dialect> Dialect::create(DialectKind kind) {
    switch (kind) {
    case DialectKind::Postgres:
        return std::make_unique<PostgresDialect>();
    case DialectKind::MySql:
        return std::make_unique<MySqlDialect>();
    case DialectKind::Sqlite:
        return std::make_unique<SqliteDialect>();
    }
    return nullptr;
}

static std::string asciiLower(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool Dialect::parse(const std::string& name, DialectKind& out) {
    const std::string n = asciiLower(name);
    if (n == "postgres" || n == "postgresql") {
        out = DialectKind::Postgres;
        return true;
    }
    if (n == "mysql" || n == "mariadb") {
        out = DialectKind::MySql;
        return true;
    }
    if (n == "sqlite") {
        out = DialectKind::Sqlite;
        return true;
    }
    return false;
}

std::vector<DialectKind> Dialect::all() {
    return {DialectKind::Postgres, DialectKind::MySql, DialectKind::Sqlite};
}

namespace {

// DataType.toSql() as most dialects write it, one row per TypeId in enum order.
constexpr TypeSpelling kCommonTypes[] = {
    {TypeId::Unknown, {}, TypeArgs::AsWritten},
    {TypeId::String, "VARCHAR", TypeArgs::Sized},
    {TypeId::Char, "CHAR", TypeArgs::Sized},
    {TypeId::Text, "TEXT", TypeArgs::None},
    {TypeId::Integer, "INTEGER", TypeArgs::Number},
    {TypeId::BigInt, "BIGINT", TypeArgs::Number},
    {TypeId::SmallInt, "SMALLINT", TypeArgs::Number},
    {TypeId::TinyInt, "TINYINT", TypeArgs::Number},
    {TypeId::MediumInt, "MEDIUMINT", TypeArgs::Number},
    {TypeId::Float, "FLOAT", TypeArgs::Number},
    {TypeId::Double, "DOUBLE PRECISION", TypeArgs::Number},
    {TypeId::Real, "REAL", TypeArgs::Number},
    {TypeId::Decimal, "DECIMAL", TypeArgs::Decimal},
    {TypeId::Boolean, "TINYINT(1)", TypeArgs::None},
    {TypeId::Date, "DATETIME", TypeArgs::None},
    {TypeId::DateOnly, "DATE", TypeArgs::None},
    {TypeId::Time, "TIME", TypeArgs::None},
    {TypeId::Uuid, "UUID", TypeArgs::None},
    {TypeId::Json, "JSON", TypeArgs::None},
    {TypeId::Jsonb, "JSONB", TypeArgs::None}, // as Sequelize writes it, also where it fails
    {TypeId::Blob, "BLOB", TypeArgs::None},
    {TypeId::Enum, "ENUM", TypeArgs::EnumValues},
};

} // namespace

Dialect::Dialect(const DialectSpec& spec)
    : kind_(spec.kind), name_(spec.name), identifierQuote_(spec.identifierQuote),
      maxIdentifierLength_(spec.maxIdentifierLength), stringEscapes_(spec.stringEscapes) {
    static_assert(std::size(kCommonTypes) == kTypeIdCount, "one row per TypeId");
    std::copy(std::begin(kCommonTypes), std::end(kCommonTypes), types_.begin());
    for (const TypeSpelling& own : spec.types)
        types_[static_cast<size_t>(own.id)] = own;
    for (const CharEscape& e : stringEscapes_)
        stringSpecials_ += e.c;
}

// ---------------------------------------------------------------------------------------------
// Type keys

TypeId typeId(const std::string& k) {
    switch (k.size()) {
    case 4:
        if (k == "CHAR") return TypeId::Char;
        if (k == "TEXT") return TypeId::Text;
        if (k == "REAL") return TypeId::Real;
        if (k == "DATE") return TypeId::Date;
        if (k == "TIME") return TypeId::Time;
        if (k == "UUID") return TypeId::Uuid;
        if (k == "JSON") return TypeId::Json;
        if (k == "BLOB") return TypeId::Blob;
        if (k == "ENUM") return TypeId::Enum;
        break;
    case 5:
        if (k == "FLOAT") return TypeId::Float;
        if (k == "JSONB") return TypeId::Jsonb;
        break;
    case 6:
        if (k == "STRING") return TypeId::String;
        if (k == "BIGINT") return TypeId::BigInt;
        if (k == "DOUBLE") return TypeId::Double;
        break;
    case 7:
        if (k == "INTEGER") return TypeId::Integer;
        if (k == "TINYINT") return TypeId::TinyInt;
        if (k == "DECIMAL") return TypeId::Decimal;
        if (k == "BOOLEAN") return TypeId::Boolean;
        break;
    case 8:
        if (k == "SMALLINT") return TypeId::SmallInt;
        if (k == "DATEONLY") return TypeId::DateOnly;
        break;
    case 9:
        if (k == "MEDIUMINT") return TypeId::MediumInt;
        break;
    default:
        break;
    }
    return TypeId::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Quoting

namespace {

// quote + value + quote, each character of `specials` replaced by its entry in `escapes`.
void appendQuoted(std::string& out, std::string_view value, char quote, std::string_view specials,
                  std::span<const CharEscape> escapes) {
    out += quote;
    size_t start = 0;
    for (size_t pos; (pos = value.find_first_of(specials, start)) != std::string_view::npos;
         start = pos + 1) {
        out.append(value.data() + start, pos - start);
        for (const CharEscape& e : escapes)
            if (e.c == value[pos]) out += e.with;
    }
    out.append(value.data() + start, value.size() - start);
    out += quote;
}

} // namespace

void Dialect::appendIdentifier(std::string& out, std::string_view name) const {
    const char doubled[2] = {identifierQuote_, identifierQuote_};
    const CharEscape escape{identifierQuote_, std::string_view(doubled, 2)};
    appendQuoted(out, name, identifierQuote_, std::string_view(&identifierQuote_, 1), {&escape, 1});
}

void Dialect::appendString(std::string& out, std::string_view value) const {
    appendQuoted(out, value, '\'', stringSpecials_, stringEscapes_);
}

std::string Dialect::quoteIdentifier(const std::string& name) const {
    std::string out;
    out.reserve(name.size() + 2);
    appendIdentifier(out, name);
    return out;
}

std::string Dialect::quoteString(const std::string& value) const {
    std::string out;
    out.reserve(value.size() + 2);
    appendString(out, value);
    return out;
}

void Dialect::appendIdentifierList(std::string& out, const std::vector<std::string>& names,
                                   const char* sep) const {
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += sep;
        appendIdentifier(out, names[i]);
    }
}

void Dialect::appendUpper(std::string& out, std::string_view s) {
    for (char c : s)
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string Dialect::typeSql(const DataType& type) const {
    std::string out;
    appendTypeSql(out, type);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Literals

namespace {

// Number.prototype.toString for the values a JSON document can hold.
void appendJsNumber(std::string& out, const OrderedJson& v) {
    if (v.is_number_integer()) {
        out += v.dump();
        return;
    }
    const double d = v.get<double>();
    if (std::isnan(d)) {
        out += "NaN";
        return;
    }
    if (std::isinf(d)) {
        out += d < 0 ? "-Infinity" : "Infinity";
        return;
    }
    if (d == 0) {
        out += '0'; // also -0
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 1e21) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", d);
        out += buf;
        return;
    }
    out += v.dump(); // shortest round-trip form, like JavaScript
}

bool isZeroArg(const std::string& a) {
    for (char c : a)
        if (c != '0') return false;
    return true;
}

// JavaScript isNaN(string) is false for numeric strings (leading/trailing spaces allowed).
bool isNumericString(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
        --e;
    if (b == e) return true; // Number('') === 0
    const std::string t = s.substr(b, e - b);
    if (t == "Infinity" || t == "+Infinity" || t == "-Infinity") return true;
    for (char c : t)
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' ||
              c == 'x' || c == 'X' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    char* end = nullptr;
    std::strtod(t.c_str(), &end);
    return end && *end == '\0';
}

const char kHex[] = "0123456789abcdef";

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

// moment(value) for the ISO 8601 forms (YYYY-MM-DD[( |T)HH[:mm[:ss[.SSS]]]][Z|+-HH[:]mm]) and
// epoch milliseconds; a value without an offset is taken as UTC (Sequelize's timezone '+00:00').
bool parseMomentValue(const OrderedJson& v, int64_t& epochMs) {
    if (v.is_number()) {
        epochMs = v.is_number_integer() ? v.get<int64_t>() : static_cast<int64_t>(v.get<double>());
        return true;
    }
    if (!v.is_string()) return false;
    const std::string& s = v.get_ref<const std::string&>();
    size_t i = 0;
    auto digits = [&](size_t n, int64_t& out) {
        if (i + n > s.size()) return false;
        out = 0;
        for (size_t k = 0; k < n; ++k) {
            const char c = s[i + k];
            if (c < '0' || c > '9') return false;
            out = out * 10 + (c - '0');
        }
        i += n;
        return true;
    };
    int64_t y, mo, d, h = 0, mi = 0, sec = 0, ms = 0, offMin = 0;
    if (!digits(4, y) || i >= s.size() || s[i++] != '-' || !digits(2, mo) || i >= s.size() || s[i++] != '-' ||
        !digits(2, d))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
    if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
        ++i;
        if (!digits(2, h)) return false;
        if (i < s.size() && s[i] == ':') {
            ++i;
            if (!digits(2, mi)) return false;
            if (i < s.size() && s[i] == ':') {
                ++i;
                if (!digits(2, sec)) return false;
                if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
                    ++i;
                    int64_t scale = 100;
                    bool any = false;
                    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                        ms += (s[i] - '0') * scale;
                        scale /= 10;
                        any = true;
                        ++i;
                    }
                    if (!any) return false;
                }
            }
        }
        if (h > 24 || mi > 59 || sec > 59) return false;
        if (i < s.size() && s[i] == 'Z') {
            ++i;
        } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            const int sign = s[i++] == '-' ? -1 : 1;
            int64_t oh, om = 0;
            if (!digits(2, oh)) return false;
            if (i < s.size() && s[i] == ':') ++i;
            if (i < s.size() && !digits(2, om)) return false;
            offMin = sign * (oh * 60 + om);
        }
    }
    if (i != s.size()) return false;
    epochMs = ((daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 24 + h) * 60 + mi -
               offMin) *
                  60000 +
              sec * 1000 + ms;
    return true;
}

// moment(...).utcOffset('+00:00').format('YYYY-MM-DD HH:mm:ss.SSS Z') or .format('YYYY-MM-DD').
std::string formatMomentUtc(int64_t epochMs, bool withTime) {
    int64_t days = epochMs / 86400000, rem = epochMs % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[64];
    if (!withTime) {
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    } else {
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02lld.%03lld +00:00",
                      static_cast<long long>(y), m, d, static_cast<long long>(rem / 3600000),
                      static_cast<long long>(rem / 60000 % 60), static_cast<long long>(rem / 1000 % 60),
                      static_cast<long long>(rem % 1000));
    }
    return buf;
}

} // namespace

bool Dialect::defaultSchemable(const Column& column) {
    if (!column.defaultValue) return false;
    const OrderedJson& v = *column.defaultValue;
    // {"fn": "NOW"} / {"fn": "UUIDV4"}: DataTypes.NOW / UUIDV4 instances, which
    // Utils.defaultValueSchemable() rejects. Sequelize fills them in on create().
    if (v.is_object() && v.contains("fn")) return false;
    return true;
}

void Dialect::appendPlainLiteral(std::string& out, const OrderedJson& v) const {
    if (v.is_null()) {
        out += "NULL";
    } else if (v.is_boolean()) {
        out += booleanLiteral(v.get<bool>());
    } else if (v.is_number()) {
        appendJsNumber(out, v);
    } else if (v.is_string()) {
        appendString(out, v.get_ref<const std::string&>());
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            appendPlainLiteral(out, v[i]);
        }
    } else {
        appendString(out, v.dump());
    }
}

void Dialect::appendBlobLiteral(std::string& out, const std::string& hex) const {
    out += "X'";
    out += hex;
    out += '\'';
}

void Dialect::appendTypedLiteral(std::string& out, const OrderedJson& v, const DataType& type) const {
    if (v.is_null()) {
        out += "NULL";
        return;
    }
    const TypeId id = typeId(type.key);
    if (id == TypeId::Json || id == TypeId::Jsonb) { // JSON.stringify, then escaped as a string
        appendString(out, v.dump());
        return;
    }
    if (id == TypeId::Float || id == TypeId::Double || id == TypeId::Real) {
        // escape === false: `'${isNaN(v) ? 'NaN' : v}'`
        out += '\'';
        if (v.is_number())
            appendJsNumber(out, v);
        else if (v.is_boolean())
            out += v.get<bool>() ? "true" : "false";
        else if (v.is_string() && isNumericString(v.get_ref<const std::string&>()))
            out += v.get_ref<const std::string&>();
        else
            out += "NaN";
        out += '\'';
        return;
    }
    if (id == TypeId::Date || id == TypeId::DateOnly) {
        // DATE / DATEONLY stringify through moment; values it cannot read are written as given.
        int64_t ms;
        if (parseMomentValue(v, ms)) {
            appendString(out, formatMomentUtc(ms, id == TypeId::Date));
            return;
        }
    }
    if (id == TypeId::Blob) { // escape === false: hex of the UTF-8 bytes
        const std::string bytes = v.is_string() ? v.get<std::string>() : v.dump();
        std::string hex;
        hex.reserve(bytes.size() * 2);
        for (unsigned char c : bytes) {
            hex += kHex[c >> 4];
            hex += kHex[c & 15];
        }
        appendBlobLiteral(out, hex);
        return;
    }
    appendPlainLiteral(out, v);
}

void Dialect::appendDefault(std::string& out, const Column& column) const {
    if (!defaultSchemable(column)) return;
    out += " DEFAULT ";
    appendTypedLiteral(out, *column.defaultValue, column.type);
}

std::string Dialect::defaultLiteral(const Column& column) const {
    std::string out;
    appendDefault(out, column);
    if (out.size() >= 9) out.erase(0, 9); // " DEFAULT "
    return out;
}

// ---------------------------------------------------------------------------------------------
// Columns and constraints

void Dialect::appendColumnType(std::string& out, const Table&, const Column& column) const {
    appendTypeSql(out, column.type);
}

void Dialect::appendReferences(std::string& out, const Column& column) const {
    if (!column.references) return;
    out += " REFERENCES ";
    appendIdentifier(out, column.references->table);
    out += " (";
    appendIdentifier(out, column.references->key.empty() ? std::string_view("id") : column.references->key);
    out += ')';
    if (column.onDelete && !column.onDelete->empty()) {
        out += " ON DELETE ";
        appendUpper(out, *column.onDelete);
    }
    if (column.onUpdate && !column.onUpdate->empty()) {
        out += " ON UPDATE ";
        appendUpper(out, *column.onUpdate);
    }
}

void Dialect::appendUniqueConstraint(std::string& out, const Table&, const UniqueKey& key) const {
    out += "UNIQUE (";
    appendIdentifierList(out, key.fields, ", ");
    out += ')';
}

bool Dialect::primaryKeyAsTableConstraint(const TableContext& ctx) const {
    return ctx.primaryKeyCount > 0;
}

void Dialect::appendForeignKeyConstraints(std::string&, const TableContext&) const {}

void Dialect::appendCreateTableSuffix(std::string&) const {}

void Dialect::appendTableConstraints(std::string& out, const TableContext& ctx) const {
    for (const UniqueKey& key : ctx.table.uniqueKeys) {
        if (!key.named || key.fields.empty()) continue; // `unique: true` is the inline UNIQUE
        out += ", ";
        appendUniqueConstraint(out, ctx.table, key);
    }
    if (primaryKeyAsTableConstraint(ctx)) {
        out += ", PRIMARY KEY (";
        bool first = true;
        for (const Column& c : ctx.table.columns) {
            if (!c.primaryKey) continue;
            if (!first) out += ", ";
            first = false;
            appendIdentifier(out, c.field);
        }
        out += ')';
    }
    appendForeignKeyConstraints(out, ctx);
}

std::string Dialect::createTable(const TableContext& ctx) const {
    std::string out;
    out.reserve(64 + ctx.table.columns.size() * 48);
    out += "CREATE TABLE IF NOT EXISTS ";
    appendIdentifier(out, ctx.table.tableName);
    out += " (";
    bool first = true;
    for (const Column& c : ctx.table.columns) {
        if (!first) out += ", ";
        first = false;
        appendIdentifier(out, c.field);
        out += ' ';
        appendColumnDefinition(out, ctx, c);
    }
    appendTableConstraints(out, ctx);
    out += ')';
    appendCreateTableSuffix(out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Statements around a table

void Dialect::beforeCreateTable(std::vector<std::string>&, const Table&) const {}

void Dialect::afterCreateTable(std::vector<std::string>& out, const Table& table) const {
    for (const TableIndex& index : table.indexes)
        out.push_back(createIndex(table, index));
}

std::string Dialect::indexName(const Table& table, const TableIndex& index) {
    if (!index.name.empty()) return index.name;
    // inflection.underscore: '_' before every ASCII capital, one leading '_' dropped per
    // '::'-separated part, parts joined by '/', all lower-cased.
    std::string joined = table.tableName;
    for (const std::string& f : index.fields) {
        joined += '_';
        joined += f;
    }
    std::string out;
    out.reserve(joined.size() + 8);
    size_t start = 0;
    while (true) {
        const size_t sep = joined.find("::", start);
        const std::string_view part(joined.data() + start,
                                    (sep == std::string::npos ? joined.size() : sep) - start);
        std::string p;
        for (char c : part) {
            if (c >= 'A' && c <= 'Z') p += '_';
            p += c;
        }
        if (!p.empty() && p[0] == '_') p.erase(0, 1);
        out += p;
        if (sep == std::string::npos) break;
        out += '/';
        start = sep + 2;
    }
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string Dialect::createIndex(const Table& table, const TableIndex& index) const {
    std::string out = index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
    appendIdentifier(out, indexName(table, index));
    out += " ON ";
    appendIdentifier(out, table.tableName);
    out += " (";
    appendIdentifierList(out, index.fields, ", ");
    out += ')';
    return out;
}

// ---------------------------------------------------------------------------------------------
// FK cycles

std::string Dialect::alterTable(const Table& table) const {
    std::string out = "ALTER TABLE ";
    appendIdentifier(out, table.tableName);
    return out;
}

std::string Dialect::addForeignKey(const Table& table, const Column& column) const {
    std::string out = alterTable(table);
    out += " ADD FOREIGN KEY (";
    appendIdentifier(out, column.field);
    out += ')';
    appendReferences(out, column);
    return out;
}

void Dialect::deferredColumnStatements(std::vector<std::string>& out, const Table& table,
                                       const Column& column) const {
    // Model.sync({alter: true}) skips primary-key columns entirely, so an FK that is part of
    // the primary key (a join table's) is never added in the second pass.
    if (column.primaryKey) return;
    if (column.references)
        out.push_back(addForeignKey(table, column));
    else if (column.unique && column.unique->flag)
        redeclareUnique(out, table, column);
}

void Dialect::redeclareUnique(std::vector<std::string>&, const Table&, const Column&) const {}

// ---------------------------------------------------------------------------------------------
// Drops

std::string Dialect::dropTable(const Table& table) const {
    std::string out = "DROP TABLE IF EXISTS ";
    appendIdentifier(out, table.tableName);
    return out;
}

void Dialect::afterDropTable(std::vector<std::string>&, const Table&) const {}
void Dialect::beforeDropAll(std::vector<std::string>&, bool) const {}
void Dialect::afterDropAll(std::vector<std::string>&, bool) const {}

// ---------------------------------------------------------------------------------------------
// Type helpers shared by the dialects

namespace {

void appendNumberType(std::string& out, std::string_view name, const DataType& type) {
    // NUMBER.prototype.toSql: NAME[(length[,decimals])]; a zero length prints nothing.
    out += name;
    if (!type.args.empty() && !isZeroArg(type.args[0])) {
        out += '(';
        out += type.args[0];
        if (type.args.size() > 1) {
            out += ',';
            out += type.args[1];
        }
        out += ')';
    }
}

void appendDecimalType(std::string& out, std::string_view name, const DataType& type) {
    // DECIMAL.prototype.toSql: DECIMAL(p,s) without its zero parts ([p, s].filter(_.identity)).
    out += name;
    bool open = false;
    for (size_t i = 0; i < type.args.size() && i < 2; ++i) {
        if (isZeroArg(type.args[i])) continue;
        out += open ? ',' : '(';
        open = true;
        out += type.args[i];
    }
    if (open) out += ')';
}

void appendSizedType(std::string& out, std::string_view name, const DataType& type) {
    // STRING / CHAR: VARCHAR(n) / CHAR(n), 255 without a length.
    out += name;
    out += '(';
    if (!type.args.empty() && !isZeroArg(type.args[0]))
        out += type.args[0];
    else
        out += "255";
    out += ')';
}

bool hasNonZeroArg(const DataType& type, size_t i) {
    return type.args.size() > i && !isZeroArg(type.args[i]);
}

} // namespace

void Dialect::appendTypeSql(std::string& out, const DataType& type) const {
    const TypeSpelling& spelling = types_[static_cast<size_t>(typeId(type.key))];
    switch (spelling.args) {
    case TypeArgs::AsWritten:
        out += type.text();
        return;
    case TypeArgs::None:
        out += spelling.sql;
        return;
    case TypeArgs::Number:
        appendNumberType(out, spelling.sql, type);
        return;
    case TypeArgs::NumberIfWhole:
        if (hasNonZeroArg(type, 1))
            out += spelling.sql;
        else
            appendNumberType(out, spelling.sql, type);
        return;
    case TypeArgs::Precision:
        out += spelling.sql;
        if (hasNonZeroArg(type, 0)) {
            out += '(';
            out += type.args[0];
            out += ')';
        }
        return;
    case TypeArgs::Sized:
        appendSizedType(out, spelling.sql, type);
        return;
    case TypeArgs::Decimal:
        appendDecimalType(out, spelling.sql, type);
        return;
    case TypeArgs::EnumValues:
        appendEnumValues(out, type);
        return;
    }
}

void Dialect::appendEnumValues(std::string& out, const DataType& type) const {
    out += "ENUM(";
    for (size_t i = 0; i < type.values.size(); ++i) {
        if (i) out += ", ";
        appendString(out, type.values[i]);
    }
    out += ')';
}

} // namespace relata
