// The client status report of one account as HTML (standalone, and for QTextDocument).
#include "reports/reporthtml.h"
#include "domain/storedtext.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "domain/fixedlists.h"
#include "metrics/metricsformat.h"
#include "reports/reportcharts.h"
#include "reports/reporthtmlparts.h"

namespace karvan::reports {

namespace {

using namespace html;

const QString kRevenueUrl = QStringLiteral("karvan-chart:revenue");
constexpr int kRevenueChartWidth = 640;
constexpr int kRevenueChartHeight = 200;

QString scoreText(const std::optional<double> &score)
{
    return score ? display::digits(metricsformat::score(score)) : QStringLiteral("&ndash;");
}

QString profile(const AccountReport &r)
{
    std::vector<std::pair<QString, QString>> rows = {
        {Report::tr("Account ID"), escape(r.extId)},
        {Report::tr("Industry"), text(r.industry)},
        {Report::tr("Segment"), text(r.segment)},
        {Report::tr("Model"), orDash(r.model.toUpper())},
        {Report::tr("Status"), orDash(r.status == QLatin1String("churned") ? Report::tr("Churned")
                                                                           : Report::tr("Active"))},
        {Report::tr("Contract start"), date(r.contractStart)},
        {Report::tr("Renewal"), date(r.renewalDate)},
        {Report::tr("MRR (latest month)"),
         r.revenue.empty() ? QStringLiteral("&ndash;") : display::money(r.revenue.back().mrr)},
    };
    for (const auto &f : r.customFields)
        rows.emplace_back(f.first, text(f.second));
    QString h = section(Report::tr("Profile")) + facts(rows);
    if (!r.contacts.empty()) {
        std::vector<QStringList> contacts;
        for (const Contact &c : r.contacts) {
            contacts.push_back({text(c.name) + (c.primary ? QStringLiteral(" \u2605") : QString()),
                                text(c.role), orDash(c.email), orDash(c.phone)});
        }
        h += table({Report::tr("Contact"), Report::tr("Role"), Report::tr("Email"), Report::tr("Phone")},
                   contacts);
    }
    return h;
}

QString goals(const AccountReport &r)
{
    std::vector<QStringList> rows;
    for (const Goal &g : r.goals) {
        QString title = text(g.title);
        if (!g.detail.isEmpty())
            title += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(text(g.detail));
        rows.push_back({goalKinds().label(g.kind), title, goalStatuses().label(g.status), date(g.dueDate)});
    }
    return section(Report::tr("Goals and outcomes"))
           + table({Report::tr("Kind"), Report::tr("Goal"), Report::tr("Status"), Report::tr("Due")},
                   rows, {}, Report::tr("No goals recorded."));
}

QString journey(const AccountReport &r)
{
    QString h = section(Report::tr("Journey"));
    QString now = Report::tr("Current stage: %1").arg(escape(stageLabel(r.stage)));
    if (r.daysInStage >= 0)
        now += QStringLiteral(" &middot; ") + (r.daysInStage == 1 ? Report::tr("1 day in this stage")
                                                        : Report::tr("%1 days in this stage").arg(display::digits(QString::number(r.daysInStage))));
    h += QStringLiteral("<p>%1</p>\n").arg(now);
    QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th align=\"left\">%1</th>"
                               "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th></tr></thead><tbody>\n")
                    .arg(Report::tr("Stage"), Report::tr("Owner"), Report::tr("Owning team"),
                         Report::tr("Supporting teams"), Report::tr("Entered"));
    for (const JourneyStage &j : r.journey) {
        QString owner = text(j.owner);
        if (j.fromTemplate)
            owner += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(Report::tr("template"));
        t += QStringLiteral("<tr%1><td>%2%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(j.current ? QStringLiteral(" class=\"current\" bgcolor=\"#fff6dc\"") : QString(),
                      j.current ? QStringLiteral("\u25b6 ") : QString(), escape(stageLabel(j.stage)),
                      owner, text(j.team), orDash(j.supporting.join(QStringLiteral(", "))),
                      date(j.entered));
    }
    return h + t + QStringLiteral("</tbody></table>\n");
}

