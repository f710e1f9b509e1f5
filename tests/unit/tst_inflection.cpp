// Tests for core/naming/Inflection: pluralize/singularize/underscore against an oracle generated
// from the real npm inflection 1.13.4 (scripts/gen-inflection-oracle.js), plus hand-written
// cases for camelize (Sequelize utils.camelize), upperFirst (lodash) and the known quirks.
#include "naming/CountedNoun.h"
#include "naming/Inflection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <string>
#include <vector>

using namespace relata::naming;

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

class TestInflection : public QObject {
    Q_OBJECT

private slots:
    void oracle()
    {
        QFile file(QStringLiteral(RELATA_TEST_DATA "/unit/data/inflection-oracle.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject words = doc.object();
        QVERIFY(words.size() >= 400);
        QStringList failures;
        for (auto it = words.begin(); it != words.end(); ++it) {
            const std::string word = it.key().toStdString();
            const QJsonObject expected = it.value().toObject();
            const struct {
                const char* name;
                std::string actual;
            } checks[] = {{"plural", pluralize(word)}, {"singular", singularize(word)}, {"underscore", underscore(word)}};
            for (const auto& c : checks) {
                const QString want = expected.value(QLatin1String(c.name)).toString();
                if (q(c.actual) != want)
                    failures << QStringLiteral("%1(%2) = %3, expected %4")
                                    .arg(QLatin1String(c.name), it.key(), q(c.actual), want);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void quirks_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QString>("singular");
        auto row = [](const char* w, const char* p, const char* s) {
            QTest::newRow(w) << QString::fromUtf8(w) << QString::fromUtf8(p) << QString::fromUtf8(s);
        };
        row("leaf", "leafs", "leaf");
        row("hero", "heros", "hero");
        row("cactus", "cactus", "cactu");
        row("Leaves", "Leaves", "Leave");
        row("Axes", "Axes", "Ax");
        row("Analyses", "Analyses", "AnalyAsis");
        row("series", "series", "series");
        row("sheep", "sheep", "sheep");
        row("news", "news", "news");
        row("equipment", "equipment", "equipment");
        row("Sheep", "Sheep", "Sheep");
        row("PersonChildren", "PersonChildren", "PersonChild");
        row("PersonChild", "PersonChildren", "PersonChild");
        row("Orders", "Orders", "Order");
        row("Person", "People", "Person");
        row("ASSIGNMENTS", "ASSIGNMENTs", "ASSIGNMENT"); // replacement text is lower-case: s$ -> "s"
        row("BOX", "BOXes", "BOX");
        row("LEAVES", "LEAVES", "LEAve");
        row("PERSON", "PEople", "PERSON");
        row("userRole", "userRoles", "userRole");
        row("item_tag", "item_tags", "item_tag");
        row("M", "Ms", "M");
        row("Status", "Statuses", "Status");
        row("Quiz", "Quizzes", "Quiz");
        row("Matrix", "Matrices", "Matrix");
        row("Knife", "Knives", "Knife");
        row("Ox", "Oxen", "Ox");
        row("Oxford", "Oxfords", "Oxford"); // ^(ox)en has no $, but needs "en"
        row("Oxenford", "Oxenford", "Oxford");
        row("Man", "Men", "Man");
        row("Fireman", "Firemans", "Fireman"); // ^(m|wom)an$ is anchored
        row("bases", "bases", "basis");
        row("analyses", "analyses", "analyasis");
        row("", "s", "");
        row("\u212Aarate", "\u212Aarate", "\u212Aarate"); // KELVIN SIGN lower-cases to "k"
    }

    void quirks()
    {
        QFETCH(QString, word);
        QFETCH(QString, plural);
        QFETCH(QString, singular);
        QCOMPARE(q(pluralize(word.toStdString())), plural);
        QCOMPARE(q(singularize(word.toStdString())), singular);
    }

    void underscoreCases()
    {
        QCOMPARE(underscore("AccountId"), std::string("account_id"));
        QCOMPARE(underscore("GroupPKBTName"), std::string("group_p_k_b_t_name"));
        QCOMPARE(underscore("HTMLPage"), std::string("h_t_m_l_page"));
        QCOMPARE(underscore("User_has_Groups"), std::string("user_has__groups"));
        QCOMPARE(underscore("Admin::UserRole"), std::string("admin/user_role"));
        QCOMPARE(underscore("_Foo"), std::string("_foo"));
        QCOMPARE(underscore("line-Item Name"), std::string("line-_item _name"));
        QCOMPARE(underscore("userId"), std::string("user_id"));
        QCOMPARE(q(underscore("ΟΔΟΣ")), QString::fromUtf8("οδος"));
    }

    void camelizeCases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok");
        auto row = [](const char* name, const char* in, const char* out, bool ok) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out) << ok;
        };
        row("User_id", "User_id", "UserId", true);
        row("home_team_id", "home_team_id", "homeTeamId", true);
        row("away-team_id", "away-team_id", "awayTeamId", true);
        row("first untouched", "user_id", "userId", true);
        row("leading run", "_id", "Id", true);
        row("leading dash", "-foo_bar", "FooBar", true);
        row("mixed run", "a_-_ b", "aB", true);
        row("trimmed", "  user id \t", "userId", true);
        row("tab and newline", "a\t\nb", "aB", true);
        row("nbsp", "a\u00A0b", "aB", true);
        row("ideographic space trimmed", "\u3000ab\u3000", "ab", true);
        row("no separators", "UserId", "UserId", true);
        row("already camel", "primaryUserId", "primaryUserId", true);
        row("digit after run", "level_2_cache", "level2Cache", true);
        row("sharp s", "a_\u00DFb", "aSSb", true);
        row("dz digraph", "a-\u01C6b", "a\u01C4b", true);
        row("astral not upper-cased", "x_\U00010428y", "x\U00010428y", true);
        row("empty", "", "", true);
        row("only spaces", "   ", "", true);
        row("trailing run", "user_", "user", false);
        row("trailing run then trimmed space", "user_ ", "user", false);
        row("only underscore", "_", "", false);
        row("trailing run mid", "a_b__", "aB", false);
        row("dot", "user.id", "user.id", true);
    }

    void camelizeCases()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        bool gotOk = !ok;
        QCOMPARE(q(camelize(input.toStdString(), &gotOk)), expected);
        QCOMPARE(gotOk, ok);
        QCOMPARE(q(camelize(input.toStdString())), expected); // ok is optional
    }

