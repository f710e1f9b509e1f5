// C++ header: one struct per model (join models included) with typed members in column order,
// constexpr names, the primary key and the associations as constexpr metadata. The header is
// standalone C++17 and warning-free under -Wall -Wextra; names are made valid identifiers.
#include "export/ExportFormats.h"
#include "export/ExportSupport.h"

#include <cctype>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <map>

namespace relata::exporting {

namespace {

// ---- Identifiers ------------------------------------------------------------------------------

const std::set<std::string>& cppReserved() {
    static const std::set<std::string> words = {
        // keywords and alternative tokens (C++20 included, so the header stays valid later on)
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
        "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
        "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default",
        "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false",
        "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
        "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
        "register", "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
        "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "true",
        "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
        "wchar_t", "while", "xor", "xor_eq", "final", "override", "import", "module",
        // would hide the namespace the header qualifies every standard name with
        "std"};
    return words;
}

// The macros the header's own includes define (libstdc++/glibc with g++ and clang++, -std=c++17
// and gnu++17), plus a few well-known ones of other platform headers. A member with such a name
// would be replaced by the preprocessor.
const std::set<std::string>& macroNames() {
    static const std::set<std::string> names = [] {
    static const char* const text =
        "ADJ_ESTERROR ADJ_FREQUENCY ADJ_MAXERROR ADJ_MICRO ADJ_NANO ADJ_OFFSET ADJ_OFFSET_SINGLESHOT "
        "ADJ_OFFSET_SS_READ ADJ_SETOFFSET ADJ_STATUS ADJ_TAI ADJ_TICK ADJ_TIMECONST BIG_ENDIAN BUFSIZ "
        "BYTE_ORDER CLOCKS_PER_SEC CLOCK_BOOTTIME CLOCK_BOOTTIME_ALARM CLOCK_MONOTONIC "
        "CLOCK_MONOTONIC_COARSE CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME "
        "CLOCK_REALTIME_ALARM CLOCK_REALTIME_COARSE CLOCK_TAI CLOCK_THREAD_CPUTIME_ID CONST DELETE "
        "DOMAIN E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EADV EAFNOSUPPORT EAGAIN EALREADY EBADE EBADF "
        "EBADFD EBADMSG EBADR EBADRQC EBADSLT EBFONT EBUSY ECANCELED ECHILD ECHRNG ECOMM ECONNABORTED "
        "ECONNREFUSED ECONNRESET EDEADLK EDEADLOCK EDESTADDRREQ EDOM EDOTDOT EDQUOT EEXIST EFAULT EFBIG "
        "EHOSTDOWN EHOSTUNREACH EHWPOISON EIDRM EILSEQ EINPROGRESS EINTR EINVAL EIO EISCONN EISDIR "
        "EISNAM EKEYEXPIRED EKEYREJECTED EKEYREVOKED EL2HLT EL2NSYNC EL3HLT EL3RST ELIBACC ELIBBAD "
        "ELIBEXEC ELIBMAX ELIBSCN ELNRNG ELOOP EMEDIUMTYPE EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG "
        "ENAVAIL ENETDOWN ENETRESET ENETUNREACH ENFILE ENOANO ENOBUFS ENOCSI ENODATA ENODEV ENOENT "
        "ENOEXEC ENOKEY ENOLCK ENOLINK ENOMEDIUM ENOMEM ENOMSG ENONET ENOPKG ENOPROTOOPT ENOSPC ENOSR "
        "ENOSTR ENOSYS ENOTBLK ENOTCONN ENOTDIR ENOTEMPTY ENOTNAM ENOTRECOVERABLE ENOTSOCK ENOTSUP "
        "ENOTTY ENOTUNIQ ENXIO EOF EOPNOTSUPP EOVERFLOW EOWNERDEAD EPERM EPFNOSUPPORT EPIPE EPROTO "
        "EPROTONOSUPPORT EPROTOTYPE ERANGE EREMCHG EREMOTE EREMOTEIO ERESTART ERFKILL EROFS ERROR "
        "ESHUTDOWN ESOCKTNOSUPPORT ESPIPE ESRCH ESRMNT ESTALE ESTRPIPE ETIME ETIMEDOUT ETOOMANYREFS "
        "ETXTBSY EUCLEAN EUNATCH EUSERS EWOULDBLOCK EXDEV EXFULL EXIT_FAILURE EXIT_SUCCESS FALSE FD_CLR "
        "FD_ISSET FD_SET FD_SETSIZE FD_ZERO FILENAME_MAX FOPEN_MAX IN INT16_C INT16_MAX INT16_MIN "
        "INT16_WIDTH INT32_C INT32_MAX INT32_MIN INT32_WIDTH INT64_C INT64_MAX INT64_MIN INT64_WIDTH "
        "INT8_C INT8_MAX INT8_MIN INT8_WIDTH INTMAX_C INTMAX_MAX INTMAX_MIN INTMAX_WIDTH INTPTR_MAX "
        "INTPTR_MIN INTPTR_WIDTH INT_FAST16_MAX INT_FAST16_MIN INT_FAST16_WIDTH INT_FAST32_MAX "
        "INT_FAST32_MIN INT_FAST32_WIDTH INT_FAST64_MAX INT_FAST64_MIN INT_FAST64_WIDTH INT_FAST8_MAX "
        "INT_FAST8_MIN INT_FAST8_WIDTH INT_LEAST16_MAX INT_LEAST16_MIN INT_LEAST16_WIDTH INT_LEAST32_MAX "
        "INT_LEAST32_MIN INT_LEAST32_WIDTH INT_LEAST64_MAX INT_LEAST64_MIN INT_LEAST64_WIDTH "
        "INT_LEAST8_MAX INT_LEAST8_MIN INT_LEAST8_WIDTH LC_ADDRESS LC_ADDRESS_MASK LC_ALL LC_ALL_MASK "
        "LC_COLLATE LC_COLLATE_MASK LC_CTYPE LC_CTYPE_MASK LC_GLOBAL_LOCALE LC_IDENTIFICATION "
        "LC_IDENTIFICATION_MASK LC_MEASUREMENT LC_MEASUREMENT_MASK LC_MESSAGES LC_MESSAGES_MASK "
        "LC_MONETARY LC_MONETARY_MASK LC_NAME LC_NAME_MASK LC_NUMERIC LC_NUMERIC_MASK LC_PAPER "
        "LC_PAPER_MASK LC_TELEPHONE LC_TELEPHONE_MASK LC_TIME LC_TIME_MASK LITTLE_ENDIAN L_ctermid "
        "L_cuserid L_tmpnam MB_CUR_MAX MOD_CLKA MOD_CLKB MOD_ESTERROR MOD_FREQUENCY MOD_MAXERROR "
        "MOD_MICRO MOD_NANO MOD_OFFSET MOD_STATUS MOD_TAI MOD_TIMECONST NFDBITS NULL OPTIONAL OUT "
        "PDP_ENDIAN PTRDIFF_MAX PTRDIFF_MIN PTRDIFF_WIDTH P_tmpdir RAND_MAX RENAME_EXCHANGE "
        "RENAME_NOREPLACE RENAME_WHITEOUT SEEK_CUR SEEK_DATA SEEK_END SEEK_HOLE SEEK_SET SIG_ATOMIC_MAX "
        "SIG_ATOMIC_MIN SIG_ATOMIC_WIDTH SIZE_MAX SIZE_WIDTH STA_CLK STA_CLOCKERR STA_DEL STA_FLL "
        "STA_FREQHOLD STA_INS STA_MODE STA_NANO STA_PLL STA_PPSERROR STA_PPSFREQ STA_PPSJITTER "
        "STA_PPSSIGNAL STA_PPSTIME STA_PPSWANDER STA_RONLY STA_UNSYNC TIMER_ABSTIME TIME_UTC TMP_MAX "
        "TRUE UINT16_C UINT16_MAX UINT16_WIDTH UINT32_C UINT32_MAX UINT32_WIDTH UINT64_C UINT64_MAX "
        "UINT64_WIDTH UINT8_C UINT8_MAX UINT8_WIDTH UINTMAX_C UINTMAX_MAX UINTMAX_WIDTH UINTPTR_MAX "
        "UINTPTR_WIDTH UINT_FAST16_MAX UINT_FAST16_WIDTH UINT_FAST32_MAX UINT_FAST32_WIDTH "
        "UINT_FAST64_MAX UINT_FAST64_WIDTH UINT_FAST8_MAX UINT_FAST8_WIDTH UINT_LEAST16_MAX "
        "UINT_LEAST16_WIDTH UINT_LEAST32_MAX UINT_LEAST32_WIDTH UINT_LEAST64_MAX UINT_LEAST64_WIDTH "
        "UINT_LEAST8_MAX UINT_LEAST8_WIDTH VOID WCHAR_MAX WCHAR_MIN WCHAR_WIDTH WCONTINUED WEOF WEXITED "
        "WEXITSTATUS WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WINT_MAX WINT_MIN WINT_WIDTH WNOHANG "
        "WNOWAIT WSTOPPED WSTOPSIG WTERMSIG WUNTRACED alloca assert be16toh be32toh be64toh errno "
        "htobe16 htobe32 htobe64 htole16 htole32 htole64 i386 le16toh le32toh le64toh linux major "
        "makedev max min minor offsetof stderr stdin stdout unix va_arg va_copy va_end va_start ";
        std::set<std::string> out;
        std::string word;
        for (const char* p = text;; ++p) {
            if (*p == ' ' || *p == '\0') {
                if (!word.empty()) out.insert(word);
                word.clear();
                if (*p == '\0') break;
            } else {
                word += *p;
            }
        }
        return out;
    }();
    return names;
}

bool macroLike(const std::string& s) {
    return cppReserved().count(s) != 0 || macroNames().count(s) != 0;
}

// A valid, non-reserved C++ identifier close to `raw`: other characters become '_', runs of
// '_' collapse (a double underscore is reserved), a leading digit gets '_', a leading '_' before
// a capital is dropped, keywords and macro names get a trailing '_'.
std::string cppIdentifier(std::string_view raw, const char* fallback) {
    std::string s;
    for (char ch : raw) {
        const unsigned char u = static_cast<unsigned char>(ch);
        const char c = (u < 0x80 && (std::isalnum(u) || ch == '_')) ? ch : '_';
        if (c == '_' && !s.empty() && s.back() == '_') continue;
        s += c;
    }
    while (!s.empty() && s[0] == '_' && (s.size() == 1 || std::isupper(static_cast<unsigned char>(s[1])) || s[1] == '_'))
        s.erase(0, 1);
    if (s.empty()) s = fallback;
    if (std::isdigit(static_cast<unsigned char>(s[0]))) s = "_" + s;
    if (macroLike(s)) s += '_';
    return s;
}

std::string typeIdentifier(std::string_view raw, const char* fallback) {
    std::string words = pascalWords(raw);
    if (words.empty()) words = fallback;
    return cppIdentifier(words, fallback);
}

// ---- Literals and comments --------------------------------------------------------------------

// A narrow string literal in plain ASCII: everything else as 3-digit octal escapes (hex escapes
// would swallow following hex digits), '?' escaped so no trigraph can form.
std::string cppString(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\' || ch == '?') {
            out += '\\';
            out += ch;
        } else if (u >= 0x20 && u < 0x7f) {
            out += ch;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", u);
            out += buf;
        }
    }
    return out + "\"";
}

