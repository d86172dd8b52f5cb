#include "cli.h"

namespace karvan::cli {

// init: creates the database (schema, default teams, template) when it is missing; opening it
// for writing does that. Running it again only confirms.
int runInit(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Create the Karvan database if it is missing."));
    parse(parser, ctx, 0, 0);
    const std::unique_ptr<Database> db = ctx.openForWriting();
    if (db->wasCreated()) {
        out(CommandLine::tr("created the Karvan database %1 (schema version %2)\n")
                .arg(db->path(), shownNumber(db->schemaVersion())));
    } else {
        out(CommandLine::tr("the Karvan database %1 is ready (schema version %2)\n")
                .arg(db->path(), shownNumber(db->schemaVersion())));
    }
    return Success;
}

} // namespace karvan::cli
