#include "customertextmatcher.h"

#include "textkeys.h"

#include <QStringBuilder>

namespace kehu {
namespace {

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/';
}

// Drops phone separators but keeps every other character, so the names between a customer's
// contact phones keep the digits of two phones from running together.
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

CustomerTextMatcher::CustomerTextMatcher(const QString &text)
    : m_key(searchKey(text.trimmed()))
{
    if (looksLikePhone(m_key))
        m_digits = withoutPhoneSeparators(m_key);
}

bool CustomerTextMatcher::matches(const QString &haystack) const
{
    if (m_key.isEmpty())
        return true;
    return haystack.contains(m_key) || (!m_digits.isEmpty() && haystack.contains(m_digits));
}

QString CustomerTextMatcher::haystackOf(const CustomerSummary &s)
{
    // Folding field by field keeps searchKey's cheap path for the (usually Chinese) names:
    // only text with capitals or full-width forms pays for normalization.
    const QString phone = searchKey(s.phone);
    const QString contacts = searchKey(s.contactText);
    return searchKey(s.code) % u'\n' % searchKey(s.name) % u'\n' % phone % u'\n' % contacts % u'\n'
            % withoutPhoneSeparators(phone) % u'\n' % withoutPhoneSeparators(contacts);
}

} // namespace kehu
