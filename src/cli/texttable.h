#pragma once

#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace kehu::cli {

// Rows of text cells with a header, written either as aligned columns for a terminal or as
// RFC 4180 CSV for spreadsheets and scripts.
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList header);

    void setAlignment(int column, Align align);
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    // Columns padded to the widest cell as a terminal shows it, two spaces apart.
    void writeAligned(QTextStream &out) const;
    // Header row then data rows, CRLF line ends, quoting only where needed.
    void writeCsv(QTextStream &out) const;

    // Terminal columns the text takes: East Asian wide and full-width characters take two,
    // combining marks none, so 苏州华美 lines up with ASCII text.
    static int displayWidth(const QString &text);
    static QString csvField(const QString &text);

private:
    void writeAlignedRow(QTextStream &out, const QStringList &cells, const QList<int> &widths) const;

    QStringList m_header;
    QList<Align> m_alignment;
    QList<QStringList> m_rows;
};

} // namespace kehu::cli
