#include "export/Export.h"

#include "export/ExportFormats.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace relata {

const char* exportFormatName(ExportFormat f) {
    switch (f) {
    case ExportFormat::Sql: return "sql";
    case ExportFormat::Cpp: return "cpp";
    case ExportFormat::Sequelize: return "sequelize";
    case ExportFormat::Mermaid: return "mermaid";
    case ExportFormat::Dbml: return "dbml";
    case ExportFormat::Markdown: return "markdown";
    }
    return "sql";
}

std::vector<ExportFormat> allExportFormats() {
    return {ExportFormat::Sql, ExportFormat::Cpp, ExportFormat::Sequelize,
            ExportFormat::Mermaid, ExportFormat::Dbml, ExportFormat::Markdown};
}

bool parseExportFormat(const std::string& text, ExportFormat& out) {
    std::string t;
    for (char c : text) t += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (ExportFormat f : allExportFormats()) {
        if (t == exportFormatName(f)) {
            out = f;
            return true;
        }
    }
    struct Alias {
        const char* name;
        ExportFormat format;
    };
    static const Alias aliases[] = {{"hpp", ExportFormat::Cpp},       {"header", ExportFormat::Cpp},
                                    {"c++", ExportFormat::Cpp},       {"js", ExportFormat::Sequelize},
                                    {"md", ExportFormat::Markdown},   {"mmd", ExportFormat::Mermaid}};
    for (const Alias& a : aliases) {
        if (t == a.name) {
            out = a.format;
            return true;
        }
    }
    return false;
}

std::string exportFileExtension(ExportFormat f, bool esModule) {
    switch (f) {
    case ExportFormat::Sql: return ".sql";
    case ExportFormat::Cpp: return ".h";
    case ExportFormat::Sequelize: return esModule ? ".mjs" : ".js";
    case ExportFormat::Mermaid: return ".mmd";
    case ExportFormat::Dbml: return ".dbml";
    case ExportFormat::Markdown: return ".md";
    }
    return ".txt";
}

bool exportCanExpressInvalid(ExportFormat f) {
    return f != ExportFormat::Sql && f != ExportFormat::Cpp;
}

ExportResult Exporter::run(ExportFormat format, const Document& doc, const ResolvedSchema& schema,
                           const ExportOptions& options) {
    switch (format) {
    case ExportFormat::Sql: return exporting::exportSql(doc, schema, options);
    case ExportFormat::Cpp: return exporting::exportCppHeader(doc, schema, options);
    case ExportFormat::Sequelize: return exporting::exportSequelize(doc, schema, options);
    case ExportFormat::Mermaid: return exporting::exportMermaid(doc, schema, options);
    case ExportFormat::Dbml: return exporting::exportDbml(doc, schema, options);
    case ExportFormat::Markdown: return exporting::exportMarkdown(doc, schema, options);
    }
    throw ExportError("unknown export format");
}

namespace {

bool plainFileName(const std::string& name) {
    if (name.empty() || name == "." || name == "..") return false;
    for (char c : name)
        if (c == '/' || c == '\\' || c == '\0') return false;
    return true;
}

} // namespace

bool writeExportFile(const std::string& path, const std::string& content, std::string& error) {
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        error = "cannot write '" + path + "': " + file.errorString().toStdString();
        return false;
    }
    const qint64 size = static_cast<qint64>(content.size());
    if (file.write(content.data(), size) != size || !file.commit()) {
        error = "cannot write '" + path + "': " + file.errorString().toStdString();
        return false;
    }
    return true;
}

bool writeExportFiles(const std::string& directory, const std::vector<ExportFile>& files, std::string& error,
                      const std::function<void(size_t, size_t, const std::string&)>& progress) {
    const QString dir = QString::fromStdString(directory);
    QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        error = "'" + directory + "' exists and is not a directory";
        return false;
    }
    if (!QDir().mkpath(dir)) {
        error = "cannot create the directory '" + directory + "'";
        return false;
    }
    // Everything is written to temporary files first; only when all succeeded are they committed.
    std::vector<std::unique_ptr<QSaveFile>> open;
    open.reserve(files.size());
    for (const ExportFile& f : files) {
        if (!plainFileName(f.name)) {
            error = "internal error: bad export file name '" + f.name + "'";
            return false;
        }
        auto file = std::make_unique<QSaveFile>(QDir(dir).filePath(QString::fromStdString(f.name)));
        const qint64 size = static_cast<qint64>(f.content.size());
        if (!file->open(QIODevice::WriteOnly) || file->write(f.content.data(), size) != size) {
            error = "cannot write '" + QDir(dir).filePath(QString::fromStdString(f.name)).toStdString() +
                    "': " + file->errorString().toStdString() + " (no file was replaced)";
            return false; // the QSaveFiles are discarded uncommitted
        }
        open.push_back(std::move(file));
    }
    for (size_t i = 0; i < open.size(); ++i) {
        if (!open[i]->commit()) {
            error = "cannot write '" + open[i]->fileName().toStdString() + "': " + open[i]->errorString().toStdString();
            if (i) error += " (" + std::to_string(i) + " of " + std::to_string(open.size()) + " files were written)";
            return false;
        }
        if (progress) progress(i + 1, open.size(), files[i].name);
    }
    return true;
}

} // namespace relata
