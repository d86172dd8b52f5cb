// The dashboard's numbers equal karvan-cli's on the same database: the KPI panel against
// `metrics --json` (this period and the previous one), the per owner / per team tables against
// `metrics --by`, the stage KPI tables against `kpis --by`. The models run under the model
// tester in Fatal mode.
#include "dashboard/chartspanel.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardview.h"
#include "dashboard/rulespanel.h"
#include "dashboard/ownershippanel.h"
#include "dashboard/teamstagestable.h"
#include "dashboard/matrixfilterbar.h"
#include "handoffs/handoffqualitytable.h"
#include "handoffs/handoffservice.h"
#include "models/ownershipmatrixfiltermodel.h"
#include "models/ownershipmatrixmodel.h"
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include "commands/storecommand.h"
#include "ownership/ownershipmatrix.h"
#include <QUndoStack>
#include "dashboard/grouppanel.h"
#include "dashboard/kpipanel.h"
#include "dashboard/periodselector.h"
#include "models/numerictablemodel.h"
#include "shell/session.h"
#include "storage/database.h"

#include "../core/test_metricsfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QChart>
#include <QFile>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QSqlQuery>
#include "domain/band.h"
#include <QChartView>
#include <QValueAxis>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace karvan;

namespace {

QJsonObject cliJson(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(KARVAN_CLI_PATH), QStringList{"--db", db} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

bool same(const QVariant &screen, const QJsonValue &cli)
{
    if (cli.isNull())
        return !screen.isValid();
    return screen.isValid() && std::abs(screen.toDouble() - cli.toDouble()) < 1e-9;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void kpiPanelEqualsMetrics();
    void groupTablesEqualMetricsBy();
    void stageTablesEqualKpis();
    void sortsMoneyAsNumbers();
    void chartsFollowTheSeries();
    void mrrChartScalesItsUnit();
    void aDatabaseThatCannotBeReadGivesAMessage();
    void listsTheConflictRules();
    void ownershipLoadWarnsAboveTheBookSize();
    void matrixFiltersKeepThroughARefresh();
    void showsTheHandoffQuality();

private:
    void waitForPeriod(const QString &from, const QString &to);
    // Until the ownership tab's worker has read the matrix and shown it.
    static void waitForMatrix(OwnershipPanel *panel)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), 30000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DashboardView> m_view;
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("karvan.sqlite");
    {
        Database db(m_path);
        testing::insertMetricsFixture(db.connection());
    }
    m_session = std::make_unique<Session>(std::make_unique<Database>(m_path));
    m_view = std::make_unique<DashboardView>(*m_session);
    m_view->resize(1000, 700);
    m_view->show();
    m_view->periodSelector()->setPeriod(MetricsPeriod(QDate(2025, 1, 1), QDate(2026, 1, 1)));
    waitForPeriod("2025-01", "2026-01");
}

void TestDashboard::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_dir.reset();
}

void TestDashboard::waitForPeriod(const QString &from, const QString &to)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isComputing() && m_view->data().period.from() == from
                                 && m_view->data().period.to() == to,
                             20000);
    QVERIFY(m_view->data().error.isEmpty());
}

void TestDashboard::kpiPanelEqualsMetrics()
{
    NumericTableModel *model = m_view->kpiPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject now = cliJson(m_path, {"metrics", "--from", "2025-01", "--to", "2026-01", "--json"});
    // The previous period has as many months (13) and ends the month before A.
    const QJsonObject before = cliJson(m_path, {"metrics", "--from", "2023-12", "--to", "2024-12", "--json"});
    QCOMPARE(now.size(), 22);
    QCOMPARE(model->rowCount(), 20);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString key = model->index(r, 0).data(NumericTableModel::KeyRole).toString();
        QVERIFY2(same(model->index(r, 1).data(NumericTableModel::ValueRole), now.value(key)), qPrintable(key));
        QVERIFY2(same(model->index(r, 2).data(NumericTableModel::ValueRole), before.value(key)), qPrintable(key));
    }
    QCOMPARE(now.value("accounts_start").toInt(), 5);
    QVERIFY(m_view->kpiPanel()->healthText().contains(tr("Red")));
}

