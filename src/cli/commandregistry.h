#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// The top-level commands of kehu-cli, looked up by the name typed after the global options.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();

    Command *find(const QString &name) const; // nullptr for an unknown name
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

    // The text of `kehu-cli --help`: usage, global options and one line per command.
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace kehu::cli
