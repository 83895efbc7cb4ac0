#include "domain/customervalidator.h"

#include "testsupport.h"

namespace kehu {
namespace {

const QDate Today(2026, 11, 23);

Customer validCustomer()
{
    Customer c;
    c.code = QStringLiteral("C000001");
    c.name = QStringLiteral("苏州华美洗涤有限公司");
    c.regionId = 1;
    c.industryId = 3;
    c.phone = QStringLiteral("0512-6666 8888");
    c.customerSince = QDate(2018, 4, 1);
    c.contacts.push_back({0, QStringLiteral("王伟"), QStringLiteral("采购经理"), ContactRole::Purchaser,
                          QStringLiteral("138 0000 1111"), QStringLiteral("wang@example.cn"), QStringLiteral("wx_wang")});
    return c;
}

QStringList fieldsOf(const std::vector<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

TEST(CustomerValidatorTest, AcceptsACompleteFile)
{
    EXPECT_TRUE(validateCustomer(validCustomer(), Today).empty());
}

TEST(CustomerValidatorTest, NamesEachBadField)
{
    Customer c = validCustomer();
    c.code = QStringLiteral("C 1");
    c.name = QStringLiteral("   ");
    c.regionId = 0;
    c.phone = QStringLiteral("call me");
    c.employees = -1;
    c.paymentTermsDays = 400;
    c.customerSince = Today.addDays(1);
    c.contacts[0].email = QStringLiteral("wang@");
    c.contacts.push_back({});
    EXPECT_EQ(fieldsOf(validateCustomer(c, Today)),
              (QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("phone"),
                           QStringLiteral("employees"), QStringLiteral("payment_terms_days"), QStringLiteral("customer_since"),
                           QStringLiteral("contacts[0].email"), QStringLiteral("contacts[1].name")}));
}

TEST(CustomerValidatorTest, VerifiedFileNamesItsVerifier)
{
    Customer c = validCustomer();
    c.status = CustomerStatus::Verified;
    EXPECT_EQ(fieldsOf(validateCustomer(c, Today)), QStringList{QStringLiteral("verified_by")});
    c.verifiedBy = QStringLiteral("李娜");
    EXPECT_TRUE(validateCustomer(c, Today).empty());
}

TEST(CustomerValidatorTest, CodeRules)
{
    EXPECT_TRUE(isValidCustomerCode(QStringLiteral("C000001")));
    EXPECT_TRUE(isValidCustomerCode(QStringLiteral("SH-2024_01.a")));
    EXPECT_FALSE(isValidCustomerCode(QStringLiteral("-C1")));
    EXPECT_FALSE(isValidCustomerCode(QStringLiteral("客户1")));
    EXPECT_FALSE(isValidCustomerCode(QString(33, u'A')));
}

} // namespace
} // namespace kehu
