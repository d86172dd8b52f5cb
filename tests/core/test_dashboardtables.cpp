// The dashboard's numeric tables: the numbers of --json behind the text, sortable as numbers,
// under the model tester in Fatal mode.
#include <catch2/catch.hpp>

#include "metrics/metricsformat.h"
#include "metrics/stagekpisformat.h"
#include "models/dashboardtables.h"
#include "models/numerictablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace karvan;

namespace {

Metrics withMrr(qint64 startMinor, qint64 endMinor)
{
    Metrics m;
    m.revenue.add(startMinor, endMinor);
    return m;
}

} // namespace

TEST_CASE("grouped metrics sort money as numbers, not as text")
{
    // Text order would put "9,000.00" after "10,000.00" and "200.00".
    const std::vector<GroupMetrics> groups = {{"a@x", withMrr(900000, 900000)},
                                              {"b@x", withMrr(1000000, 1000000)},
                                              {"c@x", withMrr(20000, 20000)},
                                              {"d@x", Metrics()}};
    NumericTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    dashboardtables::apply(model, dashboardtables::groupedMetrics(groups, "Owner"));
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 1 + metricsformat::metricKeys().size());
    const int mrrStart = 1 + int(metricsformat::metricKeys().indexOf("mrr_start"));
    const int nrr = 1 + int(metricsformat::metricKeys().indexOf("nrr"));
    CHECK(model.index(1, mrrStart).data().toString() == "10,000.00");
    CHECK(model.index(1, mrrStart).data(NumericTableModel::ValueRole).toDouble() == 10000.0);
    // d has no cohort: NRR is n/a with no value.
    CHECK(model.index(3, nrr).data().toString() == "n/a");
    CHECK_FALSE(model.index(3, nrr).data(NumericTableModel::ValueRole).isValid());

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(NumericTableModel::SortRole);
    proxy.sort(mrrStart, Qt::DescendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, 0).data().toString();
    CHECK(order == QStringList{"b@x", "a@x", "c@x", "d@x"});
    proxy.sort(nrr, Qt::DescendingOrder);
    CHECK(proxy.index(3, 0).data().toString() == "d@x"); // n/a sorts below every number
}

TEST_CASE("the comparison table puts this period beside the previous one")
{
    NumericTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    dashboardtables::apply(model, dashboardtables::metricsComparison(withMrr(10000, 12000),
                                                                     withMrr(10000, 5000)));
    const int row = int(metricsformat::metricKeys().indexOf("nrr"));
    CHECK(model.index(row, 0).data(NumericTableModel::KeyRole).toString() == "nrr");
    CHECK(model.index(row, 1).data(NumericTableModel::ValueRole).toDouble() == 1.2);
    CHECK(model.index(row, 2).data(NumericTableModel::ValueRole).toDouble() == 0.5);
    CHECK(model.index(row, 1).data().toString() == "120.0%");
}

TEST_CASE("the stage KPI table has the portfolio first, then each group")
{
    StageKpis all;
    all.entered = 4;
    all.won = 1;
    StageKpis one;
    one.entered = 1;
    NumericTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    dashboardtables::apply(model, dashboardtables::stageKpis(all, {{"sam@x", one}}, "Owner"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == 17);
    CHECK(model.index(0, 3).data(NumericTableModel::KeyRole).toString()
          == "acquisition.conversion_rate");
    CHECK(model.index(0, 3).data(NumericTableModel::ValueRole).toDouble() == 0.25);
    CHECK(model.index(1, 0).data(NumericTableModel::RowKeyRole).toString() == "sam@x");
    CHECK(model.index(1, 3).data(NumericTableModel::ValueRole).toDouble() == 0.0);
    CHECK(model.index(1, 5).data().toString() == "n/a"); // time to value with no go-live
}
