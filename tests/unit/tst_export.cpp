// core/export without consumers: determinism over every example and conformance design, the SQL
// split adding up to DdlGenerator's script, option errors, progress reports, atomic writes, and
// names that must never break out of their literal. The consumer tests are in tests/export/.
#include "export/Export.h"
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "sql/DdlGenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;

namespace {

struct Loaded {
    QString name;
    Document doc;
    ResolvedSchema schema;
};

std::vector<Loaded> allDesigns() {
    std::vector<Loaded> out;
    const QStringList dirs = {QStringLiteral(RELATA_SOURCE_DIR) + "/resources/examples",
                              QStringLiteral(RELATA_TEST_DATA) + "/conformance/cases",
                              QStringLiteral(RELATA_TEST_DATA) + "/export/data"};
    for (const QString& dir : dirs) {
        for (const QString& f : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            Loaded l;
            l.name = f;
            Diagnostics errors;
            if (!DocumentReader::readFile((dir + "/" + f).toStdString(), l.doc, errors)) continue;
            l.schema = Resolver::resolve(l.doc);
            out.push_back(std::move(l));
        }
    }
    return out;
}

std::string allText(const ExportResult& r) {
    std::string out;
    for (const ExportFile& f : r.files) out += "== " + f.name + "\n" + f.content;
    return out;
}

Document parse(const std::string& json) {
    Document doc;
    Diagnostics errors;
    if (!DocumentReader::read(json, doc, errors)) {
        std::string text;
        for (const Diagnostic& d : errors) text += d.format() + "\n";
        qFatal("test design does not parse: %s", text.c_str());
    }
    return doc;
}

// The statement lines of an SQL export (comment and blank lines dropped).
std::string statementLines(const std::string& sql) {
    std::string out;
    size_t pos = 0;
    while (pos < sql.size()) {
        size_t nl = sql.find('\n', pos);
        if (nl == std::string::npos) nl = sql.size();
        const std::string line = sql.substr(pos, nl - pos);
        if (!line.empty() && line.rfind("-- ", 0) != 0) out += line + "\n";
        pos = nl + 1;
    }
    return out;
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void formatNames() {
        for (ExportFormat f : allExportFormats()) {
            ExportFormat back;
            QVERIFY(parseExportFormat(exportFormatName(f), back));
            QCOMPARE(back, f);
        }
        ExportFormat f;
        QVERIFY(parseExportFormat("MD", f));
        QCOMPARE(f, ExportFormat::Markdown);
        QVERIFY(!parseExportFormat("svg", f)); // the diagram lives with the drawing code
        QVERIFY(!exportCanExpressInvalid(ExportFormat::Sql));
        QVERIFY(!exportCanExpressInvalid(ExportFormat::Cpp));
        QVERIFY(exportCanExpressInvalid(ExportFormat::Sequelize));
    }

    // Same design, same bytes: twice in a row, and again from a fresh read and resolve.
    void deterministic() {
        const std::vector<Loaded> designs = allDesigns();
        QVERIFY(designs.size() >= 100);
        const std::vector<Loaded> again = allDesigns();
        QCOMPARE(again.size(), designs.size());
        for (size_t i = 0; i < designs.size(); ++i) {
            const Loaded& d = designs[i];
            for (ExportFormat f : allExportFormats()) {
                if (d.schema.error && !exportCanExpressInvalid(f)) continue;
                std::vector<ExportOptions> variants(1);
                if (f == ExportFormat::Sql) {
                    variants.clear();
                    for (DialectKind k : Dialect::all()) {
                        ExportOptions o;
                        o.dialect = k;
                        variants.push_back(o);
                        o.split = true;
                        o.drop = true;
                        variants.push_back(o);
                    }
                }
                for (const ExportOptions& o : variants) {
                    const std::string a = allText(Exporter::run(f, d.doc, d.schema, o));
                    const std::string b = allText(Exporter::run(f, d.doc, d.schema, o));
                    const std::string c = allText(Exporter::run(f, again[i].doc, again[i].schema, o));
                    QVERIFY2(!a.empty(), qPrintable(d.name));
                    QVERIFY2(a == b && a == c, qPrintable(d.name + " " + exportFormatName(f)));
                }
            }
        }
    }

    // The SQL export holds DdlGenerator's statements, in order, single file or split.
    void sqlIsTheDdlScript() {
        for (const Loaded& d : allDesigns()) {
            if (d.schema.error) continue;
            for (DialectKind k : Dialect::all()) {
                const auto dialect = Dialect::create(k);
                const std::string script = DdlGenerator::createScript(d.schema, *dialect);
                ExportOptions o;
                o.dialect = k;
                const ExportResult single = Exporter::run(ExportFormat::Sql, d.doc, d.schema, o);
                QCOMPARE(single.files.size(), size_t(1));
                QVERIFY(single.files[0].name.empty());
                QVERIFY2(statementLines(single.files[0].content) == script, qPrintable(d.name));
                o.split = true;
                const ExportResult split = Exporter::run(ExportFormat::Sql, d.doc, d.schema, o);
                std::string joined;
                for (const ExportFile& f : split.files) {
                    QVERIFY(f.name.size() > 8 && f.name.substr(f.name.size() - 4) == ".sql");
                    joined += statementLines(f.content);
                }
                QVERIFY2(joined == script, qPrintable(d.name));
                QVERIFY(split.files.size() >= d.schema.tables.size());
            }
        }
    }

    void sqlDropComesFirst() {
        const Document doc = parse("{\"format\": \"relata/1\", \"models\": [{\"name\": \"a\", \"attributes\": {}},"
            " {\"name\": \"b\", \"attributes\": {}}], \"associations\": [{\"source\": \"a\", \"type\": \"belongsTo\", \"target\": \"b\"}]}");
        const ResolvedSchema schema = Resolver::resolve(doc);
        ExportOptions o;
        o.dialect = DialectKind::Postgres;
        o.drop = true;
        const std::string single = Exporter::run(ExportFormat::Sql, doc, schema, o).files.at(0).content;
        QVERIFY(single.find("DROP TABLE IF EXISTS \"as\"") < single.find("CREATE TABLE"));
        o.split = true;
        const ExportResult split = Exporter::run(ExportFormat::Sql, doc, schema, o);
        QCOMPARE(split.files.size(), size_t(3));
        QCOMPARE(QString::fromStdString(split.files[0].name), QStringLiteral("000_drop.sql"));
        QCOMPARE(QString::fromStdString(split.files[1].name), QStringLiteral("001_bs.sql"));
        QCOMPARE(QString::fromStdString(split.files[2].name), QStringLiteral("002_as.sql"));
    }

    void optionErrors() {
        const Document doc = parse("{\"format\": \"relata/1\", \"models\": [{\"name\": \"a\", \"attributes\": {}}]}");
        const ResolvedSchema schema = Resolver::resolve(doc);
        QVERIFY_THROWS_EXCEPTION(ExportError, Exporter::run(ExportFormat::Sql, doc, schema, {}));
        for (const char* ns : {"1abc", "a::class", "std", "a__b", "a:::b", "_Upper", "a-b", "a::"}) {
            ExportOptions o;
            o.cppNamespace = ns;
            QVERIFY_THROWS_EXCEPTION(ExportError, Exporter::run(ExportFormat::Cpp, doc, schema, o));
        }
        ExportOptions o;
        o.cppNamespace = "shop::db";
        o.headerGuard = "SHOP DB";
        QVERIFY_THROWS_EXCEPTION(ExportError, Exporter::run(ExportFormat::Cpp, doc, schema, o));
        o.headerGuard.clear();
        const std::string header = Exporter::run(ExportFormat::Cpp, doc, schema, o).files.at(0).content;
        QVERIFY(header.find("#ifndef SHOP_DB_RELATA_H") != std::string::npos);
        QVERIFY(header.find("namespace shop::db {") != std::string::npos);
    }

    void progressIsReported() {
        const Document doc = parse("{\"format\": \"relata/1\", \"models\": [{\"name\": \"a\", \"attributes\": {}},"
            " {\"name\": \"b\", \"attributes\": {}}, {\"name\": \"c\", \"attributes\": {}}]}");
        const ResolvedSchema schema = Resolver::resolve(doc);
        for (ExportFormat f : allExportFormats()) {
            std::vector<std::pair<size_t, size_t>> calls;
            ExportOptions o;
            o.dialect = DialectKind::Sqlite;
            o.progress = [&](size_t done, size_t total, const std::string&) { calls.emplace_back(done, total); };
            Exporter::run(f, doc, schema, o);
            QVERIFY2(!calls.empty(), exportFormatName(f));
            QCOMPARE(calls.back().first, calls.back().second);
            for (size_t i = 1; i < calls.size(); ++i) QVERIFY(calls[i].first >= calls[i - 1].first);
        }
    }

    // Names never leave their literal: JS strings and keys, C++ strings and comments, Mermaid and
    // DBML quotes, SQL comments.
    void hostileNames() {
        const Document doc = parse("{\"format\": \"relata/1\", \"models\": ["
            " {\"name\": \"x\\ny\", \"attributes\": {\"__proto__\": {\"type\": \"STRING\"}, \"a'b\\\\\": {\"type\": \"STRING\", \"comment\": \"*/ \\\\\"},"
            " \"l\\u2028s\": {\"type\": \"INTEGER\"}}},"
            " {\"name\": \"q\\\"t\", \"attributes\": {}, \"options\": {\"tableName\": \"t\\\"--\\n;DROP\"}}],"
            " \"associations\": [{\"source\": \"q\\\"t\", \"type\": \"belongsTo\", \"target\": \"x\\ny\"}]}");
        const ResolvedSchema schema = Resolver::resolve(doc);
        QVERIFY(!schema.error);
        ExportOptions o;
        const std::string js = Exporter::run(ExportFormat::Sequelize, doc, schema, o).files.at(0).content;
        QVERIFY(js.find("['__proto__']: {") != std::string::npos);
        QVERIFY(js.find("'a\\'b\\\\': {") != std::string::npos);
        QVERIFY(js.find("'l\\u2028s'") != std::string::npos);
        QVERIFY(js.find("sequelize.define('x\\ny'") != std::string::npos);
        QVERIFY(js.find("// x y -> table") != std::string::npos); // a comment stays on its line
        const std::string cpp = Exporter::run(ExportFormat::Cpp, doc, schema, o).files.at(0).content;
        QVERIFY(cpp.find("\"x\\012y\"") != std::string::npos);
        QVERIFY(cpp.find("\"t\\\"--\\012;DROP\"") != std::string::npos);
        for (char ch : cpp) QVERIFY(static_cast<unsigned char>(ch) < 0x80); // plain ASCII
        const std::string mmd = Exporter::run(ExportFormat::Mermaid, doc, schema, o).files.at(0).content;
        QVERIFY(mmd.find("\"t'-- ;DROP\"") != std::string::npos);
        const std::string dbml = Exporter::run(ExportFormat::Dbml, doc, schema, o).files.at(0).content;
        QVERIFY(dbml.find("Table \"t\\\"-- ;DROP\" {") != std::string::npos);
        o.dialect = DialectKind::MySql;
        const std::string sql = Exporter::run(ExportFormat::Sql, doc, schema, o).files.at(0).content;
        // every line is a comment or a whole statement: the name's line break stays inside quotes
        QVERIFY(sql.find("\n;DROP") == std::string::npos || sql.find("`t\"--\n;DROP`") != std::string::npos);
        QVERIFY(sql.find("-- t\"-- ;DROP") != std::string::npos);
    }

    // writeExportFiles replaces nothing unless every file could be written.
    void writesAreAtomic() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string dir = tmp.filePath(QStringLiteral("out")).toStdString();
        std::string error;
        QVERIFY(writeExportFiles(dir, {{"001_a.sql", "new a\n"}, {"002_b.sql", "new b\n"}}, error));
        QVERIFY(writeExportFiles(dir, {{"001_a.sql", "newer a\n"}, {"../escape.sql", "x"}}, error) == false);
        QFile a(QString::fromStdString(dir) + "/001_a.sql");
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("new a\n"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("escape.sql"))));
        // a directory that is a file
        QVERIFY(!writeExportFiles(dir + "/001_a.sql", {{"x.sql", "x"}}, error));
        QVERIFY(!error.empty());
        // a single file into a missing directory fails and leaves nothing
        const std::string missing = tmp.filePath(QStringLiteral("no/such/dir/f.sql")).toStdString();
        QVERIFY(!writeExportFile(missing, "x", error));
        QVERIFY(!QFile::exists(QString::fromStdString(missing)));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
