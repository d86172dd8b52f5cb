#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace karvan {

class ImporterContext;

// The stored per-stage ownership of accounts (tables ownership, ownership_supporting), loaded
// once, and the writes that change it. Every change (a new row, another person or team, other
// supporting teams) appends an ownership_history row; setting what is already stored writes
// nothing. Used by the ownership import and by accounts.owner.
class ImporterOwnership
{
public:
    struct Entry
    {
        qint64 id = 0;
        QVariant personId;
        QVariant teamId;
        bool supportingSet = false;
        QList<qint64> supporting;  // team ids in order, when supportingSet
    };

    explicit ImporterOwnership(ImporterContext &ctx);

    const Entry *find(qint64 accountId, const QString &stage) const;
    // Sets the stage's owner and team; supporting = std::nullopt keeps the supporting teams, an
    // empty list returns the stage to the template's supporting teams.
    // The change is recorded in the history from the import day, as a placeholder that a
    // dated row of the same owner replaces later.
    void set(qint64 accountId, const QString &stage, const QVariant &personId,
             const QVariant &teamId, const std::optional<QList<qint64>> &supporting);
    // Whether the history holds a dated row of the stage from `from` (YYYY-MM-DD).
    bool hasDated(qint64 accountId, const QString &stage, const QString &from);
    // A dated row of the history (an ownership row with `from`): added or updated by its key
    // (account, stage, from). When it is the latest dated row of the stage it also sets the
    // current owner, and the placeholders of the same owner go (the dates now say when);
    // a placeholder of another owner is newer and stays the current owner.
    void setDated(qint64 accountId, const QString &stage, const QVariant &personId,
                  const QVariant &teamId, const QList<qint64> &supporting, const QString &from);
    // Removes the stage's owner (the row goes when it holds nothing else).
    void clearOwner(qint64 accountId, const QString &stage);

private:
    static QString key(qint64 accountId, const QString &stage);
    void writeSupporting(const Entry &entry, bool replace);
    void history(qint64 accountId, const QString &stage, const Entry &entry);
    // Stores the current row; false when it already held this.
    bool store(qint64 accountId, const QString &stage, const QVariant &personId,
               const QVariant &teamId, const std::optional<QList<qint64>> &supporting);
    QString supportingText(const QList<qint64> &teams) const;
    std::optional<qint64> datedId(qint64 accountId, const QString &stage, const QString &from);

    // Prepares `statement` into `slot` on first use and returns it.
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const char *statement);

    ImporterContext &m_ctx;
    QHash<QString, Entry> m_rows;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_history;
    std::optional<QSqlQuery> m_findDated;
    std::optional<QSqlQuery> m_insertDated;
    std::optional<QSqlQuery> m_updateDated;
    std::optional<QSqlQuery> m_latest;
};

} // namespace karvan
