#include "workspace/taskstab.h"
#include "domain/storedtext.h"
#include "domain/displaydate.h"

#include "commands/taskcommands.h"
#include "domain/errors.h"
#include "models/accountrecordmodel.h"
#include "myday/mydayview.h"
#include "myday/snoozedialog.h"
#include "shell/session.h"
#include "workspace/recordtab.h"

#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace karvan {

namespace {

using Cell = AccountRecordModel::Cell;
using Row = AccountRecordModel::Row;

} // namespace

TasksTab::TasksTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_list(new RecordTab({tr("Task"), tr("Due"), tr("Owner"), tr("State"), tr("Why")}, this))
{
    setObjectName(QStringLiteral("tasksTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setColumnWidths({24, 8, 12, 8});
    connect(m_list->addButton(tr("Add task…")), &QPushButton::clicked, this, &TasksTab::askAdd);
    connect(m_list->addButton(tr("Done"), true), &QPushButton::clicked, this, [this] { markDone(); });
    connect(m_list->addButton(tr("Dismiss…"), true), &QPushButton::clicked, this, &TasksTab::askDismiss);
    connect(m_list->addButton(tr("Snooze…"), true), &QPushButton::clicked, this, &TasksTab::askSnooze);
    connect(&m_session, &Session::accountChanged, this, [this](qint64 id) {
        if (id == m_accountId)
            reload();
    });
}

void TasksTab::showAccount(qint64 accountId, const QString &accountName)
{
    m_accountId = accountId;
    m_accountName = accountName;
    reload();
}

int TasksTab::openCount() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(),
                             [](const Task &t) { return t.state == TaskState::Open; }));
}

void TasksTab::reload()
{
    m_tasks.clear();
    if (m_accountId > 0) {
        try {
            TaskFilter filter;
            filter.state.reset();
            filter.accountId = m_accountId;
            m_tasks = TaskStore(m_session.connection(), QString()).list(filter);
        } catch (const DatabaseError &e) {
            Q_EMIT statusMessage(e.message());
        }
    }
    std::stable_sort(m_tasks.begin(), m_tasks.end(), [](const Task &a, const Task &b) {
        return (a.state == TaskState::Open) > (b.state == TaskState::Open);
    });
    const QLocale locale;
    std::vector<Row> rows;
    for (const Task &t : m_tasks) {
        const QString state = t.state == TaskState::Open ? tr("open")
                              : t.state == TaskState::Done ? tr("done") : tr("dismissed");
        rows.push_back({ t.id,
            { Cell::of(display::storedText(t.title), {},
                  t.notes.isEmpty() ? display::storedText(t.title) : t.notes),
                Cell::ofDate(t.due),
                Cell::of(t.ownerName), Cell::of(state, {}, t.reason),
                Cell::of(t.reason.isEmpty() ? taskRuleLabel(t.rule) : t.reason) },
            t.state != TaskState::Open });
    }
    m_list->model()->setRows(std::move(rows));
}

const Task *TasksTab::find(const QString &key) const
{
    const qint64 id = key.isEmpty() ? m_list->selectedId() : 0;
    for (const Task &t : m_tasks)
        if ((!key.isEmpty() && t.key == key) || (id > 0 && t.id == id))
            return &t;
    return nullptr;
}

void TasksTab::addTask(const QString &title, const QDate &due)
{
    if (m_accountId == 0)
        return;
    TaskDraft d;
    d.accountId = m_accountId;
    d.title = title;
    d.due = due;
    d.owner = m_session.me();
    if (pushTaskEdit(m_session, taskedits::add(m_session, d, m_accountName), this))
        Q_EMIT statusMessage(tr("Added the task '%1' to %2").arg(title, m_accountName));
}

void TasksTab::markDone(const QString &key)
{
    if (const Task *t = find(key)) {
        const Task task = *t;
        pushTaskEdit(m_session, taskedits::markDone(m_session, task), this);
    }
}

void TasksTab::dismiss(const QString &reason, const QString &key)
{
    if (const Task *t = find(key)) {
        const Task task = *t;
        pushTaskEdit(m_session, taskedits::dismiss(m_session, task, reason), this);
    }
}

void TasksTab::snooze(const QDate &until, const QString &key)
{
    if (const Task *t = find(key)) {
        const Task task = *t;
        pushTaskEdit(m_session, taskedits::snooze(m_session, task, until), this);
    }
}

void TasksTab::askAdd()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add a task"), tr("What is to be done for %1 (due in a week; snooze to change)?")
                                                    .arg(m_accountName), QLineEdit::Normal, QString(), &ok);
    if (ok && !title.trimmed().isEmpty())
        addTask(title.trimmed(), QDate::currentDate().addDays(7));
}

void TasksTab::askDismiss()
{
    const Task *t = find(QString());
    if (!t)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dismiss a task"), tr("Why is \"%1\" not needed?").arg(display::storedText(t->title)),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        dismiss(reason.trimmed());
}

void TasksTab::askSnooze()
{
    const Task *t = find(QString());
    if (!t)
        return;
    SnoozeDialog dialog(display::storedText(t->title), std::max(QDate::currentDate(), t->due).addDays(7), this);
    if (dialog.exec() == QDialog::Accepted)
        snooze(dialog.date());
}

} // namespace karvan
