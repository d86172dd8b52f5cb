// File > Export CSV, offscreen: the file holds the accounts, is the user's alone (0600) like
// every file Karvan writes, and a file that cannot be written is said so, nothing left behind.
#include "../core/test_accountfixture.h"

#include "shell/exportdialog.h"
#include "shell/session.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace karvan;
using namespace karvan::testing;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    struct Env
    {
        AccountFixture f;
        Session session { std::move(f.database) };
        ~Env() { f.db = QSqlDatabase(); }
    };

private Q_SLOTS:
    void exportWritesAFileOnlyItsOwnerReads()
    {
        Env e;
        QTemporaryDir dir;
        ExportDialog dialog(e.session);
        dialog.setKind(CsvKind::Accounts);
        const QString path = dir.filePath(QStringLiteral("accounts.csv"));
        dialog.setFile(path);
        QVERIFY(dialog.exportNow());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QStringLiteral("id,")));
        QVERIFY(csv.contains(QStringLiteral("Acme Corp")));
        QVERIFY(csv.contains(QStringLiteral("شرکت گاما")));
        const QFile::Permissions p = QFile::permissions(path);
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(
            !(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void aFileThatCannotBeWrittenIsSaidSo()
    {
        Env e;
        QTemporaryDir dir;
        ExportDialog dialog(e.session);
        const QString path = dir.filePath(QStringLiteral("missing/accounts.csv"));
        dialog.setFile(path);
        QVERIFY(!dialog.exportNow());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("cannot write")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
