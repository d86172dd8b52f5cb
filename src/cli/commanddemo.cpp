#include "cli.h"

namespace karvan::cli {

int runDemo(const Context &ctx)
{
    // Placeholder until the owner of this command lands it.
    err(QStringLiteral("karvan-cli: '%1' is not available yet\n").arg(ctx.args.value(0)));
    return Usage;
}

} // namespace karvan::cli
