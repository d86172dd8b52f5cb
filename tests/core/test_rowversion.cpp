// Row versions: two connections on one file (two windows, or the app and a CLI), each editing
// from the copy it read. A stale edit is refused naming who changed the record and when, and
// writes nothing; a fresh one goes through.
#include "test_accountfixture.h"

#include "accounts/accountdetailloader.h"
#include "accounts/accounteditor.h"
#include "accounts/activityrecords.h"
#include "accounts/stageownereditor.h"
#include "domain/errors.h"
#include "io/csvkind.h"
#include "io/importer.h"
#include "people/peoplestore.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/transaction.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace karvan;
using namespace karvan::testing;

namespace {

// A second connection on the fixture's file, as another window or karvan-cli would open it.
struct OtherWindow
{
    explicit OtherWindow(const AccountFixture &f)
        : database(f.dir.filePath(QStringLiteral("book.sqlite"))) {}
    Database database;
};

} // namespace

TEST_CASE("every write to an account raises its version and names who wrote")
{
    AccountFixture f;
    const rowversion::Stamp before = rowversion::read(f.db, rowversion::Table::Accounts, f.acme);
    CHECK(before.version == 1);
    AccountEditor(f.db, QStringLiteral("alice@example.com"))
        .setProfileValue(f.acme, QStringLiteral("industry"), QStringLiteral("Logistics"));
    const rowversion::Stamp afterProfile = rowversion::read(f.db, rowversion::Table::Accounts, f.acme);
    CHECK(afterProfile.version > before.version);
    CHECK(afterProfile.by == QStringLiteral("alice@example.com"));
    CHECK(afterProfile.at.endsWith(QLatin1Char('Z')));

    AccountEditor(f.db, QStringLiteral("bob@example.com")).changeStage(f.acme, Stage::Deployment);
    const rowversion::Stamp afterStage = rowversion::read(f.db, rowversion::Table::Accounts, f.acme);
    CHECK(afterStage.version > afterProfile.version);
    CHECK(afterStage.by == QStringLiteral("bob@example.com"));

    Interaction i;
    i.date = f.today;
    i.kind = QStringLiteral("call");
    ActivityRecords(f.db, QStringLiteral("carol@example.com")).addInteraction(f.acme, i);
    CHECK(rowversion::read(f.db, rowversion::Table::Accounts, f.acme).version > afterStage.version);
    // Another account is untouched.
    CHECK(rowversion::read(f.db, rowversion::Table::Accounts, f.beta).version == 1);
    // The detail carries the version it was read at.
    CHECK(AccountDetailLoader(f.db).load(f.acme).version
          == rowversion::read(f.db, rowversion::Table::Accounts, f.acme).version);
}

