// Sequelize model code: the design replayed as the calls a developer would write, one define()
// per model in document order, then the associations in document order. Options equal to
// Sequelize's defaults are left out where leaving them out cannot change what Sequelize builds.
#include "export/ExportFormats.h"
#include "export/ExportSupport.h"

#include <cctype>
#include <cstdio>
#include <map>

namespace relata::exporting {

namespace {

// ---- JavaScript literals ----------------------------------------------------------------------

std::string jsString(const std::string& s) {
    std::string out = "'";
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(s[i]);
        switch (s[i]) {
        case '\\': out += "\\\\"; continue;
        case '\'': out += "\\'"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        } else if (u == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xa8 || static_cast<unsigned char>(s[i + 2]) == 0xa9)) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029"; // line separators
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out + "'";
}

// Text for a `//` comment: no line terminators (U+2028/2029 end a comment too).
std::string jsComment(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(s[i]);
        if (u < 0x20 || u == 0x7f) {
            out += ' ';
        } else if (u == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xa8 || static_cast<unsigned char>(s[i + 2]) == 0xa9)) {
            out += ' ';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool jsIdentifierName(const std::string& s) {
    if (s.empty()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(s[i]);
        const bool ok = u < 0x80 && (std::isalpha(u) || s[i] == '_' || s[i] == '$' || (i > 0 && std::isdigit(u)));
        if (!ok) return false;
    }
    return true;
}

// An object literal key: bare when it can be; `__proto__` computed, since a literal
// `__proto__:` would set the prototype instead of a property.
std::string jsKey(const std::string& key) {
    if (key == "__proto__") return "['__proto__']";
    return jsIdentifierName(key) ? key : jsString(key);
}

std::string jsValue(const OrderedJson& v) {
    if (v.is_string()) return jsString(v.get<std::string>());
    if (v.is_object()) {
        if (v.empty()) return "{}";
        std::string out = "{ ";
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            out += jsKey(it.key()) + ": " + jsValue(it.value());
        }
        return out + " }";
    }
    if (v.is_array()) {
        std::string out = "[";
        for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + jsValue(v[i]);
        return out + "]";
    }
    return v.dump(); // null, booleans, numbers: JSON and JavaScript agree
}

// A list of `key: value` entries as an object literal: on one line when it fits, else one
// entry per line at `indent` + 2.
std::string jsObject(const std::vector<std::string>& entries, const std::string& indent, size_t room = 100) {
    if (entries.empty()) return "{}";
    std::string oneLine = "{ ";
    for (size_t i = 0; i < entries.size(); ++i) oneLine += (i ? ", " : "") + entries[i];
    oneLine += " }";
    if (oneLine.size() + indent.size() <= room && oneLine.find('\n') == std::string::npos) return oneLine;
    std::string out = "{\n";
    for (const std::string& e : entries) out += indent + "  " + e + ",\n";
    return out + indent + "}";
}

std::string dataTypeJs(const DataType& t) {
    std::string out = "DataTypes." + t.key;
    if (t.key == "ENUM") {
        out += "(";
        for (size_t i = 0; i < t.values.size(); ++i) out += (i ? ", " : "") + jsString(t.values[i]);
        return out + ")";
    }
    if (!t.args.empty()) {
        out += "(";
        for (size_t i = 0; i < t.args.size(); ++i) out += (i ? ", " : "") + t.args[i];
        out += ")";
    }
    return out;
}

std::string defaultValueJs(const OrderedJson& v) {
    if (v.is_object()) {
        const auto fn = v.find("fn");
        if (fn != v.end() && fn->is_string()) return "DataTypes." + fn->get<std::string>();
    }
    return jsValue(v);
}

// ---- Names ------------------------------------------------------------------------------------

const std::set<std::string>& jsReserved() {
    static const std::set<std::string> words = {
        // reserved words and literals (PascalCase names rarely hit them, but "_" + digits may not)
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import",
        "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
        "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
        "with", "yield", "arguments", "eval", "undefined", "NaN", "Infinity",
        // what the generated function itself uses
        "sequelize", "DataTypes", "Sequelize", "module", "exports", "require", "defineModels"};
    return words;
}

std::string modelVariable(const std::string& modelName, NameScope& scope) {
    std::string base = pascalWords(modelName);
    if (base.empty()) base = "Model";
    if (std::isdigit(static_cast<unsigned char>(base[0]))) base = "Model" + base;
    if (jsReserved().count(base)) base += "Model";
    return scope.claim(base);
}

// ---- Attribute definitions -------------------------------------------------------------------

struct AttributeContext {
    const Column* resolved = nullptr; // the column Relata resolved for it, when there is one
};

std::vector<std::string> attributeEntries(const AttributeDef& a, const AttributeContext& ctx) {
    std::vector<std::string> e;
    if (a.type) e.push_back("type: " + dataTypeJs(*a.type));
    if (a.primaryKey && *a.primaryKey) e.push_back("primaryKey: true");
    if (a.autoIncrement && *a.autoIncrement) e.push_back("autoIncrement: true");
    if (a.allowNull) {
        // allowNull: true is the default, except that an association reads a pre-declared key
        // column's own allowNull (absent = not nullable) for its onDelete default: keep it on
        // every column an association touched.
        const bool touched = !ctx.resolved || !ctx.resolved->associations.empty();
        if (!*a.allowNull || touched) e.push_back(std::string("allowNull: ") + (*a.allowNull ? "true" : "false"));
    }
    if (a.unique) {
        if (!a.unique->name.empty()) e.push_back("unique: " + jsString(a.unique->name));
        else if (a.unique->flag) e.push_back("unique: true");
    }
    if (a.field) e.push_back("field: " + jsString(*a.field));
    if (a.defaultValue) e.push_back("defaultValue: " + defaultValueJs(*a.defaultValue));
    if (a.references) {
        std::vector<std::string> r{"model: " + jsString(a.references->model)};
        if (!a.references->key.empty()) r.push_back("key: " + jsString(a.references->key));
        e.push_back("references: " + jsObject(r, ""));
    } else if (a.referencesNull) {
        e.push_back("references: null");
    }
    if (a.onDelete) e.push_back("onDelete: " + jsString(*a.onDelete));
    if (a.onUpdate) e.push_back("onUpdate: " + jsString(*a.onUpdate));
    if (a.comment) e.push_back("comment: " + jsString(*a.comment));
    return e;
}

std::string keySpecJs(const KeySpec& k, const std::string& indent) {
    if (!k.isObject) return jsString(k.name);
    std::vector<std::string> e;
    // Sequelize reads `name`, else `fieldName`; the reader keeps fieldName among the extras.
    const auto fieldName = k.def.extra.find("fieldName");
    const bool viaFieldName = fieldName != k.def.extra.end() && fieldName->is_string() &&
                              fieldName->get<std::string>() == k.name;
    if (!k.name.empty() && !viaFieldName) e.push_back("name: " + jsString(k.name));
    if (fieldName != k.def.extra.end()) e.push_back("fieldName: " + jsValue(*fieldName));
    AttributeContext ctx; // keep allowNull as written: it is what the association reads
    for (std::string& s : attributeEntries(k.def, ctx)) e.push_back(std::move(s));
    return jsObject(e, indent);
}

// ---- Models and associations -----------------------------------------------------------------

std::string modelOptionsJs(const ModelOptions& o, const std::string& indent) {
    std::vector<std::string> e;
    if (o.tableName) e.push_back("tableName: " + jsString(*o.tableName));
    if (o.freezeTableName && *o.freezeTableName) e.push_back("freezeTableName: true");
    if (o.underscored && *o.underscored) e.push_back("underscored: true");
    if (o.timestamps && !*o.timestamps) e.push_back("timestamps: false");
    if (o.paranoid && *o.paranoid) e.push_back("paranoid: true");
    const std::pair<const char*, const TimestampOption*> stamps[] = {
        {"createdAt", &o.createdAt}, {"updatedAt", &o.updatedAt}, {"deletedAt", &o.deletedAt}};
    for (const auto& [key, ts] : stamps) {
        if (!ts->present) continue;
        e.push_back(std::string(key) + ": " + (ts->disabled ? std::string("false") : jsString(ts->name)));
    }
    if (o.nameSingular || o.namePlural) {
        std::vector<std::string> n;
        if (o.nameSingular) n.push_back("singular: " + jsString(*o.nameSingular));
        if (o.namePlural) n.push_back("plural: " + jsString(*o.namePlural));
        e.push_back("name: " + jsObject(n, indent + "  "));
    }
    if (o.indexes) {
        std::string list = "[";
        if (!o.indexes->empty()) list += "\n";
        for (const IndexSpec& ix : *o.indexes) {
            std::vector<std::string> f;
            if (!ix.name.empty()) f.push_back("name: " + jsString(ix.name));
            if (ix.unique) f.push_back("unique: true");
            std::string fields = "[";
            for (size_t i = 0; i < ix.fields.size(); ++i) fields += (i ? ", " : "") + jsString(ix.fields[i]);
            f.push_back("fields: " + fields + "]");
            list += indent + "    " + jsObject(f, indent + "    ") + ",\n";
        }
        if (!o.indexes->empty()) list += indent + "  ";
        e.push_back("indexes: " + list + "]");
    }
    return e.empty() ? std::string() : jsObject(e, indent, 0);
}

std::string aliasJs(const AliasSpec& as) {
    if (!as.isObject) return jsString(as.name);
    std::vector<std::string> e{"singular: " + jsString(as.singular), "plural: " + jsString(as.plural)};
    return jsObject(e, "");
}

std::string throughJs(const ThroughSpec& t, const std::string& indent) {
    if (t.isNullOrTrue) return "null";
    if (!t.isObject) return jsString(t.model);
    std::vector<std::string> e{"model: " + jsString(t.model)};
    if (t.unique) e.push_back(std::string("unique: ") + (*t.unique ? "true" : "false"));
    if (t.paranoid) e.push_back(std::string("paranoid: ") + (*t.paranoid ? "true" : "false"));
    if (t.scope) e.push_back("scope: " + jsValue(*t.scope));
    return jsObject(e, indent);
}

std::string associationOptionsJs(const AssociationOptions& o, const std::string& indent) {
    const std::string inner = indent + "  ";
    std::vector<std::string> e;
    if (o.as) e.push_back("as: " + aliasJs(*o.as));
    if (o.through) e.push_back("through: " + throughJs(*o.through, inner));
    if (o.foreignKey) e.push_back("foreignKey: " + keySpecJs(*o.foreignKey, inner));
    if (o.otherKey) e.push_back("otherKey: " + keySpecJs(*o.otherKey, inner));
    if (o.sourceKey) e.push_back("sourceKey: " + jsString(*o.sourceKey));
    if (o.targetKey) e.push_back("targetKey: " + jsString(*o.targetKey));
    if (o.uniqueKey) e.push_back("uniqueKey: " + jsString(*o.uniqueKey));
    if (o.keyType) e.push_back("keyType: " + dataTypeJs(*o.keyType));
    if (o.scope) e.push_back("scope: " + jsValue(*o.scope));
    if (o.constraints) e.push_back(std::string("constraints: ") + (*o.constraints ? "true" : "false"));
    if (o.foreignKeyConstraint)
        e.push_back(std::string("foreignKeyConstraint: ") + (*o.foreignKeyConstraint ? "true" : "false"));
    if (o.onDelete) e.push_back("onDelete: " + jsString(*o.onDelete));
    if (o.onUpdate) e.push_back("onUpdate: " + jsString(*o.onUpdate));
    if (o.timestamps) e.push_back(std::string("timestamps: ") + (*o.timestamps ? "true" : "false"));
    return e.empty() ? std::string() : jsObject(e, indent);
}

std::string modelRef(const std::string& name, const std::map<std::string, std::string>& vars) {
    const auto it = vars.find(name);
    if (it != vars.end()) return it->second;
    // Not defined by this module: a join model an earlier belongsToMany created, or nothing
    // (then Sequelize reports "... called with something that's not a subclass of Sequelize.Model").
    return "sequelize.models" + (jsIdentifierName(name) ? "." + name : "[" + jsString(name) + "]");
}

} // namespace