void TestDashboard::groupTablesEqualMetricsBy()
{
    GroupPanel *panel = m_view->groupPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const MetricsGrouping by : {MetricsGrouping::Owner, MetricsGrouping::Team}) {
        panel->setGrouping(by);
        const QJsonObject cli = cliJson(m_path, {"metrics", "--from", "2025-01", "--to", "2026-01", "--json",
                                                 "--by", metricsGroupingKey(by)});
        const QJsonArray groups = cli.value("groups").toArray();
        NumericTableModel *model = panel->model();
        QCOMPARE(model->rowCount(), groups.size());
        QVERIFY(groups.size() >= 2);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject g = groups[r].toObject();
            QCOMPARE(model->index(r, 0).data(NumericTableModel::RowKeyRole).toString(), g.value("key").toString());
            for (int c = 1; c < model->columnCount(); ++c) {
                const QString key = model->index(r, c).data(NumericTableModel::KeyRole).toString();
                QVERIFY2(same(model->index(r, c).data(NumericTableModel::ValueRole), g.value(key)),
                         qPrintable(g.value("key").toString() + ' ' + key));
            }
        }
    }
}

void TestDashboard::stageTablesEqualKpis()
{
    GroupPanel *panel = m_view->stagePanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject all = cliJson(m_path, {"kpis", "--from", "2025-01", "--to", "2026-01", "--json"});
    for (const MetricsGrouping by : {MetricsGrouping::Owner, MetricsGrouping::Team}) {
        panel->setGrouping(by);
        const QJsonObject cli = cliJson(m_path, {"kpis", "--from", "2025-01", "--to", "2026-01", "--json",
                                                 "--by", metricsGroupingKey(by)});
        QJsonArray expected{QJsonObject{{"key", ""}, {"stages", all.value("stages")}}};
        for (const QJsonValue &g : cli.value("groups").toArray())
            expected.append(g);
        NumericTableModel *model = panel->model();
        QCOMPARE(model->rowCount(), expected.size());
        QCOMPARE(model->columnCount(), 17);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject g = expected[r].toObject();
            QCOMPARE(model->index(r, 0).data(NumericTableModel::RowKeyRole).toString(), g.value("key").toString());
            const QJsonObject stages = g.value("stages").toObject();
            for (int c = 1; c < model->columnCount(); ++c) {
                const QStringList key = model->index(r, c).data(NumericTableModel::KeyRole).toString().split('.');
                QCOMPARE(key.size(), 2);
                const QJsonValue v = stages.value(key[0]).toObject().value(key[1]);
                QVERIFY2(!v.isUndefined(), qPrintable(key.join('.')));
                QVERIFY2(same(model->index(r, c).data(NumericTableModel::ValueRole), v),
                         qPrintable(g.value("key").toString() + ' ' + key.join('.')));
            }
        }
    }
}

void TestDashboard::sortsMoneyAsNumbers()
{
    GroupPanel *panel = m_view->groupPanel();
    panel->setGrouping(MetricsGrouping::Owner);
    auto *view = panel->findChild<QTableView *>();
    QVERIFY(view);
    const int column = 4; // mrr_start: accounts_start, accounts_churned, logo_churn_rate, mrr_start
    QCOMPARE(panel->model()->index(0, column).data(NumericTableModel::KeyRole).toString(), QString("mrr_start"));
    view->sortByColumn(column, Qt::DescendingOrder);
    double last = std::numeric_limits<double>::max();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const double v = view->model()->index(r, column).data(NumericTableModel::SortRole).toDouble();
        QVERIFY(v <= last);
        last = v;
    }
}

void TestDashboard::chartsFollowTheSeries()
{
    ChartsPanel *charts = m_view->chartsPanel();
    QCOMPARE(int(m_view->data().series.size()), 13); // 2025-01 .. 2026-01
    QCOMPARE(charts->chartView(0)->chart()->title(), tr("MRR movements by month"));
    QCOMPARE(charts->chartView(0)->chart()->series().size(), 1);
    QCOMPARE(charts->chartView(1)->chart()->series().size(), 2);
    m_view->tabs()->setCurrentWidget(charts);
    const QString png = m_dir->filePath("nrr.png");
    QVERIFY(charts->saveChart(1, png));
    QVERIFY(QFileInfo(png).size() > 1000);

    // The bands over time, from the monthly snapshots: two green and one red in 2025-06.
    QSqlQuery q(m_session->connection());
    q.prepare("INSERT INTO health_snapshots (account_id, month, score, band)"
              " SELECT id, '2025-06', 80, CASE WHEN ext_id = (SELECT max(ext_id) FROM accounts) THEN 'red' ELSE 'green' END"
              " FROM accounts ORDER BY id LIMIT 3");
    QVERIFY(q.exec());
    m_view->periodSelector()->setPeriod(MetricsPeriod(QDate(2025, 2, 1), QDate(2026, 1, 1)));
    waitForPeriod("2025-02", "2026-01");
    QCOMPARE(charts->chartCount(), 4);
    QChart *bands = charts->chartView(3)->chart();
    QCOMPARE(bands->series().size(), 1);
    auto *stack = qobject_cast<QStackedBarSeries *>(bands->series().at(0));
    QVERIFY(stack);
    const int june = 4;  // 2025-02 .. 2025-06
    int green = -1;
    int red = -1;
    int total = 0;
    for (QBarSet *set : stack->barSets()) {
        if (set->label() == bandLabel(Band::Green))
            green = int(set->at(june));
        if (set->label() == bandLabel(Band::Red))
            red = int(set->at(june));
        total += int(set->at(june + 1));
    }
    QCOMPARE(green + red, 3);
    QVERIFY(red <= 1 && green >= 2);
    QCOMPARE(total, 0);  // no snapshot in 2025-07
}

