#include "workspace/handofftab.h"
#include "domain/storedtext.h"
#include "domain/displaydate.h"

#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "shell/session.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace karvan {

namespace {

QString when(const QString &utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODate);
    return t.isValid() ? display::date(t.toLocalTime().date()) : QString();
}

} // namespace

HandoffTab::HandoffTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_record(new QTextBrowser(this)),
      m_start(new QPushButton(tr("&Start a hand-off..."), this)), m_open(new QPushButton(tr("Open the &hand-off..."), this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_record, 1);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(m_accountId); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_handoffId); });
    connect(&m_session, &Session::dataChanged, this, [this] { showAccount(m_accountId); });
}

QString HandoffTab::recordText() const
{
    return m_record->toPlainText();
}

void HandoffTab::showAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_handoffId = 0;
    if (!accountId)
        return;
    std::optional<Handoff> h;
    try {
        h = HandoffService(m_session.connection(), m_session.me()).latestFor(accountId);
    } catch (const DatabaseError &e) {
        m_record->setPlainText(e.message());
        return;
    }
    // Starting is offered for an account never handed over; an open one is opened instead.
    m_start->setVisible(!h);
    m_open->setVisible(h.has_value());
    if (!h) {
        m_record->setHtml(tr("<p>No hand-off yet. When the contract is signed, Sales hands the customer to a CSM "
                             "with the checklist: why they bought, success metrics, contract terms, every promise, "
                             "the stakeholder map, risks, technical scope, kickoff and the 30-day check-in.</p>"));
        return;
    }
    m_handoffId = h->id;
    const QHash<QString, QString> stateText = {
        {QStringLiteral("draft"), tr("being prepared by Sales")}, {QStringLiteral("submitted"), tr("waiting for the CSM")},
        {QStringLiteral("accepted"), tr("accepted")}, {QStringLiteral("returned"), tr("returned to Sales")}};
    QString html = tr("<h3>Hand-off from %1 to %2: %3</h3>")
                       .arg(h->salesName.toHtmlEscaped(), h->csmName.toHtmlEscaped(), stateText.value(h->state, h->state));
    html += tr("<p>Started %1").arg(when(h->started));
    if (!h->submitted.isEmpty())
        html += tr(", submitted %1").arg(when(h->submitted));
    if (!h->decided.isEmpty())
        html += tr(", decided %1").arg(when(h->decided));
    html += QStringLiteral(".</p><table cellspacing='0' cellpadding='4' width='100%'>");
    for (const HandoffItem &item : h->items) {
        html += QStringLiteral("<tr><td valign='top' width='34%'><b>%1</b>%2</td><td valign='top'>%3</td></tr>")
                    .arg(display::storedText(item.text).toHtmlEscaped(), item.done ? QString() : tr(" <i>(open)</i>"),
                         item.note.isEmpty() ? tr("<i>no note</i>") : item.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    m_record->setHtml(html);
}

} // namespace karvan
