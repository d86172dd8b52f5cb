#include "shell/navigationpane.h"

#include <QIcon>
#include <QListWidget>
#include <QVBoxLayout>

namespace karvan {

NavigationPane::NavigationPane(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    struct Entry { QString name; QString icon; QString tip; };
    const Entry entries[] = {
        {tr("My day"), QStringLiteral("myday"), tr("Your open tasks: what is overdue, due today, this week, later")},
        {tr("My book"), QStringLiteral("mybook"), tr("The accounts you own at their current stage (Ctrl+1)")},
        {tr("All accounts"), QStringLiteral("accounts"), tr("Every account (Ctrl+2)")},
        {tr("Hand-offs"), QStringLiteral("handoffs"), tr("Sales-to-CSM hand-offs (Ctrl+3)")},
        {tr("Dashboard"), QStringLiteral("dashboard"), tr("The ownership matrix, gaps and load per owner (Ctrl+4)")},
        {tr("People & teams"), QStringLiteral("people"), tr("People, teams and the ownership template (Ctrl+5)")},
        {tr("Settings"), QStringLiteral("settings"), tr("Who am I, and the health scorecard (Ctrl+6)")},
    };
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(e.icon)), e.name, m_list);
        item->setToolTip(e.tip);
        m_names << e.name;
    }
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Navigation"));
    m_list->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT placeRequested(Place(row));
    });
    setMinimumWidth(150);
}

void NavigationPane::setCurrent(Place place)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(int(place));
}

NavigationPane::Place NavigationPane::current() const
{
    return Place(std::max(0, m_list->currentRow()));
}

void NavigationPane::setBadge(Place place, const QString &text)
{
    QListWidgetItem *item = m_list->item(int(place));
    if (!item)
        return;
    const QString name = m_names.value(int(place));
    item->setText(text.isEmpty() ? name : QStringLiteral("%1  (%2)").arg(name, text));
}

} // namespace karvan
