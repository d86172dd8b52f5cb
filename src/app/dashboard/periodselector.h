#pragma once

#include "metrics/metricsperiod.h"

#include <QWidget>

class QDateEdit;
class QComboBox;

namespace karvan {

// Chooses a period of whole months: a preset (the last 3, 6 or 12 months, the year to date)
// or any first and last month.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    MetricsPeriod period() const;
    void setPeriod(const MetricsPeriod &period);

Q_SIGNALS:
    void periodChanged(const karvan::MetricsPeriod &period);

private:
    void applyPreset();
    void emitIfValid();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_setting = false;
};

} // namespace karvan
