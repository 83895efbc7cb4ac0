#include "abcthresholds.h"

#include <QCoreApplication>

namespace kehu {

std::optional<AbcThresholds> AbcThresholds::fromHundredths(int a, int b)
{
    if (a <= 0 || a >= b || b > Whole)
        return std::nullopt;
    return AbcThresholds(a, b);
}

std::optional<int> AbcThresholds::parsePercent(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.endsWith(u'%'))
        s = s.chopped(1).trimmed();
    const qsizetype point = s.indexOf(u'.');
    const QStringView whole = point < 0 ? s : s.left(point);
    const QStringView decimals = point < 0 ? QStringView() : s.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 3 || decimals.size() > 2 || (point >= 0 && decimals.isEmpty()))
        return std::nullopt;
    int value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    int fraction = 0;
    for (QChar c : decimals) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        fraction = fraction * 10 + (c.unicode() - u'0');
    }
    if (decimals.size() == 1)
        fraction *= 10;
    const int hundredths = value * 100 + fraction;
    if (hundredths > Whole)
        return std::nullopt;
    return hundredths;
}

QString AbcThresholds::formatPercent(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    const int fraction = hundredths % 100;
    if (fraction == 0)
        return text;
    if (fraction % 10 == 0)
        return text + QLatin1Char('.') + QString::number(fraction / 10);
    return text + QStringLiteral(".%1").arg(fraction, 2, 10, QLatin1Char('0'));
}

QString AbcThresholds::ruleText()
{
    return QCoreApplication::translate(
        "kehu::Abc", "The limits must satisfy 0 < A < B ≤ 100 (percent, up to two decimals).");
}

} // namespace kehu
