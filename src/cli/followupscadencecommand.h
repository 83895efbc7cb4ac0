#pragma once

#include "command.h"

#include <optional>

namespace kehu::cli {

// `followups cadence`: shows the follow-up cadence per ABC class, or saves new days.
class FollowUpsCadenceCommand : public Command
{
public:
    FollowUpsCadenceCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override { return QStringLiteral("[--a DAYS] [--b DAYS] [--c DAYS] [--format table|json]"); }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    std::optional<int> m_days[3];
};

} // namespace kehu::cli
