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
    void set(qint64 accountId, const QString &stage, const QVariant &personId,
             const QVariant &teamId, const std::optional<QList<qint64>> &supporting);
    // Removes the stage's owner (the row goes when it holds nothing else).
    void clearOwner(qint64 accountId, const QString &stage);

private:
    static QString key(qint64 accountId, const QString &stage);
    void writeSupporting(const Entry &entry, bool replace);
    void history(qint64 accountId, const QString &stage, const Entry &entry);

    // Prepares `statement` into `slot` on first use and returns it.
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const char *statement);

    ImporterContext &m_ctx;
    QHash<QString, Entry> m_rows;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_history;
};

} // namespace karvan
