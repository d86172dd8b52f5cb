#pragma once

#include "domain/accountdetail.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace karvan {

class RecordTab;
class Session;

// The account's profile (name, industry, segment, model, status, contract start, renewal)
// and its custom fields; every change is one undo command.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    ProfileTab(Session &session, QWidget *parent = nullptr);

    void setAccount(const AccountDetail &detail);
    // For tests and keyboard users: the editors by field name.
    QLineEdit *lineEdit(const QString &field) const;
    RecordTab *customFields() const { return m_fields; }

private:
    void commit(const QString &field, const QString &label, const QVariant &value);
    void addField();

    Session &m_session;
    AccountDetail m_detail;
    QLineEdit *m_name;
    QLineEdit *m_industry;
    QLineEdit *m_segment;
    QComboBox *m_model;
    QComboBox *m_status;
    QDateEdit *m_contractStart;
    QDateEdit *m_renewal;
    RecordTab *m_fields;
};

} // namespace karvan
