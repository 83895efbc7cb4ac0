#include "customertransactions.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transactionrepository.h"

#include <QHash>
#include <QLocale>

namespace kehu {
namespace {

QString money(Money m)
{
    return QLocale().toString(m.yuan(), 'f', 2);
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

CustomerTransactions CustomerTransactions::load(const QString &databasePath, qint64 customerId)
{
    CustomerTransactions result;
    try {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        Database db(databasePath, options);
        const TransactionRepository repository(db);
        result.orders = repository.ordersOf(customerId);
        result.payments = repository.paymentsOf(customerId);
        result.serviceCosts = repository.serviceCostsOf(customerId);
    } catch (const StorageError &error) {
        result.error = error.message();
        return result;
    }
    result.formatRows();
    return result;
}

void CustomerTransactions::formatRows()
{
    QHash<qint64, Money> paid;
    QHash<qint64, QString> orderNo;
    for (const Payment &p : payments)
        paid[p.orderId] += p.amount;
    const QLocale locale;
    orderRows.clear();
    orderRows.reserve(orders.size());
    for (const Order &o : orders) {
        orderNo.insert(o.id, o.orderNo);
        const Money received = paid.value(o.id);
        const Money outstanding = std::max(Money(), o.amount - received);
        orderRows.push_back({o.orderNo, shortDate(o.date), o.productModel, locale.toString(o.quantity), money(o.amount),
                             money(o.cost), money(o.profit()), shortDate(o.dueDate), money(received), money(outstanding)});
    }
    paymentRows.clear();
    for (const Payment &p : payments)
        paymentRows.push_back({orderNo.value(p.orderId), shortDate(p.date), money(p.amount)});
    serviceCostRows.clear();
    for (const ServiceCost &s : serviceCosts)
        serviceCostRows.push_back({shortDate(s.date), displayName(s.category), money(s.amount), s.note});
}

} // namespace kehu
