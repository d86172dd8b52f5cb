#include "commands/accountcommands.h"

#include "models/accountlistmodel.h"
#include "accounts/accounteditor.h"
#include "accounts/activityrecords.h"
#include "accounts/stageownereditor.h"
#include "domain/errors.h"
#include "commands/staleedit.h"
#include "storage/rowversion.h"
#include "storage/transaction.h"
#include "shell/session.h"
#include "tasks/taskstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <memory>

namespace karvan {

AccountEditCommand::AccountEditCommand(Session &session, qint64 accountId, const QString &text,
                                       Action redo, Action undo)
    : m_session(session), m_accountId(accountId), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

AccountEditCommand::AccountEditCommand(Session &session, const AccountDetail &account, const QString &text,
                                       Action redo, Action undo)
    : AccountEditCommand(session, account.id, text, std::move(redo), std::move(undo))
{
    m_version = account.version;
    m_accountName = account.name;
}

void AccountEditCommand::run(const Action &action)
{
    QSqlDatabase db = m_session.connection();
    Transaction tx(db);
    // The account as this edit expects it: on the first run the copy the user edited (the
    // workspace's), later the version this session itself last wrote. Another window or an
    // import having changed it since makes the edit stale (StaleEditError, nothing written).
    if (m_version > 0) {
        rowversion::claim(db, rowversion::Table::Accounts, m_accountId,
                          m_session.versionToExpect(rowversion::Table::Accounts, m_accountId, m_version, m_ranOnce),
                          m_session.actor(), m_accountName);
    }
    AccountEditor profile(db, m_session.actor());
    StageOwnerEditor owners(db, m_session.actor());
    ActivityRecords records(db, m_session.actor());
    AccountWriters writers{profile, owners, records};
    action(writers);
    const qint64 written = rowversion::read(db, rowversion::Table::Accounts, m_accountId).version;
    tx.commit();
    m_ranOnce = true;
    m_session.noteVersion(rowversion::Table::Accounts, m_accountId, written);
    Q_EMIT m_session.accountChanged(m_accountId);
}

void AccountEditCommand::runFirst()
{
    run(m_redo);
    m_skipNextRedo = true;
}

void AccountEditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        run(m_redo);
    } catch (const StaleEditError &e) {
        // Someone else changed the account since this edit: undoing or redoing it now would
        // overwrite their change. The edit leaves the stack; the user sees who and when.
        spdlog::warn("an undo or redo met a newer version of the account");
        setObsolete(true);
        const qint64 id = m_accountId;
        Session *session = &m_session;
        askToReload(QApplication::activeWindow(), e, [session, id] { Q_EMIT session->accountChanged(id); });
    } catch (const std::exception &e) {
        // What failed may quote the record's values: details at debug level only.
        spdlog::error("redo of an edit failed");
        spdlog::debug("redo of '{}' failed: {}", text().toStdString(), e.what());
        setObsolete(true);
    }
}

void AccountEditCommand::undo()
{
    try {
        run(m_undo);
    } catch (const StaleEditError &e) {
        // Someone else changed the account since this edit: undoing or redoing it now would
        // overwrite their change. The edit leaves the stack; the user sees who and when.
        spdlog::warn("an undo or redo met a newer version of the account");
        setObsolete(true);
        const qint64 id = m_accountId;
        Session *session = &m_session;
        askToReload(QApplication::activeWindow(), e, [session, id] { Q_EMIT session->accountChanged(id); });
    } catch (const std::exception &e) {
        // What failed may quote the record's values: details at debug level only.
        spdlog::error("undo of an edit failed");
        spdlog::debug("undo of '{}' failed: {}", text().toStdString(), e.what());
        setObsolete(true);
    }
}

bool pushAccountEdit(Session &session, AccountEditCommand *command, QWidget *parent)
{
    std::unique_ptr<AccountEditCommand> owned(command);
    try {
        owned->runFirst();
    } catch (const StaleEditError &e) {
        const qint64 id = owned->accountId();
        askToReload(parent, e, [&session, id] { Q_EMIT session.accountChanged(id); });
        return false;
    } catch (const DataError &e) {
        QMessageBox::warning(parent, QCoreApplication::translate("AccountEdits", "Cannot change the account"), e.messages().join(QLatin1Char('\n')));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(parent, QCoreApplication::translate("AccountEdits", "Database problem"), e.message());
        return false;
    }
    session.undoStack()->push(owned.release());
    return true;
}

