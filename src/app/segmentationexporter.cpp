#include "segmentationexporter.h"

#include "domain/csvwriter.h"

#include <QChartView>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <charconv>

namespace kehu {
namespace {

// The shortest text that reads back as the same double, as `kehu-cli abc` writes shares.
QByteArray number(double value)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return QByteArray(text, result.ptr - text);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

SegmentationExporter::SegmentationExporter(TextEncoding encoding, bool bom)
    : m_encoding(encoding)
    , m_bom(bom && encoding == TextEncoding::Utf8)
{
}

bool SegmentationExporter::fail(const QString &path, const QString &why)
{
    m_error = tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), why);
    return false;
}

bool SegmentationExporter::writeCsv(const QString &path, const std::function<void(CsvWriter &)> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString());
    {
        CsvWriter writer(&file, m_encoding, m_bom);
        rows(writer);
        if (!writer.flush())
            return fail(path, file.errorString());
    }
    if (!file.commit())
        return fail(path, file.errorString());
    m_error.clear();
    return true;
}

bool SegmentationExporter::writeSummary(const QString &path, const AbcResult &result)
{
    return writeCsv(path, [&result](CsvWriter &out) {
        for (const char *key : {"class", "customers", "share_of_customers", "sales", "share_of_sales", "profit",
                                "share_of_profit"})
            out.field(QByteArrayView(key));
        out.endRow();
        AbcClassSummary total;
        for (const AbcClassSummary &line : result.classes) {
            out.field(toKey(line.abcClass));
            out.field(QByteArrayView(number(qint64(line.customers))));
            out.field(QByteArrayView(number(line.shareOfCustomers)));
            out.field(line.sales.toPlainString());
            out.field(QByteArrayView(number(line.shareOfSales)));
            out.field(line.profit.toPlainString());
            out.field(QByteArrayView(number(line.shareOfProfit)));
            out.endRow();
            total.customers += line.customers;
        }
        out.field(QByteArrayView("total"));
        out.field(QByteArrayView(number(qint64(total.customers))));
        out.field(QByteArrayView(total.customers > 0 ? "1" : "0"));
        out.field(result.totalSales.toPlainString());
        out.field(QByteArrayView(result.totalSales.fen() != 0 ? "1" : "0"));
        out.field(result.totalProfit.toPlainString());
        out.field(QByteArrayView(result.totalProfit.fen() != 0 ? "1" : "0"));
        out.endRow();
    });
}

bool SegmentationExporter::writeRanking(const QString &path, const AbcResult &result)
{
    return writeCsv(path, [&result](CsvWriter &out) {
        for (const char *key : {"rank", "code", "name", "sales", "profit", "value", "share", "cumulative_before", "class"})
            out.field(QByteArrayView(key));
        out.endRow();
        for (const AbcRankedCustomer &line : result.ranked) {
            out.field(QByteArrayView(number(qint64(line.rank))));
            out.field(line.customer.code);
            out.field(line.customer.name);
            out.field(line.customer.sales.toPlainString());
            out.field(line.customer.profit.toPlainString());
            out.field(line.value.toPlainString());
            out.field(QByteArrayView(number(line.share)));
            out.field(QByteArrayView(number(line.cumulativeShareBefore)));
            out.field(toKey(line.abcClass));
            out.endRow();
        }
    });
}

bool SegmentationExporter::writeChartPng(const QString &path, QChartView *chart, qreal scale)
{
    const QSize size = chart->size().isEmpty() ? QSize(1000, 600) : chart->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart->rect());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return fail(path, file.errorString());
    if (!file.commit())
        return fail(path, file.errorString());
    m_error.clear();
    return true;
}

} // namespace kehu
