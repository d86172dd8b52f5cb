#pragma once

#include "reports/reportdata.h"

#include <QString>
#include <QStringList>

// The building blocks shared by the account and the portfolio report's HTML.
namespace karvan::reports::html {

// A family list with Latin and Persian glyphs (Noto Sans + Noto Sans Arabic, DejaVu, Vazirmatn).
inline const QString kFontFamilies = QStringLiteral(
    "'Noto Sans', 'DejaVu Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', Vazirmatn, Tahoma, "
    "Arial, sans-serif");

QString escape(const QString &text);
// Text whose direction follows its own letters (Persian right to left): <span dir="auto">.
QString text(const QString &value);
// A date as YYYY-MM-DD, an en dash when null.
QString date(const QDate &day);
QString orDash(const QString &value);
// "rtl" for text whose first strong letter runs right to left (Persian), else "ltr".
QString direction(const QString &value);

// Who reads the HTML: a browser (the standalone file), or QTextDocument laying out the PDF's
// pages, which has its own page margins and reads no @media rule.
enum class Target { Browser, Pages };
// <!DOCTYPE html>... with the report's style sheet, up to the opening of <body>.
QString pageStart(const QString &title, Target target);
QString pageEnd();
// The heading block: kind of report, its subject, the stamp (as of, prepared by, generated).
QString masthead(const QString &kind, const QString &subject, const QString &subtitle,
                 const ReportStamp &stamp);
QString section(const QString &title);
// A table: header cells, rows of already-escaped cells; `numeric` columns align right and,
// like the `unbroken` ones (ids), never wrap; `empty`: the sentence shown instead when no row.
// (No column widths: QTextDocument shares a width badly between padded cells.)
QString table(const QStringList &header, const std::vector<QStringList> &rows,
              const QList<int> &numeric = {}, const QString &empty = QString(),
              const QList<int> &unbroken = {});
// Two columns of label: value pairs (values already escaped).
QString facts(const std::vector<std::pair<QString, QString>> &pairs);
// A band as a coloured label.
QString bandBadge(Band band);
// A chart: the SVG itself (browser), or an <img> of a resource url (QTextDocument).
QString chart(const QString &svg, const QString &url, int width, int height, bool inlineSvg);
// The footer line printed on every PDF page and at the end of the HTML.
QString footerText(const QString &kind, const QString &subject, const ReportStamp &stamp);

} // namespace karvan::reports::html
