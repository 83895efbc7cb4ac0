#pragma once

#include "csvdialect.h"

#include <QByteArrayView>
#include <QStringEncoder>

#include <string>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace kehu {

// Writes CSV the way Excel reads it: comma-separated, CRLF line ends, fields quoted when they
// hold a comma, quote, line break or edge spaces; UTF-8 (a BOM on request, which Excel needs
// to tell UTF-8 from the system code page) or GB18030 for Excel on Chinese Windows.
// Rows are built as UTF-8 in a buffer and written a megabyte at a time.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, TextEncoding encoding, bool bom);
    ~CsvWriter();

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void field(QByteArrayView utf8);
    void field(const QString &text) { field(QByteArrayView(text.toUtf8())); }
    void endRow();
    // Writes what is buffered; false when the device refused it (errorString() says why).
    bool flush();
    bool failed() const { return m_failed; }

private:
    QIODevice *m_device;
    TextEncoding m_encoding;
    QStringEncoder m_encoder;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace kehu