namespace accountedits {

AccountEditCommand *setProfileValue(Session &s, const AccountDetail &a, const QString &field,
                                    const QString &label, const QVariant &value)
{
    auto old = std::make_shared<QVariant>();
    const qint64 id = a.id;
    const QString shown = value.toString().isEmpty() ? QCoreApplication::translate("AccountEdits", "(empty)") : value.toString();
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Change %1 of %2 to %3").arg(label, a.name, shown),
        [=](AccountWriters &w) { *old = w.profile.setProfileValue(id, field, value); },
        [=](AccountWriters &w) { w.profile.setProfileValue(id, field, *old); });
}

AccountEditCommand *setCustomValue(Session &s, const AccountDetail &a, qint64 fieldId,
                                   const QString &fieldName, const QString &value)
{
    auto old = std::make_shared<std::optional<QString>>();
    const qint64 id = a.id;
    const QString shown = value.isEmpty() ? QCoreApplication::translate("AccountEdits", "(empty)") : value;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Change %1 of %2 to %3").arg(fieldName, a.name, shown),
        [=](AccountWriters &w) { *old = w.profile.setCustomValue(id, fieldId, value); },
        [=](AccountWriters &w) { w.profile.setCustomValue(id, fieldId, *old); });
}

AccountEditCommand *addCustomField(Session &s, qint64 accountId, const QString &name)
{
    auto fieldId = std::make_shared<qint64>(0);
    return new AccountEditCommand(s, accountId, QCoreApplication::translate("AccountEdits", "Add custom field %1").arg(name),
        [=](AccountWriters &w) { *fieldId = w.profile.addCustomField(name); },
        [=](AccountWriters &w) { w.profile.removeCustomField(*fieldId); });
}

AccountEditCommand *changeStage(Session &s, const AccountDetail &a, Stage to)
{
    auto change = std::make_shared<AccountEditor::StageChange>();
    const qint64 id = a.id;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Move %1 to the %2 stage").arg(a.name, stageLabel(to)),
        [=](AccountWriters &w) { *change = w.profile.changeStage(id, to); },
        [=](AccountWriters &w) { w.profile.revertStageChange(*change); });
}

AccountEditCommand *setOwner(Session &s, const AccountDetail &a, Stage stage,
                             const OwnerState &state, const QString &description)
{
    auto old = std::make_shared<std::optional<OwnerState>>();
    const qint64 id = a.id;
    const QString text = state.exists
        ? QCoreApplication::translate("AccountEdits", "Change owner of %1 to %2").arg(stageLabel(stage).toLower(), description)
        : QCoreApplication::translate("AccountEdits", "Reset owner of %1 to the template").arg(stageLabel(stage).toLower());
    return new AccountEditCommand(s, a, text,
        [=](AccountWriters &w) {
            const OwnerState previous = w.owners.setOwnerState(id, stage, state);
            if (!*old)
                *old = previous;  // redo after undo keeps the original "before"
        },
        [=](AccountWriters &w) { w.owners.setOwnerState(id, stage, old->value_or(OwnerState{})); });
}

AccountEditCommand *addInteraction(Session &s, const AccountDetail &a, const Interaction &i,
                                   const QDate &followUp)
{
    auto rowId = std::make_shared<qint64>(0);
    const qint64 id = a.id;
    Session *session = &s;
    // A follow-up date adds a task for the interaction's author, undone with it.
    auto followUpKey = [rowId] { return QStringLiteral("followup:%1").arg(*rowId); };
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Log %1 with %2").arg(i.kind, a.name),
        [=](AccountWriters &w) {
            *rowId = w.records.addInteraction(id, i);
            if (!followUp.isValid())
                return;
            TaskDraft d;
            d.accountId = id;
            d.key = followUpKey();
            d.title = i.summary.isEmpty() ? QCoreApplication::translate("AccountEdits", "Follow up")
                                          : QCoreApplication::translate("AccountEdits", "Follow up: %1").arg(i.summary.section(QLatin1Char('\n'), 0, 0).left(80));
            d.ownerId = i.authorId;
            d.due = followUp;
            d.notes = i.summary;
            TaskStore(session->connection(), session->actor()).add(d);
        },
        [=](AccountWriters &w) {
            if (followUp.isValid())
                TaskStore(session->connection(), session->actor()).remove(followUpKey());
            w.records.removeInteraction(*rowId);
        });
}

AccountEditCommand *addTicket(Session &s, const AccountDetail &a, const Ticket &t)
{
    auto rowId = std::make_shared<qint64>(0);
    auto ticket = std::make_shared<Ticket>(t);
    if (ticket->extId.isEmpty())  // one key for the first run and every redo
        ticket->extId = QStringLiteral("T%1").arg(QDateTime::currentMSecsSinceEpoch());
    const qint64 id = a.id;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Open ticket for %1").arg(a.name),
        [=](AccountWriters &w) { *rowId = w.records.addTicket(id, *ticket); },
        [=](AccountWriters &w) { w.records.removeTicket(*rowId); });
}

