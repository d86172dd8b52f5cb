#include "io/importer.h"

#include "health/healthservice.h"

#include "storage/audit.h"
#include "storage/rowversion.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "domain/errors.h"
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "io/importerrow.h"
#include "storage/sqlengine.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <vector>

namespace karvan {

namespace {

constexpr qint64 kProgressStep = 64 * 1024;
// After this much of a file, an import estimates how many rows it will write (from the rows
// so far) and decides whether the table's secondary indexes are built again at the end: a
// smaller file never changes them.
constexpr qint64 kIndexDecisionBytes = 1024 * 1024;

struct Header
{
    QHash<QString, int> columns;  // lower-case name -> index
    QStringList extra;            // non-standard columns as written
};

// Maps the header's names (any order, any case) to columns; reports duplicate and missing
// required columns at line 1 and warns about columns that are ignored.
Header readHeader(CsvKind kind, const QStringList &names, const ImporterKind &importer,
                  ImporterContext &ctx, QStringList *warnings)
{
    Header header;
    const QStringList standard = csvColumns(kind);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        const QString lower = name.toLower();
        if (lower.isEmpty()) {
            warnings->append(QStringLiteral("%1:1: column %2 has no name; ignored")
                                 .arg(ctx.fileName()).arg(i + 1));
            continue;
        }
        if (header.columns.contains(lower)) {
            ctx.problem(1, lower, QStringLiteral("the column appears twice"), QString());
            continue;
        }
        header.columns.insert(lower, int(i));
        if (standard.contains(lower))
            continue;
        if (importer.acceptsExtraColumns()) {
            header.extra.append(name);
        } else {
            warnings->append(QStringLiteral("%1:1: column '%2' is not a %3 column; ignored")
                                 .arg(ctx.fileName(), name, csvKindName(kind)));
        }
    }
    // Warnings are capped like errors: 100 lines, then how many more.
    constexpr qsizetype kMaxWarnings = 100;
    if (warnings->size() > kMaxWarnings) {
        const qsizetype more = warnings->size() - kMaxWarnings;
        warnings->resize(kMaxWarnings);
        warnings->append(QStringLiteral("%1:1: and %2 more columns ignored").arg(ctx.fileName()).arg(more));
    }
    for (const QString &required : csvRequiredColumns(kind)) {
        if (!header.columns.contains(required))
            ctx.problem(1, required, QStringLiteral("required column is missing"), QString());
    }
    return header;
}

// Reads the file once more for an importer that writes some rows only after all others
// (ImporterKind::needsSecondPass): the rows are not held in memory between the passes.
void secondPass(const QString &path, const QString &name, qsizetype fieldCount,
                const QHash<QString, int> &columns, ImporterContext &ctx, ImporterKind &importer)
{
    CsvReader reader(path, name);
    reader.header();
    for (;;) {
        try {
            if (!reader.next())
                break;
        } catch (const DataError &e) {
            for (const QString &m : e.messages())
                ctx.problemMessage(m);
            continue;
        }
        const QStringList fields = reader.fields();
        if (fields.size() == fieldCount)
            importer.secondPassRow(ImporterRow(ctx, columns, fields, reader.line()));
    }
    importer.finishSecondPass();
}

} // namespace

QString ImportResult::summary(bool dryRun) const
{
    QString text = QStringLiteral("%1: %2 rows, %3 added, %4 updated")
                       .arg(csvKindName(kind)).arg(rows).arg(inserted).arg(updated);
    if (dryRun)
        text += QStringLiteral(" (dry run, nothing written)");
    return text;
}

Importer::Importer(Database &db, QString actor) : m_db(db), m_actor(std::move(actor))
{
}