void TestDashboard::mrrChartScalesItsUnit()
{
    // The fixture's amounts are small: thousands. Its 2026-01 has every account's MRR as new
    // against an empty 2025-12 (2,700.74).
    ChartsPanel *charts = m_view->chartsPanel();
    auto moneyAxis = [charts] {
        return qobject_cast<QValueAxis *>(charts->chartView(0)->chart()->axes(Qt::Vertical).value(0));
    };
    auto newIn = [charts](int month) {
        auto *stack = qobject_cast<QStackedBarSeries *>(charts->chartView(0)->chart()->series().value(0));
        return stack ? stack->barSets().value(0)->at(month) : -1.0;
    };
    QVERIFY(moneyAxis());
    QVERIFY2(moneyAxis()->titleText().contains(QStringLiteral("housand")), qPrintable(moneyAxis()->titleText()));
    const int january = 12;  // 2025-01 .. 2026-01
    const double small = newIn(january);
    QCOMPARE(small, 2.70074);

    // A new customer at 500 million a month in 2026-01 (a Toman book): millions.
    QSqlQuery q(m_session->connection());
    QVERIFY(q.exec("INSERT INTO accounts (ext_id, name, stage, created_at, updated_at)"
                   " VALUES ('BIG', 'Big Co', 'retention', '2026-01-01', '2026-01-01')"));
    QVERIFY(q.exec("INSERT INTO revenue (account_id, month, mrr)"
                   " SELECT id, '2026-01', 50000000000 FROM accounts WHERE ext_id = 'BIG'"));
    QSignalSpy shown(m_view.get(), &DashboardView::numbersShown);
    Q_EMIT m_session->dataChanged();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    QVERIFY2(moneyAxis()->titleText().contains(QStringLiteral("illion")), qPrintable(moneyAxis()->titleText()));
    QCOMPARE(newIn(january), 500.0 + small / 1000.0);
}

void TestDashboard::aDatabaseThatCannotBeReadGivesAMessage()
{
    // Both halves fail to open their connection: a message, no numbers, and no half waiting
    // for the other.
    const MetricsPeriod period(QDate(2025, 1, 1), QDate(2026, 1, 1));
    const DashboardData missing = loadDashboardData(m_dir->filePath("missing.sqlite"), period);
    QVERIFY(!missing.error.isEmpty());
    QVERIFY(missing.byOwner.empty());
    // Not a Karvan database.
    const QString other = m_dir->filePath("other.sqlite");
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text that is long enough to be looked at by SQLite");
    }
    const DashboardData garbage = loadDashboardData(other, period);
    QVERIFY(!garbage.error.isEmpty());
    // The real one, read by both halves from one snapshot, agrees with the view.
    const DashboardData real = loadDashboardData(m_path, period);
    QVERIFY2(real.error.isEmpty(), qPrintable(real.error));
    QCOMPARE(real.current.revenue.mrrEnd, m_view->data().current.revenue.mrrEnd);
    QCOMPARE(real.current.activeCustomers, m_view->data().current.activeCustomers);
    QCOMPARE(real.byOwner.size(), m_view->data().byOwner.size());
}

void TestDashboard::listsTheConflictRules()
{
    QTreeWidget *list = m_view->rulesPanel()->list();
    QVERIFY(list->topLevelItemCount() >= 1);
    const QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->text(1), QString("Product"));
    QCOMPARE(first->text(2), QString("Customer Success"));
}


