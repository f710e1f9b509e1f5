#include "schema/DocumentReader.h"

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <cctype>
#include <exception>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace relata {

namespace {

// Limits that keep arbitrary input cheap. A real design is a few levels deep and has at most a
// few hundred keys per object; nlohmann's ordered_json looks keys up linearly, so one object
// with very many members would make parsing quadratic.
constexpr size_t kMaxDepth = 256;
constexpr size_t kMaxObjectMembers = 50000; // layouts of 10,000-model designs fit
constexpr size_t kMaxErrors = 200;
constexpr size_t kMaxSuggestionLength = 64;
constexpr size_t kMaxSuggestionCandidates = 5000;
constexpr size_t kMaxQuotedLength = 80;

const std::vector<std::string>& referentialActions() {
    static const std::vector<std::string> actions = {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT",
                                                     "NO ACTION"};
    return actions;
}

const std::vector<std::string>& associationTypeNames() {
    static const std::vector<std::string> names = {"belongsTo", "hasOne", "hasMany", "belongsToMany"};
    return names;
}

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

std::string trimmed(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

std::string joined(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += items[i];
    }
    return out;
}

// JSON pointer (RFC 6901) token escaping.
std::string pointerToken(const std::string& key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// A JSON pointer (RFC 6901) into the document: a parent and one token, spelled out only when a
// diagnostic needs it (reading a valid document spells out none). Parents must outlive children.
class Path {
public:
    Path(const char* root) : root_(root) {} // NOLINT(google-explicit-constructor): "/models" is a path
    Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
    Path(const Path& parent, size_t index) : parent_(&parent), index_(index), isIndex_(true) {}

    std::string str() const {
        if (!parent_) return root_;
        std::string out = parent_->str();
        out += '/';
        out += isIndex_ ? std::to_string(index_) : pointerToken(std::string(key_));
        return out;
    }

private:
    const Path* parent_ = nullptr;
    const char* root_ = "";
    std::string_view key_;
    size_t index_ = 0;
    bool isIndex_ = false;
};

// Cut at a character boundary when long (messages stay short and valid UTF-8).
std::string shortened(const std::string& s) {
    if (s.size() <= kMaxQuotedLength) return s;
    size_t n = kMaxQuotedLength;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n) + "...";
}

std::string quote(const std::string& s) { return "\"" + shortened(s) + "\""; }

std::string capitalized(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string describe(const OrderedJson& v) {
    switch (v.type()) {
    case OrderedJson::value_t::null: return "null";
    case OrderedJson::value_t::object: return "an object";
    case OrderedJson::value_t::array: return "an array";
    case OrderedJson::value_t::string: return "the string " + quote(v.get_ref<const std::string&>());
    case OrderedJson::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case OrderedJson::value_t::number_integer:
    case OrderedJson::value_t::number_unsigned:
    case OrderedJson::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

// Collects unknown keys in file order and builds the `extra` object in one go (ordered_json
// looks keys up linearly, so inserting one by one would be quadratic). The source object has
// unique keys, so no duplicate check is needed.
class ExtraKeys {
public:
    void add(const std::string& key, const OrderedJson& value) { items_.emplace_back(key, value); }
    void moveInto(OrderedJson& out) {
        if (items_.empty()) return;
        out = OrderedJson(OrderedJson::object_t(std::make_move_iterator(items_.begin()),
                                                std::make_move_iterator(items_.end())));
        items_.clear();
    }

private:
    std::vector<std::pair<const std::string, OrderedJson>> items_;
};

// Case-insensitive Levenshtein distance.
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// The candidate closest to `word`, or "" when none is plausibly what was meant.
std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates) {
    if (word.empty() || word.size() > kMaxSuggestionLength || candidates.size() > kMaxSuggestionCandidates) return {};
    // An abbreviation ("INT" for INTEGER) is what was meant more often than a close spelling.
    if (word.size() >= 3) {
        for (const auto& c : candidates) {
            if (c.size() > word.size() && editDistance(word, c.substr(0, word.size())) == 0) return c;
        }
    }
    std::string best;
    size_t bestDistance = 0;
    for (const auto& c : candidates) {
        if (c.size() > kMaxSuggestionLength) continue;
        const size_t d = editDistance(word, c);
        if (best.empty() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    if (best.empty()) return {};
    const size_t limit = std::max<size_t>(2, std::max(word.size(), best.size()) / 3);
    return bestDistance <= limit ? best : std::string();
}

std::string didYouMean(const std::string& suggestion) {
    return suggestion.empty() ? std::string() : "Did you mean " + quote(suggestion) + "? ";
}

// ---------------------------------------------------------------------------------------------
// Broken JSON

struct TextPosition {
    int line = 1;
    int column = 1;
};

// 1-based line and column (in characters, not bytes) of byte `index` of `text`.
TextPosition positionAt(const std::string& text, size_t index) {
    TextPosition p;
    index = std::min(index, text.size());
    for (size_t i = 0; i < index; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

// Start of the token whose last byte is at `last` (a string, number or keyword literal).
size_t tokenStart(const std::string& text, size_t last) {
    if (last >= text.size()) return last;
    if (text[last] == '"') {
        for (size_t j = last; j-- > 0;) {
            if (text[j] != '"') continue;
            size_t slashes = 0;
            while (slashes < j && text[j - 1 - slashes] == '\\') ++slashes;
            if (slashes % 2 == 0) return j;
        }
        return last;
    }
    size_t j = last;
    auto tokenChar = [](unsigned char c) { return std::isalnum(c) || c == '+' || c == '-' || c == '.'; };
    if (!tokenChar(static_cast<unsigned char>(text[j]))) return last;
    while (j > 0 && tokenChar(static_cast<unsigned char>(text[j - 1]))) --j;
    return j;
}

size_t previousNonSpace(const std::string& text, size_t index) {
    size_t j = std::min(index, text.size());
    while (j > 0) {
        --j;
        if (!std::isspace(static_cast<unsigned char>(text[j]))) return j;
    }
    return std::string::npos;
}

// Keeps nlohmann's explanation, drops its "[json.exception...] parse error at line x, column y: "
// prefix (the diagnostic carries its own line and column).
std::string parserExplanation(const std::string& what) {
    const size_t p = what.find("parse error");
    if (p != std::string::npos) {
        const size_t colon = what.find(": ", p);
        if (colon != std::string::npos) return what.substr(colon + 2);
    }
    const size_t bracket = what.find("] ");
    if (bracket != std::string::npos) return what.substr(bracket + 2);
    return what;
}

// Builds the DOM as nlohmann's json_sax_dom_parser does (a repeated key keeps its first position
// and takes the last value) and records where and why parsing stopped instead of throwing (number
// overflow is reported through here too, with its position). Each object's members are collected
// first and the object is built once: ordered_json would look every key up linearly and deep-copy
// the members whenever its vector grows (its pair<const string, json> cannot be moved).
class DomBuilder {
public:
    using number_integer_t = OrderedJson::number_integer_t;
    using number_unsigned_t = OrderedJson::number_unsigned_t;
    using number_float_t = OrderedJson::number_float_t;
    using string_t = OrderedJson::string_t;
    using binary_t = OrderedJson::binary_t;

    explicit DomBuilder(OrderedJson& root) : root_(root) {}

    bool null() { return add(OrderedJson(nullptr)); }
    bool boolean(bool value) { return add(OrderedJson(value)); }
    bool number_integer(number_integer_t value) { return add(OrderedJson(value)); }
    bool number_unsigned(number_unsigned_t value) { return add(OrderedJson(value)); }
    bool number_float(number_float_t value, const string_t& /*text*/) { return add(OrderedJson(value)); }
    bool string(string_t& value) { return add(OrderedJson(value)); }
    bool binary(binary_t& value) { return add(OrderedJson(std::move(value))); }
    bool start_object(std::size_t /*elements*/) { return open(true); }
    bool start_array(std::size_t /*elements*/) { return open(false); }
    bool key(string_t& name) {
        frames_[depth_ - 1].key = name;
        return true;
    }
    bool end_object();
    bool end_array() {
        OrderedJson array(std::move(frames_[--depth_].items));
        return add(std::move(array));
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/, const nlohmann::detail::exception& ex) {
        failed = true;
        errorPosition = position;
        errorMessage = ex.what();
        return false;
    }

    bool failed = false;
    std::size_t errorPosition = 0;
    std::string errorMessage;

private:
    struct Frame {
        bool object = false;
        std::string key; // of the member being read
        std::vector<std::pair<std::string, OrderedJson>> members;
        std::vector<OrderedJson> items;
    };
    OrderedJson& root_;
    std::vector<Frame> frames_; // kept between objects so that their buffers are reused
    size_t depth_ = 0;

    bool open(bool object) {
        if (depth_ == frames_.size()) frames_.emplace_back();
        Frame& f = frames_[depth_++];
        f.object = object;
        f.members.clear();
        f.items.clear();
        return true;
    }

    bool add(OrderedJson&& value) {
        if (depth_ == 0) {
            root_ = std::move(value);
            return true;
        }
        Frame& f = frames_[depth_ - 1];
        if (f.object)
            f.members.emplace_back(std::move(f.key), std::move(value));
        else
            f.items.push_back(std::move(value));
        return true;
    }
};

bool hasRepeatedKey(const std::vector<std::pair<std::string, OrderedJson>>& members) {
    constexpr size_t kPairwiseUpTo = 16; // cheaper than a hash set for the usual small objects
    if (members.size() <= kPairwiseUpTo) {
        for (size_t i = 1; i < members.size(); ++i)
            for (size_t j = 0; j < i; ++j)
                if (members[i].first == members[j].first) return true;
        return false;
    }
    std::unordered_set<std::string_view> seen;
    seen.reserve(members.size());
    for (const auto& m : members)
        if (!seen.insert(m.first).second) return true;
    return false;
}

bool DomBuilder::end_object() {
    Frame& f = frames_[--depth_];
    OrderedJson::object_t object;
    if (hasRepeatedKey(f.members)) {
        for (auto& [name, value] : f.members)
            object[name] = std::move(value); // nlohmann's own rule
    } else {
        object.reserve(f.members.size());
        for (auto& [name, value] : f.members)
            object.emplace_back(std::move(name), std::move(value));
    }
    return add(OrderedJson(std::move(object)));
}

Diagnostic jsonDiagnostic(const std::string& text, size_t index, const std::string& message, const std::string& fix) {
    Diagnostic d;
    d.code = "RL-E-JSON";
    d.message = message;
    d.fix = fix;
    const TextPosition p = positionAt(text, index);
    d.line = p.line;
    d.column = p.column;
    return d;
}

Diagnostic brokenJson(const std::string& text, size_t position, const std::string& what) {
    const std::string explanation = parserExplanation(what);
    // nlohmann reports the number of bytes read: the offending byte is the last one read.
    size_t index = position > 0 ? position - 1 : 0;
    std::string fix = "Fix the JSON syntax at this position.";
    // Parser errors read "... - unexpected <token>; expected <tokens>".
    std::string found, expected;
    const size_t u = explanation.find("unexpected ");
    if (u != std::string::npos) {
        const size_t semi = explanation.find(';', u);
        found = explanation.substr(u + 11, semi == std::string::npos ? std::string::npos : semi - u - 11);
        const size_t e = explanation.find("expected ", semi == std::string::npos ? explanation.size() : semi);
        if (e != std::string::npos) expected = explanation.substr(e + 9);
    }
    const bool expectsClose = expected.find("'}'") != std::string::npos || expected.find("']'") != std::string::npos;
    if (found == "end of input") {
        index = text.size();
        fix = "The document ends too early: close every open string, object and array.";
    } else if (explanation.find("number overflow") != std::string::npos) {
        index = tokenStart(text, index);
        fix = "Use a number that fits in a double.";
    } else if (!found.empty()) {
        if (found.find("literal") != std::string::npos) index = tokenStart(text, index);
        const size_t prev = previousNonSpace(text, std::min(index, text.size()));
        if ((found == "']'" || found == "'}'") && prev != std::string::npos && text[prev] == ',')
            fix = "Remove the trailing comma before this bracket.";
        else if (expected.find("':'") != std::string::npos)
            fix = "Put a colon between the key and its value.";
        else if (expected.find("end of input") != std::string::npos)
            fix = "Remove what follows the end of the document (an extra closing bracket?).";
        else if (expectsClose && found.find("literal") != std::string::npos)
            fix = "A comma is probably missing before this value.";
        else if (expectsClose)
            fix = "A comma is probably missing before this position.";
    } else if (explanation.find("control character") != std::string::npos) {
        fix = "Escape control characters inside strings (\\n for a line break, \\t for a tab).";
    } else if (explanation.find("UTF-8") != std::string::npos) {
        fix = "Save the file as UTF-8.";
    } else if (explanation.find("invalid literal") != std::string::npos) {
        fix = "Put strings in double quotes and write true, false and null in lower case.";
    }
    return jsonDiagnostic(text, std::min(index, text.size()), "Broken JSON: " + explanation, fix);
}

// Rejects nesting deeper than kMaxDepth and objects with more than kMaxObjectMembers members
// before anything is built (keeps recursive dump / compare of the result safe).
bool checkStructure(const std::string& text, Diagnostics& errors) {
    struct Level {
        bool object;
        size_t members;
    };
    std::vector<Level> stack;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[':
            if (stack.size() >= kMaxDepth) {
                errors.push_back(jsonDiagnostic(text, i,
                                                "Broken JSON: nesting deeper than " + std::to_string(kMaxDepth) +
                                                    " levels is not supported",
                                                "Flatten the nested arrays or objects."));
                return false;
            }
            stack.push_back({c == '{', 0});
            break;
        case '}':
        case ']':
            if (!stack.empty()) stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().object && ++stack.back().members >= kMaxObjectMembers) {
                errors.push_back(jsonDiagnostic(text, i,
                                                "Broken JSON: an object with more than " +
                                                    std::to_string(kMaxObjectMembers) + " members is not supported",
                                                "Split the object into smaller ones."));
                return false;
            }
            break;
        default: break;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Shape

// What is being read, as messages name it ("attribute \"price\" of model \"product\""), and the
// model and association diagnostics about it belong to. The description is spelled out only when
// a message needs it; the views point into the DOM or the model being read, which outlive it.
class Context {
public:
    Context() = default;
    Context(std::string what, std::string_view model, int association)
        : model(model), association(association), what_(std::move(what)) {}
    // "<head><name> of <parent>", the name quoted when asked; without a parent "<head><name>".
    Context(const Context* parent, const char* head, std::string_view name, bool quoted,
            std::string_view model, int association)
        : model(model), association(association), parent_(parent), head_(head), name_(name), quoted_(quoted) {
    }
    // "<head><name> of <parent>" for the same model and association.
    Context(const Context& parent, const char* head, std::string_view name, bool quoted)
        : Context(&parent, head, name, quoted, parent.model, parent.association) {}
    // "association 3 (source.type(target))", from the association object as written.
    static Context ofAssociation(const OrderedJson& json, size_t position, std::string_view model,
                                 int association) {
        Context c({}, model, association);
        c.association_ = &json;
        c.position_ = position;
        return c;
    }

    std::string what() const;

    std::string_view model; // for Diagnostic::model
    int association = -1;

private:
    std::string what_;
    const Context* parent_ = nullptr;
    const char* head_ = nullptr;
    std::string_view name_;
    bool quoted_ = false;
    const OrderedJson* association_ = nullptr;
    size_t position_ = 0;
};

std::string rawString(const OrderedJson& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return "?";
    return shortened(it->get_ref<const std::string&>());
}

std::string Context::what() const {
    if (association_)
        return "association " + std::to_string(position_) + " (" + rawString(*association_, "source") + "." +
               rawString(*association_, "type") + "(" + rawString(*association_, "target") + "))";
    if (!head_) return what_;
    std::string out = head_;
    out += quoted_ ? quote(std::string(name_)) : std::string(name_);
    if (parent_) out += " of " + parent_->what();
    return out;
}

class ShapeReader {
public:
    explicit ShapeReader(Diagnostics& errors) : errors_(errors) {}

    void readRoot(const OrderedJson& root, Document& doc) {
        if (!root.is_object()) {
            error("RL-E-SHAPE", "", {}, "The document must be a JSON object, not " + describe(root),
                  "Start the file with {\"format\": \"relata/1\", \"models\": [...], \"associations\": [...]}.");
            return;
        }
        const OrderedJson* models = nullptr;
        const OrderedJson* associations = nullptr;
        ExtraKeys extra;
        for (auto it = root.begin(); it != root.end(); ++it) {
            const std::string& key = it.key();
            if (key == "format")
                readFormat(it.value(), doc);
            else if (key == "models")
                models = &it.value();
            else if (key == "associations")
                associations = &it.value();
            else
                extra.add(key, it.value());
        }
        extra.moveInto(doc.extra);
        if (models) readModels(*models, doc);
        if (associations) readAssociations(*associations, doc);
    }

private:
    Diagnostics& errors_;
    size_t count_ = 0;
    std::vector<std::string> modelNames_;
    std::unordered_set<std::string> modelSet_;

    void error(const char* code, const Path& path, const Context& ctx, const std::string& message,
               const std::string& fix) {
        if (count_ > kMaxErrors) return;
        ++count_;
        Diagnostic d;
        if (count_ > kMaxErrors) {
            d.code = "RL-E-SHAPE";
            d.message = "Too many errors; stopped reporting after " + std::to_string(kMaxErrors) + ".";
            d.fix = "Fix the errors above and read the document again.";
            errors_.push_back(std::move(d));
            return;
        }
        d.code = code;
        d.message = message;
        d.path = path.str();
        d.fix = fix;
        d.model = ctx.model;
        d.association = ctx.association;
        errors_.push_back(std::move(d));
    }

    bool suggesting() const { return count_ < kMaxErrors; }

    // --- scalar helpers ------------------------------------------------------------------

    bool readBool(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                  std::optional<bool>& out) {
        if (v.is_boolean()) {
            out = v.get<bool>();
            return true;
        }
        error("RL-E-SHAPE", path, ctx,
              key + " of " + ctx.what() + " must be true or false, not " + describe(v),
              "Write true or false, without quotes.");
        return false;
    }

    bool readString(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                    bool allowEmpty, std::string& out) {
        if (v.is_string() && (allowEmpty || !v.get_ref<const std::string&>().empty())) {
            out = v.get_ref<const std::string&>();
            return true;
        }
        if (v.is_string())
            error("RL-E-SHAPE", path, ctx, key + " of " + ctx.what() + " must not be empty",
                  "Write a name, or remove " + key + ".");
        else
            error("RL-E-SHAPE", path, ctx,
                  key + " of " + ctx.what() + " must be a string, not " + describe(v),
                  "Write " + key + " as a string in double quotes.");
        return false;
    }

    bool readString(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                    bool allowEmpty, std::optional<std::string>& out) {
        std::string s;
        if (!readString(v, path, ctx, key, allowEmpty, s)) return false;
        out = std::move(s);
        return true;
    }

    void readAction(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                    std::optional<std::string>& out) {
        const auto& actions = referentialActions();
        // Messages are built only for an error.
        auto fix = [&] { return "Use one of " + joined(actions) + " (any case)."; };
        if (!v.is_string()) {
            error("RL-E-ACTION", path, ctx,
                  key + " of " + ctx.what() + " must be a string, not " + describe(v), fix());
            return;
        }
        const std::string& s = v.get_ref<const std::string&>();
        if (std::find(actions.begin(), actions.end(), upper(s)) != actions.end()) {
            out = s; // case kept as written: Sequelize keeps it on the attribute
            return;
        }
        error("RL-E-ACTION", path, ctx,
              key + " of " + ctx.what() + " is " + quote(s) + "; expected one of " + joined(actions),
              didYouMean(suggesting() ? closestMatch(upper(s), actions) : std::string()) + fix());
    }

    // Parses a DataTypes string; reports an unknown name or bad arguments.
    void readType(const OrderedJson& v, const Path& path, const Context& ctx, std::optional<DataType>& out) {
        auto known = [] { return joined(DataType::knownKeys()); }; // for messages only
        if (!v.is_string()) {
            error("RL-E-SHAPE", path, ctx,
                  "The type of " + ctx.what() + " must be a string such as \"STRING(255)\", not " +
                      describe(v),
                  "Write the type as a string; known types: " + known() + ".");
            return;
        }
        const std::string& text = v.get_ref<const std::string&>();
        DataType t;
        if (DataType::parse(text, t)) {
            out = std::move(t);
            return;
        }
        const std::string key = upper(trimmed(text.substr(0, text.find('('))));
        const auto& keys = DataType::knownKeys();
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
            error("RL-E-TYPE-ARGS", path, ctx,
                  "The type " + quote(text) + " of " + ctx.what() + " has invalid arguments",
                  "Give at most two numbers in parentheses, e.g. STRING(255) or DECIMAL(10,2).");
            return;
        }
        const std::string suggestion = suggesting() ? closestMatch(key, keys) : std::string();
        error("RL-E-TYPE-UNKNOWN", path, ctx, "Unknown type " + quote(text) + " for " + ctx.what(),
              didYouMean(suggestion) + "Known types: " + known() + ".");
    }

    // --- attributes ----------------------------------------------------------------------

    void readEnumValues(const OrderedJson& v, const Path& path, const Context& ctx, DataType& type) {
        const char* const fix = "List the labels as strings: \"values\": [\"active\", \"archived\"].";
        if (!v.is_array() || v.empty()) {
            error("RL-E-ENUM-VALUES", path, ctx,
                  "values of ENUM " + ctx.what() + " must be a non-empty array of strings, not " +
                      (v.is_array() ? std::string("an empty array") : describe(v)),
                  fix);
            return;
        }
        std::vector<std::string> values;
        bool ok = true;
        for (size_t i = 0; i < v.size(); ++i) {
            if (v[i].is_string()) {
                values.push_back(v[i].get_ref<const std::string&>());
            } else {
                ok = false;
                error("RL-E-ENUM-VALUES", Path(path, i), ctx,
                      "ENUM label " + std::to_string(i) + " of " + ctx.what() + " must be a string, not " +
                          describe(v[i]),
                      fix);
            }
        }
        if (ok) type.values = std::move(values);
    }

    void readUnique(const OrderedJson& v, const Path& path, const Context& ctx, AttributeDef& out) {
        const char* const fix = "Write true, false, or a key name shared by the columns of one unique key.";
        if (v.is_boolean()) {
            out.unique = UniqueSpec{v.get<bool>(), {}};
            return;
        }
        if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
            out.unique = UniqueSpec{false, v.get_ref<const std::string&>()};
            return;
        }
        if (v.is_object()) {
            const auto name = v.find("name");
            if (v.size() == 1 && name != v.end() && name->is_string() && !name->get_ref<const std::string&>().empty()) {
                out.unique = UniqueSpec{false, name->get_ref<const std::string&>()};
                return;
            }
            error("RL-E-SHAPE", path, ctx,
                  "unique of " + ctx.what() + " must be {\"name\": KEY} when it is an object",
                  "Write the key name as a string, e.g. \"unique\": \"compositeIndex\".");
            return;
        }
        error("RL-E-SHAPE", path, ctx,
              "unique of " + ctx.what() + " must be true, false or a key name, not " + describe(v), fix);
    }

    void readDefaultValue(const OrderedJson& v, const Path& path, const Context& ctx, AttributeDef& out) {
        const char* const fix =
            "Write a string, number, boolean or null, or {\"fn\": \"NOW\"} (current time) / "
            "{\"fn\": \"UUIDV4\"} (random UUID).";
        if (v.is_null() || v.is_string() || v.is_boolean() || v.is_number()) {
            out.defaultValue = v;
            return;
        }
        if (v.is_object()) {
            const auto fn = v.find("fn");
            if (v.size() == 1 && fn != v.end() && fn->is_string()) {
                const std::string& name = fn->get_ref<const std::string&>();
                if (name == "NOW" || name == "UUIDV4") {
                    out.defaultValue = v;
                    return;
                }
                error("RL-E-DEFAULT-VALUE", Path(path, "fn"), ctx,
                      "defaultValue of " + ctx.what() + " calls the unknown function " + quote(name),
                      "Use {\"fn\": \"NOW\"} or {\"fn\": \"UUIDV4\"}.");
                return;
            }
            error("RL-E-DEFAULT-VALUE", path, ctx,
                  "defaultValue of " + ctx.what() +
                      " is an object other than {\"fn\": \"NOW\"} / {\"fn\": \"UUIDV4\"}",
                  fix);
            return;
        }
        error("RL-E-DEFAULT-VALUE", path, ctx,
              "defaultValue of " + ctx.what() + " must be a scalar, not " + describe(v), fix);
    }

    void readReferences(const OrderedJson& v, const Path& path, const Context& ctx, AttributeDef& out) {
        const char* const fix =
            "Write {\"model\": TABLE_NAME, \"key\": COLUMN} (model is a table name, as in "
            "Sequelize), or null.";
        if (v.is_null()) {
            out.referencesNull = true;
            return;
        }
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "references of " + ctx.what() + " must be an object or null, not " + describe(v), fix);
            return;
        }
        References refs;
        bool ok = true, haveModel = false;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const Path p(path, it.key());
            if (it.key() == "model") {
                haveModel = true;
                ok = readString(it.value(), p, ctx, "references.model", false, refs.model) && ok;
            } else if (it.key() == "key") {
                ok = readString(it.value(), p, ctx, "references.key", false, refs.key) && ok;
            } else {
                ok = false;
                error("RL-E-SHAPE", p, ctx,
                      "references of " + ctx.what() + " has the unsupported key " + quote(it.key()),
                      "Keep only model and key.");
            }
        }
        if (!haveModel) {
            ok = false;
            error("RL-E-SHAPE", path, ctx, "references of " + ctx.what() + " has no model", fix);
        }
        if (ok) out.references = std::move(refs);
    }

    // Reads the keys of an attribute definition (also used for foreignKey / otherKey objects,
    // whose `name` the caller handles). Unknown keys go to `extra`.
    void readAttributeBody(const OrderedJson& v, const Path& path, const Context& ctx, AttributeDef& out,
                           bool keySpec) {
        bool typeInvalid = false;
        const auto typeIt = v.find("type");
        if (typeIt != v.end()) {
            readType(*typeIt, Path(path, "type"), ctx, out.type);
            typeInvalid = !out.type;
        }
        const bool isEnum = out.type && out.type->key == "ENUM";
        bool haveValues = false;
        ExtraKeys extra;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string& key = it.key();
            const OrderedJson& val = it.value();
            const Path p(path, key);
            if (key == "type") {
                continue;
            } else if (keySpec && key == "name") {
                continue;
            } else if (key == "values") {
                haveValues = true;
                if (isEnum)
                    readEnumValues(val, p, ctx, *out.type);
                else if (!typeInvalid)
                    extra.add(key, val); // Sequelize ignores values on other types
            } else if (key == "primaryKey") {
                readBool(val, p, ctx, key, out.primaryKey);
            } else if (key == "autoIncrement") {
                readBool(val, p, ctx, key, out.autoIncrement);
            } else if (key == "allowNull") {
                readBool(val, p, ctx, key, out.allowNull);
            } else if (key == "unique") {
                readUnique(val, p, ctx, out);
            } else if (key == "field") {
                readString(val, p, ctx, key, false, out.field);
            } else if (key == "defaultValue") {
                readDefaultValue(val, p, ctx, out);
            } else if (key == "references") {
                readReferences(val, p, ctx, out);
            } else if (key == "onDelete" || key == "onUpdate") {
                readAction(val, p, ctx, key, key == "onDelete" ? out.onDelete : out.onUpdate);
            } else if (key == "comment") {
                readString(val, p, ctx, key, true, out.comment);
            } else if (key == "renamedFrom") {
                readString(val, p, ctx, key, false, out.renamedFrom);
            } else {
                extra.add(key, val);
            }
        }
        extra.moveInto(out.extra);
        if (isEnum && !haveValues)
            error("RL-E-ENUM-VALUES", path, ctx, capitalized(ctx.what()) + " is an ENUM without values",
                  "Add \"values\": [\"a\", \"b\"] listing the allowed labels.");
    }

    void readAttributes(const OrderedJson& v, const Path& path, const Context& modelCtx, Model& model) {
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, modelCtx,
                  "attributes of " + modelCtx.what() + " must be an object keyed by attribute name, not " +
                      describe(v),
                  "Write \"attributes\": {\"title\": {\"type\": \"STRING\"}}.");
            return;
        }
        model.attributes.reserve(v.size()); // the elements are large: no regrowth
        for (auto it = v.begin(); it != v.end(); ++it) {
            const Path p(path, it.key());
            const Context ctx(modelCtx, "attribute ", it.key(), true);
            if (it.key().empty()) {
                error("RL-E-SHAPE", p, ctx, "An attribute of " + modelCtx.what() + " has an empty name",
                      "Give the attribute a name.");
                continue;
            }
            const OrderedJson& a = it.value();
            if (!a.is_object()) {
                std::string fix = "Write the attribute as an object such as {\"type\": \"STRING\"}.";
                if (a.is_string())
                    fix = "Write {\"type\": " + quote(a.get_ref<const std::string&>()) + "} instead.";
                error("RL-E-SHAPE", p, ctx,
                      "Attribute " + quote(it.key()) + " of " + modelCtx.what() + " must be an object, not " +
                          describe(a),
                      fix);
                continue;
            }
            AttributeDef def;
            def.name = it.key();
            readAttributeBody(a, p, ctx, def, false);
            model.attributes.push_back(std::move(def));
        }
    }

