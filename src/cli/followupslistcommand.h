#pragma once

#include "command.h"

#include <QDate>

namespace kehu::cli {

// `followups list`: the customers whose follow-up is due in the ISO week of the as-of day or
// earlier (DOMAIN §8), or only the overdue ones, for everyone or one account manager.
class FollowUpsListCommand : public Command
{
public:
    FollowUpsListCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QDate m_asOf;
};

} // namespace kehu::cli
