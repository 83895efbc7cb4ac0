#include "importvalues.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace kehu::importvalues {
namespace {

constexpr QByteArrayView IdeographicSpace("\xE3\x80\x80", 3);
constexpr QByteArrayView Year("\xE5\xB9\xB4", 3);  // 年
constexpr QByteArrayView Month("\xE6\x9C\x88", 3); // 月
constexpr QByteArrayView Day("\xE6\x97\xA5", 3);   // 日

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1–`maxDigits` digits at `pos`; advances `pos`.
std::optional<int> digits(QByteArrayView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && isDigit(text[pos]) && count < maxDigits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count < minDigits || (pos < text.size() && isDigit(text[pos])))
        return std::nullopt;
    return value;
}

bool skip(QByteArrayView text, qsizetype &pos, QByteArrayView what)
{
    if (text.sliced(pos).startsWith(what)) {
        pos += what.size();
        return true;
    }
    return false;
}

// "0:00", "08:30:00", "08:30:00.000": what may follow a date in a spreadsheet's export.
bool isTimeOfDay(QByteArrayView text)
{
    qsizetype pos = 0;
    if (!digits(text, pos, 1, 2) || !skip(text, pos, ":") || !digits(text, pos, 2, 2))
        return false;
    if (skip(text, pos, ":") && !digits(text, pos, 2, 2))
        return false;
    if (skip(text, pos, ".") && !digits(text, pos, 1, 9))
        return false;
    return pos == text.size();
}

std::optional<QDate> makeDate(int y, int m, int d)
{
    if (y < 1000 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

} // namespace

QByteArrayView trimmed(QByteArrayView field)
{
    for (;;) {
        if (field.startsWith(' ') || field.startsWith('\t') || field.startsWith('\r') || field.startsWith('\n'))
            field = field.sliced(1);
        else if (field.startsWith(IdeographicSpace))
            field = field.sliced(IdeographicSpace.size());
        else
            break;
    }
    for (;;) {
        if (field.endsWith(' ') || field.endsWith('\t') || field.endsWith('\r') || field.endsWith('\n'))
            field.chop(1);
        else if (field.endsWith(IdeographicSpace))
            field.chop(IdeographicSpace.size());
        else
            break;
    }
    return field;
}

std::optional<QDate> parseDate(QByteArrayView field)
{
    QByteArrayView text = trimmed(field);
    const qsizetype space = text.indexOf(' ');
    if (space > 0) {
        if (!isTimeOfDay(trimmed(text.sliced(space))))
            return std::nullopt;
        text = text.first(space);
    }
    qsizetype pos = 0;
    if (text.size() == 8 && std::all_of(text.begin(), text.end(), isDigit)) { // 20240305
        const auto y = digits(text, pos, 8, 8);
        return y ? makeDate(*y / 10000, *y / 100 % 100, *y % 100) : std::nullopt;
    }
    const auto y = digits(text, pos, 4, 4);
    if (!y || pos >= text.size())
        return std::nullopt;
    if (skip(text, pos, Year)) {
        const auto m = digits(text, pos, 1, 2);
        if (!m || !skip(text, pos, Month))
            return std::nullopt;
        const auto d = digits(text, pos, 1, 2);
        skip(text, pos, Day);
        return d && pos == text.size() ? makeDate(*y, *m, *d) : std::nullopt;
    }
    const char separator = text[pos];
    if (separator != '-' && separator != '/' && separator != '.')
        return std::nullopt;
    ++pos;
    const auto m = digits(text, pos, 1, 2);
    if (!m || pos >= text.size() || text[pos] != separator)
        return std::nullopt;
    ++pos;
    const auto d = digits(text, pos, 1, 2);
    return d && pos == text.size() ? makeDate(*y, *m, *d) : std::nullopt;
}

std::optional<QDate> parseYearOrDate(QByteArrayView field)
{
    QByteArrayView text = trimmed(field);
    if (text.endsWith(Year))
        text.chop(Year.size());
    if (text.size() == 4) {
        qsizetype pos = 0;
        const auto y = digits(text, pos, 4, 4);
        return y ? makeDate(*y, 1, 1) : std::nullopt;
    }
    return parseDate(field);
}

std::optional<QDateTime> parseTimestamp(QByteArrayView field)
{
    const QByteArrayView text = trimmed(field);
    if (const auto date = parseDate(text))
        return QDateTime(*date, QTime(0, 0), QTimeZone::utc());
    QString iso = QString::fromLatin1(text.data(), text.size());
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Without a zone the time is taken as UTC, as Kehu writes it.
    if (time.timeSpec() == Qt::LocalTime && !iso.endsWith(QLatin1Char('Z')))
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time;
}

std::optional<qint64> parseInteger(QByteArrayView field)
{
    QByteArrayView text = trimmed(field);
    bool negative = false;
    if (text.startsWith('-') || text.startsWith('+')) {
        negative = text.startsWith('-');
        text = text.sliced(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',') {
            // Thousands separators: 1–3 digits before the first, exactly 3 between them.
            if ((grouped && digitsInGroup != 3) || (!grouped && (digitsInGroup == 0 || digitsInGroup > 3)))
                return std::nullopt;
            grouped = true;
            digitsInGroup = 0;
            continue;
        }
        if (!isDigit(c) || value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt;
        value = value * 10 + (c - '0');
        ++digitsInGroup;
    }
    if (grouped && digitsInGroup != 3)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<Money> parseMoney(QByteArrayView field)
{
    const QByteArrayView text = trimmed(field);
    // Most amounts are short ASCII: give Money::parse a view over a stack buffer instead of
    // allocating a QString for each.
    std::array<char16_t, 32> ascii;
    bool isAscii = text.size() <= qsizetype(ascii.size());
    for (qsizetype i = 0; isAscii && i < text.size(); ++i) {
        if (uchar(text[i]) >= 0x80)
            isAscii = false;
        else
            ascii[size_t(i)] = char16_t(text[i]);
    }
    if (isAscii)
        return Money::parse(QStringView(ascii.data(), text.size()));
    return Money::parse(QString::fromUtf8(text));
}

YearMonthDay yearMonthDay(QDate date)
{
    // Days since 0000-03-01 in eras of 400 years (H. Hinnant's civil_from_days).
    const qint64 z = date.toJulianDay() - 2440588 + 719468; // 2440588: the Julian day of 1970-01-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

void writeIsoDate(QDate date, char *out)
{
    const auto [y, m, d] = yearMonthDay(date);
    out[0] = char('0' + y / 1000 % 10);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
}

} // namespace kehu::importvalues
