#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "io/csvkind.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "test_files.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::test;

namespace {

QString errorOf(CsvReader &reader)
{
    try {
        while (reader.next()) {
        }
    } catch (const DataError &e) {
        return e.messages().join('\n');
    }
    return QString();
}

} // namespace

TEST_CASE("csv kinds: names, import order and columns")
{
    REQUIRE(allCsvKinds().size() == 10);
    // stages after ownership (contract: kinds import in the order of the table).
    CHECK(csvKindName(allCsvKinds()[3]) == "stages");
    CHECK(csvKindName(allCsvKinds()[2]) == "ownership");
    CHECK(csvKindName(allCsvKinds().front()) == "people");
    CHECK(csvKindName(allCsvKinds().back()) == "costs");
    for (const CsvKind k : allCsvKinds()) {
        CHECK(csvKindFromName(csvKindName(k).toUpper()) == k);
        for (const QString &key : csvKeyColumns(k))
            CHECK(csvColumns(k).indexOf(key) < int(csvKeyColumns(k).size()));
        for (const QString &r : csvRequiredColumns(k))
            CHECK(csvColumns(k).contains(r));
    }
    CHECK_FALSE(csvKindFromName(u"nonsense").has_value());
    CHECK(csvColumns(CsvKind::Costs).first() == "id");
}

TEST_CASE("CsvReader reads BOM, CRLF, quotes and multi-line fields with their start lines")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "\xEF\xBB\xBF" "a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"line1\nline2\"\n3, spaced \n");
    CsvReader reader(path, "in.csv");
    CHECK(reader.header() == QStringList{"a", "b"});
    REQUIRE(reader.next());
    CHECK(reader.fields() == QStringList{"1", "x, \"y\""});
    CHECK(reader.line() == 2);
    REQUIRE(reader.next());
    CHECK(reader.fields() == QStringList{"2", "line1\nline2"});
    CHECK(reader.line() == 4);
    REQUIRE(reader.next());
    CHECK(reader.fields() == QStringList{"3", " spaced "});
    CHECK(reader.line() == 6);
    CHECK_FALSE(reader.next());
}

TEST_CASE("CsvReader reports an empty file, broken quoting and invalid UTF-8 with the line")
{
    QTemporaryDir dir;
    {
        CsvReader reader(writeFile(dir, ""), "e.csv");
        CHECK(errorOf(reader) == "e.csv:1: the file is empty");
    }
    {
        CsvReader reader(writeFile(dir, "a,b\n1,2\n3,x\"y\n"), "q.csv");
        CHECK(errorOf(reader).startsWith("q.csv:3: broken quoting"));
    }
    {
        CsvReader reader(writeFile(dir, "a,b\n1,2\n\"open,3\n4,5\n"), "u.csv");
        CHECK(errorOf(reader) == "u.csv:3: broken quoting: a quoted field is not closed");
    }
    {
        CsvReader reader(writeFile(dir, "a,b\n1,2\n3,\xff\xfe\n4,5\n"), "b.csv");
        REQUIRE(reader.next());
        CHECK_THROWS_WITH(reader.next(), "b.csv:3: the text is not valid UTF-8");
        REQUIRE(reader.next());  // goes on after a bad record
        CHECK(reader.fields() == QStringList{"4", "5"});
        CHECK(reader.line() == 4);
    }
}

TEST_CASE("CsvWriter quotes only when needed and round-trips through CsvReader")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QStringList row = {"plain", "a,b", "say \"hi\"", "two\nlines", " pad ", "", "سلام، دنیا",
                             "'; DROP TABLE accounts; --", QString(100000, 'x')};
    {
        CsvWriter writer(&buffer);
        writer.writeRow({"h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9"});
        writer.writeRow(row);
    }
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("h1,h2,h3,h4,h5,h6,h7,h8,h9\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad \",,"));
    CHECK(CsvWriter::encodeField("x") == "x");
    CHECK(CsvWriter::encodeField("x\"") == "\"x\"\"\"");
    QTemporaryDir dir;
    CsvReader reader(writeFile(dir, bytes));
    reader.header();
    REQUIRE(reader.next());
    CHECK(reader.fields() == row);
}
