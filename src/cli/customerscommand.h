#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `customers`: the group of customer-file commands. It takes --db/--verbose before the
// subcommand's name as well and hands the rest of the line to `list` or `show`.
class CustomersCommand : public Command
{
public:
    CustomersCommand();
    ~CustomersCommand() override;

    int execute(const QStringList &arguments) override;
    void setDevices(QIODevice *out, QIODevice *err) override;

    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }

protected:
    QString synopsis() const override { return QStringLiteral("list|show ..."); }
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QString groupHelp() const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace kehu::cli
