#pragma once

#include "command.h"

#include "domain/period.h"

namespace kehu::cli {

// `scorecard`: the account managers' scorecard over a period (DOMAIN §10), one row per
// manager: customers by class, sales and profit, follow-ups done, due and overdue, and the
// complaint and satisfaction figures (null / — where there is nothing to average).
class ScorecardCommand : public Command
{
public:
    ScorecardCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override { return QStringLiteral("[--from DATE] [--to DATE] [--format table|csv|json]"); }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    Period m_period;
};

} // namespace kehu::cli
