// The Sync and Import dialogs against the real test servers of scripts/db-servers.sh
// (PostgreSQL 15, MariaDB 10.11), driven through their widgets on the offscreen platform: the
// connection typed into the form, a wrong password, the plan with its risks, Apply with its
// progress, a dropped column refused and then allowed, the profile kept in the design without its
// password, and the database imported back. Each row runs in a database of its own.
#include "../unit/sync_fixture.h"

#include "app/Examples.h"
#include "app/TranslationManager.h"
#include "dialogs/ConnectionForm.h"
#include "dialogs/ConnectionProfile.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/SyncDialog.h"
#include "model/DesignCommands.h"
#include "model/DesignModel.h"
#include "resolve/Resolver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <set>
#include <utility>

using namespace relata;
using namespace relata::ui;

namespace {

template <typename W> W* child(QWidget* parent, const char* name) {
    W* w = parent->findChild<W*>(QLatin1String(name));
    if (!w) qWarning("no widget %s", name);
    return w;
}

// Replaces a line edit's text by typing it.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types the server's address into a connection form, as a person fills it in.
void typeConnection(ConnectionForm* form, const ConnectionUrl& url, const QString& password) {
    auto* dialect = child<QComboBox>(form, "connectionDialect");
    dialect->setCurrentIndex(dialect->findData(int(url.kind)));
    typeInto(child<QLineEdit>(form, "connectionHost"), QString::fromStdString(url.host));
    auto* port = child<QSpinBox>(form, "connectionPort");
    port->selectAll();
    QTest::keyClicks(port, QString::number(url.effectivePort()));
    typeInto(child<QLineEdit>(form, "connectionDatabase"), QString::fromStdString(url.database));
    typeInto(child<QLineEdit>(form, "connectionUser"), QString::fromStdString(url.user));
    typeInto(child<QLineEdit>(form, "connectionPassword"), password);
}

// Clicks a button a person could click; false when it is missing, hidden or disabled.
[[nodiscard]] bool click(QAbstractButton* button) {
    if (!button || !button->isVisible() || !button->isEnabled()) return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

std::set<std::string> tableNames(const ResolvedSchema& schema) {
    std::set<std::string> out;
    for (const Table& t : schema.tables)
        out.insert(t.tableName);
    return out;
}

} // namespace

class TstSyncDialogServers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // no saved profiles of the person running the tests
        // As the editor starts in English: with the English plural forms ("1 step", "8 steps").
        QVERIFY(TranslationManager::instance()->setLanguage(QStringLiteral("en"), false));
        SyncDialog::setConfirmHandler([this](QWidget*, const QString& question) {
            questions_ << question;
            return true;
        });
    }

    void cleanupTestCase() { SyncDialog::setConfirmHandler(nullptr); }

    void syncAndImport_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("postgres") << int(DialectKind::Postgres);
        QTest::newRow("mysql") << int(DialectKind::MySql);
    }

    void syncAndImport() {
        QFETCH(int, kind);
        // A database of its own (the MySQL server's URL names none), dropped at the end.
        SYNC_FIXTURE(DialectKind(kind));
        // Only the password typed into the dialogs may open their connections.
        qunsetenv("RELATA_PASSWORD");
        const QString password = qEnvironmentVariable("RELATA_TEST_DB_PASSWORD");
        const ConnectionUrl& url = f.url();
        const QString user = QString::fromStdString(url.user);
        QVERIFY2(!password.isEmpty(), "RELATA_TEST_DB_PASSWORD is not set");
        QVERIFY2(!user.contains(password), "the test servers' password is (part of) the user name: the "
                                           "checks below could not tell them apart");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString designFile = dir.filePath(QStringLiteral("shop.relata.json"));
        QVERIFY(QFile::copy(Examples::find(QStringLiteral("shop.relata.json")).path, designFile));
        QFile::setPermissions(designFile, QFile::ReadOwner | QFile::WriteOwner);
        DesignModel model;
        QString error;
        QVERIFY2(model.load(designFile, &error), qPrintable(error));
        QVERIFY(!model.schema().error);
        const ConnectionProfile expected{.name = QString(),
                                         .dialect = url.kind,
                                         .host = QString::fromStdString(url.host),
                                         .port = url.effectivePort(),
                                         .database = QString::fromStdString(url.database),
                                         .user = user};
        questions_.clear();
        {
            SyncDialog dialog(&model);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            ConnectionForm* form = dialog.connectionForm();
            auto* test = child<QPushButton>(form, "connectionTest");

            // A wrong password is refused in plain words, and the typed one counts even when
            // RELATA_PASSWORD holds the right one. Neither is ever shown.
            const QString wrong = QStringLiteral("not-") + password;
            qputenv("RELATA_PASSWORD", password.toUtf8());
            typeConnection(form, url, wrong);
            QCOMPARE(dialog.profile(), expected);
            QVERIFY(click(test));
            qunsetenv("RELATA_PASSWORD");
            QString status = dialog.statusText();
            QVERIFY2(status.contains(QStringLiteral("authentication failed for user %1").arg(user)),
                     qPrintable(status));
            QVERIFY2(status.contains(QStringLiteral("check the password and the user name")),
                     qPrintable(status));
            QVERIFY2(!status.contains(QStringLiteral("RELATA_PASSWORD")), qPrintable(status));
            QVERIFY2(!status.contains(password), qPrintable(status));

            typeInto(child<QLineEdit>(form, "connectionPassword"), password);
            QVERIFY(click(test));
            status = dialog.statusText();
            QVERIFY2(status.startsWith(QStringLiteral("Connected to %1").arg(expected.display())),
                     qPrintable(status));
            QVERIFY2(!status.contains(password), qPrintable(status));

            // Compare: one row per step of the plan, with its risk; a fresh database only gains.
            QVERIFY(click(dialog.compareButton()));
            QVERIFY2(dialog.hasPlan(), qPrintable(dialog.statusText()));
            const SyncPlan plan = dialog.plan();
            QVERIFY(!plan.empty());
            QTreeWidget* planView = dialog.planView();
            QCOMPARE(planView->headerItem()->text(1), QStringLiteral("Risk"));
            QCOMPARE(planView->topLevelItemCount(), int(plan.steps.size()));
            for (int i = 0; i < planView->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* row = planView->topLevelItem(i);
                const SyncStep& step = plan.steps[size_t(i)];
                QCOMPARE(row->text(0),
                         QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(step.title())));
                QCOMPARE(step.risk, Risk::Safe);
                QCOMPARE(row->text(1), QStringLiteral("safe"));
                QCOMPARE(row->childCount(), int(step.sql.size()));
            }
            QCOMPARE(dialog.statusText(), QStringLiteral("Review the plan, then Apply."));

            // Apply: the bar goes through every step and ends at n of n; then the summary.
            QProgressBar* bar = dialog.progressBar();
            QList<std::pair<int, QString>> progress;
            const auto watch = connect(bar, &QProgressBar::valueChanged, this, [&progress, bar](int value) {
                progress.append({value, bar->text()});
            });
            QVERIFY(click(dialog.applyButton()));
            disconnect(watch);
            const int n = int(plan.steps.size());
            QCOMPARE(progress.size(), n + 1);
            for (int i = 0; i < n; ++i) {
                QCOMPARE(progress[i].first, i);
                QVERIFY2(progress[i].second.startsWith(QStringLiteral("Step %1 of %2: ").arg(i + 1).arg(n)),
                         qPrintable(progress[i].second));
            }
            QVERIFY(n > 1);
            QCOMPARE(progress[n], std::make_pair(n, QStringLiteral("%1 of %1 steps applied").arg(n)));
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->maximum(), n);
            QCOMPARE(bar->value(), n);
            QCOMPARE(dialog.statusText(), QStringLiteral("Applied %1 steps.").arg(n));
            QVERIFY2(dialog.resultText().contains(QStringLiteral("Applied %1 steps.").arg(n)),
                     qPrintable(dialog.resultText()));
            QVERIFY2(
                dialog.resultText().contains(QStringLiteral("Checked: the database now matches the design.")),
                qPrintable(dialog.resultText()));
            std::set<std::string> liveTables;
            for (const LiveTable& t : synctest::live(f).tables)
                liveTables.insert(t.name);
            QVERIFY(liveTables == tableNames(model.schema()));
            QVERIFY(questions_.isEmpty()); // nothing risky: not asked

            // Compare again: nothing left to do, and the last run's output is gone.
            QVERIFY(click(dialog.compareButton()));
            QVERIFY(dialog.hasPlan());
            QVERIFY(dialog.plan().empty());
            QCOMPARE(planView->topLevelItemCount(), 0);
            QVERIFY(!dialog.applyButton()->isEnabled());
            QVERIFY(!bar->isVisible());
            QVERIFY(dialog.resultText().isEmpty());
            QCOMPARE(dialog.statusText(), QStringLiteral("In sync."));

            // Rows in products, two with details; then the design drops products.details.
            const std::string products = synctest::q(f, "products");
            const std::string columns = " (" + synctest::q(f, "sku") + ", " + synctest::q(f, "title") + ", " +
                                        synctest::q(f, "price") + ", " + synctest::q(f, "details") + ", " +
                                        synctest::q(f, "createdAt") + ", " + synctest::q(f, "updatedAt") +
                                        ")";
            std::string sqlError;
            QVERIFY2(f.conn.exec(
                         "INSERT INTO " + products + columns +
                             " VALUES ('A-1', 'Lamp', 19.90, '{\"watt\": 40}', '2026-01-02 10:00:00', "
                             "'2026-01-02 10:00:00'), ('A-2', 'Desk', 120.00, '{\"legs\": 4}', "
                             "'2026-01-02 10:00:00', '2026-01-02 10:00:00'), ('A-3', 'Chair', 45.50, NULL, "
                             "'2026-01-02 10:00:00', '2026-01-02 10:00:00')",
                         &sqlError),
                     sqlError.c_str());
            const std::string countRows = "SELECT COUNT(*) FROM " + products;
            QCOMPARE(f.conn.scalar(countRows).value_or(-1), 3LL);
            const int undoBefore = model.undoStack()->count();
            QVERIFY(pushEdit(&model, QStringLiteral("Drop product.details"), [](Document& doc) {
                for (Model& m : doc.models) {
                    if (m.name != "product") continue;
                    std::erase_if(m.attributes, [](const AttributeDef& a) { return a.name == "details"; });
                }
            }));
            QCOMPARE(model.undoStack()->count(), undoBefore + 1);

            // Compare: the drop is data loss, with the figure of values lost.
            QVERIFY(click(dialog.compareButton()));
            QVERIFY2(dialog.hasPlan(), qPrintable(dialog.statusText()));
            const SyncPlan drop = dialog.plan();
            QCOMPARE(drop.steps.size(), size_t(1));
            QCOMPARE(drop.steps[0].kind, StepKind::DropColumn);
            QCOMPARE(drop.steps[0].risk, Risk::DataLoss);
            QCOMPARE(planView->topLevelItemCount(), 1);
            const QTreeWidgetItem* lossRow = planView->topLevelItem(0);
            QCOMPARE(lossRow->text(1), QStringLiteral("data loss"));
            QCOMPARE(lossRow->text(2), QStringLiteral("products.details: 2 non-null values would be lost"));

            // Apply is refused without the allowance: nothing asked, nothing changed.
            QVERIFY(!dialog.allowDataLossBox()->isChecked());
            QVERIFY(dialog.applyButton()->isEnabled());
            QVERIFY(click(dialog.applyButton()));
            status = dialog.statusText();
            QCOMPARE(status, QStringLiteral("1 step of this plan would lose data (marked \"data loss\"): "
                                            "check \"Allow data loss\" to apply it."));
            QVERIFY2(!status.contains(QStringLiteral("--allow-data-loss")), qPrintable(status));
            QVERIFY(questions_.isEmpty());
            QVERIFY(synctest::live(f).findTable("products")->findColumn("details"));
            QVERIFY(dialog.hasPlan());

            // Allowed (and confirmed): the column is gone, the rows stay.
            QVERIFY(click(dialog.allowDataLossBox()));
            QVERIFY(dialog.allowDataLossBox()->isChecked());
            QVERIFY(dialog.hasPlan()); // the allowance does not discard the plan
            QVERIFY(click(dialog.applyButton()));
            QCOMPARE(questions_.size(), 1);
            QVERIFY2(questions_[0].contains(QStringLiteral("1 step of this plan loses data")),
                     qPrintable(questions_[0]));
            QVERIFY2(dialog.statusText() == QStringLiteral("Applied 1 step."),
                     qPrintable(dialog.statusText() + QLatin1Char('\n') + dialog.resultText()));
            QCOMPARE(bar->value(), 1);
            QCOMPARE(bar->text(), QStringLiteral("1 of 1 step applied"));
            const LiveTable* productsTable = synctest::live(f).findTable("products");
            QVERIFY(productsTable);
            QVERIFY(!productsTable->findColumn("details"));
            QVERIFY(productsTable->findColumn("sku"));
            QCOMPARE(f.conn.scalar(countRows).value_or(-1), 3LL);
            QVERIFY(click(dialog.compareButton()));
            QVERIFY(dialog.plan().empty());

            // Keep the connection in the design and save it: never the password.
            QVERIFY(click(child<QPushButton>(form, "connectionKeepInDesign")));
            const auto kept = ConnectionProfile::fromDocument(model.document());
            QVERIFY(kept);
            QCOMPARE(*kept, expected);
            QVERIFY2(model.save(designFile, &error), qPrintable(error));
            QFile saved(designFile);
            QVERIFY(saved.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(saved.readAll());
            QVERIFY(text.contains(QStringLiteral("\"connection\"")));
            QVERIFY(text.contains(QString::fromStdString(url.database)));
            QVERIFY(text.contains(QStringLiteral("\"user\": \"%1\"").arg(user)));
            QVERIFY2(!text.contains(password), "the saved design holds the password");
        }

        // Import into a new design: the design's connection is offered; its password is typed.
        {
            ImportDialog import(&model);
            import.show();
            QVERIFY(QTest::qWaitForWindowExposed(&import));
            QCOMPARE(import.connectionForm()->profile(), expected);
            QVERIFY(!import.intoOpenDesign());
            typeInto(child<QLineEdit>(import.connectionForm(), "connectionPassword"), password);
            QVERIFY(click(child<QPushButton>(&import, "importRun")));
            QCOMPARE(import.result(), int(QDialog::Accepted));
            QVERIFY2(import.statusText().startsWith(QStringLiteral("%1 tables read from %2")
                                                        .arg(model.schema().tables.size())
                                                        .arg(expected.display())),
                     qPrintable(import.statusText()));
            const ResolvedSchema imported = Resolver::resolve(import.importedDocument());
            QVERIFY(!imported.error);
            QVERIFY(tableNames(imported) == tableNames(model.schema()));
            const auto products = std::find_if(imported.tables.begin(), imported.tables.end(),
                                               [](const Table& t) { return t.tableName == "products"; });
            QVERIFY(products != imported.tables.end());
            QVERIFY(std::none_of(products->columns.begin(), products->columns.end(),
                                 [](const Column& c) { return c.field == "details"; }));
        }

        // Clean up: the test's database is gone from the server.
        f.drop();
        DatabaseConnection gone;
        std::string goneError;
        QVERIFY(!f.open(gone, goneError));
        QVERIFY2(goneError.find("database missing") != std::string::npos, goneError.c_str());
    }

private:
    QStringList questions_;
};

QTEST_MAIN(TstSyncDialogServers)
#include "tst_syncdialog_servers.moc"
