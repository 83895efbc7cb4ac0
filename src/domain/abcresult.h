#pragma once

#include "abcclass.h"
#include "abcthresholds.h"
#include "customervalue.h"
#include "money.h"

#include <array>
#include <utility>
#include <vector>

namespace kehu {

// One customer in the ABC ranking. Exact sums in fen decide the class; the doubles are for
// showing and exporting.
struct AbcRankedCustomer
{
    CustomerValue customer;
    int rank = 0; // 1 for the highest value
    Money value; // profit or sales, as the result's measure says
    Money cumulativeBefore; // sum of the positive values ranked above this customer
    double share = 0; // value / positive total (negative for a loss); 0 when the total is 0
    double cumulativeShareBefore = 0; // cumulativeBefore / positive total; 0 when the total is 0
    AbcClass abcClass = AbcClass::C;

    bool operator==(const AbcRankedCustomer &) const = default;
};

// One line of the per-class summary (DOMAIN §3: customers, sales and profit with their shares).
// Shares are of the totals over every customer taking part, so the three classes add up to 1;
// a share is 0 when its total is 0.
struct AbcClassSummary
{
    AbcClass abcClass = AbcClass::C;
    int customers = 0;
    Money sales;
    Money profit;
    Money value;
    double shareOfCustomers = 0;
    double shareOfSales = 0;
    double shareOfProfit = 0;

    bool operator==(const AbcClassSummary &) const = default;
};

// The ABC classification of a set of customers: the ranking, the per-class summary and the
// totals. Made by classifyAbc(); the Segmentation view keeps it to redraw and to look
// customers up.
struct AbcResult
{
    AbcMeasure measure = AbcMeasure::Profit;
    AbcThresholds thresholds;
    Money positiveTotal; // the sum of the positive values: what shares are of
    Money totalSales; // over every customer taking part
    Money totalProfit;
    std::vector<AbcRankedCustomer> ranked; // highest value first, ties by code
    std::array<AbcClassSummary, 3> classes; // A, B, C

    const AbcClassSummary &summary(AbcClass c) const { return classes[size_t(abcIndex(c))]; }
    // The customer's line, nullptr for a customer that did not take part.
    const AbcRankedCustomer *find(qint64 customerId) const;

    std::vector<std::pair<qint64, int>> positionById; // (customer id, index in `ranked`), sorted by id
};

} // namespace kehu
