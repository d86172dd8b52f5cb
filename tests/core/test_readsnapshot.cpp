// The large reads' native path (BulkReader) and the snapshot shared by threads that split one
// read over several connections (SharedReadSnapshot, the dashboard's two halves).
#include "domain/errors.h"
#include "storage/bulkreader.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <atomic>
#include <future>
#include <thread>

#include <catch2/catch.hpp>

using namespace karvan;

namespace {

struct ScratchFile
{
    ScratchFile() : path(dir.filePath(QStringLiteral("read.sqlite")))
    {
        Database db(path);
        sql::exec(db.connection(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT)"));
    }
    QTemporaryDir dir;
    QString path;
};

qint64 countRows(const QSqlDatabase &db)
{
    BulkReader q(db, QStringLiteral("SELECT COUNT(*) FROM t"));
    return q.next() ? q.integer(0) : -1;
}

Database::Options readOnly()
{
    Database::Options o;
    o.access = Database::Access::ReadOnly;
    o.create = false;
    return o;
}

} // namespace

TEST_CASE("BulkReader reads integers, text, NULL and bound values natively")
{
    ScratchFile f;
    Database db(f.path);
    sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO t (n, s) VALUES (7, 'retention'), (NULL, 'retention'), (-3, NULL), (9, 'دانا')"));
    BulkReader q(db.connection(), QStringLiteral("SELECT n, s FROM t WHERE id >= ? ORDER BY id"));
    q.bindInt(0, 1);
    REQUIRE(q.next());
    CHECK(q.integer(0) == 7);
    CHECK_FALSE(q.isNull(0));
    const QString first = q.sharedText(1);
    CHECK(first == QStringLiteral("retention"));
    REQUIRE(q.next());
    CHECK(q.isNull(0));
    CHECK(q.integer(0) == 0);
    const QString second = q.sharedText(1);
    CHECK(second == first);
    CHECK(second.constData() == first.constData()); // one shared copy for a repeated value
    REQUIRE(q.next());
    CHECK(q.integer(0) == -3);
    CHECK(q.isNull(1));
    CHECK(q.text(1).isNull());
    CHECK(q.sharedText(1).isNull());
    REQUIRE(q.next());
    CHECK(q.text(1) == QStringLiteral("دانا"));
    CHECK_FALSE(q.next());

    // Bound again, the statement starts over, also in the middle of its rows.
    q.bindInt(0, 3);
    REQUIRE(q.next());
    CHECK(q.integer(0) == -3);
    q.bindInt(0, 4);
    REQUIRE(q.next());
    CHECK(q.integer(0) == 9);
    CHECK_FALSE(q.next());

    BulkReader text(db.connection(), QStringLiteral("SELECT COUNT(*) FROM t WHERE s = ?"));
    text.bindText(0, QStringLiteral("retention"));
    REQUIRE(text.next());
    CHECK(text.integer(0) == 2);
}

TEST_CASE("BulkReader reports a bad statement as a database problem")
{
    ScratchFile f;
    Database db(f.path);
    CHECK_THROWS_AS(BulkReader(db.connection(), QStringLiteral("SELECT nothing FROM nowhere")), DatabaseError);
}

TEST_CASE("threads sharing a read snapshot read the same state while another connection writes")
{
    ScratchFile f;
    std::atomic<bool> stop{false};
    // A writer committing one row after another, as an import in another window would.
    std::thread writer([&] {
        Database db(f.path);
        QSqlQuery insert = sql::prepare(db.connection(), QStringLiteral("INSERT INTO t (n) VALUES (1)"));
        while (!stop.load()) {
            sql::exec(insert);
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
    });
    int agreed = 0;
    int refused = 0;
    for (int round = 0; round < 40; ++round) {
        SharedReadSnapshot snapshot(2);
        auto other = std::async(std::launch::async, [&] {
            Database db(f.path, readOnly());
            QSqlDatabase c = db.connection();
            snapshot.follow(c);
            const qint64 first = countRows(c);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            const qint64 again = countRows(c); // the snapshot holds inside the thread too
            c.rollback();
            return first == again ? first : -1;
        });
        Database db(f.path, readOnly());
        Database control(f.path, readOnly());
        QSqlDatabase c = db.connection();
        try {
            snapshot.lead(control.connection(), c);
        } catch (const DatabaseError &) {
            // The database kept changing for ten tries: refused together, never half-read.
            CHECK_THROWS_AS(other.get(), DatabaseError);
            ++refused;
            continue;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const qint64 mine = countRows(c);
        c.rollback();
        CHECK(other.get() == mine);
        ++agreed;
    }
    stop = true;
    writer.join();
    CHECK(agreed + refused == 40);
    CHECK(agreed > 0);
}

TEST_CASE("a thread that cannot open its connection makes the shared snapshot fail for all")
{
    ScratchFile f;
    SharedReadSnapshot snapshot(2);
    auto other = std::async(std::launch::async, [&] { snapshot.abandon(); });
    Database db(f.path, readOnly());
    Database control(f.path, readOnly());
    QSqlDatabase c = db.connection();
    CHECK_THROWS_AS(snapshot.lead(control.connection(), c), DatabaseError);
    other.get();
    // The connection is left outside any transaction.
    CHECK(c.transaction());
    c.rollback();
}
