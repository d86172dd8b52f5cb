#include "handoffs/handoffsview.h"
#include "domain/displaydate.h"

#include "domain/errors.h"
#include "handoffs/handoffdialog.h"
#include "handoffs/handoffqualitytable.h"
#include "handoffs/handoffservice.h"
#include "handoffs/starthandoffdialog.h"
#include "shell/session.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace karvan {

namespace {

// The hand-off list's columns.
namespace handoffcolumn {
enum Column { Account, Sales, Csm, State, Started, Submitted, Checklist, ColumnCount };
}
constexpr int kIdRole = Qt::UserRole + 1;

QString day(const QString &utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODate);
    return t.isValid() ? display::date(t.toLocalTime().date()) : QString();
}

} // namespace

HandoffsView::HandoffsView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_scope(new QComboBox(this)),
      m_start(new QPushButton(tr("&Start a hand-off..."), this)), m_tree(new QTreeWidget(this)),
      m_empty(new QLabel(this)), m_quality(new HandoffQualityTable(this))
{
    m_scope->addItem(tr("Waiting for me"), int(Scope::WaitingForMe));
    m_scope->addItem(tr("Started by me"), int(Scope::Mine));
    m_scope->addItem(tr("All, overdue first"), int(Scope::All));
    auto *scopeLabel = new QLabel(tr("S&how:"), this);
    scopeLabel->setBuddy(m_scope);

    m_tree->setColumnCount(handoffcolumn::ColumnCount);
    m_tree->setHeaderLabels({tr("Account"), tr("Sales"), tr("CSM"), tr("State"), tr("Started"), tr("Submitted"),
                             tr("Checklist")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(handoffcolumn::Account, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_quality->setMaximumHeight(190);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Hand-offs</b>"), this));
    top->addStretch(1);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(new QLabel(tr("<b>Hand-off quality</b> (per Sales person and per CSM)"), this));
    layout->addWidget(m_quality);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openHandoff(item->data(handoffcolumn::Account, kIdRole).toLongLong());
    });
    connect(m_start, &QPushButton::clicked, this, [this] { startHandoff(); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HandoffsView::reload);
    connect(&m_session, &Session::dataChanged, this, &HandoffsView::reload);
    connect(&m_session, &Session::meChanged, this, &HandoffsView::chooseDefaultScope);
    chooseDefaultScope();
    reload();
}

void HandoffsView::chooseDefaultScope()
{
    const QString team = HandoffService(m_session.connection(), m_session.me()).actorTeam();
    if (team == QLatin1String("customer_success") || team == QLatin1String("account_management"))
        setScope(Scope::WaitingForMe);
    else if (team == QLatin1String("sales"))
        setScope(Scope::Mine);
    else
        setScope(Scope::All);
}

HandoffsView::Scope HandoffsView::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void HandoffsView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void HandoffsView::reload()
{
    m_tree->clear();
    m_quality->clear();
    const QString me = m_session.me();
    try {
        const HandoffService service(m_session.connection(), me);
        std::vector<Handoff> all = service.list();
        const Scope s = scope();
        std::erase_if(all, [&](const Handoff &h) {
            if (s == Scope::WaitingForMe)
                return h.csm != me || h.state != QLatin1String("submitted");
            if (s == Scope::Mine)
                return h.sales != me;
            return false;
        });
        std::stable_sort(all.begin(), all.end(), [](const Handoff &a, const Handoff &b) { return a.overdue && !b.overdue; });
        const QHash<QString, QString> stateText = {
            {QStringLiteral("draft"), tr("Draft")}, {QStringLiteral("submitted"), tr("Submitted")},
            {QStringLiteral("accepted"), tr("Accepted")}, {QStringLiteral("returned"), tr("Returned")}};
        for (const Handoff &h : all) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setData(handoffcolumn::Account, kIdRole, h.id);
            item->setText(
                handoffcolumn::Account, QStringLiteral("%1  %2").arg(h.account, h.accountName));
            item->setText(handoffcolumn::Sales, h.salesName);
            item->setText(handoffcolumn::Csm, h.csmName);
            item->setText(handoffcolumn::State,
                stateText.value(h.state, h.state) + (h.overdue ? tr(", overdue") : QString()));
            if (h.overdue)
                item->setForeground(handoffcolumn::State, QColor(0xb3, 0x26, 0x1e));
            item->setText(handoffcolumn::Started, day(h.started));
            item->setText(handoffcolumn::Submitted, day(h.submitted));
            item->setText(
                handoffcolumn::Checklist, tr("%1 of %2").arg(h.itemsDone).arg(h.itemsTotal));
        }
        m_quality->display(service.quality());
        m_empty->setText(s == Scope::WaitingForMe ? tr("Nothing is waiting for you.")
                         : s == Scope::Mine       ? tr("You have not started a hand-off. When a contract is signed, "
                                                       "start one to hand the customer to a CSM.")
                                                  : tr("No hand-offs yet. When Sales signs a contract, they hand the "
                                                       "customer to a CSM with the checklist."));
    } catch (const DatabaseError &e) {
        m_empty->setText(e.message());
    }
    for (int c = handoffcolumn::Sales; c < handoffcolumn::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
}

int HandoffsView::count() const
{
    return m_tree->topLevelItemCount();
}

qint64 HandoffsView::handoffAt(int row) const
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->data(handoffcolumn::Account, kIdRole).toLongLong() : 0;
}

void HandoffsView::openHandoff(qint64 handoffId)
{
    HandoffDialog dialog(m_session, handoffId, this);
    connect(&dialog, &HandoffDialog::accountRequested, this, &HandoffsView::accountActivated);
    dialog.exec();
}

void HandoffsView::startHandoff(qint64 accountId)
{
    StartHandoffDialog dialog(m_session, accountId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.handoffId())
        openHandoff(dialog.handoffId());
}

} // namespace karvan
