#pragma once

#include "domain/stage.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace karvan {

// One row of the organisation's ownership template (seed 000), as the template editor edits it.
struct TemplateRow
{
    Stage stage = Stage::Acquisition;
    std::optional<qint64> ownerTeamId;
    std::optional<qint64> coOwnerTeamId;
    QList<qint64> supportingTeamIds;
    QString keyMetrics;

    bool operator==(const TemplateRow &) const = default;
};

// Reads and edits the ownership template by team ids (the resolver reads it through
// OwnershipTemplate). Each edit runs in its own transaction, is validated first (DataError
// with a message for the user, nothing written) and appends to the audit log as `actor`.
class TemplateStore
{
public:
    TemplateStore(const QSqlDatabase &db, QString actor);

    QList<TemplateRow> templateStages() const;
    TemplateRow templateStage(Stage stage) const;
    void setTemplateStage(const TemplateRow &row);

private:
    bool teamExists(qint64 id) const;
    QString teamKeyOf(std::optional<qint64> id) const;
    QString teamKeysOf(const QList<qint64> &ids) const;

    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
