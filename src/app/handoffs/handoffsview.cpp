#include "handoffs/handoffsview.h"

#include "domain/errors.h"
#include "ownership/handoffstore.h"
#include "shell/session.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace karvan {

namespace {
enum Column { Account, From, To, Status, Created, Checklist, ColumnCount };
constexpr int kAccountIdRole = Qt::UserRole + 1;
} // namespace

HandoffsView::HandoffsView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this)), m_empty(new QLabel(this))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Account"), tr("From (Sales)"), tr("To (CSM)"), tr("Status"), tr("Created"),
                             tr("Checklist")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSectionResizeMode(Account, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No hand-offs yet.\n\nWhen Sales signs a contract, the account is handed to a CSM with "
                        "the Sales-to-CSM checklist. This list shows every hand-off and its status. Sales start, "
                        "fill and submit a hand-off, and the CSM accepts or returns it, with "
                        "'karvan-cli handoff'."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *title = new QLabel(tr("<b>Hand-offs</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tree);
    layout->addWidget(m_empty, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT accountActivated(item->data(Account, kAccountIdRole).toLongLong());
    });
    connect(&m_session, &Session::dataChanged, this, &HandoffsView::reload);
    reload();
}

void HandoffsView::reload()
{
    m_tree->clear();
    const QLocale locale;
    try {
        const std::vector<HandoffSummary> handoffs = HandoffStore(m_session.connection()).summaries();
        const QHash<QString, QString> statusText = {
            {QStringLiteral("draft"), tr("Draft")}, {QStringLiteral("submitted"), tr("Submitted")},
            {QStringLiteral("accepted"), tr("Accepted")}, {QStringLiteral("returned"), tr("Returned")}};
        for (const HandoffSummary &h : handoffs) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setData(Account, kAccountIdRole, h.accountId);
            item->setText(Account, QStringLiteral("%1  %2").arg(h.accountKey, h.accountName));
            item->setText(From, h.fromName);
            item->setText(To, h.toName);
            item->setText(Status, statusText.value(h.status, h.status));
            const QDateTime created = QDateTime::fromString(h.createdAt, Qt::ISODate);
            item->setText(Created, created.isValid() ? locale.toString(created.date(), QLocale::ShortFormat)
                                                     : h.createdAt);
            item->setText(Checklist, tr("%1 of %2").arg(h.itemsDone).arg(h.items));
        }
    } catch (const DatabaseError &e) {
        m_empty->setText(e.message());
    }
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
}

int HandoffsView::count() const
{
    return m_tree->topLevelItemCount();
}

} // namespace karvan
