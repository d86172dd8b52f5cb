#include "dashboard/ownershippanel.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "models/ownershipmatrixmodel.h"
#include "ownership/ownershipmatrix.h"
#include "people/peoplestore.h"
#include "shell/session.h"

#include <QFont>
#include <QIdentityProxyModel>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

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

} // namespace

OwnershipPanel::OwnershipPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new OwnershipMatrixModel(this)), m_table(new QTableView(this)),
      m_gaps(new QTreeWidget(this)), m_load(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    auto *style = new MatrixStyle(this);
    style->setSourceModel(m_model);
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

    m_gaps->setHeaderLabels({tr("Account"), tr("Stage"), tr("Problem")});
    m_gaps->setRootIsDecorated(false);
    m_gaps->setAlternatingRowColors(true);
    m_gaps->setUniformRowHeights(true);
    m_gaps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_load->setHeaderLabels({tr("Owner"), tr("Accounts"), tr("MRR"), tr("Red")});
    m_load->setRootIsDecorated(false);
    m_load->setAlternatingRowColors(true);
    m_load->setUniformRowHeights(true);
    m_load->setSortingEnabled(true);
    m_load->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *bottom = new QSplitter(Qt::Horizontal, m_splitter);
    auto *gapsBox = new QWidget(bottom);
    auto *gapsLayout = new QVBoxLayout(gapsBox);
    gapsLayout->setContentsMargins(0, 0, 0, 0);
    gapsLayout->addWidget(new QLabel(tr("<b>Gaps</b> at each account's current stage"), gapsBox));
    gapsLayout->addWidget(m_gaps);
    auto *loadBox = new QWidget(bottom);
    auto *loadLayout = new QVBoxLayout(loadBox);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    loadLayout->addWidget(new QLabel(tr("<b>Load</b> per owner (current stages)"), loadBox));
    loadLayout->addWidget(m_load);
    m_splitter->insertWidget(0, m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT accountActivated(m_model->accountIdAt(index.row()));
    });
    connect(m_gaps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT accountActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(&m_session, &Session::dataChanged, this, markStale);
    connect(&m_session, &Session::accountChanged, this, markStale);
}

OwnershipPanel::~OwnershipPanel() = default;

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

void OwnershipPanel::reload()
{
    m_stale = false;
    const QLocale locale;
    try {
        OwnershipMatrix matrix(m_session.connection());
        matrix.build();
        QHash<QString, QString> teamNames;
        for (const Team &t : PeopleStore(m_session.connection(), QString()).teams())
            teamNames.insert(t.key, t.name);
        m_gaps->clear();
        for (const OwnershipGap &g : matrix.gaps()) {
            auto *item = new QTreeWidgetItem(m_gaps);
            item->setData(0, Qt::UserRole, g.accountId);
            item->setText(0, QStringLiteral("%1  %2").arg(g.accountKey, g.accountName));
            item->setText(1, stageLabel(g.stage));
            QString problem = g.problem;
            if (!g.team.isEmpty())
                problem += QStringLiteral(": %1").arg(teamNames.value(g.team, g.team));
            if (!g.person.isEmpty())
                problem += QStringLiteral(": %1").arg(g.person);
            item->setText(2, problem);
        }
        m_gapCount = int(matrix.gaps().size());
        m_load->clear();
        for (const OwnerLoad &l : matrix.load()) {
            auto *item = new QTreeWidgetItem(m_load);
            item->setText(0, l.active ? l.name : tr("%1 (inactive)").arg(l.name));
            item->setToolTip(0, l.email);
            item->setData(1, Qt::DisplayRole, l.accounts);
            item->setText(2, locale.toString(money::toMajor(l.mrrMinor), 'f', 2));
            item->setData(2, Qt::UserRole, l.mrrMinor);
            item->setData(3, Qt::DisplayRole, l.red);
            for (int c = 1; c <= 3; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_load->sortByColumn(1, Qt::DescendingOrder);
        const int accounts = int(matrix.accounts().size());
        m_model->setMatrix(matrix);
        m_summary->setText(tr("<b>Ownership matrix</b> · accounts: %1 · gaps at current stages: %2 · owners: %3. "
                              "Bold: the account's current stage; (team): no person named, the template's team "
                              "applies.").arg(locale.toString(accounts), locale.toString(m_gapCount),
                                              locale.toString(qlonglong(matrix.load().size()))));
    } catch (const DatabaseError &e) {
        m_summary->setText(e.message());
    } catch (const DataError &e) {
        m_summary->setText(e.messages().join(QLatin1Char('\n')));
    }
}

} // namespace karvan