QString health(const AccountReport &r)
{
    const AccountHealth &h = r.health;
    QString s = section(Report::tr("Health"));
    QString line = bandBadge(h.band()) + QStringLiteral(" &nbsp;")
                   + Report::tr("Score %1").arg(scoreText(h.computed.score));
    if (h.previousScore && !h.previousMonth.isEmpty())
        line += QStringLiteral(" &middot; ") + Report::tr("%1 in %2").arg(scoreText(h.previousScore), display::reportMonth(h.previousMonth));
    if (h.override_) {
        line += QStringLiteral("<br><span class=\"muted\">%1</span>")
                    .arg(Report::tr("Band set by %1 until %2: %3")
                             .arg(escape(h.override_->author), date(h.override_->endsOn),
                                  text(h.override_->reason)));
    }
    s += QStringLiteral("<p>%1</p>\n").arg(line);
    if (h.band() == Band::Churned)
        return s + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(Report::tr("A churned account is not scored."));
    std::vector<QStringList> rows;
    QStringList lifts;
    for (const MeasureResult &m : h.computed.measures) {
        rows.push_back({escape(m.label.isEmpty() ? m.key : display::storedText(m.label)),
                        display::digits(QString::number(m.weight)),
                        m.hasData ? display::digits(QString::number(m.score, 'f', 1)) : QStringLiteral("&ndash;"),
                        m.hasData && h.computed.score ? display::digits(QString::number(m.contribution, 'f', 1))
                                                      : QStringLiteral("&ndash;"),
                        orDash(display::storedText(m.detail))});
        if (m.lift)
            lifts << display::storedText(m.lift->text);
    }
    s += table({Report::tr("Measure"), Report::tr("Weight"), Report::tr("Score"),
                Report::tr("Contribution"), Report::tr("Input")},
               rows, {1, 2, 3});
    if (!h.computed.score) {
        s += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(Report::tr("Not enough data to score: the measures with data weigh %1.")
                          .arg(h.computed.weightWithData));
    } else if (!lifts.isEmpty()) {
        s += QStringLiteral("<p><b>%1</b></p><ul>").arg(Report::tr("What would lift it (any one of these):"));
        for (const QString &l : lifts)
            s += QStringLiteral("<li class=\"lift\">%1</li>").arg(escape(l));
        s += QStringLiteral("</ul>\n");
    } else if (const std::optional<Band> next = nextBand(h.computed.band)) {
        s += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(Report::tr("No single measure alone can lift it to %1.").arg(bandLabel(*next)));
    }
    return s;
}

QString revenue(const AccountReport &r, bool inlineSvg)
{
    qint64 total = 0;
    for (const RevenuePoint &p : r.revenue)
        total += p.mrr;
    QString s = section(Report::tr("Revenue, last %1 months").arg(display::digits(QString::number(r.revenue.size()))));
    s += chart(charts::revenueSvg(r.revenue, kRevenueChartWidth, kRevenueChartHeight), kRevenueUrl,
        kRevenueChartWidth, kRevenueChartHeight, inlineSvg);
    if (total == 0) {
        s += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(Report::tr("No revenue in these months."));
    } else {
        s += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(Report::tr("MRR %1 in %2 (%3 in %4) &middot; %5 in total over these months")
                          .arg(display::money(r.revenue.back().mrr), display::reportMonth(r.revenue.back().month),
                               display::money(r.revenue.front().mrr), display::reportMonth(r.revenue.front().month),
                               display::money(total)));
    }
    return s;
}

QString activity(const AccountReport &r)
{
    std::vector<QStringList> comms;
    for (const Interaction &i : r.communication)
        comms.push_back({date(i.date), interactionKinds().label(i.kind), text(i.authorName), text(i.summary)});
    QString s = section(Report::tr("Recent communication"))
                + table({Report::tr("Date"), Report::tr("Kind"), Report::tr("By"), Report::tr("Summary")},
                        comms, {}, Report::tr("No communication recorded."), {0});
    std::vector<QStringList> tickets;
    for (const Ticket &t : r.openTickets) {
        tickets.push_back({escape(t.extId), date(t.opened),
                           t.priority.isEmpty() ? QStringLiteral("&ndash;") : ticketPriorities().label(t.priority),
                           t.escalated ? Report::tr("Escalated") : QString(), text(t.subject)});
    }
    s += section(Report::tr("Open tickets (%1)").arg(display::digits(QString::number(r.openTickets.size()))))
         + table({Report::tr("Ticket"), Report::tr("Opened"), Report::tr("Priority"), Report::tr("Escalation"),
                  Report::tr("Subject")},
                 tickets, {}, Report::tr("No open tickets."), {0, 1});
    std::vector<QStringList> tasks;
    for (const Task &t : r.openTasks)
        tasks.push_back({text(display::storedText(t.title)), text(t.ownerName.isEmpty() ? t.ownerEmail : t.ownerName), date(t.due)});
    s += section(Report::tr("Open tasks (%1)").arg(display::digits(QString::number(r.openTasks.size()))))
         + table({Report::tr("Task"), Report::tr("Owner"), Report::tr("Due")}, tasks, {},
                 Report::tr("No open tasks."));
    return s;
}

QString body(const AccountReport &r, bool inlineSvg)
{
    const QString kind = Report::tr("Client status report");
    const QString subtitle = QStringLiteral("%1 \u00b7 %2").arg(r.extId, stageLabel(r.stage));
    return masthead(kind, r.name, subtitle, r.stamp) + profile(r) + goals(r) + journey(r) + health(r)
           + revenue(r, inlineSvg) + activity(r);
}

} // namespace

RenderedReport render(const AccountReport &r)
{
    RenderedReport out;
    const QString kind = Report::tr("Client status report");
    out.title = QStringLiteral("%1 \u2013 %2").arg(kind, r.name);
    out.footer = footerText(kind, r.name, r.stamp);
    const QString foot = QStringLiteral("<div class=\"footer\" dir=\"auto\">%1</div>\n").arg(escape(out.footer));
    out.browserHtml = pageStart(out.title, Target::Browser) + body(r, true) + foot + pageEnd();
    out.documentHtml = pageStart(out.title, Target::Pages) + body(r, false) + pageEnd();
    out.charts.push_back(
        { kRevenueUrl, charts::revenueSvg(r.revenue, kRevenueChartWidth, kRevenueChartHeight),
            kRevenueChartWidth, kRevenueChartHeight });
    return out;
}

} // namespace karvan::reports
