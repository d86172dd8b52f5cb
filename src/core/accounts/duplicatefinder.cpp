#include "accounts/duplicatefinder.h"

#include "domain/persiantext.h"

#include "storage/sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace karvan {

namespace {

// Legal forms that say nothing about who the customer is.
const QSet<QString> &legalWords()
{
    static const QSet<QString> words = {
        QStringLiteral("ltd"), QStringLiteral("limited"), QStringLiteral("inc"),
        QStringLiteral("incorporated"), QStringLiteral("llc"), QStringLiteral("llp"),
        QStringLiteral("corp"), QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("company"), QStringLiteral("gmbh"), QStringLiteral("ag"), QStringLiteral("sa"),
        QStringLiteral("sas"), QStringLiteral("srl"), QStringLiteral("plc"), QStringLiteral("bv"),
        QStringLiteral("nv"), QStringLiteral("pty"), QStringLiteral("oy"), QStringLiteral("ab"),
        QStringLiteral("the"),
        // Persian: company, joint-stock (private/public), limited liability, group, institute
        QStringLiteral("شرکت"), QStringLiteral("سهامی"), QStringLiteral("خاص"), QStringLiteral("عام"),
        QStringLiteral("مسئولیت"), QStringLiteral("محدود"), QStringLiteral("با"), QStringLiteral("گروه"),
        QStringLiteral("موسسه"), QStringLiteral("مؤسسه"), QStringLiteral("تعاونی"),
    };
    return words;
}

QSet<QString> trigrams(const QString &normalised)
{
    QSet<QString> result;
    const QString padded = QStringLiteral("  ") + normalised + QStringLiteral(" ");
    for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
        result.insert(padded.mid(i, 3));
    return result;
}

struct Entry
{
    qint64 id;
    QString extId;
    QString name;
    QString normalised;
    QSet<QString> grams;
};

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) ^ quint64(std::max(a, b));
}

} // namespace

DuplicateFinder::DuplicateFinder(const QSqlDatabase &db) : m_db(db) {}

QString DuplicateFinder::normaliseName(const QString &name)
{
    // The Arabic letter forms Persian text often carries by mistake and the zero-width
    // non-joiner are folded as the book's search folds them (domain/persiantext.h).
    const QString text = karvan::text::searchKey(name.normalized(QString::NormalizationForm_KC));
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            cleaned += c;
        else if (c == QLatin1Char('&'))
            cleaned += QStringLiteral(" and ");
        else if (c.category() != QChar::Mark_NonSpacing)
            cleaned += QLatin1Char(' ');
    }
    QStringList kept;
    for (const QString &word : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!legalWords().contains(word))
            kept << word;
    }
    // A name made only of legal words keeps them rather than becoming empty.
    if (kept.isEmpty())
        return cleaned.simplified();
    return kept.join(QLatin1Char(' '));
}

double DuplicateFinder::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 1;
    const QSet<QString> ga = trigrams(a);
    const QSet<QString> gb = trigrams(b);
    const qsizetype common = QSet<QString>(ga).intersect(gb).size();
    return 2.0 * double(common) / double(ga.size() + gb.size());
}

bool DuplicateFinder::isKeyLikeField(const QString &fieldName)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(domain|web_?site|url|homepage|email_?domain|tax_?(id|no|number)|vat(_?(id|no|number))?|)"
        R"(company_?(id|no|number)|registration_?(id|no|number)|national_?id|duns|crn|ein|siren|siret|)"
        R"(کد_?اقتصادی|شناسه_?ملی|دامنه|وبسایت)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(fieldName.trimmed()).hasMatch();
}

