#pragma once

#include "domain/accountdetail.h"

#include <QDate>
#include <QString>

#include <optional>

namespace karvan {

// One line of the book of accounts (the list), loaded for every account at once.
struct AccountRow
{
    qint64 id = 0;
    QString extId;
    QString name;
    QString industry;
    QString segment;
    Stage stage = Stage::Acquisition;
    QString status;
    QString ownerEmail;  // the person owning the current stage, or empty
    QString ownerName;   // person name, else the owning team's name (template)
    Band band = Band::Insufficient;  // the band now (health_current)
    bool bandOverridden = false;
    std::optional<double> score;
    std::optional<double> previousScore;
    Trend trend = Trend::None;          // against the latest earlier snapshot
    qint64 mrr = 0;                     // minor units, in the latest month of the data
    QDate renewalDate;
    QDate lastContact;                  // latest interaction
    QDate stageEntered;                 // the day it entered its current stage
    QString searchText;                 // text::searchKey of name, industry, owner, custom values
};

} // namespace karvan
