#include "csvwriter.h"

#include <QIODevice>

namespace kehu {
namespace {

constexpr size_t FlushSize = 1 << 20;

bool needsQuotes(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == ' ' || text.back() == ' ')
        return true;
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, TextEncoding encoding, bool bom)
    : m_device(device)
    , m_encoding(encoding)
    , m_encoder(encoding == TextEncoding::Gb18030 ? "GB18030" : "UTF-8")
{
    if (bom && encoding == TextEncoding::Utf8)
        m_buffer = "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::field(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
    if (!needsQuotes(utf8)) {
        m_buffer.append(utf8.data(), size_t(utf8.size()));
        return;
    }
    m_buffer += '"';
    for (char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::endRow()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= FlushSize)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed || m_buffer.empty())
        return !m_failed;
    qint64 written = 0;
    qint64 expected = 0;
    if (m_encoding == TextEncoding::Gb18030) {
        // The buffer ends at a row end, so it never cuts a character.
        const QByteArray bytes = m_encoder.encode(QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size())));
        expected = bytes.size();
        written = m_device->write(bytes);
    } else {
        expected = qint64(m_buffer.size());
        written = m_device->write(m_buffer.data(), expected);
    }
    m_buffer.clear();
    m_failed = written != expected;
    return !m_failed;
}

} // namespace kehu
