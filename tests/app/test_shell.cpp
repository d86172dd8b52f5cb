#include "workspace/accountworkspace.h"
#include "book/bookview.h"
#include "storage/database.h"
#include "shell/mainwindow.h"
#include "commands/peoplecommands.h"
#include "models/peoplemodel.h"
#include "people/peopleview.h"
#include "shell/session.h"
#include "settings/settingsview.h"
#include "storage/sql.h"
#include "settings/templateeditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace karvan;

namespace {

int count(Session &s, const QString &statement)
{
    QSqlQuery q = sql::run(s.connection(), statement);
    return q.next() ? q.value(0).toInt() : -1;
}

QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(path);
    const QStringList statements = {
        "INSERT INTO people (id, email, name, team_id) SELECT 1, 'sara@example.com', 'Sara Ahmadi', id FROM teams"
        " WHERE team_key = 'customer_success'",
        "INSERT INTO accounts (id, ext_id, name, stage, created_at, updated_at) VALUES"
        " (1, 'ACC-0001', 'Acme', 'retention', 'x', 'x'), (2, 'ACC-0002', 'Contoso', 'retention', 'x', 'x'),"
        " (3, 'ACC-0003', 'Fabrikam', 'acquisition', 'x', 'x')",
        "INSERT INTO ownership (account_id, stage, person_id) VALUES (1, 'retention', 1), (2, 'retention', 1)",
    };
    for (const QString &s : statements)
        sql::exec(db.connection(), s);
    return path;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("KarvanShellTest"));
        QSettings().clear();
        StoreCommand::setErrorHandler([this](QWidget *, const QString &message) { m_errors << message; });
        QVERIFY(m_dir.isValid());
    }

    void theWindowShowsTheOpenDatabase()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("window.sqlite"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(!window.session());
        QVERIFY(window.statusText().contains(QStringLiteral("No database open")));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.session());
        auto *navigation = window.findChild<NavigationPane *>();
        QVERIFY(navigation && navigation->isVisible());
        QCOMPARE(window.accountCount(), 3);
        QVERIFY(window.statusText().contains(QDir::toNativeSeparators(path)));
        QVERIFY(window.statusText().contains(QStringLiteral("3 accounts")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("window.sqlite")));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.bookView(false)));
        QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList().value(0),
                 QFileInfo(path).absoluteFilePath());

        window.showPlace(NavigationPane::Place::People);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.peopleView()));
        window.showAccount(1);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.workspace()));
        window.goBack();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.peopleView()));
        window.goForward();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.workspace()));

        // Who am I: kept per database; My book becomes the start page.
        window.session()->setMe(QStringLiteral("sara@example.com"));
        QVERIFY(window.statusText().contains(QStringLiteral("Me: sara@example.com")));
        window.closeDatabase();
        QVERIFY(!window.session());
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.session()->me(), QStringLiteral("sara@example.com"));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.bookView(true)));
    }

    void aBadFileIsRefusedAndNothingChanges()
    {
        const QString bad = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not sqlite at all, just text\n");
        f.close();
        MainWindow window;
        // The message box is shown modally; close it as soon as it appears.
        QTimer::singleShot(200, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openDatabase(bad));
        QVERIFY(!window.session());
    }

    void peopleEditsAreUndoableCommands()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("people.sqlite"));
        Session session(std::make_unique<Database>(path));
        PeopleView view(session);
        QAbstractItemModelTester tester(view.peopleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = session.undoStack();
        const int audit = count(session, QStringLiteral("SELECT count(*) FROM audit_log"));

        view.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Omid Karimi"));
        view.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("omid@example.com"));
        auto *team = view.findChild<QComboBox *>(QStringLiteral("teamCombo"));
        team->setCurrentIndex(team->findText(QStringLiteral("Sales")));
        QVERIFY(view.addPersonFromForm());
        QCOMPARE(stack->undoText(), QStringLiteral("Add Omid Karimi"));
        QCOMPARE(view.peopleModel()->rowCount(), 2);

        // Deactivate Sara: her two accounts become gaps ("inactive owner").
        view.selectPerson(1);
        QVERIFY(view.toggleActive());
        QCOMPARE(stack->undoText(), QStringLiteral("Deactivate Sara Ahmadi"));
        QCOMPARE(count(session, QStringLiteral("SELECT active FROM people WHERE id = 1")), 0);
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM audit_log")), audit + 2);

        // An edit the core refuses: the same email twice. Nothing changes, no command stays.
        view.selectPerson(1);
        view.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("omid@example.com"));
        m_errors.clear();
        QVERIFY(!view.savePersonFromForm());
        QCOMPARE(stack->count(), 2);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("omid@example.com")));

        // Editing a cell goes through a command too.
        const int row = view.peopleModel()->rowOfId(1);
        QVERIFY(view.peopleModel()->setData(view.peopleModel()->index(row, PeopleModel::Name), QStringLiteral("Sara A.")));
        QCOMPARE(stack->undoText(), QStringLiteral("Rename Sara Ahmadi to Sara A."));

        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM people")), 1);
        QCOMPARE(count(session, QStringLiteral("SELECT active FROM people WHERE id = 1")), 1);
        QSqlQuery q = sql::run(session.connection(), QStringLiteral("SELECT name FROM people WHERE id = 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Sara Ahmadi"));
        stack->redo();
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM people WHERE email = 'omid@example.com'")), 1);
    }

    void templateEditsAreUndoable()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("template.sqlite"));
        Session session(std::make_unique<Database>(path));
        TemplateEditor editor(session);
        const qint64 product = count(session, QStringLiteral("SELECT id FROM teams WHERE team_key = 'product'"));
        const qint64 cs = count(session, QStringLiteral("SELECT id FROM teams WHERE team_key = 'customer_success'"));
        QVERIFY(editor.setOwnerTeam(Stage::Implementation, product));
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Change owner team of implementation to Product"));
        QCOMPARE(count(session, QStringLiteral("SELECT owner_team_id FROM template_stages WHERE stage = 'implementation'")),
                 product);
        QVERIFY(editor.setKeyMetrics(Stage::Implementation, QStringLiteral("time to value")));
        m_errors.clear();
        QVERIFY(!editor.setOwnerTeam(Stage::Implementation, std::nullopt)); // every stage needs an owner
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(count(session, QStringLiteral("SELECT owner_team_id FROM template_stages WHERE stage = 'implementation'")),
                 cs);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_errors;
};

QTEST_MAIN(TestShell)
#include "test_shell.moc"
