#pragma once

#include "command.h"

namespace kehu::cli {

// `customers list`: the customer files sorted by code, with their sales and profit of the last
// twelve months, as a table, CSV or JSON.
class CustomersListCommand : public Command
{
public:
    CustomersListCommand();

    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;
};

} // namespace kehu::cli