// Text for a `//` comment: one line, no backslash (a backslash before the line end would splice
// the next line into the comment), plain ASCII like the rest of the header (any source
// character set reads it; other characters become '?').
std::string cppComment(std::string_view s) {
    std::string out;
    for (char ch : s) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (u < 0x20 || u == 0x7f) out += ' ';
        else if (u >= 0x80) {
            if ((u & 0xc0) != 0x80) out += '?'; // one '?' per UTF-8 character
        } else if (ch == '\\') out += '/';
        else out += ch;
    }
    return out;
}

// ---- Types ------------------------------------------------------------------------------------

enum class Kind { Int8, Int16, Int32, Int64, Float, Double, Text, Bool, Time, Bytes, Enum };

Kind kindOf(const DataType& t) {
    const std::string& k = t.key;
    if (k == "INTEGER" || k == "MEDIUMINT") return Kind::Int32;
    if (k == "SMALLINT") return Kind::Int16;
    if (k == "TINYINT") return Kind::Int8;
    if (k == "BIGINT") return Kind::Int64;
    if (k == "FLOAT" || k == "DOUBLE") return Kind::Double;
    if (k == "REAL") return Kind::Float;
    if (k == "BOOLEAN") return Kind::Bool;
    if (k == "DATE") return Kind::Time;
    if (k == "BLOB") return Kind::Bytes;
    if (k == "ENUM") return Kind::Enum;
    return Kind::Text; // STRING, CHAR, TEXT, UUID, DECIMAL, DATEONLY, TIME, JSON, JSONB, unknown
}

