// karvan-cli tasks [--as-of YYYY-MM-DD] [--owner EMAIL] [--json]
// karvan-cli task add ACCOUNT_ID --title TEXT [--due YYYY-MM-DD] [--owner EMAIL]
// karvan-cli task done KEY / task dismiss KEY --reason TEXT
//
// `tasks` raises the signal rules as of D (writing the tasks they find for the first time),
// then lists the open tasks, due first, then by key (shared/contract.md "Tasks and signal rules").
#include "cli.h"
#include "domain/storedtext.h"
#include "domain/errors.h"
#include "people/peoplestore.h"
#include "rules/signalrules.h"
#include "tasks/taskstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace karvan::cli {

namespace {

QDate dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QDate &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw UsageError(CommandLine::tr("--%1: not a date YYYY-MM-DD (value '%2')")
                             .arg(option.names().constFirst(), value));
    return date;
}

qint64 personId(const Database &db, const QString &email)
{
    const std::optional<Person> p = PeopleStore(db.connection(), QString()).personByEmail(email);
    if (!p)
        throw UsageError(CommandLine::tr("--owner: '%1' is not a known person").arg(email));
    return p->id;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int runTaskAdd(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Add a task to an account and print its key. Without --owner the acting person owns it "
        "(--as, KARVAN_USER or the database's who-am-I), else nobody."));
    const QCommandLineOption title(QStringLiteral("title"), CommandLine::tr("What to do."), QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("due"), CommandLine::tr("Due date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption owner(QStringLiteral("owner"), CommandLine::tr("Who does it."), QStringLiteral("EMAIL"));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT_ID"), CommandLine::tr("The account."));
    parser.addOptions({title, due, owner});
    parse(parser, ctx, 1, 1);
    if (!parser.isSet(title) || parser.value(title).trimmed().isEmpty())
        throw UsageError(CommandLine::tr("task add: --title TEXT is required"));
    TaskDraft draft;
    draft.accountKey = parser.positionalArguments().constFirst();
    draft.title = parser.value(title);
    draft.due = dateOption(parser, due, QDate());

    const auto db = ctx.openForWriting();
    if (parser.isSet(owner))
        draft.ownerId = personId(*db, parser.value(owner));
    else
        draft.owner = ctx.actingEmail(*db);
    out(TaskStore(db->connection(), ctx.actor(*db)).add(draft) + QLatin1Char('\n'));
    return Success;
}

int runTaskState(const Context &ctx, TaskState state)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), CommandLine::tr("Why it is dismissed."),
                                    QStringLiteral("TEXT"));
    parser.addPositionalArgument(QStringLiteral("KEY"), CommandLine::tr("The task's key."));
    if (state == TaskState::Dismissed)
        parser.addOption(reason);
    parse(parser, ctx, 1, 1);
    if (state == TaskState::Dismissed && parser.value(reason).trimmed().isEmpty())
        throw UsageError(CommandLine::tr("task dismiss: --reason TEXT is required"));
    const QString key = parser.positionalArguments().constFirst();
    const auto db = ctx.openForWriting();
    TaskStore(db->connection(), ctx.actor(*db))
        .setState(key, state, state == TaskState::Dismissed ? parser.value(reason) : QString());
    return Success;
}

} // namespace

int runTasks(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Open tasks: those added by people and those the signal rules raise as of a date."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), CommandLine::tr("Raise the rules as of this date (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption owner(QStringLiteral("owner"), CommandLine::tr("Only this person's tasks."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOptions({asOf, owner, json});
    parse(parser, ctx, 0, 0);
    const QDate day = dateOption(parser, asOf, QDate::currentDate());

    const auto db = ctx.openForWriting();
    TaskFilter filter;
    if (parser.isSet(owner))
        filter.ownerIds = {personId(*db, parser.value(owner))};
    SignalRules(db->connection()).raise(day, ctx.actor(*db));
    const std::vector<Task> tasks = TaskStore(db->connection(), QString()).list(filter);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Task &t : tasks) {
            list.append(QJsonObject{
                {"key", t.key}, {"account", t.accountKey}, {"title", t.title}, {"rule", orNull(t.rule)},
                {"owner", orNull(t.ownerEmail)}, {"due", orNull(t.due.toString(Qt::ISODate))},
                {"state", taskStateKey(t.state)}});
        }
        const QJsonObject doc{{"as_of", day.toString(Qt::ISODate)}, {"tasks", list}};
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString text = CommandLine::tr("Open tasks as of %1: %2\n\n").arg(shownDate(day), shownNumber(qint64(tasks.size())));
    text += (shownCell(CommandLine::tr("Due"), 12) + shownCell(CommandLine::tr("Key"), 34)
                + shownCell(CommandLine::tr("Account"), 12)
                + shownCell(CommandLine::tr("Owner"), 26) + CommandLine::tr("Title"))
        + QLatin1Char('\n');
    for (const Task &t : tasks) {
        text += shownCell(t.due.isValid() ? shownDate(t.due) : QStringLiteral("-"), 12)
            + shownCell(t.key, 34) + shownCell(t.accountKey, 12)
            + shownCell(t.ownerEmail.isEmpty() ? QStringLiteral("-") : t.ownerEmail, 26)
            + display::storedText(t.title) + QLatin1Char('\n');
    }
    out(text);
    return Success;
}

int runTask(const Context &ctx)
{
    const QString sub = ctx.args.value(1);
    Context rest = ctx;
    rest.args = ctx.args.mid(1);
    if (sub == QLatin1String("add"))
        return runTaskAdd(rest);
    if (sub == QLatin1String("done"))
        return runTaskState(rest, TaskState::Done);
    if (sub == QLatin1String("dismiss"))
        return runTaskState(rest, TaskState::Dismissed);
    throw UsageError(sub.isEmpty() ? CommandLine::tr("task: add, done or dismiss?")
                                   : CommandLine::tr("task: unknown step '%1' (add, done, dismiss)").arg(sub));
}

} // namespace karvan::cli
