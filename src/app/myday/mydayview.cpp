#include "myday/mydayview.h"
#include "domain/storedtext.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "commands/taskcommands.h"
#include "domain/errors.h"
#include "myday/snoozedialog.h"
#include "people/peoplestore.h"
#include "rules/signalrules.h"
#include "shell/session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace karvan {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
enum Column { TitleColumn, AccountColumn, DueColumn, OwnerColumn, RuleColumn };

} // namespace

QString taskRuleLabel(const QString &rule)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("renewal"), QT_TRANSLATE_NOOP("MyDayView", "Renewal")},
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("MyDayView", "Health is red")},
        {QStringLiteral("silent"), QT_TRANSLATE_NOOP("MyDayView", "No recent contact")},
        {QStringLiteral("escalation"), QT_TRANSLATE_NOOP("MyDayView", "Escalated ticket")},
        {QStringLiteral("handoff_overdue"), QT_TRANSLATE_NOOP("MyDayView", "Hand-off overdue")},
        {QStringLiteral("goal_due"), QT_TRANSLATE_NOOP("MyDayView", "Goal due")},
    };
    const char *label = labels.value(rule, nullptr);
    return label ? QCoreApplication::translate("MyDayView", label)
                 : QCoreApplication::translate("MyDayView", "Added by people");
}

namespace {

QString ruleLabel(const QString &rule)
{
    return taskRuleLabel(rule);
}

} // namespace

MyDayView::MyDayView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate()),
      m_whose(new QComboBox(this)), m_groupBy(new QComboBox(this)), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_done(new QPushButton(tr("&Done"), this)),
      m_dismiss(new QPushButton(tr("D&ismiss…"), this)), m_snooze(new QPushButton(tr("&Snooze…"), this)),
      m_open(new QPushButton(tr("&Open account"), this))
{
    setObjectName(QStringLiteral("myDayView"));
    auto *title = new QLabel(tr("My day"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_whose->setObjectName(QStringLiteral("whoseCombo"));
    m_whose->setToolTip(tr("Whose tasks: yours, another person's or a team's"));
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("When due"), int(Grouping::When));
    m_groupBy->addItem(tr("Account"), int(Grouping::Account));
    m_groupBy->addItem(tr("Rule"), int(Grouping::Rule));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Look for new signals (renewals, red health, silence, escalations, hand-offs, goals)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    auto *whoseLabel = new QLabel(tr("&Whose:"), this);
    whoseLabel->setBuddy(m_whose);
    bar->addWidget(whoseLabel);
    bar->addWidget(m_whose);
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(m_groupBy);
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupBy);
    bar->addStretch();
    bar->addWidget(refresh);

    m_tree->setObjectName(QStringLiteral("taskTree"));
    m_tree->setHeaderLabels({tr("Task"), tr("Account"), tr("Due"), tr("Owner"), tr("Why")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(AccountColumn, 200);
    m_tree->setColumnWidth(DueColumn, 110);
    m_tree->setColumnWidth(OwnerColumn, 160);
    m_tree->setColumnWidth(RuleColumn, 150);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *b : {m_done, m_dismiss, m_snooze, m_open})
        buttons->addWidget(b);
    m_done->setToolTip(tr("Mark the selected task done (Ctrl+Z undoes it)"));
    m_dismiss->setToolTip(tr("Dismiss the selected task with a reason; the rule will not raise it again"));
    m_snooze->setToolTip(tr("Move the selected task to a later date"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_whose, &QComboBox::currentIndexChanged, this, &MyDayView::reload);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_grouping = Grouping(m_groupBy->currentData().toInt());
        reload();
    });
    connect(refresh, &QPushButton::clicked, this, &MyDayView::raiseRules);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MyDayView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kKeyRole).toString().isEmpty())
            openSelected();
    });
    connect(m_done, &QPushButton::clicked, this, &MyDayView::markSelectedDone);
    connect(m_dismiss, &QPushButton::clicked, this, &MyDayView::askDismiss);
    connect(m_snooze, &QPushButton::clicked, this, &MyDayView::askSnooze);
    connect(m_open, &QPushButton::clicked, this, &MyDayView::openSelected);
    connect(&m_session, &Session::dataChanged, this, &MyDayView::reload);
    connect(&m_session, &Session::accountChanged, this, &MyDayView::reload);
    connect(&m_session, &Session::meChanged, this, [this] { fillWhose(); });
    connect(&m_raising, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_raising.result();
        if (!error.isEmpty())
            Q_EMIT statusMessage(tr("Could not look for new signals: %1").arg(error));
        reload();
    });
    fillWhose();
}

