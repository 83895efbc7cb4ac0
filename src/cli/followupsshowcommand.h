#pragma once

#include "command.h"

#include <QDate>

namespace kehu::cli {

// `followups show CODE`: a customer's follow-up log, latest first, with the last and the next
// due date as of today
// (or --as-of).
class FollowUpsShowCommand : public Command
{
public:
    FollowUpsShowCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override { return {QStringLiteral("CODE")}; }
    QString synopsis() const override { return QStringLiteral("CODE [--as-of DATE] [--format table|csv|json]"); }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    QDate m_asOf;
};

} // namespace kehu::cli
