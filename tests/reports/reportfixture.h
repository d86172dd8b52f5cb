#pragma once

// A small book for the report tests: A-1 (English, scored yellow 59.5 on 2026-06-30, see
// tests/core/test_healthservice.cpp), P-2 (a Persian name, red), C-3 (churned).
#include "../core/test_healthfixture.h"

#include "tasks/taskstore.h"

#include <QRegularExpression>
#include <QStringList>

namespace karvan::test {

struct ReportBook
{
    HealthFixture f;
    qint64 a = 0, p = 0, c = 0;
    QString taskKey;

    ReportBook()
    {
        const qint64 sara = f.person("sara@example.com", "customer_success");
        f.person("sam@example.com", "support");
        f.person("mina@example.com", "marketing");
        const qint64 reza = f.person("reza@example.com", "account_management");
        a = f.account("A-1", "Alborz Trading", "retention");
        p = f.account("P-2", QStringLiteral("شرکت پارس نوین"), "retention");
        c = f.account("C-3", "Caspian Soft", "retention", "churned");
        f.ownership(a, "retention", sara, "customer_success");
        f.ownership(p, "retention", reza, "account_management");
        f.ownership(c, "retention", sara, "customer_success");
        f.exec(QStringLiteral("UPDATE accounts SET industry = 'Logistics', renewal_date = '2026-08-15' WHERE id = ?"), {a});
        f.exec(QStringLiteral("INSERT INTO stage_history (account_id, stage, started_at) VALUES (?, 'implementation', '2025-11-01')"), {a});
        f.exec(QStringLiteral("INSERT INTO stage_history (account_id, stage, started_at) VALUES (?, 'retention', '2026-03-02')"), {a});
        const qint64 field = f.exec(QStringLiteral("INSERT INTO custom_fields (name, position) VALUES ('Region', 1)"));
        f.exec(QStringLiteral("INSERT INTO account_fields (account_id, field_id, value) VALUES (?, ?, 'North')"), {a, field});
        f.exec(QStringLiteral("INSERT INTO goals (account_id, kind, title, status, due_date, created_at)"
                              " VALUES (?, 'goal', 'Roll out to the Tabriz office', 'open', '2026-09-30', '2026-01-01')"), {a});
        f.usage(a, "2026-06", 50, 100);
        f.survey(a, "2026-01-02", "nps", 6);
        f.survey(a, "2026-06-30", "nps", 10);
        f.survey(a, "2026-04-02", "csat", 5);
        f.survey(a, "2026-06-15", "csat", 3);
        f.survey(a, "2026-06-20", "csat", 4);
        f.ticket(a, "T1", "2026-01-10", "2026-02-01");
        f.ticket(a, "T2", "2026-06-01", "2026-07-05");
        f.ticket(a, "T3", "2026-06-10", QVariant(), true);
        f.ticket(a, "T4", "2026-03-01", "2026-03-05", true);
        f.interaction(a, "2026-05-16");
        f.revenue(a, "2026-05", 398000000);
        f.revenue(a, "2026-06", 399000050);
        f.revenue(a, "2025-06", 100000);  // 13 months before: outside the chart
        f.usage(p, "2026-06", 5, 100);
        f.survey(p, "2026-06-01", "nps", 2);
        f.interaction(p, "2026-01-05");
        f.revenue(p, "2026-06", 120000);
        f.revenue(c, "2026-01", 5000);
        TaskDraft task;
        task.accountId = a;
        task.title = QStringLiteral("Prepare the QBR deck");
        task.owner = QStringLiteral("sara@example.com");
        task.due = QDate(2026, 7, 10);
        taskKey = TaskStore(f.db(), QStringLiteral("test")).add(task);
    }
};

// The text of every table cell of an HTML document, tags stripped, entities decoded.
inline QStringList cells(const QString &html)
{
    QStringList out;
    static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    auto it = cell.globalMatch(html);
    while (it.hasNext()) {
        QString text = it.next().captured(1);
        text.remove(tag);
        text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        text.replace(QStringLiteral("&ndash;"), QStringLiteral("\u2013"));
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        out << text.simplified();
    }
    return out;
}

// The cell after the first cell equal to `label` (a facts table's value).
inline QString valueAfter(const QStringList &cells, const QString &label)
{
    const qsizetype i = cells.indexOf(label);
    return i >= 0 && i + 1 < cells.size() ? cells.at(i + 1) : QStringLiteral("<missing %1>").arg(label);
}

} // namespace karvan::test
