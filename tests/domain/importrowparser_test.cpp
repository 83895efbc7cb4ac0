#include "domain/importrowparser.h"

#include "testsupport.h"

namespace kehu {
namespace {

CsvRecord row(qint64 line, const std::vector<const char *> &fields)
{
    CsvRecord record;
    record.line = line;
    for (const char *field : fields)
        record.fields.emplace_back(field);
    return record;
}

TEST(ImportRowParserTest, ReportsEveryErrorOfARowWithItsColumn)
{
    const ImportMapping mapping = ImportSchema::map(
            ImportKind::Orders, {QStringLiteral("订单号"), QStringLiteral("客户编码"), QStringLiteral("日期"), QStringLiteral("产品型号"),
                                 QStringLiteral("数量"), QStringLiteral("金额"), QStringLiteral("成本")});
    const ImportRowParser parser(mapping, QDate(2026, 1, 1));
    OrderRecord order;
    std::vector<ImportError> errors;
    EXPECT_FALSE(parser.parse(row(7, {"SO-1", "C1", "2024-02-30", "", "-2", "1,2", "10"}), order, errors));
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0], (ImportError{7, QStringLiteral("日期"), QStringLiteral("'2024-02-30' is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)")}));
    EXPECT_EQ(errors[1].column, QStringLiteral("产品型号"));
    EXPECT_EQ(errors[2].column, QStringLiteral("数量"));
    EXPECT_EQ(errors[2].message, QStringLiteral("the quantity cannot be negative (-2)"));
    EXPECT_EQ(errors[3].column, QStringLiteral("金额"));
}

TEST(ImportRowParserTest, ReadsACustomerRow)
{
    const ImportMapping mapping = ImportSchema::map(
            ImportKind::Customers, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("industry"),
                                    QStringLiteral("customer_since"), QStringLiteral("ownership"), QStringLiteral("annual_sales"),
                                    QStringLiteral("status"), QStringLiteral("verified_by")});
    const ImportRowParser parser(mapping, QDate(2026, 1, 1));
    CustomerRecord customer;
    std::vector<ImportError> errors;
    ASSERT_TRUE(parser.parse(row(2, {"C1", " 华美 ", "华东", "Laundry", "2015", "民营", "¥1,000", "verified", "李娜"}), customer, errors));
    EXPECT_EQ(customer.customer.code, QStringLiteral("C1"));
    EXPECT_EQ(customer.customer.name, QStringLiteral("华美"));
    EXPECT_EQ(customer.region, QStringLiteral("华东"));
    EXPECT_EQ(customer.customer.customerSince, QDate(2015, 1, 1));
    EXPECT_EQ(customer.customer.ownership, Ownership::Private);
    EXPECT_EQ(customer.customer.annualSales, Money::fromFen(100000));
    EXPECT_EQ(customer.customer.status, CustomerStatus::Verified);

    errors.clear();
    EXPECT_FALSE(parser.parse(row(3, {"C 1", "X", "华东", "", "2030", "public", "", "verified", ""}), customer, errors));
    QStringList columns;
    for (const ImportError &error : errors)
        columns << error.column;
    EXPECT_EQ(columns, QStringList({QStringLiteral("ownership"), QStringLiteral("industry")}));
}

TEST(ImportRowParserTest, ExtraNonEmptyFieldsAreAnError)
{
    const ImportMapping mapping = ImportSchema::map(ImportKind::Payments, {QStringLiteral("order_no"), QStringLiteral("date"),
                                                                            QStringLiteral("amount")});
    const ImportRowParser parser(mapping, QDate(2026, 1, 1));
    PaymentRecord payment;
    std::vector<ImportError> errors;
    EXPECT_TRUE(parser.parse(row(2, {"SO-1", "2024-01-01", "10", ""}), payment, errors));
    EXPECT_FALSE(parser.parse(row(3, {"SO-1", "2024-01-01", "1", "000.00"}), payment, errors));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, QStringLiteral("field 4"));
}

} // namespace
} // namespace kehu
