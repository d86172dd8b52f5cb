#include "handoffs/handoffdialog.h"
#include "domain/storedtext.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "ui_handoffdialog.h"

#include "commands/handoffcommands.h"
#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "shell/session.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace karvan {

namespace {

// The checklist table's columns.
namespace checklistcolumn {
enum Column { Done, Item, Note, By, ColumnCount };
}

QString when(const QString &utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODate);
    return t.isValid() ? display::dateTime(t) : utc;
}

} // namespace

HandoffDialog::HandoffDialog(Session &session, qint64 handoffId, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::HandoffDialog>())
{
    m_ui->setupUi(this);
    m_handoff.id = handoffId;
    m_ui->itemsTable->setColumnCount(checklistcolumn::ColumnCount);
    m_ui->itemsTable->setHorizontalHeaderLabels({tr("Done"), tr("Item"), tr("Note"), tr("Ticked by")});
    m_ui->itemsTable->verticalHeader()->hide();
    m_ui->itemsTable->horizontalHeader()->setSectionResizeMode(
        checklistcolumn::Done, QHeaderView::ResizeToContents);
    m_ui->itemsTable->horizontalHeader()->setSectionResizeMode(
        checklistcolumn::Item, QHeaderView::Interactive);
    m_ui->itemsTable->horizontalHeader()->setSectionResizeMode(
        checklistcolumn::Note, QHeaderView::Stretch);
    m_ui->itemsTable->horizontalHeader()->setSectionResizeMode(
        checklistcolumn::By, QHeaderView::ResizeToContents);
    m_ui->itemsTable->setColumnWidth(checklistcolumn::Item, 380);
    m_ui->itemsTable->setWordWrap(true);
    // Wrapped notes need their rows measured again whenever a column's width changes.
    connect(m_ui->itemsTable->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { m_ui->itemsTable->resizeRowsToContents(); });
    connect(m_ui->itemsTable, &QTableWidget::cellChanged, this, &HandoffDialog::itemChanged);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &HandoffDialog::submit);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &HandoffDialog::accept_);
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            [this] { returnToSales(m_ui->reasonEdit->text()); });
    connect(m_ui->accountButton, &QPushButton::clicked, this, [this] {
        Q_EMIT accountRequested(m_handoff.accountId);
        accept();
    });
    connect(&m_session, &Session::dataChanged, this, &HandoffDialog::reload);
    reload();
}

HandoffDialog::~HandoffDialog() = default;