void MyDayView::fillWhose()
{
    const QSignalBlocker blocker(m_whose);
    const QString keep = m_whose->currentData().toString();
    m_whose->clear();
    const QString me = m_session.me();
    if (!me.isEmpty())
        m_whose->addItem(tr("Me (%1)").arg(me), me);
    m_whose->addItem(tr("Everyone"), QString());
    try {
        PeopleStore people(m_session.connection(), QString());
        for (const Team &t : people.teams()) {
            if (t.members > 0)
                m_whose->addItem(tr("Team: %1").arg(t.name), QStringLiteral("team:") + t.key);
        }
        for (const Person &p : people.people()) {
            if (p.active && p.email.compare(me, Qt::CaseInsensitive) != 0)
                m_whose->addItem(p.name, p.email);
        }
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
    }
    const int again = keep.isEmpty() ? -1 : m_whose->findData(keep);
    m_whose->setCurrentIndex(std::max(0, again));
    reload();
}

void MyDayView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void MyDayView::setGrouping(Grouping grouping)
{
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(int(grouping))));
}

void MyDayView::setWhose(const QString &whose)
{
    m_whose->setCurrentIndex(std::max(0, m_whose->findData(whose)));
}

QList<qint64> MyDayView::ownerIds() const
{
    const QString whose = m_whose->currentData().toString();
    if (whose.isEmpty())
        return {};
    QList<qint64> ids;
    PeopleStore people(m_session.connection(), QString());
    if (whose.startsWith(QLatin1String("team:"))) {
        for (const Person &p : people.people())
            if (p.teamKey == whose.mid(5))
                ids << p.id;
    } else if (const std::optional<Person> p = people.personByEmail(whose)) {
        ids << p->id;
    }
    return ids.isEmpty() ? QList<qint64>{-1} : ids;  // nobody: an empty list, not everyone's
}

QString MyDayView::groupOf(const Task &t) const
{
    switch (m_grouping) {
    case Grouping::Account: return t.accountName;
    case Grouping::Rule: return ruleLabel(t.rule);
    case Grouping::When: break;
    }
    if (!t.due.isValid())
        return tr("Later");
    if (t.due < m_today)
        return tr("Overdue");
    if (t.due == m_today)
        return tr("Today");
    if (t.due <= m_today.addDays(7 - m_today.dayOfWeek()))
        return tr("This week");
    return tr("Later");
}

