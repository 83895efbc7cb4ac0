#pragma once

#include "command.h"

#include "domain/complaint.h"

#include <QDateTime>

#include <optional>

namespace kehu::cli {

// `complaints list`: complaints by state, customer or overdue as of a moment, newest first
// (with --overdue: the most overdue first).
class ComplaintsListCommand : public Command
{
public:
    ComplaintsListCommand();

    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QDateTime m_asOf;
    std::optional<ComplaintState> m_state;
};

} // namespace kehu::cli
