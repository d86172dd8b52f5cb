#include "dashboard/periodselector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace karvan {

namespace {

enum Preset { Last12, Last6, Last3, YearToDate, Custom };

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this))
{
    m_preset->addItem(tr("Last 12 months"), Last12);
    m_preset->addItem(tr("Last 6 months"), Last6);
    m_preset->addItem(tr("Last 3 months"), Last3);
    m_preset->addItem(tr("Year to date"), YearToDate);
    m_preset->addItem(tr("Custom"), Custom);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_preset);
    layout->addWidget(new QLabel(tr("from"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_setting)
                return;
            m_setting = true;
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            m_setting = false;
            emitIfValid();
        });
    }
    applyPreset();
}

MetricsPeriod PeriodSelector::period() const
{
    return MetricsPeriod(firstOfMonth(m_from->date()), firstOfMonth(m_to->date()));
}

void PeriodSelector::setPeriod(const MetricsPeriod &period)
{
    m_setting = true;
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    m_from->setDate(period.fromMonth());
    m_to->setDate(period.toMonth());
    m_setting = false;
    emitIfValid();
}

void PeriodSelector::applyPreset()
{
    if (m_setting)
        return;
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    QDate from;
    switch (m_preset->currentData().toInt()) {
    case Last12: from = thisMonth.addMonths(-11); break;
    case Last6: from = thisMonth.addMonths(-5); break;
    case Last3: from = thisMonth.addMonths(-2); break;
    case YearToDate: from = QDate(thisMonth.year(), 1, 1); break;
    default: return;
    }
    m_setting = true;
    m_from->setDate(from);
    m_to->setDate(thisMonth);
    m_setting = false;
    emitIfValid();
}

void PeriodSelector::emitIfValid()
{
    if (firstOfMonth(m_from->date()) <= firstOfMonth(m_to->date()))
        Q_EMIT periodChanged(period());
}

} // namespace karvan
