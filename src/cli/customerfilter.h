#pragma once

#include "domain/customersummary.h"

#include <QString>

namespace kehu::cli {

// The --filter of `customers list`: a case- and width-insensitive substring of the code, name,
// phone or a contact's name or phone (searchKey on both sides). A filter that looks like a
// phone number also matches phones typed with other spacing: "13800001111" finds "138 0000 1111".
class CustomerFilter
{
public:
    explicit CustomerFilter(const QString &text);

    bool isEmpty() const { return m_key.isEmpty(); }
    bool matches(const CustomerSummary &customer) const;

private:
    QString m_key;
    QString m_digits; // the filter without phone separators, when it looks like a number
};

} // namespace kehu::cli
