#include "customerfigures.h"

#include <QHash>

namespace kehu {

CustomerFigures computeCustomerFigures(std::span<const Order> orders,
                                       std::span<const Payment> payments,
                                       std::span<const ServiceCost> serviceCosts,
                                       const Period &period)
{
    QHash<qint64, Money> paidByOrder;
    for (const Payment &payment : payments) {
        if (payment.date <= period.to)
            paidByOrder[payment.orderId] += payment.amount;
    }

    CustomerFigures figures;
    for (const Order &order : orders) {
        if (order.date > period.to)
            continue;
        const Money paid = paidByOrder.value(order.id);
        if (paid < order.amount)
            figures.receivables += order.amount - paid;
        if (order.date < period.from)
            continue;
        ++figures.orderCount;
        figures.sales += order.amount;
        figures.profit += order.profit();
        figures.collected += std::min(paid, order.amount);
    }
    for (const ServiceCost &cost : serviceCosts) {
        if (period.contains(cost.date))
            figures.serviceCost += cost.amount;
    }
    if (figures.sales.fen() != 0) {
        figures.margin = double(figures.profit.fen()) / double(figures.sales.fen());
        figures.collectionRate = double(figures.collected.fen()) / double(figures.sales.fen());
    }
    return figures;
}

std::optional<int> yearsOfCooperation(QDate since, QDate today)
{
    if (!since.isValid() || !today.isValid() || since > today)
        return since.isValid() && today.isValid() ? std::optional<int>(0) : std::nullopt;
    int years = today.year() - since.year();
    if (QDate(today.year(), since.month(), 1).addDays(since.day() - 1) > today)
        --years;
    return years;
}

bool isStale(QDate reviewed, QDate today, int months)
{
    if (!reviewed.isValid())
        return true;
    return reviewed.addMonths(months) < today;
}

} // namespace kehu
