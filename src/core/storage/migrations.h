#pragma once

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace karvan::migrations {

// One numbered schema step: upgrades a database at version `version - 1` to `version`.
// Each step runs in its own transaction that also sets PRAGMA user_version, and is written so
// that running it over a half-finished earlier attempt repairs it (IF NOT EXISTS, INSERT only
// what is missing).
struct Step
{
    int version;
    const char *title;
    std::function<void(QSqlDatabase &)> apply;
};

const std::vector<Step> &steps();
int latestVersion();

// Runs every step above the database's version, up to `target` (the latest by default).
void upgrade(QSqlDatabase &db, int target = -1);

} // namespace karvan::migrations
