#include "dashboard/ownershippanel.h"
#include "dashboard/matrixfilterbar.h"
#include "dashboard/teamstagestable.h"
#include "models/ownershipgapsmodel.h"
#include "models/ownershipmatrixfiltermodel.h"
#include "storage/database.h"

#include <QTabWidget>
#include "domain/displaymoney.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "models/ownershipmatrixmodel.h"
#include "ownership/ownershipmatrix.h"
#include "people/peoplestore.h"
#include "shell/session.h"
#include "commands/settingcommand.h"
#include "commands/reassigncommand.h"

#include <QInputDialog>
#include <QPushButton>
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QUndoStack>

#include <QFont>
#include <QIdentityProxyModel>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QElapsedTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

// The matrix model's roles as fonts and colours: the current stage in bold, gaps in red, the
// rest greyed.
class MatrixStyle : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        switch (role) {
        case Qt::FontRole:
            if (index.data(OwnershipMatrixModel::CurrentStageRole).toBool()) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            if (index.data(OwnershipMatrixModel::MutedRole).toBool())
                return QPalette().brush(QPalette::PlaceholderText);
            return {};
        case Qt::BackgroundRole:
            if (index.data(OwnershipMatrixModel::GapRole).toBool())
                return QColor(0xf8, 0xd7, 0xda);
            return {};
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

// A line of the load table that sorts its number columns by value, not by their text.
class LoadItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 0)
            return QTreeWidgetItem::operator<(other);
        return data(column, Qt::UserRole).toDouble() < other.data(column, Qt::UserRole).toDouble();
    }
};

// The gaps, sorted by their SortRole, the problem at a current stage in red.
class GapsStyle : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == OwnershipGapsModel::Problem
            && index.data(OwnershipGapsModel::CurrentRole).toBool())
            return QColor(0xb3, 0x26, 0x1e);
        return QSortFilterProxyModel::data(index, role);
    }
};

// Everything the tab shows, read on this thread's own read-only connection.
OwnershipTabData loadOwnershipTab(const QString &path)
{
    OwnershipTabData d;
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.create = false;
        const Database db(path, options);
        QSqlDatabase connection = db.connection();
        const bool snapshot = connection.transaction(); // one consistent read
        auto matrix = std::make_shared<OwnershipMatrix>(connection);
        matrix->build();
        matrix->releaseConnection();
        d.names.reserve(int(matrix->accounts().size()));
        for (const AccountOwners &a : matrix->accounts())
            d.names.insert(a.accountId, QStringLiteral("%1  %2").arg(a.extId, a.name));
        d.matrix = std::move(matrix);
        const PeopleStore people(connection, QString());
        d.teams = people.teams();
        d.people = people.people();
        if (snapshot)
            connection.rollback();
    } catch (const DatabaseError &e) {
        d.error = e.message();
    } catch (const DataError &e) {
        d.error = e.messages().join(QLatin1Char('\n'));
    }
    return d;
}

} // namespace