const char* cppTypeName(Kind k) {
    switch (k) {
    case Kind::Int8: return "std::int8_t";
    case Kind::Int16: return "std::int16_t";
    case Kind::Int32: return "std::int32_t";
    case Kind::Int64: return "std::int64_t";
    case Kind::Float: return "float";
    case Kind::Double: return "double";
    case Kind::Text: return "std::string";
    case Kind::Bool: return "bool";
    case Kind::Time: return "std::chrono::system_clock::time_point";
    case Kind::Bytes: return "std::vector<std::uint8_t>";
    case Kind::Enum: return "";
    }
    return "std::string";
}

bool scalarKind(Kind k) {
    return k != Kind::Text && k != Kind::Bytes;
}

struct EnumDef {
    std::string typeName;                     // in the struct
    std::vector<std::string> labels;          // as in the design
    std::vector<std::string> enumerators;     // identifiers
};

struct MemberDef {
    const Column* column;
    std::string name;
    Kind kind;
    int enumIndex = -1;
    bool optional = false;
};

struct StructDef {
    const Table* table;
    std::string name;
    std::vector<MemberDef> members;
    std::vector<EnumDef> enums;
    std::vector<std::pair<std::string, const ResolvedAssociation*>> associations; // identifier, association
};

// The value of a default as a braced initializer, or empty when it has no C++ form here.
std::string initializerFor(const MemberDef& m, const StructDef& s) {
    const Column& c = *m.column;
    if (!c.defaultValue) return {};
    const OrderedJson& v = *c.defaultValue;
    switch (m.kind) {
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: {
        if (!v.is_number_integer()) return {};
        long long lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
        if (m.kind == Kind::Int8) lo = -128, hi = 127;
        if (m.kind == Kind::Int16) lo = -32768, hi = 32767;
        if (m.kind == Kind::Int64) lo = std::numeric_limits<long long>::min() + 1, hi = std::numeric_limits<long long>::max();
        if (v.is_number_unsigned()) {
            if (v.get<unsigned long long>() > static_cast<unsigned long long>(hi)) return {};
            return v.dump() + (m.kind == Kind::Int64 ? "LL" : "");
        }
        const long long n = v.get<long long>();
        if (n < lo || n > hi) return {};
        return std::to_string(n) + (m.kind == Kind::Int64 ? "LL" : "");
    }
    case Kind::Float:
    case Kind::Double:
        if (!v.is_number()) return {};
        if (m.kind == Kind::Float && !(std::fabs(v.get<double>()) <= std::numeric_limits<float>::max())) return {};
        if (v.is_number_float()) {
            std::string text = v.dump();
            if (text.find_first_of(".eE") == std::string::npos) text += ".0";
            return text + (m.kind == Kind::Float ? "f" : "");
        }
        return v.dump() + (m.kind == Kind::Float ? ".0f" : ".0");
    case Kind::Bool:
        return v.is_boolean() ? (v.get<bool>() ? "true" : "false") : std::string();
    case Kind::Text:
        if (c.type.key == "JSON" || c.type.key == "JSONB") return cppString(v.dump()); // the JSON text
        if (v.is_string()) return cppString(v.get<std::string>());
        if (v.is_number() && c.type.key == "DECIMAL") return cppString(v.dump());
        return {};
    case Kind::Enum: {
        if (!v.is_string() || m.enumIndex < 0) return {};
        const EnumDef& e = s.enums[static_cast<size_t>(m.enumIndex)];
        for (size_t i = 0; i < e.labels.size(); ++i)
            if (e.labels[i] == v.get<std::string>()) return e.typeName + "::" + e.enumerators[i];
        return {};
    }
    case Kind::Time:
    case Kind::Bytes:
        return {};
    }
    return {};
}