TEST_CASE("an edit from a copy read before another window's change is refused with who and when")
{
    AccountFixture f;
    OtherWindow other(f);
    const AccountDetail mine = AccountDetailLoader(f.db).load(f.acme);

    // The other window changes the industry after this one read the account.
    AccountEditor(other.database.connection(), QStringLiteral("bob@example.com"))
        .setProfileValue(f.acme, QStringLiteral("industry"), QStringLiteral("Logistics"));

    // This window's edit, made from its copy, inside one transaction as the app does.
    auto editFromMyCopy = [&] {
        Transaction tx(f.db);
        rowversion::claim(f.db, rowversion::Table::Accounts, f.acme, mine.version,
                          QStringLiteral("alice@example.com"), mine.name);
        AccountEditor(f.db, QStringLiteral("alice@example.com"))
            .setProfileValue(f.acme, QStringLiteral("industry"), QStringLiteral("Travel"));
        tx.commit();
    };
    try {
        editFromMyCopy();
        FAIL("the stale edit went through");
    } catch (const StaleEditError &e) {
        CHECK(e.record() == QStringLiteral("Acme Corp"));
        CHECK(e.changedBy() == QStringLiteral("bob@example.com"));
        CHECK_FALSE(e.changedAt().isEmpty());
        CHECK(e.messages().value(0).contains(QStringLiteral("bob@example.com")));
        CHECK(e.messages().value(0).contains(QStringLiteral("nothing was saved")));
    }
    // Nothing of this window's edit was written: the other window's value stands.
    CHECK(text(f.db, "SELECT industry FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("Logistics"));
    CHECK(scalar(f.db, "SELECT count(*) FROM audit_log WHERE field = 'industry' AND new_value = 'Travel'") == 0);

    // After a reload the same edit goes through.
    const AccountDetail reloaded = AccountDetailLoader(f.db).load(f.acme);
    CHECK(reloaded.updatedBy == QStringLiteral("bob@example.com"));
    {
        Transaction tx(f.db);
        rowversion::claim(f.db, rowversion::Table::Accounts, f.acme, reloaded.version,
                          QStringLiteral("alice@example.com"), reloaded.name);
        AccountEditor(f.db, QStringLiteral("alice@example.com"))
            .setProfileValue(f.acme, QStringLiteral("industry"), QStringLiteral("Travel"));
        tx.commit();
    }
    CHECK(text(f.db, "SELECT industry FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("Travel"));
}

TEST_CASE("a stage owner change from another window makes an older copy stale")
{
    AccountFixture f;
    OtherWindow other(f);
    const qint64 read = AccountDetailLoader(f.db).load(f.acme).version;
    OwnerState state;
    state.exists = true;
    state.personId = f.bob;
    StageOwnerEditor(other.database.connection(), QStringLiteral("lead@example.com"))
        .setOwnerState(f.acme, Stage::Implementation, state);
    Transaction tx(f.db);
    CHECK_THROWS_AS(rowversion::claim(f.db, rowversion::Table::Accounts, f.acme, read,
                                      QStringLiteral("alice@example.com"), QStringLiteral("Acme Corp")),
                    StaleEditError);
}

TEST_CASE("a deleted account is reported as gone, not as changed")
{
    AccountFixture f;
    Transaction tx(f.db);
    CHECK_THROWS_AS(rowversion::claim(f.db, rowversion::Table::Accounts, 999999, 1,
                                      QStringLiteral("alice@example.com"), QStringLiteral("Nobody")),
                    DataError);
    try {
        rowversion::claim(f.db, rowversion::Table::Accounts, 999999, 1, QStringLiteral("a"), QStringLiteral("Nobody"));
    } catch (const StaleEditError &) {
        FAIL("a missing row is not a stale edit");
    } catch (const DataError &e) {
        CHECK(e.messages().value(0).contains(QStringLiteral("no longer exists")));
    }
}

TEST_CASE("a person or team edited from an older copy is refused, a fresh copy goes through")
{
    AccountFixture f;
    OtherWindow other(f);
    PeopleStore mine(f.db, QStringLiteral("alice@example.com"));
    PeopleStore theirs(other.database.connection(), QStringLiteral("bob@example.com"));

    Person myCopy = *mine.person(f.carol);
    Person theirCopy = *theirs.person(f.carol);
    REQUIRE(myCopy.version == theirCopy.version);
    theirCopy.name = QStringLiteral("Carol Cole-Smith");
    const qint64 after = theirs.updatePerson(theirCopy);
    CHECK(after > myCopy.version);

    myCopy.name = QStringLiteral("Caroline Cole");
    try {
        mine.updatePerson(myCopy);
        FAIL("the stale edit went through");
    } catch (const StaleEditError &e) {
        CHECK(e.changedBy() == QStringLiteral("bob@example.com"));
    }
    CHECK(mine.person(f.carol)->name == QStringLiteral("Carol Cole-Smith"));

    Person fresh = *mine.person(f.carol);
    CHECK(fresh.version == after);
    fresh.name = QStringLiteral("Caroline Cole");
    CHECK(mine.updatePerson(fresh) > after);
    CHECK(mine.person(f.carol)->name == QStringLiteral("Caroline Cole"));

    Team myTeam = *mine.teamByKey(QStringLiteral("support"));
    Team theirTeam = *theirs.teamByKey(QStringLiteral("support"));
    theirTeam.description = QStringLiteral("Tier 1 and 2");
    theirs.updateTeam(theirTeam);
    myTeam.description = QStringLiteral("Tier 1");
    CHECK_THROWS_AS(mine.updateTeam(myTeam), StaleEditError);
    CHECK(mine.teamByKey(QStringLiteral("support"))->description == QStringLiteral("Tier 1 and 2"));
}

TEST_CASE("an import that writes an account's records or changes it makes an older copy stale")
{
    AccountFixture f;
    const auto version = [&f](qint64 id) { return rowversion::read(f.db, rowversion::Table::Accounts, id).version; };
    const auto write = [&f](const QString &name, const QByteArray &content) {
        QFile file(f.dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const qint64 acme = version(f.acme), beta = version(f.beta);
    Importer importer(*f.database, QStringLiteral("karvan-cli:import"));
    importer.importFile(CsvKind::Interactions,
                        write(QStringLiteral("interactions.csv"),
                              "account_id,date,kind,author,summary\nA1,2026-03-01,call,alice@example.com,Renewal talk\n"));
    CHECK(version(f.acme) > acme);
    CHECK(version(f.beta) == beta);  // not named by the file
    CHECK(rowversion::read(f.db, rowversion::Table::Accounts, f.acme).by == QStringLiteral("karvan-cli:import"));

    // A dry run writes nothing, versions included.
    const qint64 afterImport = version(f.acme);
    importer.importFile(CsvKind::Interactions,
                        write(QStringLiteral("more.csv"),
                              "account_id,date,kind,author,summary\nA1,2026-03-02,call,alice@example.com,Again\n"),
                        true);
    CHECK(version(f.acme) == afterImport);
}
