#include "domain/persiantext.h"

namespace karvan::text {

QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case 0x064A: // ARABIC LETTER YEH
        case 0x0649: // ARABIC LETTER ALEF MAKSURA
            out += QChar(0x06CC);
            continue;
        case 0x0643: // ARABIC LETTER KAF
            out += QChar(0x06A9);
            continue;
        case 0x00AD: // soft hyphen
        case 0x0640: // kashida (tatweel)
        case 0x200B: // zero-width space
        case 0x200C: // zero-width non-joiner
        case 0x200D: // zero-width joiner
        case 0x200E: // left-to-right mark
        case 0x200F: // right-to-left mark
        case 0x2060: // word joiner
        case 0xFEFF: // zero-width no-break space (BOM)
            continue;
        default:
            break;
        }
        if (u >= 0x06F0 && u <= 0x06F9)
            out += QLatin1Char(char('0' + (u - 0x06F0)));
        else if (u >= 0x0660 && u <= 0x0669)
            out += QLatin1Char(char('0' + (u - 0x0660)));
        else
            out += c;
    }
    return out;
}

QString searchKey(QStringView text)
{
    return normalized(text).toCaseFolded();
}

QCollator collator(const QLocale &locale)
{
    QCollator c(locale);
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    c.setIgnorePunctuation(false);
    return c;
}

} // namespace karvan::text
