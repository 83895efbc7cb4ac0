#pragma once

#include "command.h"

#include "domain/csvdialect.h"
#include "domain/importkind.h"

namespace kehu::cli {

// `export KIND FILE`: writes every record of one kind as the CSV file `import` reads
// (Exporter); --encoding gb18030 for Excel on Chinese Windows, --bom for Excel and UTF-8.
class ExportCommand : public Command
{
public:
    ExportCommand();

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override;
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    ImportKind m_kind = ImportKind::Customers;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bom = false;
    QString m_file;
};

} // namespace kehu::cli
