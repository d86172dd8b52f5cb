// My day, offscreen: a call logged with a follow-up date becomes a task in My day; done,
// dismissed and snoozed through the undo stack; the rules raised in the background.
#include "../core/test_accountfixture.h"

#include "accounts/accountdetailloader.h"
#include "accounts/accountlookups.h"
#include "commands/accountcommands.h"
#include "myday/mydayview.h"
#include "shell/session.h"
#include "workspace/accountworkspace.h"
#include "workspace/interactiondialog.h"
#include "workspace/taskstab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace karvan;
using namespace karvan::testing;

class TestMyDay : public QObject
{
    Q_OBJECT

private:
    struct Env
    {
        AccountFixture f;
        Session session{std::move(f.database)};
        Env() { session.setMe(QStringLiteral("alice@example.com")); }
        ~Env() { f.db = QSqlDatabase(); }
    };

    static QString state(const Env &e, const QString &key)
    {
        return text(e.f.db, "SELECT state FROM tasks WHERE task_key = ?", {key});
    }

    static bool shows(const MyDayView &view, const QString &key)
    {
        for (const Task &t : view.tasks())
            if (t.key == key)
                return true;
        return false;
    }

    // Logs a call on Acme through the interaction dialog with a follow-up date; returns the
    // follow-up task's key.
    static QString logCallWithFollowUp(Env &e, const QDate &followUp)
    {
        const AccountDetail acme = AccountDetailLoader(e.session.connection()).load(e.f.acme);
        InteractionDialog dialog(AccountLookups(e.session.connection()).people(), e.f.alice);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("call")));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"))->setPlainText(QStringLiteral("Pricing questions"));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("followUpCheck"));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("followUpEdit"));
        [&] { QVERIFY(!date->isEnabled()); }();
        check->setChecked(true);
        [&] { QVERIFY(date->isEnabled()); }();
        date->setDate(followUp);
        const bool pushed = pushAccountEdit(e.session, accountedits::addInteraction(e.session, acme, dialog.interaction(),
                                                                                    dialog.followUp()), nullptr);
        [&] { QVERIFY(pushed); }();
        return text(e.f.db, "SELECT task_key FROM tasks WHERE task_key LIKE 'followup:%'");
    }

