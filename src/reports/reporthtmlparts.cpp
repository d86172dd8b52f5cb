#include "reports/reporthtmlparts.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "domain/dates.h"
#include "reports/reportcharts.h"

#include <QCoreApplication>

namespace karvan::reports::html {

QString escape(const QString &text) { return text.toHtmlEscaped(); }

QString text(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("&ndash;")
                           : QStringLiteral("<span dir=\"auto\">%1</span>").arg(escape(value));
}

QString date(const QDate &day)
{
    return day.isValid() ? QStringLiteral("<span style=\"white-space: nowrap;\">%1</span>").arg(display::reportDate(day))
                         : QStringLiteral("&ndash;");
}

QString direction(const QString &value)
{
    return value.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("&ndash;") : escape(value);
}

QString pageStart(const QString &title, Target target)
{
    // One style sheet in the document itself: the file stands alone. QTextDocument reads the
    // same sheet (a subset of CSS), so the PDF follows it too. Right to left when Karvan runs
    // in a right-to-left language (its translation says so; karvan-cli has none).
    const bool rtl = QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html dir=\"%4\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1</title><style>\n"
               "body { font-family: %2; font-size: 10pt; color: #2b3138; margin: 24px auto; max-width: 760px; }\n"
               "h1 { font-size: 18pt; margin: 0 0 2px 0; color: #1d3557; }\n"
               "h2 { font-size: 12pt; color: #1d3557; border-bottom: 1px solid #c8ced5; margin: 16px 0 6px 0; padding-bottom: 2px; }\n"
               ".kind { font-size: 9pt; color: #5d6670; text-transform: uppercase; letter-spacing: 1px; }\n"
               ".stamp { font-size: 9pt; color: #5d6670; margin-bottom: 8px; }\n"
               "table { border-collapse: collapse; width: 100%; margin: 2px 0 6px 0; }\n"
               "th { background-color: #eef2f6; color: #2b3138; font-weight: bold; text-align: left; padding: 3px 6px; border-bottom: 1px solid #c8ced5; }\n"
               "td { padding: 3px 6px; border-bottom: 1px solid #eef0f3; vertical-align: top; }\n"
               "td.num, th.num { text-align: right; }\n"
               "td.label { color: #5d6670; width: 28%; }\n"
               ".band { font-weight: bold; color: #ffffff; padding: 1px 6px; }\n"
               ".muted { color: #5d6670; }\n"
               ".lift { color: #1d6b3c; }\n"
               ".current { background-color: #fff6dc; font-weight: bold; }\n"
               ".footer { font-size: 8pt; color: #5d6670; margin-top: 18px; border-top: 1px solid #c8ced5; padding-top: 4px; }\n"
               "@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }\n"
               "%3"
               "%5"
               "</style></head><body dir=\"%4\">\n")
        .arg(escape(title), kFontFamilies,
             target == Target::Pages ? QStringLiteral("body { margin: 0; max-width: none; }\n") : QString(),
             rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
             rtl ? QStringLiteral("th { text-align: right; }\ntd.num, th.num { text-align: left; }\n") : QString());
}

QString pageEnd() { return QStringLiteral("</body></html>\n"); }

QString masthead(const QString &kind, const QString &subject, const QString &subtitle,
                 const ReportStamp &stamp)
{
    // A Persian (or any right-to-left) subject is a right-to-left heading, right-aligned in
    // the browser and in the PDF alike (QTextDocument reads dir="rtl", not dir="auto").
    QString h = QStringLiteral("<div class=\"kind\">%1</div><h1 dir=\"%2\">%3</h1>")
                    .arg(escape(kind), direction(subject), escape(subject));
    if (!subtitle.isEmpty())
        h += QStringLiteral("<div class=\"muted\" dir=\"%1\">%2</div>").arg(direction(subtitle), escape(subtitle));
    QString line = Report::tr("As of %1").arg(display::reportDate(stamp.asOf));
    if (!stamp.preparedBy.isEmpty())
        line += QStringLiteral(" &middot; ") + Report::tr("Prepared by %1").arg(escape(stamp.preparedBy));
    line += QStringLiteral(" &middot; ")
            + Report::tr("Generated %1 UTC")
                  .arg(display::reportDate(stamp.generatedAt.toUTC().date()) + QLatin1Char(' ')
                       + display::digits(stamp.generatedAt.toUTC().toString(QStringLiteral("HH:mm"))));
    return h + QStringLiteral("<div class=\"stamp\">%1</div>\n").arg(line);
}

QString section(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(escape(title));
}

QString table(const QStringList &header, const std::vector<QStringList> &rows,
              const QList<int> &numeric, const QString &empty, const QList<int> &unbroken)
{
    if (rows.empty() && !empty.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escape(empty));
    QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (int i = 0; i < header.size(); ++i) {
        t += (numeric.contains(i) ? QStringLiteral("<th class=\"num\" align=\"right\">%1</th>")
                                  : QStringLiteral("<th align=\"left\">%1</th>"))
                 .arg(escape(header.at(i)));
    }
    t += QStringLiteral("</tr></thead><tbody>\n");
    for (const QStringList &row : rows) {
        t += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            if (numeric.contains(i))
                t += QStringLiteral("<td class=\"num\" align=\"right\" style=\"white-space: nowrap;\">");
            else if (unbroken.contains(i))
                t += QStringLiteral("<td style=\"white-space: nowrap;\">");
            else
                t += QStringLiteral("<td>");
            t += row.at(i) + QStringLiteral("</td>");
        }
        t += QStringLiteral("</tr>\n");
    }
    return t + QStringLiteral("</tbody></table>\n");
}

QString facts(const std::vector<std::pair<QString, QString>> &pairs)
{
    QString t = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const auto &p : pairs) {
        t += QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>")
                 .arg(escape(p.first), p.second);
    }
    return t + QStringLiteral("</table>\n");
}

QString bandBadge(Band band)
{
    return QStringLiteral("<span class=\"band\" style=\"background-color: %1; color: #ffffff;\">"
                          "&nbsp;%2&nbsp;</span>")
        .arg(charts::bandColor(band), escape(bandLabel(band)));
}

QString chart(const QString &svg, const QString &url, int width, int height, bool inlineSvg)
{
    if (inlineSvg)
        return QStringLiteral("<div class=\"chart\">%1</div>\n").arg(svg);
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
        .arg(url).arg(width).arg(height);
}

QString footerText(const QString &kind, const QString &subject, const ReportStamp &stamp)
{
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
        .arg(kind, subject, Report::tr("as of %1").arg(display::reportDate(stamp.asOf)));
}

} // namespace karvan::reports::html
