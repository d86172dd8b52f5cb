#include "accounts/accountfilterspec.h"

namespace karvan {

bool AccountFilterSpec::isEmpty() const
{
    return text.trimmed().isEmpty() && !band && renewalWithinDays <= 0 && notContactedDays <= 0;
}

QJsonObject AccountFilterSpec::toJson() const
{
    QJsonObject o;
    if (!text.trimmed().isEmpty())
        o.insert(QStringLiteral("text"), text.trimmed());
    if (band)
        o.insert(QStringLiteral("band"), *band == Band::NoData ? QStringLiteral("none") : bandName(*band));
    if (renewalWithinDays > 0)
        o.insert(QStringLiteral("renewal_within_days"), renewalWithinDays);
    if (notContactedDays > 0)
        o.insert(QStringLiteral("not_contacted_days"), notContactedDays);
    return o;
}

AccountFilterSpec AccountFilterSpec::fromJson(const QJsonObject &json)
{
    AccountFilterSpec s;
    s.text = json.value(QStringLiteral("text")).toString();
    const QString band = json.value(QStringLiteral("band")).toString();
    if (band == QLatin1String("none"))
        s.band = Band::NoData;
    else if (parseBand(band) != Band::NoData)
        s.band = parseBand(band);
    s.renewalWithinDays = std::max(0, json.value(QStringLiteral("renewal_within_days")).toInt());
    s.notContactedDays = std::max(0, json.value(QStringLiteral("not_contacted_days")).toInt());
    return s;
}

} // namespace karvan