void TestDashboard::ownershipLoadWarnsAboveTheBookSize()
{
    auto *panel = m_view->findChild<OwnershipPanel *>();
    QVERIFY(panel);
    m_view->tabs()->setCurrentWidget(panel);  // shown: it follows every change (read in a worker)
    QVERIFY(panel->isVisible());
    waitForMatrix(panel);
    OwnershipMatrix matrix(m_session->connection());
    matrix.build();
    // The lists hold the core's gaps and load, line for line.
    QCOMPARE(panel->gapsList()->model()->rowCount(), int(matrix.gaps().size()));
    QCOMPARE(panel->loadList()->topLevelItemCount(), int(matrix.load().size()));
    QVERIFY(!matrix.load().empty());
    const int most = matrix.load().front().accounts;
    auto overloadedLines = [panel] {
        int n = 0;
        for (int i = 0; i < panel->loadList()->topLevelItemCount(); ++i)
            n += panel->loadList()->topLevelItem(i)->text(1).contains(QStringLiteral("over"));
        return n;
    };
    QCOMPARE(overloadedLines(), 0);  // default 40 accounts; the fixture's books are small
    // Teams x stages: the same cells as the core, and the accounts behind each.
    QVERIFY(panel->teamStages()->rowCount() >= 1);
    int cells = 0;
    for (int r = 0; r < panel->teamStages()->rowCount(); ++r)
        for (int c = 0; c < panel->teamStages()->columnCount(); ++c)
            cells += !panel->teamStages()->accountsAt(r, c).empty();
    QCOMPARE(cells, int(matrix.teamStages().size()));

    // Reassign the biggest book to another active person, as one undoable command.
    const OwnerLoad biggest = matrix.load().front();
    QSqlQuery other(m_session->connection());
    QVERIFY(other.exec(QStringLiteral("SELECT id FROM people WHERE active = 1 AND id <> %1 ORDER BY id LIMIT 1").arg(biggest.personId)));
    QVERIFY(other.next());
    // A refused reassignment (to the same person) shows the core's reason and never reaches the stack.
    QString refusal;
    StoreCommand::setErrorHandler([&refusal](QWidget *, const QString &message) { refusal = message; });
    const int unchanged = m_session->undoStack()->count();
    QVERIFY(!panel->reassign(biggest.personId, biggest.personId, biggest.name, biggest.name));
    waitForMatrix(panel);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(m_session->undoStack()->count(), unchanged);
    StoreCommand::setErrorHandler({});
    const int before = m_session->undoStack()->index();
    QVERIFY(panel->reassign(biggest.personId, other.value(0).toLongLong(), biggest.name, QStringLiteral("other")));
    waitForMatrix(panel);
    QCOMPARE(m_session->undoStack()->index(), before + 1);
    OwnershipMatrix after(m_session->connection());
    after.build();
    QVERIFY(std::none_of(after.load().begin(), after.load().end(),
                         [&](const OwnerLoad &l) { return l.personId == biggest.personId; }));
    m_session->undoStack()->undo();
    waitForMatrix(panel);
    after.build();
    QVERIFY(std::any_of(after.load().begin(), after.load().end(),
                        [&](const OwnerLoad &l) { return l.personId == biggest.personId && l.accounts == biggest.accounts; }));
    // Below the biggest book: its owner is marked, in words, as one undoable command.
    panel->setBookSize(most - 1);
    waitForMatrix(panel);
    QVERIFY(overloadedLines() >= 1);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    waitForMatrix(panel);
    QCOMPARE(overloadedLines(), 0);
}

