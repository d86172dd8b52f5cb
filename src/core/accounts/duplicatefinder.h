#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace karvan {

// Two accounts that are probably the same customer (seed 002: duplicate records merged).
struct DuplicatePair
{
    qint64 firstId = 0;     // the older record (lower id): the one usually kept
    qint64 secondId = 0;
    QString firstExtId, firstName;
    QString secondExtId, secondName;
    double nameSimilarity = 0; // 0..1 over the normalised names
    QStringList sameFields;    // key-like custom fields with the same value, e.g. "domain"
    double score = 0;          // what the list is sorted by
    QStringList reasons;       // for the user: "similar name (0.92)", "same domain (acme.com)"
};

// Finds likely duplicate accounts: similar names once normalised (case, punctuation, Persian
// letter forms, legal suffixes such as Ltd, Inc or شرکت), by trigram similarity, and equal values
// of key-like custom fields (domain, website, tax_id, ...). Candidates come from an index of the
// names' tokens, so it does not compare every pair.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(const QSqlDatabase &db);

    // Name similarity from which a pair is reported on its name alone.
    void setThreshold(double threshold) { m_threshold = threshold; }
    void setMaxPairs(int maxPairs) { m_maxPairs = maxPairs; }
    QList<DuplicatePair> find() const;

    // "ACME Trading Co., Ltd." -> "acme trading"; Persian: "شرکت داده‌پردازان" -> "داده پردازان".
    static QString normaliseName(const QString &name);
    // Dice coefficient of the padded character trigrams of two normalised names (0..1).
    static double similarity(const QString &a, const QString &b);
    // Whether a custom field's name looks like a key of the customer (domain, tax id, ...).
    static bool isKeyLikeField(const QString &fieldName);

private:
    QSqlDatabase m_db;
    double m_threshold = 0.85;
    int m_maxPairs = 1000;
};

} // namespace karvan
