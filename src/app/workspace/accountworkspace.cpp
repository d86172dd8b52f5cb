#include "workspace/accountworkspace.h"

#include "domain/displaydate.h"
#include "domain/storedtext.h"
#include "domain/displaymoney.h"
#include "reports/reportdialog.h"
#include "workspace/overridedialog.h"
#include "ui_accountworkspace.h"

#include "commands/accountcommands.h"
#include "models/accountlistmodel.h"
#include "models/accountrecordmodel.h"
#include "accounts/accountdetailloader.h"
#include "accounts/accountlookups.h"
#include "workspace/contactdialog.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "domain/journey.h"
#include "workspace/goaldialog.h"
#include "health/healthservice.h"
#include "workspace/interactiondialog.h"
#include "workspace/journeytab.h"
#include "workspace/profiletab.h"
#include "workspace/recordtab.h"
#include "workspace/taskstab.h"
#include "workspace/handofftab.h"
#include "history/historypanel.h"
#include "handoffs/handoffdialog.h"
#include "handoffs/starthandoffdialog.h"
#include "workspace/revenuechart.h"
#include "shell/session.h"
#include "workspace/ticketdialog.h"
#include "people/peoplestore.h"

#include <QRegularExpression>
#include <algorithm>

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

using Cell = AccountRecordModel::Cell;
using Row = AccountRecordModel::Row;

// The label of a kind of interaction, survey or goal (domain/fixedlists.h).
QString kindLabel(const QString &kind)
{
    for (const FixedList *list : {&interactionKinds(), &surveyKinds(), &goalKinds()}) {
        if (list->contains(kind))
            return list->label(kind);
    }
    return kind;
}

} // namespace

AccountWorkspace::AccountWorkspace(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::AccountWorkspace>())
{
    m_ui->setupUi(this);
    QFont big = m_ui->nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->nameLabel->setFont(big);
    m_ui->headerWidget->hide();
    m_ui->tabs->hide();
    setupTabs();
    connect(m_ui->reportButton, &QPushButton::clicked, this, [this] {
        if (m_accountId != 0)
            ReportDialog::forAccount(m_session, m_accountId, this)->open();
    });
    connect(&session, &Session::accountChanged, this, [this](qint64 id) {
        if (id == m_accountId)
            refresh();
    });
    connect(&session, &Session::dataChanged, this, &AccountWorkspace::refresh);
}

AccountWorkspace::~AccountWorkspace() = default;