ImportResult Importer::importFile(CsvKind kind, const QString &path, bool dryRun,
                                  const std::function<bool(qint64, qint64)> &progress)
{
    const QString name = m_displayName.isEmpty() ? path : m_displayName;
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    result.kind = kind;
    CsvReader reader(path, name);
    const QStringList names = reader.header();

    QSqlDatabase db = m_db.connection();
    // Reads through SQLite's own page cache while importing: bounded, where memory-mapped
    // reads would leave every touched page of the file in the process's resident memory.
    sqlengine::setMemoryMappedReads(db, false);
    auto mapAgain = qScopeGuard([&db] {
        try {
            sqlengine::setMemoryMappedReads(db, true);
        } catch (const DatabaseError &) {
            // Only slower reads later; the import's own outcome stands.
        }
    });
    ImporterContext ctx(db, name, m_actor, dryRun);
    // The kinds the account workspace also edits: their accounts get a new row version. The
    // kinds the health score reads: their accounts' health now is refreshed.
    const bool versioned = kind == CsvKind::Ownership || kind == CsvKind::Stages
                           || kind == CsvKind::Interactions || kind == CsvKind::Tickets;
    const bool healthInput = kind == CsvKind::Usage || kind == CsvKind::Interactions
                             || kind == CsvKind::Tickets || kind == CsvKind::Surveys;
    ctx.trackAccounts(versioned || healthInput);
    std::unique_ptr<ImporterKind> importer = makeImporterKind(kind, ctx);

    // A file large enough that its kind may build indexes again at the end: temporary storage
    // in files from before the transaction (SQLite may refuse the change inside it), so that
    // those sorts stay bounded in memory; back in memory after the transaction ends. Should
    // the change be refused (a caller's transaction open), the indexes are kept up row by row.
    bool mayRebuild = false;
    if (!dryRun && !importer->bulkTables().isEmpty() && reader.size() >= kIndexDecisionBytes) {
        try {
            sqlengine::setTemporaryFiles(db, true);
            mayRebuild = true;
        } catch (const DatabaseError &e) {
            spdlog::warn("import of {}: indexes kept up row by row: {}", name.toStdString(), e.what());
        }
    }
    auto temporaryInMemory = qScopeGuard([&db, mayRebuild] {
        if (!mayRebuild)
            return;
        try {
            sqlengine::setTemporaryFiles(db, false);
        } catch (const DatabaseError &) {
            // Only slower upserts later; the import's own outcome stands.
        }
    });
    std::optional<Transaction> transaction;
    if (!dryRun) {
        transaction.emplace(db);
        // Every reference is checked by the import itself first; the engine checks again at
        // the commit (measured: checking after every statement made surveys 20 % slower).
        sqlengine::deferForeignKeys(db);
    }
    const Header header = readHeader(kind, names, *importer, ctx, &result.warnings);
    if (ctx.problemCount() > 0)
        throw DataError(ctx.messages());
    importer->begin(header.columns, header.extra);

    qint64 nextProgress = kProgressStep;
    const qsizetype fieldCount = names.size();
    std::vector<std::unique_ptr<DeferredIndexes>> deferredIndexes;
    bool indexesDecided = !mayRebuild;
    for (;;) {
        try {
            if (!reader.next())
                break;
        } catch (const DataError &e) {
            for (const QString &m : e.messages())
                ctx.problemMessage(m);
            continue;
        }
        ++result.rows;
        const QStringList fields = reader.fields();
        if (fields.size() != fieldCount) {
            ctx.problem(reader.line(), QStringLiteral("the record has %1 fields but the header has %2")
                                           .arg(fields.size()).arg(fieldCount));
        } else {
            importer->row(ImporterRow(ctx, header.columns, fields, reader.line()));
        }
        if (!indexesDecided && reader.bytesRead() >= kIndexDecisionBytes) {
            indexesDecided = true;
            const qint64 expected = result.rows * reader.size() / reader.bytesRead();
            for (const QString &table : importer->bulkTables()) {
                if (ctx.writing() && DeferredIndexes::pays(db, table, expected))
                    deferredIndexes.push_back(std::make_unique<DeferredIndexes>(db, table));
            }
        }
        if (progress && reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + kProgressStep;
            if (!progress(reader.bytesRead(), reader.size()))
                throw ImportCancelled();
        }
    }
    importer->end();
    spdlog::debug("import of {}: rows read and written at {} ms", name.toStdString(), timer.elapsed());
    if (ctx.problemCount() > 0)
        throw DataError(ctx.messages());
    if (progress && !progress(reader.size(), reader.size()))
        throw ImportCancelled();

    if (!dryRun) {
        importer->finish();
        if (importer->needsSecondPass()) {
            secondPass(path, name, fieldCount, header.columns, ctx, *importer);
            if (ctx.problemCount() > 0)
                throw DataError(ctx.messages());
        }
        if (!deferredIndexes.empty()) {
            spdlog::debug("import of {}: rows written at {} ms", name.toStdString(), timer.elapsed());
            for (const std::unique_ptr<DeferredIndexes> &indexes : deferredIndexes)
                indexes->rebuild();
            spdlog::debug("import of {}: indexes of {} tables built again at {} ms", name.toStdString(),
                          deferredIndexes.size(), timer.elapsed());
        }
    }
    spdlog::debug("import of {}: finished at {} ms", name.toStdString(), timer.elapsed());
    result.inserted = importer->inserted();
    result.updated = importer->updated();
    if (!dryRun) {
        const std::vector<qint64> touched = ctx.trackedAccounts();
        if (versioned)
            rowversion::bumpMany(db, rowversion::Table::Accounts, touched, m_actor);
        spdlog::debug("import of {}: row versions raised at {} ms", name.toStdString(), timer.elapsed());
        audit::record(db, m_actor, QStringLiteral("import"), csvKindName(kind),
                      QStringLiteral("rows"), QVariant(), result.summary());
        transaction->commit();
        spdlog::debug("import of {}: committed at {} ms", name.toStdString(), timer.elapsed());
        // The accounts' health now follows the imported data (its own transaction). Revenue,
        // costs, people and ownership are no input of the health score. An accounts file
        // refreshes the whole book; the other inputs the accounts their rows name (the whole
        // book when they are many). Still through the bounded page cache: memory-mapped, every
        // page it touched would count in the process's resident memory (183 MB of a 323 MB book).
        if (kind == CsvKind::Accounts)
            HealthService(db).refreshCurrent(QDate::currentDate());
        else if (healthInput)
            HealthService(db).refreshAccounts(QDate::currentDate(), touched);
        spdlog::debug("import of {}: health now refreshed at {} ms", name.toStdString(), timer.elapsed());
        mapAgain.dismiss();
        sqlengine::setMemoryMappedReads(db, true);
    }
    spdlog::info("import of {}: {}", name.toStdString(), result.summary(dryRun).toStdString());
    return result;
}

} // namespace karvan
