#include "textkeys.h"

namespace kehu {

QString nameKey(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

QString searchKey(QStringView text)
{
    // NFKC is costly; most text is already in its folded form, so try the cheap path first.
    bool plain = true;
    for (QChar c : text) {
        if (c.unicode() >= 0xff00 || c.unicode() == 0x3000 || c.isUpper()) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    return text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString phoneKey(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone.toString().normalized(QString::NormalizationForm_KC)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    const bool international = phone.trimmed().startsWith(u'+') || digits.startsWith(QLatin1String("00"));
    if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (international && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

} // namespace kehu
