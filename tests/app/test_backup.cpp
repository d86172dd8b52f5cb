// Keeping the data safe in the app: the daily backup when a database opens, File > Restore from
// backup..., the setting of how many to keep, and the dialog with the ways out when the open
// database is damaged (issue 8).
#include "commands/peoplecommands.h"
#include "generator/demobook.h"
#include "settings/settingsview.h"
#include "shell/backupkeeper.h"
#include "shell/databaseproblemdialog.h"
#include "shell/mainwindow.h"
#include "shell/restorebackupdialog.h"
#include "shell/session.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <random>

#include <sys/stat.h>

using namespace karvan;

namespace {

int mode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

int teamCount(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT count(*) FROM teams"));
    return sql::next(q) ? q.value(0).toInt() : -1;
}

void addTeam(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("INSERT INTO teams (team_key, name) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(key);
    sql::exec(q);
}

// Answers the modal dialogs of a restore: chooses the newest backup, then confirms.
void answerRestore(int row)
{
    QTimer::singleShot(0, [row] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectRow(row);
        QTimer::singleShot(0, [] {
            auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(confirm);
            QCOMPARE(confirm->objectName(), RestoreBackupDialog::confirmationName());
            for (QAbstractButton *b : confirm->buttons()) {
                if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons()) {
            if (qobject_cast<QDialogButtonBox *>(b->parent())->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->click();
        }
    });
}

// Writes 256 random bytes into every third page of the middle half of the file, as a failing
// disk or a stray program would (docs/trust.md).
void corruptMiddle(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    QVERIFY(pages > 40);
    std::mt19937 random(8);
    for (qint64 page = pages / 4; page < 3 * pages / 4; page += 3) {
        QByteArray bytes(256, '\0');
        for (char &b : bytes)
            b = char(random() & 0xff);
        QVERIFY(f.seek(page * pageSize + 100));
        QVERIFY(f.write(bytes) == bytes.size());
    }
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("KarvanBackupTest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void openingADatabaseBacksItUpOnceADay()
    {
        const QString path = m_dir.filePath(QStringLiteral("daily.sqlite"));
        { Database db(path); }
        MainWindow window;
        const QString folder = m_dir.filePath(QStringLiteral("backups-daily"));
        window.backupKeeper()->setFolder(folder);
        QSignalSpy done(window.backupKeeper(), &BackupKeeper::finished);
        QVERIFY(window.openDatabase(path));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QString today = Backups(path, folder).dailyPath(QDate::currentDate());
        QVERIFY(QFileInfo::exists(today));
        QCOMPARE(mode(today), 0600);
        QCOMPARE(mode(folder), 0700);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("daily-")));
        // Opening it again the same day takes no second copy.
        QVERIFY(window.openDatabase(path));
        QVERIFY(done.wait(20000));
        QCOMPARE(Backups(path, folder).list().size(), 1);
    }

    void restoreFromBackupBringsTheDataBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.sqlite"));
        { Database db(path); }
        MainWindow window;
        window.show();
        const QString folder = m_dir.filePath(QStringLiteral("backups-restore"));
        window.backupKeeper()->setFolder(folder);
        QSignalSpy done(window.backupKeeper(), &BackupKeeper::finished);
        QVERIFY(window.openDatabase(path));
        QVERIFY(done.wait(20000));
        const int before = teamCount(window.session()->connection());
        addTeam(window.session()->connection(), QStringLiteral("after_backup"));
        QCOMPARE(teamCount(window.session()->connection()), before + 1);

        answerRestore(0);
        window.restoreFromBackup();
        QVERIFY(window.session());
        QCOMPARE(teamCount(window.session()->connection()), before);
        const QList<BackupEntry> entries = Backups(path, folder).list();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).beforeRestore);
        // The replaced database is kept: restoring it brings the team back.
        answerRestore(0);
        window.restoreFromBackup();
        QCOMPARE(teamCount(window.session()->connection()), before + 1);
    }

    void theNumberOfBackupsIsASettingWithUndo()
    {
        const QString path = m_dir.filePath(QStringLiteral("setting.sqlite"));
        auto session = std::make_unique<Session>(std::make_unique<Database>(path));
        SettingsView view(*session);
        auto *spin = view.findChild<QSpinBox *>(QStringLiteral("backupKeep"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 7);
        spin->setValue(12);
        Q_EMIT spin->editingFinished();
        QCOMPARE(Backups::keepCount(session->connection()), 12);
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QCOMPARE(Backups::keepCount(session->connection()), 7);
        QCOMPARE(spin->value(), 7);
    }

    void aDamagedDatabaseShowsTheWaysOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db(path);
            GeneratorOptions options;
            options.accounts = 150;
            options.months = 12;
            buildDemoBook(db, options, QStringLiteral("test"), m_dir.filePath(QStringLiteral("demo-files")));
        }
        corruptMiddle(path);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.backupKeeper()->setFolder(m_dir.filePath(QStringLiteral("backups-damaged")));
        window.openDatabase(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<DatabaseProblemDialog *>(DatabaseProblemDialog::objectNameForTests()),
                                 20000);
        auto *dialog = window.findChild<DatabaseProblemDialog *>(DatabaseProblemDialog::objectNameForTests());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")));
        QSignalSpy checked(dialog, &DatabaseProblemDialog::checkFinished);
        dialog->runCheck();
        QVERIFY(checked.wait(30000));
        QVERIFY2(dialog->checkResult().contains(QStringLiteral("problem")), qPrintable(dialog->checkResult()));
        // More failed reads show no second dialog, and the window goes on working.
        window.showPlace(NavigationPane::Place::Dashboard);
        window.showPlace(NavigationPane::Place::AllAccounts);
        QTest::qWait(200);
        QCOMPARE(window.findChildren<DatabaseProblemDialog *>().size(), 1);
        dialog->close();
        QVERIFY(window.isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestBackup)
#include "test_backup.moc"
