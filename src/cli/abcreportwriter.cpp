#include "abcreportwriter.h"

#include "texttable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <charconv>
#include <string>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::AbcReportWriter", text);
}

// The output as it is assembled: std::string's appends are inline, QByteArray's are calls,
// which for 40 MB of JSON was a third of the writing time.
class ByteBuffer
{
public:
    explicit ByteBuffer(QIODevice &out)
        : m_out(out)
    {
        m_bytes.reserve(FlushAt + 4096);
    }
    ~ByteBuffer() { flush(); }
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;

    ByteBuffer &operator<<(char c)
    {
        m_bytes.push_back(c);
        return *this;
    }
    ByteBuffer &operator<<(const char *text)
    {
        m_bytes.append(text);
        return *this;
    }
    ByteBuffer &operator<<(const QString &latin1)
    {
        for (QChar c : latin1)
            m_bytes.push_back(char(c.unicode()));
        return *this;
    }
    ByteBuffer &operator<<(qint64 value)
    {
        char text[24];
        const auto result = std::to_chars(text, text + sizeof text, value);
        m_bytes.append(text, result.ptr);
        return *this;
    }
    // The shortest text that reads back as the same double; valid JSON ("0.25", "1e-05").
    ByteBuffer &operator<<(double value)
    {
        char text[32];
        const auto result = std::to_chars(text, text + sizeof text, value);
        m_bytes.append(text, result.ptr);
        return *this;
    }
    // fen as "-1234.56": exact, never through a double.
    ByteBuffer &operator<<(Money money)
    {
        const qint64 fen = money.fen();
        const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
        char text[24];
        const auto result = std::to_chars(text, text + sizeof text, magnitude / 100);
        if (fen < 0)
            m_bytes.push_back('-');
        m_bytes.append(text, result.ptr);
        const int cents = int(magnitude % 100);
        m_bytes.push_back('.');
        m_bytes.push_back(char('0' + cents / 10));
        m_bytes.push_back(char('0' + cents % 10));
        return *this;
    }
    // UTF-8, with JSON's escapes when `json` is set.
    void appendText(const QString &text, bool json)
    {
        static const char hex[] = "0123456789abcdef";
        const qsizetype size = text.size();
        const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
        for (qsizetype i = 0; i < size; ++i) {
            char32_t c = units[i];
            if (c < 0x80) {
                if (json && (c == u'"' || c == u'\\')) {
                    m_bytes.push_back('\\');
                } else if (json && c < 0x20) {
                    m_bytes.append("\\u00");
                    m_bytes.push_back(hex[c >> 4]);
                    m_bytes.push_back(hex[c & 0xf]);
                    continue;
                }
                m_bytes.push_back(char(c));
                continue;
            }
            if (c >= 0xd800 && c < 0xdc00 && i + 1 < size && units[i + 1] >= 0xdc00 && units[i + 1] < 0xe000)
                c = 0x10000 + ((c - 0xd800) << 10) + (units[++i] - 0xdc00);
            else if (c >= 0xd800 && c < 0xe000)
                c = 0xfffd; // a lone surrogate is not text
            if (c < 0x800) {
                m_bytes.push_back(char(0xc0 | (c >> 6)));
            } else if (c < 0x10000) {
                m_bytes.push_back(char(0xe0 | (c >> 12)));
                m_bytes.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            } else {
                m_bytes.push_back(char(0xf0 | (c >> 18)));
                m_bytes.push_back(char(0x80 | ((c >> 12) & 0x3f)));
                m_bytes.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            }
            m_bytes.push_back(char(0x80 | (c & 0x3f)));
        }
    }
    void flushIfLarge()
    {
        if (qsizetype(m_bytes.size()) >= FlushAt)
            flush();
    }
    void flush()
    {
        m_out.write(m_bytes.data(), qint64(m_bytes.size()));
        m_bytes.clear();
    }

private:
    static constexpr qsizetype FlushAt = 1 << 20;

    QIODevice &m_out;
    std::string m_bytes;
};

void appendJsonString(ByteBuffer &out, const QString &text)
{
    out << '"';
    out.appendText(text, true);
    out << '"';
}

constexpr size_t PrefetchAhead = 16;

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

void AbcReportWriter::writeJson(QIODevice &device) const
{
    ByteBuffer out(device);
    out << "{\"by\": \"" << toKey(m_result.measure) << "\", \"from\": \"" << m_period.from.toString(Qt::ISODate)
        << "\", \"to\": \"" << m_period.to.toString(Qt::ISODate)
        << "\", \"limits\": {\"a\": " << AbcThresholds::formatPercent(m_result.thresholds.aHundredths())
        << ", \"b\": " << AbcThresholds::formatPercent(m_result.thresholds.bHundredths())
        << "},\n \"total\": " << m_result.positiveTotal << ",\n \"classes\": [";
    const char *separator = "\n  ";
    for (const AbcClassSummary &summary : m_result.classes) {
        out << separator << "{\"class\": \"" << toKey(summary.abcClass)
            << "\", \"customers\": " << qint64(summary.customers)
            << ", \"share_customers\": " << summary.shareOfCustomers << ", \"sales\": " << summary.sales
            << ", \"share_sales\": " << summary.shareOfSales << ", \"profit\": " << summary.profit
            << ", \"share_profit\": " << summary.shareOfProfit << '}';
        separator = ",\n  ";
    }
    out << "],\n \"customers\": [";
    separator = "\n  ";
    const auto &ranked = m_result.ranked;
    for (size_t i = 0; i < ranked.size(); ++i) {
        // The names lie in memory in code order, the lines go out in ranking order: asking for
        // the text a few lines ahead hides most of the wait for it.
        if (i + PrefetchAhead < ranked.size()) {
            __builtin_prefetch(ranked[i + PrefetchAhead].customer.code.constData());
            __builtin_prefetch(ranked[i + PrefetchAhead].customer.name.constData());
        }
        const AbcRankedCustomer &row = ranked[i];
        out << separator << "{\"code\": ";
        appendJsonString(out, row.customer.code);
        out << ", \"name\": ";
        appendJsonString(out, row.customer.name);
        out << ", \"sales\": " << row.customer.sales << ", \"profit\": " << row.customer.profit
            << ", \"value\": " << row.value << ", \"share\": " << row.share
            << ", \"cumulative_before\": " << row.cumulativeShareBefore << ", \"class\": \""
            << char('A' + abcIndex(row.abcClass)) << "\"}";
        separator = ",\n  ";
        out.flushIfLarge();
    }
    out << (m_result.ranked.empty() ? "]}\n" : "\n ]}\n");
}

void AbcReportWriter::writeCsv(QIODevice &device) const
{
    ByteBuffer out(device);
    out << "code,name,sales,profit,value,share,cumulative_before,class\r\n";
    for (const AbcRankedCustomer &row : m_result.ranked) {
        out.appendText(TextTable::csvField(row.customer.code), false);
        out << ',';
        out.appendText(TextTable::csvField(row.customer.name), false);
        out << ',' << row.customer.sales << ',' << row.customer.profit << ',' << row.value << ',' << row.share << ','
            << row.cumulativeShareBefore << ',' << char('A' + abcIndex(row.abcClass)) << "\r\n";
        out.flushIfLarge();
    }
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
