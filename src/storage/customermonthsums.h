#pragma once

#include <QDate>
#include <QtGlobal>

#include <vector>

namespace kehu {

// Sales, profit and order count per customer and calendar month of the orders a bulk import
// adds, summed in memory as the orders are written, so that customer_month gains them in one
// ordered pass at the end (OrderRollups::add) instead of a trigger per order or a rebuild that
// reads every order again. Memory grows with the customer-months, not the orders: 32 bytes
// each in an open-addressing table (1.1 M customer-months of 2 M orders: 64 MB).
class CustomerMonthSums
{
public:
    struct Sum
    {
        quint64 key = 0; // (months since year 0) << 40 | customer id; 0: an empty slot
        qint64 sales = 0;
        qint64 profit = 0;
        qint64 orders = 0;

        int year() const { return int((key >> 40) / 12); }
        int month() const { return int((key >> 40) % 12) + 1; }
        qint64 customerId() const { return qint64(key & ((quint64(1) << 40) - 1)); }
    };

    void add(qint64 customerId, QDate date, qint64 amount, qint64 cost);
    // A hint that add() comes for this customer and month: starts loading its slot, so that
    // the adds of a batch of orders wait for memory together instead of one after another.
    void prefetch(qint64 customerId, QDate date) const;
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The sums ordered by month, then customer: customer_month's key order. Empties the table.
    std::vector<Sum> takeSorted();

private:
    static quint64 keyOf(qint64 customerId, QDate date);
    static size_t slotOf(quint64 key, size_t mask);
    void grow();

    std::vector<Sum> m_slots;
    size_t m_size = 0;
};

} // namespace kehu
