#pragma once

#include "money.h"
#include "period.h"
#include "transactions.h"

#include <optional>
#include <span>

namespace kehu {

// The derived figures of a customer over a period (DOMAIN §2).
struct CustomerFigures
{
    int orderCount = 0;               // orders dated in the period
    Money sales;                      // their amounts
    Money profit;                     // their amounts − costs
    std::optional<double> margin;     // profit / sales; none without sales
    Money collected;                  // paid so far (up to `to`) on the period's orders
    std::optional<double> collectionRate; // collected / sales (回款率); none without sales
    Money receivables;                // outstanding at `to` on every order dated up to `to`
    Money serviceCost;                // service costs dated in the period

    bool operator==(const CustomerFigures &) const = default;
};

// Computes the figures from one customer's orders, their payments and its service costs.
// Payments whose order is not among `orders` are ignored. Overpayment of an order does not
// make its receivable negative.
CustomerFigures computeCustomerFigures(std::span<const Order> orders,
                                       std::span<const Payment> payments,
                                       std::span<const ServiceCost> serviceCosts,
                                       const Period &period);

// Whole years from `since` to `today` (0 before the first anniversary, none without a start).
std::optional<int> yearsOfCooperation(QDate since, QDate today);

// A file not reviewed for `months` months is stale. `reviewed` is the last review date, or the
// creation date of a file never reviewed.
bool isStale(QDate reviewed, QDate today, int months);

} // namespace kehu
