#pragma once

#include "customer.h"
#include "money.h"

#include <QDate>
#include <QString>

#include <string>

namespace kehu {

// The typed content of one row of each kind of import file. Parent records are named by
// their keys (customer code, order number) and list items by name: the storage layer resolves
// them against the database. Transaction rows keep keys as UTF-8 bytes in std::string, reused
// from row to row, so millions of rows need no allocations.

struct CustomerRecord
{
    qint64 line = 0;
    Customer customer;  // list ids unset: see the names below
    QString region;
    QString industry;
    QString accountManager;
    QString salesCenter;
};

struct ContactRecord
{
    qint64 line = 0;
    QString customerCode;
    Contact contact;
};

struct OrderRecord
{
    qint64 line = 0;
    std::string orderNo;
    std::string customerCode;
    std::string productModel;
    QDate date;
    qint64 quantity = 0;
    Money amount;
    Money cost;
    QDate dueDate; // null when the file has none
};

struct PaymentRecord
{
    qint64 line = 0;
    std::string orderNo;
    QDate date;
    Money amount;
};

struct ServiceCostRecord
{
    qint64 line = 0;
    std::string customerCode;
    QDate date;
    ServiceCostCategory category = ServiceCostCategory::Other;
    Money amount;
    QString note;
};

} // namespace kehu
