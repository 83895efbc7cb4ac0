#include "domain/abcbreakdown.h"
#include "domain/abcclassifier.h"
#include "domain/abccrosstable.h"
#include "domain/abcmovers.h"
#include "domain/abcposition.h"
#include "domain/paretobuckets.h"

#include "testsupport.h"

namespace kehu {
namespace {

CustomerValue customer(qint64 id, qint64 salesYuan, qint64 profitYuan, qint64 regionId = 0)
{
    CustomerValue c;
    c.id = id;
    c.code = QStringLiteral("P%1").arg(id, 2, 10, QLatin1Char('0'));
    c.sales = Money::fromFen(salesYuan * 100);
    c.profit = Money::fromFen(profitYuan * 100);
    c.regionId = regionId;
    return c;
}

// Sales 600 300 60 40 (total 1000) → by sales P01 A, P02 B (60 % before), P03 C (90 %), P04 C.
// Profit 5 40 30 25 (total 100) → by profit P02 A, P03 A (40 %), P04 B (70 %), P01 C (95 %).
// P01 is A by sales but C by profit: the warning.
std::vector<CustomerValue> mixed()
{
    return { customer(1, 600, 5, 1), customer(2, 300, 40, 1), customer(3, 60, 30, 2), customer(4, 40, 25, 0) };
}

TEST(AbcCrossTableTest, CountsSalesAgainstProfitAndWarnsOfABySalesCByProfit)
{
    const AbcCrossTable table = crossTabulateAbc(mixed(), AbcThresholds());
    EXPECT_EQ(table.count(AbcClass::A, AbcClass::C), 1); // P01
    EXPECT_EQ(table.count(AbcClass::B, AbcClass::A), 1); // P02
    EXPECT_EQ(table.count(AbcClass::C, AbcClass::A), 1); // P03
    EXPECT_EQ(table.count(AbcClass::C, AbcClass::B), 1); // P04
    EXPECT_EQ(table.count(AbcClass::A, AbcClass::A), 0);
    ASSERT_EQ(table.aBySalesCByProfit.size(), 1u);
    EXPECT_EQ(table.aBySalesCByProfit[0].customer.code, QStringLiteral("P01"));
}

// Previous profits 50 30 20 0 → A B C C; current 5 40 30 25 → C A A B.
// P01 A→C down; P02 B→A up; P03 C→A up; P04 C→B up. P05 is new: C before, C now (value 0).
TEST(AbcMoversTest, ThreeByThreeTableAndLists)
{
    const std::vector<CustomerValue> before { customer(1, 0, 50), customer(2, 0, 30), customer(3, 0, 20),
        customer(4, 0, 0) };
    std::vector<CustomerValue> now = mixed();
    now.push_back(customer(5, 0, 0));
    const AbcMovers movers
        = compareAbc(classifyAbc(before, AbcMeasure::Profit, {}), classifyAbc(now, AbcMeasure::Profit, {}));
    EXPECT_EQ(movers.count(AbcClass::A, AbcClass::C), 1);
    EXPECT_EQ(movers.count(AbcClass::B, AbcClass::A), 1);
    EXPECT_EQ(movers.count(AbcClass::C, AbcClass::A), 1);
    EXPECT_EQ(movers.count(AbcClass::C, AbcClass::B), 1);
    EXPECT_EQ(movers.count(AbcClass::C, AbcClass::C), 1);
    ASSERT_EQ(movers.up.size(), 3u);
    EXPECT_EQ(movers.up[0].customer.code, QStringLiteral("P02")); // current rank 1
    EXPECT_EQ(movers.up[1].customer.code, QStringLiteral("P03"));
    EXPECT_EQ(movers.up[2].customer.code, QStringLiteral("P04"));
    EXPECT_EQ(movers.up[2].previousValue, Money::fromFen(0));
    ASSERT_EQ(movers.down.size(), 1u);
    EXPECT_EQ(movers.down[0].customer.code, QStringLiteral("P01"));
    EXPECT_EQ(movers.down[0].previous, AbcClass::A);
    EXPECT_EQ(movers.down[0].previousValue, Money::fromFen(5000));
    EXPECT_EQ(movers.down[0].currentValue, Money::fromFen(500));
}

TEST(AbcMoversTest, PreviousPeriodHasTheSameNumberOfDays)
{
    EXPECT_EQ(previousPeriodOfSameLength({ QDate(2026, 1, 1), QDate(2026, 12, 31) }),
        (Period { QDate(2025, 1, 1), QDate(2025, 12, 31) }));
    EXPECT_EQ(previousPeriodOfSameLength({ QDate(2026, 3, 1), QDate(2026, 3, 10) }),
        (Period { QDate(2026, 2, 19), QDate(2026, 2, 28) }));
}

// By profit: region 1 holds P02 (A, 40) and P01 (C, 5); region 2 P03 (A, 30); none P04 (B, 25).
// By total value: region 1 (45), region 2 (30), none (25).
TEST(AbcBreakdownTest, GroupsClassesByRegion)
{
    const auto rows = breakdownAbc(classifyAbc(mixed(), AbcMeasure::Profit, {}), ListKind::Region);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].groupId, 1);
    EXPECT_EQ(rows[0].customers, (std::array<int, 3> { 1, 0, 1 }));
    EXPECT_EQ(rows[0].value[0], Money::fromFen(4000));
    EXPECT_EQ(rows[0].value[2], Money::fromFen(500));
    EXPECT_EQ(rows[0].sales, Money::fromFen(90000));
    EXPECT_EQ(rows[1].groupId, 2);
    EXPECT_EQ(rows[1].totalCustomers(), 1);
    EXPECT_EQ(rows[2].groupId, 0);
    EXPECT_EQ(rows[2].customers, (std::array<int, 3> { 0, 1, 0 }));
}

