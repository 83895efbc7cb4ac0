#pragma once

#include "command.h"

namespace kehu::cli {

// `demo`: fills a new or empty database with realistic demo data (DemoDataGenerator) and
// reports on stderr what it wrote and how long it took.
class DemoCommand : public Command
{
public:
    DemoCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    Database::OpenMode openMode() const override { return Database::OpenMode::CreateIfMissing; }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    int m_customers = 0;
    int m_orders = 0;
    quint64 m_seed = 1;
    int m_complaints = 0;
};

} // namespace kehu::cli
