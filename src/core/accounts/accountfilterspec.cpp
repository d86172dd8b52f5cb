#include "accounts/accountfilterspec.h"

namespace karvan {

bool AccountFilterSpec::isEmpty() const
{
    return text.trimmed().isEmpty() && !band && status == Status::All && renewalWithinDays <= 0 && notContactedDays <= 0;
}

QJsonObject AccountFilterSpec::toJson() const
{
    QJsonObject o;
    if (!text.trimmed().isEmpty())
        o.insert(QStringLiteral("text"), text.trimmed());
    if (band)
        o.insert(QStringLiteral("band"), *band == Band::Insufficient ? QStringLiteral("none") : bandKey(*band));
    if (status != Status::All)
        o.insert(QStringLiteral("status"), status == Status::Active ? QStringLiteral("active")
                                                                     : QStringLiteral("churned"));
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
        s.band = Band::Insufficient;
    else if (const std::optional<Band> b = bandFromKey(band); b && *b != Band::Insufficient)
        s.band = *b;
    const QString status = json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("active"))
        s.status = Status::Active;
    else if (status == QLatin1String("churned"))
        s.status = Status::Churned;
    s.renewalWithinDays = std::max(0, json.value(QStringLiteral("renewal_within_days")).toInt());
    s.notContactedDays = std::max(0, json.value(QStringLiteral("not_contacted_days")).toInt());
    return s;
}

} // namespace karvan
