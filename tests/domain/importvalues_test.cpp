#include "domain/importschema.h"
#include "domain/importvalues.h"

#include "testsupport.h"

namespace kehu {
namespace {

using namespace importvalues;

TEST(ImportValuesTest, DatesInTheFormsOfficesWrite)
{
    const QDate expected(2024, 3, 5);
    for (const char *text : {"2024-03-05", "2024/3/5", "2024.3.5", " 2024-3-05 ", "2024年3月5日", "2024年03月05", "20240305",
                             "2024/3/5 0:00", "2024-03-05 08:30:00"})
        EXPECT_EQ(parseDate(text), expected) << text;
    for (const char *text : {"", "2024-13-01", "2024-02-30", "5/3/2024", "2024/3-5", "24-3-5", "2024-03-05x", "yesterday",
                             "2024/3/5 noon"})
        EXPECT_FALSE(parseDate(text)) << text;
}

TEST(ImportValuesTest, CustomerSinceMayBeAYear)
{
    EXPECT_EQ(parseYearOrDate("2015"), QDate(2015, 1, 1));
    EXPECT_EQ(parseYearOrDate("2015年"), QDate(2015, 1, 1));
    EXPECT_EQ(parseYearOrDate("2015-06-01"), QDate(2015, 6, 1));
    EXPECT_FALSE(parseYearOrDate("15"));
}

TEST(ImportValuesTest, IntegersWithOptionalSeparators)
{
    EXPECT_EQ(parseInteger("12"), 12);
    EXPECT_EQ(parseInteger("-3"), -3);
    EXPECT_EQ(parseInteger("12,000"), 12000);
    EXPECT_FALSE(parseInteger("12,00"));
    EXPECT_FALSE(parseInteger("1.5"));
    EXPECT_FALSE(parseInteger("ten"));
    EXPECT_FALSE(parseInteger("99999999999999999999"));
}

TEST(ImportValuesTest, MoneyAsMoneyParseAcceptsIt)
{
    EXPECT_EQ(parseMoney("1234.56"), Money::fromFen(123456));
    EXPECT_EQ(parseMoney("\"¥1,234.5\"").has_value(), false); // quotes are the reader's job
    EXPECT_EQ(parseMoney("¥1,234.5"), Money::fromFen(123450));
    EXPECT_EQ(parseMoney("￥ 12"), Money::fromFen(1200));
    EXPECT_EQ(parseMoney("-3.10"), Money::fromFen(-310));
    EXPECT_FALSE(parseMoney("1.234"));
    EXPECT_FALSE(parseMoney("12 yuan"));
}

TEST(ImportValuesTest, TrimsSpacesAndIdeographicSpaces)
{
    EXPECT_EQ(trimmed("\xE3\x80\x80 C1 \t"), QByteArrayView("C1"));
}

TEST(ImportValuesTest, IsoDatesAndTheirPartsWithoutTheCalendarSystem)
{
    char iso[10];
    importvalues::writeIsoDate(QDate(2024, 2, 29), iso);
    EXPECT_EQ(QByteArrayView(iso, 10), "2024-02-29");
    importvalues::writeIsoDate(QDate(1999, 12, 31), iso);
    EXPECT_EQ(QByteArrayView(iso, 10), "1999-12-31");
    importvalues::writeIsoDate(QDate(2000, 3, 1), iso);
    EXPECT_EQ(QByteArrayView(iso, 10), "2000-03-01");
    // Every day of four centuries (leap years by 4, 100 and 400) agrees with QDate.
    for (QDate date(1900, 1, 1); date <= QDate(2300, 12, 31); date = date.addDays(1)) {
        const auto [year, month, day] = importvalues::yearMonthDay(date);
        ASSERT_EQ(QDate(year, month, day), date) << date.toString(Qt::ISODate).toStdString();
    }
}

TEST(ImportSchemaTest, MapsEnglishAndChineseHeadersInAnyOrder)
{
    const ImportMapping mapping = ImportSchema::map(
            ImportKind::Customers,
            {QStringLiteral("客户名称"), QStringLiteral("Code"), QStringLiteral("地区"), QStringLiteral("industry"),
             QStringLiteral("Customer Since"), QStringLiteral("备注"), QStringLiteral("编码")});
    EXPECT_EQ(mapping.fieldOf(CustomerColumn::Name), 0);
    EXPECT_EQ(mapping.fieldOf(CustomerColumn::Code), 1);
    EXPECT_EQ(mapping.fieldOf(CustomerColumn::Region), 2);
    EXPECT_EQ(mapping.fieldOf(CustomerColumn::Industry), 3);
    EXPECT_EQ(mapping.fieldOf(CustomerColumn::CustomerSince), 4);
    EXPECT_TRUE(mapping.missingRequired.isEmpty());
    // Unknown, and a second column for the code: both ignored.
    EXPECT_EQ(mapping.unknownHeaders, QStringList({QStringLiteral("备注"), QStringLiteral("编码")}));
    EXPECT_EQ(mapping.headerOf(CustomerColumn::Name), QStringLiteral("客户名称"));
}

TEST(ImportSchemaTest, ReportsMissingRequiredColumns)
{
    const ImportMapping mapping = ImportSchema::map(ImportKind::Orders, {QStringLiteral("订单号"), QStringLiteral("客户编码"),
                                                                          QStringLiteral("日期"), QStringLiteral("金额")});
    EXPECT_EQ(mapping.missingRequired,
              QStringList({QStringLiteral("product_model"), QStringLiteral("quantity"), QStringLiteral("cost")}));
}

TEST(ImportSchemaTest, EveryKindHasItsRequiredColumns)
{
    auto required = [](ImportKind kind) {
        QStringList keys;
        for (const ImportColumn &column : ImportSchema::columns(kind)) {
            if (column.required)
                keys << column.key;
        }
        return keys.join(QLatin1Char(','));
    };
    EXPECT_EQ(required(ImportKind::Customers), QStringLiteral("code,name,region,industry,customer_since"));
    EXPECT_EQ(required(ImportKind::Contacts), QStringLiteral("customer_code,name"));
    EXPECT_EQ(required(ImportKind::Orders), QStringLiteral("order_no,customer_code,date,product_model,quantity,amount,cost"));
    EXPECT_EQ(required(ImportKind::Payments), QStringLiteral("order_no,date,amount"));
    EXPECT_EQ(required(ImportKind::ServiceCosts), QStringLiteral("customer_code,date,category,amount"));
}

} // namespace
} // namespace kehu
