#include <catch2/catch.hpp>

#include "accounts/accountcreator.h"
#include "accounts/accountlookups.h"
#include "domain/errors.h"
#include "storage/transaction.h"
#include "test_healthfixture.h"

using namespace karvan;

TEST_CASE("a new account starts in acquisition owned by the person who enters it")
{
    test::HealthFixture f;
    const qint64 omid = f.person("omid@example.com", "sales");
    f.account("ACC-0007");
    f.account("ACC-0041");
    f.account("X1");
    const qint64 region = f.exec("INSERT INTO custom_fields (name, position) VALUES ('region', 0)");
    AccountLookups lookups(f.db());
    AccountCreator creator(f.db(), "omid@example.com");
    CHECK(lookups.suggestExtId() == "ACC-0042");

    AccountCreator::NewAccount n;
    n.extId = "ACC-0042";
    n.name = "  Zagros Foods ";
    n.industry = "Food";
    n.segment = "mid-market";
    n.model = "b2b";
    n.contractStart = QDate(2026, 5, 1);
    n.renewalDate = QDate(2027, 5, 1);
    n.mrrMinor = 1234550;
    n.custom = {{region, "North"}};
    n.owner = "omid@example.com";
    const qint64 id = creator.createAccount(n);

    CHECK(f.value("SELECT name || '|' || stage || '|' || model || '|' || renewal_date FROM accounts WHERE id = ?", {id})
              .toString() == "Zagros Foods|acquisition|b2b|2027-05-01");
    CHECK(f.value("SELECT person_id FROM ownership WHERE account_id = ? AND stage = 'acquisition'", {id}).toLongLong() == omid);
    CHECK(f.value("SELECT count(*) FROM ownership_history WHERE account_id = ? AND person_id = ?", {id, omid}).toInt() == 1);
    CHECK(f.value("SELECT stage FROM stage_history WHERE account_id = ? AND ended_at IS NULL", {id}).toString() == "acquisition");
    CHECK(f.value("SELECT mrr FROM revenue WHERE account_id = ? AND month = '2026-05'", {id}).toLongLong() == 1234550);
    CHECK(f.value("SELECT value FROM account_fields WHERE account_id = ? AND field_id = ?", {id, region}).toString() == "North");
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity = 'account' AND entity_id = 'ACC-0042'"
                  " AND field = 'created' AND actor = 'omid@example.com'").toInt() == 1);
    CHECK(lookups.suggestExtId() == "ACC-0043");

    n.name = "Another";
    CHECK_THROWS_AS(creator.createAccount(n), DataError);  // the id is taken
    n.extId = "ACC-0050";
    n.name = " ";
    CHECK_THROWS_AS(creator.createAccount(n), DataError);
    n.name = "Bad owner";
    n.owner = "ghost@example.com";
    CHECK_THROWS_AS(creator.createAccount(n), DataError);
    CHECK(f.value("SELECT count(*) FROM accounts").toInt() == 4);

    creator.removeCreatedAccount(id);
    CHECK(f.value("SELECT count(*) FROM accounts WHERE ext_id = 'ACC-0042'").toInt() == 0);
    CHECK(f.value("SELECT count(*) FROM ownership_history WHERE account_id = ?", {id}).toInt() == 0);
}

TEST_CASE("a transaction opened inside another is a savepoint of it")
{
    test::HealthFixture f;
    {
        Transaction outer(f.db());
        f.account("KEEP");
        {
            Transaction inner(f.db());
            f.account("DROP");
        }  // rolled back: only the inner change goes
        {
            Transaction inner(f.db());
            f.account("INNER");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(f.value("SELECT group_concat(ext_id, ',') FROM (SELECT ext_id FROM accounts ORDER BY ext_id)").toString()
          == "INNER,KEEP");
    {
        Transaction outer(f.db());
        {
            Transaction inner(f.db());
            f.account("GONE");
            inner.commit();
        }
    }  // the outer rollback takes the committed inner change with it
    CHECK(f.value("SELECT count(*) FROM accounts WHERE ext_id = 'GONE'").toInt() == 0);
    Transaction after(f.db());  // nothing left open
    after.commit();
}
