#pragma once

#include "command.h"

#include <QDateTime>

namespace kehu::cli {

// `complaints show NUMBER`: the complaint, its targets and every step of its history.
class ComplaintsShowCommand : public Command
{
public:
    ComplaintsShowCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override { return { QStringLiteral("NUMBER") }; }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QDateTime m_asOf;
};

} // namespace kehu::cli
