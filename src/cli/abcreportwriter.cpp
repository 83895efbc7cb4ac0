#include "abcreportwriter.h"

#include "texttable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <charconv>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::AbcReportWriter", text);
}

constexpr qsizetype FlushAt = 1 << 20;

void flushIfLarge(QByteArray &buffer, QIODevice &out, bool force = false)
{
    if (force || buffer.size() >= FlushAt) {
        out.write(buffer);
        buffer.clear();
    }
}

// fen as "-1234.56": exact, never through a double.
void appendMoney(QByteArray &out, Money money)
{
    const qint64 fen = money.fen();
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, magnitude / 100);
    Q_UNUSED(ec);
    if (fen < 0)
        out.append('-');
    out.append(digits, end - digits);
    const int cents = int(magnitude % 100);
    out.append('.');
    out.append(char('0' + cents / 10));
    out.append(char('0' + cents % 10));
}

// The shortest text that reads back as the same double, which is valid JSON ("0.25", "1e-05").
void appendDouble(QByteArray &out, double value)
{
    char text[32];
    auto [end, ec] = std::to_chars(text, text + sizeof text, value);
    Q_UNUSED(ec);
    out.append(text, end - text);
}

void appendInteger(QByteArray &out, qint64 value)
{
    char text[24];
    auto [end, ec] = std::to_chars(text, text + sizeof text, value);
    Q_UNUSED(ec);
    out.append(text, end - text);
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20) {
            out.append("\\u00", 4);
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\": ", 3);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

AbcReportWriter::AbcReportWriter(const AbcResult &result, const Period &period)
    : m_result(result)
    , m_period(period)
{
}

void AbcReportWriter::writeJson(QIODevice &out) const
{
    QByteArray buffer;
    buffer.reserve(FlushAt + 4096);
    buffer.append("{\"by\": \"");
    buffer.append(toKey(m_result.measure).toLatin1());
    buffer.append("\", \"from\": \"");
    buffer.append(m_period.from.toString(Qt::ISODate).toLatin1());
    buffer.append("\", \"to\": \"");
    buffer.append(m_period.to.toString(Qt::ISODate).toLatin1());
    buffer.append("\", \"limits\": {\"a\": ");
    buffer.append(AbcThresholds::formatPercent(m_result.thresholds.aHundredths()).toLatin1());
    buffer.append(", \"b\": ");
    buffer.append(AbcThresholds::formatPercent(m_result.thresholds.bHundredths()).toLatin1());
    buffer.append("},\n \"total\": ");
    appendMoney(buffer, m_result.positiveTotal);
    buffer.append(",\n \"classes\": [");
    const char *separator = "\n  ";
    for (const AbcClassSummary &summary : m_result.classes) {
        buffer.append(separator);
        separator = ",\n  ";
        buffer.append("{\"class\": \"");
        buffer.append(toKey(summary.abcClass).toLatin1());
        buffer.append("\", ");
        appendKey(buffer, "customers");
        appendInteger(buffer, summary.customers);
        buffer.append(", ");
        appendKey(buffer, "share_customers");
        appendDouble(buffer, summary.shareOfCustomers);
        buffer.append(", ");
        appendKey(buffer, "sales");
        appendMoney(buffer, summary.sales);
        buffer.append(", ");
        appendKey(buffer, "share_sales");
        appendDouble(buffer, summary.shareOfSales);
        buffer.append(", ");
        appendKey(buffer, "profit");
        appendMoney(buffer, summary.profit);
        buffer.append(", ");
        appendKey(buffer, "share_profit");
        appendDouble(buffer, summary.shareOfProfit);
        buffer.append('}');
    }
    buffer.append("],\n \"customers\": [");
    separator = "\n  ";
    for (const AbcRankedCustomer &row : m_result.ranked) {
        buffer.append(separator);
        separator = ",\n  ";
        buffer.append("{\"code\": ");
        appendJsonString(buffer, row.customer.code);
        buffer.append(", \"name\": ");
        appendJsonString(buffer, row.customer.name);
        buffer.append(", ");
        appendKey(buffer, "sales");
        appendMoney(buffer, row.customer.sales);
        buffer.append(", ");
        appendKey(buffer, "profit");
        appendMoney(buffer, row.customer.profit);
        buffer.append(", ");
        appendKey(buffer, "value");
        appendMoney(buffer, row.value);
        buffer.append(", ");
        appendKey(buffer, "share");
        appendDouble(buffer, row.share);
        buffer.append(", ");
        appendKey(buffer, "cumulative_before");
        appendDouble(buffer, row.cumulativeShareBefore);
        buffer.append(", \"class\": \"");
        buffer.append(char('A' + abcIndex(row.abcClass)));
        buffer.append("\"}");
        flushIfLarge(buffer, out);
    }
    buffer.append(m_result.ranked.empty() ? "]}\n" : "\n ]}\n");
    flushIfLarge(buffer, out, true);
}

