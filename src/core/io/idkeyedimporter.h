#pragma once

#include "io/importercontext.h"
#include "io/importerkind.h"

#include <optional>

namespace karvan {

// Base of the importers of the kinds keyed by our own optional integer id (interactions,
// surveys, costs): the file's columns map one to one onto the table's.
class IdKeyedImporter : public ImporterKind
{
public:
    IdKeyedImporter(ImporterContext &ctx, QString table, QStringList fileColumns, QStringList dbColumns)
        : ImporterKind(ctx), m_table(std::move(table)), m_fileColumns(std::move(fileColumns)),
          m_dbColumns(std::move(dbColumns))
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        QList<bool> updatable;
        for (const QString &c : std::as_const(m_fileColumns))
            updatable.append(has(c));
        m_writer.emplace(m_ctx, m_table, m_dbColumns, updatable);
    }

    void row(const ImporterRow &row) override
    {
        QVariant id;
        bool ok = m_writer->readId(row, &id);
        QVector<QVariant> values;
        ok = readValues(row, &values) && ok;
        if (!ok || m_writer->belongsToAnotherAccount(row, id, values))
            return;
        count(m_writer->exists(id));
        if (!m_ctx.writing())
            return;
        m_writer->add(id, values);
    }

    void finish() override { m_writer->flush(); }

protected:
    // The values of m_dbColumns, in order; false after a problem.
    virtual bool readValues(const ImporterRow &row, QVector<QVariant> *values) = 0;

private:
    QString m_table;
    QStringList m_fileColumns;
    QStringList m_dbColumns;
    std::optional<ImporterIdKeyed> m_writer;
};

} // namespace karvan
