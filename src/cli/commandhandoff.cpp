// karvan-cli handoff start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT]
//                    | submit ID | accept ID | return ID --reason TEXT
//                    | list [--state S] [--json] | show ID [--json]
//
// The Sales-to-CSM hand-off (shared/contract.md). The steps need an acting person (--as,
// KARVAN_USER or the database's who-am-I); a refused step is bad input (exit 2), one line.
#include "cli.h"
#include "domain/storedtext.h"
#include "handoffs/handoffservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace karvan::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject summaryJson(const Handoff &h)
{
    return {{"id", h.id}, {"account", h.account}, {"state", h.state}, {"sales", orNull(h.sales)},
            {"csm", orNull(h.csm)}, {"started", orNull(h.started)}, {"submitted", orNull(h.submitted)},
            {"decided", orNull(h.decided)}, {"overdue", h.overdue}};
}

QJsonObject fullJson(const Handoff &h)
{
    QJsonObject o = summaryJson(h);
    QJsonArray items;
    for (const HandoffItem &i : h.items) {
        items.append(QJsonObject{{"n", i.n}, {"text", i.text}, {"required", i.required}, {"done", i.done},
                                 {"note", orNull(i.note)}, {"by", orNull(i.by)}, {"at", orNull(i.at)}});
    }
    QJsonArray events;
    for (const HandoffEvent &e : h.events) {
        events.append(QJsonObject{{"at", e.at}, {"by", e.by}, {"action", e.action}, {"reason", orNull(e.reason)}});
    }
    o.insert(QStringLiteral("items"), items);
    o.insert(QStringLiteral("events"), events);
    return o;
}

void printJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// A hand-off's state or a step of its history in words: the stored key in English.
QString stateText(const QString &state)
{
    if (!localized())
        return state;
    static const QHash<QString, const char *> words = {
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("CommandLine", "draft")},
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("CommandLine", "submitted")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("CommandLine", "accepted")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("CommandLine", "returned")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("CommandLine", "started")},
        {QStringLiteral("tick"), QT_TRANSLATE_NOOP("CommandLine", "ticked an item")},
        {QStringLiteral("untick"), QT_TRANSLATE_NOOP("CommandLine", "unticked an item")},
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("CommandLine", "submitted")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("CommandLine", "accepted")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("CommandLine", "returned")},
    };
    const auto it = words.constFind(state);
    return it == words.constEnd() ? state : CommandLine::tr(it.value());
}

QString shownMoment(const QString &iso)
{
    return iso.isEmpty() ? QStringLiteral("-") : shownDate(iso);
}

QString showText(const Handoff &h)
{
    QString text = CommandLine::tr("Hand-off %1: %2 %3\nstate %4%5\nsales %6, csm %7\nstarted %8, submitted %9, decided %10\n\n")
                       .arg(shownNumber(h.id)).arg(h.account, h.accountName, stateText(h.state),
                                      h.overdue ? CommandLine::tr(" (overdue)") : QString(),
                                      dash(h.sales), dash(h.csm), shownMoment(h.started))
                       .arg(shownMoment(h.submitted), shownMoment(h.decided));
    for (const HandoffItem &i : h.items) {
        text += QStringLiteral("%1 %2. %3%4\n").arg(i.done ? QStringLiteral("[x]") : QStringLiteral("[ ]"))
                    .arg(shownNumber(i.n)).arg(display::storedText(i.text), i.required ? CommandLine::tr(" (required)") : QString());
        if (!i.note.isEmpty())
            text += CommandLine::tr("      note: %1\n").arg(i.note);
    }
    text += CommandLine::tr("\nEvents:\n");
    for (const HandoffEvent &e : h.events) {
        text += QStringLiteral("%1  %2  %3%4\n").arg(shownMoment(e.at), e.by, stateText(e.action),
                                                      e.reason.isEmpty() ? QString() : QStringLiteral(": ") + e.reason);
    }
    return text;
}

QString listText(const std::vector<Handoff> &all)
{
    QString text;
    for (const Handoff &h : all) {
        text += CommandLine::tr("%1\t%2\t%3%4\t%5 -> %6\t%7/%8 items\t%9\n")
                    .arg(shownNumber(h.id)).arg(h.account, stateText(h.state), h.overdue ? CommandLine::tr(" (overdue)") : QString(),
                                   dash(h.sales), dash(h.csm))
                    .arg(shownNumber(h.itemsDone), shownNumber(h.itemsTotal), shownMoment(h.started));
    }
    return text.isEmpty() ? CommandLine::tr("No hand-offs.\n") : text;
}

