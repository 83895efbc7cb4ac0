#include "exporter.h"

#include "database.h"
#include "sqlitestatement.h"
#include "storageerror.h"

#include "domain/csvwriter.h"
#include "domain/importschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kehu {
namespace {

constexpr qint64 RowsPerProgress = 4096;

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Export)
};

// The query of each kind, its columns in ImportSchema's order, and which of them are money.
struct ExportQuery
{
    const char *select;
    const char *customerFilter; // the column holding the customer id
    const char *order;
    std::vector<int> moneyColumns;
};

ExportQuery queryOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {"SELECT c.code, c.name, c.address, r.name, c.phone, c.website, c.employees, c.revenue_band, c.ownership,"
                " i.name, c.reputation, c.production_capacity, c.annual_sales, c.industry_position, c.credit_status,"
                " c.strengths, c.weaknesses, c.customer_since, c.main_products, c.payment_terms_days, c.relationship,"
                " c.category, m.name, s.name, c.status, c.verified_by, c.verified_at, c.last_reviewed, c.archived_at"
                " FROM customers c LEFT JOIN regions r ON r.id = c.region_id LEFT JOIN industries i ON i.id = c.industry_id"
                " LEFT JOIN account_managers m ON m.id = c.account_manager_id"
                " LEFT JOIN sales_centers s ON s.id = c.sales_center_id",
                "c.id", " ORDER BY c.code", {CustomerColumn::AnnualSales}};
    case ImportKind::Contacts:
        return {"SELECT c.code, t.name, t.title, t.role, t.phone, t.email, t.wechat"
                " FROM contacts t JOIN customers c ON c.id = t.customer_id",
                "t.customer_id", " ORDER BY c.code, t.position, t.id", {}};
    case ImportKind::Orders:
        return {"SELECT o.order_no, c.code, o.date, o.product_model, o.quantity, o.amount, o.cost, o.due_date"
                " FROM orders o JOIN customers c ON c.id = o.customer_id",
                "o.customer_id", " ORDER BY o.id", {OrderColumn::Amount, OrderColumn::Cost}};
    case ImportKind::Payments:
        return {"SELECT o.order_no, p.date, p.amount FROM payments p JOIN orders o ON o.id = p.order_id",
                "o.customer_id", " ORDER BY p.id", {PaymentColumn::Amount}};
    case ImportKind::ServiceCosts:
        break;
    }
    return {"SELECT c.code, s.date, s.category, s.amount, s.note FROM service_costs s JOIN customers c ON c.id = s.customer_id",
            "s.customer_id", " ORDER BY s.id", {ServiceCostColumn::Amount}};
}

// Fen as "1234.56" without a QString per value.
QByteArrayView plainMoney(qint64 fen, char (&buffer)[32])
{
    const bool negative = fen < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    char *end = buffer + sizeof buffer;
    char *p = end;
    *--p = char('0' + magnitude % 10);
    magnitude /= 10;
    *--p = char('0' + magnitude % 10);
    magnitude /= 10;
    *--p = '.';
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (negative)
        *--p = '-';
    return QByteArrayView(p, end - p);
}

QString idsAsJson(const std::vector<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    return json + QLatin1Char(']');
}

} // namespace

Exporter::Exporter(const Database &db)
    : m_db(db)
{
}

ExportResult Exporter::write(const QString &path, const ExportOptions &options) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::Failed,
                           Text::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const ExportResult result = write(&file, options);
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        throw StorageError(StorageError::Kind::Failed,
                           Text::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return result;
}

ExportResult Exporter::write(QIODevice *device, const ExportOptions &options) const
{
    const ExportQuery query = queryOf(options.kind);
    QString sql = QLatin1String(query.select);
    // The app's filtered list arrives as ids; json_each spares building SQL from them.
    if (options.customerIds)
        sql += QStringLiteral(" WHERE %1 IN (SELECT value FROM json_each(?))").arg(QLatin1String(query.customerFilter));
    sql += QLatin1String(query.order);
    SqliteStatement select(SqliteStatement::handleOf(m_db.connection()), sql);
    const QByteArray ids = options.customerIds ? idsAsJson(*options.customerIds).toUtf8() : QByteArray();
    if (options.customerIds)
        select.bindRequiredText(ids);

    CsvWriter writer(device, options.encoding, options.bom);
    const std::vector<ImportColumn> &columns = ImportSchema::columns(options.kind);
    for (const ImportColumn &column : columns)
        writer.field(QByteArrayView(column.key.toUtf8()));
    writer.endRow();

    std::vector<bool> isMoney(columns.size(), false);
    for (int column : query.moneyColumns)
        isMoney[size_t(column)] = true;
    ExportResult result;
    char money[32];
    while (select.step() == SqliteStatement::Step::Row) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (isMoney[c] && !select.isNull(int(c)))
                writer.field(plainMoney(select.int64(int(c)), money));
            else
                writer.field(select.text(int(c)));
        }
        writer.endRow();
        ++result.rows;
        if (result.rows % RowsPerProgress == 0 && options.progress && !options.progress(result.rows)) {
            select.reset();
            result.cancelled = true;
            return result;
        }
    }
    select.reset();
    if (!writer.flush())
        throw StorageError(StorageError::Kind::Failed, Text::tr("The export file cannot be written: %1.").arg(device->errorString()));
    return result;
}

} // namespace kehu