// Keys Relata does not model are not written: the module builds what Relata resolved.
void noteExtras(const OrderedJson& extra, const std::string& where, std::vector<std::string>& notes,
                const char* keep = nullptr) {
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (keep && it.key() == keep) continue;
        notes.push_back("sequelize: left out \"" + it.key() + "\" of " + where + " (not part of Relata's model)");
    }
}

ExportResult exportSequelize(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options) {
    ExportResult result;
    const std::string in = "  ";
    std::string out;
    if (!options.esModule) out += "'use strict';\n\n";
    out += "// Sequelize 6 models of a Relata design, generated by Relata: every define() and association\n"
           "// of the design, in the order Sequelize has to run them. Options are written only where they\n"
           "// differ from Sequelize's defaults (the `define` defaults of the Sequelize instance are\n"
           "// assumed unset).\n"
           "//\n";
    if (options.esModule)
        out += "//   import { Sequelize, DataTypes } from 'sequelize';\n"
               "//   import defineModels from './models.mjs';\n"
               "//   const sequelize = new Sequelize(url);\n"
               "//   const models = defineModels(sequelize, DataTypes);\n";
    else
        out += "//   const { Sequelize, DataTypes } = require('sequelize');\n"
               "//   const sequelize = new Sequelize(url);\n"
               "//   const models = require('./models')(sequelize, DataTypes);\n";
    out += "//   await sequelize.sync();\n\n";
    out += options.esModule ? "export default function defineModels(sequelize, DataTypes) {\n"
                            : "module.exports = function defineModels(sequelize, DataTypes) {\n";

    NameScope scope(jsReserved());
    std::map<std::string, std::string> vars;
    std::vector<std::pair<std::string, std::string>> returned; // model name, expression
    const size_t total = doc.models.size() + 1;
    size_t done = 0;
    for (const Model& m : doc.models) {
        if (vars.count(m.name)) continue; // a duplicate name is a reader error; keep the first
        const std::string var = modelVariable(m.name, scope);
        vars[m.name] = var;
        returned.emplace_back(m.name, var);
        const Table* table = schema.findModel(m.name);
        if (table) {
            std::string note = m.name + " -> table " + table->tableName;
            if (table->joinModel) note += " (join model)";
            out += in + "// " + jsComment(note) + "\n";
        }
        out += in + "const " + var + " = sequelize.define(" + jsString(m.name) + ", ";
        if (m.attributes.empty()) {
            out += "{}";
        } else {
            out += "{\n";
            for (const AttributeDef& a : m.attributes) {
                AttributeContext ctx;
                if (table) ctx.resolved = table->findAttribute(a.name);
                out += in + "  " + jsKey(a.name) + ": " + jsObject(attributeEntries(a, ctx), in + "  ", 98) + ",\n";
            }
            out += in + "}";
        }
        const std::string opts = modelOptionsJs(m.options, in);
        if (!opts.empty()) out += ", " + opts;
        out += ");\n\n";
        noteExtras(m.options.extra, "the define() of " + m.name, result.notes);
        for (const AttributeDef& a : m.attributes) noteExtras(a.extra, "attribute " + m.name + "." + a.name, result.notes);
        if (m.options.indexes)
            for (const IndexSpec& ix : *m.options.indexes) noteExtras(ix.extra, "an index of " + m.name, result.notes);
        if (options.progress) options.progress(++done, total, m.name);
    }

    if (!doc.associations.empty()) out += in + "// Associations, in the order they have to run.\n";
    for (const Association& a : doc.associations) {
        std::string line = in + modelRef(a.source, vars) + "." + associationTypeName(a.type) + "(" +
                           modelRef(a.target, vars);
        const std::string opts = associationOptionsJs(a.options, in);
        if (!opts.empty()) line += ", " + opts;
        out += line + ");\n";
        const std::string call = a.source + "." + associationTypeName(a.type) + "(" + a.target + ")";
        noteExtras(a.options.extra, "the " + call, result.notes);
        if (a.options.foreignKey) noteExtras(a.options.foreignKey->def.extra, "foreignKey of " + call, result.notes, "fieldName");
        if (a.options.otherKey) noteExtras(a.options.otherKey->def.extra, "otherKey of " + call, result.notes, "fieldName");
    }
    if (!doc.associations.empty()) out += "\n";

    // Join models created by belongsToMany (`through` naming no model) are models too.
    for (const Table& t : schema.tables)
        if (t.autoCreated && !vars.count(t.model)) {
            vars[t.model] = modelRef(t.model, {});
            returned.emplace_back(t.model, vars[t.model]);
        }
    if (returned.empty()) {
        out += in + "return {};\n";
    } else {
        out += in + "return {\n";
        for (const auto& [name, expr] : returned) out += in + "  " + jsKey(name) + ": " + expr + ",\n";
        out += in + "};\n";
    }
    out += options.esModule ? "}\n" : "};\n";
    if (options.progress) options.progress(total, total, "associations");

    result.files.push_back(ExportFile{{}, std::move(out)});
    return result;
}

} // namespace relata::exporting