// Ranked by profit 40 30 25 5 (A A B C), plus P05 at −10 (C); total 100.
// Two buckets of 3 and 2: {40 30 25} ends at 95 %, majority A; {5 −10} ends at 100 %, all C.
TEST(ParetoBucketsTest, BucketsConsecutiveCustomers)
{
    std::vector<CustomerValue> values = mixed();
    values.push_back(customer(5, 0, -10));
    const AbcResult result = classifyAbc(values, AbcMeasure::Profit, {});
    const auto buckets = paretoBuckets(result, 2);
    ASSERT_EQ(buckets.size(), 2u);
    EXPECT_EQ(buckets[0].firstRank, 1);
    EXPECT_EQ(buckets[0].count, 3);
    EXPECT_EQ(buckets[0].value, Money::fromFen(9500));
    EXPECT_DOUBLE_EQ(buckets[0].cumulativeShareAtEnd, 0.95);
    EXPECT_EQ(buckets[0].classCounts, (std::array<int, 3> { 2, 1, 0 }));
    EXPECT_EQ(buckets[0].majorityClass, AbcClass::A);
    EXPECT_FALSE(buckets[0].soleClass);
    EXPECT_EQ(buckets[1].firstRank, 4);
    EXPECT_EQ(buckets[1].count, 2);
    EXPECT_EQ(buckets[1].value, Money::fromFen(-500));
    EXPECT_DOUBLE_EQ(buckets[1].cumulativeShareAtEnd, 1.0);
    EXPECT_EQ(buckets[1].soleClass, AbcClass::C);

    // More buckets than customers: one each.
    EXPECT_EQ(paretoBuckets(result, 100).size(), 5u);
    EXPECT_TRUE(paretoBuckets(result, 0).empty());
}

// Every customer's position, found without sorting, is its line of the full ranking: values
// with ties (three at 0, two at 40 with codes out of order), a loss, both measures.
TEST(AbcPositionTest, AgreesWithTheFullRankingForEveryCustomer)
{
    std::vector<CustomerValue> values = mixed();
    values.push_back(customer(5, 0, 0));
    values.push_back(customer(6, 0, -10));
    values.push_back(customer(7, 40, 40));
    values.push_back(customer(8, 0, 0));
    std::swap(values[0], values[6]); // not in code order
    for (AbcMeasure measure : {AbcMeasure::Profit, AbcMeasure::Sales}) {
        const AbcResult result = classifyAbc(values, measure, AbcThresholds());
        for (const AbcRankedCustomer &line : result.ranked) {
            const std::optional<AbcPosition> position
                    = abcPositionOf(values, line.customer.id, measure, AbcThresholds());
            ASSERT_TRUE(position.has_value());
            EXPECT_EQ(position->rank, line.rank) << line.customer.code.toStdString();
            EXPECT_EQ(position->abcClass, line.abcClass) << line.customer.code.toStdString();
            EXPECT_EQ(position->value, line.value);
            EXPECT_EQ(position->customers, 8);
        }
    }
    EXPECT_FALSE(abcPositionOf(values, 99, AbcMeasure::Profit, AbcThresholds()).has_value());
}

// By profit (5 40 30 25): P02 first, P03 A at 40 % before, P04 B at 70 %, P01 C at 95 %.
TEST(AbcPositionTest, HandCheckedProfitRanking)
{
    const std::vector<CustomerValue> values = mixed();
    const auto p04 = abcPositionOf(values, 4, AbcMeasure::Profit, AbcThresholds());
    ASSERT_TRUE(p04.has_value());
    EXPECT_EQ(p04->rank, 3);
    EXPECT_EQ(p04->abcClass, AbcClass::B);
    const auto p01 = abcPositionOf(values, 1, AbcMeasure::Profit, AbcThresholds());
    EXPECT_EQ(p01->rank, 4);
    EXPECT_EQ(p01->abcClass, AbcClass::C);
}

// New limits on a ranked result give what ranking again under them gives.
TEST(AbcReclassifyTest, EqualsClassifyingAgainUnderTheNewLimits)
{
    std::vector<CustomerValue> values = mixed();
    values.push_back(customer(5, 0, 0));
    values.push_back(customer(6, 10, -10));
    for (AbcMeasure measure : {AbcMeasure::Profit, AbcMeasure::Sales}) {
        const AbcResult ranked = classifyAbc(values, measure, AbcThresholds());
        for (const auto &[a, b] : {std::pair {3000, 6000}, std::pair {8000, 9500}, std::pair {5000, 8000}}) {
            const AbcThresholds limits = *AbcThresholds::fromHundredths(a, b);
            const AbcResult expected = classifyAbc(values, measure, limits);
            const AbcResult actual = reclassifyAbc(ranked, limits);
            EXPECT_EQ(actual.ranked, expected.ranked);
            EXPECT_EQ(actual.classes, expected.classes);
            EXPECT_EQ(actual.thresholds, limits);
        }
    }
    // By profit with A at 30 %: P02 (0 % before) A, P03 (40 %) B at 60 %… hand check of one.
    const AbcResult narrow = reclassifyAbc(classifyAbc(mixed(), AbcMeasure::Profit, AbcThresholds()),
                                           *AbcThresholds::fromHundredths(3000, 6000));
    EXPECT_EQ(narrow.summary(AbcClass::A).customers, 1);
    EXPECT_EQ(narrow.summary(AbcClass::B).customers, 1);
    EXPECT_EQ(narrow.summary(AbcClass::C).customers, 2);
}

} // namespace
} // namespace kehu
