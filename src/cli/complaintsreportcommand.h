#pragma once

#include "command.h"

#include "domain/complaintreport.h"

#include <QDateTime>

namespace kehu::cli {

// `complaints report` without a number: the quality meeting's figures for a period — counts
// and shares by a dimension, the root-cause Pareto, step times, overdue and reopen rates and
// the corrective actions due for review.
class ComplaintsReportCommand : public Command
{
public:
    ComplaintsReportCommand();

    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    Period m_period;
    ComplaintDimension m_dimension = ComplaintDimension::Category;
    QDateTime m_asOf;
};

} // namespace kehu::cli
