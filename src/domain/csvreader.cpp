#include "csvreader.h"

#include "csvdialectdetector.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace kehu {
namespace {

constexpr qint64 ChunkSize = 1 << 20;

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::CsvReader)
};

qint64 countLineEnds(const char *data, size_t size)
{
    return qint64(std::count(data, data + size, '\n'));
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_decoder(dialect.encoding == TextEncoding::Gb18030 ? "GB18030" : "UTF-8")
{
}

void CsvReader::failAt(qsizetype validBytes, const QString &message)
{
    // The line of the bad byte: line ends already converted plus those before it in this chunk.
    const qint64 line = m_linesConverted + countLineEnds(m_buffer.data() + m_buffer.size() - validBytes, size_t(validBytes)) + 1;
    m_error = ImportError{line, QString(), message};
    m_atEnd = true;
    m_truncated = true;
}

void CsvReader::appendUtf8(QByteArrayView bytes)
{
    m_pendingBytes.append(bytes.data(), size_t(bytes.size()));
    QByteArrayView text(m_pendingBytes);
    if (m_firstChunk && text.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        text = text.sliced(3);
    bool invalid = false;
    const qsizetype valid = CsvDialectDetector::validUtf8Prefix(text, &invalid);
    m_buffer.append(text.data(), size_t(valid));
    if (invalid) {
        failAt(valid, Text::tr("this is not valid UTF-8 text; if the file comes from Excel on Chinese Windows, "
                         "import it as GB18030"));
        return;
    }
    m_linesConverted += countLineEnds(text.data(), size_t(valid));
    m_pendingBytes.erase(0, size_t(text.data() - m_pendingBytes.data() + valid));
}

void CsvReader::appendGb18030(QByteArrayView bytes)
{
    const QString text = m_decoder.decode(bytes);
    const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
    const QByteArray utf8 = (bad < 0 ? QStringView(text) : QStringView(text).left(bad)).toUtf8();
    m_buffer.append(utf8.constData(), size_t(utf8.size()));
    if (bad >= 0 || m_decoder.hasError()) {
        failAt(utf8.size(), Text::tr("this is not valid GB18030 text; if the file is UTF-8, import it as UTF-8"));
        return;
    }
    m_linesConverted += countLineEnds(utf8.constData(), size_t(utf8.size()));
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // Keep only what is not yet returned, so the buffer stays about one chunk long.
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    const qint64 read = m_device->read(chunk.data(), ChunkSize);
    if (read <= 0) {
        m_atEnd = true;
        if (read < 0)
            m_error = ImportError{m_line, QString(), Text::tr("the file could not be read: %1").arg(m_device->errorString())};
        else if (!m_pendingBytes.empty())
            failAt(0, Text::tr("the file ends in the middle of a character"));
        return false;
    }
    m_bytesRead += read;
    const QByteArrayView bytes(chunk.constData(), read);
    if (m_dialect.encoding == TextEncoding::Gb18030)
        appendGb18030(bytes);
    else
        appendUtf8(bytes);
    m_firstChunk = false;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        // Find where the record ends: the first line end outside quotes. A quote opens a
        // quoted field only at the start of a field (after spaces), as spreadsheets read it.
        size_t i = m_pos;
        bool inQuotes = false;
        bool fieldStart = true;
        bool justClosed = false;
        qint64 innerLineEnds = 0;
        size_t end = std::string::npos;
        size_t slowUntil = 0; // the line holds a quote: look at each character up to here
        for (;;) {
            if (i >= m_buffer.size()) {
                const size_t offset = i - m_pos;
                if (!fill())
                    break;
                i = m_pos + offset;
                slowUntil = 0;
                continue;
            }
            if (!inQuotes && i >= slowUntil) {
                // Fast path: the rest of a line with no quote in it needs no state machine.
                const char *data = m_buffer.data();
                const auto *lineEnd = static_cast<const char *>(std::memchr(data + i, '\n', m_buffer.size() - i));
                const size_t stop = lineEnd ? size_t(lineEnd - data) : m_buffer.size();
                if (std::memchr(data + i, '"', stop - i)) {
                    slowUntil = stop;
                } else if (lineEnd) {
                    end = stop;
                    break;
                } else {
                    // The line continues in the next chunk: carry the state of its last character.
                    size_t last = stop;
                    while (last > i && data[last - 1] == ' ')
                        --last;
                    if (last > i) {
                        fieldStart = data[last - 1] == m_dialect.delimiter;
                        justClosed = false;
                    }
                    i = stop;
                    continue;
                }
            }
            const char c = m_buffer[i];
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                    justClosed = true;
                } else if (c == '\n') {
                    ++innerLineEnds;
                }
            } else if (c == '"' && (fieldStart || justClosed)) {
                inQuotes = true;
                justClosed = false;
                fieldStart = false;
            } else {
                justClosed = false;
                if (c == '\n') {
                    end = i;
                    break;
                }
                if (c == m_dialect.delimiter)
                    fieldStart = true;
                else if (c != ' ')
                    fieldStart = false;
            }
            ++i;
        }

        if (end == std::string::npos) { // the end of the text
            if (m_truncated || m_pos >= m_buffer.size())
                return false;
            if (inQuotes) {
                m_error = ImportError{m_line, QString(), Text::tr("a quoted field starting on this line is never closed")};
                return false;
            }
            end = m_buffer.size();
        }
        const size_t next = end + 1;
        size_t contentEnd = end;
        if (contentEnd > m_pos && m_buffer[contentEnd - 1] == '\r')
            --contentEnd;
        record.line = m_line;
        m_line += 1 + innerLineEnds;
        const size_t begin = m_pos;
        m_pos = std::min(next, m_buffer.size());
        bool blank = true;
        for (size_t k = begin; k < contentEnd && blank; ++k)
            blank = m_buffer[k] == ' ' || m_buffer[k] == '\t';
        if (blank)
            continue;
        split(begin, contentEnd, record);
        return true;
    }
}

void CsvReader::split(size_t begin, size_t end, CsvRecord &record)
{
    record.fields.clear();
    char *buffer = m_buffer.data();
    const char delimiter = m_dialect.delimiter;
    size_t pos = begin;
    for (;;) {
        size_t quote = pos;
        while (quote < end && buffer[quote] == ' ' && delimiter != ' ')
            ++quote;
        if (quote < end && buffer[quote] == '"') {
            // Unescape in place: the content only ever gets shorter.
            const size_t content = quote + 1;
            size_t out = content;
            size_t p = content;
            while (p < end) {
                if (buffer[p] == '"') {
                    if (p + 1 < end && buffer[p + 1] == '"') {
                        buffer[out++] = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                buffer[out++] = buffer[p++];
            }
            // Text between the closing quote and the delimiter is kept, as spreadsheets do.
            while (p < end && buffer[p] != delimiter)
                buffer[out++] = buffer[p++];
            record.fields.emplace_back(buffer + content, qsizetype(out - content));
            pos = p;
        } else {
            const auto *hit = static_cast<const char *>(std::memchr(buffer + pos, delimiter, end - pos));
            const size_t stop = hit ? size_t(hit - buffer) : end;
            record.fields.emplace_back(buffer + pos, qsizetype(stop - pos));
            pos = stop;
        }
        if (pos >= end)
            return;
        ++pos; // the delimiter
        if (pos == end) {
            record.fields.emplace_back(); // a trailing delimiter ends with an empty field
            return;
        }
    }
}

} // namespace kehu
