#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// `complaints`: the group of complaint commands. `report` with a NUMBER is the step that tells
// the customer; without one it is the analysis.
class ComplaintsCommand : public Command
{
public:
    ComplaintsCommand();
    ~ComplaintsCommand() override;

    int execute(const QStringList &arguments) override;
    void setDevices(QIODevice *out, QIODevice *err) override;

    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }

protected:
    QString synopsis() const override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QString groupHelp() const;
    Command *reportCommandFor(const QStringList &arguments) const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace kehu::cli
