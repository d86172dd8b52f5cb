#include "dashboard/teamstagestable.h"

#include "domain/displaymoney.h"
#include "domain/fixedlists.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace karvan {

TeamStagesTable::TeamStagesTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("teamStagesTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setColumnCount(int(kAllStages.size()));
    QStringList headers;
    for (Stage s : kAllStages)
        headers << stageLabel(s);
    setHorizontalHeaderLabels(headers);
    setToolTip(tr("Accounts and MRR each team owns at each stage; open a cell to see its accounts"));
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (const qint64 id = showAccountsAt(row, column))
            Q_EMIT accountActivated(id);
    });
}

void TeamStagesTable::setCells(const std::vector<TeamStageCell> &cells, const QHash<qint64, QString> &names)
{
    m_cells.clear();
    m_names = names;
    QStringList teams;
    QHash<QString, int> rowOf;
    for (const TeamStageCell &c : cells) {
        if (!rowOf.contains(c.teamKey)) {
            rowOf.insert(c.teamKey, int(teams.size()));
            teams << c.teamName;
        }
    }
    clearContents();
    setRowCount(int(teams.size()));
    setVerticalHeaderLabels(teams);
    const QLocale locale;
    for (const TeamStageCell &c : cells) {
        const int row = rowOf.value(c.teamKey);
        const int column = stageIndex(c.stage);
        m_cells.insert({row, column}, c);
        auto *item = new QTableWidgetItem(tr("%1 accounts\n%2").arg(locale.toString(c.accounts), display::money(c.mrrMinor)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(tr("%1 at %2: %3 accounts, MRR %4")
                             .arg(c.teamName, stageLabel(c.stage), locale.toString(c.accounts), display::money(c.mrrMinor)));
        setItem(row, column, item);
    }
    resizeRowsToContents();
}

std::vector<qint64> TeamStagesTable::accountsAt(int row, int column) const
{
    const auto it = m_cells.constFind({row, column});
    return it == m_cells.constEnd() ? std::vector<qint64>{} : it->accountIds;
}

qint64 TeamStagesTable::showAccountsAt(int row, int column)
{
    const auto it = m_cells.constFind({row, column});
    if (it == m_cells.constEnd())
        return 0;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 at %2").arg(it->teamName, stageLabel(it->stage)));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("cellAccounts"));
    for (qint64 id : it->accountIds) {
        auto *line = new QListWidgetItem(m_names.value(id, QString::number(id)), list);
        line->setData(Qt::UserRole, id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%1 accounts, MRR %2. Open one to see it.")
                                     .arg(QLocale().toString(it->accounts), display::money(it->mrrMinor)), &dialog));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    list->setCurrentRow(0);
    dialog.resize(480, 420);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return 0;
    return list->currentItem()->data(Qt::UserRole).toLongLong();
}

} // namespace karvan
