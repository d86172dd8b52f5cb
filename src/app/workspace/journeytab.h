#pragma once

#include "domain/accountdetail.h"

#include <QWidget>

namespace karvan {

class JourneyStrip;
class RecordTab;
class Session;

// The journey: the strip of six stages (owner and supporting teams, editable) over the stage
// history and the ownership history.
class JourneyTab : public QWidget
{
    Q_OBJECT

public:
    JourneyTab(Session &session, QWidget *parent = nullptr);

    void setAccount(const AccountDetail &detail);
    JourneyStrip *strip() const { return m_strip; }
    RecordTab *stageHistory() const { return m_stages; }
    RecordTab *ownershipHistory() const { return m_owners; }

    // The edits behind the strip (public so tests and menus can drive them).
    void editOwner(Stage stage);
    bool moveTo(Stage stage);
    bool resetOwner(Stage stage);

private:
    Session &m_session;
    AccountDetail m_detail;
    JourneyStrip *m_strip;
    RecordTab *m_stages;
    RecordTab *m_owners;
};

} // namespace karvan
