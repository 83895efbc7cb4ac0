#pragma once

#include "command.h"

#include "domain/abcclass.h"
#include "domain/period.h"

#include <optional>

namespace kehu::cli {

// `abc`: the Pareto / ABC classification of DOMAIN §3 over a period, for all customers or for
// one region, industry, sales center or account manager, as a table, CSV or JSON.
class AbcCommand : public Command
{
public:
    AbcCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    AbcMeasure m_measure = AbcMeasure::Profit;
    Period m_period;
    std::optional<int> m_a; // hundredths of a percent, when given
    std::optional<int> m_b;
};

} // namespace kehu::cli