void MyDayView::reload()
{
    const QString keep = selected() ? selected()->key : QString();
    try {
        TaskFilter filter;
        filter.ownerIds = ownerIds();
        m_tasks = TaskStore(m_session.connection(), QString()).list(filter);
    } catch (const DatabaseError &e) {
        m_tasks.clear();
        Q_EMIT statusMessage(e.message());
    }
    m_tree->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    QStringList order;
    if (m_grouping == Grouping::When)
        order = {tr("Overdue"), tr("Today"), tr("This week"), tr("Later")};
    const QLocale locale;
    int due = 0;
    for (const Task &t : m_tasks) {
        if (t.due.isValid() && t.due <= m_today)
            ++due;
        const QString group = groupOf(t);
        if (!order.contains(group))
            order << group;
        QTreeWidgetItem *&parent = groups[group];
        if (!parent) {
            parent = new QTreeWidgetItem;
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(parent);
        const QString title = display::storedText(t.title);
        item->setText(TitleColumn, title);
        item->setText(AccountColumn, t.accountName);
        item->setText(DueColumn, t.due.isValid() ? display::date(t.due) : tr("no date"));
        item->setText(OwnerColumn, t.ownerName.isEmpty() ? tr("nobody") : t.ownerName);
        item->setText(RuleColumn, ruleLabel(t.rule));
        item->setToolTip(TitleColumn, t.notes.isEmpty() ? title : title + QLatin1Char('\n') + t.notes);
        item->setData(0, kKeyRole, t.key);
        if (t.due.isValid() && t.due < m_today)
            item->setForeground(DueColumn, QColor(0xb0, 0x20, 0x20));
    }
    if (m_grouping != Grouping::When)
        std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
    for (const QString &name : order) {
        QTreeWidgetItem *group = groups.value(name);
        if (!group)
            continue;
        group->setText(0, QStringLiteral("%1 (%2)").arg(name, display::number(qint64(group->childCount()))));
        m_tree->addTopLevelItem(group);
        group->setExpanded(true);
    }
    m_summary->setText(m_tasks.empty() ? tr("Nothing to do: no open task.")
                                       : tr("%Ln open task(s), %1 due today or earlier", nullptr, int(m_tasks.size()))
                                             .arg(QLocale().toString(due)));
    if (!keep.isEmpty())
        selectTask(keep);
    updateButtons();
    if (due != m_dueCount || m_tasks.empty()) {
        m_dueCount = due;
        Q_EMIT dueCountChanged(due);
    }
}

bool MyDayView::selectTask(const QString &key)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kKeyRole).toString() == key) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

const Task *MyDayView::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    for (const Task &t : m_tasks)
        if (!key.isEmpty() && t.key == key)
            return &t;
    return nullptr;
}

void MyDayView::updateButtons()
{
    const bool any = selected() != nullptr;
    const bool writable = !m_session.database().isReadOnly();
    for (QPushButton *b : {m_done, m_dismiss, m_snooze})
        b->setEnabled(any && writable);
    m_open->setEnabled(any);
}

void MyDayView::markSelectedDone()
{
    if (const Task *t = selected()) {
        const Task task = *t;
        if (pushTaskEdit(m_session, taskedits::markDone(m_session, task), this))
            Q_EMIT statusMessage(tr("Done: %1").arg(display::storedText(task.title)));
    }
}

void MyDayView::dismissSelected(const QString &reason)
{
    if (const Task *t = selected()) {
        const Task task = *t;
        if (pushTaskEdit(m_session, taskedits::dismiss(m_session, task, reason), this))
            Q_EMIT statusMessage(tr("Dismissed: %1").arg(display::storedText(task.title)));
    }
}

void MyDayView::snoozeSelected(const QDate &until)
{
    if (const Task *t = selected()) {
        const Task task = *t;
        if (pushTaskEdit(m_session, taskedits::snooze(m_session, task, until), this))
            Q_EMIT statusMessage(tr("Snoozed to %1: %2").arg(display::date(until), display::storedText(task.title)));
    }
}

void MyDayView::askDismiss()
{
    const Task *t = selected();
    if (!t)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dismiss a task"),
                                                 tr("Why is \"%1\" not needed?").arg(display::storedText(t->title)),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        dismissSelected(reason.trimmed());
}

void MyDayView::askSnooze()
{
    const Task *t = selected();
    if (!t)
        return;
    SnoozeDialog dialog(display::storedText(t->title), std::max(m_today, t->due).addDays(7), this);
    if (dialog.exec() == QDialog::Accepted)
        snoozeSelected(dialog.date());
}

void MyDayView::openSelected()
{
    if (const Task *t = selected())
        Q_EMIT accountActivated(t->accountId);
}

void MyDayView::raiseRules()
{
    if (m_raising.isRunning() || m_session.database().isReadOnly())
        return;
    const QString path = m_session.database().path();
    const QString actor = m_session.actor();
    const QDate today = m_today;
    m_raisedFor = today;
    m_raising.setFuture(QtConcurrent::run([path, actor, today]() -> QString {
        try {
            Database db(path);
            SignalRules(db.connection()).raise(today, actor);
            return QString();
        } catch (const DatabaseError &e) {
            return e.message();
        } catch (const DataError &e) {
            return e.messages().join(QLatin1Char(' '));
        }
    }));
}

void MyDayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_raisedFor != m_today)
        raiseRules();
}

} // namespace karvan
