#include "dashboard/matrixfilterbar.h"

#include "domain/fixedlists.h"
#include "people/peoplestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace karvan {

MatrixFilterBar::MatrixFilterBar(QWidget *parent)
    : QWidget(parent), m_clear(new QToolButton(this)), m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stage = addCombo(tr("S&tage:"), QStringLiteral("matrixStageFilter"));
    m_team = addCombo(tr("T&eam:"), QStringLiteral("matrixTeamFilter"));
    m_owner = addCombo(tr("&Owner:"), QStringLiteral("matrixOwnerFilter"));
    m_segment = addCombo(tr("Se&gment:"), QStringLiteral("matrixSegmentFilter"));
    m_model = addCombo(tr("&Model:"), QStringLiteral("matrixModelFilter"));
    m_band = addCombo(tr("&Band:"), QStringLiteral("matrixBandFilter"));
    m_team->setToolTip(tr("Accounts where this team owns or supports a stage (the chosen stage, or any)"));
    m_owner->setToolTip(tr("Accounts where this person is the named owner of a stage (the chosen stage, or any)"));
    m_stage->setToolTip(tr("Accounts at this stage now"));
    m_band->setToolTip(tr("The band the book shows now"));

    m_stage->addItem(tr("All stages"));
    for (Stage s : kAllStages)
        m_stage->addItem(stageLabel(s), stageIndex(s));
    m_model->addItem(tr("All models"));
    for (int i = 0; i < businessModels().size(); ++i)
        m_model->addItem(businessModels().label(i), businessModels().key(i));
    m_band->addItem(tr("All bands"));
    for (Band b : allBands())
        m_band->addItem(bandLabel(b), int(b));
    setChoices({}, {}, {});

    m_clear->setObjectName(QStringLiteral("matrixClearFilter"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Clear every filter of the matrix"));
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    layout->addWidget(m_clear);
    layout->addStretch(1);
    m_count->setObjectName(QStringLiteral("matrixCount"));
    layout->addWidget(m_count);
}

QComboBox *MatrixFilterBar::addCombo(const QString &label, const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(220);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(combo);
    layout()->addWidget(buddy);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_clear->setEnabled(!filter().isEmpty());
        Q_EMIT filterChanged();
    });
    return combo;
}

void MatrixFilterBar::select(QComboBox *combo, const QVariant &value)
{
    const int at = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void MatrixFilterBar::setChoices(const QList<Team> &teams, const QList<Person> &people, const QStringList &segments)
{
    const OwnershipMatrixFilter before = filter();
    m_filling = true;
    m_team->clear();
    m_team->addItem(tr("All teams"));
    for (const Team &t : teams)
        m_team->addItem(t.name, t.key);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    for (const Person &p : people)
        m_owner->addItem(p.active ? p.name : tr("%1 (inactive)").arg(p.name), p.id);
    m_segment->clear();
    m_segment->addItem(tr("All segments"));
    for (const QString &s : segments)
        m_segment->addItem(s, s);
    m_filling = false;
    setFilter(before);
}

OwnershipMatrixFilter MatrixFilterBar::filter() const
{
    OwnershipMatrixFilter f;
    if (m_stage->currentIndex() > 0)
        f.stage = kAllStages[size_t(m_stage->currentData().toInt())];
    if (m_team->currentIndex() > 0)
        f.teamKey = m_team->currentData().toString();
    if (m_owner->currentIndex() > 0)
        f.personId = m_owner->currentData().toLongLong();
    if (m_segment->currentIndex() > 0)
        f.segment = m_segment->currentData().toString();
    if (m_model->currentIndex() > 0)
        f.model = m_model->currentData().toString();
    if (m_band->currentIndex() > 0)
        f.band = Band(m_band->currentData().toInt());
    return f;
}

void MatrixFilterBar::setFilter(const OwnershipMatrixFilter &f)
{
    const OwnershipMatrixFilter before = filter();
    m_filling = true;
    select(m_stage, f.stage ? QVariant(stageIndex(*f.stage)) : QVariant());
    select(m_team, f.teamKey.isEmpty() ? QVariant() : QVariant(f.teamKey));
    select(m_owner, f.personId ? QVariant(*f.personId) : QVariant());
    select(m_segment, f.segment.isEmpty() ? QVariant() : QVariant(f.segment));
    select(m_model, f.model.isEmpty() ? QVariant() : QVariant(f.model));
    select(m_band, f.band ? QVariant(int(*f.band)) : QVariant());
    m_filling = false;
    m_clear->setEnabled(!filter().isEmpty());
    if (filter() != before)
        Q_EMIT filterChanged();
}

void MatrixFilterBar::setCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 accounts").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace karvan
