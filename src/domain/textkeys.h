#pragma once

#include <QString>
#include <QStringView>

namespace kehu {

// Folded forms of text for matching: duplicate detection (DOMAIN §1: one file per company)
// and the customer list's filter.

// Name with full-width forms folded to half-width (NFKC), white space removed and case folded:
// "Ｈｕａｘｉａ  Laundry 有限公司" and "huaxialaundry有限公司" give the same key.
QString nameKey(QStringView name);

// The phone's digits alone, without a leading +86/0086 country code:
// "+86 (21) 5555-0100" and "021-5555 0100" give "2155550100" and "02155550100"; leading zeros of
// the area code are dropped too, so both give "2155550100".
QString phoneKey(QStringView phone);

// Text folded for substring search as you type: full-width to half-width and case folded,
// so "ｈｕａ" finds "Hua" and "华美" finds "苏州华美洗涤".
QString searchKey(QStringView text);

} // namespace kehu
