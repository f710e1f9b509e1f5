#pragma once
// What every relata-cli verb shares: reading the design (a path, or - for standard input),
// printing diagnostics, and writing results (standard output, or a file through QSaveFile).
#include "resolve/ResolvedSchema.h"
#include "schema/Document.h"
#include "sql/Dialect.h"
#include "validate/Diagnostic.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace relata::cli {

// The exit statuses of every verb.
enum ExitCode {
    ExitOk = 0,       // done; warnings may have been printed
    ExitInvalid = 1,  // the design is invalid (Sequelize would throw, or a Relata error)
    ExitUsage = 2,    // bad command line, input unreadable or not a design, output not written
    // 3 is diff's "the database differs" (SyncSupport.h).
    ExitInternal = 70, // a bug in relata-cli: please report it (EX_SOFTWARE)
};

class CliContext {
public:
    // Reads and parses `fileArg` ("-" = standard input). On failure returns false with the
    // reasons in `problems` (unreadable file, broken JSON, wrong shape); prints nothing.
    bool load(const QString& fileArg, Document& doc, Diagnostics& problems);

    // The name diagnostics are prefixed with: the path as given, or "<stdin>".
    const std::string& displayName() const { return displayName_; }

    // Diagnostic::format(displayName()) on standard error, one per paragraph.
    void printDiagnostic(const Diagnostic& d) const;
    void printDiagnostics(const Diagnostics& list) const;

    // Writes `text` to standard output (outPath empty or "-") or atomically to outPath.
    // On failure prints why on standard error and returns false.
    bool write(const QString& outPath, const std::string& text) const;

    static void out(std::string_view text); // standard output
    static void err(std::string_view text); // standard error

    // Validator findings for a resolved design, without a repeat of the resolver's own error.
    static Diagnostics findings(const Document& doc, const ResolvedSchema& schema,
                                std::optional<DialectKind> dialect = std::nullopt);

    // "postgres", "postgresql", "mysql", "mariadb", "sqlite". On failure `error` says what to pass.
    static bool parseDialect(const QString& text, DialectKind& out, std::string& error);

private:
    std::string displayName_;
};

} // namespace relata::cli
