#pragma once

#include "command.h"

#include <QDateTime>

namespace kehu::cli {

// `complaints add`: records a complaint as received and prints only its new number.
class ComplaintsAddCommand : public Command
{
public:
    ComplaintsAddCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QDateTime m_at;
};

} // namespace kehu::cli
