#include "handoffs/handoffqualitytable.h"

#include "handoffs/handoff.h"

#include <QHeaderView>
#include <QLocale>

namespace karvan {

HandoffQualityTable::HandoffQualityTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("handoffQualityTable"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Role"), tr("Person"), tr("Started"), tr("Accepted"), tr("Returned"),
                     tr("Median days to accept"), tr("Overdue now"), tr("Why returned")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(Reasons, QHeaderView::Stretch);
}

void HandoffQualityTable::display(const HandoffQuality &quality)
{
    clear();
    const QLocale locale;
    const std::pair<QString, const std::vector<HandoffQualityRow> *> sides[] = {
        {tr("Sales"), &quality.sales}, {tr("CSM"), &quality.csms}};
    for (const auto &[role, rows] : sides) {
        for (const HandoffQualityRow &r : *rows) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(Role, role);
            item->setText(Person, r.name.isEmpty() ? r.email : r.name);
            item->setToolTip(Person, r.email);
            item->setText(Started, locale.toString(r.started));
            item->setText(Accepted, locale.toString(r.accepted));
            item->setText(Returned, locale.toString(r.returned));
            item->setText(Median, r.medianDaysToAccept ? locale.toString(*r.medianDaysToAccept, 'f', 1) : tr("-"));
            item->setText(Overdue, locale.toString(r.overdueNow));
            // A reason keeps its own direction in a right-to-left window: an English one ends
            // with its "?" at its end (left-to-right marks around it), a Persian one as written.
            QStringList reasons;
            for (const QString &reason : r.returnReasons)
                reasons << (reason.isRightToLeft() ? reason : QStringLiteral("\u200e%1\u200e").arg(reason));
            item->setText(Reasons, reasons.join(QStringLiteral("; ")));
            item->setToolTip(Reasons, r.returnReasons.join(QLatin1Char('\n')));
            for (int c = Started; c <= Overdue; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int c = 0; c < Reasons; ++c)
        resizeColumnToContents(c);
}

} // namespace karvan