private Q_SLOTS:
    void followUpTaskShowsInMyDayAndDoneUndoes()
    {
        Env e;
        const QString key = logCallWithFollowUp(e, e.f.today);
        QVERIFY(key.startsWith(QStringLiteral("followup:")));
        QCOMPARE(text(e.f.db, "SELECT title FROM tasks WHERE task_key = ?", {key}), QStringLiteral("Follow up: Pricing questions"));
        QCOMPARE(scalar(e.f.db, "SELECT owner_id FROM tasks WHERE task_key = ?", {key}), e.f.alice);

        MyDayView view(e.session);
        view.setToday(e.f.today);
        QVERIFY(shows(view, key));
        QCOMPARE(view.dueCount(), 1);
        // In the "Today" group.
        QTreeWidget *tree = view.tree();
        QTreeWidgetItem *today = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Today")))
                today = tree->topLevelItem(i);
        QVERIFY(today);
        QCOMPARE(today->childCount(), 1);
        QCOMPARE(today->child(0)->text(0), QStringLiteral("Follow up: Pricing questions"));

        QSignalSpy count(&view, &MyDayView::dueCountChanged);
        QVERIFY(view.selectTask(key));
        view.markSelectedDone();
        QCOMPARE(state(e, key), QStringLiteral("done"));
        QVERIFY(!shows(view, key));
        QCOMPARE(view.dueCount(), 0);
        QVERIFY(!count.isEmpty());
        QCOMPARE(scalar(e.f.db, "SELECT count(*) FROM audit_log WHERE entity = 'task' AND entity_id = ? AND field = 'state'", {key}), 1);

        e.session.undoStack()->undo();
        QCOMPARE(state(e, key), QStringLiteral("open"));
        QVERIFY(shows(view, key));
        QCOMPARE(view.dueCount(), 1);

        // Undoing the call takes its follow-up away with it; redo brings both back.
        e.session.undoStack()->undo();
        QCOMPARE(scalar(e.f.db, "SELECT count(*) FROM tasks"), 0);
        QVERIFY(!shows(view, key));
        e.session.undoStack()->redo();
        QCOMPARE(scalar(e.f.db, "SELECT count(*) FROM tasks WHERE task_key LIKE 'followup:%'"), 1);
    }

    void dismissAndSnoozeAreUndoable()
    {
        Env e;
        const QString key = logCallWithFollowUp(e, e.f.today.addDays(-2));
        MyDayView view(e.session);
        view.setToday(e.f.today);
        QVERIFY(view.tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Overdue")));

        QVERIFY(view.selectTask(key));
        view.snoozeSelected(e.f.today.addDays(20));
        QCOMPARE(text(e.f.db, "SELECT due_date FROM tasks WHERE task_key = ?", {key}), QStringLiteral("2026-04-04"));
        QVERIFY(view.tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Later")));
        e.session.undoStack()->undo();
        QCOMPARE(text(e.f.db, "SELECT due_date FROM tasks WHERE task_key = ?", {key}), QStringLiteral("2026-03-13"));

        QVERIFY(view.selectTask(key));
        view.dismissSelected(QStringLiteral("they emailed instead"));
        QCOMPARE(state(e, key), QStringLiteral("dismissed"));
        QCOMPARE(text(e.f.db, "SELECT reason FROM tasks WHERE task_key = ?", {key}), QStringLiteral("they emailed instead"));
        e.session.undoStack()->undo();
        QCOMPARE(state(e, key), QStringLiteral("open"));
        QVERIFY(text(e.f.db, "SELECT coalesce(reason, '') FROM tasks WHERE task_key = ?", {key}).isEmpty());
    }

    void rulesAreRaisedInTheBackgroundAndAnotherPersonsListCanBePicked()
    {
        Env e;
        MyDayView view(e.session);
        view.setToday(e.f.today);
        view.raiseRules();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRaising(), 10000);
        // Acme (Alice's, implementation) renews on 2026-05-01: within 90 days of 2026-03-15.
        QTRY_VERIFY(shows(view, QStringLiteral("renewal:A1:2026-05-01")));
        // Gamma is Bob's: not in Alice's list, in Bob's and in everyone's.
        QVERIFY(!shows(view, QStringLiteral("renewal:A3:2026-04-01")));
        view.setWhose(QStringLiteral("bob@example.com"));
        QVERIFY(shows(view, QStringLiteral("renewal:A3:2026-04-01")));
        QVERIFY(!shows(view, QStringLiteral("renewal:A1:2026-05-01")));
        view.setWhose(QStringLiteral("team:sales"));
        QVERIFY(shows(view, QStringLiteral("renewal:A3:2026-04-01")));
        view.setWhose(QString());
        QVERIFY(shows(view, QStringLiteral("renewal:A1:2026-05-01")));
        view.setGrouping(MyDayView::Grouping::Rule);
        bool renewalGroup = false;
        for (int i = 0; i < view.tree()->topLevelItemCount(); ++i)
            renewalGroup = renewalGroup || view.tree()->topLevelItem(i)->text(0).startsWith(QStringLiteral("Renewal ("));
        QVERIFY(renewalGroup);
    }

    void workspaceTasksTabAddsAndFinishesTasksUndoably()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        TasksTab *tab = w.tasksTab();
        QVERIFY(tab);
        QCOMPARE(tab->openCount(), 0);
        tab->addTask(QStringLiteral("Send the onboarding deck"), e.f.today.addDays(3));
        QCOMPARE(tab->openCount(), 1);
        const QString key = tab->tasks().front().key;
        QCOMPARE(scalar(e.f.db, "SELECT owner_id FROM tasks WHERE task_key = ?", {key}), e.f.alice);
        tab->markDone(key);
        QCOMPARE(state(e, key), QStringLiteral("done"));
        QCOMPARE(tab->openCount(), 0);
        QCOMPARE(int(tab->tasks().size()), 1);  // still listed, muted
        e.session.undoStack()->undo();
        QCOMPARE(state(e, key), QStringLiteral("open"));
        e.session.undoStack()->undo();
        QCOMPARE(scalar(e.f.db, "SELECT count(*) FROM tasks"), 0);
        QCOMPARE(int(tab->tasks().size()), 0);
        e.session.undoStack()->redo();
        QCOMPARE(text(e.f.db, "SELECT task_key FROM tasks"), key);
    }
};

QTEST_MAIN(TestMyDay)
#include "test_myday.moc"