void TestDashboard::matrixFiltersKeepThroughARefresh()
{
    OwnershipPanel *panel = m_view->ownershipPanel();
    m_view->tabs()->setCurrentWidget(panel);
    QVERIFY(panel->isVisible());
    waitForMatrix(panel);
    OwnershipMatrixFilterModel *filter = panel->matrixFilter();
    auto *count = panel->filterBar()->findChild<QLabel *>(QStringLiteral("matrixCount"));
    auto *stage = panel->filterBar()->findChild<QComboBox *>(QStringLiteral("matrixStageFilter"));
    auto *owner = panel->filterBar()->findChild<QComboBox *>(QStringLiteral("matrixOwnerFilter"));
    auto *team = panel->filterBar()->findChild<QComboBox *>(QStringLiteral("matrixTeamFilter"));
    auto *band = panel->filterBar()->findChild<QComboBox *>(QStringLiteral("matrixBandFilter"));
    auto *model = panel->filterBar()->findChild<QComboBox *>(QStringLiteral("matrixModelFilter"));
    QVERIFY(count && stage && owner && team && band && model);
    const int total = filter->totalCount();
    QVERIFY(total > 0);
    QCOMPARE(count->text(), QStringLiteral("%1 of %1 accounts").arg(total));
    // Every list starts with "All ...", then the core's values.
    QCOMPARE(stage->itemText(0), QStringLiteral("All stages"));
    QCOMPARE(stage->count(), 7);
    QCOMPARE(stage->itemText(1), stageLabel(Stage::Acquisition));
    QCOMPARE(band->count(), 1 + int(allBands().size()));
    QCOMPARE(model->itemText(2), QStringLiteral("B2C"));
    QCOMPARE(team->itemText(0), QStringLiteral("All teams"));
    QVERIFY(team->findData(QStringLiteral("customer_success")) > 0);

    // The owner of the biggest book: the accounts where they own a stage.
    OwnershipMatrix matrix(m_session->connection());
    matrix.build();
    const OwnerLoad biggest = matrix.load().front();
    int owned = 0;
    for (const AccountOwners &a : matrix.accounts())
        owned += std::any_of(a.stages.begin(), a.stages.end(), [&](const ResolvedOwner &o) { return o.personId == biggest.personId; });
    owner->setCurrentIndex(owner->findData(biggest.personId));
    QCOMPARE(filter->rowCount(), owned);
    QCOMPARE(count->text(), QStringLiteral("%1 of %2 accounts").arg(owned).arg(total));
    QVERIFY(owned < total);

    // A click on a row opens that row's account.
    QSignalSpy opened(panel, &OwnershipPanel::accountActivated);
    const QModelIndex last = panel->matrixTable()->model()->index(owned - 1, 2);
    Q_EMIT panel->matrixTable()->activated(last);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), filter->accountIdAt(owned - 1));
    QCOMPARE(last.data(OwnershipMatrixModel::AccountIdRole).toLongLong(), filter->accountIdAt(owned - 1));

    // A data change refreshes the matrix and keeps the choice.
    Q_EMIT m_session->dataChanged();
    QVERIFY(panel->isLoading());
    waitForMatrix(panel);
    QCOMPARE(owner->currentData().toLongLong(), biggest.personId);
    QCOMPARE(filter->rowCount(), owned);
    QCOMPARE(filter->filter().personId, std::optional<qint64>(biggest.personId));

    // Show all clears every choice.
    panel->filterBar()->setFilter({});
    QCOMPARE(filter->rowCount(), total);
    QCOMPARE(owner->currentIndex(), 0);
}

void TestDashboard::showsTheHandoffQuality()
{
    QSqlQuery q(m_session->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.email, a.ext_id FROM people p JOIN teams t ON t.id = p.team_id, accounts a"
                                  " WHERE t.team_key = 'customer_success' AND p.active = 1 ORDER BY p.id, a.id LIMIT 1")));
    QVERIFY(q.next());
    const QString csm = q.value(0).toString();
    const QString account = q.value(1).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT email FROM people WHERE active = 1 AND email <> '%1' ORDER BY id LIMIT 1").arg(csm)));
    QVERIFY(q.next());
    const QString sales = q.value(0).toString();
    // One hand-off started in the period (2025-01 to 2026-01), one long before it (not counted).
    const qint64 inPeriod = HandoffService(m_session->connection(), sales).start(account, csm);
    QVERIFY(q.exec(QStringLiteral("UPDATE handoffs SET created_at = '2025-06-10T09:00:00Z' WHERE id = %1").arg(inPeriod)));
    QVERIFY(q.exec(QStringLiteral("SELECT a.ext_id FROM accounts a WHERE a.ext_id <> '%1' AND a.status = 'active'"
                                  " ORDER BY a.id LIMIT 1").arg(account)));
    QVERIFY(q.next());
    const qint64 old = HandoffService(m_session->connection(), sales).start(q.value(0).toString(), csm);
    QVERIFY(q.exec(QStringLiteral("UPDATE handoffs SET created_at = '2001-01-05T09:00:00Z' WHERE id = %1").arg(old)));
    QSignalSpy shown(m_view.get(), &DashboardView::numbersShown);
    Q_EMIT m_session->dataChanged();  // the dashboard recomputes
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    const MetricsPeriod &period = m_view->data().period;
    const HandoffQuality expected =
        HandoffService(m_session->connection(), QString()).quality(period.firstDay(), period.dayAfter());
    QCOMPARE(HandoffService(m_session->connection(), QString()).quality().sales.front().started, 2);
    HandoffQualityTable *table = m_view->handoffQuality();
    QCOMPARE(table->topLevelItemCount(), int(expected.sales.size() + expected.csms.size()));
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(table->topLevelItem(0)->text(HandoffQualityTable::Role), QStringLiteral("Sales"));
    QCOMPARE(table->topLevelItem(0)->text(HandoffQualityTable::Started), QStringLiteral("1"));
    QCOMPARE(table->topLevelItem(1)->text(HandoffQualityTable::Role), QStringLiteral("CSM"));
    QCOMPARE(table->topLevelItem(1)->toolTip(HandoffQualityTable::Person), csm);
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
