// libFuzzer target for the CSV import path (docs/trust.md, "Fuzzing"): the first byte picks the
// kind and whether to write, the rest is the file. The import runs against a small book (a
// generated data set imported once) inside an outer transaction that is rolled back, so every
// input meets the same database. A DataError is the expected answer to a bad file; anything
// else escaping, a crash or a sanitizer report is a finding.
#include "domain/errors.h"
#include "generator/generator.h"
#include "io/csvkind.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace karvan;

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    QString input;
};

Fixture *s_fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    s_fixture = new Fixture;
    s_fixture->app = std::make_unique<QCoreApplication>(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    s_fixture->dir = std::make_unique<QTemporaryDir>();
    s_fixture->input = s_fixture->dir->filePath(QStringLiteral("input.csv"));
    s_fixture->db = std::make_unique<Database>(QStringLiteral(":memory:"));
    GeneratorOptions options;
    options.accounts = 20;
    options.months = 6;
    const QString seed = s_fixture->dir->filePath(QStringLiteral("book"));
    Generator(options).writeAll(seed);
    Importer importer(*s_fixture->db, QStringLiteral("fuzz"));
    for (const CsvKind kind : allCsvKinds())
        importer.importFile(kind, QDir(seed).filePath(csvKindName(kind) + QStringLiteral(".csv")));

    // KARVAN_FUZZ_MAKE_CORPUS=DIR: write the seed corpus (each kind's generated file behind its
    // kind byte, once as a dry run and once written) into DIR and stop.
    const QString corpus = qEnvironmentVariable("KARVAN_FUZZ_MAKE_CORPUS");
    if (!corpus.isEmpty()) {
        QDir().mkpath(corpus);
        const auto &kinds = allCsvKinds();
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            QFile in(QDir(seed).filePath(csvKindName(kinds[i]) + QStringLiteral(".csv")));
            if (!in.open(QIODevice::ReadOnly))
                std::abort();
            const QByteArray content = in.readAll();
            for (const bool write : {false, true}) {
                QFile out(QDir(corpus).filePath(csvKindName(kinds[i]) + (write ? QStringLiteral("-write") : QStringLiteral("-dry"))));
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    std::abort();
                out.write(QByteArray(1, char(i | (write ? 0x80 : 0))) + content);
            }
        }
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const auto &kinds = allCsvKinds();
    const CsvKind kind = kinds.at((data[0] & 0x7f) % kinds.size());
    const bool write = data[0] & 0x80;
    {
        QFile file(s_fixture->input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    Transaction outer(s_fixture->db->connection()); // rolled back: the next input meets the same book
    Importer importer(*s_fixture->db, QStringLiteral("fuzz"));
    importer.setDisplayName(QStringLiteral("input.csv"));
    try {
        importer.importFile(kind, s_fixture->input, !write);
    } catch (const DataError &) {
        // A bad file, refused: the expected answer.
    }
    return 0;
}
