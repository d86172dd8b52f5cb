#include <catch2/catch.hpp>

#include "models/ownershipgapsmodel.h"
#include "models/ownershipmatrixmodel.h"
#include "ownership/ownershipmatrix.h"
#include "test_healthfixture.h"

#include <QAbstractItemModelTester>

using namespace karvan;

TEST_CASE("the matrix model shows each account's owners and passes the model tester")
{
    test::HealthFixture f;
    const qint64 sara = f.person("sara@example.com", "customer_success");
    const qint64 reza = f.person("reza@example.com", "customer_success", false);
    const qint64 a = f.account("A-1", "Alborz", "retention");
    f.ownership(a, "retention", sara, "customer_success");
    const qint64 c = f.account("C-3", "Caspian", "deployment");
    f.ownership(c, "deployment", reza, QString(), {}, true);
    f.account("D-4", "Damavand", "expansion", "churned");

    OwnershipMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    OwnershipMatrix matrix(f.db());
    matrix.build(QDate(2026, 6, 30));
    model.setMatrix(matrix);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == 7);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == "Account");
    CHECK(model.headerData(4, Qt::Horizontal).toString() == "Retention");

    // Rows in ext_id order: A-1, C-3, D-4.
    CHECK(model.index(0, 0).data().toString() == "A-1  Alborz");
    CHECK(model.index(0, 0).data(OwnershipMatrixModel::AccountIdRole).toLongLong() == a);
    CHECK(model.accountIdAt(1) == c);
    CHECK(model.accountIdAt(7) == 0);
    const QModelIndex retention = model.index(0, 1 + stageIndex(Stage::Retention));
    CHECK(retention.data().toString() == "sara");
    CHECK(retention.data(OwnershipMatrixModel::CurrentStageRole).toBool());
    CHECK_FALSE(retention.data(OwnershipMatrixModel::MutedRole).toBool());
    CHECK(retention.data(Qt::ToolTipRole).toString().contains("Set for this account"));
    // A stage from the template: the owner team in brackets, greyed.
    const QModelIndex deploymentA = model.index(0, 1 + stageIndex(Stage::Deployment));
    CHECK(deploymentA.data().toString() == "(Customer Success)");
    CHECK(deploymentA.data(OwnershipMatrixModel::MutedRole).toBool());
    CHECK_FALSE(deploymentA.data(OwnershipMatrixModel::CurrentStageRole).toBool());
    // A stage ahead whose supporting teams have nobody active is a gap, not greyed.
    const QModelIndex expansion = model.index(0, 1 + stageIndex(Stage::Expansion));
    CHECK(expansion.data().toString() == "(Sales)");
    CHECK(expansion.data(OwnershipMatrixModel::GapRole).toBool());
    CHECK_FALSE(expansion.data(OwnershipMatrixModel::MutedRole).toBool());
    // C-3: an inactive owner at the current stage is a gap.
    const QModelIndex deployment = model.index(1, 1 + stageIndex(Stage::Deployment));
    CHECK(deployment.data().toString() == "reza (inactive)");
    CHECK(deployment.data(OwnershipMatrixModel::GapRole).toBool());
    CHECK(deployment.data(Qt::ToolTipRole).toString().contains("Gap at the current stage"));
    // D-4 is churned: its account cell is greyed, it has no gaps.
    CHECK(model.index(2, 0).data(OwnershipMatrixModel::MutedRole).toBool());
    CHECK(model.index(2, 0).data(Qt::ToolTipRole).toString() == "Damavand (churned)");
    CHECK_FALSE(model.index(2, 1 + stageIndex(Stage::Expansion)).data(OwnershipMatrixModel::GapRole).toBool());

    // A rebuild after a change resets the model.
    f.ownership(a, "expansion", sara, QString());
    matrix.build(QDate(2026, 6, 30));
    model.setMatrix(matrix);
    CHECK(model.index(0, 1 + stageIndex(Stage::Expansion)).data().toString() == "sara");
}

TEST_CASE("the gaps model lists the matrix's gaps in words and passes the model tester")
{
    test::HealthFixture f;
    const qint64 reza = f.person("reza@example.com", "customer_success", false);
    f.person("sara@example.com", "customer_success");
    const qint64 c = f.account("C-3", "Caspian", "deployment");
    f.ownership(c, "deployment", reza, QString(), {}, true);

    OwnershipGapsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    auto matrix = std::make_shared<OwnershipMatrix>(f.db());
    matrix->build(QDate(2026, 6, 30));
    REQUIRE_FALSE(matrix->gaps().empty());
    model.setMatrix(matrix, {{"finance", "Money people"}});
    REQUIRE(model.rowCount() == int(matrix->gaps().size()));
    CHECK(model.columnCount() == 3);
    CHECK(model.headerData(OwnershipGapsModel::Problem, Qt::Horizontal).toString() == "Problem");
    int current = 0;
    bool inactiveShown = false;
    bool teamNamed = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const OwnershipGap &g = matrix->gaps()[size_t(row)];
        CHECK(model.index(row, 0).data().toString() == "C-3  Caspian");
        CHECK(model.index(row, 0).data(OwnershipGapsModel::AccountIdRole).toLongLong() == c);
        CHECK(model.index(row, 0).data(OwnershipGapsModel::CurrentRole).toBool() == g.current);
        const QString stage = model.index(row, OwnershipGapsModel::StageColumn).data().toString();
        CHECK(stage == (g.current ? stageLabel(g.stage) : stageLabel(g.stage) + " (ahead)"));
        const QString problem = model.index(row, OwnershipGapsModel::Problem).data().toString();
        if (g.problem == OwnershipGap::kInactiveOwner) {
            CHECK(problem == "inactive owner: reza@example.com");
            inactiveShown = true;
        }
        if (g.team == "finance") {
            CHECK(problem == "no active member in a supporting team: Money people");
            teamNamed = true;
        }
        current += g.current ? 1 : 0;
    }
    CHECK(inactiveShown);
    CHECK(teamNamed);
    CHECK(model.currentCount() == current);
    // The stage sorts in journey order, a current gap before one ahead at the same stage.
    CHECK(model.index(0, OwnershipGapsModel::StageColumn).data(OwnershipGapsModel::SortRole).toInt()
          == stageIndex(matrix->gaps().front().stage) * 2 + (matrix->gaps().front().current ? 0 : 1));
    model.setMatrix(nullptr, {});
    CHECK(model.rowCount() == 0);
}
