#include "book/bookview.h"
#include "ui_bookview.h"

#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"
#include "accounts/accountbook.h"
#include "storage/database.h"
#include "domain/errors.h"
#include "health/healthservice.h"
#include "accounts/savedfilters.h"
#include "shell/session.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

// The databases (by path) being scored in the background, so that two views on the same
// database start one job.
QSet<QString> &scoringPaths()
{
    static QSet<QString> paths;
    return paths;
}

QColor bandColor(Band band)
{
    return QColor(bandColorName(band));
}

// Greys the rows of churned accounts (the model's MutedRole).
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(AccountListModel::MutedRole).toBool()) {
            const QColor muted = option->palette.color(QPalette::Disabled, QPalette::Text);
            option->palette.setColor(QPalette::Text, muted);
            option->palette.setColor(QPalette::HighlightedText, muted);
        }
    }
};

// Health as a coloured dot before the band's text (colour AND text).
class BandDelegate : public RowDelegate
{
public:
    using RowDelegate::RowDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        RowDelegate::initStyleOption(option, index);
        const int size = option->fontMetrics.height() - 4;
        QPixmap dot(size, size);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(bandColor(Band(index.data(AccountListModel::BandRole).toInt())));
        p.drawEllipse(0, 0, size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon(dot);
        option->decorationSize = QSize(size, size);
    }
};

} // namespace

BookView::BookView(Session &session, Scope scope, QWidget *parent)
    : QWidget(parent), m_session(session), m_scope(scope), m_ui(std::make_unique<Ui::BookView>()),
      m_model(new AccountListModel(this)), m_filter(new AccountFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setListModel(m_model);
    m_filter->setMineOnly(scope == Scope::MyBook);
    m_filter->setOwnerEmail(session.me());
    m_ui->tableView->setModel(m_filter);
    m_ui->tableView->setItemDelegate(new RowDelegate(this));
    m_ui->tableView->setItemDelegateForColumn(AccountListModel::Health, new BandDelegate(this));
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(false);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(AccountListModel::Name, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {0, 9 * em, 11 * em, 9 * em, 8 * em, 11 * em, 7 * em, 7 * em, 7 * em};
    for (int c = 1; c < AccountListModel::ColumnCount; ++c)
        m_ui->tableView->setColumnWidth(c, widths[c]);
    m_ui->tableView->sortByColumn(AccountListModel::Name, Qt::AscendingOrder);
    m_ui->tableView->installEventFilter(this);
    m_ui->filterEdit->installEventFilter(this);
    setupQuickFilters();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_ui->tableView, &QAbstractItemView::activated, this, &BookView::activate);
    connect(&session, &Session::dataChanged, this, &BookView::reload);
    connect(&session, &Session::accountChanged, this, &BookView::refreshAccount);
    connect(&session, &Session::meChanged, this, [this](const QString &email) {
        m_filter->setOwnerEmail(email);
        updateCount();
    });
    restoreState();
    reload();
    reloadSavedFilters();
    QMetaObject::invokeMethod(this, &BookView::ensureSnapshots, Qt::QueuedConnection);
}

BookView::~BookView()
{
    saveState();
}

void BookView::setupQuickFilters()
{
    m_ui->bandCombo->addItem(tr("Any band"));
    for (Band band : allBands()) {
        m_ui->bandCombo->addItem(bandLabel(band), int(band));
        m_ui->bandCombo->setItemData(m_ui->bandCombo->count() - 1, bandColor(band), Qt::DecorationRole);
    }
    m_ui->statusCombo->addItem(tr("All"), int(AccountFilterSpec::Status::All));
    m_ui->statusCombo->addItem(tr("Active"), int(AccountFilterSpec::Status::Active));
    m_ui->statusCombo->addItem(tr("Churned"), int(AccountFilterSpec::Status::Churned));
    if (m_scope == Scope::MyBook)  // My book holds active accounts only
        m_ui->statusCombo->setEnabled(false);
    connect(m_ui->bandCombo, &QComboBox::currentIndexChanged, this, &BookView::applyQuickFilters);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &BookView::applyQuickFilters);
    connect(m_ui->renewalSpin, &QSpinBox::valueChanged, this, &BookView::applyQuickFilters);
    connect(m_ui->contactSpin, &QSpinBox::valueChanged, this, &BookView::applyQuickFilters);
    connect(m_ui->savedCombo, &QComboBox::activated, this, &BookView::applySavedFilter);
    connect(m_ui->saveButton, &QToolButton::clicked, this, &BookView::saveCurrentFilter);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &BookView::deleteSavedFilter);
}