QList<DuplicatePair> DuplicateFinder::find() const
{
    QList<Entry> entries;
    QHash<qint64, int> indexOf;
    {
        QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, ext_id, name FROM accounts ORDER BY id"));
        while (sql::next(q)) {
            Entry e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, {}};
            e.normalised = normaliseName(e.name);
            e.grams = trigrams(e.normalised);
            indexOf.insert(e.id, int(entries.size()));
            entries << e;
        }
    }

    // Candidate pairs share a word of their names, or the first four letters. Words used by very
    // many accounts ("trading", "solutions") do not make candidates on their own.
    QHash<QString, QList<int>> byToken;
    for (int i = 0; i < entries.size(); ++i) {
        QSet<QString> tokens;
        const QString &n = entries.at(i).normalised;
        for (const QString &w : n.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            tokens.insert(w);
        QString compact = n;
        compact.remove(QLatin1Char(' '));
        tokens.insert(QStringLiteral("^") + compact.left(4));
        for (const QString &t : tokens)
            byToken[t] << i;
    }
    constexpr int kCommonToken = 200;
    QHash<quint64, DuplicatePair> pairs;
    for (auto it = byToken.cbegin(); it != byToken.cend(); ++it) {
        const QList<int> &group = it.value();
        if (group.size() < 2 || group.size() > kCommonToken)
            continue;
        for (int x = 0; x < group.size(); ++x) {
            for (int y = x + 1; y < group.size(); ++y) {
                const Entry &a = entries.at(group.at(x));
                const Entry &b = entries.at(group.at(y));
                const quint64 key = pairKey(a.id, b.id);
                if (pairs.contains(key))
                    continue;
                const double sim = similarity(a.normalised, b.normalised);
                if (sim < m_threshold)
                    continue;
                DuplicatePair p;
                p.firstId = a.id;
                p.secondId = b.id;
                p.nameSimilarity = sim;
                pairs.insert(key, p);
            }
        }
    }

    // Equal values of key-like custom fields, found by the database. A value shared by many
    // accounts (a mail provider's domain) is not evidence of a duplicate.
    QSqlQuery fields = sql::run(m_db, QStringLiteral(
        "SELECT f.name, a.account_id, b.account_id, d.value FROM"
        " (SELECT field_id, value FROM account_fields WHERE trim(value) <> ''"
        "  GROUP BY field_id, value HAVING count(*) BETWEEN 2 AND 20) d"
        " JOIN account_fields a ON a.field_id = d.field_id AND a.value = d.value"
        " JOIN account_fields b ON b.field_id = d.field_id AND b.value = d.value"
        "  AND b.account_id > a.account_id"
        " JOIN custom_fields f ON f.id = d.field_id"));
    while (sql::next(fields)) {
        const QString field = fields.value(0).toString();
        if (!isKeyLikeField(field))
            continue;
        const qint64 a = fields.value(1).toLongLong();
        const qint64 b = fields.value(2).toLongLong();
        if (!indexOf.contains(a) || !indexOf.contains(b))
            continue;
        DuplicatePair &p = pairs[pairKey(a, b)];
        if (p.firstId == 0) {
            p.firstId = std::min(a, b);
            p.secondId = std::max(a, b);
            p.nameSimilarity = similarity(entries.at(indexOf.value(p.firstId)).normalised,
                                          entries.at(indexOf.value(p.secondId)).normalised);
        }
        p.sameFields << field;
        p.reasons << QStringLiteral("same %1 (%2)").arg(field, fields.value(3).toString());
    }

    QList<DuplicatePair> result;
    result.reserve(pairs.size());
    for (DuplicatePair p : std::as_const(pairs)) {
        const Entry &a = entries.at(indexOf.value(p.firstId));
        const Entry &b = entries.at(indexOf.value(p.secondId));
        p.firstExtId = a.extId;
        p.firstName = a.name;
        p.secondExtId = b.extId;
        p.secondName = b.name;
        if (p.nameSimilarity >= m_threshold) {
            p.reasons.prepend(p.nameSimilarity >= 1.0
                ? QStringLiteral("same name once normalised")
                : QStringLiteral("similar name (%1)").arg(p.nameSimilarity, 0, 'f', 2));
        }
        // A shared key field is strong evidence; the name decides the order among equals.
        p.score = std::min(1.0, p.nameSimilarity * 0.6 + (p.sameFields.isEmpty() ? 0.4 * p.nameSimilarity : 0.4)
                                    + 0.1 * double(std::max<qsizetype>(0, p.sameFields.size() - 1)));
        result << p;
    }
    std::sort(result.begin(), result.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::pair(x.firstId, x.secondId) < std::pair(y.firstId, y.secondId);
    });
    if (result.size() > m_maxPairs)
        result.resize(m_maxPairs);
    return result;
}

} // namespace karvan
