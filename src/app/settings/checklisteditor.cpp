#include "settings/checklisteditor.h"

#include "domain/displaymoney.h"

#include "domain/errors.h"
#include "domain/storedtext.h"
#include "shell/session.h"

#include <QCoreApplication>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace karvan {

namespace {

// A default item shows in the reader's language (display::storedText) and keeps its stored
// English text, which is saved back unless the user changed what is shown.
QTableWidgetItem *shownItem(const QString &stored)
{
    auto *item = new QTableWidgetItem(display::storedText(stored));
    item->setData(Qt::UserRole, stored);
    return item;
}

QString storedText(const QTableWidgetItem *item)
{
    const QString stored = item->data(Qt::UserRole).toString();
    return item->text() == display::storedText(stored) ? stored : item->text();
}

enum Column { Text, Required, Help, ColumnCount };

// Replacing the checklist template, undoable.
class ChecklistCommand : public QUndoCommand
{
public:
    ChecklistCommand(Session &session, std::vector<ChecklistItem> items)
        : m_session(session), m_new(std::move(items))
    {
        setText(QCoreApplication::translate("karvan::ChecklistEditor", "Edit the hand-off checklist"));
    }
    void runFirst()
    {
        m_old = ChecklistStore(m_session.connection(), m_session.actor()).setItems(m_new);
        m_skip = true;
    }
    void redo() override
    {
        if (m_skip) {
            m_skip = false;
            return;
        }
        ChecklistStore(m_session.connection(), m_session.actor()).setItems(m_new);
        m_session.notifyDataChanged();
    }
    void undo() override
    {
        ChecklistStore(m_session.connection(), m_session.actor()).setItems(m_old);
        m_session.notifyDataChanged();
    }

private:
    Session &m_session;
    std::vector<ChecklistItem> m_new;
    std::vector<ChecklistItem> m_old;
    bool m_skip = false;
};

} // namespace

ChecklistEditor::ChecklistEditor(Session &session, QWidget *parent)
    : QGroupBox(tr("Hand-off checklist"), parent), m_session(session), m_table(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Required"), tr("Help text")});
    m_table->verticalHeader()->setSectionsClickable(false);
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Required, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Help, QHeaderView::Stretch);
    m_table->setColumnWidth(Text, 360);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(220);
    auto *add = new QPushButton(tr("&Add item"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    auto *saveButton = new QPushButton(tr("Sa&ve checklist"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(saveButton);
    auto *intro = new QLabel(tr("What Sales fills in when handing a signed customer to a CSM. Required items must be "
                                "done before a hand-off can be submitted; a hand-off keeps the checklist it started with."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    // Row numbers in the reader's digits (a table's own numbers are ASCII).
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, &ChecklistEditor::renumber);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &ChecklistEditor::renumber);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        addRow({tr("New item"), QString(), true}, row);
        m_table->setCurrentCell(row, Text);
        m_table->editItem(m_table->item(row, Text));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(saveButton, &QPushButton::clicked, this, &ChecklistEditor::save);
    connect(&m_session, &Session::dataChanged, this, &ChecklistEditor::reload);
    reload();
}

void ChecklistEditor::addRow(const ChecklistItem &item, int row)
{
    m_table->insertRow(row);
    m_table->setItem(row, Text, shownItem(item.text));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    required->setCheckState(item.required ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Required, required);
    m_table->setItem(row, Help, shownItem(item.help));
}

void ChecklistEditor::renumber()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(display::number(qint64(row + 1))));
}

void ChecklistEditor::reload()
{
    m_table->setRowCount(0);
    const std::vector<ChecklistItem> all = ChecklistStore(m_session.connection(), m_session.actor()).items();
    for (const ChecklistItem &item : all)
        addRow(item, m_table->rowCount());
    m_status->clear();
}

std::vector<ChecklistItem> ChecklistEditor::items() const
{
    std::vector<ChecklistItem> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        out.push_back({storedText(m_table->item(row, Text)), storedText(m_table->item(row, Help)),
                       m_table->item(row, Required)->checkState() == Qt::Checked});
    }
    return out;
}

void ChecklistEditor::move(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    std::vector<ChecklistItem> all = items();
    std::swap(all[size_t(row)], all[size_t(to)]);
    m_table->setRowCount(0);
    for (const ChecklistItem &item : all)
        addRow(item, m_table->rowCount());
    m_table->setCurrentCell(to, Text);
}

bool ChecklistEditor::save()
{
    auto command = std::make_unique<ChecklistCommand>(m_session, items());
    try {
        command->runFirst();
    } catch (const DataError &e) {
        QMessageBox::warning(this, title(), e.messages().join(QLatin1Char('\n')));
        return false;
    }
    m_session.undoStack()->push(command.release());
    m_session.notifyDataChanged();
    m_status->setText(tr("Saved: new hand-offs use this checklist."));
    return true;
}

} // namespace karvan