void BookView::applyQuickFilters()
{
    AccountFilterSpec spec;
    spec.text = m_ui->filterEdit->text();
    const QVariant band = m_ui->bandCombo->currentData();
    if (band.isValid())
        spec.band = Band(band.toInt());
    spec.status = AccountFilterSpec::Status(m_ui->statusCombo->currentData().toInt());
    spec.renewalWithinDays = m_ui->renewalSpin->value();
    spec.notContactedDays = m_ui->contactSpin->value();
    m_filter->setSpec(spec);
    updateCount();
}

void BookView::reload()
{
    QElapsedTimer timer;
    timer.start();
    try {
        m_model->setRows(AccountBook(m_session.connection()).loadBook());
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    updateCount();
    spdlog::info("book view: {} accounts in {} ms", m_model->rowCount(), timer.elapsed());
}

void BookView::refreshAccount(qint64 accountId)
{
    try {
        m_model->updateRow(accountId, AccountBook(m_session.connection()).loadRow(accountId));
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
    }
    updateCount();
}

void BookView::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

int BookView::visibleCount() const
{
    return m_filter->rowCount();
}

void BookView::updateCount()
{
    QString text;
    if (m_scope == Scope::MyBook && m_session.me().isEmpty())
        text = tr("Choose who you are (Settings) to see your book.");
    else if (m_filter->rowCount() == m_model->rowCount())
        text = tr("%1 accounts").arg(QLocale().toString(m_model->rowCount()));
    else
        text = tr("%1 of %2 accounts").arg(QLocale().toString(m_filter->rowCount()),
                                           QLocale().toString(m_model->rowCount()));
    m_ui->countLabel->setText(text);
    Q_EMIT statusMessage(text);
}

void BookView::activate(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        Q_EMIT accountActivated(proxyIndex.data(AccountListModel::AccountIdRole).toLongLong());
}

void BookView::reloadSavedFilters()
{
    m_ui->savedCombo->clear();
    m_ui->savedCombo->addItem(tr("Saved filters…"));
    try {
        for (const SavedFilters::Entry &e : SavedFilters(m_session.connection(), m_session.actor()).list())
            m_ui->savedCombo->addItem(e.name, e.id);
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
    }
    m_ui->deleteButton->setEnabled(false);
}

void BookView::applySavedFilter(int index)
{
    m_ui->deleteButton->setEnabled(index > 0);
    if (index <= 0)
        return;
    const qint64 id = m_ui->savedCombo->itemData(index).toLongLong();
    for (const SavedFilters::Entry &e : SavedFilters(m_session.connection(), m_session.actor()).list()) {
        if (e.id != id)
            continue;
        const QSignalBlocker b1(m_ui->bandCombo), b2(m_ui->renewalSpin), b3(m_ui->contactSpin),
            b4(m_ui->filterEdit), b5(m_ui->statusCombo);
        m_ui->filterEdit->setText(e.spec.text);
        m_ui->bandCombo->setCurrentIndex(e.spec.band ? m_ui->bandCombo->findData(int(*e.spec.band)) : 0);
        m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(e.spec.status)));
        m_ui->renewalSpin->setValue(e.spec.renewalWithinDays);
        m_ui->contactSpin->setValue(e.spec.notContactedDays);
        m_filter->setSpec(e.spec);
        updateCount();
        Q_EMIT statusMessage(tr("Filter \"%1\": %2 accounts").arg(e.name).arg(visibleCount()));
    }
}

