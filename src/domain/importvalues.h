#pragma once

#include "money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kehu::importvalues {

// Value parsers for import files, on a field's UTF-8 bytes (no QString for numbers and dates,
// which are most of a file's fields). Each returns nullopt for text it does not accept.

// Without surrounding spaces, tabs and ideographic spaces (U+3000), which spreadsheets keep.
QByteArrayView trimmed(QByteArrayView field);

// 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 and 20240305; a time after the date, as Excel
// writes "2024/3/5 0:00", is ignored.
std::optional<QDate> parseDate(QByteArrayView field);
// A date as above, or a year alone ("2015", "2015年"), which means 1 January of that year.
std::optional<QDate> parseYearOrDate(QByteArrayView field);
// An ISO timestamp ("2024-03-05T08:30:00Z", "2024-03-05 08:30") or a date (midnight UTC).
std::optional<QDateTime> parseTimestamp(QByteArrayView field);
// A whole number, optionally signed, optionally with thousands separators ("12,000").
std::optional<qint64> parseInteger(QByteArrayView field);
// Money::parse's forms: "1234.56", "1,234.56", "¥1,234.56", "-3.10".
std::optional<Money> parseMoney(QByteArrayView field);

// Year, month and day of a valid Gregorian date, as QDate::getDate gives them, but computed
// from the Julian day directly: getDate goes through the calendar system and costs twenty
// times as much, which showed for two dates of each of millions of orders.
struct YearMonthDay
{
    int year;
    int month;
    int day;
};
YearMonthDay yearMonthDay(QDate date);

// Writes a valid date (years 0–9999) as "yyyy-MM-dd" into `out` (10 characters, no terminator).
void writeIsoDate(QDate date, char *out);

} // namespace kehu::importvalues