    void upperFirstCases()
    {
        QCOMPARE(upperFirst(""), std::string());
        QCOMPARE(upperFirst("user"), std::string("User"));
        QCOMPARE(upperFirst("home_team"), std::string("Home_team"));
        QCOMPARE(upperFirst("primaryUsers"), std::string("PrimaryUsers"));
        QCOMPARE(upperFirst("USER"), std::string("USER"));
        QCOMPARE(upperFirst("_user"), std::string("_user"));
        QCOMPARE(upperFirst("1st"), std::string("1st"));
        QCOMPARE(q(upperFirst("\u00E9cole")), QString::fromUtf8("\u00C9cole"));
        QCOMPARE(q(upperFirst("\u00DFa")), QString::fromUtf8("SSa"));
        QCOMPARE(q(upperFirst("\U00010428x")), QString::fromUtf8("\U00010400x"));
        // lodash takes the first "symbol": a combining mark belongs to it and is upper-cased too
        QCOMPARE(q(upperFirst("\u03B1\u0345b")), QString::fromUtf8("\u0391\u0399b"));
        // ...and so does a character joined with U+200D
        QCOMPARE(q(upperFirst("a\u200Db c")), QString::fromUtf8("A\u200DB c"));
        QCOMPARE(q(upperFirst("a\u200D")), QString::fromUtf8("A\u200D"));
    }

    // The core's and relata-cli's messages count in English words, never "step(s)".
    void countedNouns() {
        QCOMPARE(counted(1, "step"), std::string("1 step"));
        QCOMPARE(counted(8, "step"), std::string("8 steps"));
        QCOMPARE(counted(0, "error"), std::string("0 errors"));
        QCOMPARE(counted(-1, "row"), std::string("-1 rows"));
        QCOMPARE(counted(1, "entry", "entries"), std::string("1 entry"));
        QCOMPARE(counted(2, "entry", "entries"), std::string("2 entries"));
        QCOMPARE(nounFor(1, "violation"), std::string("violation"));
        QCOMPARE(nounFor(1024, "violation"), std::string("violations"));
    }

    void speed()
    {
        const std::vector<std::string> names = {
            "User", "UserRole", "Person", "PersonChild", "Order", "OrderItem", "item_tag", "Category",
            "Company", "Address", "Status", "Invoice", "LineItem", "Product", "Employee", "Department",
            "Project", "Task", "Subscription", "Account", "Group", "Post", "Comment", "Tag", "Photo",
            "Video", "Movie", "Library", "Box", "Match", "Wish", "Quiz", "Knife", "Analysis", "Leaf",
            "userRoles", "Orders", "People", "Children", "Categories", "Addresses", "Statuses", "Sheep",
        };
        QElapsedTimer timer;
        timer.start();
        std::size_t total = 0;
        for (int i = 0; i < 100000; ++i) {
            const std::string& n = names[static_cast<std::size_t>(i) % names.size()];
            total += pluralize(n).size() + singularize(n).size();
        }
        const qint64 ms = timer.elapsed();
        qInfo("100000 pluralize+singularize pairs: %lld ms (%zu chars)", static_cast<long long>(ms), total);
        QVERIFY(total > 0);
    }
};

QTEST_GUILESS_MAIN(TestInflection)
#include "tst_inflection.moc"