    // --- models ----------------------------------------------------------------------------

    void readTimestamp(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                       TimestampOption& out) {
        if (v.is_boolean() && !v.get<bool>()) {
            out = TimestampOption{true, true, {}};
            return;
        }
        if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
            out = TimestampOption{true, false, v.get_ref<const std::string&>()};
            return;
        }
        error("RL-E-SHAPE", path, ctx,
              key + " of " + ctx.what() + " must be a column name or false, not " + describe(v),
              "Write a column name such as \"created_at\", false to drop the column, or remove " + key +
                  " for the default.");
    }

    void readModelName(const OrderedJson& v, const Path& path, const Context& ctx, ModelOptions& out) {
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "options.name of " + ctx.what() + " must be an object, not " + describe(v),
                  "Write \"name\": {\"singular\": \"task\", \"plural\": \"tasks\"}.");
            return;
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            const Path p(path, it.key());
            if (it.key() == "singular")
                readString(it.value(), p, ctx, "name.singular", false, out.nameSingular);
            else if (it.key() == "plural")
                readString(it.value(), p, ctx, "name.plural", false, out.namePlural);
            else
                error("RL-E-SHAPE", p, ctx,
                      "options.name of " + ctx.what() + " has the unsupported key " + quote(it.key()),
                      "Keep only singular and plural.");
        }
    }

    void readIndexes(const OrderedJson& v, const Path& path, const Context& ctx, ModelOptions& out) {
        if (!v.is_array()) {
            error("RL-E-SHAPE", path, ctx,
                  "indexes of " + ctx.what() + " must be an array, not " + describe(v),
                  "Write \"indexes\": [{\"unique\": true, \"fields\": [\"a\", \"b\"]}].");
            return;
        }
        std::vector<IndexSpec> indexes;
        for (size_t i = 0; i < v.size(); ++i) {
            const Path p(path, i);
            const OrderedJson& x = v[i];
            const Context ictx("index " + std::to_string(i) + " of " + ctx.what(), ctx.model, -1);
            if (!x.is_object()) {
                error("RL-E-SHAPE", p, ictx,
                      "Index " + std::to_string(i) + " of " + ctx.what() + " must be an object, not " +
                          describe(x),
                      "Write {\"name\": \"...\", \"unique\": true, \"fields\": [\"a\"]}.");
                continue;
            }
            IndexSpec idx;
            bool haveFields = false;
            ExtraKeys extra;
            for (auto it = x.begin(); it != x.end(); ++it) {
                const Path q(p, it.key());
                if (it.key() == "name") {
                    readString(it.value(), q, ictx, "name", true, idx.name);
                } else if (it.key() == "unique") {
                    std::optional<bool> u;
                    if (readBool(it.value(), q, ictx, "unique", u)) idx.unique = *u;
                } else if (it.key() == "fields") {
                    haveFields = true;
                    readIndexFields(it.value(), q, ictx, idx);
                } else {
                    extra.add(it.key(), it.value());
                }
            }
            extra.moveInto(idx.extra);
            if (!haveFields)
                error("RL-E-SHAPE", p, ictx,
                      "Index " + std::to_string(i) + " of " + ctx.what() + " has no fields",
                      "Add \"fields\": [\"column\", ...].");
            indexes.push_back(std::move(idx));
        }
        out.indexes = std::move(indexes);
    }

    void readIndexFields(const OrderedJson& v, const Path& path, const Context& ctx, IndexSpec& idx) {
        const char* const fix = "List attribute names: \"fields\": [\"a\", \"b\"] (or {\"name\": \"a\"}).";
        if (!v.is_array() || v.empty()) {
            error("RL-E-SHAPE", path, ctx,
                  "fields of " + ctx.what() + " must be a non-empty array, not " +
                      (v.is_array() ? std::string("an empty array") : describe(v)),
                  fix);
            return;
        }
        for (size_t i = 0; i < v.size(); ++i) {
            const OrderedJson& f = v[i];
            if (f.is_string() && !f.get_ref<const std::string&>().empty()) {
                idx.fields.push_back(f.get_ref<const std::string&>());
                continue;
            }
            if (f.is_object() && f.size() == 1) {
                auto it = f.find("name");
                if (it == f.end()) it = f.find("attribute");
                if (it != f.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
                    idx.fields.push_back(it->get_ref<const std::string&>());
                    continue;
                }
            }
            error("RL-E-SHAPE", Path(path, i), ctx,
                  "Field " + std::to_string(i) + " of " + ctx.what() +
                      " must be an attribute name or {\"name\": ...}, not " + describe(f),
                  fix);
        }
    }

    void readModelOptions(const OrderedJson& v, const Path& path, const Context& ctx, ModelOptions& out) {
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "options of " + ctx.what() + " must be an object, not " + describe(v),
                  "Write \"options\": {\"timestamps\": false, ...}, the third argument of sequelize.define.");
            return;
        }
        ExtraKeys extra;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string& key = it.key();
            const OrderedJson& val = it.value();
            const Path p(path, key);
            if (key == "timestamps")
                readBool(val, p, ctx, key, out.timestamps);
            else if (key == "paranoid")
                readBool(val, p, ctx, key, out.paranoid);
            else if (key == "underscored")
                readBool(val, p, ctx, key, out.underscored);
            else if (key == "freezeTableName")
                readBool(val, p, ctx, key, out.freezeTableName);
            else if (key == "tableName")
                readString(val, p, ctx, key, false, out.tableName);
            else if (key == "createdAt")
                readTimestamp(val, p, ctx, key, out.createdAt);
            else if (key == "updatedAt")
                readTimestamp(val, p, ctx, key, out.updatedAt);
            else if (key == "deletedAt")
                readTimestamp(val, p, ctx, key, out.deletedAt);
            else if (key == "name")
                readModelName(val, p, ctx, out);
            else if (key == "indexes")
                readIndexes(val, p, ctx, out);
            else
                extra.add(key, val);
        }
        extra.moveInto(out.extra);
    }

    void readModels(const OrderedJson& v, Document& doc) {
        if (!v.is_array()) {
            error("RL-E-SHAPE", "/models", {}, "\"models\" must be an array, not " + describe(v),
                  "Write \"models\": [{\"name\": \"user\", \"attributes\": {...}}, ...].");
            return;
        }
        std::unordered_map<std::string, size_t> seen;
        doc.models.reserve(v.size());
        const Path root("/models");
        for (size_t i = 0; i < v.size(); ++i) {
            const Path path(root, i);
            const OrderedJson& m = v[i];
            if (!m.is_object()) {
                error("RL-E-SHAPE", path, {}, "Model " + std::to_string(i) + " must be an object, not " + describe(m),
                      "Write {\"name\": \"user\", \"attributes\": {...}}.");
                continue;
            }
            Model model;
            const auto nameIt = m.find("name");
            if (nameIt == m.end()) {
                error("RL-E-MODEL-NAME", path, {}, "Model " + std::to_string(i) + " has no name",
                      "Add \"name\": \"...\", the first argument of sequelize.define.");
            } else if (!nameIt->is_string() || nameIt->get_ref<const std::string&>().empty()) {
                error("RL-E-MODEL-NAME", Path(path, "name"), {},
                      "The name of model " + std::to_string(i) + " must be a non-empty string, not " +
                          (nameIt->is_string() ? std::string("an empty string") : describe(*nameIt)),
                      "Write \"name\": \"user\".");
            } else {
                model.name = nameIt->get_ref<const std::string&>();
                const auto [prev, inserted] = seen.emplace(model.name, i);
                if (!inserted) {
                    error("RL-E-MODEL-DUPLICATE", Path(path, "name"),
                          Context(nullptr, "model ", model.name, true, model.name, -1),
                          "Model name " + quote(model.name) + " is already used by model " +
                              std::to_string(prev->second),
                          "Rename one of the two models; model names must be unique.");
                } else {
                    modelNames_.push_back(model.name);
                    modelSet_.insert(model.name);
                }
            }
            // "model \"user\"", or "model 3" when it has no usable name.
            const Context ctx = model.name.empty()
                                    ? Context("model " + std::to_string(i), model.name, -1)
                                    : Context(nullptr, "model ", model.name, true, model.name, -1);
            ExtraKeys extra;
            for (auto it = m.begin(); it != m.end(); ++it) {
                const std::string& key = it.key();
                const Path p(path, key);
                if (key == "name")
                    continue;
                else if (key == "attributes")
                    readAttributes(it.value(), p, ctx, model);
                else if (key == "options")
                    readModelOptions(it.value(), p, ctx, model.options);
                else if (key == "renamedFrom")
                    readString(it.value(), p, ctx, key, false, model.renamedFrom);
                else
                    extra.add(key, it.value());
            }
            extra.moveInto(model.extra);
            doc.models.push_back(std::move(model));
        }
    }

    // --- associations ------------------------------------------------------------------------

    void readFormat(const OrderedJson& v, Document& doc) {
        if (v.is_string() && v.get_ref<const std::string&>() == "relata/1") {
            doc.format = "relata/1";
            return;
        }
        error("RL-E-FORMAT", "/format", {},
              "Unsupported document format " + (v.is_string() ? quote(v.get_ref<const std::string&>()) : describe(v)) +
                  "; this version of Relata reads relata/1",
              "Write \"format\": \"relata/1\", or open the file with the Relata version that wrote it.");
    }

    void readModelRef(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                      std::string& out) {
        const char* const fix = "Name one of the models in \"models\".";
        if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
            error("RL-E-SHAPE", path, ctx,
                  key + " of " + ctx.what() + " must be a model name, not " +
                      (v.is_string() ? std::string("an empty string") : describe(v)),
                  fix);
            return;
        }
        const std::string& name = v.get_ref<const std::string&>();
        out = name;
        if (modelSet_.count(name)) return;
        const std::string suggestion = suggesting() ? closestMatch(name, modelNames_) : std::string();
        error("RL-E-MODEL-UNKNOWN", path, ctx,
              key + " " + quote(name) + " of " + ctx.what() + " names no model",
              didYouMean(suggestion) + fix);
    }

    void readAlias(const OrderedJson& v, const Path& path, const Context& ctx, AssociationOptions& out) {
        const char* const fix =
            "Write \"as\": \"name\", or {\"singular\": \"task\", \"plural\": \"tasks\"} for "
            "hasMany / belongsToMany.";
        if (v.is_string()) {
            out.as = AliasSpec{false, v.get_ref<const std::string&>(), {}, {}};
            return;
        }
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "as of " + ctx.what() + " must be a string or an object, not " + describe(v), fix);
            return;
        }
        AliasSpec alias;
        alias.isObject = true;
        bool ok = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const Path p(path, it.key());
            if (it.key() == "singular") {
                ok = readString(it.value(), p, ctx, "as.singular", false, alias.singular) && ok;
            } else if (it.key() == "plural") {
                ok = readString(it.value(), p, ctx, "as.plural", false, alias.plural) && ok;
            } else {
                ok = false;
                error("RL-E-SHAPE", p, ctx,
                      "as of " + ctx.what() + " has the unsupported key " + quote(it.key()),
                      "Keep only singular and plural.");
            }
        }
        if (v.empty()) {
            ok = false;
            error("RL-E-SHAPE", path, ctx, "as of " + ctx.what() + " is an empty object", fix);
        }
        if (ok) out.as = std::move(alias);
    }

    void readKeySpec(const OrderedJson& v, const Path& path, const Context& ctx, const std::string& key,
                     std::optional<KeySpec>& out) {
        if (v.is_string()) {
            KeySpec k;
            k.name = v.get_ref<const std::string&>();
            out = std::move(k);
            return;
        }
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  key + " of " + ctx.what() + " must be a string or an attribute object, not " + describe(v),
                  "Write \"" + key +
                      "\": \"ownerId\", or {\"name\": \"ownerId\", \"allowNull\": false, \"field\": "
                      "\"owner_id\"}.");
            return;
        }
        KeySpec k;
        k.isObject = true;
        std::string name, fieldName;
        const Context kctx(ctx, "", key, false);
        const auto nameIt = v.find("name");
        if (nameIt != v.end()) readString(*nameIt, Path(path, "name"), kctx, "name", true, name);
        const auto fieldNameIt = v.find("fieldName");
        if (fieldNameIt != v.end())
            readString(*fieldNameIt, Path(path, "fieldName"), kctx, "fieldName", true, fieldName);
        // Sequelize: foreignKey.name || foreignKey.fieldName. fieldName itself stays in `extra`.
        k.name = !name.empty() ? name : fieldName;
        readAttributeBody(v, path, kctx, k.def, true);
        out = std::move(k);
    }

    void readThrough(const OrderedJson& v, const Path& path, const Context& ctx, AssociationOptions& out) {
        const char* const fix =
            "Write \"through\": \"join_table\" or {\"model\": \"JoinModel\", \"unique\": false, "
            "\"scope\": {...}}.";
        ThroughSpec t;
        if (v.is_null() || (v.is_boolean() && v.get<bool>())) {
            t.isNullOrTrue = true; // kept: the resolver reports Sequelize's error for it
            out.through = std::move(t);
            return;
        }
        if (v.is_string()) {
            if (v.get_ref<const std::string&>().empty()) {
                error("RL-E-SHAPE", path, ctx, "through of " + ctx.what() + " is an empty string", fix);
                return;
            }
            t.model = v.get_ref<const std::string&>();
            out.through = std::move(t);
            return;
        }
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "through of " + ctx.what() + " must be a string or an object, not " + describe(v), fix);
            return;
        }
        t.isObject = true;
        bool ok = true, haveModel = false;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const Path p(path, it.key());
            const OrderedJson& val = it.value();
            if (it.key() == "model") {
                haveModel = true;
                ok = readString(val, p, ctx, "through.model", false, t.model) && ok;
            } else if (it.key() == "unique") {
                ok = readBool(val, p, ctx, "through.unique", t.unique) && ok;
            } else if (it.key() == "paranoid") {
                ok = readBool(val, p, ctx, "through.paranoid", t.paranoid) && ok;
            } else if (it.key() == "scope") {
                if (val.is_object()) {
                    t.scope = val;
                } else {
                    ok = false;
                    error("RL-E-SHAPE", p, ctx,
                          "through.scope of " + ctx.what() + " must be an object, not " + describe(val),
                          "Write \"scope\": {\"column\": value}.");
                }
            } else {
                ok = false;
                error("RL-E-SHAPE", p, ctx,
                      "through of " + ctx.what() + " has the unsupported key " + quote(it.key()),
                      "Keep only model, unique, paranoid and scope.");
            }
        }
        if (!haveModel) {
            ok = false;
            error("RL-E-SHAPE", path, ctx, "through of " + ctx.what() + " has no model", fix);
        }
        if (ok) out.through = std::move(t);
    }

    void readAssociationOptions(const OrderedJson& v, const Path& path, const Context& ctx,
                                AssociationOptions& out) {
        if (!v.is_object()) {
            error("RL-E-SHAPE", path, ctx,
                  "options of " + ctx.what() + " must be an object, not " + describe(v),
                  "Write \"options\": {\"as\": \"...\", \"foreignKey\": \"...\"}.");
            return;
        }
        ExtraKeys extra;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string& key = it.key();
            const OrderedJson& val = it.value();
            const Path p(path, key);
            if (key == "as") {
                readAlias(val, p, ctx, out);
            } else if (key == "foreignKey") {
                readKeySpec(val, p, ctx, key, out.foreignKey);
            } else if (key == "otherKey") {
                readKeySpec(val, p, ctx, key, out.otherKey);
            } else if (key == "sourceKey") {
                readString(val, p, ctx, key, true, out.sourceKey);
            } else if (key == "targetKey") {
                readString(val, p, ctx, key, true, out.targetKey);
            } else if (key == "through") {
                readThrough(val, p, ctx, out);
            } else if (key == "scope") {
                if (val.is_object())
                    out.scope = val;
                else
                    error("RL-E-SHAPE", p, ctx,
                          "scope of " + ctx.what() + " must be an object, not " + describe(val),
                          "Write \"scope\": {\"column\": value}.");
            } else if (key == "constraints") {
                readBool(val, p, ctx, key, out.constraints);
            } else if (key == "foreignKeyConstraint") {
                readBool(val, p, ctx, key, out.foreignKeyConstraint);
            } else if (key == "onDelete" || key == "onUpdate") {
                readAction(val, p, ctx, key, key == "onDelete" ? out.onDelete : out.onUpdate);
            } else if (key == "uniqueKey") {
                readString(val, p, ctx, key, true, out.uniqueKey);
            } else if (key == "keyType") {
                readType(val, p, Context(ctx, "keyType", "", false), out.keyType);
            } else if (key == "timestamps") {
                readBool(val, p, ctx, key, out.timestamps);
            } else {
                extra.add(key, val);
            }
        }
        extra.moveInto(out.extra);
    }

    void readAssociations(const OrderedJson& v, Document& doc) {
        if (!v.is_array()) {
            error("RL-E-SHAPE", "/associations", {}, "\"associations\" must be an array, not " + describe(v),
                  "Write \"associations\": [{\"source\": \"a\", \"type\": \"belongsTo\", \"target\": \"b\"}].");
            return;
        }
        doc.associations.reserve(v.size()); // the elements are large: no regrowth
        const Path root("/associations");
        for (size_t i = 0; i < v.size(); ++i) {
            const Path path(root, i);
            const OrderedJson& a = v[i];
            const int index = static_cast<int>(std::min<size_t>(i, 0x7fffffff));
            if (!a.is_object()) {
                error("RL-E-SHAPE", path, Context({}, {}, index),
                      "Association " + std::to_string(i) + " must be an object, not " + describe(a),
                      "Write {\"source\": \"a\", \"type\": \"belongsTo\", \"target\": \"b\"}.");
                continue;
            }
            const auto src = a.find("source");
            const std::string_view source = src != a.end() && src->is_string()
                                                ? std::string_view(src->get_ref<const std::string&>())
                                                : std::string_view();
            const Context ctx = Context::ofAssociation(a, i, source, index);

            Association assoc;
            bool haveSource = false, haveType = false, haveTarget = false;
            ExtraKeys extra;
            for (auto it = a.begin(); it != a.end(); ++it) {
                const std::string& key = it.key();
                const OrderedJson& val = it.value();
                const Path p(path, key);
                if (key == "source") {
                    haveSource = true;
                    readModelRef(val, p, ctx, key, assoc.source);
                } else if (key == "target") {
                    haveTarget = true;
                    readModelRef(val, p, ctx, key, assoc.target);
                } else if (key == "type") {
                    haveType = true;
                    readAssociationType(val, p, ctx, assoc);
                } else if (key == "options") {
                    readAssociationOptions(val, p, ctx, assoc.options);
                } else {
                    extra.add(key, val);
                }
            }
            extra.moveInto(assoc.extra);
            auto types = [] { return joined(associationTypeNames()); }; // for messages only
            if (!haveSource)
                error("RL-E-SHAPE", path, ctx, "Association " + std::to_string(i) + " has no source",
                      "Add \"source\": MODEL, the model the association is called on.");
            if (!haveType)
                error("RL-E-ASSOC-TYPE", path, ctx, "Association " + std::to_string(i) + " has no type",
                      "Add \"type\": one of " + types() + ".");
            if (!haveTarget)
                error("RL-E-SHAPE", path, ctx, "Association " + std::to_string(i) + " has no target",
                      "Add \"target\": MODEL, the model passed to the association call.");
            doc.associations.push_back(std::move(assoc));
        }
    }

    void readAssociationType(const OrderedJson& v, const Path& path, const Context& ctx, Association& out) {
        const auto& names = associationTypeNames();
        auto fix = [&] { return "Use one of " + joined(names) + "."; }; // for messages only
        if (!v.is_string()) {
            error("RL-E-ASSOC-TYPE", path, ctx,
                  "type of " + ctx.what() + " must be a string, not " + describe(v), fix());
            return;
        }
        const std::string& s = v.get_ref<const std::string&>();
        if (parseAssociationType(s, out.type)) return;
        const std::string suggestion = suggesting() ? closestMatch(s, names) : std::string();
        error("RL-E-ASSOC-TYPE", path, ctx, "Unknown association type " + quote(s) + " in " + ctx.what(),
              didYouMean(suggestion) + fix());
    }
};

} // namespace

