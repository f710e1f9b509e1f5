#pragma once
// Syntax colouring for the SQL Relata shows (DDL preview, accessor queries, sync plans): keywords,
// type names, quoted identifiers, string literals, numbers, placeholders and comments, in colours
// picked for the current palette (light or dark).
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace relata::ui {

class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument* document);
    // Re-picks the colours (after a palette change) and rehighlights.
    void updateColors(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    std::vector<Rule> rules_;
    QTextCharFormat keyword_, type_, identifier_, string_, number_, comment_, placeholder_;
    void buildRules();
};

} // namespace relata::ui
