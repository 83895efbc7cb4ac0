#pragma once

#include "csvdialect.h"
#include "importerror.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <optional>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace kehu {

// One record of a CSV file: its fields as UTF-8 bytes with quotes removed, and the physical
// line it starts on (a quoted field with line breaks makes a record span several lines).
struct CsvRecord
{
    qint64 line = 0;
    std::vector<QByteArrayView> fields; // valid until the reader's next call

    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && size_t(index) < fields.size() ? fields[size_t(index)] : QByteArrayView();
    }
};

// Reads an RFC 4180 file record by record without holding it in memory: quoted fields with
// delimiters, doubled quotes and line breaks, CRLF or LF line ends, blank lines skipped.
// Works on bytes: a GB18030 file is converted to UTF-8 chunk by chunk, and a field becomes a
// QString only where someone needs one, which keeps millions of rows fast.
class CsvReader
{
public:
    CsvReader(QIODevice *device, const CsvDialect &dialect);

    // The next record; false at the end of the file or when the file cannot be read further
    // (error() then says why and where).
    bool next(CsvRecord &record);

    const std::optional<ImportError> &error() const { return m_error; }
    // Bytes taken from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    void appendUtf8(QByteArrayView bytes);
    void appendGb18030(QByteArrayView bytes);
    void failAt(qsizetype validBytes, const QString &message);
    void split(size_t begin, size_t end, CsvRecord &record);

    QIODevice *m_device;
    CsvDialect m_dialect;
    QStringDecoder m_decoder;
    std::string m_buffer;       // UTF-8 text not yet returned, from m_pos on
    size_t m_pos = 0;
    std::string m_pendingBytes; // a UTF-8 sequence cut by the end of the last chunk
    qint64 m_line = 1;          // line of m_pos
    qint64 m_linesConverted = 0; // line ends appended to m_buffer so far, for error lines
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_firstChunk = true;
    bool m_truncated = false;   // converting stopped at bad bytes: drop the cut record
    std::optional<ImportError> m_error;
};

} // namespace kehu
