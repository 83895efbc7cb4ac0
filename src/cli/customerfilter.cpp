#include "customerfilter.h"

#include "domain/textkeys.h"

namespace kehu::cli {
namespace {

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/';
}

// Drops phone separators but keeps every other character, so the names between a customer's
// contact phones still keep the digits of two phones from running together.
QString withoutPhoneSeparators(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!isPhoneSeparator(c))
            result.append(c);
    }
    return result;
}

bool looksLikePhone(const QString &text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!isPhoneSeparator(c) && c != u'+')
            return false;
    }
    return digits >= 3;
}

} // namespace

CustomerFilter::CustomerFilter(const QString &text)
    : m_key(searchKey(text.trimmed()))
{
    if (looksLikePhone(m_key))
        m_digits = withoutPhoneSeparators(m_key);
}

bool CustomerFilter::matches(const CustomerSummary &customer) const
{
    if (m_key.isEmpty())
        return true;
    for (const QString *field : { &customer.code, &customer.name, &customer.phone, &customer.contactText }) {
        if (searchKey(*field).contains(m_key))
            return true;
    }
    if (m_digits.isEmpty())
        return false;
    return withoutPhoneSeparators(searchKey(customer.phone)).contains(m_digits)
        || withoutPhoneSeparators(searchKey(customer.contactText)).contains(m_digits);
}

} // namespace kehu::cli
