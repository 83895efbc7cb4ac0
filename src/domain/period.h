#pragma once

#include <QDate>

namespace kehu {

// A span of days, both ends included.
struct Period
{
    QDate from;
    QDate to;

    bool contains(QDate day) const { return day >= from && day <= to; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool operator==(const Period &) const = default;

    // The twelve months up to and including `today`: 2025-11-24 … 2026-11-23.
    static Period lastTwelveMonths(QDate today) { return {today.addYears(-1).addDays(1), today}; }
};

} // namespace kehu
