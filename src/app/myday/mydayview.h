#pragma once

#include "tasks/taskstore.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace karvan {

class Session;

// What raised a task, for a person: "Renewal", "Health is red", ..., "Added by people".
QString taskRuleLabel(const QString &rule);

// "My day": the open tasks of the person (or a team's people) the user picks, grouped by when
// they are due (overdue, today, this week, later), by account or by rule. Done, dismiss with a
// reason, snooze to a date and open the account; every change is one undoable command. The
// signal rules are raised as of today off the GUI thread (a second connection), then the list
// reloads.
class MyDayView : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping { When, Account, Rule };

    explicit MyDayView(Session &session, QWidget *parent = nullptr);

    // The day the groups are counted from (today by default; tests set it).
    void setToday(const QDate &today);
    void setGrouping(Grouping grouping);
    // Whose list: a person's email, or "team:KEY".
    void setWhose(const QString &whose);
    // Raises the rules in the background; reload() when they are written.
    void raiseRules();
    bool isRaising() const { return m_raising.isRunning(); }

    // The tasks shown, in order.
    const std::vector<Task> &tasks() const { return m_tasks; }
    QTreeWidget *tree() const { return m_tree; }
    // Selects the task with this key; false when it is not shown.
    bool selectTask(const QString &key);
    // The actions on the selected task (buttons and tests).
    void markSelectedDone();
    void dismissSelected(const QString &reason);
    void snoozeSelected(const QDate &until);

    // Open tasks due today or earlier in the list shown (the navigation's figure).
    int dueCount() const { return m_dueCount; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void dueCountChanged(int count);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillWhose();
    QList<qint64> ownerIds() const;
    QString groupOf(const Task &t) const;
    const Task *selected() const;
    void updateButtons();
    void askDismiss();
    void askSnooze();
    void openSelected();

    Session &m_session;
    QDate m_today;
    Grouping m_grouping = Grouping::When;
    QComboBox *m_whose;
    QComboBox *m_groupBy;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_done;
    QPushButton *m_dismiss;
    QPushButton *m_snooze;
    QPushButton *m_open;
    std::vector<Task> m_tasks;
    int m_dueCount = 0;
    QFutureWatcher<QString> m_raising;
    QDate m_raisedFor;
};

} // namespace karvan
