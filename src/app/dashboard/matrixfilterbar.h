#pragma once

#include "models/ownershipmatrixfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace karvan {

struct Person;
struct Team;

// The row of choices above the accounts x stages matrix: stage, team, owner, segment, model
// and band, each with "All ..." first, and the count of accounts shown. The choices come from
// the core (the stages and bands, the business models' fixed list, the people, the teams, the
// matrix's segments); what matches is OwnershipMatrixFilter's rule. Refreshing the choices
// keeps what is chosen.
class MatrixFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixFilterBar(QWidget *parent = nullptr);

    // New lists of people, teams and segments; the current choices stay when still listed.
    void setChoices(const QList<Team> &teams, const QList<Person> &people, const QStringList &segments);
    OwnershipMatrixFilter filter() const;
    void setFilter(const OwnershipMatrixFilter &filter);
    void setCount(int shown, int total);

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *addCombo(const QString &label, const QString &name);
    static void select(QComboBox *combo, const QVariant &value);

    QToolButton *m_clear;
    QLabel *m_count;
    QComboBox *m_stage = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_band = nullptr;
    bool m_filling = false;
};

} // namespace karvan
