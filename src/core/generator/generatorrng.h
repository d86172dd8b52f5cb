#pragma once

#include <QtGlobal>

namespace karvan {

// The synthetic data generator's random numbers: xoshiro256** seeded through splitmix64.
// Written out here (instead of <random>'s distributions, whose output differs between standard
// libraries) so that the same seed gives the same bytes on every platform and compiler.
class GeneratorRng
{
public:
    // One independent stream per (seed, a, b): e.g. (seed, account index, purpose).
    explicit GeneratorRng(quint64 seed, quint64 a = 0, quint64 b = 0)
    {
        quint64 x = seed ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
        for (quint64 &s : m_s)
            s = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // A double in [0, 1) from the top 53 bits.
    double real() { return double(next() >> 11) * 0x1.0p-53; }

    // An integer in [0, n); 0 when n <= 0. Lemire's multiply-shift (bias below 2^-32 here).
    int below(int n)
    {
        if (n <= 0)
            return 0;
        return int((quint64(next() >> 32) * quint64(n)) >> 32);
    }

    // An integer in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    qint64 between64(qint64 lo, qint64 hi)
    {
        return lo + qint64(next() % quint64(hi - lo + 1));
    }

    // A double in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * real(); }

    bool chance(double p) { return real() < p; }

    // An index chosen with the given integer weights (which must not all be 0).
    template<typename Container>
    int weighted(const Container &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4];
};

} // namespace karvan
