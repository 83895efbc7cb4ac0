#pragma once

#include "command.h"

namespace kehu::cli {

// `check`: SQLite's integrity and foreign-key checks plus the file's identity and schema
// version (Database::check()); exits 1 when it finds problems.
class CheckCommand : public Command
{
public:
    CheckCommand();

    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;
};

} // namespace kehu::cli
