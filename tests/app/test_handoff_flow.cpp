// The whole hand-off through the widgets, offscreen: a new account, start, fill, submit,
// return, fix, resubmit, accept; the database checked after each step.
#include "book/newaccountdialog.h"
#include "handoffs/handoffdialog.h"
#include "handoffs/handoffsview.h"
#include "workspace/handofftab.h"
#include "handoffs/starthandoffdialog.h"
#include "settings/checklisteditor.h"
#include "shell/session.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace karvan;

namespace {

QVariant value(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q.next() ? q.value(0) : QVariant();
}

// Closes the next message box (a refusal) as soon as it shows; returns its text through `text`.
void dismissNextMessage(QString *text)
{
    QTimer::singleShot(0, [text] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            if (auto *label = w->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
                *text = label->text();
            w->close();
        }
    });
}

} // namespace

class TestHandoffFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWholeFlowThroughTheWidgets()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("k.sqlite"))));
        const QSqlDatabase db = session.connection();
        for (const auto &[email, name, team] : {std::tuple{"omid@example.com", "Omid Sales", "sales"},
                                                 std::tuple{"sara@example.com", "Sara CSM", "customer_success"}}) {
            QSqlQuery q = sql::prepare(db, QStringLiteral(
                "INSERT INTO people (email, name, team_id) SELECT ?, ?, id FROM teams WHERE team_key = ?"));
            q.addBindValue(QString::fromUtf8(email));
            q.addBindValue(QString::fromUtf8(name));
            q.addBindValue(QString::fromUtf8(team));
            sql::exec(q);
        }
        session.setMe(QStringLiteral("omid@example.com"));

        // 1. Sales enters the signed deal.
        NewAccountDialog newAccount(session);
        QCOMPARE(newAccount.findChild<QLineEdit *>(QStringLiteral("idEdit"))->text(), QStringLiteral("ACC-0001"));
        newAccount.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Zagros Foods"));
        newAccount.findChild<QLineEdit *>(QStringLiteral("industryEdit"))->setText(QStringLiteral("Food"));
        newAccount.findChild<QLineEdit *>(QStringLiteral("mrrEdit"))->setText(QStringLiteral("4500"));
        newAccount.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(newAccount.accountId() > 0);
        auto accountId = [&] { return value(db, "SELECT id FROM accounts WHERE ext_id = 'ACC-0001'").toLongLong(); };
        QCOMPARE(value(db, "SELECT stage FROM accounts WHERE id = ?", {accountId()}).toString(), QStringLiteral("acquisition"));
        QCOMPARE(value(db, "SELECT p.email FROM ownership o JOIN people p ON p.id = o.person_id WHERE o.account_id = ?"
                           " AND o.stage = 'acquisition'", {accountId()}).toString(), QStringLiteral("omid@example.com"));
        session.undoStack()->undo();
        QCOMPARE(accountId(), 0);
        session.undoStack()->redo();
        QVERIFY(accountId() > 0);
        QCOMPARE(value(db, "SELECT mrr FROM revenue WHERE account_id = ?", {accountId()}).toLongLong(), 450000);

        // 2. Start.
        StartHandoffDialog start(session, accountId());
        QVERIFY(start.selectCsm(QStringLiteral("sara@example.com")));
        start.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const qint64 id = start.handoffId();
        QVERIFY(id > 0);

        // 3. Fill: tick every required item, a note on the promises.
        {
            HandoffDialog form(session, id);
            auto *table = form.findChild<QTableWidget *>(QStringLiteral("itemsTable"));
            auto *missing = form.findChild<QLabel *>(QStringLiteral("missingLabel"));
            auto *submit = form.findChild<QPushButton *>(QStringLiteral("submitButton"));
            QCOMPARE(table->rowCount(), 9);
            QVERIFY(missing->text().contains(QStringLiteral("4. Every promise made during the sale")));
            QVERIFY(!submit->isEnabled());
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text().section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("(required)")))
                    table->item(row, 0)->setCheckState(Qt::Checked);
            }
            table->item(3, 2)->setText(QStringLiteral("Free onboarding workshop in May"));
            QCOMPARE(value(db, "SELECT count(*) FROM handoff_items WHERE handoff_id = ? AND done = 1", {id}).toInt(), 7);
            QCOMPARE(value(db, "SELECT note FROM handoff_items WHERE handoff_id = ? AND position = 4", {id}).toString(),
                     QStringLiteral("Free onboarding workshop in May"));
            QVERIFY(submit->isEnabled());
            // The last tick is undoable; the form shows what is missing again.
            session.undoStack()->undo();
            session.undoStack()->undo();
            QVERIFY(missing->text().contains(QStringLiteral("8. Kickoff meeting")));
            QVERIFY(!submit->isEnabled());
            session.undoStack()->redo();
            session.undoStack()->redo();
            QVERIFY(submit->isEnabled());
            submit->click();
            QCOMPARE(form.handoff().state, QStringLiteral("submitted"));
        }

        // 4. The CSM's inbox has it; the CSM returns it, first without a reason (refused).
        session.setMe(QStringLiteral("sara@example.com"));
        HandoffsView inbox(session);
        QCOMPARE(inbox.scope(), HandoffsView::Scope::WaitingForMe);
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(inbox.handoffAt(0), id);
        {
            HandoffDialog form(session, id);
            auto *returnButton = form.findChild<QPushButton *>(QStringLiteral("returnButton"));
            QVERIFY(returnButton->isVisible() || !form.isVisible());
            QString refusal;
            dismissNextMessage(&refusal);
            returnButton->click();
            QVERIFY(refusal.contains(QStringLiteral("reason is empty")));
            QCOMPARE(form.handoff().state, QStringLiteral("submitted"));
            form.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("No economic buyer named"));
            returnButton->click();
            QCOMPARE(form.handoff().state, QStringLiteral("returned"));
        }
        QCOMPARE(inbox.count(), 0);

        // 5. Sales fixes it and resubmits.
        session.setMe(QStringLiteral("omid@example.com"));
        {
            HandoffDialog form(session, id);
            QVERIFY(form.findChild<QLabel *>(QStringLiteral("returnedLabel"))->text().contains(QStringLiteral("No economic buyer named")));
            auto *table = form.findChild<QTableWidget *>(QStringLiteral("itemsTable"));
            table->item(4, 2)->setText(QStringLiteral("Champion Lida; economic buyer Kaveh (CFO); email"));
            form.findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
            QCOMPARE(form.handoff().state, QStringLiteral("submitted"));
        }

        // 6. The CSM accepts: stages, ownership and tasks move.
        session.setMe(QStringLiteral("sara@example.com"));
        QCOMPARE(inbox.count(), 1);
        {
            HandoffDialog form(session, id);
            form.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
            QCOMPARE(form.handoff().state, QStringLiteral("accepted"));
        }
        QCOMPARE(value(db, "SELECT stage FROM accounts WHERE id = ?", {accountId()}).toString(), QStringLiteral("implementation"));
        QCOMPARE(value(db, "SELECT count(*) FROM ownership o JOIN people p ON p.id = o.person_id"
                           " WHERE o.account_id = ? AND p.email = 'sara@example.com'", {accountId()}).toInt(), 3);
        QCOMPARE(value(db, "SELECT count(*) FROM tasks WHERE account_id = ? AND state = 'open'", {accountId()}).toInt(), 2);
        QCOMPARE(inbox.count(), 0);
        inbox.setScope(HandoffsView::Scope::All);
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(inbox.qualityTable()->topLevelItemCount(), 2);
        QCOMPARE(inbox.qualityTable()->topLevelItem(0)->text(4), QStringLiteral("1"));  // returned once

        // The record on the account's workspace shows the promises and stakeholders to the CSM.
        HandoffTab tab(session);
        tab.showAccount(accountId());
        QVERIFY(tab.recordText().contains(QStringLiteral("Free onboarding workshop in May")));
        QVERIFY(tab.recordText().contains(QStringLiteral("economic buyer Kaveh")));
    }

    void aManagerEditsTheChecklist()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("k.sqlite"))));
        ChecklistEditor editor(session);
        QCOMPARE(editor.table()->rowCount(), 9);
        editor.table()->item(0, 0)->setText(QStringLiteral("Why they bought"));
        editor.table()->item(6, 1)->setCheckState(Qt::Checked);
        QVERIFY(editor.save());
        QCOMPARE(value(session.connection(), "SELECT text FROM checklist_template ORDER BY position LIMIT 1").toString(),
                 QStringLiteral("Why they bought"));
        QCOMPARE(value(session.connection(), "SELECT count(*) FROM checklist_template WHERE required = 1").toInt(), 8);
        session.undoStack()->undo();
        QCOMPARE(editor.table()->item(0, 0)->text(), QStringLiteral("Why the customer bought and the use cases"));
        QCOMPARE(value(session.connection(), "SELECT count(*) FROM checklist_template WHERE required = 1").toInt(), 7);
    }
};

QTEST_MAIN(TestHandoffFlow)
#include "test_handoff_flow.moc"
