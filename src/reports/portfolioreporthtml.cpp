// The portfolio report of a period as HTML (standalone, and for QTextDocument).
#include "reports/reporthtml.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "domain/dates.h"
#include "metrics/metricsformat.h"
#include "metrics/stagekpisformat.h"
#include "reports/reportcharts.h"
#include "reports/reporthtmlparts.h"

#include <QCoreApplication>

#include <algorithm>

namespace karvan::reports {

namespace {

using namespace html;
namespace mf = metricsformat;

const QString kBandsUrl = QStringLiteral("karvan-chart:bands");
constexpr int kBandsChartWidth = 640;
constexpr int kBandsChartHeight = 150;

QString metrics(const PortfolioReport &r)
{
    const Metrics &m = r.metrics;
    const RevenueMovement &v = m.revenue;
    const std::vector<std::pair<QString, QString>> revenue = {
        {Report::tr("MRR at the start (%1)").arg(display::reportMonth(r.scope.period.from())), display::money(v.mrrStart)},
        {Report::tr("MRR at the end (%1)").arg(display::reportMonth(r.scope.period.to())), display::money(v.mrrEnd)},
        {Report::tr("New MRR"), display::money(v.newMrr)},
        {Report::tr("Expansion MRR"), display::money(v.expansionMrr)},
        {Report::tr("Contraction MRR"), display::money(v.contractionMrr)},
        {Report::tr("Churned MRR"), display::money(v.churnedMrr)},
        {Report::tr("Net revenue retention"), mf::readerCell(mf::percent(v.nrr()))},
        {Report::tr("Gross revenue retention"), mf::readerCell(mf::percent(v.grr()))},
        {Report::tr("Logo churn"), mf::readerCell(mf::percent(v.logoChurnRate()))},
    };
    const std::vector<std::pair<QString, QString>> customers = {
        {Report::tr("Active customers"), display::digits(QString::number(m.activeCustomers))},
        {Report::tr("New customers"), display::digits(QString::number(m.newCustomers))},
        {Report::tr("NPS"), mf::readerCell(mf::score(m.surveys.nps()))},
        {Report::tr("CSAT"), mf::readerCell(mf::score(m.surveys.csat()))},
        {Report::tr("CES"), mf::readerCell(mf::score(m.surveys.ces(), 2))},
        {Report::tr("Retention cost"), display::money(m.retentionCost)},
        {Report::tr("Retention cost per customer"), display::moneyValue(m.retentionCostPerCustomer())},
        {Report::tr("Acquisition cost"), display::money(m.acquisitionCost)},
        {Report::tr("Acquisition cost per new customer"), display::moneyValue(m.acquisitionCostPerNewCustomer())},
    };
    // Two pairs a row: revenue on the left, customers and experience on the right.
    QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (size_t i = 0; i < std::max(revenue.size(), customers.size()); ++i) {
        const auto cellsOf = [](const std::vector<std::pair<QString, QString>> &list, size_t at) {
            return at < list.size()
                       ? QStringLiteral("<td class=\"label\" width=\"30%\">%1</td><td class=\"num\" align=\"right\" width=\"18%\" style=\"white-space: nowrap;\">%2</td>")
                             .arg(escape(list[at].first), list[at].second)
                       : QStringLiteral("<td width=\"30%\"></td><td width=\"18%\"></td>");
        };
        t += QStringLiteral("<tr>%1<td width=\"4%\" style=\"border: none;\"></td>%2</tr>\n")
                 .arg(cellsOf(revenue, i), cellsOf(customers, i));
    }
    return section(Report::tr("Metrics of the period")) + t + QStringLiteral("</table>\n");
}

QString stageKpis(const PortfolioReport &r)
{
    QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th align=\"left\" width=\"22%\">%1</th>"
                               "<th align=\"left\">%2</th><th class=\"num\" align=\"right\" width=\"22%\">%3</th></tr></thead><tbody>\n")
                    .arg(Report::tr("Stage"), Report::tr("Key metric"), Report::tr("Value"));
    for (Stage stage : kAllStages) {
        const QString key = stageKey(stage);
        const QStringList keys = stagekpisformat::stageKeys(key);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            t += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\" align=\"right\">%3</td></tr>\n")
                     .arg(i == 0 ? QStringLiteral("<b>%1</b>").arg(escape(stageLabel(stage))) : QString(),
                          escape(QCoreApplication::translate("karvan::Dashboard",
                                                             stagekpisformat::label(key, keys.at(i)).toUtf8().constData())),
                          escape(mf::readerCell(stagekpisformat::text(r.kpis, key, keys.at(i)))));
        }
    }
    return section(Report::tr("Stage KPIs")) + t + QStringLiteral("</tbody></table>\n");
}

QString healthDistribution(const PortfolioReport &r, bool inlineSvg)
{
    return section(Report::tr("Health distribution (%1)").arg(display::reportDate(r.stamp.asOf)))
        + chart(charts::bandsSvg(r.bands, kBandsChartWidth, kBandsChartHeight), kBandsUrl,
            kBandsChartWidth, kBandsChartHeight, inlineSvg);
}

