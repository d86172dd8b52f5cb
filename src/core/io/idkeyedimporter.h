#pragma once

#include "io/importercontext.h"
#include "io/importeridkeyed.h"
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
        m_writer.emplace(m_ctx, m_table, m_dbColumns, updatable, has(QStringLiteral("id")));
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
    bool needsSecondPass() const override { return m_writer->deferred() > 0; }
    // The rows without an id, now that every id the file names is written. They were valid
    // in the first pass; a problem now (the file changed meanwhile) is reported as then.
    void secondPassRow(const ImporterRow &row) override
    {
        if (!row.trimmed(QStringLiteral("id")).isEmpty())
            return;
        QVector<QVariant> values;
        if (readValues(row, &values) && m_ctx.writing())
            m_writer->addDeferred(values);
    }
    void finishSecondPass() override { m_writer->flush(); }

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
