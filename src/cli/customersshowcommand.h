#pragma once

#include "command.h"

#include <QJsonObject>

namespace kehu::cli {

// `customers show CODE`: one customer file with its contacts, competitors and the figures of
// the last twelve months, as a key/value listing or one JSON object.
class CustomersShowCommand : public Command
{
public:
    CustomersShowCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override { return { QStringLiteral("CODE") }; }
    QString synopsis() const override { return QStringLiteral("CODE [--format table|json]"); }
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    void writeListing(const QJsonObject &file);
};

} // namespace kehu::cli
