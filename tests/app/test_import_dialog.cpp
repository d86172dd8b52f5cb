#include "storage/database.h"
#include "shell/importdialog.h"
#include "shell/session.h"
#include "storage/sql.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace karvan;

namespace {

int count(Session &s, const QString &table)
{
    QSqlQuery q = sql::run(s.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

bool waitFinished(ImportDialog &dialog, QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(30000) || !dialog.isBusy();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        QVERIFY(m_dir.isValid());
    }

    void checkListsEveryProblemAndWritesNothing()
    {
        Session session(std::make_unique<Database>(m_dir.filePath(QStringLiteral("errors.sqlite"))));
        const QString path = write(m_dir, QStringLiteral("people.csv"),
            "email,name,team,active\n"
            "sara@example.com,Sara Ahmadi,customer_success,true\n"
            "omid@example.com,Omid,no_such_team,true\n"
            ",Nameless,sales,true\n"
            "reza@example.com,Reza,sales,maybe\n");
        const int before = count(session, QStringLiteral("people"));
        ImportDialog dialog(session);
        dialog.setFile(path);
        QCOMPARE(dialog.kind(), CsvKind::People); // guessed from the file name
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QSignalSpy changed(&session, &Session::dataChanged);

        dialog.check();
        QVERIFY(waitFinished(dialog, finished));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        const QStringList problems = dialog.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("people.csv:3: column 'team'")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("people.csv:4: column 'email'")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("people.csv:5: column 'active'")));
        // The list shows them, one per line, ready to copy.
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("problemsList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(1)->text(), problems.at(1));
        QCOMPARE(count(session, QStringLiteral("people")), before);

        // Importing anyway writes nothing either.
        dialog.startImport();
        QVERIFY(waitFinished(dialog, finished));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QCOMPARE(dialog.problems().size(), 3);
        QCOMPARE(count(session, QStringLiteral("people")), before);
        QCOMPARE(changed.count(), 0);
    }

    void previewShowsTheFirstRows()
    {
        Session session(std::make_unique<Database>(m_dir.filePath(QStringLiteral("preview.sqlite"))));
        const QString path = write(m_dir, QStringLiteral("some.csv"),
            "email,name,team\na@example.com,Ali,sales\nb@example.com,\"Bita, Jr\",support\n");
        ImportDialog dialog(session);
        dialog.setFile(path);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 4); // the line number, then the file's columns
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("name"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Bita, Jr"));
    }

    void aGoodFileIsImportedInTheBackground()
    {
        Session session(std::make_unique<Database>(m_dir.filePath(QStringLiteral("good.sqlite"))));
        const QString path = write(m_dir, QStringLiteral("team.csv"),
            "email,name,team\nsara@example.com,سارا احمدی,customer_success\nomid@example.com,Omid,sales\n");
        ImportDialog dialog(session);
        dialog.setFile(path);
        dialog.setKind(CsvKind::People);
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QSignalSpy changed(&session, &Session::dataChanged);
        dialog.check();
        QVERIFY(waitFinished(dialog, finished));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(count(session, QStringLiteral("people")), 0); // a check writes nothing
        QCOMPARE(changed.count(), 0);

        dialog.startImport();
        QVERIFY(waitFinished(dialog, finished));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(count(session, QStringLiteral("people")), 2);
        QCOMPARE(changed.count(), 1);
        QSqlQuery q = sql::run(session.connection(), QStringLiteral("SELECT name FROM people WHERE email = 'sara@example.com'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("سارا احمدی"));
    }

    void cancelWritesNothing()
    {
        Session session(std::make_unique<Database>(m_dir.filePath(QStringLiteral("cancel.sqlite"))));
        QByteArray text = "email,name,team\n";
        for (int i = 0; i < 40000; ++i)
            text += QStringLiteral("person%1@example.com,Person %1,support\n").arg(i).toUtf8();
        const QString path = write(m_dir, QStringLiteral("many.csv"), text);
        ImportDialog dialog(session);
        dialog.setFile(path);
        dialog.setKind(CsvKind::People);
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        dialog.startImport();
        QVERIFY(dialog.isBusy());
        dialog.cancel();
        QVERIFY(waitFinished(dialog, finished));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(dialog.wasCancelled());
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(count(session, QStringLiteral("people")), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
