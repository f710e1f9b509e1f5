// patchText(): whatever the two texts, the document ends up showing exactly `after`, and when the
// lines pair up only the lines that differ are touched.
#include "docks/TextPatch.h"

#include <QAbstractTextDocumentLayout>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace relata::ui;

namespace {

// Short texts over a tiny alphabet, so that common starts, ends and repeated lines are frequent.
QString randomText(QRandomGenerator& random) {
    static const QString alphabet = QStringLiteral("ab\n\n\"x");
    const int length = int(random.bounded(12));
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet[int(random.bounded(alphabet.size()))];
    return text;
}

} // namespace

class TstTextPatch : public QObject {
    Q_OBJECT

private slots:
    void showsAfterWhateverTheTexts() {
        QRandomGenerator random(20261126);
        for (int i = 0; i < 20000; ++i) {
            const QString before = randomText(random);
            const QString after = random.bounded(4) == 0 ? before : randomText(random);
            QTextDocument document(before);
            patchText(&document, before, after);
            if (document.toPlainText() != after)
                QFAIL(qPrintable(QStringLiteral("case %1: %2 -> %3 gave %4")
                                     .arg(i)
                                     .arg(before.toHtmlEscaped(), after.toHtmlEscaped(),
                                          document.toPlainText().toHtmlEscaped())));
        }
    }

    void touchesOnlyTheLinesThatDiffer() {
        const QString before =
            QStringLiteral("CREATE TABLE \"users\" (\n  \"id\" INTEGER,\n  \"name\" TEXT\n);\n"
                           "CREATE TABLE \"posts\" (\n  \"userId\" INTEGER\n);");
        QString after = before;
        after.replace(QStringLiteral("\"users\""), QStringLiteral("\"people\""));
        after.replace(QStringLiteral("\"userId\""), QStringLiteral("\"personId\""));
        QTextDocument document(before);
        document.documentLayout(); // changes are announced to a layout: make one, as a view would
        QSignalSpy changes(&document, &QTextDocument::contentsChange);
        patchText(&document, before, after);
        QCOMPARE(document.toPlainText(), after);
        QCOMPARE(changes.count(), 2); // line 1 and line 6, each on its own
        QCOMPARE(changes.at(0).at(0).toInt(), 0);
        QCOMPARE(changes.at(1).at(0).toInt(), int(after.indexOf(QStringLiteral("  \"personId\""))));
        changes.clear();
        patchText(&document, after, after);
        QCOMPARE(changes.count(), 0);
    }
};

QTEST_MAIN(TstTextPatch)
#include "tst_textpatch.moc"
