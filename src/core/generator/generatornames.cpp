#include "generator/generatornames.h"

#include "generator/generatorrng.h"

#include <iterator>

namespace karvan::generatornames {

namespace {

struct Word
{
    const char *text;  // as shown (UTF-8)
    const char *latin; // for e-mail addresses and domains
};

template<typename T, size_t N>
const T &pick(GeneratorRng &rng, const T (&list)[N])
{
    return list[rng.below(int(N))];
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr Word kFirstEn[] = {
    {"James", "james"}, {"Olivia", "olivia"}, {"Daniel", "daniel"}, {"Emma", "emma"},
    {"Lucas", "lucas"}, {"Sophia", "sophia"}, {"Noah", "noah"}, {"Ava", "ava"},
    {"Ethan", "ethan"}, {"Mia", "mia"}, {"Liam", "liam"}, {"Chloe", "chloe"},
    {"Oliver", "oliver"}, {"Grace", "grace"}, {"Henry", "henry"}, {"Ella", "ella"},
    {"Samuel", "samuel"}, {"Laura", "laura"}, {"David", "david"}, {"Anna", "anna"},
    {"Thomas", "thomas"}, {"Nora", "nora"}, {"Peter", "peter"}, {"Julia", "julia"},
    {"Marco", "marco"}, {"Elena", "elena"}, {"Jonas", "jonas"}, {"Hannah", "hannah"},
};
constexpr Word kLastEn[] = {
    {"Smith", "smith"}, {"Johnson", "johnson"}, {"Brown", "brown"}, {"Taylor", "taylor"},
    {"Miller", "miller"}, {"Wilson", "wilson"}, {"Moore", "moore"}, {"Clark", "clark"},
    {"Walker", "walker"}, {"Hall", "hall"}, {"Young", "young"}, {"King", "king"},
    {"Wright", "wright"}, {"Green", "green"}, {"Baker", "baker"}, {"Adams", "adams"},
    {"Nelson", "nelson"}, {"Carter", "carter"}, {"Mitchell", "mitchell"}, {"Turner", "turner"},
    {"Parker", "parker"}, {"Evans", "evans"}, {"Collins", "collins"}, {"Stewart", "stewart"},
    {"Morris", "morris"}, {"Rossi", "rossi"}, {"Novak", "novak"}, {"Schmidt", "schmidt"},
};
constexpr Word kFirstFa[] = {
    {"مریم", "maryam"}, {"علی", "ali"}, {"زهرا", "zahra"}, {"محمد", "mohammad"},
    {"فاطمه", "fatemeh"}, {"حسین", "hossein"}, {"سارا", "sara"}, {"رضا", "reza"},
    {"نرگس", "narges"}, {"امیر", "amir"}, {"لیلا", "leila"}, {"مهدی", "mahdi"},
    {"شیرین", "shirin"}, {"کاوه", "kaveh"}, {"نیلوفر", "niloufar"}, {"بهرام", "bahram"},
    {"پریسا", "parisa"}, {"آرش", "arash"}, {"الهام", "elham"}, {"سیاوش", "siavash"},
};
constexpr Word kLastFa[] = {
    {"احمدی", "ahmadi"}, {"رضایی", "rezaei"}, {"کریمی", "karimi"}, {"حسینی", "hosseini"},
    {"محمدی", "mohammadi"}, {"موسوی", "mousavi"}, {"جعفری", "jafari"}, {"صادقی", "sadeghi"},
    {"نوری", "nouri"}, {"کاظمی", "kazemi"}, {"رحیمی", "rahimi"}, {"تهرانی", "tehrani"},
    {"شریفی", "sharifi"}, {"اکبری", "akbari"}, {"یزدانی", "yazdani"}, {"فراهانی", "farahani"},
};

constexpr Word kAdjectiveEn[] = {
    {"Blue", "blue"}, {"Silver", "silver"}, {"Golden", "golden"}, {"Red", "red"},
    {"Green", "green"}, {"Bright", "bright"}, {"Swift", "swift"}, {"Northern", "northern"},
    {"Eastern", "eastern"}, {"Grand", "grand"}, {"Iron", "iron"}, {"Clear", "clear"},
    {"Royal", "royal"}, {"Silent", "silent"}, {"Bold", "bold"}, {"Urban", "urban"},
    {"Coastal", "coastal"}, {"Prime", "prime"}, {"Smart", "smart"}, {"True", "true"},
    {"Rapid", "rapid"}, {"Open", "open"}, {"Wild", "wild"}, {"Noble", "noble"},
};
constexpr Word kNounEn[] = {
    {"Falcon", "falcon"}, {"River", "river"}, {"Summit", "summit"}, {"Cedar", "cedar"},
    {"Harbor", "harbor"}, {"Meridian", "meridian"}, {"Oak", "oak"}, {"Crescent", "crescent"},
    {"Pinnacle", "pinnacle"}, {"Granite", "granite"}, {"Horizon", "horizon"}, {"Willow", "willow"},
    {"Keystone", "keystone"}, {"Beacon", "beacon"}, {"Maple", "maple"}, {"Orion", "orion"},
    {"Vertex", "vertex"}, {"Zenith", "zenith"}, {"Atlas", "atlas"}, {"Lotus", "lotus"},
    {"Harvest", "harvest"}, {"Anchor", "anchor"}, {"Comet", "comet"}, {"Bridge", "bridge"},
};

struct Trade
{
    const char *text;
    const char *latin;
    const char *industry;
};
constexpr Trade kTradeEn[] = {
    {"Logistics", "logistics", "logistics"}, {"Foods", "foods", "food"},
    {"Health", "health", "healthcare"}, {"Software", "software", "software"},
    {"Retail", "retail", "retail"}, {"Energy", "energy", "energy"},
    {"Media", "media", "media"}, {"Labs", "labs", "software"},
    {"Travel", "travel", "travel"}, {"Finance", "finance", "finance"},
    {"Analytics", "analytics", "software"}, {"Learning", "learning", "education"},
    {"Motors", "motors", "automotive"}, {"Fashion", "fashion", "retail"},
    {"Telecom", "telecom", "telecom"}, {"Pharma", "pharma", "healthcare"},
    {"Studios", "studios", "media"}, {"Robotics", "robotics", "manufacturing"},
    {"Insurance", "insurance", "finance"}, {"Construction", "construction", "construction"},
};
constexpr Trade kTradeFa[] = {
    {"داده‌پردازان", "dadepardazan", "software"}, {"فن‌آوران", "fanavaran", "software"},
    {"بازرگانی", "bazargani", "retail"}, {"صنایع غذایی", "sanaye-ghazaei", "food"},
    {"پیشگامان", "pishgaman", "finance"}, {"نوآوران", "noavaran", "software"},
    {"حمل و نقل", "haml-va-naghl", "logistics"}, {"مهندسی", "mohandesi", "construction"},
    {"داروسازی", "darusazi", "healthcare"}, {"آموزشی", "amoozeshi", "education"},
    {"بیمه", "bimeh", "finance"}, {"انرژی", "energy", "energy"},
};
constexpr Word kPlaceFa[] = {
    {"پارس", "pars"}, {"البرز", "alborz"}, {"آریا", "arya"}, {"سپهر", "sepehr"},
    {"کویر", "kavir"}, {"زاگرس", "zagros"}, {"مهر", "mehr"}, {"نگین", "negin"},
    {"آسمان", "aseman"}, {"ایرانیان", "iranian"}, {"خلیج فارس", "khalij-fars"},
    {"دماوند", "damavand"}, {"پویا", "pouya"}, {"رایان", "rayan"}, {"سامان", "saman"},
    {"آفتاب", "aftab"},
};
constexpr Word kCityEn[] = {
    {"London", "london"}, {"Berlin", "berlin"}, {"Dubai", "dubai"}, {"Toronto", "toronto"},
    {"Madrid", "madrid"}, {"Vienna", "vienna"}, {"Oslo", "oslo"}, {"Lisbon", "lisbon"},
    {"Istanbul", "istanbul"}, {"Prague", "prague"}, {"Dublin", "dublin"}, {"Milan", "milan"},
};
constexpr Word kCityFa[] = {
    {"تهران", "tehran"}, {"اصفهان", "isfahan"}, {"شیراز", "shiraz"}, {"تبریز", "tabriz"},
    {"مشهد", "mashhad"}, {"کرج", "karaj"}, {"قم", "qom"}, {"رشت", "rasht"},
    {"یزد", "yazd"}, {"کرمان", "kerman"}, {"اهواز", "ahvaz"}, {"کیش", "kish"},
};
constexpr const char *kLegalEn[] = {"", " Ltd", " Inc", " Group", " Co"};
constexpr const char *kLegalFa[] = {"", "", " (سهامی خاص)", " (سهامی عام)"};

// Interaction summaries, by kind (meeting call email checkin qbr note).
constexpr const char *kSummaryEn[6][3] = {
    {"Kick-off meeting with the project team", "Reviewed the roll-out plan and owners",
     "On-site workshop on reporting"},
    {"Call about the renewal timeline", "Walked through the new billing screen",
     "Discussed an integration problem with IT"},
    {"Sent the onboarding guide", "Shared the release notes for the new module",
     "Followed up on the open support ticket"},
    {"Weekly check-in: adoption on track", "Check-in: two new admins trained",
     "Check-in: asked for a usage report"},
    {"Quarterly business review: goals and ROI", "QBR: agreed next quarter's targets",
     "QBR: reviewed health score and risks"},
    {"Champion is moving to another role", "Budget freeze expected next quarter",
     "Customer asked for a new feature; passed to Product"},
};
constexpr const char *kSummaryFa[6][2] = {
    {"جلسه شروع پروژه با تیم مشتری", "بررسی برنامه استقرار و مسئولان"},
    {"تماس درباره زمان تمدید قرارداد", "گفت‌وگو درباره مشکل اتصال با واحد فناوری"},
    {"ارسال راهنمای شروع کار", "ارسال یادداشت‌های نسخه جدید"},
    {"پیگیری هفتگی: پیشرفت مطابق برنامه", "پیگیری: دو کاربر جدید آموزش دیدند"},
    {"بازبینی فصلی: اهداف و بازگشت سرمایه", "بازبینی فصلی: اهداف فصل بعد توافق شد"},
    {"مشتری قابلیت جدیدی درخواست کرد؛ به تیم محصول ارجاع شد", "احتمال توقف بودجه در فصل بعد"},
};
constexpr const char *kCommentEn[3][3] = {
    {"Too many bugs since the last update", "Support took days to answer",
     "Hard to find what we need"},
    {"Works, but reporting is limited", "Fine overall; onboarding was slow",
     "OK for now, price is a concern"},
    {"Great support team, very responsive", "The new dashboard saves us hours",
     "Easy to use, the whole team adopted it"},
};
constexpr const char *kCommentFa[3][2] = {
    {"پاسخ پشتیبانی خیلی دیر بود", "بعد از به‌روزرسانی خطاها زیاد شده"},
    {"خوب است ولی گزارش‌ها محدودند", "در مجموع راضی هستیم"},
    {"تیم پشتیبانی عالی و سریع است", "داشبورد جدید خیلی به ما کمک کرد"},
};

} // namespace

PersonName person(GeneratorRng &rng, bool persian)
{
    const Word &first = persian ? pick(rng, kFirstFa) : pick(rng, kFirstEn);
    const Word &last = persian ? pick(rng, kLastFa) : pick(rng, kLastEn);
    return {u(first.text) + QLatin1Char(' ') + u(last.text),
            QLatin1String(first.latin) + QLatin1Char('.') + QLatin1String(last.latin)};
}

CompanyName company(GeneratorRng &rng, bool persian, int qualifier)
{
    CompanyName c;
    QString latin;
    if (persian) {
        const Trade &trade = pick(rng, kTradeFa);
        const Word &place = pick(rng, kPlaceFa);
        c.base = u("شرکت ") + u(trade.text) + QLatin1Char(' ') + u(place.text);
        latin = QLatin1String(trade.latin) + QLatin1Char('-') + QLatin1String(place.latin);
        c.industry = QLatin1String(trade.industry);
    } else {
        const Word &adjective = pick(rng, kAdjectiveEn);
        const Word &noun = pick(rng, kNounEn);
        const Trade &trade = pick(rng, kTradeEn);
        c.base = u(adjective.text) + QLatin1Char(' ') + u(noun.text) + QLatin1Char(' ')
                 + u(trade.text);
        latin = QLatin1String(adjective.latin) + QLatin1String(noun.latin) + QLatin1Char('-')
                + QLatin1String(trade.latin);
        c.industry = QLatin1String(trade.industry);
    }
    if (qualifier > 0) {
        const int cities = persian ? int(std::size(kCityFa)) : int(std::size(kCityEn));
        const Word &city = persian ? kCityFa[(qualifier - 1) % cities]
                                   : kCityEn[(qualifier - 1) % cities];
        c.base += QLatin1Char(' ') + u(city.text);
        latin += QLatin1Char('-') + QLatin1String(city.latin);
        if (qualifier > cities) {
            const QString n = QString::number((qualifier - 1) / cities + 1);
            c.base += QLatin1Char(' ') + n;
            latin += QLatin1Char('-') + n;
        }
    }
    c.slug = latin;
    c.name = c.base + u(persian ? pick(rng, kLegalFa) : pick(rng, kLegalEn));
    return c;
}

QString companyVariant(const QString &name, GeneratorRng &rng)
{
    const QString persianPrefix = u("شرکت ");
    if (name.startsWith(persianPrefix))
        return rng.chance(0.5) ? name.mid(persianPrefix.size()) : name + u(" (سهامی خاص)");
    for (const char *legal : kLegalEn) {
        const QString suffix = u(legal);
        if (!suffix.isEmpty() && name.endsWith(suffix))
            return rng.chance(0.5) ? name.chopped(suffix.size()) : name + QLatin1Char('.');
    }
    return rng.chance(0.5) ? name + QStringLiteral(" Ltd") : name.toUpper();
}

QString interactionSummary(int kind, GeneratorRng &rng, bool persian)
{
    return persian ? u(pick(rng, kSummaryFa[kind])) : u(pick(rng, kSummaryEn[kind]));
}

QString surveyComment(int mood, GeneratorRng &rng, bool persian)
{
    return persian ? u(pick(rng, kCommentFa[mood])) : u(pick(rng, kCommentEn[mood]));
}

} // namespace karvan::generatornames