bool DocumentReader::read(const std::string& text, Document& out, Diagnostics& errors) {
    try {
        if (!checkStructure(text, errors)) return false;
        OrderedJson root;
        DomBuilder sax(root);
        const bool parsed = OrderedJson::sax_parse(text, &sax);
        if (!parsed || sax.failed) {
            errors.push_back(brokenJson(text, sax.errorPosition,
                                        sax.failed ? sax.errorMessage : std::string("unreadable JSON")));
            return false;
        }
        Document doc;
        Diagnostics found;
        ShapeReader reader(found);
        reader.readRoot(root, doc);
        if (!found.empty()) {
            errors.insert(errors.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
            return false;
        }
        out = std::move(doc);
        return true;
    } catch (const std::exception& e) {
        Diagnostic d;
        d.code = "RL-E-JSON";
        d.message = std::string("The document could not be read: ") + e.what();
        d.fix = "Check that the file is a Relata document.";
        errors.push_back(std::move(d));
        return false;
    }
}

bool DocumentReader::readFile(const std::string& path, Document& out, Diagnostics& errors) {
    const QString name = QString::fromStdString(path);
    QFile file(name);
    if (QFileInfo(name).isDir()) {
        Diagnostic d;
        d.code = "RL-E-IO";
        d.message = "Cannot read \"" + path + "\": it is a directory";
        d.fix = "Open a *.relata.json file.";
        errors.push_back(std::move(d));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic d;
        d.code = "RL-E-IO";
        d.message = "Cannot read \"" + path + "\": " + file.errorString().toStdString();
        d.fix = file.exists() ? "Check the file's permissions." : "Check the file name and folder.";
        errors.push_back(std::move(d));
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Diagnostic d;
        d.code = "RL-E-IO";
        d.message = "Cannot read \"" + path + "\": " + file.errorString().toStdString();
        d.fix = "Check the file and the disk it is on.";
        errors.push_back(std::move(d));
        return false;
    }
    return read(std::string(data.constData(), static_cast<size_t>(data.size())), out, errors);
}

} // namespace relata
