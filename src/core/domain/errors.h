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

} // namespace karvan
