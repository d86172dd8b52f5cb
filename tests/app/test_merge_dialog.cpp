#include "health/healthservice.h"
#include "storage/database.h"
#include "book/duplicatesdialog.h"
#include "commands/mergecommand.h"
#include "shell/session.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace karvan;

namespace {

int count(Session &s, const QString &statement)
{
    QSqlQuery q = sql::run(s.connection(), statement);
    return q.next() ? q.value(0).toInt() : -1;
}

// Row counts of every table that belongs to accounts, per account, plus the accounts.
QMap<QString, int> census(Session &s)
{
    QMap<QString, int> result;
    QSqlQuery t = sql::run(s.connection(), QStringLiteral(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'account_id'"
        " WHERE m.type = 'table'"));
    QStringList tables;
    while (t.next())
        tables << t.value(0).toString();
    for (const QString &table : tables) {
        for (int account : {1, 2})
            result[QStringLiteral("%1@%2").arg(table).arg(account)] =
                count(s, QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = %2").arg(table).arg(account));
    }
    result[QStringLiteral("accounts")] = count(s, QStringLiteral("SELECT count(*) FROM accounts"));
    result[QStringLiteral("mrr")] = count(s, QStringLiteral("SELECT sum(mrr) FROM revenue"));
    return result;
}

void fill(Session &s)
{
    const QStringList statements = {
        "INSERT INTO accounts (id, ext_id, name, created_at, updated_at) VALUES"
        " (1, 'ACC-0001', 'Acme Trading Ltd', 'x', 'x'), (2, 'ACC-0002', 'ACME Trading, Inc.', 'x', 'x'),"
        " (3, 'ACC-0003', 'Contoso', 'x', 'x')",
        "INSERT INTO interactions (account_id, date, kind, summary) VALUES (1, '2026-01-05', 'call', 'a'),"
        " (2, '2026-02-05', 'qbr', 'b'), (2, '2026-03-05', 'email', 'c')",
        "INSERT INTO tickets (ext_id, account_id, opened) VALUES ('T-1', 2, '2026-01-01')",
        "INSERT INTO surveys (account_id, date, kind, score) VALUES (2, '2026-01-02', 'nps', 9)",
        "INSERT INTO costs (date, category, amount, account_id) VALUES ('2026-01-01', 'training', 5000, 2)",
        "INSERT INTO goals (account_id, kind, title, created_at) VALUES (2, 'goal', 'go live', 'x')",
        "INSERT INTO contacts (account_id, name) VALUES (2, 'Nima')",
        "INSERT INTO revenue (account_id, month, mrr) VALUES (1, '2026-01', 39900000), (2, '2026-01', 10000000),"
        " (2, '2026-02', 49900000)",
        "INSERT INTO usage (account_id, month, active_users, licensed_users) VALUES (2, '2026-01', 4, 5)",
    };
    for (const QString &statement : statements)
        sql::exec(s.connection(), statement);
    HealthService(s.connection()).refreshCurrent(QDate::currentDate());  // as the app keeps it
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        StoreCommand::setErrorHandler([this](QWidget *, const QString &message) { m_errors << message; });
    }

    void mergeFromTheDialogIsOneUndoableCommand()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("merge.sqlite"))));
        fill(session);
        const QMap<QString, int> before = census(session);

        DuplicatesDialog dialog(session);
        QCOMPARE(dialog.pairs().size(), 1);
        QCOMPARE(dialog.pairs().first().firstExtId, QStringLiteral("ACC-0001"));
        QVERIFY(dialog.pairs().first().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("name")));
        dialog.selectPair(0);
        dialog.setKeepFirst(true);
        QVERIFY(dialog.mergeSelected());

        QUndoStack *stack = session.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Merge ACC-0002 into ACC-0001"));
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM accounts WHERE id = 2")), 0);
        // Nothing lost: every record of ACC-0002 is now on ACC-0001 (+ the merge note).
        const QMap<QString, int> merged = census(session);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String("@1")))
                continue;
            const QString table = it.key().chopped(2);
            if (table == QLatin1String("revenue"))
                continue; // 2026-01 is summed into one row
            if (table == QLatin1String("health_current"))
                continue; // one value per account, scored again for the kept one
            const int expected = it.value() + before.value(table + QStringLiteral("@2"))
                                 + (table == QLatin1String("interactions") ? 1 : 0);
            QCOMPARE(merged.value(it.key()), expected);
            QCOMPARE(merged.value(table + QStringLiteral("@2")), 0);
        }
        QCOMPARE(merged.value(QStringLiteral("mrr")), before.value(QStringLiteral("mrr")));
        QCOMPARE(count(session, QStringLiteral("SELECT mrr FROM revenue WHERE account_id = 1 AND month = '2026-01'")),
                 49900000);
        QVERIFY(dialog.pairs().isEmpty()); // the list was refreshed

        stack->undo();
        QCOMPARE(census(session), before);
        stack->redo();
        QCOMPARE(census(session), merged);
        stack->undo();
        QCOMPARE(census(session), before);
        QVERIFY(m_errors.isEmpty());
    }

    void aRefusedMergeLeavesNoCommand()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("refused.sqlite"))));
        fill(session);
        m_errors.clear();
        QVERIFY(!pushEdit(session, new MergeCommand(session, 1, QStringLiteral("ACC-0001"), 99, QStringLiteral("ACC-0099")),
                          nullptr));
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM accounts")), 3);
    }

private:
    QStringList m_errors;
};

QTEST_MAIN(TestMergeDialog)
#include "test_merge_dialog.moc"