void AccountWorkspace::setupTabs()
{
    m_profile = new ProfileTab(m_session, this);
    m_journey = new JourneyTab(m_session, this);
    m_goals = new RecordTab({tr("Kind"), tr("Title"), tr("Status"), tr("Due"), tr("Detail")}, this);
    m_contacts = new RecordTab({tr("Name"), tr("Role"), tr("Email"), tr("Phone"), tr("Primary")}, this);
    m_log = new RecordTab({tr("Date"), tr("Kind"), tr("Who"), tr("What")}, this);
    m_tickets = new RecordTab({tr("Ticket"), tr("Subject"), tr("Opened"), tr("Closed"), tr("Priority"),
                               tr("Escalated")}, this);
    m_surveys = new RecordTab({tr("Date"), tr("Kind"), tr("Score"), tr("Ticket"), tr("Comment")}, this);
    m_revenue = new RecordTab({tr("Month"), tr("MRR")}, this);
    m_health = new RecordTab({tr("Measure"), tr("Score"), tr("Weight"), tr("Contribution"), tr("Input")}, this);
    m_healthSummary = new QLabel(this);
    m_healthSummary->setObjectName(QStringLiteral("healthSummary"));
    m_healthSummary->setWordWrap(true);
    m_chart = new RevenueChart(this);
    m_revenue->addBelow(m_chart, 1);

    m_ui->tabs->addTab(m_profile, tr("&Profile"));
    m_ui->tabs->addTab(m_goals, tr("&Goals && outcomes"));
    m_ui->tabs->addTab(m_contacts, tr("C&ontacts"));
    m_ui->tabs->addTab(m_journey, tr("&Journey"));
    m_ui->tabs->addTab(m_log, tr("&Communication"));
    m_ui->tabs->addTab(m_tickets, tr("&Tickets"));
    m_ui->tabs->addTab(m_surveys, tr("&Surveys"));
    m_ui->tabs->addTab(m_revenue, tr("&Revenue"));
    m_ui->tabs->addTab(m_health, tr("&Health"));
    m_tasks = new TasksTab(m_session, this);
    m_ui->tabs->addTab(m_tasks, tr("Tas&ks"));
    connect(m_tasks, &TasksTab::statusMessage, this, &AccountWorkspace::statusMessage);
    m_handoff = new HandoffTab(m_session, this);
    m_ui->tabs->addTab(m_handoff, tr("Hand-o&ff"));
    m_history = new HistoryPanel(m_session, this);
    m_ui->tabs->addTab(m_history, tr("Histor&y"));
    connect(m_handoff, &HandoffTab::startRequested, this, [this](qint64 accountId) {
        StartHandoffDialog start(m_session, accountId, this);
        if (start.exec() == QDialog::Accepted && start.handoffId())
            HandoffDialog(m_session, start.handoffId(), this).exec();
    });
    connect(m_handoff, &HandoffTab::openRequested, this,
            [this](qint64 handoffId) { HandoffDialog(m_session, handoffId, this).exec(); });
    m_health->addBelow(m_healthSummary);
    m_ticketRule = new QLabel(this);
    m_ticketRule->setObjectName(QStringLiteral("ticketRule"));
    m_ticketRule->setWordWrap(true);
    m_ticketRule->hide();
    m_tickets->addBelow(m_ticketRule);

    m_goals->setColumnWidths({7, 22, 8, 8});
    m_contacts->setColumnWidths({14, 12, 16, 10});
    m_log->setColumnWidths({8, 7, 12});
    m_tickets->setColumnWidths({9, 20, 8, 8, 7});
    m_surveys->setColumnWidths({8, 6, 5, 8});
    m_revenue->setColumnWidths({8, 10});
    m_revenue->model()->setRightAligned(1);
    m_surveys->model()->setRightAligned(2);
    m_health->setColumnWidths({18, 6, 6, 8});
    for (int c : {1, 2, 3})
        m_health->model()->setRightAligned(c);

    connect(m_log->addButton(tr("&Log interaction…")), &QPushButton::clicked, this, &AccountWorkspace::logInteraction);
    auto *logShortcut = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    connect(logShortcut, &QShortcut::activated, this, &AccountWorkspace::logInteraction);

    connect(m_goals->addButton(tr("Add…")), &QPushButton::clicked, this, &AccountWorkspace::addGoal);
    // One button per goal status, the first ("open") last, as "Reopen".
    const FixedList &statuses = goalStatuses();
    for (int i = 1; i <= statuses.size(); ++i) {
        const int index = i % statuses.size();
        const QString status = statuses.key(index);
        const QString text = index == 0 ? tr("Reopen") : statuses.label(index);
        connect(m_goals->addButton(text, true), &QPushButton::clicked, this, [this, status] { setGoalStatus(status); });
    }
    connect(m_contacts->addButton(tr("Add…")), &QPushButton::clicked, this, &AccountWorkspace::addContact);
    connect(m_contacts->addButton(tr("Remove"), true), &QPushButton::clicked, this, &AccountWorkspace::removeContact);
    connect(m_health->addButton(tr("&Override band…")), &QPushButton::clicked, this, &AccountWorkspace::overrideBand);
    m_removeOverride = m_health->addButton(tr("Remove override"));
    m_removeOverride->setEnabled(false);
    connect(m_removeOverride, &QPushButton::clicked, this, &AccountWorkspace::removeBandOverride);
    connect(m_tickets->addButton(tr("Open ticket…")), &QPushButton::clicked, this, &AccountWorkspace::openTicket);
    connect(m_tickets->addButton(tr("Close"), true), &QPushButton::clicked, this, [this] { closeTicket(true); });
    connect(m_tickets->addButton(tr("Reopen"), true), &QPushButton::clicked, this, [this] { closeTicket(false); });
    connect(m_tickets->addButton(tr("Escalate to Product"), true), &QPushButton::clicked, this, &AccountWorkspace::escalateTicket);
}

qint64 AccountWorkspace::accountId() const
{
    return m_accountId;
}

void AccountWorkspace::showAccount(qint64 accountId)
{
    m_accountId = accountId;
    refresh();
}

