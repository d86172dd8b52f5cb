#include "cli.h"

#include "people/peoplestore.h"
#include "storage/settingsstore.h"

#include <QTextStream>

#include <cstdio>

namespace karvan::cli {

std::unique_ptr<Database> Context::openForWriting() const
{
    return std::make_unique<Database>(dbPath);
}

std::unique_ptr<Database> Context::openForReading() const
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = false;
    return std::make_unique<Database>(dbPath, options);
}

QString Context::actingEmail(const Database &db) const
{
    if (!asEmail.isEmpty()) {
        if (!PeopleStore(db.connection(), QString()).personByEmail(asEmail))
            throw UsageError(CommandLine::tr("--as: '%1' is not a known person in %2").arg(asEmail, dbPath));
        return asEmail;
    }
    return SettingsStore(db.connection()).value(SettingsStore::whoAmIKey(), QString());
}

QString Context::actor(const Database &db) const
{
    const QString email = actingEmail(db);
    if (!email.isEmpty())
        return email;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("karvan-cli") : QStringLiteral("karvan-cli:") + user;
}

void parse(QCommandLineParser &parser, const Context &ctx, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{"h", "help"}, CommandLine::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.args))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        out(parser.helpText());
        std::exit(Success);
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional)
        throw UsageError(CommandLine::tr("%1: missing arguments").arg(ctx.args.value(0)));
    if (maxPositional >= 0 && n > maxPositional)
        throw UsageError(CommandLine::tr("%1: unexpected argument '%2'")
                             .arg(ctx.args.value(0), parser.positionalArguments().value(maxPositional)));
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace karvan::cli
