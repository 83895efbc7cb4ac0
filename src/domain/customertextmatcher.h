#pragma once

#include "customersummary.h"

#include <QString>

namespace kehu {

// The customer search of the list's filter box and of `customers list --filter`: a case- and
// width-insensitive substring of the code, name, phone, or a contact's name or phone. A search
// that looks like a phone number also matches phones typed with other spacing:
// "13800001111" and "0000 1111" both find "138 0000 1111".
class CustomerTextMatcher
{
public:
    explicit CustomerTextMatcher(const QString &text);

    bool isEmpty() const { return m_key.isEmpty(); }
    // `haystack` comes from haystackOf(), folded once per customer so a search only compares.
    bool matches(const QString &haystack) const;
    bool matches(const CustomerSummary &customer) const { return matches(haystackOf(customer)); }

    // The customer's searchable text, folded: its fields apart ('\n' keeps a match from
    // spanning two of them), then its phones and contacts without phone separators.
    static QString haystackOf(const CustomerSummary &customer);

private:
    QString m_key;
    QString m_digits; // the search without phone separators, when it looks like a number
};

} // namespace kehu
