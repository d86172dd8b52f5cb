#pragma once

#include <QCollator>
#include <QLocale>
#include <QString>
#include <QStringView>

// Persian text as people type it: the same word arrives with the Arabic or the Persian ی and
// ک, with or without a zero-width non-joiner, in Persian, Arabic-Indic or ASCII digits. One
// normal form for comparing (the book's search, duplicate detection, typed dates) and one
// collation for sorting names in the reader's alphabet.
namespace karvan::text {

// Arabic ي ى -> Persian ی, Arabic ك -> Persian ک, the zero-width characters (ZWNJ, ZWJ,
// zero-width space, BOM, direction marks, soft hyphen) and the kashida removed, Persian and
// Arabic-Indic digits -> ASCII. Nothing else changes (case, other letters, spaces).
QString normalized(QStringView text);
// normalized() and case-folded: the key a search compares.
QString searchKey(QStringView text);

// A collator for sorting names in the locale's alphabetical order (Persian: آ ا ب پ ت ... ی),
// case-insensitive, with numbers in numeric order.
QCollator collator(const QLocale &locale = QLocale());

} // namespace karvan::text
