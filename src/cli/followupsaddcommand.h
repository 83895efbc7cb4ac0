#pragma once

#include "command.h"

#include "domain/followup.h"

namespace kehu::cli {

// `followups add`: logs one follow-up of a customer. The contact is free text: a name that is
// not among the customer's contacts is logged as typed, with a note on stderr.
class FollowUpsAddCommand : public Command
{
public:
    FollowUpsAddCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    FollowUp m_followUp;
};

} // namespace kehu::cli