void AccountWorkspace::refresh()
{
    if (m_accountId == 0)
        return;
    bool rescored = false;
    try {
        // The stored health now of this account, brought up to date when it is from another day.
        if (!m_session.database().isReadOnly())
            rescored = HealthService(m_session.connection()).ensureCurrent(QDate::currentDate(), m_accountId);
    } catch (const DatabaseError &e) {
        spdlog::warn("health of account {}: {}", m_accountId, e.message().toStdString());
    }
    if (rescored)
        Q_EMIT m_session.accountChanged(m_accountId);  // the book shows the same
    try {
        m_detail = AccountDetailLoader(m_session.connection()).load(m_accountId);
    } catch (const DataError &) {
        m_accountId = 0;
        m_ui->headerWidget->hide();
        m_ui->tabs->hide();
        m_ui->emptyLabel->show();
        Q_EMIT statusMessage(tr("The account no longer exists."));
        return;
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    m_ui->emptyLabel->hide();
    m_ui->headerWidget->show();
    m_ui->tabs->show();
    fillHeader(m_detail);
    m_profile->setAccount(m_detail);
    m_journey->setAccount(m_detail);
    fillLists(m_detail);
    m_tasks->showAccount(m_accountId, m_detail.name);
    m_handoff->showAccount(m_accountId);
    m_history->setAccount(m_detail.extId);
    fillHealth(m_detail);
}

void AccountWorkspace::fillHeader(const AccountDetail &d)
{
    const QLocale locale;
    m_ui->nameLabel->setText(d.name);
    m_ui->idLabel->setText(tr("ID %1").arg(d.extId));
    // Time in the current stage, by the one rule of domain/journey (the book's "In stage" too).
    QString stageText = tr("Stage: %1").arg(stageLabel(d.stage));
    if (!d.stageHistory.empty()) {
        const QDate entered = journey::enteredDay(d.stageHistory.front().startedAt);
        if (const std::optional<int> days = journey::daysInStage(entered, QDate::currentDate()))
            stageText = tr("Stage: %1 since %2 (%3)")
                            .arg(stageLabel(d.stage), display::date(entered),
                                 *days == 1 ? tr("1 day") : tr("%1 days").arg(locale.toString(*days)));
    }
    m_ui->stageLabel->setText(stageText);
    const StageOwner &o = d.currentOwner();
    const QString owner = o.overridden ? (o.personName.isEmpty() ? o.teamName : o.personName)
                                       : tr("%1 (template)").arg(o.templateTeams);
    m_ui->ownerLabel->setText(tr("Owner: %1").arg(owner));
    const Band band = d.band();  // the health now: the same as the book and the Health tab
    QString bandText = bandLabel(band);
    if (d.score())
        bandText += QLatin1Char(' ') + locale.toString(*d.score(), 'f', 0);
    if (d.current.overridden)
        bandText += tr(" (overridden)");
    m_ui->bandLabel->setText(QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
                                 .arg(bandColorName(band), bandText.toHtmlEscaped()));
    m_ui->bandLabel->setToolTip(d.current.overrideReason);
    m_ui->mrrLabel->setText(tr("MRR %1").arg(display::money(d.latestMrr())));
    m_ui->renewalLabel->setText(d.renewalDate.isValid()
        ? tr("Renewal %1").arg(display::date(d.renewalDate)) : tr("No renewal date"));
}

void AccountWorkspace::fillLists(const AccountDetail &d)
{
    std::vector<Row> goals;
    for (const Goal &g : d.goals)
        goals.push_back({ g.id,
            { Cell::of(kindLabel(g.kind)), Cell::of(g.title),
                Cell::of(goalStatuses().label(g.status)), Cell::ofDate(g.dueDate),
                Cell::of(g.detail, {}, g.detail) },
            g.status != QLatin1String("open") });
    m_goals->model()->setRows(std::move(goals));

    std::vector<Row> contacts;
    for (const Contact &c : d.contacts)
        contacts.push_back({ c.id,
            { Cell::of(c.name), Cell::of(c.role), Cell::of(c.email), Cell::of(c.phone),
                Cell::of(c.primary ? tr("yes") : QString()) },
            false });
    m_contacts->model()->setRows(std::move(contacts));

    std::vector<Row> log;
    for (const Interaction &i : d.interactions)
        log.push_back({ i.id,
            { Cell::ofDate(i.date), Cell::of(kindLabel(i.kind)), Cell::of(i.authorName),
                Cell::of(i.summary, {}, i.summary) },
            false });
    m_log->model()->setRows(std::move(log));

    std::vector<Row> tickets;
    for (const Ticket &t : d.tickets)
        tickets.push_back({ t.id,
            { Cell::of(t.extId), Cell::of(t.subject, {}, t.subject), Cell::ofDate(t.opened),
                Cell::ofDate(t.closed), Cell::of(ticketPriorities().label(t.priority)),
                Cell::of(t.escalated ? tr("to Product") : QString()) },
            t.closed.isValid() });
    m_tickets->model()->setRows(std::move(tickets));
    // The conflict rule that settles an escalated ticket, shown where it arises.
    const bool escalated = std::any_of(d.tickets.begin(), d.tickets.end(),
                                       [](const Ticket &t) { return t.escalated && !t.closed.isValid(); });
    QString ruleText;
    if (escalated) {
        try {
            if (const auto rule = PeopleStore(m_session.connection(), QString()).escalationRule())
                ruleText = tr("<b>Escalated to Product</b>: %1 decides, %2 tells the customer. %3")
                               .arg(rule->decidingTeam.toHtmlEscaped(), rule->communicatingTeam.toHtmlEscaped(),
                                    rule->rule.note.toHtmlEscaped());
        } catch (const DatabaseError &e) {
            ruleText = e.message().toHtmlEscaped();
        }
    }
    m_ticketRule->setText(ruleText);
    m_ticketRule->setVisible(!ruleText.isEmpty());

    std::vector<Row> surveys;
    for (const Survey &s : d.surveys)
        surveys.push_back({ s.id,
            { Cell::ofDate(s.date), Cell::of(kindLabel(s.kind)),
                Cell::of(display::number(qint64(s.score)), s.score), Cell::of(s.ticketExtId),
                Cell::of(s.comment, {}, s.comment) },
            false });
    m_surveys->model()->setRows(std::move(surveys));

    std::vector<Row> revenue;
    for (auto it = d.revenue.rbegin(); it != d.revenue.rend(); ++it)
        revenue.push_back({ 0,
            { Cell::of(display::monthKeyText(it->month), it->month),
                Cell::of(display::money(it->mrr), it->mrr) },
            false });
    m_revenue->model()->setRows(std::move(revenue));
    m_chart->setRevenue(d.revenue);
}

void AccountWorkspace::fillHealth(const AccountDetail &d)
{
    std::vector<Row> rows;
    const QLocale locale;
    try {
        const AccountHealth h = HealthService(m_session.connection()).evaluate(d.id, QDate::currentDate());
        m_computedBand = h.computed.band;
        m_override = h.override_;
        m_removeOverride->setEnabled(h.override_.has_value());
        for (const MeasureResult &m : h.computed.measures) {
            Row r;
            r.muted = !m.hasData;
            r.cells = { Cell::of(display::storedText(m.label)),
                Cell::of(m.hasData ? locale.toString(m.score, 'f', 0) : tr("no data"), m.score),
                Cell::of(locale.toString(m.weight, 'f', 0), m.weight),
                Cell::of(m.hasData ? locale.toString(m.contribution, 'f', 1) : QString(),
                    m.contribution),
                Cell::of(display::storedText(m.detail), {},
                    display::storedText(m.lift ? m.lift->text : m.detail)) };
            rows.push_back(r);
        }
        QString summary;
        if (h.band() == Band::Churned)
            summary = tr("Churned: the account is not scored.");
        else if (h.computed.score)
            summary = tr("Health today: %1, score %2.").arg(bandLabel(h.band()), locale.toString(*h.computed.score, 'f', 1));
        else
            summary = tr("Health today: %1 (not enough data to score this account).").arg(bandLabel(h.band()));
        QStringList lifts;
        for (const MeasureResult &m : h.computed.measures) {
            if (m.lift)
                lifts << display::storedText(m.lift->text);
        }
        if (!lifts.isEmpty())
            summary += QLatin1Char(' ') + tr("What would lift it: %1.").arg(lifts.join(tr("; or ")));
        if (h.override_ && h.band() != Band::Churned)
            summary += QLatin1Char(' ') + tr("Band overridden until %1 (computed: %2): %3")
                .arg(display::date(h.override_->endsOn), bandLabel(h.computed.band),
                     h.override_->reason);
        if (h.trend != Trend::None && h.previousScore)
            summary += QLatin1Char(' ') + tr("Compared with %1 (%2): %3.")
                .arg(display::monthKeyText(h.previousMonth), locale.toString(*h.previousScore, 'f', 1), trendLabel(h.trend));
        m_healthSummary->setText(summary);
    } catch (const std::exception &e) {
        spdlog::warn("health of account {}: {}", d.id, e.what());
        m_healthSummary->setText(tr("Health is not available: %1").arg(QString::fromUtf8(e.what())));
    }
    m_health->model()->setRows(std::move(rows));
}

void AccountWorkspace::overrideBand()
{
    if (m_accountId == 0)
        return;
    OverrideDialog dialog(m_computedBand, this);
    if (dialog.exec() == QDialog::Accepted
        && pushAccountEdit(m_session, accountedits::overrideBand(m_session, m_detail, dialog.band(),
                                                                 dialog.reason(), dialog.endsOn()), this))
        Q_EMIT statusMessage(tr("Health of %1 shown as %2 until %3")
                                 .arg(m_detail.name, bandLabel(dialog.band()),
                                      display::date(dialog.endsOn())));
}

void AccountWorkspace::removeBandOverride()
{
    if (m_accountId == 0 || !m_override)
        return;
    if (pushAccountEdit(m_session, accountedits::removeBandOverride(m_session, m_detail, *m_override), this))
        Q_EMIT statusMessage(tr("Removed the health override of %1").arg(m_detail.name));
}

void AccountWorkspace::logInteraction()
{
    if (m_accountId == 0)
        return;
    const auto people = AccountLookups(m_session.connection()).people();
    qint64 me = 0;
    for (const auto &p : people) {
        if (p.key.compare(m_session.me(), Qt::CaseInsensitive) == 0)
            me = p.id;
    }
    InteractionDialog dialog(people, me, this);
    if (dialog.exec() == QDialog::Accepted
        && pushAccountEdit(m_session, accountedits::addInteraction(m_session, m_detail, dialog.interaction(),
                                                                      dialog.followUp()), this))
        Q_EMIT statusMessage(tr("Logged a %1 with %2").arg(kindLabel(dialog.interaction().kind).toLower(), m_detail.name));
}

void AccountWorkspace::addGoal()
{
    GoalDialog dialog(this);
    if (m_accountId && dialog.exec() == QDialog::Accepted)
        pushAccountEdit(m_session, accountedits::addGoal(m_session, m_detail, dialog.goal()), this);
}

void AccountWorkspace::setGoalStatus(const QString &status)
{
    const qint64 id = m_goals->selectedId();
    for (const Goal &g : m_detail.goals) {
        if (g.id == id && g.status != status)
            pushAccountEdit(m_session, accountedits::setGoalStatus(m_session, m_detail, g, status), this);
    }
}

void AccountWorkspace::addContact()
{
    ContactDialog dialog(this);
    if (m_accountId && dialog.exec() == QDialog::Accepted)
        pushAccountEdit(m_session, accountedits::addContact(m_session, m_detail, dialog.contact()), this);
}

void AccountWorkspace::removeContact()
{
    const qint64 id = m_contacts->selectedId();
    for (const Contact &c : m_detail.contacts) {
        if (c.id == id) {
            pushAccountEdit(m_session, accountedits::removeContact(m_session, m_detail, c), this);
            return;
        }
    }
}

void AccountWorkspace::openTicket()
{
    TicketDialog dialog(this);
    if (m_accountId && dialog.exec() == QDialog::Accepted)
        pushAccountEdit(m_session, accountedits::addTicket(m_session, m_detail, dialog.ticket()), this);
}

void AccountWorkspace::closeTicket(bool close)
{
    // A copy: the edit refreshes m_detail.
    const std::optional<Ticket> ticket = selectedTicket();
    if (!ticket || ticket->closed.isValid() == close)
        return;
    const QDate when = close ? std::max(QDate::currentDate(), ticket->opened) : QDate();
    pushAccountEdit(m_session, accountedits::closeTicket(m_session, m_detail, *ticket, when), this);
}

void AccountWorkspace::escalateTicket()
{
    const std::optional<Ticket> ticket = selectedTicket();
    if (!ticket || ticket->escalated)
        return;
    pushAccountEdit(m_session, accountedits::escalateTicket(m_session, m_detail, *ticket, true), this);
    if (m_ticketRule->isVisible())
        Q_EMIT statusMessage(m_ticketRule->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

std::optional<Ticket> AccountWorkspace::selectedTicket() const
{
    const qint64 id = m_tickets->selectedId();
    for (const Ticket &t : m_detail.tickets) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

} // namespace karvan
