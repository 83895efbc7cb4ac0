#include "csvdialectdetector.h"

#include <QStringDecoder>

#include <array>
#include <cstring>

namespace kehu {
namespace {

constexpr QByteArrayView Utf8Bom("\xEF\xBB\xBF", 3);

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && std::memcmp(bytes.data(), prefix.data(), size_t(prefix.size())) == 0;
}

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// Text files have no NULs and hardly any other control bytes; a few stray ones (a form feed
// pasted into a note) should not make a CSV file "binary".
bool looksBinary(QByteArrayView bytes)
{
    qsizetype controls = 0;
    for (char ch : bytes) {
        const auto c = uchar(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
            ++controls;
    }
    return controls * 200 > bytes.size();
}

// Counts of each candidate delimiter outside quotes, per record, for the first records.
struct DelimiterCounts
{
    static constexpr std::array<char, 3> Candidates{',', '\t', ';'};
    std::array<int, 3> header{};
    std::array<int, 3> agreeing{}; // later records with the header's count
    int records = 0;
};

DelimiterCounts countDelimiters(QByteArrayView text)
{
    DelimiterCounts counts;
    std::array<int, 3> current{};
    bool inQuotes = false;
    qsizetype i = 0;
    auto endRecord = [&]() {
        if (counts.records == 0)
            counts.header = current;
        else
            for (size_t k = 0; k < current.size(); ++k)
                counts.agreeing[k] += current[k] == counts.header[k] ? 1 : 0;
        ++counts.records;
        current = {};
    };
    for (; i < text.size() && counts.records < 20; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n')
                endRecord();
            for (size_t k = 0; k < DelimiterCounts::Candidates.size(); ++k)
                current[k] += c == DelimiterCounts::Candidates[k] ? 1 : 0;
        }
    }
    // A last record without its line end counts only when the text is all there is.
    if (counts.records == 0)
        endRecord();
    return counts;
}

} // namespace

qsizetype CsvDialectDetector::validUtf8Prefix(QByteArrayView bytes, bool *invalid)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    *invalid = false;
    while (i < n) {
        // Most of a CSV file is ASCII: skip it eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        quint32 point = 0;
        quint32 minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, point = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, point = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, point = c & 0x07, minimum = 0x10000;
        } else {
            *invalid = true;
            return i;
        }
        const qsizetype available = std::min<qsizetype>(length, n - i);
        for (qsizetype k = 1; k < available; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                *invalid = true;
                return i;
            }
            point = (point << 6) | (p[i + k] & 0x3F);
        }
        if (available < length)
            return i; // cut by the end of the bytes, not malformed
        if (point < minimum || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
            *invalid = true;
            return i;
        }
        i += length;
    }
    return n;
}

char CsvDialectDetector::detectDelimiter(QByteArrayView text)
{
    const DelimiterCounts counts = countDelimiters(text);
    int best = -1;
    int bestScore = 0;
    for (size_t k = 0; k < DelimiterCounts::Candidates.size(); ++k) {
        if (counts.header[k] == 0)
            continue;
        // Agreement with the header matters more than how often the character occurs:
        // "1,234.56" in a semicolon file must not make it a comma file.
        const int later = counts.records - 1;
        const bool consistent = later <= 0 || counts.agreeing[k] * 10 >= later * 8;
        const int score = (consistent ? 1000000 : 0) + counts.header[k];
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return best < 0 ? ',' : DelimiterCounts::Candidates[size_t(best)];
}

CsvDialectDetector::Result CsvDialectDetector::detect(QByteArrayView head, bool wholeFile)
{
    Result result;
    if (startsWith(head, QByteArrayView("PK\x03\x04", 4)) || startsWith(head, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        result.verdict = Verdict::Spreadsheet;
        return result;
    }
    if (startsWith(head, QByteArrayView("\xFF\xFE", 2)) || startsWith(head, QByteArrayView("\xFE\xFF", 2))) {
        result.verdict = Verdict::Utf16;
        return result;
    }
    result.dialect.bom = startsWith(head, Utf8Bom);
    const QByteArrayView body = result.dialect.bom ? head.sliced(Utf8Bom.size()) : head;
    if (isBlank(body)) {
        result.verdict = Verdict::Empty;
        return result;
    }
    if (looksBinary(body)) {
        result.verdict = Verdict::Binary;
        return result;
    }

    bool invalid = false;
    const qsizetype valid = validUtf8Prefix(body, &invalid);
    if (result.dialect.bom || (!invalid && (!wholeFile || valid == body.size()))) {
        result.dialect.encoding = TextEncoding::Utf8;
    } else {
        // Stateful, so a character cut by the end of the sample is not an error.
        QStringDecoder decoder("GB18030");
        const QString text = decoder(body);
        if (decoder.hasError() || text.contains(QChar::ReplacementCharacter)) {
            result.verdict = Verdict::NotText;
            return result;
        }
        result.dialect.encoding = TextEncoding::Gb18030;
    }
    // GB18030's trail bytes are never a quote, delimiter or line end, so the raw bytes serve.
    result.dialect.delimiter = detectDelimiter(body);
    return result;
}

} // namespace kehu
