#include "customertransactions.h"

#include "displayformat.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transactionrepository.h"

#include <QHash>
#include <QLocale>

namespace kehu {
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
        orderRows.push_back({o.orderNo, formatDate(o.date), o.productModel, locale.toString(o.quantity), formatMoney(o.amount),
                             formatMoney(o.cost), formatMoney(o.profit()), formatDate(o.dueDate), formatMoney(received), formatMoney(outstanding)});
    }
    paymentRows.clear();
    for (const Payment &p : payments)
        paymentRows.push_back({orderNo.value(p.orderId), formatDate(p.date), formatMoney(p.amount)});
    serviceCostRows.clear();
    for (const ServiceCost &s : serviceCosts)
        serviceCostRows.push_back({formatDate(s.date), displayName(s.category), formatMoney(s.amount), s.note});
}

} // namespace kehu
