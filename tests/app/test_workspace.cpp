// The account workspace, offscreen: edits through the undo stack with the database checked
// after each step, ownership changes in the history and the audit log, refused edits.
#include "../core/test_accountfixture.h"

#include "commands/accountcommands.h"
#include "commands/staleedit.h"
#include "domain/displaydate.h"
#include "accounts/accounteditor.h"
#include "storage/database.h"
#include "models/accountrecordmodel.h"
#include "accounts/accountlookups.h"
#include "accounts/stageownereditor.h"
#include "book/bookview.h"
#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"
#include "workspace/accountworkspace.h"
#include "history/historypanel.h"
#include "models/auditlogmodel.h"
#include "workspace/journeystrip.h"
#include "workspace/journeytab.h"
#include "workspace/ownerdialog.h"
#include "workspace/profiletab.h"
#include "workspace/recordtab.h"
#include "shell/session.h"
#include "domain/displaymoney.h"
#include "storage/settingsstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace karvan;
using namespace karvan::testing;

class TestWorkspace : public QObject
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

    static QString industry(const Env &e)
    {
        return text(e.f.db, "SELECT industry FROM accounts WHERE id = ?", {e.f.acme});
    }

private Q_SLOTS:
    void anEditFromAStaleCopyIsRefusedAndOffersAReload()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QLineEdit *edit = w.profileTab()->lineEdit(QStringLiteral("industry"));
        QCOMPARE(edit->text(), QStringLiteral("Retail"));
        // Another window (a second connection on the same file) changes the account.
        {
            Database other(e.f.dir.filePath(QStringLiteral("book.sqlite")));
            AccountEditor(other.connection(), QStringLiteral("bob@example.com"))
                .setProfileValue(e.f.acme, QStringLiteral("industry"), QStringLiteral("Logistics"));
        }
        QCOMPARE(edit->text(), QStringLiteral("Retail"));  // this window still shows its copy

        QString asked;
        setStaleEditPrompt([&asked](QWidget *, const StaleEditError &error) {
            asked = staleEditMessage(error);
            return true;  // Reload
        });
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Travel"));
        QTest::keyClick(edit, Qt::Key_Return);
        setStaleEditPrompt({});
        QVERIFY2(asked.contains(QStringLiteral("bob@example.com")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("Acme Corp")));
        QVERIFY(asked.contains(QStringLiteral("not saved")));
        QCOMPARE(industry(e), QStringLiteral("Logistics"));   // nothing of this edit written
        QCOMPARE(e.session.undoStack()->count(), 0);
        QCOMPARE(edit->text(), QStringLiteral("Logistics"));  // reloaded
        QCOMPARE(w.detail().updatedBy, QStringLiteral("bob@example.com"));

        // From the reloaded copy the same edit goes through.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Travel"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(industry(e), QStringLiteral("Travel"));
        QCOMPARE(e.session.undoStack()->count(), 1);
    }

    void undoAfterAnotherWindowsChangeIsRefused()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QLineEdit *edit = w.profileTab()->lineEdit(QStringLiteral("industry"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Logistics"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(e.session.undoStack()->count(), 1);
        {
            Database other(e.f.dir.filePath(QStringLiteral("book.sqlite")));
            AccountEditor(other.connection(), QStringLiteral("bob@example.com"))
                .setProfileValue(e.f.acme, QStringLiteral("segment"), QStringLiteral("enterprise"));
        }
        int asked = 0;
        setStaleEditPrompt([&asked](QWidget *, const StaleEditError &error) {
            ++asked;
            return error.changedBy() == QStringLiteral("bob@example.com");
        });
        // Undoing now would put back "Retail" over a newer version: refused, off the stack.
        e.session.undoStack()->undo();
        setStaleEditPrompt({});
        QCOMPARE(asked, 1);
        QCOMPARE(industry(e), QStringLiteral("Logistics"));
        QCOMPARE(text(e.f.db, "SELECT segment FROM accounts WHERE id = ?", {e.f.acme}), QStringLiteral("enterprise"));
        QCOMPARE(e.session.undoStack()->count(), 0);
        QCOMPARE(w.detail().segment, QStringLiteral("enterprise"));  // reloaded
    }
    void headerShowsTheAccount()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QCOMPARE(w.accountId(), e.f.acme);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Acme Corp"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("ownerLabel"))->text().contains(QStringLiteral("Alice Adams")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("bandLabel"))->text().contains(QStringLiteral("Red")));
        // In the database's currency (a new database's is the locale's).
        QCOMPARE(display::currency(), SettingsStore(e.session.connection()).currency());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("mrrLabel"))->text().contains(display::money(120050)));
        QCOMPARE(w.communicationTab()->model()->rowCount(), 1);
        QVERIFY(w.journeyTab()->strip()->stageText(Stage::Implementation).contains(QStringLiteral("(current)")));
        QVERIFY(w.journeyTab()->strip()->stageText(Stage::Acquisition).contains(QStringLiteral("Sales / Marketing (template)")));
        QVERIFY(w.healthTab()->model()->rowCount() >= 5);  // each measure explained
        QAbstractItemModelTester tester(w.communicationTab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void editUndoRedoAField()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QLineEdit *edit = w.profileTab()->lineEdit(QStringLiteral("industry"));
        QCOMPARE(edit->text(), QStringLiteral("Retail"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Logistics"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(industry(e), QStringLiteral("Logistics"));
        QCOMPARE(e.session.undoStack()->count(), 1);
        QCOMPARE(e.session.undoStack()->undoText(), QStringLiteral("Change industry of Acme Corp to Logistics"));

        e.session.undoStack()->undo();
        QCOMPARE(industry(e), QStringLiteral("Retail"));
        QCOMPARE(edit->text(), QStringLiteral("Retail"));  // the workspace refreshed
        e.session.undoStack()->redo();
        QCOMPARE(industry(e), QStringLiteral("Logistics"));
        QCOMPARE(w.detail().industry, QStringLiteral("Logistics"));
        // Three writes, three audit entries (the undo is audited too).
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM audit_log WHERE entity_id = 'A1' AND field = 'industry'"), 3);
        QCOMPARE(text(e.f.db, "SELECT actor FROM audit_log WHERE field = 'industry' ORDER BY id DESC"), QStringLiteral("alice@example.com"));
    }

    void overrideTheHealthBandThenUndoAndRedo()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        const auto overrides = [&e] {
            return scalar(e.f.db, "SELECT count(*) FROM health_overrides WHERE account_id = ?", {e.f.acme});
        };
        const auto audits = [&e] {
            return scalar(e.f.db, "SELECT count(*) FROM audit_log WHERE entity = 'health_override'");
        };
        const QDate until = QDate::currentDate().addDays(14);
        QVERIFY(pushAccountEdit(e.session,
                                accountedits::overrideBand(e.session, w.detail(), Band::Green,
                                                           QStringLiteral("Renewal signed early"), until),
                                &w));
        QCOMPARE(overrides(), 1);
        QCOMPARE(text(e.f.db, "SELECT band || '|' || reason || '|' || author || '|' || ends_on"
                              " FROM health_overrides WHERE account_id = ?", {e.f.acme}),
                 QStringLiteral("green|Renewal signed early|alice@example.com|") + until.toString(Qt::ISODate));
        QCOMPARE(e.session.undoStack()->undoText(), QStringLiteral("Override health of Acme Corp to Green"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("bandLabel"))->text().contains(QStringLiteral("Green")));
        const qint64 afterAdd = audits();
        QVERIFY(afterAdd >= 1);

        e.session.undoStack()->undo();
        QCOMPARE(overrides(), 0);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("bandLabel"))->text().contains(QStringLiteral("Red")));
        QCOMPARE(audits(), afterAdd + 1);

        e.session.undoStack()->redo();
        QCOMPARE(overrides(), 1);
        QCOMPARE(audits(), afterAdd + 2);
    }

    // After an edit that changes the band, the header, the Health tab and the book's band
    // filter all say the same.
    void theHeaderTheHealthTabAndTheBookAgreeAfterAnEdit()
    {
        Env e;
        AccountWorkspace w(e.session);
        BookView book(e.session, BookView::Scope::AllAccounts);
        w.showAccount(e.f.beta);
        auto *header = w.findChild<QLabel *>(QStringLiteral("bandLabel"));
        auto *summary = w.findChild<QLabel *>(QStringLiteral("healthSummary"));
        auto *bandFilter = book.findChild<QComboBox *>(QStringLiteral("bandCombo"));
        QVERIFY(header && summary && bandFilter);
        const auto agree = [&](Band band) {
            QVERIFY2(header->text().contains(bandLabel(band)), qPrintable(header->text()));
            QVERIFY2(summary->text().startsWith(QStringLiteral("Health today: %1").arg(bandLabel(band))), qPrintable(summary->text()));
            bandFilter->setCurrentIndex(bandFilter->findData(int(band)));
            bool found = false;
            for (int r = 0; r < book.filterModel()->rowCount(); ++r)
                found = found || book.filterModel()->index(r, 0).data(AccountListModel::AccountIdRole).toLongLong() == e.f.beta;
            QVERIFY2(found, qPrintable(bandLabel(band)));
            bandFilter->setCurrentIndex(0);
        };
        agree(Band::Green);  // adoption 100, support 100
        // Two tickets escalated to Product today: support 0, the account turns red.
        for (int i = 0; i < 2; ++i) {
            Ticket t;
            t.opened = QDate::currentDate();
            t.escalated = true;
            t.subject = QStringLiteral("Outage %1").arg(i + 1);
            QVERIFY(pushAccountEdit(e.session, accountedits::addTicket(e.session, w.detail(), t), &w));
        }
        agree(Band::Red);
        e.session.undoStack()->undo();
        e.session.undoStack()->undo();
        agree(Band::Green);
    }

    void aRefusedEditChangesNothing()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QLineEdit *name = w.profileTab()->lineEdit(QStringLiteral("name"));
        name->clear();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(shown, QStringLiteral("An account needs a name."));
        QCOMPARE(text(e.f.db, "SELECT name FROM accounts WHERE id = ?", {e.f.acme}), QStringLiteral("Acme Corp"));
        QCOMPARE(e.session.undoStack()->count(), 0);
        QCOMPARE(name->text(), QStringLiteral("Acme Corp"));
    }

    void changeAStageOwner()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        StageOwnerEditor owners(e.f.db, QStringLiteral("t"));
        AccountLookups lookups(e.f.db);
        const qint64 finance = scalar(e.f.db, "SELECT id FROM teams WHERE team_key = 'finance'");

        // The owner dialog turns the choices into an ownership state.
        OwnerDialog dialog(w.detail().owners[1], owners.ownerState(e.f.acme, Stage::Implementation),
                           lookups.people(), lookups.teams());
        auto *person = dialog.findChild<QComboBox *>(QStringLiteral("personCombo"));
        person->setCurrentIndex(person->findData(e.f.bob));
        dialog.findChild<QCheckBox *>(QStringLiteral("templateSupportCheck"))->setChecked(false);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("supportList"));
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(list->item(i)->data(Qt::UserRole).toLongLong() == finance ? Qt::Checked : Qt::Unchecked);
        const OwnerState state = dialog.state();
        QCOMPARE(state.personId, e.f.bob);
        QCOMPARE(state.supportingTeamIds, QList<qint64>{finance});
        QCOMPARE(dialog.description(), QStringLiteral("Bob Brown"));

        const int historyBefore = w.journeyTab()->ownershipHistory()->model()->rowCount();
        QVERIFY(pushAccountEdit(e.session, accountedits::setOwner(e.session, w.detail(), Stage::Implementation,
                                                                  state, dialog.description()), &w));
        QCOMPARE(e.session.undoStack()->undoText(), QStringLiteral("Change owner of implementation to Bob Brown"));
        QCOMPARE(scalar(e.f.db, "SELECT person_id FROM ownership WHERE account_id = ? AND stage = 'implementation'", {e.f.acme}), e.f.bob);
        QCOMPARE(text(e.f.db, "SELECT supporting FROM ownership_history WHERE account_id = ? ORDER BY id DESC", {e.f.acme}), QStringLiteral("finance"));
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM audit_log WHERE field = 'owner:implementation' AND new_value = 'bob@example.com'"), 1);
        QCOMPARE(w.journeyTab()->ownershipHistory()->model()->rowCount(), historyBefore + 1);
        QVERIFY(w.journeyTab()->strip()->stageText(Stage::Implementation).contains(QStringLiteral("Bob Brown")));
        QVERIFY(w.journeyTab()->strip()->stageText(Stage::Implementation).endsWith(QStringLiteral("With: Finance")));

        e.session.undoStack()->undo();
        QCOMPARE(scalar(e.f.db, "SELECT person_id FROM ownership WHERE account_id = ? AND stage = 'implementation'", {e.f.acme}), e.f.alice);
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM audit_log WHERE field = 'owner:implementation' AND old_value = 'bob@example.com' AND new_value = 'alice@example.com'"), 1);
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM ownership_history WHERE account_id = ?", {e.f.acme}), 2);

        // Reset to the template from the strip.
        QVERIFY(w.journeyTab()->resetOwner(Stage::Implementation));
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM ownership WHERE account_id = ? AND stage = 'implementation'", {e.f.acme}), 0);
        QVERIFY(w.journeyTab()->strip()->stageText(Stage::Implementation).contains(QStringLiteral("(template)")));
        e.session.undoStack()->undo();
        QCOMPARE(scalar(e.f.db, "SELECT person_id FROM ownership WHERE account_id = ? AND stage = 'implementation'", {e.f.acme}), e.f.alice);
    }

    void aDatedHistoryEntryShowsItsDay()
    {
        Env e;
        // An imported or generated history keeps days; a change made in Karvan keeps its moment.
        scalar(e.f.db, "UPDATE stage_history SET started_at = '2025-02-01' WHERE account_id = ?", {e.f.acme});
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QVERIFY(w.journeyTab()->moveTo(Stage::Deployment));
        const AccountRecordModel *history = w.journeyTab()->stageHistory()->model();
        QCOMPARE(history->rowCount(), 2);
        QStringList from;
        for (int r = 0; r < history->rowCount(); ++r)
            from << history->index(r, 1).data().toString();
        QVERIFY2(from.contains(display::date(QDate(2025, 2, 1))), qPrintable(from.join(u'|')));
        const QString moment = from.at(from.indexOf(display::date(QDate(2025, 2, 1))) == 0 ? 1 : 0);
        QVERIFY2(moment.contains(u':'), qPrintable(moment));
    }

    void moveStageAndLogAnInteraction()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        QVERIFY(w.journeyTab()->moveTo(Stage::Deployment));
        QCOMPARE(text(e.f.db, "SELECT stage FROM accounts WHERE id = ?", {e.f.acme}), QStringLiteral("deployment"));
        QCOMPARE(w.journeyTab()->stageHistory()->model()->rowCount(), 2);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("stageLabel"))->text().contains(QStringLiteral("Deployment")));
        // Entered today: the header says so, by the same rule as the book's "In stage".
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("stageLabel"))->text().endsWith(QStringLiteral("(0 days)")));
        e.session.undoStack()->undo();
        QCOMPARE(text(e.f.db, "SELECT stage FROM accounts WHERE id = ?", {e.f.acme}), QStringLiteral("implementation"));
        QCOMPARE(w.journeyTab()->stageHistory()->model()->rowCount(), 1);

        Interaction i;
        i.date = QDate(2026, 3, 14);
        i.kind = QStringLiteral("checkin");
        i.summary = QStringLiteral("Weekly check-in");
        QVERIFY(pushAccountEdit(e.session, accountedits::addInteraction(e.session, w.detail(), i), &w));
        QCOMPARE(w.communicationTab()->model()->rowCount(), 2);
        e.session.undoStack()->undo();
        QCOMPARE(w.communicationTab()->model()->rowCount(), 1);
        e.session.undoStack()->redo();
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM interactions WHERE account_id = ? AND kind = 'checkin'", {e.f.acme}), 1);

        Ticket t;
        t.opened = QDate(2026, 3, 1);
        t.subject = QStringLiteral("Export fails");
        QVERIFY(pushAccountEdit(e.session, accountedits::addTicket(e.session, w.detail(), t), &w));
        const Ticket added = w.detail().tickets.front();
        QVERIFY(pushAccountEdit(e.session, accountedits::escalateTicket(e.session, w.detail(), added, true), &w));
        QCOMPARE(scalar(e.f.db, "SELECT escalated FROM tickets WHERE id = ?", {added.id}), 1);
        // The rule that settles it is shown where it arises (seed 000).
        auto *rule = w.findChild<QLabel *>(QStringLiteral("ticketRule"));
        QVERIFY(rule && !rule->isHidden());
        QVERIFY(rule->text().contains(QStringLiteral("Product decides the priority; Customer Success tells the customer.")));
        // The account's History tab lists its own changes, the newest first.
        w.historyTab()->reload();
        QVERIFY(w.historyTab()->model()->rowCount() >= 2);
        for (int r = 0; r < w.historyTab()->model()->rowCount(); ++r)
            QVERIFY(w.historyTab()->model()->entry(r).entityId == w.detail().extId
                    || w.historyTab()->model()->entry(r).entity != QLatin1String("account"));
        e.session.undoStack()->undo();
        QVERIFY(rule->isHidden());
        QCOMPARE(scalar(e.f.db, "SELECT escalated FROM tickets WHERE id = ?", {added.id}), 0);
        e.session.undoStack()->undo();
        QCOMPARE(scalar(e.f.db, "SELECT COUNT(*) FROM tickets WHERE ext_id = ?", {added.extId}), 0);
        e.session.undoStack()->redo();
        QCOMPARE(text(e.f.db, "SELECT ext_id FROM tickets WHERE id = (SELECT MAX(id) FROM tickets)"), added.extId);  // the same key again
    }
};

QTEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
