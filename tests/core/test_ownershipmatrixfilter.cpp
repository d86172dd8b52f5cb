#include <catch2/catch.hpp>

#include "health/healthservice.h"
#include "models/ownershipmatrixfiltermodel.h"
#include "models/ownershipmatrixmodel.h"
#include "ownership/ownershipmatrix.h"
#include "test_healthfixture.h"

#include <QAbstractItemModelTester>

using namespace karvan;

namespace {

// The ext_ids the filter model shows, in order.
QStringList shown(const OwnershipMatrixFilterModel &filter)
{
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data().toString().section(QStringLiteral("  "), 0, 0);
    return ids;
}

} // namespace

TEST_CASE("the matrix filter narrows by stage, team, owner, segment, model and band, and keeps its filter on a refresh")
{
    test::HealthFixture f;
    const qint64 sara = f.person("sara@example.com", "customer_success");
    const qint64 omid = f.person("omid@example.com", "sales");
    const qint64 a = f.account("A-1", "Alborz", "retention");
    const qint64 b = f.account("B-2", "Bam", "acquisition");
    const qint64 c = f.account("C-3", "Caspian", "expansion");
    f.exec("UPDATE accounts SET segment = 'enterprise', model = 'b2b' WHERE id IN (?, ?)", {a, c});
    f.exec("UPDATE accounts SET segment = 'smb', model = 'b2c' WHERE id = ?", {b});
    f.ownership(a, "retention", sara);
    f.ownership(b, "acquisition", omid);
    f.ownership(c, "expansion", omid, QString(), {"legal"}, true);
    const QDate today = QDate::currentDate();
    HealthService health(f.db());
    health.addOverride(a, Band::Red, "Late payments", "sara@example.com", today.addDays(30));
    health.addOverride(c, Band::Green, "Renewed early", "sara@example.com", today.addDays(30));
    health.refreshCurrent(today);

    OwnershipMatrixModel model;
    OwnershipMatrixFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setMatrixModel(&model);
    OwnershipMatrix matrix(f.db());
    matrix.build();
    model.setMatrix(matrix);
    CHECK(filter.totalCount() == 3);
    CHECK(shown(filter) == QStringList{"A-1", "B-2", "C-3"});
    CHECK(model.segments() == QStringList{"enterprise", "smb"});
    CHECK(Band(model.index(0, 0).data(OwnershipMatrixModel::BandRole).toInt()) == Band::Red);
    CHECK(model.index(1, 0).data(OwnershipMatrixModel::BusinessModelRole).toString() == "b2c");

    OwnershipMatrixFilter spec;
    spec.stage = Stage::Acquisition;  // at that stage now
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"B-2"});
    CHECK(filter.accountIdAt(0) == b);
    CHECK(filter.accountIdAt(1) == 0);

    spec = {};
    spec.personId = omid;  // the named owner of any stage
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"B-2", "C-3"});
    spec.stage = Stage::Expansion;  // ... of that stage, and the account is there now
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"C-3"});

    spec = {};
    spec.teamKey = "legal";  // supports a stage: C-3's own row, and the template's acquisition
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"A-1", "B-2", "C-3"});
    spec.stage = Stage::Expansion;
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"C-3"});
    spec.stage = Stage::Retention;  // A-1 is in retention, where Legal neither owns nor supports
    filter.setFilter(spec);
    CHECK(shown(filter).isEmpty());
    spec.teamKey = "customer_success";  // Sara's team owns A-1's retention
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"A-1"});

    spec = {};
    spec.segment = "enterprise";
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"A-1", "C-3"});
    spec.band = Band::Green;
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"C-3"});
    spec = {};
    spec.model = "b2c";
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"B-2"});
    spec = {};
    spec.band = Band::Insufficient;  // never scored, no override: "No data"
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"B-2"});

    // A refresh (the matrix rebuilt, the model reset) keeps the filter and applies it to the
    // new rows.
    spec = {};
    spec.personId = sara;
    filter.setFilter(spec);
    CHECK(shown(filter) == QStringList{"A-1"});
    f.ownership(c, "retention", sara);
    matrix.build();
    model.setMatrix(matrix);
    CHECK(filter.filter() == spec);
    CHECK(shown(filter) == QStringList{"A-1", "C-3"});
    CHECK(filter.totalCount() == 3);
    filter.setFilter({});
    CHECK(filter.rowCount() == 3);
}
