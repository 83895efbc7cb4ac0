#pragma once

#include "command.h"

#include "domain/csvdialect.h"
#include "domain/importkind.h"

#include <optional>

namespace kehu::cli {

// `import KIND FILE`: imports one CSV file of customers, contacts, orders, payments or service
// costs, all or nothing (Importer). Prints "imported N rows (A added, U updated) in T s" on
// stdout; every problem goes to stderr as FILE:LINE: column: what is wrong, and exit code 1
// means nothing was written. The database must exist: a mistyped --db must not quietly
// create an empty database and import orders into nowhere.
class ImportCommand : public Command
{
public:
    ImportCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override;
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    ImportKind m_kind = ImportKind::Customers;
    ImportMode m_mode = ImportMode::Insert;
    std::optional<TextEncoding> m_encoding;
    QString m_file;
    QString m_campaign; // survey-responses: the campaign's name
};

} // namespace kehu::cli
