#pragma once

#include <QTreeWidget>

namespace karvan {

struct HandoffQuality;

// The hand-off quality figures (HandoffService::quality()): one line per Sales person and per
// CSM with hand-offs started, accepted, returned, the median days to accept, those overdue now
// and why they were returned. Shown in the Hand-offs inbox and on the dashboard.
class HandoffQualityTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Role, Person, Started, Accepted, Returned, Median, Overdue, Reasons, ColumnCount };

    explicit HandoffQualityTable(QWidget *parent = nullptr);
    void display(const HandoffQuality &quality);
};

} // namespace karvan