OwnershipPanel::OwnershipPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new OwnershipMatrixModel(this)),
      m_filter(new OwnershipMatrixFilterModel(this)), m_filterBar(new MatrixFilterBar(this)),
      m_table(new QTableView(this)),
      m_gapsModel(new OwnershipGapsModel(this)), m_gaps(new QTreeView(this)), m_load(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_filter->setMatrixModel(m_model);
    auto *style = new MatrixStyle(this);
    style->setSourceModel(m_filter);
    m_table->setModel(style);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    // The account's name whole (the rows on screen measured, up to a third of a wide window).
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMaximumSectionSize(340);

    auto *gapsStyle = new GapsStyle(this);
    gapsStyle->setSourceModel(m_gapsModel);
    gapsStyle->setSortRole(OwnershipGapsModel::SortRole);
    m_gaps->setModel(gapsStyle);
    m_gaps->setObjectName(QStringLiteral("gapsList"));
    m_gaps->setRootIsDecorated(false);
    m_gaps->setAlternatingRowColors(true);
    m_gaps->setUniformRowHeights(true);
    m_gaps->header()->setStretchLastSection(false);
    m_gaps->header()->setSectionResizeMode(OwnershipGapsModel::Account, QHeaderView::Interactive);
    m_gaps->header()->setSectionResizeMode(OwnershipGapsModel::Problem, QHeaderView::Stretch);
    m_load->setHeaderLabels({tr("Owner"), tr("Accounts"), tr("MRR"), tr("Red")});
    m_load->setRootIsDecorated(false);
    m_load->setAlternatingRowColors(true);
    m_load->setUniformRowHeights(true);
    m_load->setSortingEnabled(true);
    m_gaps->setSortingEnabled(true);
    m_gaps->sortByColumn(-1, Qt::AscendingOrder);
    m_load->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *bottom = new QSplitter(Qt::Horizontal, m_splitter);
    auto *gapsBox = new QWidget(bottom);
    auto *gapsLayout = new QVBoxLayout(gapsBox);
    gapsLayout->setContentsMargins(0, 0, 0, 0);
    gapsLayout->addWidget(new QLabel(tr("<b>Gaps</b> at each account's current stage and the stages ahead"), gapsBox));
    gapsLayout->addWidget(m_gaps);
    auto *loadBox = new QWidget(bottom);
    auto *loadLayout = new QVBoxLayout(loadBox);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    auto *loadTitle = new QHBoxLayout;
    loadTitle->addWidget(new QLabel(tr("<b>Load</b> per owner (current stages)"), loadBox), 1);
    m_bookSize = new QSpinBox(loadBox);
    m_bookSize->setObjectName(QStringLiteral("bookSizeSpin"));
    m_bookSize->setRange(0, 100000);
    m_bookSize->setToolTip(tr("An owner with more active accounts than this is marked as overloaded"));
    auto *bookSizeLabel = new QLabel(tr("&Warn above:"), loadBox);
    bookSizeLabel->setBuddy(m_bookSize);
    m_bookSize->setSuffix(tr(" accounts"));
    loadTitle->addWidget(bookSizeLabel);
    loadTitle->addWidget(m_bookSize);
    loadLayout->addLayout(loadTitle);
    m_reassign = new QPushButton(tr("&Reassign…"), loadBox);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setToolTip(tr("Hand every stage the chosen owner holds on active accounts to someone else (undoable)"));
    m_reassign->setEnabled(false);
    loadLayout->addWidget(m_load);
    loadLayout->addWidget(m_reassign, 0, Qt::AlignRight);
    connect(m_load, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_reassign->setEnabled(item != nullptr); });
    connect(m_reassign, &QPushButton::clicked, this, &OwnershipPanel::askReassign);
    // Accounts x stages (owner per cell) and teams x stages (accounts and MRR per team).
    m_views = new QTabWidget(m_splitter);
    m_views->setObjectName(QStringLiteral("matrixViews"));
    m_views->setDocumentMode(true);
    auto *matrixPage = new QWidget(m_views);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(0, 4, 0, 0);
    m_filterBar->setParent(matrixPage);
    matrixLayout->addWidget(m_filterBar);
    matrixLayout->addWidget(m_table, 1);
    m_views->addTab(matrixPage, tr("Accounts \u00d7 stages"));
    connect(m_filterBar, &MatrixFilterBar::filterChanged, this, &OwnershipPanel::applyFilter);
    m_teamStages = new TeamStagesTable(m_views);
    m_views->addTab(m_teamStages, tr("Teams \u00d7 stages"));
    connect(m_teamStages, &TeamStagesTable::accountActivated, this, &OwnershipPanel::accountActivated);
    m_splitter->insertWidget(0, m_views);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT accountActivated(m_filter->accountIdAt(index.row()));
    });
    connect(m_gaps, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT accountActivated(index.data(OwnershipGapsModel::AccountIdRole).toLongLong());
    });
    connect(&m_watcher, &QFutureWatcher<OwnershipTabData>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            m_watcher.setFuture(QFuture<OwnershipTabData>());
            reload();
            return;
        }
        m_pending = false;
        display(m_watcher.result());
    });
    connect(m_bookSize, &QSpinBox::editingFinished, this, [this] { setBookSize(m_bookSize->value()); });
    auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(&m_session, &Session::dataChanged, this, markStale);
    connect(&m_session, &Session::accountChanged, this, markStale);
}

OwnershipPanel::~OwnershipPanel()
{
    m_watcher.waitForFinished();
}

void OwnershipPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

int OwnershipPanel::gapCount() const
{
    return m_gapCount;
}

void OwnershipPanel::setBookSize(int accounts)
{
    if (accounts == SettingsStore(m_session.connection()).intValue(OwnershipMatrix::bookSizeSetting(),
                                                                     OwnershipMatrix::kDefaultBookSize))
        return;
    pushEdit(m_session,
             new SettingCommand(m_session, OwnershipMatrix::bookSizeSetting(), QString::number(accounts),
                                tr("Warn above %1 accounts per owner").arg(accounts)),
             this);
}

bool OwnershipPanel::reassign(qint64 fromPersonId, qint64 toPersonId, const QString &fromName, const QString &toName)
{
    auto *command = new ReassignCommand(m_session, fromPersonId, toPersonId,
                                        tr("Reassign %1's accounts to %2").arg(fromName, toName));
    if (!pushEdit(m_session, command, this))
        return false;  // refused: the core's message is shown, nothing changed
    const int changed = command->changed();
    Q_EMIT statusMessage(tr("%1 stages moved from %2 to %3 (Edit > Undo puts them back)")
                             .arg(QLocale().toString(changed), fromName, toName));
    return true;
}

void OwnershipPanel::applyFilter()
{
    m_filter->setFilter(m_filterBar->filter());
    m_filterBar->setCount(m_filter->shownCount(), m_filter->totalCount());
}

