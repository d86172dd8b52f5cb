#pragma once

// A temporary Karvan database with helpers that insert fixture rows with plain SQL, for the
// health, scorecard and ownership tests (they do not depend on the importer).

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace karvan::test {

class HealthFixture
{
public:
    HealthFixture() : m_db(std::make_unique<Database>(m_dir.filePath(QStringLiteral("h.sqlite")))) {}

    QSqlDatabase db() const { return m_db->connection(); }
    QString path() const { return m_db->path(); }

    qint64 exec(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q = sql::prepare(db(), statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        sql::exec(q);
        return q.lastInsertId().toLongLong();
    }

    QVariant value(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q = sql::prepare(db(), statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        sql::exec(q);
        return q.next() ? q.value(0) : QVariant();
    }

    qint64 teamId(const QString &key) const
    {
        return value(QStringLiteral("SELECT id FROM teams WHERE team_key = ?"), {key}).toLongLong();
    }

    qint64 account(const QString &extId, const QString &name = QString(),
                   const QString &stage = QStringLiteral("retention"),
                   const QString &status = QStringLiteral("active")) const
    {
        return exec(QStringLiteral(
            "INSERT INTO accounts (ext_id, name, stage, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
            {extId, name.isEmpty() ? extId : name, stage, status});
    }

    qint64 person(const QString &email, const QString &team, bool active = true) const
    {
        return exec(QStringLiteral("INSERT INTO people (email, name, team_id, active) VALUES (?, ?, ?, ?)"),
                    {email, email.section('@', 0, 0), teamId(team), active ? 1 : 0});
    }

    void usage(qint64 account, const QString &month, int active, int licensed) const
    {
        exec(QStringLiteral("INSERT INTO usage (account_id, month, active_users, licensed_users)"
                            " VALUES (?, ?, ?, ?)"), {account, month, active, licensed});
    }

    void survey(qint64 account, const QString &date, const QString &kind, int score) const
    {
        exec(QStringLiteral("INSERT INTO surveys (account_id, date, kind, score) VALUES (?, ?, ?, ?)"),
             {account, date, kind, score});
    }

    void ticket(qint64 account, const QString &extId, const QString &opened,
                const QVariant &closed = QVariant(), bool escalated = false) const
    {
        exec(QStringLiteral("INSERT INTO tickets (ext_id, account_id, opened, closed, escalated)"
                            " VALUES (?, ?, ?, ?, ?)"),
             {extId, account, opened,
              closed.isNull() ? QVariant(QMetaType(QMetaType::QString)) : closed, escalated ? 1 : 0});
    }

    void interaction(qint64 account, const QString &date) const
    {
        exec(QStringLiteral("INSERT INTO interactions (account_id, date, kind) VALUES (?, ?, 'call')"),
             {account, date});
    }

    void revenue(qint64 account, const QString &month, qint64 mrrMinor) const
    {
        exec(QStringLiteral("INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)"),
             {account, month, mrrMinor});
    }

    // An ownership row; `supporting` empty with supportingSet false: the template's teams.
    qint64 ownership(qint64 account, const QString &stage, const QVariant &person,
                     const QString &team = QString(), const QStringList &supporting = {},
                     bool supportingSet = false) const
    {
        const qint64 id = exec(QStringLiteral(
            "INSERT INTO ownership (account_id, stage, person_id, team_id, supporting_set)"
            " VALUES (?, ?, ?, ?, ?)"),
            {account, stage, person.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : person,
             team.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(teamId(team)),
             supportingSet ? 1 : 0});
        int position = 0;
        for (const QString &t : supporting) {
            exec(QStringLiteral("INSERT INTO ownership_supporting (ownership_id, team_id, position)"
                                " VALUES (?, ?, ?)"), {id, teamId(t), position++});
        }
        return id;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace karvan::test