QString ownership(const PortfolioReport &r)
{
    std::vector<QStringList> gaps;
    for (const OwnershipGap &g : r.gaps) {
        QString problem = escape(g.problem);
        if (!g.team.isEmpty())
            problem += QStringLiteral(": ") + escape(g.team);
        if (!g.person.isEmpty())
            problem += QStringLiteral(": ") + escape(g.person);
        gaps.push_back({escape(g.accountKey), text(g.accountName), escape(stageLabel(g.stage)), problem});
    }
    QString s = section(Report::tr("Ownership gaps (%1)").arg(display::digits(QString::number(r.gaps.size()))))
                + table({Report::tr("Account"), Report::tr("Name"), Report::tr("Stage"), Report::tr("Problem")},
                        gaps, {}, Report::tr("No gaps: every current stage has an active owner and support."), {0});
    std::vector<QStringList> load;
    for (const OwnerLoad &l : r.load) {
        QString name = text(l.name);
        if (!l.active)
            name += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(Report::tr("inactive"));
        load.push_back({name, orDash(l.email), QString::number(l.accounts), display::money(l.mrrMinor),
                        QString::number(l.red)});
    }
    s += section(Report::tr("Owner load"))
         + table({Report::tr("Owner"), Report::tr("Email"), Report::tr("Accounts"), Report::tr("MRR"),
                  Report::tr("Red")},
                 load, {2, 3, 4}, Report::tr("No owners."));
    return s;
}

QString atRisk(const PortfolioReport &r)
{
    std::vector<QStringList> rows;
    for (const RiskAccount &a : r.atRisk) {
        QStringList why;
        if (a.red)
            why << Report::tr("red");
        if (a.renewingSoon)
            why << Report::tr("renews %1").arg(date(a.renewalDate));
        if (a.silent) {
            why << (a.silentDays ? Report::tr("silent %1 days").arg(*a.silentDays)
                                 : Report::tr("never contacted"));
        }
        // The name with its id below it, the band with its score: five columns keep every
        // word whole on the page.
        const QString account = text(a.name)
                                + QStringLiteral("<br><span class=\"muted\">%1</span>").arg(escape(a.extId));
        const QString health = bandBadge(a.band) + QStringLiteral(" ")
                               + (a.score ? mf::score(a.score) : QStringLiteral("&ndash;"));
        rows.push_back({account, text(a.owner), health, display::money(a.mrr), why.join(QStringLiteral(", "))});
    }
    const QString rule = Report::tr("Red, renewing within %1 days, or no contact for %2 days or more "
                                    "(the signal rules that raise tasks).")
                             .arg(r.thresholds.renewalDays).arg(r.thresholds.silentDays);
    return section(Report::tr("Accounts at risk (%1)").arg(display::digits(QString::number(r.atRisk.size()))))
           + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escape(rule))
           + table({Report::tr("Account"), Report::tr("Owner"), Report::tr("Health"), Report::tr("MRR"),
                    Report::tr("Why")},
                   rows, {3}, Report::tr("No account at risk."), {2});
}

QString body(const PortfolioReport &r, bool inlineSvg)
{
    const QString period = Report::tr("%1 to %2").arg(display::reportMonth(r.scope.period.from()), display::reportMonth(r.scope.period.to()));
    const QString subtitle = QStringLiteral("%1 \u00b7 %2")
                                 .arg(r.scopeLabel,
                                      (r.accounts == 1 ? Report::tr("1 account") : Report::tr("%1 accounts").arg(display::digits(QString::number(r.accounts)))));
    return masthead(Report::tr("Portfolio report"), period, subtitle, r.stamp) + metrics(r)
           + stageKpis(r) + healthDistribution(r, inlineSvg) + atRisk(r) + ownership(r);
}

} // namespace

RenderedReport render(const PortfolioReport &r)
{
    RenderedReport out;
    const QString kind = Report::tr("Portfolio report");
    const QString subject = Report::tr("%1 to %2").arg(display::reportMonth(r.scope.period.from()), display::reportMonth(r.scope.period.to()))
                            + QStringLiteral(" \u00b7 ") + r.scopeLabel;
    out.title = QStringLiteral("%1 \u2013 %2").arg(kind, subject);
    out.footer = footerText(kind, subject, r.stamp);
    const QString foot = QStringLiteral("<div class=\"footer\">%1</div>\n").arg(escape(out.footer));
    out.browserHtml = pageStart(out.title, Target::Browser) + body(r, true) + foot + pageEnd();
    out.documentHtml = pageStart(out.title, Target::Pages) + body(r, false) + pageEnd();
    out.charts.push_back(
        { kBandsUrl, charts::bandsSvg(r.bands, kBandsChartWidth, kBandsChartHeight),
            kBandsChartWidth, kBandsChartHeight });
    return out;
}

} // namespace karvan::reports
