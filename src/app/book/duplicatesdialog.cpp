#include "book/duplicatesdialog.h"

#include "ui_duplicatesdialog.h"

#include "domain/errors.h"
#include "commands/mergecommand.h"
#include "shell/session.h"

#include <QHeaderView>
#include <QUndoStack>

namespace karvan {

DuplicatesDialog::DuplicatesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DuplicatesDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Accounts that are probably the same customer: similar names once case, "
                                 "punctuation and legal forms (Ltd, Inc, شرکت) are set aside, or the same "
                                 "domain or tax id. Pick a pair, choose the record to keep, and merge."));
    m_ui->mergeNote->setText(tr("Everything of the other record moves to the one kept: interactions, tickets, "
                                "surveys, costs, goals, contacts, owners and history. Revenue months both "
                                "have are summed; for usage, fields and stage owners both have, the kept "
                                "record's values win and the others are written in a note. Edit > Undo "
                                "restores both records."));
    m_ui->mergeNote->setForegroundRole(QPalette::PlaceholderText);
    QHeaderView *header = m_ui->pairsTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_ui->pairsTree, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateChoice);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DuplicatesDialog::refresh);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
}

DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::refresh()
{
    try {
        m_pairs = DuplicateFinder(m_session.connection()).find();
    } catch (const DatabaseError &e) {
        m_pairs.clear();
        m_ui->statusLabel->setText(e.message());
    }
    m_ui->pairsTree->clear();
    const QLocale locale;
    for (const DuplicatePair &p : std::as_const(m_pairs)) {
        auto *item = new QTreeWidgetItem(m_ui->pairsTree);
        item->setText(0, QStringLiteral("%1  %2").arg(p.firstExtId, p.firstName));
        item->setText(1, QStringLiteral("%1  %2").arg(p.secondExtId, p.secondName));
        item->setText(2, p.reasons.join(QStringLiteral(", ")));
        item->setToolTip(2, item->text(2));
        item->setText(3, locale.toString(p.score, 'f', 2));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_ui->statusLabel->setText(m_pairs.isEmpty() ? tr("No likely duplicates found.")
                                                 : tr("Likely duplicate pairs: %1.").arg(m_pairs.size()));
    if (!m_pairs.isEmpty())
        selectPair(0);
    updateChoice();
}

void DuplicatesDialog::selectPair(int row)
{
    m_ui->pairsTree->setCurrentItem(m_ui->pairsTree->topLevelItem(row));
}

void DuplicatesDialog::setKeepFirst(bool keepFirst)
{
    (keepFirst ? m_ui->keepFirstRadio : m_ui->keepSecondRadio)->setChecked(true);
}

void DuplicatesDialog::updateChoice()
{
    const int row = m_ui->pairsTree->indexOfTopLevelItem(m_ui->pairsTree->currentItem());
    const bool have = row >= 0 && row < m_pairs.size();
    m_ui->keepBox->setEnabled(have);
    m_ui->mergeButton->setEnabled(have);
    if (!have) {
        m_ui->keepFirstRadio->setText(QString());
        m_ui->keepSecondRadio->setText(QString());
        return;
    }
    const DuplicatePair &p = m_pairs.at(row);
    m_ui->keepFirstRadio->setText(tr("%1  %2 (the older record)").arg(p.firstExtId, p.firstName));
    m_ui->keepSecondRadio->setText(QStringLiteral("%1  %2").arg(p.secondExtId, p.secondName));
}

bool DuplicatesDialog::mergeSelected()
{
    const int row = m_ui->pairsTree->indexOfTopLevelItem(m_ui->pairsTree->currentItem());
    if (row < 0 || row >= m_pairs.size())
        return false;
    const DuplicatePair p = m_pairs.at(row);
    const bool keepFirst = m_ui->keepFirstRadio->isChecked();
    auto *command = keepFirst ? new MergeCommand(m_session, p.firstId, p.firstExtId, p.secondId, p.secondExtId)
                              : new MergeCommand(m_session, p.secondId, p.secondExtId, p.firstId, p.firstExtId);
    if (!pushEdit(m_session, command, this))
        return false;
    // The command is on the stack now and owned by it; it is the last one pushed.
    const auto *done = static_cast<const MergeCommand *>(m_session.undoStack()->command(m_session.undoStack()->index() - 1));
    const QString summary = done ? done->summary() : QString();
    refresh();
    m_ui->statusLabel->setText(summary);
    Q_EMIT statusMessage(summary);
    return true;
}

} // namespace karvan
