#pragma once

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace karvan {

// The core reports problems with a small set of typed exceptions; the CLI and the app catch
// them at their boundary and show the message. Messages are written for a user.

// A problem with the database itself: cannot open, locked, not Karvan, newer version, corrupt.
// karvan-cli exits with 3.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Bad input data: one message per problem, already in `FILE:LINE: column 'X': ...` form when
// it comes from a file. Nothing was written. karvan-cli exits with 2.
class DataError : public std::runtime_error
{
public:
    explicit DataError(const QStringList &messages)
        : std::runtime_error(messages.value(0).toStdString()), m_messages(messages) {}
    explicit DataError(const QString &message) : DataError(QStringList{message}) {}
    QStringList messages() const { return m_messages; }

private:
    QStringList m_messages;
};

// An edit made from an older copy of a record: someone else (another window, a CLI import)
// changed it since it was read. Nothing was written; the user reloads and decides again.
// `what` names the record ("Acme Corp"), `changedBy` the actor of the other change and
// `changedAt` its stored UTC time ("YYYY-MM-DDTHH:MM:SSZ").
class StaleEditError : public DataError
{
public:
    StaleEditError(const QString &message, QString what, QString changedBy, QString changedAt)
        : DataError(message), m_what(std::move(what)), m_changedBy(std::move(changedBy)),
          m_changedAt(std::move(changedAt)) {}
    QString record() const { return m_what; }
    QString changedBy() const { return m_changedBy; }
    QString changedAt() const { return m_changedAt; }

private:
    QString m_what;
    QString m_changedBy;
    QString m_changedAt;
};

} // namespace karvan