void HandoffDialog::reload()
{
    const HandoffService service(m_session.connection(), m_session.me());
    m_handoff = service.get(m_handoff.id);
    const Handoff &h = m_handoff;
    setWindowTitle(tr("Hand-off of %1").arg(h.accountName));
    const bool isSales = !m_session.me().isEmpty() && m_session.me() == h.sales;
    const bool isCsm = !m_session.me().isEmpty() && m_session.me() == h.csm;
    const bool editable = isSales && (h.state == QLatin1String("draft") || h.state == QLatin1String("returned"));
    const bool deciding = isCsm && h.state == QLatin1String("submitted");

    const QHash<QString, QString> stateText = {
        {QStringLiteral("draft"), tr("Draft")}, {QStringLiteral("submitted"), tr("Submitted, waiting for the CSM")},
        {QStringLiteral("accepted"), tr("Accepted")}, {QStringLiteral("returned"), tr("Returned to Sales")}};
    QString header = tr("<b>%1</b> (%2): from <b>%3</b> (Sales) to <b>%4</b> (CSM).<br>State: <b>%5</b>%6. Started %7.")
                         .arg(h.accountName.toHtmlEscaped(), h.account.toHtmlEscaped(), h.salesName.toHtmlEscaped(),
                              h.csmName.toHtmlEscaped(), stateText.value(h.state, h.state),
                              h.overdue ? tr(", <span style='color:#b3261e'>overdue</span>") : QString(),
                              when(h.started));
    if (!h.submitted.isEmpty())
        header += tr(" Submitted %1.").arg(when(h.submitted));
    if (!h.decided.isEmpty())
        header += tr(" Decided %1.").arg(when(h.decided));
    m_ui->headerLabel->setText(header);
    m_ui->returnedLabel->setVisible(h.state == QLatin1String("returned"));
    m_ui->returnedLabel->setText(tr("Returned by the CSM: %1").arg(h.lastReason));

    m_filling = true;
    m_ui->itemsTable->setRowCount(int(h.items.size()));
    for (const HandoffItem &item : h.items) {
        const int row = item.n - 1;
        auto *done = new QTableWidgetItem;
        done->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        done->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
        // While Sales fills it in, each item says what to write under it.
        const QString help = display::storedText(item.help);
        QString label = QStringLiteral("%1. %2%3").arg(display::number(item.n), display::storedText(item.text),
                                                        item.required ? tr(" (required)") : QString());
        if (editable && !help.isEmpty())
            label += QLatin1Char('\n') + help;
        auto *text = new QTableWidgetItem(label);
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        text->setToolTip(help);
        if (item.required) {
            QFont bold = text->font();
            bold.setBold(true);
            text->setFont(bold);
        }
        auto *note = new QTableWidgetItem(item.note);
        note->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        note->setToolTip(help);
        auto *by = new QTableWidgetItem(item.done ? tr("%1, %2", "who ticked the item, when").arg(item.by, when(item.at)) : QString());
        by->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_ui->itemsTable->setItem(row, checklistcolumn::Done, done);
        m_ui->itemsTable->setItem(row, checklistcolumn::Item, text);
        m_ui->itemsTable->setItem(row, checklistcolumn::Note, note);
        m_ui->itemsTable->setItem(row, checklistcolumn::By, by);
    }
    m_ui->itemsTable->resizeRowsToContents();
    m_filling = false;

    QStringList missing = h.missingRequired();
    for (QString &text : missing)
        text = display::storedText(text);
    if (h.state == QLatin1String("draft") || h.state == QLatin1String("returned")) {
        m_ui->missingLabel->setText(missing.isEmpty()
            ? tr("Every required item is done: it can be submitted.")
            : tr("Missing before it can be submitted: %1").arg(missing.join(QStringLiteral("; "))));
    } else {
        m_ui->missingLabel->clear();
    }
    m_ui->submitButton->setVisible(isSales && h.state != QLatin1String("accepted") && h.state != QLatin1String("submitted"));
    m_ui->submitButton->setEnabled(editable && missing.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->reasonLabel, m_ui->reasonEdit, m_ui->returnButton,
                                                         m_ui->acceptButton})
        w->setVisible(deciding);

    QStringList history;
    const QHash<QString, QString> actionText = {
        {QStringLiteral("start"), tr("started")}, {QStringLiteral("tick"), tr("ticked an item")},
        {QStringLiteral("untick"), tr("unticked an item")}, {QStringLiteral("submit"), tr("submitted")},
        {QStringLiteral("accept"), tr("accepted")}, {QStringLiteral("return"), tr("returned it")}};
    for (const HandoffEvent &e : h.events) {
        history << QStringLiteral("%1  %2 %3%4").arg(when(e.at), e.by, actionText.value(e.action, e.action),
                                                     e.reason.isEmpty() ? QString() : QStringLiteral(": ") + e.reason);
    }
    m_ui->historyText->setPlainText(history.join(QLatin1Char('\n')));
}

void HandoffDialog::itemChanged(int row, int column)
{
    if (m_filling || row < 0 || row >= int(m_handoff.items.size()))
        return;
    const HandoffItem item = m_handoff.items[size_t(row)];
    if (column == checklistcolumn::Done)
        setItem(item.n,
            m_ui->itemsTable->item(row, checklistcolumn::Done)->checkState() == Qt::Checked,
            item.note);
    else if (column == checklistcolumn::Note)
        setItem(item.n, item.done,
            m_ui->itemsTable->item(row, checklistcolumn::Note)->text().trimmed());
}

bool HandoffDialog::setItem(int n, bool done, const QString &note)
{
    if (n < 1 || n > int(m_handoff.items.size()))
        return false;
    const HandoffItem &item = m_handoff.items[size_t(n - 1)];
    if (item.done == done && item.note == note)
        return true;
    auto command = std::make_unique<HandoffItemCommand>(m_session, m_handoff.id, n, item.done, item.note, done, note);
    const bool ok = step([&] { command->runFirst(); });
    if (ok)
        m_session.undoStack()->push(command.release());
    return ok;
}

bool HandoffDialog::step(const std::function<void()> &action)
{
    try {
        action();
    } catch (const DataError &e) {
        QMessageBox::warning(this, windowTitle(), e.messages().join(QLatin1Char('\n')));
        reload();
        return false;
    }
    return true;
}

bool HandoffDialog::submit()
{
    const bool ok = step([this] { HandoffService(m_session.connection(), m_session.me()).submit(m_handoff.id); });
    if (ok)
        m_session.notifyDataChanged();
    return ok;
}

bool HandoffDialog::accept_()
{
    const bool ok = step([this] { HandoffService(m_session.connection(), m_session.me()).accept(m_handoff.id); });
    if (ok)
        m_session.notifyDataChanged();
    return ok;
}

bool HandoffDialog::returnToSales(const QString &reason)
{
    const bool ok = step([&] {
        HandoffService(m_session.connection(), m_session.me()).returnToSales(m_handoff.id, reason);
    });
    if (ok) {
        m_ui->reasonEdit->clear();
        m_session.notifyDataChanged();
    }
    return ok;
}

} // namespace karvan
