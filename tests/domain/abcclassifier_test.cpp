#include "domain/abcclassifier.h"

#include "testsupport.h"

#include <random>

namespace kehu {
namespace {

// A customer worth `profitFen` of profit; sales are four times the profit unless given.
CustomerValue customer(const char *code, qint64 profitFen, std::optional<qint64> salesFen = std::nullopt)
{
    static qint64 nextId = 1;
    CustomerValue c;
    c.id = nextId++;
    c.code = QString::fromUtf8(code);
    c.name = QStringLiteral("客户 ") + c.code;
    c.profit = Money::fromFen(profitFen);
    c.sales = Money::fromFen(salesFen.value_or(profitFen > 0 ? 4 * profitFen : 0));
    return c;
}

QString codes(const AbcResult &result)
{
    QStringList list;
    for (const AbcRankedCustomer &row : result.ranked)
        list << row.customer.code;
    return list.join(u' ');
}

QString classes(const AbcResult &result)
{
    QString text;
    for (const AbcRankedCustomer &row : result.ranked)
        text += toKey(row.abcClass);
    return text;
}

AbcThresholds limits(int a, int b)
{
    return *AbcThresholds::fromHundredths(a * 100, b * 100);
}

AbcResult byProfit(const std::vector<CustomerValue> &values, AbcThresholds thresholds = {})
{
    return classifyAbc(values, AbcMeasure::Profit, thresholds);
}

// The seeds' plant in small: ten customers whose profits (in yuan) are
// 300 200 | 150 90 60 | 50 50 40 35 25, total 1000.
// Cumulative share before each: 0 30 | 50 65 74 | 80 85 90 94 97.5 %.
// A = 300 + 200 = 50 %, B = 150 + 90 + 60 = 30 %, C = 200 = 20 % of profit.
TEST(AbcClassifierTest, SeedsShapeGivesFiftyThirtyTwenty)
{
    // Given out of order; S06 and S07 tie at 50 yuan, S06 first by code.
    const AbcResult result = byProfit({ customer("S07", 50'00), customer("S01", 300'00), customer("S10", 25'00),
        customer("S03", 150'00), customer("S06", 50'00), customer("S02", 200'00), customer("S08", 40'00),
        customer("S04", 90'00), customer("S09", 35'00), customer("S05", 60'00) });

    EXPECT_EQ(codes(result), QStringLiteral("S01 S02 S03 S04 S05 S06 S07 S08 S09 S10"));
    EXPECT_EQ(classes(result), QStringLiteral("AABBBCCCCC"));
    EXPECT_EQ(result.positiveTotal, Money::fromFen(1000'00));
    EXPECT_EQ(result.ranked[2].cumulativeBefore, Money::fromFen(500'00)); // S03: exactly 50 % before it → B
    EXPECT_DOUBLE_EQ(result.ranked[2].cumulativeShareBefore, 0.5);
    EXPECT_DOUBLE_EQ(result.ranked[0].share, 0.3);

    const AbcClassSummary &a = result.summary(AbcClass::A);
    const AbcClassSummary &b = result.summary(AbcClass::B);
    const AbcClassSummary &c = result.summary(AbcClass::C);
    EXPECT_EQ(a.customers, 2);
    EXPECT_EQ(b.customers, 3);
    EXPECT_EQ(c.customers, 5);
    EXPECT_EQ(a.profit, Money::fromFen(500'00));
    EXPECT_EQ(b.profit, Money::fromFen(300'00));
    EXPECT_EQ(c.profit, Money::fromFen(200'00));
    EXPECT_DOUBLE_EQ(a.shareOfProfit, 0.5);
    EXPECT_DOUBLE_EQ(b.shareOfProfit, 0.3);
    EXPECT_DOUBLE_EQ(c.shareOfProfit, 0.2);
    EXPECT_DOUBLE_EQ(a.shareOfCustomers, 0.2);
    EXPECT_DOUBLE_EQ(b.shareOfCustomers, 0.3);
    EXPECT_DOUBLE_EQ(c.shareOfCustomers, 0.5);
    // Sales are 4 × profit here, so the sales shares are the same.
    EXPECT_EQ(a.sales, Money::fromFen(2000'00));
    EXPECT_DOUBLE_EQ(a.shareOfSales, 0.5);
    EXPECT_EQ(result.totalSales, Money::fromFen(4000'00));
}

// 1000, 10, 5 yuan: the top customer holds 98.5 %; the next has 98.5 % before it → C.
TEST(AbcClassifierTest, OneDominantCustomerIsAAlone)
{
    const AbcResult result = byProfit({ customer("D2", 10'00), customer("D1", 1000'00), customer("D3", 5'00) });
    EXPECT_EQ(codes(result), QStringLiteral("D1 D2 D3"));
    EXPECT_EQ(classes(result), QStringLiteral("ACC"));
    EXPECT_EQ(result.summary(AbcClass::A).customers, 1);
    EXPECT_EQ(result.summary(AbcClass::B).customers, 0);
}

// Four customers at 100 yuan each: order by code T0 T1 T2 T3; before them 0 25 50 75 % → A A B B.
TEST(AbcClassifierTest, ExactTiesBreakByCode)
{
    const AbcResult result
        = byProfit({ customer("T2", 100'00), customer("T1", 100'00), customer("T3", 100'00), customer("T0", 100'00) });
    EXPECT_EQ(codes(result), QStringLiteral("T0 T1 T2 T3"));
    EXPECT_EQ(classes(result), QStringLiteral("AABB"));
    EXPECT_EQ(result.ranked[3].rank, 4);
}

// 500, 300, 0 (no orders), −200 (a loss) yuan; positive total 800.
// L1 0 % → A; L2 62.5 % → B; L3 and L4 are C whatever comes before them; both have 100 % before.
// Shares of value: 0.625, 0.375, 0, −0.25. Profit over all customers: 600.
TEST(AbcClassifierTest, LossesAndCustomersWithoutOrdersAreC)
{
    const AbcResult result = byProfit(
        { customer("L4", -200'00, 1000'00), customer("L3", 0), customer("L2", 300'00), customer("L1", 500'00) });
    EXPECT_EQ(codes(result), QStringLiteral("L1 L2 L3 L4"));
    EXPECT_EQ(classes(result), QStringLiteral("ABCC"));
    EXPECT_EQ(result.positiveTotal, Money::fromFen(800'00));
    EXPECT_DOUBLE_EQ(result.ranked[1].share, 0.375);
    EXPECT_DOUBLE_EQ(result.ranked[3].share, -0.25);
    EXPECT_DOUBLE_EQ(result.ranked[2].cumulativeShareBefore, 1.0);
    EXPECT_DOUBLE_EQ(result.ranked[3].cumulativeShareBefore, 1.0);
    EXPECT_EQ(result.totalProfit, Money::fromFen(600'00));
    EXPECT_EQ(result.summary(AbcClass::C).profit, Money::fromFen(-200'00));
    EXPECT_DOUBLE_EQ(result.summary(AbcClass::C).shareOfProfit, -200.0 / 600.0);
    // Sales 2000 + 1200 + 0 + 1000 = 4200; C holds L4's 1000.
    EXPECT_DOUBLE_EQ(result.summary(AbcClass::C).shareOfSales, 1000.0 / 4200.0);
}

// 0, −5, 0 yuan: nothing positive, so everyone is C and every share is 0. Ties at 0 by code.
TEST(AbcClassifierTest, AllValuesNonPositiveAreAllC)
{
    const AbcResult result = byProfit({ customer("N3", 0), customer("N2", -5'00), customer("N1", 0) });
    EXPECT_EQ(codes(result), QStringLiteral("N1 N3 N2"));
    EXPECT_EQ(classes(result), QStringLiteral("CCC"));
    EXPECT_EQ(result.positiveTotal, Money());
    for (const AbcRankedCustomer &row : result.ranked) {
        EXPECT_EQ(row.share, 0.0);
        EXPECT_EQ(row.cumulativeShareBefore, 0.0);
    }
    EXPECT_DOUBLE_EQ(result.summary(AbcClass::C).shareOfCustomers, 1.0);
    EXPECT_EQ(result.summary(AbcClass::C).shareOfProfit, 1.0); // −5 of −5
}

// A period without orders: every customer at 0 → all C, by code. No customers at all: empty.
TEST(AbcClassifierTest, EmptyPeriodPutsEveryoneInC)
{
    const AbcResult result = byProfit({ customer("E2", 0), customer("E1", 0) });
    EXPECT_EQ(codes(result), QStringLiteral("E1 E2"));
    EXPECT_EQ(classes(result), QStringLiteral("CC"));
    EXPECT_EQ(result.summary(AbcClass::C).shareOfSales, 0.0);

    const AbcResult none = byProfit({});
    EXPECT_TRUE(none.ranked.empty());
    for (const AbcClassSummary &summary : none.classes) {
        EXPECT_EQ(summary.customers, 0);
        EXPECT_EQ(summary.shareOfCustomers, 0.0);
    }
}

// 80/95 (the 80/15/5 split) on 50 30 10 5 3 2 yuan: before them 0 50 80 90 95 98 % → A A B B C C.
TEST(AbcClassifierTest, ThresholdsEightyNinetyFive)
{
    const AbcResult result = byProfit({ customer("H1", 50'00), customer("H2", 30'00), customer("H3", 10'00),
                                          customer("H4", 5'00), customer("H5", 3'00), customer("H6", 2'00) },
        limits(80, 95));
    EXPECT_EQ(classes(result), QStringLiteral("AABBCC"));
    EXPECT_EQ(result.thresholds, limits(80, 95));
}

// 50, 30, 20 yuan: 50 % before the second is not below 50 % → B; 80 % before the third → C.
// Just below: 49.99, 30, 20.01 → 49.99 % before the second → A; 79.99 % before the third → B.
TEST(AbcClassifierTest, BoundaryExactlyAtTheLimitGoesToTheNextClass)
{
    EXPECT_EQ(classes(byProfit({ customer("X1", 50'00), customer("X2", 30'00), customer("X3", 20'00) })),
        QStringLiteral("ABC"));
    EXPECT_EQ(classes(byProfit({ customer("Y1", 49'99), customer("Y2", 30'00), customer("Y3", 20'01) })),
        QStringLiteral("AAB"));
}

// Sums near the top of qint64 (two customers of 4·10^18 fen): 10 000 × cumulative does not fit
// in 64 bits; the second has exactly 50 % before it → B.
TEST(AbcClassifierTest, HugeSumsCompareExactly)
{
    const qint64 big = 4'000'000'000'000'000'000;
    const AbcResult result = byProfit({ customer("G1", big, 0), customer("G2", big, 0) });
    EXPECT_EQ(classes(result), QStringLiteral("AB"));
}

// By sales: the sales ranking ignores profit. Sales 900, 100 → A (0 %) and C (90 % before).
TEST(AbcClassifierTest, SalesMeasureRanksBySales)
{
    const AbcResult result = classifyAbc(
        std::vector { customer("M1", -50'00, 100'00), customer("M2", 1'00, 900'00) }, AbcMeasure::Sales, {});
    EXPECT_EQ(codes(result), QStringLiteral("M2 M1"));
    EXPECT_EQ(classes(result), QStringLiteral("AC"));
    EXPECT_EQ(result.ranked[1].value, Money::fromFen(100'00));
    EXPECT_EQ(result.find(result.ranked[1].customer.id)->customer.code, QStringLiteral("M1"));
    EXPECT_EQ(result.find(-1), nullptr);
}

TEST(AbcThresholdsTest, ValidatesAndParsesLimits)
{
    EXPECT_TRUE(AbcThresholds::fromHundredths(5000, 8000));
    EXPECT_TRUE(AbcThresholds::fromHundredths(1, 10000));
    EXPECT_FALSE(AbcThresholds::fromHundredths(0, 8000));
    EXPECT_FALSE(AbcThresholds::fromHundredths(8000, 8000));
    EXPECT_FALSE(AbcThresholds::fromHundredths(8000, 5000));
    EXPECT_FALSE(AbcThresholds::fromHundredths(5000, 10001));
    EXPECT_EQ(AbcThresholds::parsePercent(u"50"), 5000);
    EXPECT_EQ(AbcThresholds::parsePercent(u"80.5"), 8050);
    EXPECT_EQ(AbcThresholds::parsePercent(u"95.25%"), 9525);
    EXPECT_EQ(AbcThresholds::parsePercent(u"100"), 10000);
    for (const char16_t *bad : { u"", u"-5", u"1e2", u"50.123", u"abc", u"100.01", u"5.", u".5" })
        EXPECT_FALSE(AbcThresholds::parsePercent(bad)) << QString::fromUtf16(bad).toStdString();
    EXPECT_EQ(AbcThresholds::formatPercent(5000), QStringLiteral("50"));
    EXPECT_EQ(AbcThresholds::formatPercent(8050), QStringLiteral("80.5"));
    EXPECT_EQ(AbcThresholds::formatPercent(8025), QStringLiteral("80.25"));
    EXPECT_EQ(AbcThresholds::formatPercent(5), QStringLiteral("0.05"));
}

// A second, deliberately plain implementation of DOMAIN §3: selection sort, then a walk with
// the shares compared as fractions in 64 bits (the values are small enough).
std::vector<std::pair<QString, AbcClass>> referenceClassify(std::vector<CustomerValue> values, AbcThresholds limits)
{
    for (size_t i = 0; i < values.size(); ++i) {
        size_t best = i;
        for (size_t j = i + 1; j < values.size(); ++j) {
            const qint64 vj = values[j].profit.fen(), vb = values[best].profit.fen();
            if (vj > vb || (vj == vb && values[j].code < values[best].code))
                best = j;
        }
        std::swap(values[i], values[best]);
    }
    qint64 total = 0;
    for (const CustomerValue &v : values)
        total += std::max<qint64>(0, v.profit.fen());
    std::vector<std::pair<QString, AbcClass>> out;
    qint64 before = 0;
    for (const CustomerValue &v : values) {
        const qint64 value = v.profit.fen();
        AbcClass c = AbcClass::C;
        if (value > 0 && before * 10000 < limits.aHundredths() * total)
            c = AbcClass::A;
        else if (value > 0 && before * 10000 < limits.bHundredths() * total)
            c = AbcClass::B;
        out.emplace_back(v.code, c);
        before += std::max<qint64>(0, value);
    }
    return out;
}

TEST(AbcClassifierTest, AgreesWithAPlainImplementationOnRandomData)
{
    std::mt19937_64 random(20261123);
    for (int round = 0; round < 500; ++round) {
        const int n = int(random() % 60);
        // A narrow range makes ties and exact boundaries common.
        const qint64 range = round % 2 ? 20 : 1'000'000;
        std::vector<CustomerValue> values;
        for (int i = 0; i < n; ++i) {
            const qint64 profit = qint64(random() % quint64(2 * range)) - range / 3;
            values.push_back(
                customer(QStringLiteral("R%1").arg(random() % 1000, 3, 10, QLatin1Char('0')).toLatin1().constData(),
                    profit, qint64(random() % 1000)));
        }
        const int a = 1 + int(random() % 9998);
        const int b = a + 1 + int(random() % quint64(10000 - a));
        const AbcThresholds thresholds = *AbcThresholds::fromHundredths(a, b);
        const AbcResult result = classifyAbc(values, AbcMeasure::Profit, thresholds);
        std::vector<CustomerValue> copy = values;
        const AbcResult moved = classifyAbc(std::move(copy), AbcMeasure::Profit, thresholds);
        ASSERT_EQ(moved.ranked, result.ranked); // taking the values over changes nothing
        const auto expected = referenceClassify(values, thresholds);
        ASSERT_EQ(result.ranked.size(), expected.size());
        int counts[3] = { 0, 0, 0 };
        for (size_t i = 0; i < expected.size(); ++i) {
            ASSERT_EQ(result.ranked[i].customer.code, expected[i].first) << "round " << round << " rank " << i;
            ASSERT_EQ(result.ranked[i].abcClass, expected[i].second) << "round " << round << " rank " << i;
            ++counts[abcIndex(expected[i].second)];
        }
        for (AbcClass c : AllAbcClasses)
            EXPECT_EQ(result.summary(c).customers, counts[abcIndex(c)]);
        EXPECT_EQ(result.summary(AbcClass::A).profit + result.summary(AbcClass::B).profit
                + result.summary(AbcClass::C).profit,
            result.totalProfit);
    }
}

} // namespace
} // namespace kehu
