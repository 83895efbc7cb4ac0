#pragma once

#include "importkind.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kehu {

// One column of an import file: its English key (what Kehu's export writes), the Chinese
// headers accepted for it, and whether a file must have it.
struct ImportColumn
{
    QString key;
    QStringList aliases;
    bool required = false;
};

// Which field of a file feeds which column, as found from the header and changeable by the
// import wizard before the import runs.
struct ImportMapping
{
    ImportKind kind = ImportKind::Customers;
    QStringList headers;              // the file's header, as written
    std::vector<int> fieldOfColumn;   // per column of the kind: the file's field index, or -1
    QStringList unknownHeaders;       // headers matching no column (or a column twice): ignored
    QStringList missingRequired;      // keys of required columns the file lacks

    bool has(int column) const { return fieldOfColumn.at(size_t(column)) >= 0; }
    int fieldOf(int column) const { return fieldOfColumn.at(size_t(column)); }
    // The header the file uses for the column, for messages; the key when it has none.
    QString headerOf(int column) const;
};

// The columns of each kind of file (docs/import-format.md lists them for users) and the
// mapping of a file's header onto them: English keys in any case, with spaces or dashes for
// underscores, or the Chinese headers of Chinese spreadsheets.
class ImportSchema
{
public:
    static const std::vector<ImportColumn> &columns(ImportKind kind);
    static ImportMapping map(ImportKind kind, const QStringList &headers);
    // Recomputes missingRequired after the wizard changed fieldOfColumn.
    static void refresh(ImportMapping &mapping);
    static QString normalizedHeader(const QString &header);
};

// Column positions within ImportSchema::columns(kind), for code that reads the fields.
namespace CustomerColumn {
enum : int {
    Code, Name, Address, Region, Phone, Website, Employees, RevenueBand, Ownership, Industry, Reputation,
    ProductionCapacity, AnnualSales, IndustryPosition, CreditStatus, Strengths, Weaknesses, CustomerSince,
    MainProducts, PaymentTermsDays, Relationship, Category, AccountManager, SalesCenter, Status, VerifiedBy,
    VerifiedAt, LastReviewed, ArchivedAt, Count
};
}
namespace ContactColumn {
enum : int { CustomerCode, Name, Title, Role, Phone, Email, Wechat, Count };
}
namespace OrderColumn {
enum : int { OrderNo, CustomerCode, Date, ProductModel, Quantity, Amount, Cost, DueDate, Count };
}
namespace PaymentColumn {
enum : int { OrderNo, Date, Amount, Count };
}
namespace ServiceCostColumn {
enum : int { CustomerCode, Date, Category, Amount, Note, Count };
}

} // namespace kehu
