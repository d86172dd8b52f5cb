// karvan-cli handoff: the steps, their refusals (exit 2, one line, nothing changed) and the
// JSON shapes of shared/contract.md.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace karvan::clitest;

namespace {

struct Book
{
    QTemporaryDir dir;
    QString db = dir.filePath("k.sqlite");

    Book()
    {
        write("people.csv", "email,name,team\nomid@example.com,Omid,sales\nsara@example.com,Sara,customer_success\n"
                            "mina@example.com,Mina,marketing\n");
        write("accounts.csv", "id,name,stage,owner\nA-1,Alborz,acquisition,omid@example.com\n");
        REQUIRE(cli({"--db", db, "import", "people", dir.filePath("people.csv")}).exitCode == 0);
        REQUIRE(cli({"--db", db, "import", "accounts", dir.filePath("accounts.csv")}).exitCode == 0);
    }
    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    Run as(const QString &who, const QStringList &args) const
    {
        return cli(QStringList{"--db", db, "--as", who + "@example.com", "handoff"} + args);
    }
    QJsonObject show(const QString &id) const
    {
        const Run r = cli({"--db", db, "handoff", "show", id, "--json"});
        REQUIRE(r.exitCode == 0);
        return json(r);
    }
};

bool isUtc(const QJsonValue &v)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    return v.isString() && iso.match(v.toString()).hasMatch();
}

} // namespace

