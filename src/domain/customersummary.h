#pragma once

#include "customerenums.h"
#include "money.h"

#include <QDate>
#include <QString>

namespace kehu {

// One line of the customer list: what the list shows and filters on, with the sales and
// profit of the list's period already summed.
struct CustomerSummary
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 regionId = 0;
    qint64 industryId = 0;
    qint64 salesCenterId = 0;
    qint64 accountManagerId = 0;
    Category category = Category::Unspecified;
    CustomerStatus status = CustomerStatus::Draft;
    bool archived = false;
    QDate reviewedOn; // last review, or creation for a file never reviewed
    QString phone;
    QString contactText; // contact names and phones, for the filter
    Money sales;
    Money profit;

    bool operator==(const CustomerSummary &) const = default;
};

} // namespace kehu
