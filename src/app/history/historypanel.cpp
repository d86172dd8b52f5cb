#include "history/historypanel.h"

#include "domain/errors.h"
#include "models/auditlogmodel.h"
#include "shell/session.h"
#include "storage/auditlog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace karvan {

namespace {

// The date edits' lowest value stands for "no limit".
const QDate kAnyDay(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &anyText)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(anyText);
    edit->setDate(kAnyDay);
    return edit;
}

} // namespace

HistoryPanel::HistoryPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditLogModel(this)), m_account(new QLineEdit(this)),
      m_person(new QComboBox(this)), m_from(dateEdit(this, tr("any day"))), m_to(dateEdit(this, tr("today"))),
      m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    m_account->setPlaceholderText(tr("Account id, e.g. ACC-000123"));
    m_account->setClearButtonEnabled(true);
    m_account->setObjectName(QStringLiteral("historyAccount"));
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("historySummary"));

    auto *filters = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    m_accountLabel = accountLabel;
    auto *personLabel = new QLabel(tr("&Who:"), this);
    personLabel->setBuddy(m_person);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(accountLabel);
    filters->addWidget(m_account, 1);
    filters->addWidget(personLabel);
    filters->addWidget(m_person, 1);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_account, &QLineEdit::editingFinished, this, &HistoryPanel::reload);
    connect(m_person, &QComboBox::currentIndexChanged, this, &HistoryPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPanel::reload);
    connect(&m_session, &Session::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void HistoryPanel::setAccount(const QString &accountKey)
{
    m_fixedAccount = accountKey;
    m_account->setVisible(accountKey.isEmpty());
    m_accountLabel->setVisible(accountKey.isEmpty());
    m_stale = true;
    if (isVisible())
        reload();
}

void HistoryPanel::setPerson(const QString &actor)
{
    fillPeople();
    m_person->setCurrentIndex(std::max(0, m_person->findData(actor)));
}

void HistoryPanel::setDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from.isValid() ? from : kAnyDay);
    m_to->setDate(to.isValid() ? to : kAnyDay);
    reload();
}

void HistoryPanel::fillPeople()
{
    const QString current = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Anyone"), QString());
    try {
        for (const QString &actor : AuditLog(m_session.connection()).actors())
            m_person->addItem(actor, actor);
    } catch (const DatabaseError &) {
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(current)));
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryPanel::reload()
{
    m_stale = false;
    if (m_person->count() == 0)
        fillPeople();
    AuditFilter filter;
    filter.account = m_fixedAccount.isEmpty() ? m_account->text().trimmed() : m_fixedAccount;
    filter.actor = m_person->currentData().toString();
    filter.from = m_from->date() == kAnyDay ? QDate() : m_from->date();
    filter.to = m_to->date() == kAnyDay ? QDate() : m_to->date();
    try {
        m_model->setEntries(AuditLog(m_session.connection()).entries(filter));
        const QLocale locale;
        const int n = m_model->rowCount();
        m_summary->setText(n >= filter.limit
                               ? tr("The newest %1 changes; narrow the filters to see older ones.").arg(locale.toString(n))
                               : n == 0 ? tr("No changes match these filters.")
                                        : tr("%1 changes, newest first.").arg(locale.toString(n)));
    } catch (const DatabaseError &e) {
        m_model->setEntries({});
        m_summary->setText(e.message());
    }
    m_table->resizeColumnsToContents();
}

} // namespace karvan
