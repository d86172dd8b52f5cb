#include "domain/persiantext.h"

namespace karvan::text {

QString normalized(QStringView text)
{
    // Written through a pointer into a buffer of the input's size (the output is never longer):
    // the book normalises every account's text when it opens.
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case 0x064A: // ARABIC LETTER YEH
        case 0x0649: // ARABIC LETTER ALEF MAKSURA
            *o++ = QChar(0x06CC);
            continue;
        case 0x0643: // ARABIC LETTER KAF
            *o++ = QChar(0x06A9);
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
            *o++ = QLatin1Char(char('0' + (u - 0x06F0)));
        else if (u >= 0x0660 && u <= 0x0669)
            *o++ = QLatin1Char(char('0' + (u - 0x0660)));
        else
            *o++ = c;
    }
    out.truncate(o - out.constData());
    return out;
}

QString searchKey(QStringView text)
{
    // Plain ASCII (most names, emails and ids): nothing to normalise, and its case folding is
    // lower case.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii)
        return normalized(text).toCaseFolded();
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *o++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out;
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
