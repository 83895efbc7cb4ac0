#include "texttable.h"

#include <QTextStream>

namespace kehu::cli {
namespace {

// East Asian Width W and F ranges (Unicode TR 11), merged to the blocks that matter for
// Chinese text, full-width forms and emoji.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x231A && c <= 0x231B) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
    , m_alignment(m_header.size(), Align::Left)
{
}

void TextTable::setAlignment(int column, Align align)
{
    if (column >= 0 && column < m_alignment.size())
        m_alignment[column] = align;
}

void TextTable::addRow(QStringList cells)
{
    // Short rows are padded so every writer can index every column.
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows << std::move(cells);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void TextTable::writeAligned(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &cell : m_header)
        widths << displayWidth(cell);
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    writeAlignedRow(out, m_header, widths);
    for (const QStringList &row : m_rows)
        writeAlignedRow(out, row, widths);
}

void TextTable::writeAlignedRow(QTextStream &out, const QStringList &cells, const QList<int> &widths) const
{
    QString line;
    for (int i = 0; i < widths.size(); ++i) {
        const QString &cell = cells.at(i);
        const QString padding(widths[i] - displayWidth(cell), QLatin1Char(' '));
        if (i > 0)
            line += QStringLiteral("  ");
        if (m_alignment[i] == Align::Right)
            line += padding + cell;
        else
            line += cell + padding;
    }
    // Empty or short cells at the end would otherwise leave trailing blanks.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out << line << '\n';
}

QString TextTable::csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void TextTable::writeCsv(QTextStream &out) const
{
    auto writeRow = [&out](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields << csvField(cell);
        out << fields.join(QLatin1Char(',')) << "\r\n";
    };
    writeRow(m_header);
    for (const QStringList &row : m_rows)
        writeRow(row);
}

} // namespace kehu::cli
