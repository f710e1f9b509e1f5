#pragma once
// Exports: a resolved design in the form the next tool needs. Every export is a pure function
// of (document, resolved schema, options): the same design always gives the same bytes (no
// dates, no paths, no hash-map order).
//
//   sql        CREATE script per dialect (DdlGenerator), one file or one file per table
//   cpp        a C++17 header: one struct per model, constexpr names, keys and associations
//   sequelize  a Sequelize 6 model module: function (sequelize, DataTypes) { define ...; return models }
//   mermaid    a Mermaid erDiagram
//   dbml       DBML (dbdiagram.io, @dbml/core)
//   markdown   a data dictionary
//
// The diagram image (SVG/PNG) lives with the drawing code, not here.
#include "resolve/ResolvedSchema.h"
#include "schema/Document.h"
#include "sql/Dialect.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace relata {

enum class ExportFormat { Sql, Cpp, Sequelize, Mermaid, Dbml, Markdown };

// "sql", "cpp", "sequelize", "mermaid", "dbml", "markdown".
const char* exportFormatName(ExportFormat f);
// Also accepts the aliases "hpp", "header", "js", "md", "mmd".
bool parseExportFormat(const std::string& text, ExportFormat& out);
std::vector<ExportFormat> allExportFormats();
// The usual file name extension, with the dot: ".sql", ".h", ".js" (".mjs" for an ES module) ...
std::string exportFileExtension(ExportFormat f, bool esModule = false);
// Whether the format can show a design Sequelize rejects (the state up to the error, or, for
// Sequelize code, the calls that make Sequelize throw). SQL and C++ cannot.
bool exportCanExpressInvalid(ExportFormat f);

struct ExportOptions {
    // sql: the database (required); markdown: adds an SQL type column when set; dbml: the
    // type names (PostgreSQL when unset).
    std::optional<DialectKind> dialect;
    // sql: one file per table in sync order (+ a drop script and a deferred-FK file as needed).
    bool split = false;
    // sql: add the DROP statements (single file: at the top, as sync({force: true});
    // split: a separate 000_drop.sql).
    bool drop = false;
    // sequelize: an ES module (export default) instead of CommonJS (module.exports).
    bool esModule = false;
    // cpp: the namespace ("a::b" allowed; empty = "relata_model") and the include guard
    // (empty = derived from the namespace).
    std::string cppNamespace;
    std::string headerGuard;
    // Called as parts are written: (done, total, what). May be empty.
    std::function<void(size_t done, size_t total, const std::string& what)> progress;
};

struct ExportFile {
    std::string name;    // relative file name; empty for the one file of a single-file export
    std::string content;
};

struct ExportResult {
    std::vector<ExportFile> files;
    std::vector<std::string> notes; // things the reader should know (left out, approximated)
};

// Thrown for options the format cannot take (e.g. sql without a dialect).
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Exporter {
public:
    // The schema must come from Resolver::resolve(doc). A schema with an error is exported as
    // far as it got (callers refuse it first unless the format can express it).
    static ExportResult run(ExportFormat format, const Document& doc, const ResolvedSchema& schema,
                            const ExportOptions& options);
};

// Writes every file under `directory` (created if missing) through QSaveFile: each file is
// replaced only once complete, and nothing is committed unless every file was written.
// Returns false with the reason in `error`. `progress` (optional) is called as files are committed.
bool writeExportFiles(const std::string& directory, const std::vector<ExportFile>& files, std::string& error,
                      const std::function<void(size_t done, size_t total, const std::string& file)>& progress = {});
// Writes one file atomically (QSaveFile).
bool writeExportFile(const std::string& path, const std::string& content, std::string& error);

} // namespace relata
