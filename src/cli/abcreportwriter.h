#pragma once

#include "domain/abcresult.h"
#include "domain/period.h"

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QIODevice;
class QTextStream;
QT_END_NAMESPACE

namespace kehu::cli {

// Writes an ABC result the three ways `kehu-cli abc` prints it. JSON and CSV carry every
// ranked customer, so for 200 000 of them they are assembled as UTF-8 bytes and written in
// large blocks: through QJsonDocument or QTextStream the output alone took seconds.
class AbcReportWriter
{
public:
    AbcReportWriter(const AbcResult &result, const Period &period);

    // One object: by, from, to, limits, total, classes, customers (money with two decimals,
    // shares as fractions).
    void writeJson(QIODevice &out) const;
    // The ranked list: code, name, sales, profit, value, share, cumulative_before, class.
    void writeCsv(QIODevice &out) const;
    // The class summary and the first `rows` customers of the ranking, aligned for a terminal.
    void writeTable(QTextStream &out, int rows) const;

private:
    const AbcResult &m_result;
    Period m_period;
};

} // namespace kehu::cli
