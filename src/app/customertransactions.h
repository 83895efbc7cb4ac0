#pragma once

#include "domain/transactions.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace kehu {

// A customer's orders, payments and service costs with their table rows already formatted.
// A large customer has tens of thousands of orders, so the page loads this on a worker thread
// (with its own Database connection) and shows the form meanwhile.
struct CustomerTransactions
{
    std::vector<Order> orders;
    std::vector<Payment> payments;
    std::vector<ServiceCost> serviceCosts;

    std::vector<QVariantList> orderRows;   // order no, date, model, quantity, amount, cost, profit, due, paid, outstanding
    std::vector<QVariantList> paymentRows; // order no, date, amount
    std::vector<QVariantList> serviceCostRows; // date, category, amount, note
    QString error;                         // empty on success

    // Opens its own connection: callable from any thread.
    static CustomerTransactions load(const QString &databasePath, qint64 customerId);
    void formatRows();
};

} // namespace kehu
