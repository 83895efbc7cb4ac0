#pragma once

#include "domain/abcresult.h"
#include "domain/csvdialect.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QChartView;
class QIODevice;

namespace kehu {

class CsvWriter;

// Writes what the Segmentation view shows to files: the per-class summary and the ranked
// customers as CSV in the encodings of File ▸ Export (UTF-8 with or without a BOM, GB18030),
// with the column keys of `kehu-cli abc --format csv`, and a chart as PNG. Every file is
// written through QSaveFile, so a failed write leaves any earlier file as it was. A failing
// call returns false and errorString() says why.
class SegmentationExporter
{
    Q_DECLARE_TR_FUNCTIONS(kehu::SegmentationExporter)

public:
    SegmentationExporter(TextEncoding encoding, bool bom);

    // class,customers,share_of_customers,sales,share_of_sales,profit,share_of_profit: A, B, C, total.
    bool writeSummary(const QString &path, const AbcResult &result);
    // rank,code,name,sales,profit,value,share,cumulative_before,class: every customer, ranked.
    bool writeRanking(const QString &path, const AbcResult &result);
    // The chart as drawn, at `scale` times its size on screen.
    bool writeChartPng(const QString &path, QChartView *chart, qreal scale = 2.0);

    QString errorString() const { return m_error; }

private:
    bool writeCsv(const QString &path, const std::function<void(CsvWriter &)> &rows);
    bool fail(const QString &path, const QString &why);

    TextEncoding m_encoding;
    bool m_bom;
    QString m_error;
};

} // namespace kehu
