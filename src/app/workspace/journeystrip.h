#pragma once

#include "domain/accountdetail.h"

#include <QFrame>
#include <QWidget>

#include <vector>

class QLabel;

namespace karvan {

// The six journey stages side by side: the current stage highlighted, each stage's owner and
// supporting teams; a value that follows the template is shown greyed with "(template)".
// Click (or Enter) a stage to edit its owner; its context menu moves the account to the
// stage or resets the owner to the template.
class JourneyStrip : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyStrip(QWidget *parent = nullptr);

    void setAccount(const AccountDetail &detail);
    // The text shown for a stage (tests read it).
    QString stageText(Stage stage) const;

Q_SIGNALS:
    void editOwnerRequested(karvan::Stage stage);
    void moveRequested(karvan::Stage stage);
    void resetRequested(karvan::Stage stage);

private:
    class Card;
    std::vector<Card *> m_cards;
};

} // namespace karvan
