#pragma once

#include "money.h"

#include <QString>

namespace kehu {

// One customer's sales and profit over a period, with the list ids the ABC breakdowns group
// by: what the ABC rule and its reports take as input.
struct CustomerValue
{
    qint64 id = 0;
    QString code;
    QString name;
    Money sales;
    Money profit;
    qint64 regionId = 0;
    qint64 industryId = 0;
    qint64 salesCenterId = 0;
    qint64 accountManagerId = 0;

    bool operator==(const CustomerValue &) const = default;
};

} // namespace kehu
