#pragma once

#include <QSqlDatabase>

namespace karvan::defaults {

// What a new database starts with (domain.md): the teams, the seed's ownership template, the
// Sales-to-CSM checklist, the seed's conflict-resolution rule and the contract's default health
// scorecard. Each function inserts only what is missing, so it is safe to run again.

void insertTeams(QSqlDatabase &db);
void insertTemplate(QSqlDatabase &db);
void insertChecklist(QSqlDatabase &db);
// Schema step 4: replaces the first default checklist (schema step 2) with the hand-off's
// nine items and their help texts, unless the organisation changed it.
void replaceFirstChecklist(QSqlDatabase &db);
void insertConflictRules(QSqlDatabase &db);
void insertScorecard(QSqlDatabase &db);

} // namespace karvan::defaults
