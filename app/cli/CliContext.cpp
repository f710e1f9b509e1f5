#include "CliContext.h"

#include "schema/DocumentReader.h"
#include "validate/Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace relata::cli {

namespace {

Diagnostic ioProblem(const std::string& code, const std::string& message, const std::string& fix) {
    Diagnostic d;
    d.code = code;
    d.severity = Severity::Error;
    d.message = message;
    d.fix = fix;
    return d;
}

} // namespace

bool CliContext::load(const QString& fileArg, Document& doc, Diagnostics& problems) {
    QByteArray bytes;
    if (fileArg == QLatin1String("-")) {
        displayName_ = "<stdin>";
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            problems.push_back(ioProblem("RL-E-CLI-READ", "cannot read standard input: " + in.errorString().toStdString(),
                                         "Pass the design as a file path instead of -."));
            return false;
        }
        bytes = in.readAll();
    } else {
        displayName_ = fileArg.toStdString();
        QFileInfo info(fileArg);
        if (info.isDir()) {
            problems.push_back(ioProblem("RL-E-CLI-READ", "cannot read '" + displayName_ + "': it is a directory",
                                         "Pass the path of a .relata.json file, or - to read standard input."));
            return false;
        }
        QFile in(fileArg);
        if (!in.open(QIODevice::ReadOnly)) {
            problems.push_back(ioProblem("RL-E-CLI-READ",
                                         "cannot read '" + displayName_ + "': " + in.errorString().toStdString(),
                                         "Check the path and its permissions, or pass - to read standard input."));
            return false;
        }
        bytes = in.readAll();
        if (in.error() != QFileDevice::NoError) {
            problems.push_back(ioProblem("RL-E-CLI-READ",
                                         "cannot read '" + displayName_ + "': " + in.errorString().toStdString(),
                                         "Check that the file is readable."));
            return false;
        }
    }

    Document parsed;
    Diagnostics readerProblems;
    if (!DocumentReader::read(std::string(bytes.constData(), static_cast<size_t>(bytes.size())), parsed,
                              readerProblems)) {
        if (readerProblems.empty())
            readerProblems.push_back(ioProblem("RL-E-CLI-PARSE", "the input is not a Relata design",
                                               "Check that the file is a relata/1 JSON document."));
        problems.insert(problems.end(), readerProblems.begin(), readerProblems.end());
        return false;
    }
    doc = std::move(parsed);
    return true;
}

void CliContext::printDiagnostic(const Diagnostic& d) const {
    err(d.format(displayName_));
    err("\n");
}

void CliContext::printDiagnostics(const Diagnostics& list) const {
    for (const Diagnostic& d : list) printDiagnostic(d);
}

bool CliContext::write(const QString& outPath, const std::string& text) const {
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        out(text);
        std::fflush(stdout);
        if (std::ferror(stdout)) {
            err("relata-cli: cannot write to standard output\n");
            return false;
        }
        return true;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err("relata-cli: cannot write '" + outPath.toStdString() + "': " + file.errorString().toStdString() +
            "\n  fix: check that the folder exists and is writable, or leave out -o to print to standard output.\n");
        return false;
    }
    const qint64 size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit()) {
        err("relata-cli: cannot write '" + outPath.toStdString() + "': " + file.errorString().toStdString() +
            "\n  fix: check the free space and permissions; the previous file, if any, is unchanged.\n");
        return false;
    }
    return true;
}

void CliContext::out(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void CliContext::err(std::string_view text) {
    std::fflush(stdout); // keep stdout and stderr in order on a terminal
    std::fwrite(text.data(), 1, text.size(), stderr);
}

Diagnostics CliContext::findings(const Document& doc, const ResolvedSchema& schema,
                                  std::optional<DialectKind> dialect) {
    ValidateOptions options;
    if (dialect) options.dialect = static_cast<int>(*dialect);
    Diagnostics all = Validator::validate(doc, schema, options);
    if (!schema.error) return all;
    Diagnostics out;
    for (Diagnostic& d : all)
        if (!(d.code == schema.error->code && d.message == schema.error->message)) out.push_back(std::move(d));
    return out;
}

bool CliContext::parseDialect(const QString& text, DialectKind& out, std::string& error) {
    if (text.isEmpty()) {
        error = "missing --dialect: pass --dialect postgres, --dialect mysql or --dialect sqlite";
        return false;
    }
    if (!Dialect::parse(text.trimmed().toLower().toStdString(), out)) {
        error = "unknown dialect '" + text.toStdString() + "': use postgres, mysql or sqlite";
        return false;
    }
    return true;
}

} // namespace relata::cli
