#pragma once

#include "storage/database.h"
#include "storage/rowversion.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace karvan {

// One open database in the app: the connection, its undo stack (one per open database) and
// who is working ("who am I": a person's email, a setting). Views hold a reference to it.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Session() override;

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The person the user is (an email), or empty when not chosen yet.
    QString me() const { return m_me; }
    void setMe(const QString &email);
    // The name written to the audit log: the chosen person's email, else the OS user name.
    QString actor() const;

    // The row version (storage/rowversion) this session itself last wrote for a record, so
    // that its own undo and redo are not taken for someone else's change.
    std::optional<qint64> knownVersion(rowversion::Table table, qint64 id) const;
    void noteVersion(rowversion::Table table, qint64 id, qint64 version);
    // The version an undoable edit expects: on its first run the copy the user edited
    // (`copyVersion`), on undo and redo what this session last wrote.
    qint64 versionToExpect(rowversion::Table table, qint64 id, qint64 copyVersion, bool ranBefore) const
    {
        return ranBefore ? knownVersion(table, id).value_or(copyVersion) : copyVersion;
    }

    // Tells every view that data changed outside the undo stack (an import, a merge).
    void notifyDataChanged() { Q_EMIT dataChanged(); }

Q_SIGNALS:
    void meChanged(const QString &email);
    // Records changed in bulk; views reload what they show.
    void dataChanged();
    // One account changed (an edit or its undo); views showing it refresh.
    void accountChanged(qint64 accountId);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QString m_me;
    QHash<QPair<int, qint64>, qint64> m_versions;
};

} // namespace karvan
