#pragma once

#include "domain/transactions.h"

#include <vector>

namespace kehu {

class Database;

// Orders, payments and service costs of customers (DOMAIN §2).
class TransactionRepository
{
public:
    explicit TransactionRepository(const Database &db);

    std::vector<Order> ordersOf(qint64 customerId) const;      // by date, then number
    std::vector<Payment> paymentsOf(qint64 customerId) const;  // payments on its orders, by date
    std::vector<ServiceCost> serviceCostsOf(qint64 customerId) const;
    int orderCount(qint64 customerId) const;

    // Each is one transaction; Conflict for a taken order number, NotFound for a missing parent.
    void addOrder(Order &order);
    void addPayment(Payment &payment);
    void addServiceCost(ServiceCost &cost);

private:
    const Database &m_db;
};

} // namespace kehu