AccountEditCommand *closeTicket(Session &s, const AccountDetail &a, const Ticket &t,
                                const QDate &closed)
{
    auto old = std::make_shared<QDate>();
    const qint64 ticketId = t.id;
    const QString text = closed.isValid() ? QCoreApplication::translate("AccountEdits", "Close ticket %1").arg(t.extId)
                                          : QCoreApplication::translate("AccountEdits", "Reopen ticket %1").arg(t.extId);
    return new AccountEditCommand(s, a, text,
        [=](AccountWriters &w) { *old = w.records.setTicketClosed(ticketId, closed); },
        [=](AccountWriters &w) { w.records.setTicketClosed(ticketId, *old); });
}

AccountEditCommand *escalateTicket(Session &s, const AccountDetail &a, const Ticket &t,
                                   bool escalated)
{
    auto old = std::make_shared<bool>(false);
    const qint64 ticketId = t.id;
    const QString text = escalated ? QCoreApplication::translate("AccountEdits", "Escalate ticket %1 to Product").arg(t.extId)
                                   : QCoreApplication::translate("AccountEdits", "Withdraw escalation of ticket %1").arg(t.extId);
    return new AccountEditCommand(s, a, text,
        [=](AccountWriters &w) { *old = w.records.setTicketEscalated(ticketId, escalated); },
        [=](AccountWriters &w) { w.records.setTicketEscalated(ticketId, *old); });
}

AccountEditCommand *addGoal(Session &s, const AccountDetail &a, const Goal &g)
{
    auto rowId = std::make_shared<qint64>(0);
    const qint64 id = a.id;
    const QString text = g.kind == QLatin1String("outcome") ? QCoreApplication::translate("AccountEdits", "Add outcome \"%1\"").arg(g.title)
                                                            : QCoreApplication::translate("AccountEdits", "Add goal \"%1\"").arg(g.title);
    return new AccountEditCommand(s, a, text,
        [=](AccountWriters &w) { *rowId = w.records.addGoal(id, g); },
        [=](AccountWriters &w) { w.records.removeGoal(*rowId); });
}

AccountEditCommand *setGoalStatus(Session &s, const AccountDetail &a, const Goal &g,
                                  const QString &status)
{
    auto old = std::make_shared<QString>();
    const qint64 goalId = g.id;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Mark \"%1\" as %2").arg(g.title, status),
        [=](AccountWriters &w) { *old = w.records.setGoalStatus(goalId, status); },
        [=](AccountWriters &w) { w.records.setGoalStatus(goalId, *old); });
}

AccountEditCommand *addContact(Session &s, const AccountDetail &a, const Contact &c)
{
    auto rowId = std::make_shared<qint64>(0);
    const qint64 id = a.id;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Add contact %1 to %2").arg(c.name, a.name),
        [=](AccountWriters &w) { *rowId = w.records.addContact(id, c); },
        [=](AccountWriters &w) { w.records.removeContact(*rowId); });
}

AccountEditCommand *removeContact(Session &s, const AccountDetail &a, const Contact &c)
{
    auto rowId = std::make_shared<qint64>(c.id);
    const qint64 id = a.id;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Remove contact %1 from %2").arg(c.name, a.name),
        [=](AccountWriters &w) { w.records.removeContact(*rowId); },
        [=](AccountWriters &w) { *rowId = w.records.addContact(id, c); });
}

AccountEditCommand *overrideBand(Session &s, const AccountDetail &a, Band band,
                                 const QString &reason, const QDate &endsOn)
{
    auto rowId = std::make_shared<qint64>(0);
    const qint64 id = a.id;
    Session *session = &s;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Override health of %1 to %2").arg(a.name, bandLabel(band)),
        [=](AccountWriters &) {
            *rowId = HealthService(session->connection())
                         .addOverride(id, band, reason, session->actor(), endsOn);
        },
        [=](AccountWriters &) { HealthService(session->connection()).removeOverride(*rowId, session->actor()); });
}

AccountEditCommand *removeBandOverride(Session &s, const AccountDetail &a, const HealthOverride &o)
{
    auto rowId = std::make_shared<qint64>(o.id);
    const qint64 id = a.id;
    Session *session = &s;
    return new AccountEditCommand(s, a, QCoreApplication::translate("AccountEdits", "Remove health override of %1").arg(a.name),
        [=](AccountWriters &) { HealthService(session->connection()).removeOverride(*rowId, session->actor()); },
        [=](AccountWriters &) {
            *rowId = HealthService(session->connection())
                         .addOverride(id, o.band, o.reason, o.author, o.endsOn);
        });
}

} // namespace accountedits

} // namespace karvan
