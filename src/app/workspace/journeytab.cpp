#include "workspace/journeytab.h"
#include "domain/dates.h"
#include "domain/displaydate.h"

#include "commands/accountcommands.h"
#include "models/accountlistmodel.h"
#include "models/accountrecordmodel.h"
#include "accounts/accountlookups.h"
#include "accounts/stageownereditor.h"
#include "workspace/journeystrip.h"
#include "workspace/ownerdialog.h"
#include "workspace/recordtab.h"
#include "shell/session.h"

#include <QDateTime>
#include <QGroupBox>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace karvan {

namespace {

using Cell = AccountRecordModel::Cell;

QString when(const QString &timestamp)
{
    if (timestamp.isEmpty())
        return QString();
    // A dated entry (an imported or generated history) keeps a day, not a moment.
    if (const QDate day = dates::parseDate(timestamp); day.isValid())
        return display::date(day);
    const QDateTime t = QDateTime::fromString(timestamp, Qt::ISODate);
    return t.isValid() ? display::dateTime(t) : timestamp;
}

QString stageText(const QString &key)
{
    const auto s = stageFromKey(key);
    return s ? stageLabel(*s) : key;
}

} // namespace

JourneyTab::JourneyTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_strip(new JourneyStrip(this)),
      m_stages(new RecordTab({tr("Stage"), tr("From"), tr("Until"), tr("Changed by")}, this)),
      m_owners(new RecordTab({tr("Stage"), tr("Owner"), tr("Team"), tr("Supporting"), tr("From"),
                              tr("Changed by")}, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_strip);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *stageBox = new QGroupBox(tr("Stage history"), split);
    (new QVBoxLayout(stageBox))->addWidget(m_stages);
    auto *ownerBox = new QGroupBox(tr("Ownership history"), split);
    (new QVBoxLayout(ownerBox))->addWidget(m_owners);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_stages->setColumnWidths({9, 12, 12});
    m_owners->setColumnWidths({9, 10, 10, 12, 12});

    connect(m_strip, &JourneyStrip::editOwnerRequested, this, &JourneyTab::editOwner);
    connect(m_strip, &JourneyStrip::moveRequested, this, &JourneyTab::moveTo);
    connect(m_strip, &JourneyStrip::resetRequested, this, &JourneyTab::resetOwner);
}

void JourneyTab::setAccount(const AccountDetail &detail)
{
    m_detail = detail;
    m_strip->setAccount(detail);
    std::vector<AccountRecordModel::Row> stages;
    for (const StageHistoryEntry &h : detail.stageHistory) {
        AccountRecordModel::Row r;
        r.id = h.id;
        r.cells = { Cell::of(stageText(h.stage)), Cell::of(when(h.startedAt), h.startedAt),
            Cell::of(h.endedAt.isEmpty() ? tr("now") : when(h.endedAt), h.endedAt),
            Cell::of(h.changedBy) };
        stages.push_back(r);
    }
    m_stages->model()->setRows(std::move(stages));
    std::vector<AccountRecordModel::Row> owners;
    for (const OwnershipHistoryEntry &h : detail.ownershipHistory) {
        AccountRecordModel::Row r;
        r.id = h.id;
        r.cells = { Cell::of(stageText(h.stage)),
            Cell::of(h.personName.isEmpty() ? tr("(team)") : h.personName), Cell::of(h.teamName),
            Cell::of(QString(h.supporting).replace(QLatin1Char(';'), QStringLiteral(", "))),
            Cell::of(when(h.validFrom), h.validFrom), Cell::of(h.changedBy) };
        owners.push_back(r);
    }
    m_owners->model()->setRows(std::move(owners));
}

void JourneyTab::editOwner(Stage stage)
{
    if (m_detail.id == 0)
        return;
    const OwnerState before = StageOwnerEditor(m_session.connection(), m_session.actor()).ownerState(m_detail.id, stage);
    const AccountLookups lookups(m_session.connection());
    OwnerDialog dialog(m_detail.owners.at(stageIndex(stage)), before, lookups.people(), lookups.teams(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.state() == before)
        return;
    pushAccountEdit(m_session, accountedits::setOwner(m_session, m_detail, stage, dialog.state(),
                                                      dialog.description()), this);
}

bool JourneyTab::moveTo(Stage stage)
{
    if (m_detail.id == 0 || stage == m_detail.stage)
        return false;
    return pushAccountEdit(m_session, accountedits::changeStage(m_session, m_detail, stage), this);
}

bool JourneyTab::resetOwner(Stage stage)
{
    if (m_detail.id == 0 || !m_detail.owners.at(stageIndex(stage)).overridden)
        return false;
    return pushAccountEdit(m_session, accountedits::setOwner(m_session, m_detail, stage, OwnerState{}, QString()), this);
}

} // namespace karvan