void AbcReportWriter::writeCsv(QIODevice &out) const
{
    QByteArray buffer;
    buffer.reserve(FlushAt + 4096);
    buffer.append("code,name,sales,profit,value,share,cumulative_before,class\r\n");
    for (const AbcRankedCustomer &row : m_result.ranked) {
        buffer.append(TextTable::csvField(row.customer.code).toUtf8());
        buffer.append(',');
        buffer.append(TextTable::csvField(row.customer.name).toUtf8());
        buffer.append(',');
        appendMoney(buffer, row.customer.sales);
        buffer.append(',');
        appendMoney(buffer, row.customer.profit);
        buffer.append(',');
        appendMoney(buffer, row.value);
        buffer.append(',');
        appendDouble(buffer, row.share);
        buffer.append(',');
        appendDouble(buffer, row.cumulativeShareBefore);
        buffer.append(',');
        buffer.append(char('A' + abcIndex(row.abcClass)));
        buffer.append("\r\n");
        flushIfLarge(buffer, out);
    }
    flushIfLarge(buffer, out, true);
}

void AbcReportWriter::writeTable(QTextStream &out, int rows) const
{
    out << tr("ABC by %1, %2 to %3; A below %4 %, B below %5 %; positive total %6")
               .arg(displayName(m_result.measure).toLower(), m_period.from.toString(Qt::ISODate),
                   m_period.to.toString(Qt::ISODate), AbcThresholds::formatPercent(m_result.thresholds.aHundredths()),
                   AbcThresholds::formatPercent(m_result.thresholds.bHundredths()),
                   m_result.positiveTotal.toPlainString())
        << "\n\n";

    TextTable summary(
        { tr("Class"), tr("Customers"), tr("Share"), tr("Sales"), tr("Share"), tr("Profit"), tr("Share") });
    for (int column = 1; column < 7; ++column)
        summary.setAlignment(column, TextTable::Align::Right);
    for (const AbcClassSummary &s : m_result.classes) {
        summary.addRow({ displayName(s.abcClass), QString::number(s.customers), percent(s.shareOfCustomers),
            s.sales.toPlainString(), percent(s.shareOfSales), s.profit.toPlainString(), percent(s.shareOfProfit) });
    }
    summary.writeAligned(out);
    out << '\n';

    TextTable ranking(
        { tr("Rank"), tr("Code"), tr("Name"), tr("Sales"), tr("Profit"), tr("Share"), tr("Before"), tr("Class") });
    for (int column : { 0, 3, 4, 5, 6 })
        ranking.setAlignment(column, TextTable::Align::Right);
    const size_t shown = std::min(m_result.ranked.size(), size_t(std::max(rows, 0)));
    for (size_t i = 0; i < shown; ++i) {
        const AbcRankedCustomer &row = m_result.ranked[i];
        ranking.addRow({ QString::number(row.rank), row.customer.code, row.customer.name,
            row.customer.sales.toPlainString(), row.customer.profit.toPlainString(), percent(row.share),
            percent(row.cumulativeShareBefore), toKey(row.abcClass) });
    }
    ranking.writeAligned(out);
}

} // namespace kehu::cli