std::string sv(const std::string& s) { return cppString(s); }
std::string svOpt(const std::optional<std::string>& s) { return cppString(s ? *s : std::string()); }

const char* associationTypeEnumerator(AssociationType t) {
    switch (t) {
    case AssociationType::BelongsTo: return "AssociationType::BelongsTo";
    case AssociationType::HasOne: return "AssociationType::HasOne";
    case AssociationType::HasMany: return "AssociationType::HasMany";
    case AssociationType::BelongsToMany: return "AssociationType::BelongsToMany";
    }
    return "AssociationType::BelongsTo";
}

std::string accessorOf(const ResolvedAssociation& a, AccessorKind k) {
    for (const Accessor& acc : a.accessors)
        if (acc.kind == k && acc.installed) return acc.name;
    return {};
}

std::string associationInfo(const ResolvedAssociation& a, const std::string& indent) {
    const bool btm = a.type == AssociationType::BelongsToMany;
    std::string out = "{\n";
    auto line = [&](const std::string& value, const char* what) {
        out += indent + "    " + value + ", // " + what + "\n";
    };
    line(associationTypeEnumerator(a.type), "type");
    line(sv(a.as), "name");
    line(sv(a.aliased ? a.as : std::string()), "alias");
    line(sv(a.source), "source");
    line(sv(a.target), "target");
    line(sv(a.foreignKey), "foreign_key");
    line(sv(a.foreignKeyField), "foreign_key_column");
    line(sv(a.sourceKey), "source_key");
    line(sv(a.targetKey), "target_key");
    line(sv(btm ? a.otherKey : std::string()), "other_key");
    line(sv(btm ? a.otherKeyField : std::string()), "other_key_column");
    line(sv(btm ? a.through : std::string()), "through");
    line(sv(btm ? a.throughTable : std::string()), "through_table");
    line(svOpt(a.onDelete), "on_delete");
    line(svOpt(a.onUpdate), "on_update");
    line(a.constraints ? "true" : "false", "constraints");
    const std::pair<AccessorKind, const char*> kinds[] = {
        {AccessorKind::Get, "get"},       {AccessorKind::Set, "set"},
        {AccessorKind::Create, "create"}, {AccessorKind::Add, "add"},
        {AccessorKind::AddMultiple, "add_multiple"}, {AccessorKind::Remove, "remove"},
        {AccessorKind::RemoveMultiple, "remove_multiple"}, {AccessorKind::HasSingle, "has_single"},
        {AccessorKind::HasAll, "has_all"}, {AccessorKind::Count, "count"}};
    for (size_t i = 0; i < std::size(kinds); ++i) {
        out += indent + "    " + sv(accessorOf(a, kinds[i].first)) + (i + 1 < std::size(kinds) ? "," : "") +
               " // " + kinds[i].second + "\n";
    }
    return out + indent + "}";
}

