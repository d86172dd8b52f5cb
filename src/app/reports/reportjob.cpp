#include "reports/reportjob.h"

#include "domain/errors.h"
#include "reports/reportbuilder.h"
#include "reports/reportwriter.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace karvan {

ReportResult makeReport(const QString &dbPath, const ReportRequest &request)
{
    ReportResult result;
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.create = false;
        const Database db(dbPath, options);
        QSqlDatabase connection = db.connection();
        const bool snapshot = connection.transaction(); // one consistent read
        const QString by = reports::preparedByLabel(connection, request.actor);
        result.report = request.accountId != 0
            ? reports::render(
                reports::buildAccountReport(connection, request.accountId, request.asOf, by))
            : reports::render(reports::buildPortfolioReport(connection, request.scope, by));
        if (snapshot)
            connection.rollback();
        result.pages = reports::pageImages(result.report, request.page, request.previewDpi);
    } catch (const DataError &e) {
        result.error = e.messages().join(QLatin1Char('\n'));
    } catch (const DatabaseError &e) {
        result.error = e.message();
    } catch (const std::exception &e) {
        spdlog::error("report: {}", e.what());
        result.error = QCoreApplication::translate(
            "karvan::ReportDialog", "The report could not be made: %1")
                           .arg(QString::fromUtf8(e.what()));
    }
    return result;
}

QString saveReport(
    const reports::RenderedReport &report, const QString &path, reports::PageFormat page)
{
    try {
        reports::writeReport(report, path, page);
    } catch (const reports::WriteError &e) {
        return e.message();
    } catch (const std::exception &e) {
        spdlog::error("report: writing the file failed: {}", e.what());
        spdlog::debug("report: the file: {}", path.toStdString());
        return QCoreApplication::translate("karvan::ReportDialog", "%1 could not be written: %2")
            .arg(path, QString::fromUtf8(e.what()));
    }
    return QString();
}

} // namespace karvan
