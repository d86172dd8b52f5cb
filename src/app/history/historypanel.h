#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace karvan {

class AuditLogModel;
class Session;

// The audit log (who changed what, when, from what to what), newest first, filterable by
// account, person and date. On the dashboard it shows everything; on an account's workspace
// it is fixed to that account (setAccount) and hides the account filter.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Session &session, QWidget *parent = nullptr);

    // Fixes the panel to one account (its ext_id); empty: every record, with an account filter.
    void setAccount(const QString &accountKey);
    void setPerson(const QString &actor);
    void setDates(const QDate &from, const QDate &to);
    void reload();
    AuditLogModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeople();

    Session &m_session;
    AuditLogModel *m_model;
    QLineEdit *m_account;
    QLabel *m_accountLabel = nullptr;
    QComboBox *m_person;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_summary;
    QString m_fixedAccount;
    bool m_stale = true;
};

} // namespace karvan
