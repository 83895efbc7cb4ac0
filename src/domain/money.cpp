#include "money.h"

#include <limits>

namespace kehu {

QString Money::toPlainString() const
{
    const bool negative = m_fen < 0;
    // Work in unsigned so the most negative value does not overflow on negation.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    QString text = QString::number(magnitude / 100) + QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

std::optional<Money> Money::parse(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    if (s.startsWith(u'¥') || s.startsWith(u'￥'))
        s = s.mid(1).trimmed();
    if (!negative && s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    if (s.isEmpty())
        return std::nullopt;

    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    quint64 whole = 0;
    int digitsSinceSeparator = -1; // -1: no thousands separator seen yet
    int wholeDigits = 0;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u',') {
            // A separator needs 1–3 digits before the first one and exactly 3 between them.
            if (wholeDigits == 0 || (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                || (digitsSinceSeparator < 0 && wholeDigits > 3))
                return std::nullopt;
            digitsSinceSeparator = 0;
            continue;
        }
        if (c == u'.')
            break;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        whole = whole * 10 + quint64(c.unicode() - u'0');
        if (whole > limit / 100)
            return std::nullopt;
        ++wholeDigits;
        if (digitsSinceSeparator >= 0)
            ++digitsSinceSeparator;
    }
    if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
        return std::nullopt;

    quint64 fraction = 0;
    if (i < s.size()) { // at the decimal point
        const QStringView decimals = s.mid(i + 1);
        if (decimals.size() > 2 || (decimals.isEmpty() && wholeDigits == 0))
            return std::nullopt;
        for (QChar c : decimals) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            fraction = fraction * 10 + quint64(c.unicode() - u'0');
        }
        if (decimals.size() == 1)
            fraction *= 10;
    } else if (wholeDigits == 0) {
        return std::nullopt;
    }
    const qint64 fen = qint64(whole * 100 + fraction);
    return Money::fromFen(negative ? -fen : fen);
}

} // namespace kehu
