#pragma once

#include "customerenums.h"
#include "money.h"

#include <QDate>
#include <QString>

namespace kehu {

// An order or invoice (DOMAIN §2). Profit is amount − cost.
struct Order
{
    qint64 id = 0;
    QString orderNo;
    qint64 customerId = 0;
    QDate date;
    QString productModel;
    qint64 quantity = 0;
    Money amount;
    Money cost;
    QDate dueDate; // null when the order has no due date

    Money profit() const { return amount - cost; }
    bool operator==(const Order &) const = default;
};

// Money received against one order.
struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDate date;
    Money amount;

    bool operator==(const Payment &) const = default;
};

// Non-production cost of serving a customer (非生产成本).
struct ServiceCost
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    ServiceCostCategory category = ServiceCostCategory::Other;
    Money amount;
    QString note;

    bool operator==(const ServiceCost &) const = default;
};

} // namespace kehu