void OwnershipPanel::askReassign()
{
    QTreeWidgetItem *item = m_load->currentItem();
    if (!item)
        return;
    const qint64 from = item->data(0, Qt::UserRole).toLongLong();
    QStringList names;
    QList<qint64> ids;
    try {
        for (const Person &p : PeopleStore(m_session.connection(), QString()).people()) {
            if (p.active && p.id != from) {
                names << QStringLiteral("%1 · %2").arg(p.name, p.teamName);
                ids << p.id;
            }
        }
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Reassign accounts"),
        tr("Give every stage %1 owns on active accounts (the current stage and the ones ahead) to:").arg(item->text(0)),
        names, 0, false, &ok);
    if (!ok || chosen.isEmpty())
        return;
    reassign(from, ids.at(names.indexOf(chosen)), item->text(0), chosen.section(QStringLiteral(" · "), 0, 0));
}

void OwnershipPanel::reload()
{
    m_stale = false;
    m_pending = true;
    if (m_watcher.isRunning()) {
        m_again = true; // the running one finishes, then the newest request runs
        return;
    }
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Reading the ownership of every account…"));
    const QString path = m_session.database().path();
    m_watcher.setFuture(QtConcurrent::run([path] { return loadOwnershipTab(path); }));
}

void OwnershipPanel::display(const OwnershipTabData &data)
{
    const QLocale locale;
    if (!data.error.isEmpty() || !data.matrix) {
        m_summary->setText(data.error);
        Q_EMIT loaded();
        return;
    }
    const OwnershipMatrix &matrix = *data.matrix;
    QElapsedTimer timer;
    timer.start();
    QHash<QString, QString> teamNames;
    for (const Team &t : data.teams)
        teamNames.insert(t.key, t.name);
    m_gapsModel->setMatrix(data.matrix, teamNames);
    const int atCurrent = m_gapsModel->currentCount();
    m_gapCount = int(matrix.gaps().size());
    spdlog::debug("ownership tab: gaps shown at {} ms", timer.elapsed());
    {
        const QSignalBlocker blocker(m_bookSize);
        m_bookSize->setValue(matrix.bookSizeLimit());
    }
    m_load->clear();
    int overloaded = 0;
    for (const OwnerLoad &l : matrix.load()) {
        auto *item = new LoadItem(m_load);
        item->setText(0, l.active ? l.name : tr("%1 (inactive)").arg(l.name));
        item->setToolTip(0, l.email);
        item->setData(0, Qt::UserRole, l.personId);
        item->setText(1, l.overloaded ? tr("%1 \u26a0 over %2").arg(locale.toString(l.accounts))
                                            .arg(locale.toString(matrix.bookSizeLimit()))
                                      : locale.toString(l.accounts));
        item->setData(1, Qt::UserRole, l.accounts);
        item->setText(2, display::money(l.mrrMinor));
        item->setData(2, Qt::UserRole, double(l.mrrMinor));
        item->setText(3, locale.toString(l.red));
        item->setData(3, Qt::UserRole, l.red);
        for (int c = 1; c <= 3; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (l.overloaded) {
            ++overloaded;
            item->setBackground(1, QColor(0xfd, 0xe7, 0xc4));
            item->setToolTip(1, tr("More active accounts than the book size of %1").arg(matrix.bookSizeLimit()));
        }
    }
    m_load->sortByColumn(1, Qt::DescendingOrder);
    for (int c = 1; c <= 3; ++c)
        m_load->resizeColumnToContents(c);
    // Sized from the first lines: measuring every one of hundreds of thousands of gaps would
    // stall the window.
    for (int column : {int(OwnershipGapsModel::Account), int(OwnershipGapsModel::StageColumn)}) {
        int width = m_gaps->header()->sectionSizeHint(column);
        for (int row = 0; row < qMin(50, m_gapsModel->rowCount()); ++row)
            width = qMax(width, m_gaps->fontMetrics().horizontalAdvance(
                                    m_gapsModel->index(row, column).data().toString()) + 24);
        m_gaps->setColumnWidth(column, qMin(width, 360));
    }
    const int accounts = int(matrix.accounts().size());
    spdlog::debug("ownership tab: load shown at {} ms", timer.elapsed());
    m_model->setMatrix(data.matrix);
    spdlog::debug("ownership tab: matrix model at {} ms", timer.elapsed());
    m_filterBar->setChoices(data.teams, data.people, m_model->segments());
    applyFilter();
    spdlog::debug("ownership tab: filter choices at {} ms", timer.elapsed());
    m_teamStages->setCells(matrix.teamStages(), data.names);
    spdlog::debug("ownership tab: teams x stages at {} ms", timer.elapsed());
    m_summary->setText(tr("<b>Ownership matrix</b> · accounts: %1 · gaps: %2 at current stages, %3 at stages "
                          "ahead · owners: %4, overloaded: %5. Bold: the account's current stage; (team): no "
                          "person named, the template's team applies; red: a gap.")
                           .arg(locale.toString(accounts), locale.toString(atCurrent),
                                locale.toString(m_gapCount - atCurrent),
                                locale.toString(qlonglong(matrix.load().size())), locale.toString(overloaded)));
    Q_EMIT loaded();
}

} // namespace karvan