void validateQualifiedName(const std::string& name, const char* what) {
    size_t start = 0;
    while (true) {
        const size_t sep = name.find("::", start);
        const std::string part = name.substr(start, sep == std::string::npos ? std::string::npos : sep - start);
        bool ok = !part.empty() && !std::isdigit(static_cast<unsigned char>(part[0])) &&
                  part.find("__") == std::string::npos && !(part[0] == '_' && part.size() > 1 && std::isupper(static_cast<unsigned char>(part[1])));
        for (char c : part) ok = ok && static_cast<unsigned char>(c) < 0x80 && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (!ok || cppReserved().count(part))
            throw ExportError(std::string(what) + " '" + name + "' is not a valid C++ name");
        if (sep == std::string::npos) break;
        start = sep + 2;
    }
}

} // namespace

ExportResult exportCppHeader(const Document&, const ResolvedSchema& schema, const ExportOptions& options) {
    const std::string ns = options.cppNamespace.empty() ? "relata_model" : options.cppNamespace;
    validateQualifiedName(ns, "the namespace");
    std::string guard = options.headerGuard;
    if (guard.empty()) {
        for (char c : ns) guard += c == ':' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        while (guard.find("__") != std::string::npos) guard.replace(guard.find("__"), 2, "_");
        guard += "_RELATA_H";
    }
    if (guard.find("::") != std::string::npos) throw ExportError("the header guard '" + guard + "' is not a valid macro name");
    validateQualifiedName(guard, "the header guard");

    // ---- names
    static const std::set<std::string> namespaceNames = {"AssociationType", "AssociationInfo", "ColumnInfo",
                                                         "ModelInfo", "models", "to_string", "from_string"};
    static const std::set<std::string> memberNames = {"model_name", "table_name", "column", "columns",
                                                      "primary_key", "association", "associations",
                                                      "AssociationType", "AssociationInfo", "ColumnInfo",
                                                      "ModelInfo", "models"};
    std::map<std::string, std::vector<const ResolvedAssociation*>> outgoing; // by source model
    for (const ResolvedAssociation& a : schema.associations) outgoing[a.source].push_back(&a);
    NameScope structScope(namespaceNames);
    std::vector<StructDef> structs;
    structs.reserve(schema.tables.size());
    for (const Table& t : schema.tables) {
        StructDef s;
        s.table = &t;
        s.name = structScope.claim(typeIdentifier(t.model, "Model"));
        NameScope members(memberNames);
        members.reserve(s.name);
        for (const Column& c : t.columns) {
            MemberDef m{&c, members.claim(cppIdentifier(c.attribute, "column")), kindOf(c.type)};
            m.optional = c.allowNull && !c.primaryKey;
            s.members.push_back(std::move(m));
        }
        for (MemberDef& m : s.members) {
            if (m.kind != Kind::Enum) continue;
            EnumDef e;
            e.typeName = members.claim(typeIdentifier(m.column->attribute, "Enum"));
            NameScope enumerators({e.typeName});
            for (const std::string& label : m.column->type.values) {
                e.labels.push_back(label);
                e.enumerators.push_back(enumerators.claim(cppIdentifier(label, "empty")));
            }
            if (e.labels.empty()) e.enumerators.push_back("none"), e.labels.push_back("");
            m.enumIndex = static_cast<int>(s.enums.size());
            s.enums.push_back(std::move(e));
        }
        NameScope assocScope({"association"});
        const auto bySource = outgoing.find(t.model);
        if (bySource != outgoing.end())
            for (const ResolvedAssociation* a : bySource->second)
                s.associations.emplace_back(assocScope.claim(cppIdentifier(a->as, "association")), a);
        structs.push_back(std::move(s));
    }

    // ---- text
    std::string out;
    out += "// " + guard + "\n";
    out += R"HDR(// C++ types of a Relata design, generated by Relata (Sequelize 6.37.8 semantics). Do not edit:
// export again instead. Standalone C++17.
//
// One struct per model, join models included, with a member per column in column order.
// Type map (Sequelize DataTypes -> C++):
//   INTEGER, MEDIUMINT -> std::int32_t   SMALLINT -> std::int16_t   TINYINT -> std::int8_t
//   BIGINT -> std::int64_t               FLOAT, DOUBLE -> double    REAL -> float
//   DECIMAL -> std::string (the exact decimal text, as Sequelize returns it: no binary rounding)
//   STRING, CHAR, TEXT, UUID -> std::string                    BOOLEAN -> bool
//   DATE -> std::chrono::system_clock::time_point
//   DATEONLY, TIME -> std::string ("YYYY-MM-DD", "HH:MM:SS", as Sequelize returns them)
//   JSON, JSONB -> std::string (JSON text)                     BLOB -> std::vector<std::uint8_t>
//   ENUM -> an enum class inside the model's struct, with to_string() and from_string()
// A nullable column is a std::optional. A database default the type can hold is the member's
// initializer. Model, attribute and label names that are no valid C++ identifier are adjusted
// (other characters -> '_', keywords and macro names get a trailing '_', a leading digit a
// leading '_', clashes a _2, _3 ... suffix); `column` and `columns` keep the real names.
#ifndef )HDR" + guard + "\n#define " + guard + "\n\n";
    out += "#include <array>\n#include <chrono>\n#include <cstddef>\n#include <cstdint>\n#include <optional>\n"
           "#include <string>\n#include <string_view>\n#include <vector>\n\n";
    out += "namespace " + ns + " {\n\n";
    out += R"HDR(enum class AssociationType { BelongsTo, HasOne, HasMany, BelongsToMany };

// An association as Sequelize resolved it. Keys are attribute names; *_column are column names.
// An empty string: not applicable, or (accessors) not installed because the name was taken.
struct AssociationInfo {
    AssociationType type;
    std::string_view name;  // the key in Model.associations
    std::string_view alias; // `as` when given
    std::string_view source, target; // model names
    std::string_view foreign_key, foreign_key_column;
    std::string_view source_key, target_key;
    std::string_view other_key, other_key_column; // belongsToMany
    std::string_view through, through_table;      // belongsToMany: join model and its table
    std::string_view on_delete, on_update;        // on the foreign key column
    bool constraints;
    std::string_view get, set, create, add, add_multiple, remove, remove_multiple, has_single, has_all, count;
};

struct ColumnInfo {
    std::string_view attribute;
    std::string_view column;
    std::string_view type; // Sequelize DataTypes text: "INTEGER", "STRING(120)", "ENUM"
    bool nullable;
    bool primary_key;
    bool auto_increment;
    bool unique;
    std::string_view references_table, references_column; // empty without a foreign key
};

struct ModelInfo {
    std::string_view model_name;
    std::string_view table_name;
    bool join_model;
    const ColumnInfo* columns;
    std::size_t column_count;
    const std::string_view* primary_key; // column names
    std::size_t primary_key_size;
    const AssociationInfo* associations; // where this model is the source
    std::size_t association_count;
};

)HDR";

    size_t done = 0;
    for (const StructDef& s : structs) {
        const Table& t = *s.table;
        std::string head = "model " + t.model + ", table " + t.tableName;
        if (t.autoCreated) head += " (join table created by belongsToMany)";
        else if (t.joinModel) head += " (join model)";
        out += "// " + cppComment(head) + "\n";
        out += "struct " + s.name + " {\n";
        out += "    static constexpr std::string_view model_name = " + sv(t.model) + ";\n";
        out += "    static constexpr std::string_view table_name = " + sv(t.tableName) + ";\n";
        for (const EnumDef& e : s.enums) {
            out += "\n    enum class " + e.typeName + " {";
            for (size_t i = 0; i < e.enumerators.size(); ++i) out += std::string(i ? ", " : " ") + e.enumerators[i];
            out += " };\n";
        }
        out += "\n";
        for (const MemberDef& m : s.members) {
            std::string type = m.kind == Kind::Enum ? s.enums[static_cast<size_t>(m.enumIndex)].typeName
                                                    : std::string(cppTypeName(m.kind));
            if (m.optional) type = "std::optional<" + type + ">";
            std::string init = initializerFor(m, s);
            std::string line = "    " + type + " " + m.name;
            if (!init.empty()) line += "{" + init + "}";
            else if (!m.optional && scalarKind(m.kind)) line += "{}";
            line += ";";
            std::string note;
            if (m.column->field != m.name) note = "column " + m.column->field;
            if (m.column->attribute != m.name && m.column->attribute != m.column->field)
                note += (note.empty() ? "" : ", ") + std::string("attribute ") + m.column->attribute;
            if (m.column->type.empty()) note += (note.empty() ? "" : ", ") + std::string("no type in the design");
            if (!note.empty()) line += " // " + cppComment(note);
            out += line + "\n";
        }
        out += "\n    // Column names, by member.\n    struct column {\n";
        for (const MemberDef& m : s.members)
            out += "        static constexpr std::string_view " + m.name + " = " + sv(m.column->field) + ";\n";
        out += "    };\n";
        out += "    static constexpr std::array<ColumnInfo, " + std::to_string(t.columns.size()) + "> columns = {" +
               (t.columns.empty() ? "};\n" : "{\n");
        for (const MemberDef& m : s.members) {
            const Column& c = *m.column;
            const bool unique = c.unique && (c.unique->flag || !c.unique->name.empty());
            out += "        {" + sv(c.attribute) + ", " + sv(c.field) + ", " + sv(c.type.text()) + ", " +
                   (c.allowNull && !c.primaryKey ? "true" : "false") + ", " + (c.primaryKey ? "true" : "false") +
                   ", " + (c.autoIncrement ? "true" : "false") + ", " + (unique ? "true" : "false") + ", " +
                   sv(c.references ? c.references->table : std::string()) + ", " +
                   sv(c.references ? c.references->key : std::string()) + "},\n";
        }
        if (!t.columns.empty()) out += "    }};\n";
        const std::vector<const Column*> pk = t.primaryKeyColumns();
        out += "    static constexpr std::array<std::string_view, " + std::to_string(pk.size()) + "> primary_key = {";
        if (!pk.empty()) out += "{";
        for (size_t i = 0; i < pk.size(); ++i) out += (i ? ", " : "") + sv(pk[i]->field);
        out += pk.empty() ? "};\n" : "}};\n";
        if (!s.associations.empty()) {
            out += "\n    // Associations with this model as the source, in document order.\n    struct association {\n";
            for (const auto& [name, a] : s.associations) {
                out += "        // " + cppComment(associationCall(*a)) + "\n";
                out += "        static constexpr AssociationInfo " + name + " = " + associationInfo(*a, "        ") + ";\n";
            }
            out += "    };\n";
        }
        out += "    static constexpr std::array<AssociationInfo, " + std::to_string(s.associations.size()) +
               "> associations = {";
        if (!s.associations.empty()) out += "{";
        for (size_t i = 0; i < s.associations.size(); ++i)
            out += std::string(i ? ", " : "") + "association::" + s.associations[i].first;
        out += s.associations.empty() ? "};\n};\n\n" : "}};\n};\n\n";

        for (const EnumDef& e : s.enums) {
            const std::string type = s.name + "::" + e.typeName;
            out += "constexpr std::string_view to_string(" + type + " value) noexcept {\n    switch (value) {\n";
            for (size_t i = 0; i < e.enumerators.size(); ++i)
                out += "    case " + type + "::" + e.enumerators[i] + ": return " + sv(e.labels[i]) + ";\n";
            out += "    }\n    return {};\n}\n\n";
            out += "constexpr bool from_string(std::string_view text, " + type + "& value) noexcept {\n";
            for (size_t i = 0; i < e.enumerators.size(); ++i)
                out += "    if (text == " + sv(e.labels[i]) + ") {\n        value = " + type + "::" + e.enumerators[i] +
                       ";\n        return true;\n    }\n";
            out += "    return false;\n}\n\n";
        }
        if (options.progress) options.progress(++done, structs.size(), t.model);
    }

    out += "// Every model, in definition order.\n";
    out += "inline constexpr std::array<ModelInfo, " + std::to_string(structs.size()) + "> models = {" +
           (structs.empty() ? "" : "{\n");
    for (const StructDef& s : structs) {
        const Table& t = *s.table;
        const std::string n = s.name;
        const bool noPk = t.primaryKeyColumns().empty();
        out += "    {" + n + "::model_name, " + n + "::table_name, " + (t.joinModel ? "true" : "false") + ", " +
               (t.columns.empty() ? std::string("nullptr") : n + "::columns.data()") + ", " + n + "::columns.size(), " +
               (noPk ? std::string("nullptr") : n + "::primary_key.data()") + ", " + n + "::primary_key.size(), " +
               (s.associations.empty() ? std::string("nullptr") : n + "::associations.data()") + ", " + n +
               "::associations.size()},\n";
    }
    out += structs.empty() ? "};\n\n" : "}};\n\n";
    out += "} // namespace " + ns + "\n\n#endif // " + guard + "\n";

    ExportResult result;
    result.files.push_back(ExportFile{{}, std::move(out)});
    return result;
}

} // namespace relata::exporting
