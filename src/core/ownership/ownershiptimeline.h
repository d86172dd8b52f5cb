#pragma once

#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringView>

#include <vector>

namespace karvan {

// The row in effect on `day` among rows of one account (and stage): the latest starting on or
// before `day` (compared by day, the first 10 characters; a later row wins a tie); failing
// that, the earliest. nullptr without rows.
template <typename Row, typename Start>
const Row *rowInEffect(const std::vector<const Row *> &rows, QStringView day, Start start)
{
    const Row *latest = nullptr;
    const Row *earliest = nullptr;
    for (const Row *row : rows) {
        const QStringView d = QStringView(start(*row)).left(10);
        if (d <= day && (!latest || d >= QStringView(start(*latest)).left(10)))
            latest = row;
        if (!earliest || d < QStringView(start(*earliest)).left(10))
            earliest = row;
    }
    return latest ? latest : earliest;
}

// Who owned each stage of each account over time (OwnershipResolver::timeline()): the rule for
// the owner at a past date, used by the metrics' attribution (docs/metrics.md).
class OwnershipTimeline
{
public:
    struct Row
    {
        qint64 accountId = 0;
        QString stage;
        QString email;     // the owning person, empty when none
        QString team;      // the owning team's key (the row's team, else the person's), or empty
        QString validFrom; // ownership_history.valid_from; empty for today's rows
    };
    struct Owner
    {
        QString email;     // empty: no person
        QString team;      // empty: no team
    };

    OwnershipTimeline() = default;
    // Moves keep the rows in place; a copy would need the indexes rebuilt.
    OwnershipTimeline(const OwnershipTimeline &) = delete;
    OwnershipTimeline &operator=(const OwnershipTimeline &) = delete;
    OwnershipTimeline(OwnershipTimeline &&) = default;
    OwnershipTimeline &operator=(OwnershipTimeline &&) = default;
    // `history`: ownership_history rows, any order (ties keep this order); `current`: the
    // accounts' own `ownership` rows; `templateOwnerTeam`: stage -> the template's owner team.
    OwnershipTimeline(std::vector<Row> history, std::vector<Row> current,
                      QHash<QString, QString> templateOwnerTeam);

    // The owner of `stage` of the account on `day`: the history row of that stage with the
    // latest valid_from on or before the day; else its earliest history row; else today's own
    // row; else no person. The team is the chosen row's (or its person's), else the template's
    // owner team of the stage. `day` is "YYYY-MM-DD".
    Owner ownerOn(qint64 accountId, const QString &stage, QStringView day) const;

private:
    std::vector<Row> m_history;
    std::vector<Row> m_current;
    QHash<QPair<qint64, QString>, std::vector<const Row *>> m_historyByStage;
    QHash<QPair<qint64, QString>, const Row *> m_currentByStage;
    QHash<QString, QString> m_templateOwnerTeam;
};

} // namespace karvan
