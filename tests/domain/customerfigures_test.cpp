#include "domain/customerfigures.h"

#include "testsupport.h"

namespace kehu {
namespace {

Money yuan(qint64 y) { return Money::fromFen(y * 100); }

Order order(qint64 id, QDate date, qint64 amount, qint64 cost)
{
    Order o;
    o.id = id;
    o.orderNo = QStringLiteral("SO%1").arg(id);
    o.customerId = 1;
    o.date = date;
    o.quantity = 1;
    o.amount = yuan(amount);
    o.cost = yuan(cost);
    return o;
}

// Worked by hand. Period 2024-01-01 … 2024-12-31.
//   #1 2023-12-31 1000/700 — before the period: only its receivable counts
//   #2 2024-01-01 2000/1500 — first day, included
//   #3 2024-06-15 1000/1200 — a loss of 200
//   #4 2024-12-31 500/300 — last day, included
//   #5 2025-01-01 9000/1 — after the period: ignored entirely
// Payments: #1 400 (2024-02-01), #2 2000 (2024-03-01) + 100 overpaid (2024-03-02),
//           #3 300 (2024-07-01), #4 500 (2025-01-05, after the period: not yet collected).
// Sales 2000+1000+500 = 3500; profit 500−200+200 = 500; margin 500/3500.
// Collected on the period's orders: #2 min(2100, 2000)=2000, #3 300, #4 0 → 2300; rate 2300/3500.
// Receivables at 2024-12-31: #1 600, #2 0 (overpaid, not negative), #3 700, #4 500 → 1800.
TEST(CustomerFiguresTest, SumsThePeriodAndReceivablesAtItsEnd)
{
    const std::vector<Order> orders{
        order(1, QDate(2023, 12, 31), 1000, 700), order(2, QDate(2024, 1, 1), 2000, 1500),
        order(3, QDate(2024, 6, 15), 1000, 1200), order(4, QDate(2024, 12, 31), 500, 300),
        order(5, QDate(2025, 1, 1), 9000, 1)};
    const std::vector<Payment> payments{
        {1, 1, QDate(2024, 2, 1), yuan(400)}, {2, 2, QDate(2024, 3, 1), yuan(2000)},
        {3, 2, QDate(2024, 3, 2), yuan(100)}, {4, 3, QDate(2024, 7, 1), yuan(300)},
        {5, 4, QDate(2025, 1, 5), yuan(500)}};
    const std::vector<ServiceCost> costs{
        {1, 1, QDate(2023, 12, 31), ServiceCostCategory::Travel, yuan(50), {}},
        {2, 1, QDate(2024, 5, 1), ServiceCostCategory::Entertainment, yuan(80), {}},
        {3, 1, QDate(2024, 12, 31), ServiceCostCategory::Samples, yuan(20), {}}};

    const CustomerFigures f = computeCustomerFigures(orders, payments, costs, {QDate(2024, 1, 1), QDate(2024, 12, 31)});
    EXPECT_EQ(f.orderCount, 3);
    EXPECT_EQ(f.sales, yuan(3500));
    EXPECT_EQ(f.profit, yuan(500));
    ASSERT_TRUE(f.margin);
    EXPECT_DOUBLE_EQ(*f.margin, 500.0 / 3500.0);
    EXPECT_EQ(f.collected, yuan(2300));
    ASSERT_TRUE(f.collectionRate);
    EXPECT_DOUBLE_EQ(*f.collectionRate, 2300.0 / 3500.0);
    EXPECT_EQ(f.receivables, yuan(1800));
    EXPECT_EQ(f.serviceCost, yuan(100));
}

TEST(CustomerFiguresTest, NoSalesMeansNoMarginOrRate)
{
    const CustomerFigures f = computeCustomerFigures({}, {}, {}, {QDate(2024, 1, 1), QDate(2024, 12, 31)});
    EXPECT_EQ(f.orderCount, 0);
    EXPECT_EQ(f.sales, Money());
    EXPECT_FALSE(f.margin);
    EXPECT_FALSE(f.collectionRate);
}

TEST(CustomerFiguresTest, YearsOfCooperationCountWholeYears)
{
    EXPECT_EQ(yearsOfCooperation(QDate(2020, 3, 5), QDate(2026, 3, 4)), 5);
    EXPECT_EQ(yearsOfCooperation(QDate(2020, 3, 5), QDate(2026, 3, 5)), 6);
    EXPECT_EQ(yearsOfCooperation(QDate(2026, 1, 1), QDate(2026, 11, 23)), 0);
    EXPECT_EQ(yearsOfCooperation(QDate(2027, 1, 1), QDate(2026, 11, 23)), 0);
    EXPECT_EQ(yearsOfCooperation(QDate(), QDate(2026, 11, 23)), std::nullopt);
}

TEST(CustomerFiguresTest, StaleAfterTheReviewPeriod)
{
    const QDate today(2026, 11, 23);
    EXPECT_FALSE(isStale(QDate(2025, 11, 23), today, 12)); // exactly 12 months: still current
    EXPECT_TRUE(isStale(QDate(2025, 11, 22), today, 12));
    EXPECT_FALSE(isStale(QDate(2026, 6, 1), today, 6));
    EXPECT_TRUE(isStale(QDate(2026, 5, 22), today, 6));
    EXPECT_TRUE(isStale(QDate(), today, 12));
}

TEST(CustomerFiguresTest, LastTwelveMonthsEndsToday)
{
    const Period p = Period::lastTwelveMonths(QDate(2026, 11, 23));
    EXPECT_EQ(p.from, QDate(2025, 11, 24));
    EXPECT_EQ(p.to, QDate(2026, 11, 23));
}

} // namespace
} // namespace kehu
