#include "displayformat.h"

#include <QLocale>

namespace kehu {

QString formatMoney(Money amount)
{
    return QLocale().toString(amount.yuan(), 'f', 2);
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString formatTimestamp(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatPercent(std::optional<double> fraction)
{
    return fraction ? QLocale().toString(*fraction * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

} // namespace kehu
