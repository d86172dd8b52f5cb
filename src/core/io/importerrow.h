#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace karvan {

class ImporterContext;

// One data record of a CSV file with typed, validating access to its cells by column name.
// Every getter reports its own problem to the context (with the line, column and value) and
// returns false; on success *out is the value to bind, a null QVariant for an empty cell.
// `required`: an empty cell is a problem ("a value is required").
class ImporterRow
{
public:
    ImporterRow(ImporterContext &ctx, const QHash<QString, int> &columns, const QStringList &fields,
                int line);

    int line() const { return m_line; }
    // Whether the file has this column at all (an absent optional column keeps what is stored).
    bool has(const QString &column) const { return m_columns.contains(column); }
    // The cell as written; empty when the column is absent.
    QString raw(const QString &column) const;
    // The cell without surrounding white space.
    QString trimmed(const QString &column) const { return raw(column).trimmed(); }
    // The cell at a column index resolved once from the header (no lookup by name); the
    // caller checks index < the record's size (the importer only passes complete records).
    const QString &cell(int index) const { return m_fields.at(index); }

    bool text(const QString &column, bool required, QVariant *out) const;
    bool key(const QString &column, bool required, QVariant *out) const;  // trimmed text
    bool choice(const QString &column, const QStringList &allowed, bool required, QVariant *out) const;
    bool boolean(const QString &column, bool required, QVariant *out) const;
    bool date(const QString &column, bool required, QVariant *out) const;
    bool month(const QString &column, bool required, QVariant *out) const;
    bool money(const QString &column, bool required, QVariant *out) const;
    bool integer(const QString &column, qint64 min, qint64 max, bool required, QVariant *out) const;
    // References: the id of a stored account (by ext_id), person (by email), ticket (by ext_id).
    bool account(const QString &column, bool required, QVariant *out) const;
    bool person(const QString &column, bool required, QVariant *out, qint64 *teamId = nullptr) const;
    bool ticket(const QString &column, bool required, QVariant *out) const;

    void problem(const QString &column, const QString &what) const;
    void problem(const QString &column, const QString &what, const QString &value) const;

private:
    // Reports a missing required value; returns false when the getter should stop.
    bool checkEmpty(const QString &column, const QString &value, bool required, bool *empty) const;
    // A reference cell: its key looked up with `lookup`; "unknown <what>" when not found.
    bool reference(const QString &column, bool required, QVariant *out, const QString &what,
                   const std::function<std::optional<qint64>(const QString &)> &lookup) const;

    ImporterContext &m_ctx;
    const QHash<QString, int> &m_columns;
    const QStringList &m_fields;
    int m_line;
};

} // namespace karvan
