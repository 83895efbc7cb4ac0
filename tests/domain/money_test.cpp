#include "domain/money.h"

#include "testsupport.h"

namespace kehu {
namespace {

std::optional<qint64> fenOf(const char *text)
{
    const auto money = Money::parse(QString::fromUtf8(text));
    return money ? std::optional<qint64>(money->fen()) : std::nullopt;
}

TEST(MoneyTest, ParsesPlainAndDecoratedAmounts)
{
    EXPECT_EQ(fenOf("1234"), 123400);
    EXPECT_EQ(fenOf("1234.5"), 123450);
    EXPECT_EQ(fenOf("1234.56"), 123456);
    EXPECT_EQ(fenOf("1,234.56"), 123456);
    EXPECT_EQ(fenOf("¥1,234,567.89"), 123456789);
    EXPECT_EQ(fenOf("￥ 12"), 1200);
    EXPECT_EQ(fenOf("-3.10"), -310);
    EXPECT_EQ(fenOf("¥-3.10"), -310);
    EXPECT_EQ(fenOf("  0.07 "), 7);
    EXPECT_EQ(fenOf(".5"), 50);
}

TEST(MoneyTest, RejectsWhatIsNotAnAmount)
{
    for (const char *bad : {"", "abc", "12.345", "1,23.00", "12,3456", "1.2.3", "¥", "12元", "1e5", "--1", "1,,000"})
        EXPECT_EQ(fenOf(bad), std::nullopt) << bad;
}

TEST(MoneyTest, RejectsOverflow)
{
    EXPECT_EQ(fenOf("999999999999999999999"), std::nullopt);
}

TEST(MoneyTest, PrintsTwoDecimalsWithoutGrouping)
{
    EXPECT_EQ(Money::fromFen(123456789).toPlainString(), QStringLiteral("1234567.89"));
    EXPECT_EQ(Money::fromFen(5).toPlainString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money::fromFen(-310).toPlainString(), QStringLiteral("-3.10"));
    EXPECT_EQ(Money::fromFen(0).toPlainString(), QStringLiteral("0.00"));
}

TEST(MoneyTest, RoundTripsThroughText)
{
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 123456LL, -987654321LL})
        EXPECT_EQ(Money::parse(Money::fromFen(fen).toPlainString())->fen(), fen);
}

} // namespace
} // namespace kehu
