#pragma once

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kehu {

// How the app shows values: money with the locale's grouping and two decimals, dates ISO
// (2026-11-23) in both languages as the customer file's users write them.
QString formatMoney(Money amount);
QString formatDate(QDate date);               // empty for a null date
QString formatTimestamp(const QDateTime &at); // local time, "2026-11-23 18:55"
QString formatPercent(std::optional<double> fraction); // "12.5 %", "–" for none

} // namespace kehu
