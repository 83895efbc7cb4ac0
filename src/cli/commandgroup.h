#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace kehu::cli {

// A command made of subcommands (`customers list`, `complaints assign`, `surveys report`): it
// takes --db/--verbose before the subcommand's name as well, answers --help with the
// subcommands' usage lines, and hands the rest of the line to the subcommand named.
class CommandGroup : public Command
{
public:
    CommandGroup(QString name, QString description);
    ~CommandGroup() override;

    int execute(const QStringList &arguments) override;
    void setDevices(QIODevice *out, QIODevice *err) override;

    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }

protected:
    void addSubcommand(std::unique_ptr<Command> command);

    // "list|show ...": the subcommands' names, each once, in the order they were added.
    QString synopsis() const override;
    int run(Database &db, const QCommandLineParser &parser) override;

    // The subcommand that takes `arguments` (which start with its name), or nullptr. By
    // default the one of that name; a group with two subcommands of one name overrides this.
    virtual Command *subcommandFor(const QStringList &arguments) const;
    // Lines at the end of --help, after the subcommands.
    virtual QString helpFooter() const;

private:
    QStringList subcommandNames() const;
    QString groupHelp() const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace kehu::cli