TEST_CASE("karvan-cli handoff runs the whole flow with the contract's JSON")
{
    Book b;
    const Run started = b.as("omid", {"start", "A-1", "--to", "sara@example.com"});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QString id = started.out.trimmed();
    CHECK(id == "1");

    QJsonObject h = b.show(id);
    CHECK(h.keys() == QStringList({"account", "csm", "decided", "events", "id", "items", "overdue", "sales",
                                   "started", "state", "submitted"}));
    CHECK(h["id"].toInt() == 1);
    CHECK(h["account"].toString() == "A-1");
    CHECK(h["state"].toString() == "draft");
    CHECK(h["sales"].toString() == "omid@example.com");
    CHECK(h["csm"].toString() == "sara@example.com");
    CHECK(isUtc(h["started"]));
    CHECK(h["submitted"].isNull());
    CHECK(h["decided"].isNull());
    CHECK(h["overdue"].toBool() == false);
    const QJsonArray items = h["items"].toArray();
    REQUIRE(items.size() == 9);
    CHECK(items[0].toObject().keys() == QStringList({"at", "by", "done", "n", "note", "required", "text"}));
    CHECK(items[0].toObject()["n"].toInt() == 1);
    CHECK(items[0].toObject()["note"].isNull());
    CHECK(items[6].toObject()["required"].toBool() == false);
    REQUIRE(h["events"].toArray().size() == 1);
    CHECK(h["events"].toArray()[0].toObject().keys() == QStringList({"action", "at", "by", "reason"}));

    // Submit with required items open: exit 2, one line naming them, nothing changed.
    Run r = b.as("omid", {"submit", id});
    CHECK(r.exitCode == 2);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("1. Why the customer bought"));
    CHECK(r.out.isEmpty());
    CHECK(b.show(id)["state"].toString() == "draft");

    for (int n : {1, 2, 3, 4, 5, 6, 8})
        REQUIRE(b.as("omid", {"item", id, QString::number(n), "--done", "--note", QStringLiteral("note %1").arg(n)}).exitCode == 0);
    CHECK(b.as("omid", {"item", id, "9", "--done"}).exitCode == 0);
    CHECK(b.as("omid", {"item", id, "9", "--undone"}).exitCode == 0);
    h = b.show(id);
    const QJsonObject first = h["items"].toArray()[0].toObject();
    CHECK(first["done"].toBool());
    CHECK(first["note"].toString() == "note 1");
    CHECK(first["by"].toString() == "omid@example.com");
    CHECK(isUtc(first["at"]));
    CHECK(h["items"].toArray()[8].toObject()["done"].toBool() == false);

    CHECK(b.as("omid", {"submit", id}).exitCode == 0);
    // The wrong person, and a return without a reason: refused.
    r = b.as("omid", {"accept", id});
    CHECK(r.exitCode == 2);
    CHECK(r.err.count('\n') == 1);
    CHECK(b.as("sara", {"return", id, "--reason", ""}).exitCode == 2);
    CHECK(b.as("sara", {"return", id, "--reason", "Stakeholder map has no economic buyer"}).exitCode == 0);
    h = b.show(id);
    CHECK(h["state"].toString() == "returned");
    CHECK(isUtc(h["decided"]));
    const QJsonObject ret = h["events"].toArray().last().toObject();
    CHECK(ret["action"].toString() == "return");
    CHECK(ret["by"].toString() == "sara@example.com");
    CHECK(ret["reason"].toString() == "Stakeholder map has no economic buyer");

    CHECK(b.as("omid", {"item", id, "5", "--done", "--note", "Champion Lida, buyer Kaveh (CFO), email"}).exitCode == 0);
    CHECK(b.as("omid", {"submit", id}).exitCode == 0);
    CHECK(b.as("sara", {"accept", id}).exitCode == 0);
    CHECK(b.as("sara", {"accept", id}).exitCode == 2);
    h = b.show(id);
    CHECK(h["state"].toString() == "accepted");

    // The account moved on and its customer-success stages are Sara's.
    const QJsonObject matrix = json(cli({"--db", b.db, "matrix", "--json"}));
    const QJsonObject account = matrix["accounts"].toArray()[0].toObject();
    CHECK(account["stage"].toString() == "implementation");
    CHECK(account["owners"].toObject()["retention"].toObject()["person"].toString() == "sara@example.com");
    CHECK(account["owners"].toObject()["acquisition"].toObject()["person"].toString() == "omid@example.com");

    const QJsonObject list = json(cli({"--db", b.db, "handoff", "list", "--json"}));
    REQUIRE(list.keys() == QStringList{"handoffs"});
    REQUIRE(list["handoffs"].toArray().size() == 1);
    const QJsonObject one = list["handoffs"].toArray()[0].toObject();
    CHECK(one.keys() == QStringList({"account", "csm", "decided", "id", "overdue", "sales", "started", "state", "submitted"}));
    CHECK(json(cli({"--db", b.db, "handoff", "list", "--state", "draft", "--json"}))["handoffs"].toArray().isEmpty());
}

TEST_CASE("karvan-cli handoff refuses bad steps and needs an acting person")
{
    Book b;
    // Nobody acting: a usage error.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("KARVAN_USER");
    Run r = cli({"--db", b.db, "handoff", "start", "A-1", "--to", "sara@example.com"}, env);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("nobody is acting"));
    // KARVAN_USER names the person.
    env.insert("KARVAN_USER", "omid@example.com");
    r = cli({"--db", b.db, "handoff", "start", "A-1", "--to", "mina@example.com"}, env);
    CHECK(r.exitCode == 2);
    CHECK(r.err.count('\n') == 1);
    CHECK(cli({"--db", b.db, "handoff", "start", "A-1", "--to", "sara@example.com"}, env).exitCode == 0);
    r = b.as("omid", {"start", "A-1", "--to", "sara@example.com"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("already has an open hand-off"));
    CHECK(b.as("omid", {"item", "1", "1"}).exitCode == 1);           // neither --done nor --undone
    CHECK(b.as("omid", {"item", "1", "42", "--done"}).exitCode == 2);  // no such item
    CHECK(b.as("omid", {"show", "7"}).exitCode == 2);
    CHECK(b.as("omid", {"fly", "1"}).exitCode == 1);
    CHECK(json(cli({"--db", b.db, "handoff", "list", "--json"}))["handoffs"].toArray().size() == 1);
}