qint64 idArg(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(CommandLine::tr("handoff: '%1' is not a hand-off id").arg(text));
    return id;
}

} // namespace

int runHandoff(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("The Sales-to-CSM hand-off: start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT]"
        " | submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("The CSM's email."), QStringLiteral("EMAIL"));
    const QCommandLineOption done(QStringLiteral("done"), CommandLine::tr("Tick the item."));
    const QCommandLineOption undone(QStringLiteral("undone"), CommandLine::tr("Untick the item."));
    const QCommandLineOption note(QStringLiteral("note"), CommandLine::tr("The item's note."), QStringLiteral("TEXT"));
    const QCommandLineOption reason(QStringLiteral("reason"), CommandLine::tr("Why it goes back to Sales."), QStringLiteral("TEXT"));
    const QCommandLineOption state(QStringLiteral("state"), CommandLine::tr("Only hand-offs in this state."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOptions({to, done, undone, note, reason, state, json});
    parse(parser, ctx, 1, 3);
    const QStringList pos = parser.positionalArguments();
    const QString step = pos.value(0);
    static const QHash<QString, int> arity = {{"start", 2}, {"item", 3}, {"submit", 2}, {"accept", 2},
                                              {"return", 2}, {"list", 1}, {"show", 2}};
    if (!arity.contains(step))
        throw UsageError(CommandLine::tr("handoff: unknown step '%1' (start, item, submit, accept, return, list, show)").arg(step));
    if (pos.size() != arity.value(step))
        throw UsageError(CommandLine::tr("handoff %1: expected %2 argument(s)").arg(step).arg(arity.value(step) - 1));

    if (step == QLatin1String("list") || step == QLatin1String("show")) {
        const auto database = ctx.openForReading();
        const HandoffService service(database->connection(), QString());
        if (step == QLatin1String("show")) {
            const Handoff h = service.get(idArg(pos.value(1)));
            parser.isSet(json) ? printJson(fullJson(h)) : out(showText(h));
            return Success;
        }
        const std::vector<Handoff> all = service.list(parser.value(state));
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Handoff &h : all)
                list.append(summaryJson(h));
            printJson(QJsonObject{{"handoffs", list}});
        } else {
            out(listText(all));
        }
        return Success;
    }

    const auto database = ctx.openForWriting();
    const QString actor = ctx.actingEmail(*database);
    if (actor.isEmpty())
        throw UsageError(CommandLine::tr("handoff %1: nobody is acting: name the person with --as EMAIL,"
                                        " KARVAN_USER or the database's who-am-I").arg(step));
    HandoffService service(database->connection(), actor);
    if (step == QLatin1String("start")) {
        if (!parser.isSet(to))
            throw UsageError(CommandLine::tr("handoff start: --to EMAIL is required"));
        out(QString::number(service.start(pos.value(1), parser.value(to))) + QLatin1Char('\n'));
        return Success;
    }
    const qint64 id = idArg(pos.value(1));
    if (step == QLatin1String("item")) {
        if (parser.isSet(done) == parser.isSet(undone))
            throw UsageError(CommandLine::tr("handoff item: give --done or --undone"));
        bool ok = false;
        const int n = pos.value(2).toInt(&ok);
        if (!ok)
            throw UsageError(CommandLine::tr("handoff item: '%1' is not an item number").arg(pos.value(2)));
        service.setItem(id, n, parser.isSet(done),
                        parser.isSet(note) ? std::optional<QString>(parser.value(note)) : std::nullopt);
    } else if (step == QLatin1String("submit")) {
        service.submit(id);
    } else if (step == QLatin1String("accept")) {
        service.accept(id);
    } else {
        if (!parser.isSet(reason))
            throw UsageError(CommandLine::tr("handoff return: --reason TEXT is required"));
        service.returnToSales(id, parser.value(reason));
    }
    out(CommandLine::tr("Hand-off %1: %2\n").arg(shownNumber(id)).arg(stateText(service.get(id).state)));
    return Success;
}

} // namespace karvan::cli
