#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `followups`: the group of follow-up commands (DOMAIN §8). Like `customers`, it takes
// --db/--verbose before the subcommand's name and hands the rest of the line to `add`,
// `list`, `show` or `cadence`.
class FollowUpsCommand : public Command
{
public:
    FollowUpsCommand();
    ~FollowUpsCommand() override;

    int execute(const QStringList &arguments) override;
    void setDevices(QIODevice *out, QIODevice *err) override;

    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }

protected:
    QString synopsis() const override { return QStringLiteral("add|list|show|cadence ..."); }
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QString groupHelp() const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace kehu::cli
