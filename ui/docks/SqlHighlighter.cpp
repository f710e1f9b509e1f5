#include "docks/SqlHighlighter.h"

#include <QApplication>
#include <QPalette>

namespace relata::ui {

SqlHighlighter::SqlHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    updateColors(QApplication::palette());
}

void SqlHighlighter::updateColors(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    keyword_ = QTextCharFormat();
    keyword_.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x3f, 0xb0));
    keyword_.setFontWeight(QFont::Bold);
    type_ = QTextCharFormat();
    type_.setForeground(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x7a, 0x6a));
    identifier_ = QTextCharFormat();
    identifier_.setForeground(dark ? QColor(0xe6, 0xc0, 0x7b) : QColor(0x8a, 0x4b, 0x00));
    string_ = QTextCharFormat();
    string_.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32));
    number_ = QTextCharFormat();
    number_.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xa3, 0x15, 0x15));
    placeholder_ = QTextCharFormat();
    placeholder_.setForeground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2));
    placeholder_.setFontWeight(QFont::Bold);
    comment_ = QTextCharFormat();
    comment_.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    comment_.setFontItalic(true);
    buildRules();
    rehighlight();
}

void SqlHighlighter::buildRules() {
    rules_.clear();
    const QString keywords = QStringLiteral(
        "CREATE|TABLE|IF|NOT|EXISTS|PRIMARY|KEY|FOREIGN|REFERENCES|ON|DELETE|UPDATE|CASCADE|SET|NULL|DEFAULT|"
        "UNIQUE|INDEX|ALTER|ADD|DROP|CONSTRAINT|TYPE|RESTRICT|NO|ACTION|AUTOINCREMENT|AUTO_INCREMENT|ENGINE|"
        "CHARSET|COLLATE|COMMENT|COLUMN|SELECT|FROM|WHERE|INSERT|INTO|VALUES|AS|INNER|LEFT|OUTER|JOIN|AND|OR|"
        "IN|IS|LIMIT|ORDER|BY|RETURNING|WITH|WITHOUT|TIME|ZONE|BEGIN|COMMIT|ROLLBACK|TRANSACTION|RENAME|TO|"
        "USING|PRAGMA|TRUE|FALSE|COUNT|DISTINCT|GROUP|HAVING|OFFSET|CHECK|IDENTITY|GENERATED|ALWAYS|MODIFY|"
        "CHANGE|SCHEMA|VIEW|TEMPORARY|EXCEPT|UNION|ALL|ASC|DESC|BETWEEN|LIKE|ENUM");
    const QString types = QStringLiteral(
        "INTEGER|INT|BIGINT|SMALLINT|TINYINT|MEDIUMINT|SERIAL|BIGSERIAL|VARCHAR|CHAR|CHARACTER|VARYING|TEXT|"
        "BOOLEAN|BOOL|DATE|DATETIME|TIMESTAMP|TIMESTAMPTZ|FLOAT|DOUBLE|PRECISION|REAL|DECIMAL|NUMERIC|UUID|"
        "JSON|JSONB|BLOB|BYTEA|LONGBLOB|LONGTEXT|TINYTEXT|MEDIUMTEXT|BINARY|VARBINARY");
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    rules_.push_back({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(keywords), ci), keyword_});
    rules_.push_back({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(types), ci), type_});
    rules_.push_back({QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b")), number_});
    rules_.push_back({QRegularExpression(QStringLiteral("\\$\\d+|\\?")), placeholder_});
    // Quoted parts last: they win over keywords inside them.
    rules_.push_back({QRegularExpression(QStringLiteral("\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`")), identifier_});
    rules_.push_back({QRegularExpression(QStringLiteral("'(?:[^'\\\\]|''|\\\\.)*'")), string_});
}

void SqlHighlighter::highlightBlock(const QString& text) {
    for (const Rule& rule : rules_) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
    // Line comments, outside quotes.
    bool inSingle = false, inDouble = false, inBack = false;
    for (int i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'') && !inDouble && !inBack) inSingle = !inSingle;
        else if (c == QLatin1Char('"') && !inSingle && !inBack) inDouble = !inDouble;
        else if (c == QLatin1Char('`') && !inSingle && !inDouble) inBack = !inBack;
        else if (!inSingle && !inDouble && !inBack && c == QLatin1Char('-') && text[i + 1] == QLatin1Char('-')) {
            setFormat(i, int(text.size()) - i, comment_);
            break;
        }
    }
}

} // namespace relata::ui
