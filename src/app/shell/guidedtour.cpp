#include "shell/guidedtour.h"

#include "accounts/accountbook.h"
#include "book/bookview.h"
#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"
#include "domain/errors.h"
#include "shell/mainwindow.h"
#include "shell/session.h"
#include "shell/tourcallout.h"

namespace karvan {

GuidedTour::GuidedTour(MainWindow &window) : QObject(&window), m_window(window)
{
    using Place = NavigationPane::Place;
    auto place = [this](Place p) { return [this, p] { m_window.showPlace(p); }; };
    m_steps = {
        {tr("My day"),
         tr("Start here each morning. My day lists what needs you: renewals coming up, accounts whose health "
            "turned red, customers nobody has talked to for weeks, and hand-offs waiting for you. Mark a task "
            "done, snooze it, or open its account."),
         place(Place::MyDay)},
        {tr("The book"),
         tr("Every account with its stage, owner, health and revenue. Type in the filter box to find one, and "
            "double-click a row to open it. My book shows only the accounts you own."),
         place(Place::AllAccounts)},
        {tr("An account"),
         tr("An account's workspace: its profile, goals, contacts, the journey with who owns each stage, "
            "meetings and calls, tickets, surveys, revenue, health and tasks. Edit in place; Ctrl+Z undoes "
            "any change."),
         [this] {
             qint64 account = 0;
             if (Session *session = m_window.session()) {
                 try {
                     account = AccountBook(session->connection()).busiestAccount();
                 } catch (const DatabaseError &) {
                 }
             }
             // Without any interaction yet: the first account of the book.
             BookView *book = m_window.bookView(false);
             if (account <= 0 && book && book->filterModel()->rowCount() > 0)
                 account = book->filterModel()->index(0, 0).data(AccountListModel::AccountIdRole).toLongLong();
             if (account > 0)
                 m_window.showAccount(account);
             else
                 m_window.showPlace(NavigationPane::Place::AllAccounts);
         }},
        {tr("Hand-offs"),
         tr("When Sales signs a customer, they hand the account to a Customer Success manager with a "
            "checklist. Here you follow each hand-off: who sent it, to whom, and how much of the checklist "
            "is done."),
         place(Place::Handoffs)},
        {tr("The dashboard"),
         tr("How the whole book is doing: revenue kept and grown, churn, NPS and CSAT, each owner's and "
            "team's numbers, and who owns which stage of which account. Pick the months at the top."),
         place(Place::Dashboard)},
    };
}

GuidedTour::~GuidedTour()
{
    delete m_callout;
}

QString GuidedTour::stepTitle(int step) const
{
    return step >= 0 && step < stepCount() ? m_steps[size_t(step)].title : QString();
}

TourCallout *GuidedTour::callout() const
{
    return m_callout;
}

void GuidedTour::start()
{
    if (!m_callout) {
        m_callout = new TourCallout(&m_window);
        connect(m_callout, &TourCallout::backClicked, this, &GuidedTour::back);
        connect(m_callout, &TourCallout::nextClicked, this, &GuidedTour::next);
        connect(m_callout, &TourCallout::skipClicked, this, &GuidedTour::skip);
    }
    showStep(0);
}

void GuidedTour::next()
{
    if (m_current < 0)
        return;
    if (m_current + 1 < stepCount())
        showStep(m_current + 1);
    else
        end(true);
}

void GuidedTour::back()
{
    if (m_current > 0)
        showStep(m_current - 1);
}

void GuidedTour::skip()
{
    end(false);
}

void GuidedTour::showStep(int step)
{
    m_current = step;
    const Step &s = m_steps[size_t(step)];
    s.show();
    m_callout->setStep(step, stepCount(), s.title, s.text);
    Q_EMIT stepChanged(step);
}

void GuidedTour::end(bool completed)
{
    if (m_current < 0)
        return;
    m_current = -1;
    if (m_callout)
        m_callout->hide();
    Q_EMIT finished(completed);
    deleteLater();
}

} // namespace karvan