void BookView::saveCurrentFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"),
                                               QLineEdit::Normal, m_ui->savedCombo->currentIndex() > 0
                                                   ? m_ui->savedCombo->currentText() : QString(), &ok);
    if (!ok)
        return;
    try {
        SavedFilters(m_session.connection(), m_session.actor()).save(name, m_filter->spec());
    } catch (const DataError &e) {
        QMessageBox::warning(this, tr("Save filter"), e.messages().join(QLatin1Char('\n')));
        return;
    }
    reloadSavedFilters();
    m_ui->savedCombo->setCurrentIndex(m_ui->savedCombo->findText(name.trimmed()));
    m_ui->deleteButton->setEnabled(true);
    Q_EMIT statusMessage(tr("Saved filter \"%1\"").arg(name.trimmed()));
}

void BookView::deleteSavedFilter()
{
    const int index = m_ui->savedCombo->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_ui->savedCombo->currentText();
    SavedFilters(m_session.connection(), m_session.actor()).remove(m_ui->savedCombo->itemData(index).toLongLong());
    reloadSavedFilters();
    Q_EMIT statusMessage(tr("Deleted saved filter \"%1\"").arg(name));
}

// The health now is stored per account (health_current); on a new day (or a new scorecard,
// or accounts never scored) it is brought up to date, and this month's snapshot is recorded
// when missing, in the background on a second connection; the list reloads when it is done.
void BookView::ensureSnapshots()
{
    if (m_snapshotRunning || m_session.database().isReadOnly() || m_model->rowCount() == 0)
        return;
    const QString path = m_session.database().path();
    if (scoringPaths().contains(path))
        return;  // another view started it; dataChanged reloads this one when it is done
    scoringPaths().insert(path);
    m_snapshotRunning = true;
    using Outcome = std::pair<bool, QString>;  // (anything changed, error)
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        scoringPaths().remove(path);
        m_snapshotRunning = false;
        const auto [changed, error] = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT statusMessage(tr("Could not score account health: %1").arg(error));
            return;
        }
        if (!changed)
            return;
        m_session.notifyDataChanged();  // every view (this one too) reloads
        Q_EMIT statusMessage(tr("Account health scored"));
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Outcome {
        try {
            Database db(path);
            const QDate today = QDate::currentDate();
            HealthService health(db.connection());
            const bool stale = health.currentIsStale(today);
            const bool noSnapshot = !AccountBook(db.connection())
                                         .hasSnapshotsFor(today.toString(QStringLiteral("yyyy-MM")));
            if (!stale && !noSnapshot)
                return {false, QString()};
            const std::vector<AccountHealth> all = health.evaluateAll(today);
            if (stale)
                health.storeCurrent(today, all);
            if (noSnapshot)
                health.recordSnapshot(today, all);
            return {true, QString()};
        } catch (const DatabaseError &e) {
            return {false, e.message()};
        } catch (const DataError &e) {
            return {false, e.messages().join(QLatin1Char(' '))};
        }
    }));
}

bool BookView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->filterEdit && key->key() == Qt::Key_Down) {
            m_ui->tableView->setFocus();
            if (!m_ui->tableView->currentIndex().isValid())
                m_ui->tableView->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (watched == m_ui->filterEdit && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_filter->rowCount() > 0) {
            activate(m_filter->index(0, 0));
            return true;
        }
        if (watched == m_ui->filterEdit && key->key() == Qt::Key_Escape) {
            m_ui->filterEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BookView::saveState() const
{
    QSettings settings(QStringLiteral("Karvan"), QStringLiteral("Karvan"));
    const QString key = m_scope == Scope::MyBook ? QStringLiteral("book/mine") : QStringLiteral("book/all");
    settings.setValue(key + QStringLiteral("/header"), m_ui->tableView->horizontalHeader()->saveState());
}

void BookView::restoreState()
{
    QSettings settings(QStringLiteral("Karvan"), QStringLiteral("Karvan"));
    const QString key = m_scope == Scope::MyBook ? QStringLiteral("book/mine") : QStringLiteral("book/all");
    const QByteArray header = settings.value(key + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty())
        m_ui->tableView->horizontalHeader()->restoreState(header);
}

} // namespace karvan
